//! The figures end to end: visits driven through the `Controller` are counted as the issue
//! lists them (visit started, language, procedure, node reached, outcome, talk to a person with
//! its node, abandoned and idle with their node, print result), then read back as a report,
//! as `relais stats` tables and CSV, and as a chart.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::cli::relais;
use crate::common;

use chrono::NaiveDate;
use relais::app::Controller;
use relais::print::spool::SpoolPrinter;
use relais::session::{Event, SessionConfig};
use relais::stats::report::{NodeFigures, Report};
use relais::stats::{StatEvent, StatKind};
use relais::store::Store;

/// Sends events at `now`, then returns `now`.
/// Feeds events; after a commit, waits for the print queue's answer (printing runs on its own
/// thread) so that the print is counted before the next event.
fn send(controller: &mut Controller, now: Instant, events: &[Event]) -> Instant {
    for event in events {
        controller.dispatch(event.clone(), now);
        if controller
            .last_handoff()
            .is_some_and(|h| h.printed.is_none())
        {
            controller.wait_for_print(Duration::from_secs(10), now);
        }
    }
    now
}

/// Lets the idle warning and its countdown run out (default timings: 60 s, then 30 s).
fn wait_out(controller: &mut Controller, now: Instant) -> Instant {
    let warned = now + Duration::from_secs(61);
    controller.dispatch(Event::Tick, warned);
    let wiped = warned + Duration::from_secs(31);
    controller.dispatch(Event::Tick, wiped);
    wiped
}

fn node<'a>(report: &'a Report, id: &str) -> &'a NodeFigures {
    report
        .nodes
        .iter()
        .find(|n| n.procedure == "cant-log-in" && n.node == id)
        .unwrap_or_else(|| panic!("no figures for node {id}: {:?}", report.nodes))
}

#[test]
fn every_kind_of_visit_is_counted_where_it_happened() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = common::controller(dir.path(), common::shipped_catalog());
    let choose = |lang: &str| {
        vec![
            Event::ChooseLanguage(lang.into()),
            Event::ChooseProcedure("cant-log-in".into()),
        ]
    };
    let answer = |id: &str| Event::Answer(id.into());
    let now = Instant::now();

    // 1. English, to an outcome, ticket printed, "I'm done".
    send(&mut kiosk, now, &[Event::Touch]);
    send(&mut kiosk, now, &choose("en"));
    send(
        &mut kiosk,
        now,
        &[answer("no-email"), answer("basic-phone")],
    );
    // The review of the answers, the outcome, the ticket.
    send(
        &mut kiosk,
        now,
        &[Event::Continue, Event::Continue, Event::Finish],
    );
    // 2. French, "Talk to a person" on the first question; "Start over" on the ticket screen
    //    ends it as finished and starts visit 3.
    send(&mut kiosk, now, &[Event::Touch]);
    send(&mut kiosk, now, &choose("fr"));
    send(&mut kiosk, now, &[Event::TalkToPerson, Event::StartOver]);
    // 3. French, "I don't know" sends the visitor to a person; idle on the ticket screen.
    send(&mut kiosk, now, &choose("fr"));
    send(&mut kiosk, now, &[answer("no-email"), answer("dont-know")]);
    let now = wait_out(&mut kiosk, now);
    // 4. English, "Start over" on the first question (abandoned there), starting visit 5…
    send(&mut kiosk, now, &[Event::Touch]);
    send(&mut kiosk, now, &choose("en"));
    send(&mut kiosk, now, &[Event::StartOver]);
    // 5. …which goes Back from the language screen (abandoned before any question).
    send(&mut kiosk, now, &[Event::Back]);
    // 6. French, left at the phone question: the idle countdown wipes it.
    send(&mut kiosk, now, &[Event::Touch]);
    send(&mut kiosk, now, &choose("fr"));
    send(&mut kiosk, now, &[answer("no-email")]);
    wait_out(&mut kiosk, now);

    // Read beside the running kiosk, as the admin screen and `relais stats` do.
    let store = Store::open_read_only(&dir.path().join("relais.db")).unwrap();
    let today = relais::figures::today(&store).unwrap();
    assert_eq!(
        (
            today.visits,
            today.with_ticket,
            today.abandoned,
            today.idle_wipes
        ),
        (6, 3, 2, 1)
    );
    assert_eq!(
        (
            today.asked_for_person,
            today.sent_to_person,
            today.outcomes,
            today.printed,
            today.print_failed
        ),
        (1, 1, 1, 3, 0)
    );

    let day = chrono::Local::now().date_naive();
    let report = relais::figures::report(&store, day, day).unwrap();
    assert_eq!(
        report.languages,
        vec![("fr".to_string(), 3), ("en".to_string(), 2)],
        "each visit counted in the language it chose"
    );
    assert_eq!(report.procedures, vec![("cant-log-in".to_string(), 5)]);
    let problem = node(&report, "problem");
    assert_eq!(
        (
            problem.reached,
            problem.abandoned,
            problem.asked_for_person,
            problem.stopped()
        ),
        (5, 1, 1, 2)
    );
    let phone = node(&report, "phone");
    assert_eq!(
        (phone.reached, phone.sent_to_person, phone.idle_wipes),
        (3, 1, 1)
    );
    let outcome = node(&report, "create-email");
    assert_eq!((outcome.reached, outcome.outcome), (1, 1));
    assert_eq!(
        report.nodes[0].node, "problem",
        "the most reached node first"
    );
}

#[test]
fn a_failed_print_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    // The spool "folder" is a file: every print fails.
    std::fs::write(dir.path().join("spool"), "").unwrap();
    let services = common::services(
        Some(Store::open(&dir.path().join("relais.db")).unwrap()),
        Some(Box::new(SpoolPrinter::new(dir.path().join("spool"), 48))),
    );
    let mut kiosk = Controller::new(
        common::shipped_catalog(),
        SessionConfig::default(),
        services,
    );
    let events = [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::SomethingElse,
    ];
    send(&mut kiosk, Instant::now(), &events);
    let printed = kiosk.last_handoff().unwrap().printed.clone();
    assert!(matches!(printed, Some(Err(_))), "{printed:?}");
    let store = Store::open_read_only(&dir.path().join("relais.db")).unwrap();
    let today = relais::figures::today(&store).unwrap();
    assert_eq!((today.printed, today.print_failed), (0, 1));
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// A database under `dir/var/` (where a configuration-less run looks) with counts on the 1st
/// to the 3rd of November 2026.
fn database_for_the_command_line(dir: &Path) {
    let mut store = Store::open(&dir.join("var/relais.db")).unwrap();
    let mut record = |d: u32, kind: StatKind, times: u32| {
        let event = StatEvent {
            kind,
            language: Some("en".into()),
            procedure: Some("rsa".into()),
            node: Some("address".into()),
        };
        for _ in 0..times {
            store.record(&event, day(d)).unwrap();
        }
    };
    record(1, StatKind::VisitStarted, 4);
    record(1, StatKind::Finished, 3);
    record(2, StatKind::VisitStarted, 2);
    record(2, StatKind::IdleWipe, 2);
    record(3, StatKind::LanguageChosen, 5);
    record(3, StatKind::NodeReached, 7);
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn relais_stats_prints_tables_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    database_for_the_command_line(dir.path());

    let output = relais(
        &["stats", "--from", "2026-11-01", "--to", "2026-11-03"],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let table = stdout(&output);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "Figures from 2026-11-01 to 2026-11-03");
    assert_eq!(
        lines[2],
        "day         visits  with ticket  abandoned  idle  asked person  sent to person  printed  print failed"
    );
    assert_eq!(
        lines[3],
        "2026-11-01       4            3          0     0             0               0        0             0"
    );
    assert_eq!(
        lines[6],
        "total            6            3          0     2             0               0        0             0"
    );
    assert!(
        table.contains("\nlanguage  visits\nen             5\n"),
        "{table}"
    );
    assert!(
        table.contains("rsa        address        7        0        2          0     2"),
        "{table}"
    );

    // --days counts back from --to; CSV lists the kept counts as they are.
    let output = relais(
        &["stats", "--days", "2", "--to", "2026-11-02", "--csv"],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "day,kind,procedure,node,language,count\n\
         2026-11-01,finished,,,,3\n\
         2026-11-01,visit-started,,,,4\n\
         2026-11-02,idle-wipe,rsa,address,,2\n\
         2026-11-02,visit-started,,,,2\n"
    );
}

#[test]
fn relais_stats_draws_the_chart_as_svg_or_png() {
    let dir = tempfile::tempdir().unwrap();
    database_for_the_command_line(dir.path());
    let args = |file: &str| {
        vec![
            "stats".to_string(),
            "--to".into(),
            "2026-11-03".into(),
            "--chart".into(),
            file.into(),
        ]
    };
    let run = |file: &str| {
        let args = args(file);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = relais(&args, dir.path());
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stderr(&output).contains(&format!("chart: {file}")));
    };
    run("chart.svg");
    let svg = std::fs::read_to_string(dir.path().join("chart.svg")).unwrap();
    assert!(svg.starts_with("<svg"), "{}", &svg[..100]);
    assert!(svg.contains("Visites par jour, du 07/10/2026 au 03/11/2026"));
    assert!(svg.contains("avec un ticket") && svg.contains("inactivité"));

    run("chart.png");
    let png = std::fs::read(dir.path().join("chart.png")).unwrap();
    let (width, height, pixels) = decode_png(&png);
    assert_eq!((width, height), relais::figures::chart::DEFAULT_SIZE);
    assert!(
        has_colour(&pixels, [0, 158, 115]),
        "the 'with a ticket' bars"
    );
    assert!(has_colour(&pixels, [86, 180, 233]), "the 'idle' bars");

    let output = relais(&["stats", "--chart", "chart.gif"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("does not end in .svg or .png"));
}

#[test]
fn relais_stats_explains_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let output = relais(&["stats"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("there is no database at ")
            && stderr(&output).contains("var/relais.db"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("var").exists(), "stats creates nothing");

    database_for_the_command_line(dir.path());
    let output = relais(
        &["stats", "--from", "2026-11-05", "--to", "2026-11-01"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--from 2026-11-05 is after --to 2026-11-01"));
    let output = relais(&["stats", "--from", "5/11/2026"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("is not a day written YYYY-MM-DD"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_empty_chart_still_draws() {
    let report = Report::from_counts(day(1), day(1), &[]);
    let svg = relais::figures::chart::svg(&report, (400, 300)).unwrap();
    assert!(svg.contains("0 visite(s)"));
    let (width, height, _) = decode_png(&relais::figures::chart::png(&report, (400, 300)).unwrap());
    assert_eq!((width, height), (400, 300));
}

fn decode_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(bytes);
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgb);
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

fn has_colour(pixels: &[u8], rgb: [u8; 3]) -> bool {
    pixels.chunks_exact(3).any(|p| p == rgb)
}
