//! Anonymous events counted for the site's figures: what happened, never who.
//!
//! An event names a kind, and at most a language, a procedure and a node: ids from the content,
//! never anything a visitor typed (they cannot type) or anything about them. Before an event is
//! kept it is cut down to what its figure needs (`StatEvent::for_storage`), and it is kept only
//! as a count for its day: no time of day, no order, nothing that ties two events to one visit.
//! `report` turns those daily counts into the figures a site is asked for.

pub mod report;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatKind {
    VisitStarted,
    LanguageChosen,
    ProcedureChosen,
    NodeReached,
    /// An outcome node was reached (the visitor sees what to do and can take a ticket).
    Outcome,
    /// The visitor tapped "Talk to a person", with the node where they were.
    TalkToPerson,
    /// The tree itself sent the visitor to a person ("I don't know", "something else"), with
    /// the node it happened at.
    SentToPerson,
    /// "Start over" or Back out of the language screen before a ticket, with the node where it
    /// happened.
    Abandoned,
    /// The idle countdown ran out before a handoff, with the node where the visitor stopped.
    IdleWipe,
    /// The visit ended after its handoff ("I'm done", "Start over", or idle on the ticket
    /// screen): the visitor left with a ticket number.
    Finished,
    PrintOk,
    PrintFailed,
}

/// Which details of an event are kept, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Only that it happened, on its day.
    Nothing,
    /// The language chosen.
    Language,
    /// The procedure.
    Procedure,
    /// The procedure and the node.
    Place,
}

impl StatKind {
    pub const ALL: [StatKind; 12] = [
        StatKind::VisitStarted,
        StatKind::LanguageChosen,
        StatKind::ProcedureChosen,
        StatKind::NodeReached,
        StatKind::Outcome,
        StatKind::TalkToPerson,
        StatKind::SentToPerson,
        StatKind::Abandoned,
        StatKind::IdleWipe,
        StatKind::Finished,
        StatKind::PrintOk,
        StatKind::PrintFailed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StatKind::VisitStarted => "visit-started",
            StatKind::LanguageChosen => "language-chosen",
            StatKind::ProcedureChosen => "procedure-chosen",
            StatKind::NodeReached => "node-reached",
            StatKind::Outcome => "outcome",
            StatKind::TalkToPerson => "talk-to-person",
            StatKind::SentToPerson => "sent-to-person",
            StatKind::Abandoned => "abandoned",
            StatKind::IdleWipe => "idle-wipe",
            StatKind::Finished => "finished",
            StatKind::PrintOk => "print-ok",
            StatKind::PrintFailed => "print-failed",
        }
    }

    /// The kind named `name`; `None` for a name this version does not know (a newer kiosk's
    /// database read by an older `relais stats`).
    pub fn parse(name: &str) -> Option<StatKind> {
        StatKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// What is kept of an event of this kind: the least its figure needs.
    ///
    /// Why so little: a day's counts are read together, and on a quiet day in a small office a
    /// row saying "one visitor, in Arabic, about the RSA, left at the question about an
    /// address" would describe one person. Keeping the language only where the language is
    /// the figure, and the place in a procedure only where the place is the figure, means no
    /// stored row ties a language to a procedure or to a place where someone stopped.
    pub fn detail(self) -> Detail {
        match self {
            StatKind::VisitStarted
            | StatKind::Finished
            | StatKind::PrintOk
            | StatKind::PrintFailed => Detail::Nothing,
            StatKind::LanguageChosen => Detail::Language,
            StatKind::ProcedureChosen => Detail::Procedure,
            StatKind::NodeReached
            | StatKind::Outcome
            | StatKind::TalkToPerson
            | StatKind::SentToPerson
            | StatKind::Abandoned
            | StatKind::IdleWipe => Detail::Place,
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

impl StatEvent {
    /// An event with no detail (print results, for instance).
    pub fn bare(kind: StatKind) -> StatEvent {
        StatEvent {
            kind,
            language: None,
            procedure: None,
            node: None,
        }
    }

    /// The event as it may be kept: the details its kind does not need are dropped
    /// (see `StatKind::detail`).
    pub fn for_storage(&self) -> StatEvent {
        let detail = self.kind.detail();
        StatEvent {
            kind: self.kind,
            language: self.language.clone().filter(|_| detail == Detail::Language),
            procedure: self
                .procedure
                .clone()
                .filter(|_| matches!(detail, Detail::Procedure | Detail::Place)),
            node: self.node.clone().filter(|_| detail == Detail::Place),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(kind: StatKind) -> StatEvent {
        StatEvent {
            kind,
            language: Some("ar".into()),
            procedure: Some("rsa".into()),
            node: Some("address".into()),
        }
    }

    #[test]
    fn kind_names_read_back() {
        for kind in StatKind::ALL {
            assert_eq!(StatKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(StatKind::parse("visit-ended-on-mars"), None);
    }

    #[test]
    fn no_kept_event_ties_a_language_to_a_procedure_or_a_place() {
        for kind in StatKind::ALL {
            let kept = full(kind).for_storage();
            assert!(
                kept.language.is_none() || (kept.procedure.is_none() && kept.node.is_none()),
                "{kind:?} keeps {kept:?}"
            );
        }
        assert_eq!(
            full(StatKind::LanguageChosen).for_storage().language,
            Some("ar".into())
        );
        assert_eq!(
            full(StatKind::IdleWipe).for_storage(),
            StatEvent {
                kind: StatKind::IdleWipe,
                language: None,
                procedure: Some("rsa".into()),
                node: Some("address".into()),
            }
        );
        assert_eq!(
            full(StatKind::VisitStarted).for_storage(),
            StatEvent::bare(StatKind::VisitStarted)
        );
    }
}
