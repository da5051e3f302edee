//! The second stage of loading: validated content with every id resolved.
//!
//! A `Catalog` is plain data, built once (and again on reload) and never mutated. Everything in
//! it has been checked: every `next` names a node that exists, every flag and document is known,
//! every message exists in the reference language. Code that holds a `Catalog` can index
//! without fear.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::ids;
use super::lazy::ProcedureTree;
pub use super::lazy::Tree;
pub use super::raw::ReadHow;
use crate::i18n::Texts;

/// The id of the "I don't know" choice that questions get unless switched off.
pub const DONT_KNOW: &str = "dont-know";

/// Blocking points a choice can reveal. Ids are stable: they go into the handoff, its QR code and
/// the statistics. Their French labels for the agent are `flag--<id>` in `locales/fr/agent.ftl`.
pub const KNOWN_FLAGS: &[&str] = &[
    "lost-password",
    "no-email",
    "no-phone",
    "no-smartphone",
    "no-address",
    "no-id-document",
    "no-franceconnect",
    "no-computer",
];

/// Groups on the "What are you here for?" screen.
pub const KNOWN_CATEGORIES: &[&str] = &["money", "housing", "health", "papers", "work", "login"];

#[derive(Debug)]
pub struct Catalog {
    /// In the order they are offered.
    pub procedures: Vec<Procedure>,
    pub documents: Vec<Document>,
    /// Glossary term ids (`content/glossary.toml`), in file order.
    pub glossary: Vec<String>,
    /// In the order they are offered; the first is the reference language.
    pub languages: Vec<Language>,
    pub texts: Texts,
    /// Pictogram files by name, for the screens.
    pub pictograms: super::Pictograms,
    /// The site's places (its places file) by id; each has its text, `place--<id>`, in every
    /// language.
    pub places: std::collections::BTreeSet<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub french_name: String,
    pub right_to_left: bool,
    pub reviewed: bool,
    pub voice: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Document {
    pub id: String,
    pub pictogram: Option<String>,
}

#[derive(Debug)]
pub struct Procedure {
    pub id: String,
    pub category: String,
    pub pictogram: Option<String>,
    pub owner: String,
    /// The day a person read the official pages the tree rests on.
    pub checked_on: NaiveDate,
    pub review_every_days: u32,
    /// Open points about the whole procedure (`unverified`), for editors; never shown.
    pub unverified: Vec<String>,
    /// The first is the main one: its address is the only one printed.
    pub sources: Vec<Source>,
    pub start: String,
    /// The nodes: held, or read from the snapshot when the procedure is first opened (`lazy`).
    tree: Tree,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
    pub fiche: Option<String>,
    pub note: Option<String>,
    /// The day a person read it; `None` in older content (`relais check` warns).
    pub read_on: Option<NaiveDate>,
    /// The live page or a stored copy; `None` in older content (`relais check` warns).
    pub read: Option<ReadHow>,
    /// The date the stored copy carries, when known.
    pub copy_date: Option<NaiveDate>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub id: String,
    pub pictogram: Option<String>,
    pub kind: NodeKind,
    /// Open points about this node (`unverified`), for editors; never shown.
    pub unverified: Vec<String>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub enum NodeKind {
    /// One question; the visitor picks one choice. Includes the "I don't know" choice if offered.
    Question { choices: Vec<Choice> },
    /// Something to read or hear, then "Continue".
    Info { next: Next },
    /// The end of the tree: what to bring and what the agent does next.
    /// `editor-note` is not kept: it is never printed nor shown.
    Outcome {
        bring: Vec<String>,
        agent_action: String,
        /// Bullets printed under the action.
        agent_points: Vec<String>,
        /// Which of the procedure's sources the ticket prints for this outcome (`source`).
        main_source: OutcomeSource,
        /// Where the visitor goes (`where`): a place id declared in `content/places.toml`.
        place: Option<String>,
    },
}

/// The source printed on the ticket of an outcome: its address is the only one on the agent's
/// part and the visitor's "official site" link.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OutcomeSource {
    /// The procedure's first source (no `source` key).
    #[default]
    First,
    /// `source = "F14929"` (or its address): this one of `Procedure::sources`.
    Index(usize),
    /// `source = "none"`: no official page of the procedure fits this outcome (a foreign
    /// passport is the consulate's), so none is printed rather than a wrong one.
    NoLink,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    pub id: String,
    pub next: Next,
    pub pictogram: Option<String>,
    pub flags: Vec<String>,
    pub has: Vec<String>,
    pub lacks: Vec<String>,
}

/// Where a choice (or an info screen) leads.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Next {
    Node(String),
    /// The visit ends with a person: a handoff is printed with what is known so far.
    Person,
}

impl Catalog {
    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.procedures.iter().find(|p| p.id == id)
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Glossary terms whose word appears in any of `texts` (in `lang`), in glossary order.
    /// A word matches whole, whatever its case, and also with a plural "s" ("e-mails").
    pub fn terms_in(&self, lang: &str, texts: &[&str]) -> Vec<&str> {
        self.glossary
            .iter()
            .filter(|term| {
                let word = self.texts.get(lang, &ids::term(term)).to_lowercase();
                texts
                    .iter()
                    .any(|text| super::plain::contains_word(&text.to_lowercase(), &word, true))
            })
            .map(String::as_str)
            .collect()
    }

    /// The reference language: French, whose texts every other language translates.
    /// The message that says where to go after `outcome`: the site's place when it describes
    /// the outcome's `where`, else the network's generic text.
    pub fn where_message(&self, outcome: Option<&Node>) -> String {
        match outcome.map(|n| &n.kind) {
            Some(NodeKind::Outcome {
                place: Some(place), ..
            }) if self.places.contains(place) => super::places::message_id(place),
            _ => "handoff-where".to_string(),
        }
    }

    pub fn reference_language(&self) -> &str {
        ids::REFERENCE_LANGUAGE
    }
}

impl Procedure {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: String,
        category: String,
        pictogram: Option<String>,
        owner: String,
        checked_on: NaiveDate,
        review_every_days: u32,
        unverified: Vec<String>,
        sources: Vec<Source>,
        start: String,
        tree: Tree,
    ) -> Self {
        Procedure {
            id,
            category,
            pictogram,
            owner,
            checked_on,
            review_every_days,
            unverified,
            sources,
            start,
            tree,
        }
    }

    /// The day the next reading of the sources is due.
    pub fn review_due(&self) -> NaiveDate {
        self.checked_on + chrono::Days::new(self.review_every_days.into())
    }

    /// Whether the tree is in memory: held from the start, or read since from the snapshot.
    pub fn tree_is_read(&self) -> bool {
        match &self.tree {
            Tree::Held(_) => true,
            Tree::Lazy { bodies, slot } => bodies.is_read(*slot),
        }
    }

    /// Every node, in file order; none if a lazy tree could not be read (`lazy`).
    pub fn nodes(&self) -> &[Node] {
        self.tree.get().map_or(&[], ProcedureTree::nodes)
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.tree.get()?.node(id)
    }

    /// The longest number of questions still to answer from `node`, this one included.
    /// Used for the "question 2 of about 5" hint; the tree is acyclic once validated.
    pub fn questions_left(&self, node: &str) -> usize {
        let mut memo = HashMap::new();
        self.questions_left_memo(node, &mut memo, 0)
    }

    fn questions_left_memo(
        &self,
        node: &str,
        memo: &mut HashMap<String, usize>,
        depth: usize,
    ) -> usize {
        if let Some(&known) = memo.get(node) {
            return known;
        }
        // A validated tree has no cycle; the depth guard keeps an invalid one from hanging.
        let Some(n) = self.node(node).filter(|_| depth <= self.nodes().len()) else {
            return 0;
        };
        let left = match &n.kind {
            NodeKind::Question { choices } => {
                1 + choices
                    .iter()
                    .filter_map(|c| match &c.next {
                        Next::Node(next) => Some(self.questions_left_memo(next, memo, depth + 1)),
                        Next::Person => None,
                    })
                    .max()
                    .unwrap_or(0)
            }
            NodeKind::Info {
                next: Next::Node(next),
            } => self.questions_left_memo(next, memo, depth + 1),
            NodeKind::Info { next: Next::Person } | NodeKind::Outcome { .. } => 0,
        };
        memo.insert(node.to_string(), left);
        left
    }
}

/// One step of a walk through a tree: answer a question, or continue past an info screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathStep {
    Answer(String),
    Continue,
}

impl Procedure {
    /// A shortest walk from `start` to `target`, if `target` can be reached.
    pub fn path_to(&self, target: &str) -> Option<Vec<PathStep>> {
        let mut came_from: HashMap<&str, (&str, PathStep)> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([self.start.as_str()]);
        let mut seen: std::collections::HashSet<&str> = [self.start.as_str()].into();
        while let Some(id) = queue.pop_front() {
            if id == target {
                let mut steps = Vec::new();
                let mut at = id;
                while let Some((from, step)) = came_from.get(at) {
                    steps.push(step.clone());
                    at = from;
                }
                steps.reverse();
                return Some(steps);
            }
            let node = self.node(id)?;
            let edges: Vec<(&str, PathStep)> = match &node.kind {
                NodeKind::Question { choices } => choices
                    .iter()
                    .filter_map(|c| match &c.next {
                        Next::Node(n) => Some((n.as_str(), PathStep::Answer(c.id.clone()))),
                        Next::Person => None,
                    })
                    .collect(),
                NodeKind::Info {
                    next: Next::Node(n),
                } => vec![(n.as_str(), PathStep::Continue)],
                _ => vec![],
            };
            for (next, step) in edges {
                if seen.insert(next) {
                    came_from.insert(next, (id, step));
                    queue.push_back(next);
                }
            }
        }
        None
    }
}

impl Node {
    pub fn choices(&self) -> &[Choice] {
        match &self.kind {
            NodeKind::Question { choices } => choices,
            _ => &[],
        }
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices().iter().find(|c| c.id == id)
    }

    pub fn is_outcome(&self) -> bool {
        matches!(self.kind, NodeKind::Outcome { .. })
    }
}
