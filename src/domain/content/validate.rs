//! Checks one procedure file and turns it into a `Procedure`, reporting every problem found.
//!
//! The checks here are about the tree itself: ids, kinds, references between nodes, flags,
//! documents, reachability and cycles. Translations are checked in `translations`. Each check
//! adds a diagnostic and goes on, so an editor sees every problem of a file in one run.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;

use super::catalog::{
    Choice, DONT_KNOW, KNOWN_CATEGORIES, KNOWN_FLAGS, Next, Node, NodeKind, OutcomeSource,
    Procedure, Source, Tree,
};
use super::ids;
use super::raw::{RawChoice, RawKind, RawNode, RawProcedure};
use super::{agent_text, provenance};
use crate::diagnostics::{Diagnostic, LineIndex, Position};

/// The word an editor writes in `next` to end the visit with a person.
pub const NEXT_PERSON: &str = "person";

/// A file being checked: its name as reported, its text and a line index over it.
pub struct FileContext<'a> {
    pub path: &'a str,
    pub text: &'a str,
    index: LineIndex,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> FileContext<'a> {
    pub fn new(path: &'a str, text: &'a str) -> Self {
        FileContext {
            path,
            text,
            index: LineIndex::new(text),
            diagnostics: Vec::new(),
        }
    }

    pub fn position(&self, span: &Range<usize>) -> Position {
        self.index.position(self.text, span.start)
    }

    pub fn error(&mut self, span: &Range<usize>, message: String, hint: impl Into<String>) {
        let mut d = Diagnostic::error(self.path, self.position(span), message).with_hint(hint);
        if *span != (0..0) {
            // 0..0 stands for "no better place than the file"; there is nothing to underline.
            d = d.with_span(span.clone());
        }
        self.diagnostics.push(d);
    }

    pub fn warning(&mut self, span: &Range<usize>, message: String, hint: impl Into<String>) {
        let mut d = Diagnostic::warning(self.path, self.position(span), message).with_hint(hint);
        if *span != (0..0) {
            // 0..0 stands for "no better place than the file"; there is nothing to underline.
            d = d.with_span(span.clone());
        }
        self.diagnostics.push(d);
    }

    /// Something an editor should know that is not a problem (an open point).
    pub fn info(&mut self, span: &Range<usize>, message: String, hint: impl Into<String>) {
        let d = Diagnostic::info(self.path, self.position(span), message)
            .with_hint(hint)
            .with_span(span.clone());
        self.diagnostics.push(d);
    }

    /// Reports a serde/TOML error with its position. Returns nothing: the file is unusable.
    pub fn toml_error(&mut self, error: &toml::de::Error) {
        let span = error.span().unwrap_or(0..0);
        let message = error.message().trim().to_string();
        let hint = if message.starts_with("unknown field") {
            "check the spelling of the key; docs/content-format.md lists every key"
        } else if message.starts_with("missing field") {
            "add the key; docs/content-format.md says what it holds"
        } else {
            "fix the TOML syntax at this place (quotes, brackets, `key = value`)"
        };
        self.error(&span, message, hint);
    }

    pub fn check_slug(&mut self, id: &Spanned<String>, what: &str) {
        if let Err(problem) = ids::check_slug(id.get_ref()) {
            self.error(
                &id.span(),
                format!("{what} `{}` {problem}", id.get_ref()),
                "ids are slugs such as `lost-password`: lowercase letters, digits, single hyphens",
            );
        }
    }
}

/// Everything outside the file that a procedure may refer to.
pub struct KnownIds<'a> {
    pub documents: &'a HashSet<String>,
    /// Place ids of `content/places.toml`.
    pub places: &'a HashSet<String>,
    /// Pictogram names available (file stems under ui/pictograms/); `None` skips the check.
    pub pictograms: Option<&'a super::Pictograms>,
    pub today: NaiveDate,
}

/// Warns when a pictogram is named but its file is missing: the screen would show no picture.
pub fn check_pictogram(
    ctx: &mut FileContext,
    pictogram: &Option<Spanned<String>>,
    known: Option<&super::Pictograms>,
) {
    let (Some(pictogram), Some(known)) = (pictogram, known) else {
        return;
    };
    if !known.contains_key(pictogram.get_ref()) {
        ctx.warning(
            &pictogram.span(),
            format!(
                "pictogram `{}` is not in ui/pictograms/",
                pictogram.get_ref()
            ),
            format!(
                "add ui/pictograms/{}.svg (or .png), or fix the name",
                pictogram.get_ref()
            ),
        );
    }
}

/// Warns when a procedure, an answer or a document has no pictogram at all: visitors who read
/// little choose a tile by its picture, so a tile without one is a tile they cannot choose.
/// Nodes need none: their text is read aloud, and their answers carry the pictures. `what`
/// names the thing as the message says it ("choice `a` of `q`"); `span` is where to point,
/// `0..0` for the file as a whole.
pub fn require_pictogram(
    ctx: &mut FileContext,
    pictogram: &Option<Spanned<String>>,
    what: &str,
    span: &Range<usize>,
) {
    if pictogram.is_none() {
        ctx.warning(
            span,
            format!("{what} has no pictogram"),
            "add `pictogram = \"…\"` with a file name from ui/pictograms/ (its README says how to add one)",
        );
    }
}

/// Validates one parsed procedure. Returns it only if it has no error.
pub fn procedure(
    id: &str,
    raw: RawProcedure,
    known: &KnownIds,
    ctx: &mut FileContext,
) -> Option<Procedure> {
    let errors_before = count_errors(ctx);
    if let Err(problem) = ids::check_slug(id) {
        let at = Position { line: 1, column: 1 };
        ctx.diagnostics.push(
            Diagnostic::error(
                ctx.path,
                at,
                format!("the file name gives procedure id `{id}`, which {problem}"),
            )
            .with_hint("rename the file: the file name (without .toml) is the procedure id"),
        );
    }
    if ids::RESERVED_PROCEDURE_IDS.contains(&id) {
        let at = Position { line: 1, column: 1 };
        ctx.diagnostics.push(
            Diagnostic::error(
                ctx.path,
                at,
                format!("`{id}` is reserved for the kiosk's own texts"),
            )
            .with_hint("rename the file"),
        );
    }

    check_one_of(ctx, &raw.category, KNOWN_CATEGORIES, "category");
    check_pictogram(ctx, &raw.pictogram, known.pictograms);
    require_pictogram(ctx, &raw.pictogram, "the procedure", &(0..0));
    let checked_on = checked_on_date(ctx, &raw, known.today);
    if raw.sources.is_empty() {
        ctx.error(
            &(0..0),
            "the procedure names no official source".to_string(),
            "add a [[source]] with title, url and the service-public fiche id if there is one",
        );
    }
    let sources: Vec<Source> = raw
        .sources
        .iter()
        .map(|s| provenance::source(ctx, s))
        .collect();
    provenance::some_source_read(ctx, &raw.sources);
    let unverified = provenance::open_points(ctx, &raw.unverified, "the procedure");

    // Node ids first, so that references can be resolved in any order.
    let mut node_ids: HashMap<String, Range<usize>> = HashMap::new();
    for node in &raw.nodes {
        ctx.check_slug(&node.id, "node id");
        if node.id.get_ref() == NEXT_PERSON {
            ctx.error(
                &node.id.span(),
                format!("`{NEXT_PERSON}` cannot be a node id"),
                format!("`next = \"{NEXT_PERSON}\"` means \"end with a person\"; rename the node"),
            );
        }
        if let Some(first) = node_ids.get(node.id.get_ref()) {
            let first = ctx.position(first);
            ctx.error(
                &node.id.span(),
                format!("node id `{}` is used twice", node.id.get_ref()),
                format!(
                    "the first is at line {}; give each node its own id",
                    first.line
                ),
            );
        } else {
            node_ids.insert(node.id.get_ref().clone(), node.id.span());
        }
    }
    let node_names: Vec<&str> = node_ids.keys().map(String::as_str).collect();
    if !node_ids.contains_key(raw.start.get_ref()) {
        let hint = did_you_mean(raw.start.get_ref(), &node_names);
        ctx.error(
            &raw.start.span(),
            format!(
                "`start` names node `{}`, which does not exist",
                raw.start.get_ref()
            ),
            hint,
        );
    }

    let nodes: Vec<Node> = raw
        .nodes
        .iter()
        .map(|raw_node| node(raw_node, &node_names, &sources, known, ctx))
        .collect();
    let next_spans = next_spans(&raw.nodes);

    if count_errors(ctx) > errors_before {
        return None;
    }
    let procedure = Procedure::new(
        id.to_string(),
        raw.category.into_inner(),
        raw.pictogram.map(Spanned::into_inner),
        raw.owner,
        checked_on?,
        raw.review_every_days,
        unverified,
        sources,
        raw.start.into_inner(),
        Tree::held(nodes),
    );
    check_graph(&procedure, &node_ids, &next_spans, ctx);
    if count_errors(ctx) > errors_before {
        return None;
    }
    Some(procedure)
}

fn count_errors(ctx: &FileContext) -> usize {
    crate::diagnostics::summary(&ctx.diagnostics).0
}

fn checked_on_date(
    ctx: &mut FileContext,
    raw: &RawProcedure,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let span = raw.checked_on.span();
    let date = provenance::date(ctx, &raw.checked_on, "checked-on")?;
    let age = (today - date).num_days();
    if age > i64::from(raw.review_every_days) {
        ctx.warning(
            &span,
            format!(
                "the sources were checked on {date}, {age} days ago; the review period is {} days",
                raw.review_every_days
            ),
            "read the official pages again, update the tree if needed, then set `checked-on` to today",
        );
    }
    Some(date)
}

fn node(
    raw: &RawNode,
    node_names: &[&str],
    sources: &[Source],
    known: &KnownIds,
    ctx: &mut FileContext,
) -> Node {
    let kind = raw.kind.get_ref();
    check_pictogram(ctx, &raw.pictogram, known.pictograms);
    // Keys that belong to one kind of node only: (key, the kind it belongs to, where it is).
    let kind_keys: [(&str, RawKind, Option<Range<usize>>); 9] = [
        (
            "where",
            RawKind::Outcome,
            raw.place.as_ref().map(Spanned::span),
        ),
        (
            "choice",
            RawKind::Question,
            raw.choices.first().map(|c| c.id.span()),
        ),
        (
            "offer-dont-know",
            RawKind::Question,
            raw.offer_dont_know.as_ref().map(Spanned::span),
        ),
        (
            "dont-know-next",
            RawKind::Question,
            raw.dont_know_next.as_ref().map(Spanned::span),
        ),
        ("next", RawKind::Info, raw.next.as_ref().map(Spanned::span)),
        (
            "bring",
            RawKind::Outcome,
            raw.bring.as_ref().map(Spanned::span),
        ),
        (
            "agent-action",
            RawKind::Outcome,
            raw.agent_action.as_ref().map(Spanned::span),
        ),
        (
            "agent-points",
            RawKind::Outcome,
            raw.agent_points.as_ref().map(Spanned::span),
        ),
        (
            "source",
            RawKind::Outcome,
            raw.source.as_ref().map(Spanned::span),
        ),
    ];
    if !matches!(kind, RawKind::Unknown(_)) {
        for (key, owner, span) in &kind_keys {
            if let Some(span) = span.as_ref().filter(|_| owner != kind) {
                ctx.error(
                    span,
                    format!(
                        "`{key}` is only for {} nodes, and `{}` is of kind {}",
                        owner.as_str(),
                        raw.id.get_ref(),
                        kind.as_str()
                    ),
                    format!("remove `{key}`, or change `kind`"),
                );
            }
        }
    }

    let node_kind = match kind {
        RawKind::Question => {
            if raw.choices.is_empty() {
                ctx.error(
                    &raw.id.span(),
                    format!("question `{}` has no choice", raw.id.get_ref()),
                    "add at least one [[node.choice]] under it",
                );
            }
            let mut seen = HashSet::new();
            let mut choices: Vec<Choice> = Vec::new();
            for c in &raw.choices {
                if !seen.insert(c.id.get_ref().clone()) {
                    ctx.error(
                        &c.id.span(),
                        format!(
                            "choice id `{}` is used twice in `{}`",
                            c.id.get_ref(),
                            raw.id.get_ref()
                        ),
                        "give each choice of a question its own id",
                    );
                    continue;
                }
                require_pictogram(
                    ctx,
                    &c.pictogram,
                    &format!("choice `{}` of `{}`", c.id.get_ref(), raw.id.get_ref()),
                    &c.id.span(),
                );
                choices.push(choice(c, node_names, known, ctx));
            }
            let offer = raw.offer_dont_know.as_ref().is_none_or(|o| *o.get_ref());
            if let Some(dont_know) = &raw.dont_know_next
                && !offer
            {
                ctx.warning(
                    &dont_know.span(),
                    "`dont-know-next` is set but `offer-dont-know = false`".to_string(),
                    "remove one of the two",
                );
            }
            if offer {
                let next = match &raw.dont_know_next {
                    Some(next) => resolve_next(next, node_names, ctx),
                    None => Next::Person,
                };
                choices.push(Choice {
                    id: DONT_KNOW.to_string(),
                    next,
                    pictogram: None,
                    flags: Vec::new(),
                    has: Vec::new(),
                    lacks: Vec::new(),
                });
            }
            NodeKind::Question { choices }
        }
        RawKind::Info => {
            let next = match &raw.next {
                Some(next) => resolve_next(next, node_names, ctx),
                None => {
                    ctx.error(
                        &raw.id.span(),
                        format!("info node `{}` has no `next`", raw.id.get_ref()),
                        "say which node comes after it, or \"person\"",
                    );
                    Next::Person
                }
            };
            NodeKind::Info { next }
        }
        RawKind::Outcome => {
            let bring = raw
                .bring
                .as_ref()
                .map(|b| documents(b.get_ref(), known, ctx))
                .unwrap_or_default();
            let agent_action = match &raw.agent_action {
                Some(action) if !action.get_ref().trim().is_empty() => {
                    agent_text::check_action(ctx, action, raw.id.get_ref());
                    action.get_ref().trim().to_string()
                }
                _ => {
                    ctx.error(
                        &raw.id.span(),
                        format!("outcome `{}` has no `agent-action`", raw.id.get_ref()),
                        "write, in French, what the agent at the counter should do next",
                    );
                    String::new()
                }
            };
            let agent_points = match &raw.agent_points {
                Some(points) => {
                    agent_text::check_points(ctx, points, raw.id.get_ref());
                    points
                        .get_ref()
                        .iter()
                        .map(|p| p.get_ref().trim().to_string())
                        .collect()
                }
                None => Vec::new(),
            };
            let main_source = raw.source.as_ref().map_or(OutcomeSource::First, |source| {
                outcome_source(ctx, source, sources)
            });
            let place = raw.place.as_ref().map(|place| {
                if !known.places.contains(place.get_ref()) {
                    let mut names: Vec<&str> = known.places.iter().map(String::as_str).collect();
                    names.sort_unstable();
                    ctx.error(
                        &place.span(),
                        format!("unknown place `{}`", place.get_ref()),
                        format!(
                            "{}; places are declared in content/places.toml",
                            did_you_mean(place.get_ref(), &names)
                        ),
                    );
                }
                place.get_ref().clone()
            });
            NodeKind::Outcome {
                bring,
                agent_action,
                agent_points,
                main_source,
                place,
            }
        }
        RawKind::Unknown(other) => {
            let hint = did_you_mean(other, &["question", "info", "outcome"]);
            ctx.error(
                &raw.kind.span(),
                format!("unknown node kind `{other}`"),
                hint,
            );
            NodeKind::Outcome {
                bring: Vec::new(),
                agent_action: String::new(),
                agent_points: Vec::new(),
                main_source: OutcomeSource::First,
                place: None,
            }
        }
    };
    let unverified = provenance::open_points(
        ctx,
        &raw.unverified,
        &format!("node `{}`", raw.id.get_ref()),
    );
    Node {
        id: raw.id.get_ref().clone(),
        pictogram: raw.pictogram.as_ref().map(|p| p.get_ref().clone()),
        kind: node_kind,
        unverified,
    }
}

fn choice(raw: &RawChoice, node_names: &[&str], known: &KnownIds, ctx: &mut FileContext) -> Choice {
    check_pictogram(ctx, &raw.pictogram, known.pictograms);
    ctx.check_slug(&raw.id, "choice id");
    if raw.id.get_ref() == DONT_KNOW {
        ctx.error(
            &raw.id.span(),
            format!("`{DONT_KNOW}` is added by the kiosk to every question"),
            "remove this choice; use `dont-know-next` on the node to say where it leads",
        );
    }
    for flag in &raw.flags {
        check_one_of(ctx, flag, KNOWN_FLAGS, "flag");
    }
    Choice {
        id: raw.id.get_ref().clone(),
        next: resolve_next(&raw.next, node_names, ctx),
        pictogram: raw.pictogram.as_ref().map(|p| p.get_ref().clone()),
        flags: raw.flags.iter().map(|f| f.get_ref().clone()).collect(),
        has: documents(&raw.has, known, ctx),
        lacks: documents(&raw.lacks, known, ctx),
    }
}

fn documents(list: &[Spanned<String>], known: &KnownIds, ctx: &mut FileContext) -> Vec<String> {
    let names: Vec<&str> = known.documents.iter().map(String::as_str).collect();
    for doc in list {
        if !known.documents.contains(doc.get_ref()) {
            let hint = did_you_mean(doc.get_ref(), &names);
            ctx.error(
                &doc.span(),
                format!("unknown document `{}`", doc.get_ref()),
                format!("{hint}; documents are declared in content/documents.toml"),
            );
        }
    }
    list.iter().map(|d| d.get_ref().clone()).collect()
}

fn resolve_next(next: &Spanned<String>, node_names: &[&str], ctx: &mut FileContext) -> Next {
    let target = next.get_ref();
    if target == NEXT_PERSON {
        return Next::Person;
    }
    if !node_names.contains(&target.as_str()) {
        let hint = did_you_mean(target, node_names);
        ctx.error(
            &next.span(),
            format!("`next` names node `{target}`, which does not exist"),
            hint,
        );
    }
    Next::Node(target.clone())
}

fn check_one_of(ctx: &mut FileContext, value: &Spanned<String>, allowed: &[&str], what: &str) {
    if !allowed.contains(&value.get_ref().as_str()) {
        let hint = did_you_mean(value.get_ref(), allowed);
        ctx.error(
            &value.span(),
            format!("unknown {what} `{}`", value.get_ref()),
            hint,
        );
    }
}

/// "did you mean `x`?" when a known name is close; otherwise the known names themselves, when
/// there are few enough to read.
/// The source an outcome's `source` names, by fiche number or address, or "none".
fn outcome_source(
    ctx: &mut FileContext,
    named: &Spanned<String>,
    sources: &[Source],
) -> OutcomeSource {
    let name = named.get_ref();
    if name == "none" {
        return OutcomeSource::NoLink;
    }
    let found = sources
        .iter()
        .position(|s| s.fiche.as_deref() == Some(name.as_str()) || s.url == *name);
    if found.is_none() {
        let known: Vec<&str> = sources
            .iter()
            .map(|s| s.fiche.as_deref().unwrap_or(s.url.as_str()))
            .collect();
        ctx.error(
            &named.span(),
            format!("`source` names `{name}`, which is not a [[source]] of this procedure"),
            format!(
                "write the fiche number or the address of one of its sources ({}), or \"none\"",
                known.join(", ")
            ),
        );
    }
    found.map_or(OutcomeSource::First, OutcomeSource::Index)
}

pub fn did_you_mean(wrong: &str, known: &[&str]) -> String {
    let best = known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(wrong, k), *k))
        .min();
    match best {
        Some((distance, name)) if distance <= 2.max(wrong.len() / 3) => {
            format!("did you mean `{name}`?")
        }
        _ if !known.is_empty() && known.len() <= 12 => {
            let mut names: Vec<&str> = known.to_vec();
            names.sort_unstable();
            format!("use one of: {}", names.join(", "))
        }
        _ => "check the spelling".to_string(),
    }
}

/// Where each `next` is written, by node id and choice id (`DONT_KNOW` for `dont-know-next`,
/// "" for an info node's `next`), so that a loop is reported at the `next` that closes it.
fn next_spans(nodes: &[RawNode]) -> HashMap<(String, String), Range<usize>> {
    let mut spans = HashMap::new();
    for node in nodes {
        let id = node.id.get_ref();
        for choice in &node.choices {
            spans.insert(
                (id.clone(), choice.id.get_ref().clone()),
                choice.next.span(),
            );
        }
        if let Some(next) = &node.dont_know_next {
            spans.insert((id.clone(), DONT_KNOW.to_string()), next.span());
        }
        if let Some(next) = &node.next {
            spans.insert((id.clone(), String::new()), next.span());
        }
    }
    spans
}

/// Reachability from `start` (unreachable nodes are warnings) and cycles (errors: a visitor could
/// loop forever, and "question 2 of about 5" would have no answer).
fn check_graph(
    procedure: &Procedure,
    spans: &HashMap<String, Range<usize>>,
    next_spans: &HashMap<(String, String), Range<usize>>,
    ctx: &mut FileContext,
) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Unseen,
        Open,
        Done,
    }
    let mut marks: HashMap<&str, Mark> = procedure
        .nodes()
        .iter()
        .map(|n| (n.id.as_str(), Mark::Unseen))
        .collect();
    // Iterative depth-first search; a node met again while still open closes a cycle. The
    // stack is the path from `start` to the node being looked at.
    let mut stack: Vec<(&str, usize)> = vec![(procedure.start.as_str(), 0)];
    marks.insert(procedure.start.as_str(), Mark::Open);
    while let Some((id, child)) = stack.pop() {
        let node = procedure.node(id).expect("validated reference");
        // Each target with the choice whose `next` leads there ("" for an info node).
        let targets: Vec<(&str, &str)> = match &node.kind {
            NodeKind::Question { choices } => choices
                .iter()
                .filter_map(|c| match &c.next {
                    Next::Node(n) => Some((n.as_str(), c.id.as_str())),
                    Next::Person => None,
                })
                .collect(),
            NodeKind::Info {
                next: Next::Node(n),
            } => vec![(n.as_str(), "")],
            _ => vec![],
        };
        if let Some(&(target, choice)) = targets.get(child) {
            stack.push((id, child + 1));
            match marks[target] {
                Mark::Unseen => {
                    marks.insert(target, Mark::Open);
                    stack.push((target, 0));
                }
                Mark::Open => {
                    let from = stack.iter().position(|&(open, _)| open == target);
                    let path: Vec<&str> = stack[from.unwrap_or(0)..]
                        .iter()
                        .map(|&(open, _)| open)
                        .chain([target])
                        .collect();
                    let span = next_spans
                        .get(&(id.to_string(), choice.to_string()))
                        .or_else(|| spans.get(target))
                        .cloned()
                        .unwrap_or(0..0);
                    ctx.error(
                        &span,
                        format!("the tree loops: {}", path.join(" → ")),
                        "every path must end on an outcome or a person; change this `next`",
                    );
                }
                Mark::Done => {}
            }
        } else {
            marks.insert(id, Mark::Done);
        }
    }
    for node in procedure.nodes() {
        if marks[node.id.as_str()] == Mark::Unseen {
            let span = spans.get(&node.id).cloned().unwrap_or(0..0);
            ctx.warning(
                &span,
                format!("node `{}` cannot be reached from `start`", node.id),
                "point a `next` at it, or remove it",
            );
        }
    }
}
