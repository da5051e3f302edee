//! The network's central database, on a real PostgreSQL server (`postgres_server`): the
//! schema from `fleet/sql/` applied by `relais fleet migrate`, two sites with their own roles,
//! figures pushed twice and not doubled, a day missed during a cut sent later, a site that
//! cannot touch another's rows, and `relais fleet status` listing the kiosks in trouble.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use relais::fleet::heartbeat::Heartbeat;
use relais::fleet::push::push;
use relais::handoff::Ending;
use relais::print::PrintError;
use relais::stats::{StatEvent, StatKind};
use relais::store::Store;

use super::postgres_server::Postgres;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// Six in the evening of `day`, local time (what the kiosk's clock says then).
fn evening(d: NaiveDate) -> DateTime<Utc> {
    Local
        .from_local_datetime(&d.and_hms_opt(18, 0, 0).unwrap())
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

pub fn relais(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_relais"))
        .args(args)
        .output()
        .unwrap()
}

/// The schema through the command line, then one login role per site.
pub fn central_database(pg: &Postgres, sites: &[(&str, &str)]) {
    let out = relais(&["fleet", "migrate", "--database", &pg.owner_url()]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0001_figures.sql"));
    let again = relais(&["fleet", "migrate", "--database", &pg.owner_url()]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("up to date"),
        "{again:?}"
    );
    let mut owner = pg.owner();
    for (role, site) in sites {
        owner
            .batch_execute(&format!(
                "CREATE ROLE {role} LOGIN PASSWORD '{role}-pw' IN ROLE relais_kiosk;
                 INSERT INTO fleet.site_account (role, site) VALUES ('{role}', '{site}');"
            ))
            .unwrap();
    }
}

/// `role`'s password in a file only we may read, as a kiosk has it.
pub fn password_file(role: &str, dir: &Path) -> PathBuf {
    let file = dir.join(format!("{role}.password"));
    std::fs::write(&file, format!("{role}-pw\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    file
}

fn connect_as(pg: &Postgres, role: &str, dir: &Path) -> postgres::Client {
    let file = password_file(role, dir);
    relais::fleet::connect(&pg.url(role), Some(&file), None).unwrap()
}

fn count(store: &mut Store, on: NaiveDate, kind: StatKind, procedure: Option<&str>, n: u32) {
    let event = StatEvent {
        kind,
        language: None,
        procedure: procedure.map(str::to_string),
        node: None,
    };
    for _ in 0..n {
        store.record(&event, on).unwrap();
    }
}

fn heartbeat() -> Heartbeat {
    Heartbeat {
        content_version: "abc123".into(),
        relais_version: "0.1.0".into(),
        printer_state: "ok",
        print_queue: 0,
        store_state: "ok",
        last_visit: None,
    }
}

/// What the central database holds for a site and day, as `relais stats --csv` lines.
fn central_csv(db: &mut postgres::Client, site: &str, on: NaiveDate) -> Vec<String> {
    db.query(
        "SELECT day::text, kind, procedure, node, language, count FROM fleet.daily_count
         WHERE site = $1 AND day = $2 ORDER BY day, kind, procedure, node, language",
        &[&site, &on],
    )
    .unwrap()
    .iter()
    .map(|r| {
        let (d, k, p, n, l, c): (String, String, String, String, String, i64) =
            (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
        format!("{d},{k},{p},{n},{l},{c}")
    })
    .collect()
}

fn local_csv(store: &Store, on: NaiveDate) -> Vec<String> {
    let csv = relais::stats::report::csv(&store.daily_counts(on, on).unwrap());
    csv.lines().skip(1).map(str::to_string).collect()
}

#[test]
fn figures_arrive_once_and_late_and_only_for_their_own_site() {
    let mut pg = Postgres::start();
    central_database(&pg, &[("kiosk_lyon", "lyon"), ("kiosk_nantes", "nantes")]);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("relais.db")).unwrap();
    count(&mut store, day(20), StatKind::VisitStarted, None, 3);
    count(
        &mut store,
        day(20),
        StatKind::ProcedureChosen,
        Some("rsa"),
        2,
    );

    // Twice the same push: the same totals, not doubled.
    for _ in 0..2 {
        let mut db = connect_as(&pg, "kiosk_lyon", dir.path());
        let pushed = push(&mut store, &mut db, "hall", &heartbeat(), evening(day(20))).unwrap();
        assert_eq!(
            (pushed.site.as_str(), pushed.days.clone()),
            ("lyon", vec![day(20)])
        );
    }
    let mut owner = pg.owner();
    assert_eq!(
        central_csv(&mut owner, "lyon", day(20)),
        local_csv(&store, day(20))
    );
    assert!(
        central_csv(&mut owner, "lyon", day(20)).contains(&"2026-11-20,visit-started,,,,3".into())
    );

    // The server is cut: the push of the 21st fails, and the day waits in the store.
    drop(owner);
    pg.stop();
    count(&mut store, day(21), StatKind::VisitStarted, None, 5);
    let cut = relais::fleet::connect(
        &pg.url("kiosk_lyon"),
        Some(&dir.path().join("kiosk_lyon.password")),
        None,
    );
    assert!(cut.is_err(), "the server is stopped");
    assert_eq!(store.days_to_push(day(21)).unwrap(), vec![day(20), day(21)]);

    // Back on the 22nd: the 21st arrives with it, whole.
    pg.resume();
    count(&mut store, day(22), StatKind::VisitStarted, None, 1);
    let mut db = connect_as(&pg, "kiosk_lyon", dir.path());
    let pushed = push(&mut store, &mut db, "hall", &heartbeat(), evening(day(22))).unwrap();
    assert_eq!(pushed.days, vec![day(20), day(21), day(22)]);
    let mut owner = pg.owner();
    for d in [day(20), day(21), day(22)] {
        assert_eq!(central_csv(&mut owner, "lyon", d), local_csv(&store, d));
    }
    assert_eq!(
        store.days_to_push(day(22)).unwrap(),
        vec![day(22)],
        "days over are not sent again"
    );

    // Nantes's role cannot add, change or remove Lyon's figures.
    let mut nantes = connect_as(&pg, "kiosk_nantes", dir.path());
    let insert = nantes.execute(
        "INSERT INTO fleet.daily_count (site, kiosk, day, kind, count)
         VALUES ('lyon', 'hall', '2026-11-23', 'visit-started', 1000)",
        &[],
    );
    let error = relais::fleet::FleetError::from(insert.unwrap_err()).to_string();
    assert!(error.contains("row-level security"), "{error}");
    let changed = nantes
        .execute(
            "UPDATE fleet.daily_count SET count = 0 WHERE site = 'lyon'",
            &[],
        )
        .unwrap();
    assert_eq!(changed, 0, "Lyon's rows are invisible to Nantes");
    assert!(
        nantes
            .execute("DELETE FROM fleet.daily_count", &[])
            .is_err()
    );
    let moved = nantes.execute("UPDATE fleet.daily_count SET site = 'lyon'", &[]);
    assert!(moved.is_ok_and(|n| n == 0));
    assert_eq!(
        central_csv(&mut owner, "lyon", day(21)),
        local_csv(&store, day(21))
    );

    // While Nantes's own push lands under its own site, whatever it calls itself.
    let mut other = Store::open(&dir.path().join("nantes.db")).unwrap();
    count(&mut other, day(21), StatKind::VisitStarted, None, 7);
    let pushed = push(
        &mut other,
        &mut nantes,
        "hall",
        &heartbeat(),
        evening(day(21)),
    )
    .unwrap();
    assert_eq!(pushed.site, "nantes");
    assert_eq!(
        central_csv(&mut owner, "nantes", day(21)),
        vec!["2026-11-21,visit-started,,,,7"]
    );
}

#[test]
fn fleet_status_lists_a_printer_out_of_paper_and_a_kiosk_not_seen_for_an_hour() {
    let pg = Postgres::start();
    central_database(&pg, &[("kiosk_lyon", "lyon"), ("kiosk_nantes", "nantes")]);
    pg.owner()
        .batch_execute("CREATE ROLE dashboard LOGIN PASSWORD 'dashboard-pw' IN ROLE relais_reader")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));

    // Lyon: a ticket the printer refused for want of paper, as the print queue records it.
    let mut lyon = Store::open(&dir.path().join("lyon.db")).unwrap();
    let sample = relais::print::sample::record(
        "fr",
        Ending::Outcome {
            node: "reset-password".into(),
        },
    );
    let now = Local::now().naive_local();
    let stored = lyon.commit_handoff(&sample.handoff, "Lyon", now).unwrap();
    let paper_out = PrintError::PaperOut {
        place: "192.168.1.50:9100".into(),
    }
    .to_string();
    lyon.record_print_attempt(now.date(), &stored.ticket, Err((paper_out.as_str(), now)))
        .unwrap();
    // Lyon's content is a release taken by `relais content update`: known by its tag.
    let release = dir.path().join("kiosk/releases/2026.12.03");
    std::fs::create_dir_all(&release).unwrap();
    std::fs::write(
        release.join(relais::release::RELEASE_FILE),
        "tag = \"2026.12.03\"\ncommit = \"0123abcd\"\nrepository = \"/srv/content.git\"\n\
         signature = \"Good signature\"\n",
    )
    .unwrap();
    let beat = Heartbeat::gather(&lyon, &release).unwrap();
    assert_eq!((beat.printer_state, beat.print_queue), ("paper-out", 1));
    let mut db = connect_as(&pg, "kiosk_lyon", dir.path());
    push(&mut lyon, &mut db, "hall", &beat, Utc::now()).unwrap();

    // Nantes: two kiosks in order, one last seen two hours ago (its push sent with the clock
    // set back).
    let mut nantes = Store::open(&dir.path().join("nantes.db")).unwrap();
    let fine = Heartbeat::gather(&nantes, root).unwrap();
    assert_eq!((fine.printer_state, fine.store_state), ("ok", "ok"));
    let mut db = connect_as(&pg, "kiosk_nantes", dir.path());
    let two_hours_ago = Utc::now() - chrono::Duration::hours(2);
    push(&mut nantes, &mut db, "hall", &fine, two_hours_ago).unwrap();
    push(&mut nantes, &mut db, "office", &fine, Utc::now()).unwrap();

    let file = password_file("dashboard", dir.path());
    let out = relais(&[
        "fleet",
        "status",
        "--database",
        &pg.url("dashboard"),
        "--password-file",
        &file.display().to_string(),
    ]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{table}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = |site: &str, kiosk: &str| {
        table
            .lines()
            .find(|l| l.split_whitespace().take(2).eq([site, kiosk]))
            .unwrap_or_else(|| panic!("no {site} {kiosk} in\n{table}"))
            .to_string()
    };
    let lyon_line = line("lyon", "hall");
    assert!(
        lyon_line.contains("paper-out") && lyon_line.contains("printer out of paper"),
        "{table}"
    );
    assert!(
        lyon_line.contains(" 2026.12.03 "),
        "the release's tag:\n{table}"
    );
    let nantes_line = line("nantes", "hall");
    assert!(nantes_line.contains("not seen for an hour"), "{table}");
    let files_hash = relais::fleet::heartbeat::content_version(root);
    assert_eq!(
        files_hash.len(),
        12,
        "a checkout is known by its files' hash"
    );
    assert!(nantes_line.contains(&files_hash), "{table}");
    assert!(!nantes_line.contains("printer"), "{table}");
    assert!(
        !table.contains("office"),
        "a kiosk in order is not listed:\n{table}"
    );

    // The dashboard's role reads the network's figures and writes nothing.
    let mut dashboard = relais::fleet::connect(&pg.url("dashboard"), Some(&file), None).unwrap();
    let kiosks: i64 = dashboard
        .query_one("SELECT count(*) FROM fleet.kiosk_health", &[])
        .unwrap()
        .get(0);
    assert_eq!(kiosks, 3);
    assert!(
        dashboard
            .execute("DELETE FROM fleet.heartbeat", &[])
            .is_err()
    );
}

#[test]
fn without_a_central_database_the_kiosk_and_its_figures_carry_on() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("relais.toml");
    let store_path = dir.path().join("relais.db");
    let mut store = Store::open(&store_path).unwrap();
    count(
        &mut store,
        Local::now().date_naive(),
        StatKind::VisitStarted,
        None,
        4,
    );
    drop(store);
    let config_arg = config.display().to_string();
    let push = |fleet: &str| {
        std::fs::write(&config, format!("[store]\npath = \"relais.db\"\n{fleet}")).unwrap();
        relais(&["--config", &config_arg, "stats", "push"])
    };

    // No `[fleet]`: nothing to send, and that is not a failure (the timer may stay on).
    let none = push("");
    assert!(none.status.success(), "{none:?}");
    assert!(String::from_utf8_lossy(&none.stdout).contains("nothing to send"));

    // A database nobody answers at: a plain error, exit 1, and the day still waits.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let file = password_file("kiosk_lyon", dir.path());
    let down = push(&format!(
        "[fleet]\ndatabase = \"postgresql://kiosk_lyon@127.0.0.1:{port}/relais?sslmode=disable\"\npassword-file = \"{}\"\n",
        file.display()
    ));
    assert_eq!(down.status.code(), Some(1), "{down:?}");
    let said = String::from_utf8_lossy(&down.stderr);
    assert!(
        said.contains("figures not sent (kept for the next push)"),
        "{said}"
    );
    let store = Store::open(&store_path).unwrap();
    assert_eq!(
        store.days_to_push(Local::now().date_naive()).unwrap(),
        vec![Local::now().date_naive()]
    );

    // The local figures are all there, as before.
    let stats = relais(&["--config", &config_arg, "stats", "--days", "1", "--csv"]);
    assert!(stats.status.success(), "{stats:?}");
    assert!(String::from_utf8_lossy(&stats.stdout).contains(",visit-started,,,,4"));
}
