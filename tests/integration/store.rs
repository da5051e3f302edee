//! The store on a real SQLite file: WAL, ticket numbers per day, print status, statistics.

use crate::common;

use chrono::NaiveDate;
use relais::handoff::{Ending, Handoff, StopPoint};
use relais::stats::{StatEvent, StatKind};
use relais::store::{PrintStatus, Store};

fn handoff() -> Handoff {
    let catalog = common::shipped_catalog();
    let answers = vec![("problem".to_string(), "no-email".to_string())];
    Handoff::build(
        &catalog,
        "fr",
        Some("cant-log-in"),
        &answers,
        Ending::AskedForPerson {
            at: StopPoint::Node("phone".into()),
        },
    )
}

fn at(day: u32, hour: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

#[test]
fn tickets_count_up_within_a_day_and_restart_the_next_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("nested/folder/relais.db")).unwrap();
    assert_eq!(store.journal_mode().unwrap(), "wal");
    let h = handoff();
    let tickets: Vec<String> = [at(23, 9), at(23, 10), at(23, 17), at(24, 8)]
        .into_iter()
        .map(|t| store.commit_handoff(&h, "Site", t).unwrap().ticket)
        .collect();
    assert_eq!(tickets, vec!["001", "002", "003", "001"]);
    assert_eq!(store.handoff_count().unwrap(), 4);
}

#[test]
fn a_committed_handoff_survives_reopening_with_its_print_status() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let day = at(23, 9);
    {
        let mut store = Store::open(&path).unwrap();
        let record = store.commit_handoff(&handoff(), "Site", day).unwrap();
        store
            .set_print_status(
                day.date(),
                &record.ticket,
                PrintStatus::Failed,
                Some("paper out"),
            )
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let stored = store
        .handoff(day.date(), "001")
        .unwrap()
        .expect("still there");
    assert_eq!(stored.print_status, PrintStatus::Failed);
    assert_eq!(stored.print_attempts, 1);
    assert_eq!(
        stored.record.handoff,
        handoff(),
        "the whole handoff reads back identical"
    );
    assert_eq!(stored.record.site, "Site");
    assert!(store.handoff(day.date(), "002").unwrap().is_none());
}

#[test]
fn events_are_counted_per_day_and_kind() {
    let mut store = Store::open_in_memory().unwrap();
    let day = at(23, 9).date();
    let event = StatEvent {
        kind: StatKind::TalkToPerson,
        language: Some("en".into()),
        procedure: Some("cant-log-in".into()),
        node: Some("phone".into()),
    };
    store.record(&event, day).unwrap();
    store.record(&event, day).unwrap();
    store
        .record(
            &StatEvent {
                kind: StatKind::VisitStarted,
                language: None,
                procedure: None,
                node: None,
            },
            day,
        )
        .unwrap();
    assert_eq!(store.event_count(day, "talk-to-person").unwrap(), 2);
    assert_eq!(store.event_count(day, "visit-started").unwrap(), 1);
    assert_eq!(
        store
            .event_count(at(24, 9).date(), "talk-to-person")
            .unwrap(),
        0
    );
}
