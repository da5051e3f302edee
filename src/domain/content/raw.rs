//! The first stage of loading: a serde mirror of the content files that keeps spans.
//!
//! These types say what an editor may write, nothing more. They accept anything TOML can say
//! about a key that exists (unknown keys are rejected by serde with their position), and keep
//! the byte span of every id and reference so that the second stage (`validate`) can point at
//! the exact place of a dangling `next` or a duplicate id. No checking of meaning happens here.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

/// `content/<procedure>.toml`: one decision tree. The file name is the procedure id.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawProcedure {
    /// Group on the "What are you here for?" screen: money, housing, health, papers, work, login.
    #[schemars(with = "String", extend("enum" = ["money", "housing", "health", "papers", "work", "login"]))]
    pub category: Spanned<String>,
    /// Pictogram file name (without extension) under `ui/pictograms/`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub pictogram: Option<Spanned<String>>,
    /// Who keeps this tree up to date (a team, not a person's name).
    pub owner: String,
    /// When the official sources were last read by a person, as a TOML date (2026-11-23).
    #[schemars(with = "String", extend("format" = "date"))]
    pub checked_on: Spanned<toml::value::Datetime>,
    /// How many days a check stays valid before `relais check` asks for a new one.
    #[serde(default = "default_review_days")]
    pub review_every_days: u32,
    /// Open points: facts the tree rests on that no one could confirm, in French, for editors
    /// and the agents' managers. Listed by `relais check` (information) and `relais review`;
    /// never shown to a visitor nor printed.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub unverified: Vec<Spanned<String>>,
    /// Id of the first node.
    #[schemars(with = "String")]
    pub start: Spanned<String>,
    #[serde(default, rename = "source")]
    pub sources: Vec<RawSource>,
    #[serde(default, rename = "node")]
    pub nodes: Vec<RawNode>,
}

pub fn default_review_days() -> u32 {
    180
}

/// An official reference: where the facts of the tree come from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSource {
    pub title: String,
    #[schemars(with = "String")]
    pub url: Spanned<String>,
    /// service-public.fr fiche id (F…, N…, R…), when there is one.
    #[serde(default)]
    pub fiche: Option<String>,
    /// The day a person read this page, as a TOML date. Missing: a warning.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub read_on: Option<Spanned<toml::value::Datetime>>,
    /// What was read: the live page, or a stored copy of it. Missing: a warning.
    #[serde(default)]
    #[schemars(with = "Option<ReadHow>")]
    pub read: Option<Spanned<ReadHow>>,
    /// The date the stored copy carries ("Vérifié le …"), when it shows one.
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub copy_date: Option<Spanned<toml::value::Datetime>>,
    /// What was read and how, for editors; never printed.
    #[serde(default)]
    pub note: Option<String>,
}

/// How a source was read: the page as it is online that day, or a copy stored earlier (whose
/// facts may be older than the day it was read), or not at all: the official page the tree
/// points to could not be reached that day, which is an open point, not a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReadHow {
    Live,
    StoredCopy,
    NotRead,
}

impl ReadHow {
    /// As written in the content file.
    pub fn as_str(self) -> &'static str {
        match self {
            ReadHow::Live => "live",
            ReadHow::StoredCopy => "stored-copy",
            ReadHow::NotRead => "not-read",
        }
    }
}

crate::closed_set! {
    /// A node's `kind`, the closed set of screens a tree is made of. A word outside it is kept
    /// as `Unknown`, so that `validate` reports it with a "did you mean" and goes on checking
    /// the rest of the file.
    pub enum RawKind {
        Question => "question",
        Info => "info",
        Outcome => "outcome",
    }
}

/// One screen of the tree. Which keys apply depends on `kind`; `validate` says which are misplaced.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawNode {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// "question", "info" or "outcome".
    #[schemars(with = "String", extend("enum" = ["question", "info", "outcome"]))]
    pub kind: Spanned<RawKind>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub pictogram: Option<Spanned<String>>,
    /// question: the choices, in screen order.
    #[serde(default, rename = "choice")]
    pub choices: Vec<RawChoice>,
    /// question: add the "I don't know" choice (default true).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub offer_dont_know: Option<Spanned<bool>>,
    /// question: where "I don't know" leads; by default, to a person.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub dont_know_next: Option<Spanned<String>>,
    /// info: the node shown after "Continue".
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub next: Option<Spanned<String>>,
    /// outcome: documents to bring (ids from `content/documents.toml`).
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub bring: Option<Spanned<Vec<Spanned<String>>>>,
    /// outcome: what the agent should do next, in French, printed for the agent only: one
    /// imperative line of at most 20 words, without a URL.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub agent_action: Option<Spanned<String>>,
    /// outcome: at most five points for the agent, each at most 20 words, without a URL;
    /// printed as bullets under the action.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub agent_points: Option<Spanned<Vec<Spanned<String>>>>,
    /// outcome: the source printed for this outcome when it is not the procedure's first (its
    /// fiche number, "F14929", or its url): the one address on the ticket, and the visitor's
    /// "official site" link.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub source: Option<Spanned<String>>,
    /// outcome: where the visitor goes, a place id of `content/places.toml`; each site says
    /// where that is in its places file.
    #[serde(default, rename = "where")]
    #[schemars(with = "Option<String>")]
    pub place: Option<Spanned<String>>,
    /// Any node: why the tree says this (dates, amounts, references), for editors. Never
    /// printed nor shown.
    #[serde(default)]
    pub editor_note: Option<String>,
    /// Any node: open points about this node that no one could confirm (see the procedure's).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub unverified: Vec<Spanned<String>>,
}

/// One answer to a question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawChoice {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// The node this answer leads to, or "person" to end the visit with a person.
    #[schemars(with = "String")]
    pub next: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub pictogram: Option<Spanned<String>>,
    /// Blocking points this answer reveals (no-email, lost-password, …).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub flags: Vec<Spanned<String>>,
    /// Documents the visitor says they have.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub has: Vec<Spanned<String>>,
    /// Documents the visitor says they do not have.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub lacks: Vec<Spanned<String>>,
}

/// `content/documents.toml`: the papers a visitor may be asked to bring, shared by all trees.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDocuments {
    #[serde(default, rename = "document")]
    pub documents: Vec<RawDocument>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawDocument {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub pictogram: Option<Spanned<String>>,
}

/// `content/places.toml`: the places the network's outcomes send visitors to (`where`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPlaces {
    #[serde(default, rename = "place")]
    pub places: Vec<RawPlaceId>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPlaceId {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
}

/// `content/glossary.toml`: words a visitor may not know, explained on tap and in speech.
/// The word itself and its meaning are `term--<id>` and `term--<id>--meaning` in
/// `locales/<lang>/glossary.ftl`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGlossary {
    #[serde(default, rename = "term")]
    pub terms: Vec<RawTerm>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
}

/// `locales/<lang>/language.toml`: how a language is offered and spoken.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawLanguage {
    /// The language's own name in its own script: "Français", "English", "العربية".
    pub name: String,
    /// Its name in French, for the agent's part of the handoff: "anglais".
    pub french_name: String,
    /// "ltr" or "rtl".
    #[serde(default = "default_direction")]
    #[schemars(with = "String", extend("enum" = ["ltr", "rtl"]))]
    pub direction: Spanned<String>,
    /// false while the texts are machine-drafted and no native speaker has reviewed them.
    #[serde(default)]
    pub reviewed: bool,
    /// espeak-ng voice used to generate missing clips.
    #[serde(default)]
    pub voice: Option<String>,
}

fn default_direction() -> Spanned<String> {
    Spanned::new(0..0, "ltr".to_string())
}

/// `locales/fr/plain-language.toml`: the rules of the plain-language lint, which editors extend.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPlainLanguage {
    /// Longest sentence allowed, in words.
    #[serde(default = "default_max_words")]
    pub max_words: usize,
    /// Acronyms everyone says as a word and that need no explanation (SMS).
    #[serde(default)]
    pub known_acronyms: Vec<String>,
    /// Words to avoid, each with a plainer way to say it.
    #[serde(default)]
    pub jargon: Vec<super::plain::JargonWord>,
}

fn default_max_words() -> usize {
    15
}
