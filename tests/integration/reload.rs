//! Safe reload: a valid content change is taken at the next visit, never during one; an invalid
//! change is refused and the last good content stays.

use crate::common;

use std::path::Path;
use std::time::Instant;

use relais::app::{Controller, Services};
use relais::audio::NullSpeaker;
use relais::reload::{ContentWatcher, ReloadOutcome};
use relais::session::{Event, SessionConfig};

fn question_text(controller: &Controller) -> String {
    let catalog = controller.catalog();
    catalog.texts.get("fr", "cant-log-in--problem")
}

/// Rewrites a file so that its size changes too (some file systems keep whole-second times).
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from));
    std::fs::write(path, text.replace(from, to)).unwrap();
}

#[test]
fn a_valid_change_waits_for_the_next_visit_and_an_invalid_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    let (catalog, _) = relais::loader::load(dir.path(), None);
    let services = Services {
        store: None,
        printer: None,
        speaker: Box::new(NullSpeaker),
        root: dir.path().to_path_buf(),
        site: "Test".into(),
    };
    let mut controller = Controller::new(
        std::sync::Arc::new(catalog.unwrap()),
        SessionConfig::default(),
        services,
    );
    let mut watcher = ContentWatcher::new(dir.path(), None);
    let now = Instant::now();
    assert!(watcher.poll().is_none(), "nothing changed yet");

    // A visitor is on the first question when an editor saves a better wording.
    for event in [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::ChooseProcedure("cant-log-in".into()),
    ] {
        controller.dispatch(event, now);
    }
    edit(
        &dir.path().join("locales/fr/cant-log-in.ftl"),
        "Quel est votre problème ?",
        "Quel est votre souci pour vous connecter ?",
    );
    match watcher.poll() {
        Some(ReloadOutcome::Loaded(catalog)) => controller.offer_catalog(catalog, now),
        _ => panic!("the valid change loads"),
    }
    assert!(controller.has_pending_catalog());
    assert_eq!(
        question_text(&controller),
        "Quel est votre problème ?",
        "never mid-visit"
    );
    controller.dispatch(Event::Answer("no-email".into()), now);
    assert_eq!(question_text(&controller), "Quel est votre problème ?");

    // "Start over" begins a new visit at once: still the old wording.
    controller.dispatch(Event::StartOver, now);
    assert!(controller.session().visit().is_some());
    assert_eq!(question_text(&controller), "Quel est votre problème ?");
    // Back from the language screen ends that visit: now nobody is using the kiosk.
    controller.dispatch(Event::Back, now);
    assert!(controller.session().visit().is_none());
    assert!(!controller.has_pending_catalog());
    assert_eq!(
        question_text(&controller),
        "Quel est votre souci pour vous connecter ?"
    );

    // A broken change is refused with its problems; the kiosk keeps the last good content.
    edit(
        &dir.path().join("content/cant-log-in.toml"),
        "next = \"which-site\"",
        "next = \"wich-site\"",
    );
    match watcher.poll() {
        Some(ReloadOutcome::Refused(problems)) => controller.refuse_content(problems),
        _ => panic!("the broken change is refused"),
    }
    assert!(
        controller.refused_content()[0]
            .to_string()
            .contains("`next` names node `wich-site`")
    );
    let notice = controller.refused_content_notice();
    assert!(notice.starts_with("Contenu modifié refusé"), "{notice}");
    assert!(
        notice.contains("content/cant-log-in.toml:"),
        "the staff see where to look: {notice}"
    );
    assert_eq!(
        question_text(&controller),
        "Quel est votre souci pour vous connecter ?"
    );
    controller.dispatch(Event::Touch, now);
    controller.dispatch(Event::ChooseLanguage("fr".into()), now);
    controller.dispatch(Event::ChooseProcedure("cant-log-in".into()), now);
    controller.dispatch(Event::Answer("lost-password".into()), now);
    assert_eq!(
        controller.session().screen(),
        relais::session::Screen::Node("which-site".into()),
        "the old tree still works"
    );
}

/// The kiosk's watcher, on its own thread: it first checks the snapshot the kiosk started from
/// (here outdated by an edit made after it) and sends the content validated again, then sends
/// each later change; the window's thread only receives.
#[test]
fn the_watcher_thread_checks_the_starting_snapshot_then_sends_each_change() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    common::copy_content(&root);
    let snapshot = root.join("var/catalog.snapshot");
    let suspicion = relais::snapshot::Suspicion::new();
    relais::snapshot::load_for_kiosk(&root, None, None, &snapshot, &suspicion);
    let started = relais::snapshot::load_for_kiosk(&root, None, None, &snapshot, &suspicion);
    assert_eq!(
        started.loaded.rebuilt, None,
        "the kiosk starts from its snapshot"
    );
    // Edited between the snapshot and the start: only the procedure's own file, which the
    // kiosk checks after its first frame.
    edit(
        &root.join("locales/fr/cant-log-in.ftl"),
        "Quel est votre problème ?",
        "Quel est votre souci pour vous connecter ?",
    );
    let watching = root.clone();
    let (places, with_snapshot) = (None, snapshot.clone());
    let received = ContentWatcher::spawn(
        move || {
            ContentWatcher::new(&watching, None)
                .with_site_places(places)
                .with_snapshot(with_snapshot)
                .with_suspicion(suspicion)
        },
        std::time::Duration::from_millis(100),
        started.confirm,
    )
    .unwrap();
    let wait = std::time::Duration::from_secs(60);
    match received.recv_timeout(wait) {
        Ok(ReloadOutcome::Loaded(catalog)) => assert_eq!(
            catalog.texts.get("fr", "cant-log-in--problem"),
            "Quel est votre souci pour vous connecter ?"
        ),
        _ => panic!("the outdated snapshot was not replaced"),
    }
    edit(
        &root.join("locales/fr/cant-log-in.ftl"),
        "Quel est votre souci pour vous connecter ?",
        "Quel est votre problème de connexion ?",
    );
    match received.recv_timeout(wait) {
        Ok(ReloadOutcome::Loaded(catalog)) => assert_eq!(
            catalog.texts.get("fr", "cant-log-in--problem"),
            "Quel est votre problème de connexion ?"
        ),
        _ => panic!("a later change was not sent"),
    }
}
