//! The admin screen through the real Slint UI (testing backend, mock time): the hidden long
//! press opens the PIN pad, a wrong PIN is refused and counted, the right one opens the panel,
//! the printer test prints and the content reloads. Never during a visit.

use crate::common;

use crate::harness;
use crate::harness::start_with_pin as start;

#[test]
fn a_long_press_and_the_pin_open_the_admin_panel_whose_printer_test_prints() {
    let desk = start(Some("2468"));
    // A short press in the corner starts a visit like any touch, and opens nothing.
    desk.long_press(1);
    assert!(desk.desk.borrow().is_closed());
    assert!(desk.controller.borrow().session().visit().is_some());
    // During a visit even a long press opens nothing.
    desk.long_press(6);
    assert!(desk.desk.borrow().is_closed());
    desk.tap("Parler à une personne");
    desk.tap("J'ai terminé");
    assert!(desk.controller.borrow().session().visit().is_none());

    desk.long_press(6);
    assert!(desk.shows("Code de l'administrateur"));
    assert!(
        desk.controller.borrow().session().visit().is_none(),
        "lifting the finger did not start a visit"
    );
    desk.type_pin("1357");
    assert!(desk.shows("Code faux. Encore 2 essais avant un blocage."));
    assert!(!desk.shows("Administration du kiosque"));
    desk.tap("1");
    assert!(desk.shows("1 chiffres tapés"), "{:?}", desk.texts());
    desk.tap("Effacer");
    desk.type_pin("2468");
    assert!(
        desk.shows("Administration du kiosque"),
        "{:?}",
        desk.texts()
    );
    assert!(
        desk.texts().iter().any(|t| t.starts_with("Imprimante : ")),
        "{:?}",
        desk.texts()
    );

    let before = common::spooled(desk.dir.path()).len();
    desk.tap("Imprimer un ticket de test");
    desk.finish_admin_command();
    assert_eq!(common::spooled(desk.dir.path()).len(), before + 1);
    assert!(
        desk.texts()
            .iter()
            .any(|t| t.starts_with("Ticket de test imprimé : ")),
        "{:?}",
        desk.texts()
    );
    // Today's figures: the visit above asked for a person and got ticket 001.
    assert!(
        desk.texts()
            .iter()
            .any(|t| t.starts_with("Aujourd'hui : 1 visites, 1 tickets")),
        "{:?}",
        desk.texts()
    );
    desk.tap("Réimprimer le ticket 001");
    assert!(
        desk.shows("Ticket 001 remis dans la file d'impression."),
        "{:?}",
        desk.texts()
    );
    desk.tap("Recharger le contenu");
    desk.finish_admin_command();
    let reloaded = format!(
        "Contenu rechargé : {} démarches",
        common::shipped_catalog().procedures.len()
    );
    assert!(
        desk.texts().iter().any(|t| t.starts_with(&reloaded)),
        "{:?}",
        desk.texts()
    );
    desk.tap("Fermer");
    assert!(desk.desk.borrow().is_closed());
    assert!(!desk.shows("Administration du kiosque"));
}

#[test]
fn without_a_pin_the_panel_never_opens() {
    let desk = start(None);
    desk.long_press(6);
    desk.type_pin("0000");
    assert!(
        desk.shows("Aucun code n'est défini : lancez « relais admin set-pin » sur la machine.")
    );
    assert!(!desk.shows("Administration du kiosque"));
    // Closing the pad forgets it; the idle close is tested on `AdminPanel` with a mock clock.
    desk.tap("Fermer");
    assert!(desk.desk.borrow().is_closed());
}

#[test]
fn the_screen_answers_while_a_printer_test_waits_for_a_printer_that_never_reads() {
    // A printer on loopback that takes the connection and then never reads nor answers: the
    // test print waits for its whole timeout, on the admin desk's worker thread.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = silent.local_addr().unwrap().to_string();
    let desk = harness::start_with(Some("2468"), |config| {
        config.printer.backend = relais::config::BackendKind::EscposTcp;
        config.printer.address = address;
    });
    desk.long_press(6);
    desk.type_pin("2468");
    assert!(
        desk.shows("Administration du kiosque"),
        "{:?}",
        desk.texts()
    );

    // The printer's status answer is awaited 2 s: a tap that waited for it would take longer.
    let tapped = std::time::Instant::now();
    desk.tap("Imprimer un ticket de test");
    assert!(
        tapped.elapsed() < std::time::Duration::from_millis(1500),
        "the tap waited {:?} for the printer: the UI thread was blocked",
        tapped.elapsed()
    );
    assert!(desk.desk.borrow().is_busy(), "the test print is under way");
    assert!(
        desk.shows("Ticket de test envoyé à l'imprimante…"),
        "{:?}",
        desk.texts()
    );
    // The panel still answers: a second command is told to wait, and Close closes.
    desk.tap("Recharger le contenu");
    assert!(
        desk.shows("Attendez la fin de l'opération en cours."),
        "{:?}",
        desk.texts()
    );
    assert!(
        desk.desk.borrow().is_busy(),
        "the printer still has not answered"
    );
    desk.tap("Fermer");
    assert!(desk.desk.borrow().is_closed());
    assert!(!desk.shows("Administration du kiosque"));
    drop(silent);
}

#[test]
fn the_panel_says_when_the_printer_confirms_nothing() {
    // `status-check = false`: a TCP printer that is never asked for its paper status.
    let printer = relais::print::tcp::TcpPrinter::new(
        "127.0.0.1:9".into(),
        relais::print::escpos::Settings::default(),
        relais::print::tcp::Timeouts {
            status: None,
            ..relais::print::tcp::Timeouts::default()
        },
    );
    let desk = crate::harness::start_with_printer(Some("2468"), Some(Box::new(printer)));
    desk.long_press(6);
    desk.type_pin("2468");
    assert!(
        desk.texts()
            .iter()
            .any(|t| t.starts_with("Impression sans confirmation : ")),
        "{:?}",
        desk.texts()
    );

    // The spool folder confirms what it takes: nothing to say.
    let desk = start(Some("2468"));
    desk.long_press(6);
    desk.type_pin("2468");
    assert!(desk.shows("Administration du kiosque"));
    assert!(
        !desk
            .texts()
            .iter()
            .any(|t| t.starts_with("Impression sans confirmation")),
        "{:?}",
        desk.texts()
    );
}
