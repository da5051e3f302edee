//! The admin screen through the real Slint UI (testing backend, mock time): the hidden long
//! press opens the PIN pad, a wrong PIN is refused and counted, the right one opens the panel,
//! the printer test prints, the content reloads from the disk, and the update button (on a
//! site with a content repository) takes, or refuses, the network's release. Never during a visit.

use crate::common;
use crate::common::content_repo;

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

const UPDATE: &str = "Chercher une nouvelle version du contenu sur le réseau";

/// The one text on screen that starts with `start`, or a failure listing them all.
fn text_starting(desk: &harness::Kiosk, start: &str) -> String {
    let texts = desk.texts();
    texts
        .iter()
        .find(|t| t.starts_with(start))
        .unwrap_or_else(|| panic!("no text starting `{start}` on screen: {texts:?}"))
        .clone()
}

#[test]
fn the_update_button_looks_on_the_network_and_reload_only_reads_the_disk() {
    // A site without a content repository has no such button.
    let plain = start(Some("2468"));
    plain.long_press(6);
    plain.type_pin("2468");
    assert!(plain.shows("Administration du kiosque"));
    assert!(
        !plain.buttons().iter().any(|b| b == UPDATE),
        "{:?}",
        plain.buttons()
    );

    // The network publishes v1, signed by a key the site trusts.
    let dir = tempfile::tempdir().unwrap();
    let network = content_repo::Network::new(dir.path());
    let trusted = content_repo::ssh_key(dir.path(), "trusted");
    let signers = dir.path().join("allowed_signers");
    content_repo::allowed_signers(&signers, &trusted);
    network.editor.tag("v1", Some(&trusted));
    let kiosk_root = dir.path().join("kiosk");
    let current = || {
        std::fs::read_link(kiosk_root.join("current"))
            .ok()
            .map(|target| target.file_name().unwrap().to_string_lossy().into_owned())
    };
    let desk = harness::start_with(Some("2468"), |config| {
        config.content.repository = Some(network.remote.display().to_string());
        config.content.allowed_signers = signers.clone();
        config.content.kiosk_root = kiosk_root.clone();
        config.kiosk.languages = Some(vec!["fr".to_string()]);
    });
    desk.long_press(6);
    desk.type_pin("2468");

    // « Recharger » reads the files on disk and nothing else: no release is fetched.
    desk.tap("Recharger le contenu");
    desk.finish_admin_command();
    text_starting(&desk, "Contenu rechargé : ");
    assert_eq!(current(), None, "the reload fetched from the network");

    // The update runs on the desk's worker thread; the screen says it is under way.
    desk.tap(UPDATE);
    assert!(
        desk.desk.borrow().is_busy(),
        "the update runs off the UI thread"
    );
    text_starting(&desk, "Recherche d'une nouvelle version sur le réseau…");
    desk.finish_admin_command_within(std::time::Duration::from_secs(180));
    let taken = text_starting(&desk, "Nouvelle version du contenu prise : ");
    assert!(taken.contains("v1"), "{taken}");
    assert_eq!(current().as_deref(), Some("v1"));

    // Nothing newer: said so.
    desk.tap(UPDATE);
    desk.finish_admin_command_within(std::time::Duration::from_secs(180));
    let latest = text_starting(&desk, "Pas de nouvelle version : ");
    assert!(latest.contains("v1"), "{latest}");

    // An unsigned tag is refused, with the reason, and v1 stays in use.
    network
        .editor
        .write("locales/fr/extra.ftl", "extra = Un texte.\n");
    network.editor.commit("unsigned");
    network.editor.tag("v2", None);
    desk.tap(UPDATE);
    desk.finish_admin_command_within(std::time::Duration::from_secs(180));
    let refused = text_starting(
        &desk,
        "Nouvelle version refusée, le kiosque garde son contenu actuel : ",
    );
    assert!(
        refused.contains("tag v2 refused: it is not signed"),
        "{refused}"
    );
    assert_eq!(current().as_deref(), Some("v1"));

    // The repository out of reach: said, and v1 stays.
    std::fs::rename(&network.remote, dir.path().join("moved.git")).unwrap();
    desk.tap(UPDATE);
    desk.finish_admin_command_within(std::time::Duration::from_secs(180));
    let failed = text_starting(
        &desk,
        "Recherche impossible, le kiosque garde son contenu actuel : ",
    );
    assert!(failed.contains("cannot be fetched"), "{failed}");
    assert_eq!(current().as_deref(), Some("v1"));
}
