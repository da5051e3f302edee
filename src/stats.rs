//! Anonymous events counted for the site's figures: what happened, never who.
//!
//! An event names a kind, and at most a language, a procedure and a node: ids from the content,
//! never anything a visitor typed (they cannot type) or anything about them.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatKind {
    VisitStarted,
    LanguageChosen,
    ProcedureChosen,
    NodeReached,
    Outcome,
    TalkToPerson,
    /// "Start over" or Back out of the language screen, with the node where it happened.
    Abandoned,
    /// The idle countdown ran out before a handoff.
    IdleWipe,
    /// The visit ended after its handoff ("I'm done", or idle on the ticket screen).
    Finished,
    PrintOk,
    PrintFailed,
}

impl StatKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StatKind::VisitStarted => "visit-started",
            StatKind::LanguageChosen => "language-chosen",
            StatKind::ProcedureChosen => "procedure-chosen",
            StatKind::NodeReached => "node-reached",
            StatKind::Outcome => "outcome",
            StatKind::TalkToPerson => "talk-to-person",
            StatKind::Abandoned => "abandoned",
            StatKind::IdleWipe => "idle-wipe",
            StatKind::Finished => "finished",
            StatKind::PrintOk => "print-ok",
            StatKind::PrintFailed => "print-failed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatEvent {
    pub kind: StatKind,
    pub language: Option<String>,
    pub procedure: Option<String>,
    pub node: Option<String>,
}
