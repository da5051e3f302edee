//! Crash safety: a writer process is killed with SIGKILL at random moments while it commits
//! handoffs, hundreds of times; after each kill the database must pass `PRAGMA
//! integrity_check` and hold every handoff the writer reported as committed.
//!
//! The writer is this very test binary, run again on the `writer` test with an environment
//! variable naming its database (so no extra binary links Slint). It opens the store, then
//! loops: count a statistic, commit a handoff, print `committed <ticket>` once `commit_handoff`
//! has returned, record a print status. The parent kills it after a random delay, which lands
//! anywhere in that loop, in the opening (integrity check, WAL recovery, migrations) included.
//!
//! What this proves: SQLite's transactions and our order (a ticket is reported only after its
//! commit returned) never lose or half-write a committed handoff when the process dies. It
//! cannot prove durability across a power cut (the kernel still flushes a killed process's
//! writes): that rests on `synchronous = FULL` (see `store.rs`).
//!
//! `RELAIS_CRASH_ITERATIONS` sets the number of kills (default 300, about 20 s here);
//! `scripts/crash-test.sh N` runs more. `RELAIS_CRASH_SEED` replays a failing run.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use relais::handoff::{Ending, Handoff, StopPoint};
use relais::stats::{StatEvent, StatKind};
use relais::store::{PrintStatus, Store};

/// Set in the writer's environment: the database it writes to.
const WRITER_DATABASE: &str = "RELAIS_CRASH_WRITER_DATABASE";
const ITERATIONS: &str = "RELAIS_CRASH_ITERATIONS";
const SEED: &str = "RELAIS_CRASH_SEED";
const DEFAULT_ITERATIONS: usize = 300;
/// Kills per database file: the file grows over a batch (WAL recovery on a bigger file), and
/// a new batch keeps the integrity checks quick.
const KILLS_PER_DATABASE: usize = 50;
/// The longest delay before a kill, after the writer says it is starting.
const LONGEST_DELAY: Duration = Duration::from_millis(100);

fn the_day() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

/// A full-size handoff written by hand (`print::sample`): the writer starts without loading
/// the content, so more of the test's time goes to writing.
fn sample_handoff() -> Handoff {
    let ending = Ending::AskedForPerson {
        at: StopPoint::Node("phone".into()),
    };
    relais::print::sample::record("en", ending).handoff
}

/// The writer's loop: at most `limit` handoffs, or until killed. Every line it writes is
/// flushed at once, so the parent sees each report before the next write starts.
fn write_handoffs(path: &Path, limit: Option<usize>, out: &mut impl Write) {
    let handoff = sample_handoff();
    // On a line of its own: the test harness has already written "test writer ... " on this one.
    writeln!(out, "\nstarting").unwrap();
    out.flush().unwrap();
    let mut store = Store::open(path).expect("the writer's database opens");
    assert!(
        store.recovery().is_none(),
        "the database was found damaged at open"
    );
    let counted = StatEvent::bare(StatKind::VisitStarted);
    for _ in 0..limit.unwrap_or(usize::MAX) {
        store.record(&counted, the_day().date()).unwrap();
        let record = store.commit_handoff(&handoff, "Site", the_day()).unwrap();
        writeln!(out, "committed {}", record.ticket).unwrap();
        out.flush().unwrap();
        store
            .set_print_status(the_day().date(), &record.ticket, PrintStatus::Printed, None)
            .unwrap();
    }
}

/// The writer when this binary is run by `sigkill_at_random_moments_loses_no_committed_handoff`;
/// in a normal test run, a short run of the same loop, checked like a killed one.
#[test]
fn writer() {
    if let Some(path) = std::env::var_os(WRITER_DATABASE) {
        write_handoffs(Path::new(&path), None, &mut std::io::stdout().lock());
        unreachable!("the writer runs until it is killed");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let mut out = Vec::new();
    write_handoffs(&path, Some(25), &mut out);
    let reported = reported_tickets(&String::from_utf8(out).unwrap());
    assert_eq!(reported, (1..=25).collect::<Vec<i64>>());
    check_database(&path, &reported.into_iter().collect());
}

#[test]
fn sigkill_at_random_moments_loses_no_committed_handoff() {
    let iterations: usize = std::env::var(ITERATIONS)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_ITERATIONS);
    let seed: u64 = std::env::var(SEED)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    eprintln!("crash test: {iterations} kills, {SEED}={seed}");
    let mut rng = fastrand::Rng::with_seed(seed);
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut reported = BTreeSet::new();
    let mut total_reported = 0;
    let mut killed_before_any_commit = 0;
    for iteration in 0..iterations {
        let path = dir
            .path()
            .join(format!("relais-{}.db", iteration / KILLS_PER_DATABASE));
        if iteration % KILLS_PER_DATABASE == 0 {
            reported.clear();
        }
        let delay = Duration::from_micros(rng.u64(..LONGEST_DELAY.as_micros() as u64));
        let output = run_writer_and_kill(&path, delay);
        let new = reported_tickets(&output);
        if new.is_empty() {
            killed_before_any_commit += 1;
        }
        total_reported += new.len();
        reported.extend(new);
        check_database(&path, &reported);
        if iteration % 100 == 99 {
            eprintln!(
                "crash test: {} kills ({killed_before_any_commit} before any commit), \
                 {total_reported} handoffs reported committed, {:.0?}",
                iteration + 1,
                started.elapsed()
            );
        }
    }
    let damaged = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .to_string_lossy()
                .contains(".damaged-")
        })
        .count();
    assert_eq!(damaged, 0, "no database was ever found damaged");
    // The kills must land among the writes, not only in the opening. Here about 9 runs in 10
    // commit something before the kill (about 4 handoffs per run); a third leaves room for a
    // busy machine, where opening and fsync take longer.
    let runs_with_commits = iterations - killed_before_any_commit;
    assert!(
        runs_with_commits >= iterations / 3,
        "only {runs_with_commits} of {iterations} runs committed a handoff before the kill \
         ({total_reported} handoffs in all)"
    );
}

/// Starts the writer on `path`, waits until it says it is starting, waits `delay`, kills it
/// with SIGKILL, and returns everything it wrote.
fn run_writer_and_kill(path: &Path, delay: Duration) -> String {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "store_crash::writer",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(WRITER_DATABASE, path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the test binary runs again as the writer");
    let stdout = child.stdout.take().unwrap();
    let (lines_tx, lines_rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = lines_tx.send(line.clone());
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    let ready = Instant::now() + Duration::from_secs(20);
    loop {
        match lines_rx.recv_timeout(ready.saturating_duration_since(Instant::now())) {
            Ok(line) if line == "starting" => break,
            Ok(_) => continue,
            Err(_) => {
                let _ = child.kill();
                panic!("the writer did not start");
            }
        }
    }
    std::thread::sleep(delay);
    // Child::kill sends SIGKILL on Unix: no destructor, no flush, no SQLite close.
    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap()
}

fn reported_tickets(output: &str) -> Vec<i64> {
    output
        .lines()
        .filter_map(|line| line.strip_prefix("committed "))
        .map(|ticket| ticket.parse().unwrap())
        .collect()
}

/// The database is sound, holds every reported ticket, and its tickets run 1, 2, 3… with no
/// gap and no double (a rolled-back commit takes no number).
fn check_database(path: &Path, reported: &BTreeSet<i64>) {
    // A plain connection, not `Store::open`: that would move a damaged file aside and hide it.
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut check = conn.prepare("PRAGMA integrity_check").unwrap();
    let findings: Vec<String> = check
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(findings, vec!["ok"], "{}", path.display());
    // A writer killed while it created the file leaves no table yet (the migrations are one
    // transaction): then nothing may have been reported either.
    let created: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'handoff')",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let stored: Vec<i64> = if created {
        let mut select = conn
            .prepare("SELECT number FROM handoff WHERE day = ?1 ORDER BY number")
            .unwrap();
        select
            .query_map([the_day().date().to_string()], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    } else {
        Vec::new()
    };
    let expected: Vec<i64> = (1..=stored.len() as i64).collect();
    assert_eq!(stored, expected, "tickets run without gaps");
    let missing: Vec<&i64> = reported
        .iter()
        .filter(|t| stored.binary_search(t).is_err())
        .collect();
    assert!(
        missing.is_empty(),
        "tickets reported committed but not in the database: {missing:?}"
    );
}
