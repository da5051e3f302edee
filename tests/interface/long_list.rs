//! A network's long catalog on the procedures screen: it is a list made row by row as it
//! scrolls (Slint makes only the rows in sight of a `ListView`, so that the screen opens as fast
//! with 10,000 procedures as with ten: `scripts/bench.sh glass` times it), and the page's arrows
//! alone still reach every procedure, open the one tapped, and come back to the question.
//!
//! The count of rows made cannot be read here: the testing backend lists only the elements in
//! sight, whether the others exist or not. What the test checks is which kind of page the screen
//! is, and that nothing is out of reach on it.

use crate::common;
use crate::harness::{Kiosk, start_on};

#[path = "../../benches/support/generated_catalog.rs"]
#[allow(dead_code)]
mod generator;

use std::collections::BTreeSet;
use std::sync::Arc;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use relais::session::Screen;

/// More procedures than a screen holds many times over, and more than the 40 options past which
/// the list is made row by row.
const PROCEDURES: usize = 240;

fn generated_kiosk() -> (Kiosk, tempfile::TempDir) {
    let content = tempfile::tempdir().unwrap();
    generator::write(&common::repo_root(), content.path(), PROCEDURES).unwrap();
    let (catalog, diagnostics) = relais::loader::load(content.path(), None);
    let catalog = catalog.unwrap_or_else(|| panic!("generated content loads: {diagnostics:?}"));
    (start_on(Arc::new(catalog)), content)
}

fn procedure_title(index: usize) -> String {
    format!("Démarche numéro {index}")
}

/// The procedures' buttons on screen now.
fn procedures_in_sight(kiosk: &Kiosk) -> Vec<String> {
    kiosk
        .buttons()
        .into_iter()
        .filter(|b| b.starts_with("Démarche numéro "))
        .collect()
}

fn tap_arrow(kiosk: &Kiosk, label: &str) -> bool {
    let arrows: Vec<ElementHandle> = ElementHandle::find_by_accessible_label(&kiosk.app, label)
        .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .collect();
    arrows
        .iter()
        .for_each(|e| e.invoke_accessible_default_action());
    !arrows.is_empty()
}

fn open_procedures_screen(kiosk: &Kiosk) {
    kiosk.tap("Touchez l'écran pour commencer.");
    kiosk.tap("Français");
    assert_eq!(
        kiosk.controller.borrow().session().screen(),
        Screen::Procedures
    );
    // Sanity: the labels this test looks for are the generator's.
    assert_eq!(
        procedure_title(7),
        kiosk
            .controller
            .borrow()
            .catalog()
            .texts
            .get("fr", &generator::procedure_id(7))
    );
}

/// How many elements with the id `id` are on screen.
fn pages(kiosk: &Kiosk, id: &str) -> usize {
    ElementQuery::from_root(&kiosk.app)
        .match_id(id)
        .find_all()
        .len()
}

#[test]
fn a_long_catalog_is_a_list_made_row_by_row_and_the_arrows_reach_every_procedure() {
    let (kiosk, _content) = generated_kiosk();
    open_procedures_screen(&kiosk);
    kiosk.assert_shows(&["Pourquoi venez-vous aujourd'hui ?"]);
    assert_eq!(
        (
            pages(&kiosk, "ListView::flick"),
            pages(&kiosk, "ScrollPage::flick")
        ),
        (1, 0),
        "the procedures of a long catalog are a list made row by row, not a page laid out whole"
    );

    // Down, arrow by arrow, to the end of the list: every procedure passes by.
    let mut seen = BTreeSet::new();
    let mut taps = 0;
    loop {
        seen.extend(procedures_in_sight(&kiosk));
        if !tap_arrow(&kiosk, "Voir la suite") {
            break;
        }
        taps += 1;
        assert!(taps < PROCEDURES, "the down arrow never goes away");
    }
    let every: BTreeSet<String> = (0..PROCEDURES).map(procedure_title).collect();
    let missed: Vec<&String> = every.difference(&seen).collect();
    assert!(missed.is_empty(), "never on screen: {missed:?}");
    assert!(
        !kiosk.shows("Pourquoi venez-vous aujourd'hui ?"),
        "at the end of the list, the question has scrolled away"
    );

    // Up, arrow by arrow, back to the question at the top.
    let mut taps_up = 0;
    while tap_arrow(&kiosk, "Revenir plus haut") {
        taps_up += 1;
        assert!(taps_up <= taps + 1, "the up arrow never goes away");
    }
    kiosk.assert_shows(&["Pourquoi venez-vous aujourd'hui ?"]);
    assert!(procedures_in_sight(&kiosk).contains(&procedure_title(0)));
}

#[test]
fn a_procedure_far_down_a_long_catalog_opens_when_tapped() {
    let (kiosk, _content) = generated_kiosk();
    open_procedures_screen(&kiosk);
    let wanted = procedure_title(PROCEDURES - 3);
    let mut taps = 0;
    while !procedures_in_sight(&kiosk).contains(&wanted) {
        assert!(tap_arrow(&kiosk, "Voir la suite"), "{wanted} never shows");
        taps += 1;
        assert!(taps < PROCEDURES);
    }
    kiosk.tap(&wanted);
    let screen = kiosk.controller.borrow().session().screen();
    assert!(
        matches!(screen, Screen::Node(_)),
        "tapping {wanted} shows {screen:?}"
    );
    // Its first question, in its own words.
    assert!(
        kiosk.texts().iter().any(|t| t.contains("lettre numéro")),
        "{:?}",
        kiosk.texts()
    );
}
