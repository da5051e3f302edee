//! The handoff: what the agent at the counter needs to pick the case up, and what the visitor
//! takes home, as plain data.
//!
//! A `Handoff` is built from a finished or interrupted visit and carries every text it needs,
//! already resolved from the catalog (French for the agent, the visitor's language for the
//! visitor). It is therefore self-contained: it can be stored, reprinted after a content reload,
//! and rendered by any renderer in `print` without the catalog. It holds no name, no date of
//! birth, no number that identifies a person: only content ids and texts.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::content::catalog::DONT_KNOW;
use crate::content::{Catalog, OutcomeSource, ids};

/// How the visit ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Ending {
    /// The tree reached an outcome.
    Outcome { node: String },
    /// The tree itself sent the visitor to a person ("I don't know", "something else").
    ToPerson { at: StopPoint },
    /// The visitor tapped "Talk to a person".
    AskedForPerson { at: StopPoint },
}

/// Where the visitor was when the visit turned to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StopPoint {
    Language,
    Procedures,
    Node(String),
}

/// An id with its text, for lists of flags and documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labelled {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerLine {
    pub node: String,
    pub choice: String,
    /// The question, in French.
    pub question: String,
    /// The answer, in French.
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLine {
    pub title: String,
    pub url: String,
    pub fiche: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureLine {
    pub id: String,
    /// Name in French, for the agent.
    pub title: String,
    pub sources: Vec<SourceLine>,
    pub checked_on: NaiveDate,
}

/// The agent's part: always French.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentPart {
    pub language_code: String,
    pub language_own_name: String,
    pub language_french_name: String,
    pub procedure: Option<ProcedureLine>,
    pub ending: Ending,
    /// The French text of the question where the visitor stopped, if they stopped early.
    pub stopped_at: Option<String>,
    pub answers: Vec<AnswerLine>,
    pub flags: Vec<Labelled>,
    pub documents_has: Vec<Labelled>,
    pub documents_missing: Vec<Labelled>,
    pub next_action: Option<String>,
    /// The outcome's `agent-points`, printed as bullets under the action. Absent from
    /// handoffs stored before they existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_points: Vec<String>,
    /// The visitor's language is machine-drafted and no native speaker has reviewed it: the
    /// agent should not take the visitor's screens as checked. False in older stored handoffs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub translation_unreviewed: bool,
    /// Headings, from `locales/fr/agent.ftl`.
    pub labels: AgentLabels,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentLabels {
    pub heading: String,
    pub ticket: String,
    pub date: String,
    pub site: String,
    pub language: String,
    pub interpreter: String,
    pub procedure: String,
    pub reference: String,
    pub no_procedure: String,
    pub answers: String,
    pub flags: String,
    pub documents_has: String,
    pub documents_missing: String,
    pub action: String,
    pub stopped_at: String,
    pub ending_person: String,
    pub ending_dont_know: String,
    pub none: String,
    // Labels added later are empty in handoffs stored before them: the layout then leaves
    // their line out, and a reprint of an old ticket prints what it printed then.
    /// "Procédure vérifiée le", before the day the sources were read.
    #[serde(default)]
    pub checked_on: String,
    /// "Fiche", before the main source's fiche number and its address.
    #[serde(default)]
    pub fiche: String,
    /// "Voir aussi", before the other sources' fiche numbers.
    #[serde(default)]
    pub see_also: String,
    /// "Traduction automatique, non relue", before the language's French name.
    #[serde(default)]
    pub translation_unreviewed: String,
}

/// The visitor's part: in the visitor's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitorPart {
    pub language_code: String,
    pub right_to_left: bool,
    pub heading: String,
    pub number_label: String,
    pub procedure: Option<String>,
    pub bring_label: String,
    pub bring: Vec<String>,
    pub where_label: String,
    pub where_text: String,
    pub link_label: String,
    /// The official page of the procedure, for the visitor's QR code.
    pub link: Option<String>,
    pub guidance: String,
    /// One line saying that a person has not yet checked this translation, in the visitor's
    /// language, while it is machine-drafted (`reviewed = false`). Never for French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handoff {
    pub agent: AgentPart,
    pub visitor: VisitorPart,
    /// The visitor's part in French, when the visitor's language is another one: printed
    /// instead of `visitor` by a printer that cannot write the visitor's script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor_french: Option<VisitorPart>,
}

/// A handoff once committed: with its ticket number, time and site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoffRecord {
    pub ticket: String,
    pub created_at: NaiveDateTime,
    pub site: String,
    pub handoff: Handoff,
}

impl Handoff {
    /// Builds the handoff of a visit. `answers` are (node, choice) ids in the order given.
    pub fn build(
        catalog: &Catalog,
        language: &str,
        procedure_id: Option<&str>,
        answers: &[(String, String)],
        ending: Ending,
    ) -> Handoff {
        let texts = &catalog.texts;
        let fr = catalog.reference_language();
        let procedure = procedure_id.and_then(|id| catalog.procedure(id));
        let lang = catalog.language(language);

        let mut answer_lines = Vec::new();
        let mut flags: Vec<String> = Vec::new();
        let mut has: Vec<String> = Vec::new();
        let mut lacks: Vec<String> = Vec::new();
        if let Some(p) = procedure {
            for (node_id, choice_id) in answers {
                let Some(choice) = p.node(node_id).and_then(|n| n.choice(choice_id)) else {
                    continue;
                };
                answer_lines.push(AnswerLine {
                    node: node_id.clone(),
                    choice: choice_id.clone(),
                    question: texts.get(fr, &ids::node(&p.id, node_id)),
                    answer: texts.get(fr, &ids::choice(&p.id, node_id, choice_id)),
                });
                push_unique(&mut flags, &choice.flags);
                push_unique(&mut has, &choice.has);
                push_unique(&mut lacks, &choice.lacks);
            }
        }
        // A document said to be both present and missing counts as missing: the later answer
        // is usually the more careful one, and the agent will check anyway.
        has.retain(|d| !lacks.contains(d));

        let outcome = match &ending {
            Ending::Outcome { node } => procedure.and_then(|p| p.node(node)),
            _ => None,
        };
        let (bring, next_action, next_points, main_source) = match outcome.map(|n| &n.kind) {
            Some(crate::content::NodeKind::Outcome {
                bring,
                agent_action,
                agent_points,
                main_source,
                ..
            }) => (
                bring.clone(),
                Some(agent_action.clone()),
                agent_points.clone(),
                *main_source,
            ),
            _ => (Vec::new(), None, Vec::new(), OutcomeSource::First),
        };
        // The outcome's own source first, when it names one: the ticket prints the first. With
        // "none", no source at all: no address beats a wrong one.
        let sources: Vec<&crate::content::Source> = procedure
            .map(|p| {
                let mut sources: Vec<_> = p.sources.iter().collect();
                match main_source {
                    OutcomeSource::Index(main) if main < sources.len() => {
                        let chosen = sources.remove(main);
                        sources.insert(0, chosen);
                    }
                    OutcomeSource::NoLink => sources.clear(),
                    _ => {}
                }
                sources
            })
            .unwrap_or_default();
        let stopped_at = match &ending {
            Ending::ToPerson {
                at: StopPoint::Node(node),
            }
            | Ending::AskedForPerson {
                at: StopPoint::Node(node),
            } => procedure.map(|p| texts.get(fr, &ids::node(&p.id, node))),
            _ => None,
        };
        let labelled = |list: &[String], id_of: fn(&str) -> String| -> Vec<Labelled> {
            list.iter()
                .map(|id| Labelled {
                    id: id.clone(),
                    text: texts.get(fr, &id_of(id)),
                })
                .collect()
        };

        let agent = AgentPart {
            language_code: language.to_string(),
            language_own_name: lang.map_or(language.to_string(), |l| l.name.clone()),
            language_french_name: lang.map_or(language.to_string(), |l| l.french_name.clone()),
            procedure: procedure.map(|p| ProcedureLine {
                id: p.id.clone(),
                title: texts.get(fr, &ids::procedure(&p.id)),
                sources: sources
                    .iter()
                    .map(|s| SourceLine {
                        title: s.title.clone(),
                        url: s.url.clone(),
                        fiche: s.fiche.clone(),
                    })
                    .collect(),
                checked_on: p.checked_on,
            }),
            ending,
            stopped_at,
            answers: answer_lines,
            flags: labelled(&flags, ids::flag),
            documents_has: labelled(&has, ids::document),
            documents_missing: labelled(&lacks, ids::document),
            next_action,
            next_points,
            translation_unreviewed: unreviewed(catalog, language),
            labels: AgentLabels::from_catalog(catalog),
        };
        let bring: Vec<&str> = bring.iter().map(String::as_str).collect();
        let link = sources.first().map(|s| s.url.as_str());
        let where_id = catalog.where_message(outcome);
        let visitor = VisitorPart::build(catalog, language, procedure, &bring, link, &where_id);
        let visitor_french = (language != fr)
            .then(|| VisitorPart::build(catalog, fr, procedure, &bring, link, &where_id));
        Handoff {
            agent,
            visitor,
            visitor_french,
        }
    }

    /// Flag ids, for storage and statistics.
    pub fn flag_ids(&self) -> Vec<&str> {
        self.agent.flags.iter().map(|f| f.id.as_str()).collect()
    }

    /// Whether the visitor answered "I don't know" somewhere.
    pub fn said_dont_know(&self) -> bool {
        self.agent.answers.iter().any(|a| a.choice == DONT_KNOW)
    }
}

impl VisitorPart {
    fn build(
        catalog: &Catalog,
        language: &str,
        procedure: Option<&crate::content::Procedure>,
        bring: &[&str],
        link: Option<&str>,
        where_id: &str,
    ) -> Self {
        let texts = &catalog.texts;
        let t = |id: &str| texts.get(language, id);
        VisitorPart {
            language_code: language.to_string(),
            right_to_left: catalog.language(language).is_some_and(|l| l.right_to_left),
            heading: texts.get(catalog.reference_language(), "visitor-heading"),
            number_label: t("ticket-number"),
            procedure: procedure.map(|p| t(&ids::procedure(&p.id))),
            bring_label: t("ticket-bring"),
            bring: bring.iter().map(|d| t(&ids::document(d))).collect(),
            where_label: t("ticket-where"),
            where_text: t(where_id),
            link_label: t("ticket-link"),
            link: link.map(str::to_string),
            guidance: t("ticket-guidance"),
            translation_note: unreviewed(catalog, language)
                .then(|| t("ticket-translation-unreviewed")),
        }
    }
}

impl AgentLabels {
    fn from_catalog(catalog: &Catalog) -> Self {
        let t = |id: &str| catalog.texts.get(catalog.reference_language(), id);
        AgentLabels {
            heading: t("agent-heading"),
            ticket: t("agent-ticket"),
            date: t("agent-date"),
            site: t("agent-site"),
            language: t("agent-language"),
            interpreter: t("agent-interpreter"),
            procedure: t("agent-procedure"),
            reference: t("agent-reference"),
            no_procedure: t("agent-no-procedure"),
            answers: t("agent-answers"),
            flags: t("agent-flags"),
            documents_has: t("agent-documents-has"),
            documents_missing: t("agent-documents-missing"),
            action: t("agent-action"),
            stopped_at: t("agent-stopped-at"),
            ending_person: t("agent-ending-person"),
            ending_dont_know: t("agent-ending-dont-know"),
            none: t("agent-none"),
            checked_on: t("agent-checked-on"),
            fiche: t("agent-fiche"),
            see_also: t("agent-see-also"),
            translation_unreviewed: t("agent-translation-unreviewed"),
        }
    }
}

/// Whether `language`'s texts are machine-drafted and not yet reviewed. The reference language
/// is never: every other one translates it.
fn unreviewed(catalog: &Catalog, language: &str) -> bool {
    language != catalog.reference_language()
        && catalog.language(language).is_some_and(|l| !l.reviewed)
}

fn push_unique(into: &mut Vec<String>, items: &[String]) {
    for item in items {
        if !into.contains(item) {
            into.push(item.clone());
        }
    }
}
