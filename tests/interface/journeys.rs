//! Every procedure walked through the real UI by accessible labels, from the attract screen to
//! the ticket; and from every screen of those walks, Back, Start over and Talk to a person do
//! what they say. French, the reference language; the labels come from the shipped content.

use crate::common;
use crate::harness::{Kiosk, start};

use relais::content::{Catalog, NodeKind, ids};
use relais::session::Screen;

/// The label of the button a visitor taps to go on from the current screen, taking the first
/// choice of every question; `None` on the ticket screen.
fn next_label(kiosk: &Kiosk, catalog: &Catalog, procedure: &str) -> Option<String> {
    let fr = |id: &str| catalog.texts.get("fr", id);
    let screen = kiosk.controller.borrow().session().screen();
    match screen {
        Screen::Attract => Some(fr("attract-touch")),
        Screen::Language => Some("Français".to_string()),
        Screen::Procedures => Some(fr(&ids::procedure(procedure))),
        Screen::Review(_) => Some(fr("button-review-ok")),
        Screen::Node(node) => {
            let node = catalog.procedure(procedure)?.node(&node)?;
            Some(match &node.kind {
                NodeKind::Question { choices } => {
                    fr(&ids::choice(procedure, &node.id, &choices[0].id))
                }
                NodeKind::Info { .. } => fr("button-continue"),
                NodeKind::Outcome { .. } => fr("button-print"),
            })
        }
        Screen::Handoff => None,
    }
}

/// The taps of the first path through `procedure`, from the attract screen to the ticket.
fn first_path(catalog: &Catalog, procedure: &str) -> Vec<String> {
    let kiosk = start();
    let mut taps = Vec::new();
    while let Some(label) = next_label(&kiosk, catalog, procedure) {
        assert!(
            taps.len() < 40,
            "{procedure}: the walk does not end: {taps:?}"
        );
        if !matches!(
            kiosk.controller.borrow().session().screen(),
            Screen::Attract | Screen::Handoff
        ) {
            kiosk.assert_navigation();
        }
        kiosk.tap(&label);
        taps.push(label);
    }
    kiosk.assert_shows(&["Votre numéro"]);
    assert_eq!(common::spooled(kiosk.dir.path()).len(), 1, "{procedure}");
    taps
}

#[test]
fn every_procedure_walks_to_a_ticket_by_its_labels() {
    let catalog = common::shipped_catalog();
    for procedure in &catalog.procedures {
        let taps = first_path(&catalog, &procedure.id);
        // Attract, language, procedure, at least one answer, the review or the outcome, print.
        assert!(taps.len() >= 5, "{}: {taps:?}", procedure.id);
    }
}

#[test]
fn back_start_over_and_talk_to_a_person_work_from_every_screen() {
    let catalog = common::shipped_catalog();
    for procedure in &catalog.procedures {
        let taps = first_path(&catalog, &procedure.id);
        // Every screen of a visit: after the language is chosen up to the last before the ticket.
        for reached in 2..taps.len() {
            let replay = |kiosk: &Kiosk| {
                for label in &taps[..reached] {
                    kiosk.tap(label);
                }
            };
            let where_ = format!("{} after {:?}", procedure.id, &taps[..reached]);

            let kiosk = start();
            replay(&kiosk);
            let trail = kiosk
                .controller
                .borrow()
                .session()
                .visit()
                .unwrap()
                .trail
                .clone();
            kiosk.tap("Retour");
            let after = kiosk.controller.borrow().session().screen();
            assert_eq!(after, trail[trail.len() - 2], "Back from {where_}");

            let kiosk = start();
            replay(&kiosk);
            kiosk.tap("Recommencer");
            let session = kiosk.controller.borrow();
            assert_eq!(session.session().screen(), Screen::Language, "{where_}");
            let visit = session.session().visit().unwrap();
            assert!(
                visit.procedure.is_none() && visit.answers.is_empty(),
                "{where_}"
            );
            drop(session);

            let kiosk = start();
            replay(&kiosk);
            kiosk.tap("Parler à une personne");
            kiosk.assert_shows(&["Votre numéro"]);
            assert_eq!(common::spooled(kiosk.dir.path()).len(), 1, "{where_}");
        }
    }
}
