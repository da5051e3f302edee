//! The ticket as the agent and the visitor read it, built from the shipped content: a language
//! still machine-drafted (`reviewed = false`) says so on both parts, French never does (and the
//! attract screen's about box names those languages); the agent's part has the check date, one
//! address only, the action then its points.

use crate::common;

use relais::content::{Catalog, NodeKind};
use relais::handoff::{Ending, Handoff, HandoffRecord};
use relais::print::decode::Job;

/// The handoff of the first outcome (with points, if any has) of the shipped content, for a
/// visitor speaking `lang`.
fn ticket(catalog: &Catalog, lang: &str) -> HandoffRecord {
    let with_points = |p: &&relais::content::Procedure| {
        p.nodes().iter().any(
            |n| matches!(&n.kind, NodeKind::Outcome { agent_points, .. } if !agent_points.is_empty()),
        )
    };
    let procedure = catalog
        .procedures
        .iter()
        .find(with_points)
        .unwrap_or(&catalog.procedures[0]);
    let outcome = procedure
        .nodes()
        .iter()
        .filter(|n| n.is_outcome())
        .max_by_key(|n| match &n.kind {
            NodeKind::Outcome { agent_points, .. } => agent_points.len(),
            _ => 0,
        })
        .expect("an outcome");
    let handoff = Handoff::build(
        catalog,
        lang,
        Some(&procedure.id),
        &[],
        Ending::Outcome {
            node: outcome.id.clone(),
        },
    );
    record("007", handoff)
}

/// A stored handoff of 3 December 2026 at 10:00, at site "Test".
fn record(ticket: &str, handoff: Handoff) -> HandoffRecord {
    HandoffRecord {
        ticket: ticket.to_string(),
        created_at: chrono::NaiveDate::from_ymd_opt(2026, 12, 3)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap(),
        site: "Test".to_string(),
        handoff,
    }
}

/// The text with its line breaks and no-break spaces made plain spaces: a sentence wrapped over
/// two lines is still found.
fn flat(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn unreviewed_line(catalog: &Catalog, lang: &str) -> String {
    catalog.texts.get(lang, "ticket-translation-unreviewed")
}

#[test]
fn a_machine_drafted_language_says_so_on_the_ticket_and_french_does_not() {
    let catalog = common::shipped_catalog();
    for lang in ["ar", "en"] {
        assert!(
            !catalog.language(lang).unwrap().reviewed,
            "the shipped {lang} is machine-drafted"
        );
    }

    // The spool text (what the spool printer writes, and `relais simulate` shows).
    let arabic = flat(&relais::print::text::render(&ticket(&catalog, "ar"), 48));
    assert!(
        arabic.contains("Traduction automatique, non relue (arabe)"),
        "{arabic}"
    );
    let note = unreviewed_line(&catalog, "ar");
    assert!(note.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)));
    assert!(arabic.contains(&note), "{arabic}");

    let french_record = ticket(&catalog, "fr");
    let french = flat(&relais::print::text::render(&french_record, 48));
    assert!(!french.contains("Traduction automatique"), "{french}");
    assert!(
        !french.contains(&unreviewed_line(&catalog, "fr")),
        "{french}"
    );

    // The bytes a receipt printer gets, read back: English is printed as text.
    let settings = relais::print::escpos::Settings::paper(80);
    let english = relais::print::escpos::render(&ticket(&catalog, "en"), &settings).unwrap();
    let printed = flat(&Job::decode(&english).unwrap().text());
    assert!(
        printed.contains("Traduction automatique, non relue (anglais)"),
        "{printed}"
    );
    assert!(
        printed.contains(&unreviewed_line(&catalog, "en")),
        "{printed}"
    );

    let french = relais::print::escpos::render(&french_record, &settings).unwrap();
    let printed = Job::decode(&french).unwrap().text();
    assert!(!printed.contains("Traduction automatique"), "{printed}");
}

#[test]
fn the_agent_part_has_the_check_date_one_address_and_the_action_first() {
    let catalog = common::shipped_catalog();
    let record = ticket(&catalog, "fr");
    // Wide enough that no line wraps: an address stays whole.
    let text = relais::print::text::render(&record, 500).replace('\u{a0}', " ");
    let procedure = record.handoff.agent.procedure.as_ref().unwrap();
    let agent_part = text.split("POUR LA PERSONNE").next().unwrap();

    let checked = procedure.checked_on.format("%d/%m/%Y").to_string();
    assert!(
        agent_part.contains(&format!("Procédure vérifiée le {checked}")),
        "{agent_part}"
    );
    assert_eq!(
        agent_part.matches("https://").count(),
        1,
        "one address only, the main source's: {agent_part}"
    );
    assert!(
        agent_part.contains(&procedure.sources[0].url),
        "{agent_part}"
    );

    let action = agent_part.find("À faire :").expect("the action");
    let answers = agent_part.find("Points bloquants").expect("the flags");
    assert!(action < answers, "the action comes first: {agent_part}");
    let bullets = agent_part.matches("  • ").count();
    assert_eq!(
        bullets,
        record.handoff.agent.next_points.len(),
        "{agent_part}"
    );
}

#[test]
fn the_about_box_names_the_machine_drafted_languages() {
    let mut languages = common::shipped_catalog().languages.clone();
    let about = relais::ui::about(&languages);
    assert!(
        about.contains("pas encore relues par une personne : arabe, anglais, ukrainien."),
        "{about}"
    );
    assert!(
        about.contains("not yet reviewed by a person: ar, en, uk."),
        "{about}"
    );
    assert!(!about.contains("français"), "{about}");

    for language in &mut languages {
        language.reviewed = true;
    }
    let about = relais::ui::about(&languages);
    assert!(!about.contains("relues"), "{about}");
    assert!(about.starts_with(relais::ui::CREDITS), "{about}");
}

/// The ticket of `outcome` in the shipped `procedure`, in French, as the spool prints it.
fn outcome_ticket(catalog: &Catalog, procedure: &str, outcome: &str) -> (String, HandoffRecord) {
    let handoff = Handoff::build(
        catalog,
        "fr",
        Some(procedure),
        &[],
        Ending::Outcome {
            node: outcome.to_string(),
        },
    );
    let record = record("008", handoff);
    let text = relais::print::text::render(&record, 500).replace('\u{a0}', " ");
    (text, record)
}

#[test]
fn an_outcome_prints_its_own_source_or_none_rather_than_a_wrong_one() {
    let catalog = common::shipped_catalog();
    // A stolen driving licence: the fiche on theft (F1450), not the procedure's first source.
    let (text, record) = outcome_ticket(&catalog, "ants-vehicule-permis", "licence-stolen");
    let theft = catalog
        .procedure("ants-vehicule-permis")
        .unwrap()
        .sources
        .iter()
        .find(|s| s.fiche.as_deref() == Some("F1450"))
        .expect("the theft fiche is a source");
    let agent_part = text.split("POUR LA PERSONNE").next().unwrap();
    assert!(agent_part.contains(&theft.url), "{agent_part}");
    assert_eq!(agent_part.matches("https://").count(), 1, "{agent_part}");
    assert_eq!(
        record.handoff.visitor.link.as_deref(),
        Some(theft.url.as_str())
    );

    // A foreigner's lost passport is the consulate's: no French fiche fits, none is printed.
    let (text, record) = outcome_ticket(&catalog, "carte-identite", "consulate");
    assert!(!text.contains("https://"), "{text}");
    assert_eq!(record.handoff.visitor.link, None);

    // Without `source`, the procedure's first.
    let (_, record) = outcome_ticket(&catalog, "carte-identite", "book-appointment");
    let first = &catalog.procedure("carte-identite").unwrap().sources[0];
    assert_eq!(
        record.handoff.visitor.link.as_deref(),
        Some(first.url.as_str())
    );
}
