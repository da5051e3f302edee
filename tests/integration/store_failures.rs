//! The store when things go wrong: a damaged file, a full disk, a read-only database. In each
//! case the visitor still gets a ticket number, the kiosk keeps running, nothing committed is
//! lost, and the admin is told in plain words.
//!
//! How the trouble is made, honestly: the damaged files are real files with garbage written
//! over them; the full disk is SQLite's own SQLITE_FULL, reached through a size cap
//! (`Store::cap_size`, i.e. `PRAGMA max_page_count`), since tests run as root and a real full
//! file system cannot be made here; the read-only database is a real read-only SQLite
//! connection (`Store::open_read_only`), which is what SQLite falls back to on a file it may
//! not write (chmod would not stop root).

use std::path::Path;
use std::time::Instant;

use crate::common;

use chrono::NaiveDate;
use relais::app::Controller;
use relais::handoff::{Ending, Handoff, StopPoint};
use relais::session::Event;
use relais::store::{Store, StoreProblem};

/// The handoff of `visit` below: the tree sends the visitor to a person from the procedures.
fn short_handoff() -> Handoff {
    Handoff::build(
        &common::shipped_catalog(),
        "fr",
        None,
        &[],
        Ending::ToPerson {
            at: StopPoint::Procedures,
        },
    )
}

fn handoff() -> Handoff {
    Handoff::build(
        &common::shipped_catalog(),
        "fr",
        Some("cant-log-in"),
        &[("problem".to_string(), "no-email".to_string())],
        Ending::AskedForPerson {
            at: StopPoint::Node("phone".into()),
        },
    )
}

fn morning() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap()
}

/// A database with `n` handoffs, closed.
fn database_with_handoffs(path: &Path, n: usize) {
    let mut store = Store::open(path).unwrap();
    for _ in 0..n {
        store.commit_handoff(&handoff(), "Site", morning()).unwrap();
    }
}

/// One short visit that ends with a person (no questions), and the ticket it got.
fn visit(controller: &mut Controller) -> (String, bool) {
    let now = Instant::now();
    for event in [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::SomethingElse,
    ] {
        controller.dispatch(event, now);
    }
    let done = controller.last_handoff().expect("a handoff").clone();
    controller.dispatch(Event::Finish, now);
    (done.record.ticket, done.stored)
}

fn damaged_copies(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".damaged-"))
        .collect();
    found.sort();
    found
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_and_a_fresh_one_started() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let garbage = "this was never a database\n".repeat(400);
    std::fs::write(&path, &garbage).unwrap();

    let store = Store::open(&path).expect("the kiosk starts anyway");
    let recovery = store
        .recovery()
        .expect("the replacement is reported")
        .clone();
    assert!(
        recovery.reason.contains("not a database"),
        "{}",
        recovery.reason
    );
    assert_eq!(damaged_copies(dir.path()), vec![recovery.moved_to.clone()]);
    assert_eq!(
        std::fs::read_to_string(&recovery.moved_to).unwrap(),
        garbage,
        "the damaged file is kept as it was"
    );
    assert_eq!(store.handoff_count().unwrap(), 0);

    // The admin is told, and tickets carry on from 001 in the new file.
    let mut controller =
        common::controller_with_store(dir.path(), common::shipped_catalog(), Some(store));
    let notice = controller.admin_notice();
    assert!(
        notice.contains("La base de données était abîmée"),
        "{notice}"
    );
    assert!(notice.contains(".damaged-"), "{notice}");
    assert_eq!(visit(&mut controller), ("001".to_string(), true));
}

#[test]
fn a_database_with_damaged_pages_fails_its_check_and_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    database_with_handoffs(&path, 40);
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 4 * 4096, "several pages to damage");
    // Pages 2 and 3 (the tables' b-trees) overwritten, the header left intact: SQLite opens
    // the file happily and only the integrity check sees the damage.
    bytes[4096..3 * 4096].fill(0xA5);
    std::fs::write(&path, &bytes).unwrap();

    let store = Store::open(&path).unwrap();
    let recovery = store.recovery().expect("the damage is found at open");
    assert_eq!(std::fs::read(&recovery.moved_to).unwrap(), bytes);
    assert!(
        store
            .integrity_problems(relais::store::Check::Full)
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.handoff_count().unwrap(), 0);
    drop(store);

    // A sound database is never moved: opening again finds nothing to repair.
    let store = Store::open(&path).unwrap();
    assert!(store.recovery().is_none());
    assert_eq!(damaged_copies(dir.path()).len(), 1);
}

#[test]
fn a_full_disk_keeps_what_was_committed_and_the_visitor_still_gets_a_ticket() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let mut store = Store::open(&path).unwrap();
    store.cap_size(0).unwrap();
    // Filled with handoffs like the one the visit below makes, until not one more fits.
    let mut committed: i64 = 0;
    let now = chrono::Local::now().naive_local();
    let error = loop {
        match store.commit_handoff(&short_handoff(), "Site de test", now) {
            Ok(_) => committed += 1,
            Err(error) => break error,
        }
        assert!(committed < 1000, "the cap never filled up");
    };
    assert_eq!(error.problem(), StoreProblem::Full, "{error}");
    assert!(
        store
            .integrity_problems(relais::store::Check::Full)
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.handoff_count().unwrap(), committed);

    let mut controller =
        common::controller_with_store(dir.path(), common::shipped_catalog(), Some(store));
    assert_eq!(visit(&mut controller), ("901".to_string(), false));
    let notice = controller.admin_notice();
    assert!(notice.contains("Le disque est plein"), "{notice}");
    // The ticket was still printed (spooled), and the kiosk goes on. (The print queue also
    // prints today's handoffs of the full database, which were never printed.)
    assert!(common::spooled_ticket(dir.path(), "901").is_some());
    assert_eq!(visit(&mut controller), ("902".to_string(), false));
    assert!(common::spooled_ticket(dir.path(), "902").is_some());
    drop(controller);

    let store = Store::open(&path).unwrap();
    assert!(store.recovery().is_none());
    assert_eq!(
        store.handoff_count().unwrap(),
        committed,
        "nothing committed was lost"
    );
}

#[test]
fn a_read_only_database_gives_memory_tickets_and_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    database_with_handoffs(&path, 2);

    let store = Store::open_read_only(&path).unwrap();
    let mut controller =
        common::controller_with_store(dir.path(), common::shipped_catalog(), Some(store));
    assert_eq!(visit(&mut controller), ("901".to_string(), false));
    assert_eq!(visit(&mut controller), ("902".to_string(), false));
    let notice = controller.admin_notice();
    assert!(notice.contains("lecture seule"), "{notice}");
    for ticket in ["901", "902"] {
        assert!(
            common::spooled_ticket(dir.path(), ticket).is_some(),
            "ticket {ticket} printed"
        );
    }
    drop(controller);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.handoff_count().unwrap(), 2, "the file is as it was");
}

#[test]
fn no_database_at_all_still_gives_tickets_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be: SQLite cannot open it.
    let path = dir.path().join("relais.db");
    std::fs::create_dir(&path).unwrap();
    let error = Store::open(&path)
        .err()
        .expect("a folder is not a database");
    assert_eq!(error.problem(), StoreProblem::Unavailable, "{error}");
    assert!(
        damaged_copies(dir.path()).is_empty(),
        "nothing is moved for that"
    );

    let mut controller = common::controller_with_store(dir.path(), common::shipped_catalog(), None);
    controller.store_unavailable(&error);
    assert_eq!(visit(&mut controller), ("901".to_string(), false));
    let notice = controller.admin_notice();
    assert!(notice.contains("ne s'ouvre pas"), "{notice}");
    assert!(notice.contains("relais.db"), "{notice}");
}

#[test]
fn a_database_from_a_newer_relais_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    database_with_handoffs(&path, 1);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    for error in [
        Store::open(&path).err().expect("a newer schema is refused"),
        Store::open_read_only(&path).err().unwrap(),
    ] {
        assert!(
            error.to_string().contains("made by a newer relais"),
            "{error}"
        );
    }
    assert!(
        damaged_copies(dir.path()).is_empty(),
        "a newer file is not damaged"
    );

    // An older one is brought up to date by the kiosk, not by a reader.
    let older = dir.path().join("older.db");
    {
        let conn = rusqlite::Connection::open(&older).unwrap();
        conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 1;")
            .unwrap();
    }
    let error = Store::open_read_only(&older).err().unwrap();
    assert!(
        error.to_string().contains("start the kiosk once"),
        "{error}"
    );
}

#[test]
fn when_the_purge_frees_space_handoffs_are_kept_again_and_the_admin_is_told_which_were_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let mut store = Store::open(&path).unwrap();
    store.cap_size(0).unwrap();
    // Full of handoffs from 20 days ago: within the 30 days' retention, so the purge at start
    // leaves them.
    let today = chrono::Local::now().naive_local();
    let twenty_days_ago = today - chrono::Duration::days(20);
    while store
        .commit_handoff(&short_handoff(), "Site de test", twenty_days_ago)
        .is_ok()
    {}
    let mut controller =
        common::controller_with_store(dir.path(), common::shipped_catalog(), Some(store));
    assert_eq!(visit(&mut controller), ("901".to_string(), false));

    // Eleven days later those handoffs are 31 days old: the day's purge deletes them.
    controller.upkeep(today.date() + chrono::Duration::days(11));
    let (ticket, stored) = visit(&mut controller);
    assert!(stored, "ticket {ticket} is kept again");
    assert_eq!(ticket, "001", "the first kept handoff of the day");
    let notice = controller.admin_notice();
    assert!(
        notice.contains("écrit de nouveau") && notice.ends_with(": 901"),
        "{notice}"
    );
}
