//! The store on a real SQLite file: WAL, ticket numbers per day, print status, daily counts,
//! and the retention purge that deletes old handoffs and keeps the counts.

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

fn date(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap()
}

fn event(kind: StatKind, procedure: Option<&str>, node: Option<&str>) -> StatEvent {
    StatEvent {
        kind,
        language: Some("uk".into()),
        procedure: procedure.map(String::from),
        node: node.map(String::from),
    }
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
    // The seconds are not kept: the time is stored as printed, to the minute.
    let late = at(23, 18) + chrono::Duration::seconds(47);
    let record = store.commit_handoff(&h, "Site", late).unwrap();
    assert_eq!(record.created_at, at(23, 18));
    assert_eq!(store.handoff_count().unwrap(), 5);
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

#[test]
fn each_event_keeps_only_what_its_figure_needs() {
    let mut store = Store::open_in_memory().unwrap();
    let day = date(11, 23);
    let stopped = event(StatKind::Abandoned, Some("rsa"), Some("address"));
    store.record(&stopped, day).unwrap();
    store.record(&stopped, day).unwrap();
    store
        .record(&event(StatKind::LanguageChosen, Some("rsa"), None), day)
        .unwrap();
    let counts = store.daily_counts(day, day).unwrap();
    let kept: Vec<String> = counts
        .iter()
        .map(|c| {
            format!(
                "{} {:?} {:?} {:?} {}",
                c.kind.as_str(),
                c.language,
                c.procedure,
                c.node,
                c.count
            )
        })
        .collect();
    assert_eq!(
        kept,
        vec![
            r#"abandoned None Some("rsa") Some("address") 2"#,
            r#"language-chosen Some("uk") None None 1"#,
        ],
        "the language is kept apart from where visitors stop, and events are counts"
    );
}

#[test]
fn the_purge_deletes_old_handoffs_and_keeps_the_daily_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.retention_days(), 30, "the default");
    let h = handoff();
    let old = date(10, 23).and_hms_opt(9, 0, 0).unwrap();
    let kept = date(10, 24).and_hms_opt(9, 0, 0).unwrap();
    let today = date(11, 23).and_hms_opt(9, 0, 0).unwrap();
    // A mark only the old handoff carries, to look for in the file's bytes after the purge.
    store
        .commit_handoff(&h, "MARK-OF-THE-OLD-HANDOFF", old)
        .unwrap();
    store.commit_handoff(&h, "Site", kept).unwrap();
    store.commit_handoff(&h, "Site", today).unwrap();
    for day in [old, kept, today] {
        store
            .record(&event(StatKind::VisitStarted, None, None), day.date())
            .unwrap();
        store
            .record(
                &event(StatKind::IdleWipe, Some("cant-log-in"), Some("phone")),
                day.date(),
            )
            .unwrap();
    }

    let purged = store.purge(today.date()).unwrap();
    assert_eq!(purged.handoffs, 1);
    assert_eq!(
        purged.kept_from,
        date(10, 24),
        "30 days before the 23rd of November"
    );
    assert!(store.handoff(old.date(), "001").unwrap().is_none());
    assert!(store.handoff(kept.date(), "001").unwrap().is_some());
    assert!(store.handoff(today.date(), "001").unwrap().is_some());

    // The figures of the purged day are all still there.
    let report = relais::figures::report(&store, old.date(), today.date()).unwrap();
    assert_eq!(report.days.len(), 32);
    assert_eq!(report.days[0].visits, 1);
    assert_eq!(report.days[0].idle_wipes, 1);
    assert_eq!(report.totals().visits, 3);
    assert_eq!(report.nodes[0].idle_wipes, 3);

    // Once a day: a second call on the same day does nothing, the next day purges again.
    assert!(store.purge_if_due(today.date()).is_some());
    assert!(store.purge_if_due(today.date()).is_none());
    store.set_retention_days(1);
    let next_day = store.purge_if_due(date(11, 24)).unwrap().unwrap();
    assert_eq!(
        next_day.handoffs, 1,
        "the 24th of October goes, the 23rd of November stays"
    );
    assert_eq!(store.handoff_count().unwrap(), 1);
    drop(store);

    // Nothing of the deleted handoff is left in the file or its journal.
    for file in ["relais.db", "relais.db-wal"] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
        let mark = b"MARK-OF-THE-OLD-HANDOFF";
        assert!(
            !bytes.windows(mark.len()).any(|w| w == mark),
            "{file} still holds the purged handoff"
        );
    }
}

#[test]
fn the_configured_retention_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let config = relais::config::StoreConfig {
        path: dir.path().join("relais.db"),
        retention_days: 90,
    };
    let mut store = Store::open_configured(&config).unwrap();
    assert_eq!(store.retention_days(), 90);
    store
        .commit_handoff(
            &handoff(),
            "Site",
            date(8, 25).and_hms_opt(9, 0, 0).unwrap(),
        )
        .unwrap();
    assert_eq!(
        store.purge(date(11, 22)).unwrap().handoffs,
        0,
        "89 days old"
    );
    assert_eq!(
        store.purge(date(11, 23)).unwrap().handoffs,
        0,
        "90 days old"
    );
    assert_eq!(
        store.purge(date(11, 24)).unwrap().handoffs,
        1,
        "91 days old"
    );
}

#[test]
fn relais_check_refuses_a_retention_that_would_lose_handoffs() {
    let parse = |text: &str| {
        let (config, diagnostics) = relais::config::Config::parse("relais.toml", text);
        let first = diagnostics
            .first()
            .map(|d| d.to_string().lines().next().unwrap().to_string());
        (config.store.retention_days, first)
    };
    assert_eq!(parse("[store]\nretention-days = 7\n"), (7, None));
    assert_eq!(
        parse("[store]\nretention-days = 0\n").1.as_deref(),
        Some(
            "relais.toml:2:18: error: a retention of 0 days would delete handoffs before the agent reads them"
        )
    );
    let negative = parse("[store]\nretention-days = -3\n").1.unwrap();
    assert!(
        negative.starts_with("relais.toml:2:18: error:"),
        "{negative}"
    );
    let misspelt = parse("[store]\nretention = 30\n").1.unwrap();
    assert!(misspelt.contains("unknown field `retention`"), "{misspelt}");
}
