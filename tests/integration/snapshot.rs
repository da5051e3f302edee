//! The validated catalog snapshot (issue 19): the kiosk's start reads it instead of validating
//! the files again, and a snapshot that is damaged (cut short, a byte flipped) or older than the
//! files is never trusted: the catalog is rebuilt from the files, is the catalog a fresh load
//! gives, and the snapshot is written anew.

use crate::common;

use std::fmt::Write as _;
use std::fs;
use std::os::unix::fs::FileExt as _;
use std::path::Path;
use std::time::{Duration, SystemTime};

use relais::content::Catalog;
use relais::content::ids::DETAIL_ATTRIBUTE;
use relais::snapshot::{self, Verify};

/// Everything a screen can show of a catalog, as text: every procedure's tree and sources,
/// the shared lists, and in every language every message's text, detail and place.
fn describe(catalog: &Catalog) -> String {
    let mut out = String::new();
    for p in &catalog.procedures {
        writeln!(
            out,
            "{} {} {:?} {} {} {} {:?} {:?} {} {:?}",
            p.id,
            p.category,
            p.pictogram,
            p.owner,
            p.checked_on,
            p.review_every_days,
            p.unverified,
            p.sources,
            p.start,
            p.nodes()
        )
        .unwrap();
        for node in p.nodes() {
            assert!(
                p.node(&node.id).is_some(),
                "{}: node {} not found",
                p.id,
                node.id
            );
        }
    }
    writeln!(out, "{:?}", catalog.documents).unwrap();
    writeln!(out, "{:?}", catalog.glossary).unwrap();
    writeln!(out, "{:?}", catalog.languages).unwrap();
    writeln!(out, "{:?}", catalog.pictograms).unwrap();
    let mut languages: Vec<&str> = catalog.texts.languages().collect();
    languages.sort_unstable();
    for lang in languages {
        let sites = catalog.texts.sites(lang).unwrap();
        let mut ids: Vec<_> = sites.iter().collect();
        ids.sort_by_key(|(id, _)| *id);
        for (id, site) in ids {
            writeln!(
                out,
                "{lang} {id} {site:?} {:?} {:?}",
                catalog.texts.text(lang, id),
                catalog.texts.attribute_text(lang, id, DETAIL_ATTRIBUTE)
            )
            .unwrap();
        }
    }
    out
}

/// The catalog of `root` loaded from its files, as the loader always did.
fn fresh(root: &Path) -> String {
    let (catalog, diagnostics) = relais::loader::load(root, None);
    let catalog = catalog.unwrap_or_else(|| panic!("the content does not load: {diagnostics:?}"));
    describe(&catalog)
}

/// Loads as the kiosk does; returns the catalog's description and why it was rebuilt, if it was.
fn kiosk_load(root: &Path, snapshot: &Path, verify: Verify) -> (String, Option<String>) {
    let loaded = snapshot::load(root, None, None, snapshot, verify);
    assert_eq!(loaded.write_error, None);
    let catalog = loaded.catalog.expect("the content loads");
    (describe(&catalog), loaded.rebuilt)
}

/// A copy of the shipped content whose files were all modified an hour ago, so that the quick
/// check trusts their sizes and times; and a snapshot path beside it.
fn content() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    set_times(dir.path(), SystemTime::now() - Duration::from_secs(3600));
    let snapshot = dir.path().join("var/catalog.snapshot");
    (dir, snapshot)
}

fn set_times(dir: &Path, time: SystemTime) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            set_times(&path, time);
        } else {
            fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(time)
                .unwrap();
        }
    }
}

/// Writes the snapshot, and checks that the next load uses it and gives the same catalog.
fn written_and_reused(root: &Path, snapshot: &Path) -> String {
    let expected = fresh(root);
    let (first, why) = kiosk_load(root, snapshot, Verify::Quick);
    assert!(why.is_some(), "the first load has no snapshot to read");
    assert_eq!(first, expected);
    let (again, why) = kiosk_load(root, snapshot, Verify::Quick);
    assert_eq!(why, None, "the snapshot just written is used");
    assert_eq!(
        again, expected,
        "the snapshot gives the catalog a fresh load gives"
    );
    expected
}

/// After damage, the kiosk's load rebuilds, gives the fresh catalog and a snapshot that the
/// next load uses again.
fn rebuilt_after_damage(root: &Path, snapshot: &Path, expected: &str, what: &str) {
    let (catalog, why) = kiosk_load(root, snapshot, Verify::Quick);
    assert!(why.is_some(), "{what}: the damaged snapshot was trusted");
    assert_eq!(catalog, expected, "{what}: the rebuilt catalog differs");
    let (catalog, why) = kiosk_load(root, snapshot, Verify::Quick);
    assert_eq!(why, None, "{what}: the rebuilt snapshot is not used");
    assert_eq!(catalog, expected);
}

#[test]
fn the_snapshot_gives_the_catalog_a_full_load_gives() {
    let (dir, snapshot) = content();
    written_and_reused(dir.path(), &snapshot);
    // `relais check` reads every file before it trusts the snapshot; they have not changed.
    let (_, why) = kiosk_load(dir.path(), &snapshot, Verify::Full);
    assert_eq!(why, None);
}

#[test]
fn a_truncated_snapshot_is_rebuilt() {
    let (dir, snapshot) = content();
    let expected = written_and_reused(dir.path(), &snapshot);
    let bytes = fs::read(&snapshot).unwrap();
    for keep in [bytes.len() - 1, bytes.len() / 2, 40, 0] {
        fs::write(&snapshot, &bytes[..keep]).unwrap();
        rebuilt_after_damage(
            dir.path(),
            &snapshot,
            &expected,
            &format!("cut to {keep} bytes"),
        );
    }
}

#[test]
fn a_flipped_byte_is_rebuilt() {
    let (dir, snapshot) = content();
    let expected = written_and_reused(dir.path(), &snapshot);
    let bytes = fs::read(&snapshot).unwrap();
    // In the magic line, in the header (the first file's size), in the middle of the catalog's
    // texts, and in its very last byte.
    for at in [3, 60, bytes.len() / 2, bytes.len() - 1] {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x20;
        fs::write(&snapshot, &damaged).unwrap();
        rebuilt_after_damage(
            dir.path(),
            &snapshot,
            &expected,
            &format!("byte {at} flipped"),
        );
    }
}

/// Replaces `from` by `to` (as long) in `path`: the file's size stays the same.
fn edit_same_size(path: &Path, from: &str, to: &str) {
    assert_eq!(from.len(), to.len());
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_file_changed_after_the_snapshot_is_read_again() {
    let (dir, snapshot) = content();
    let root = dir.path();
    let before = written_and_reused(root, &snapshot);

    // Changed at once, same size: its time may equal the one recorded (file system clocks are
    // coarse), so only its content can tell.
    let texts = root.join("locales/fr/cant-log-in.ftl");
    edit_same_size(&texts, "Vous", "VOUS");
    let expected = fresh(root);
    assert_ne!(expected, before, "the edit shows in a fresh load");
    rebuilt_after_damage(root, &snapshot, &expected, "a text edited");

    // Touched but not changed: compared by content, and still used.
    set_times(root, SystemTime::now() - Duration::from_secs(3600));
    let (catalog, why) = kiosk_load(root, &snapshot, Verify::Quick);
    assert_eq!(
        why, None,
        "a file touched but unchanged made the snapshot useless"
    );
    assert_eq!(catalog, expected);

    // Changed, then its time set back to the one recorded: the quick check cannot see it (as
    // `make` cannot), the full check of `relais check` does.
    fs::remove_file(&snapshot).unwrap();
    written_and_reused(root, &snapshot);
    let stamped = fs::metadata(&texts).unwrap().modified().unwrap();
    edit_same_size(&texts, "VOUS", "Vous");
    fs::File::options()
        .write(true)
        .open(&texts)
        .unwrap()
        .set_modified(stamped)
        .unwrap();
    let (catalog, why) = kiosk_load(root, &snapshot, Verify::Full);
    assert!(why.is_some(), "relais check trusted a changed file");
    assert_eq!(catalog, before);

    // A file added is seen by the quick check.
    fs::copy(
        root.join("content/cant-log-in.toml"),
        root.join("content/copy.toml"),
    )
    .unwrap();
    let loaded = snapshot::load(root, None, None, &snapshot, Verify::Quick);
    assert!(loaded.rebuilt.is_some(), "a new file was not noticed");
}

/// What a visitor and an agent can be shown of `catalog`, as text: every procedure's head and
/// tree, and in every language the text and detail of every message `reference` (a catalog
/// loaded whole from the files) defines. Works on a kiosk's lazy catalog, which cannot list
/// its messages itself.
fn seen(catalog: &Catalog, reference: &Catalog) -> String {
    let mut out = String::new();
    for p in &catalog.procedures {
        writeln!(
            out,
            "{} {} {:?} {} {:?} {} {:?}",
            p.id,
            p.category,
            p.pictogram,
            p.checked_on,
            p.sources,
            p.start,
            p.nodes()
        )
        .unwrap();
    }
    let mut languages: Vec<&str> = reference.texts.languages().collect();
    languages.sort_unstable();
    for lang in languages {
        let mut ids: Vec<&str> = reference
            .texts
            .sites(lang)
            .unwrap()
            .iter()
            .map(|(id, _)| id)
            .collect();
        ids.sort_unstable();
        for id in ids {
            writeln!(
                out,
                "{lang} {id} {:?} {:?} {}",
                catalog.texts.text(lang, id),
                catalog.texts.attribute_text(lang, id, DETAIL_ATTRIBUTE),
                catalog.texts.is_fixed(lang, id)
            )
            .unwrap();
        }
    }
    out
}

/// Starts as the kiosk starts, then runs the background check as its content watcher does and,
/// if the check fails, validates the files again as the watcher does. Returns what the kiosk
/// then shows, and whether it had to validate the files.
fn kiosk_sees(root: &Path, snapshot: &Path, reference: &Catalog) -> (String, bool) {
    let suspicion = snapshot::Suspicion::new();
    let started = snapshot::load_for_kiosk(root, None, None, snapshot, &suspicion);
    let mut rebuilt = started.loaded.rebuilt.is_some();
    let mut catalog = started.loaded.catalog.expect("the content loads");
    if let Some(confirm) = started.confirm
        && confirm.run().is_err()
    {
        rebuilt = true;
        let (again, _, write_error) =
            snapshot::rebuild_for_kiosk(root, None, None, snapshot, &suspicion);
        assert_eq!(write_error, None);
        catalog = again.expect("the content loads");
    }
    (seen(&catalog, reference), rebuilt)
}

fn loaded_whole(root: &Path) -> Catalog {
    relais::loader::load(root, None)
        .0
        .expect("the content loads")
}

#[test]
fn the_kiosk_reads_a_procedure_only_when_it_is_opened_and_shows_what_a_full_load_shows() {
    let (dir, snapshot) = content();
    let root = dir.path();
    written_and_reused(root, &snapshot);
    let reference = loaded_whole(root);

    let suspicion = snapshot::Suspicion::new();
    let started = snapshot::load_for_kiosk(root, None, None, &snapshot, &suspicion);
    assert_eq!(started.loaded.rebuilt, None, "the snapshot was not used");
    let catalog = started.loaded.catalog.expect("the content loads");
    // The first screens: every procedure's name in every language, without reading a tree.
    for p in &catalog.procedures {
        for lang in ["fr", "en", "ar", "uk"] {
            assert_eq!(
                catalog.texts.text(lang, &p.id),
                reference.texts.text(lang, &p.id)
            );
        }
    }
    assert!(
        catalog.procedures.iter().all(|p| !p.tree_is_read()),
        "a tree was read before any procedure was opened"
    );
    // One procedure opened: its tree and its texts, and no other.
    let opened = &catalog.procedures[1];
    let start = opened.node(&opened.start).expect("its first screen");
    let question = format!("{}--{}", opened.id, start.id);
    assert_eq!(
        catalog.texts.text("ar", &question),
        reference.texts.text("ar", &question)
    );
    let read: Vec<&str> = catalog
        .procedures
        .iter()
        .filter(|p| p.tree_is_read())
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(read, [opened.id.as_str()]);

    // Everything else, on demand, is what a full load gives; and the background check passes.
    assert_eq!(seen(&catalog, &reference), seen(&reference, &reference));
    started
        .confirm
        .expect("a check to run after the first frame")
        .run()
        .expect("the snapshot matches its files");
    assert!(!suspicion.take(), "nothing was found damaged");
}

#[test]
fn the_kiosk_rebuilds_a_damaged_or_outdated_snapshot_and_shows_the_same_screens() {
    let (dir, snapshot) = content();
    let root = dir.path();
    written_and_reused(root, &snapshot);
    let reference = loaded_whole(root);
    let expected = seen(&reference, &reference);
    let (shown, rebuilt) = kiosk_sees(root, &snapshot, &reference);
    assert!(!rebuilt);
    assert_eq!(shown, expected);

    let bytes = fs::read(&snapshot).unwrap();
    let mut damages: Vec<(String, Vec<u8>)> = Vec::new();
    for keep in [bytes.len() - 1, bytes.len() / 2, 40, 0] {
        damages.push((format!("cut to {keep} bytes"), bytes[..keep].to_vec()));
    }
    // A byte in the magic line, in the front part, in the middle, in a procedure's texts (its
    // first question in French, which only that procedure's part holds), in the footer.
    let p = &reference.procedures[2];
    let question = reference
        .texts
        .text("fr", &format!("{}--{}", p.id, p.start))
        .into_owned();
    let in_a_procedure = bytes
        .windows(question.len())
        .position(|w| w == question.as_bytes())
        .expect("the question's text is in the snapshot");
    for at in [3, 60, bytes.len() / 2, in_a_procedure + 2, bytes.len() - 1] {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x20;
        damages.push((format!("byte {at} flipped"), damaged));
    }
    for (what, damaged) in damages {
        fs::write(&snapshot, &damaged).unwrap();
        let (shown, rebuilt) = kiosk_sees(root, &snapshot, &reference);
        assert!(rebuilt, "{what}: the damaged snapshot was trusted");
        assert_eq!(shown, expected, "{what}: the kiosk shows other screens");
        let (shown, rebuilt) = kiosk_sees(root, &snapshot, &reference);
        assert!(!rebuilt, "{what}: the rebuilt snapshot is not used");
        assert_eq!(shown, expected, "{what}");
    }

    // A procedure's file edited after the snapshot (same size, at once): the front matches, the
    // background check does not.
    edit_same_size(
        &root.join(format!("locales/fr/{}.ftl", p.id)),
        &question[..question.char_indices().nth(4).unwrap().0],
        &question[..question.char_indices().nth(4).unwrap().0].to_uppercase(),
    );
    let edited = loaded_whole(root);
    let (shown, rebuilt) = kiosk_sees(root, &snapshot, &edited);
    assert!(rebuilt, "an edited procedure file was trusted");
    assert_eq!(shown, seen(&edited, &edited));
    assert_ne!(shown, expected, "the edit shows");
}

#[test]
fn a_procedure_found_damaged_when_opened_sends_the_visitor_to_a_person_and_raises_the_alarm() {
    use relais::session::{Effect, Event, Session, SessionConfig};
    use std::time::Instant;

    let (dir, snapshot) = content();
    let root = dir.path();
    written_and_reused(root, &snapshot);
    let reference = loaded_whole(root);
    let p = &reference.procedures[0];
    let question = reference
        .texts
        .text("fr", &format!("{}--{}", p.id, p.start))
        .into_owned();
    let suspicion = snapshot::Suspicion::new();
    let started = snapshot::load_for_kiosk(root, None, None, &snapshot, &suspicion);
    let catalog = started.loaded.catalog.expect("the content loads");
    // Damaged after the start, before a visitor opens it (the kiosk keeps the file open).
    let mut bytes = fs::read(&snapshot).unwrap();
    let at = bytes
        .windows(question.len())
        .position(|w| w == question.as_bytes())
        .unwrap();
    bytes[at] ^= 0x20;
    fs::OpenOptions::new()
        .write(true)
        .open(&snapshot)
        .unwrap()
        .write_all_at(&bytes[at..at + 1], at as u64)
        .unwrap();

    let mut session = Session::new(SessionConfig::default());
    let now = Instant::now();
    session.handle(&catalog, Event::Touch, now);
    session.handle(&catalog, Event::ChooseLanguage("fr".into()), now);
    let effects = session.handle(&catalog, Event::ChooseProcedure(p.id.clone()), now);
    assert!(
        effects.iter().any(|e| matches!(e, Effect::Commit(_))),
        "the visitor is not handed to a person: {effects:?}"
    );
    assert!(suspicion.take(), "the damage raised no alarm");
    assert!(
        started.confirm.unwrap().run().is_err(),
        "the background check misses it"
    );

    // The content watcher hears the alarm and gives the kiosk the catalog from the files.
    suspicion.raise();
    let mut watcher = relais::reload::ContentWatcher::new(root, None)
        .with_snapshot(snapshot.clone())
        .with_suspicion(suspicion.clone());
    match watcher.poll() {
        Some(relais::reload::ReloadOutcome::Loaded(again)) => {
            assert_eq!(seen(&again, &reference), seen(&reference, &reference));
        }
        _ => panic!("the watcher did not validate the content again"),
    }
}
