//! One printer owner per store, with real processes: a kiosk (a controller in this test
//! process), `relais reprint` and two `relais simulate --print` share one store and one
//! loopback ESC/POS printer, and every handoff reaches the printer exactly once. Then the
//! printing process is killed with SIGKILL in the middle of a job, twice, and the next owner
//! prints what it left: each handoff at least once and at most twice, every duplicate marked
//! as a reprint in the store.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use relais::app::Controller;
use relais::print::decode::Job;
use relais::print::escpos::Settings;
use relais::print::queue::RetryPolicy;
use relais::print::tcp::{self, TcpPrinter, Timeouts};
use relais::session::{Event, SessionConfig};
use relais::store::Store;

use crate::common;

/// What the printer does with the next connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Answers "paper present" at once, takes the job, closes.
    Working,
    /// Waits 1.5 s before answering the status request (time to kill the process printing).
    SlowStatus,
    /// Takes the whole job, then keeps the connection open for 2 s before closing it.
    HoldsAfterJob,
}

#[derive(Default)]
struct Seen {
    connections: usize,
    /// The ticket of every whole job received, in order.
    tickets: Vec<String>,
}

struct Printer {
    address: String,
    mode: Arc<Mutex<Mode>>,
    seen: Arc<Mutex<Seen>>,
}

impl Printer {
    fn start() -> Printer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let mode = Arc::new(Mutex::new(Mode::Working));
        let seen = Arc::new(Mutex::new(Seen::default()));
        let (serve_mode, serve_seen) = (mode.clone(), seen.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let mode = *serve_mode.lock().unwrap();
                serve_seen.lock().unwrap().connections += 1;
                let seen = serve_seen.clone();
                std::thread::spawn(move || serve(stream, mode, &seen));
            }
        });
        Printer {
            address,
            mode,
            seen,
        }
    }

    fn set(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    fn connections(&self) -> usize {
        self.seen.lock().unwrap().connections
    }

    /// How many whole jobs each ticket got.
    fn jobs(&self) -> BTreeMap<String, usize> {
        let mut jobs = BTreeMap::new();
        for ticket in &self.seen.lock().unwrap().tickets {
            *jobs.entry(ticket.clone()).or_insert(0) += 1;
        }
        jobs
    }

    fn job_count(&self) -> usize {
        self.seen.lock().unwrap().tickets.len()
    }
}

fn serve(mut stream: TcpStream, mode: Mode, seen: &Mutex<Seen>) {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut start = [0u8; 3];
    if stream.read_exact(&mut start).is_err() {
        return;
    }
    // Without `status-check` the job comes at once: its first bytes are kept.
    let mut job = Vec::new();
    if start == tcp::PAPER_STATUS_REQUEST {
        if mode == Mode::SlowStatus {
            std::thread::sleep(Duration::from_millis(1500));
        }
        if stream.write_all(&[0x12]).is_err() {
            return;
        }
    } else {
        job.extend_from_slice(&start);
    }
    if stream.read_to_end(&mut job).is_err() || job.is_empty() {
        return;
    }
    let Ok(job) = Job::decode(&job) else { return };
    let text = job.text();
    let ticket = text
        .lines()
        .find_map(|line| line.strip_prefix("Ticket : "))
        .unwrap_or("?")
        .to_string();
    seen.lock().unwrap().tickets.push(ticket);
    if mode == Mode::HoldsAfterJob {
        std::thread::sleep(Duration::from_secs(2));
    }
}

fn relais(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_relais"));
    command
        .arg("--config")
        .arg(dir.join("relais.toml"))
        .args(["--root", env!("CARGO_MANIFEST_DIR")])
        .args(args)
        .env("RUST_LOG", "off")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn simulate(dir: &Path, seed: u64) -> Child {
    relais(
        dir,
        &[
            "simulate",
            "--procedure",
            "cant-log-in",
            "--lang",
            "fr",
            "--random",
            &seed.to_string(),
            "--print",
        ],
    )
    .spawn()
    .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `(print_status, reprint)` of each ticket of today, by ticket.
fn rows(dir: &Path) -> BTreeMap<String, (String, bool)> {
    let conn = rusqlite::Connection::open(dir.join("relais.db")).unwrap();
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    let mut statement = conn
        .prepare("SELECT number, print_status, reprint FROM handoff ORDER BY number")
        .unwrap();
    statement
        .query_map([], |row| {
            Ok((
                format!("{:03}", row.get::<_, i64>(0)?),
                (row.get::<_, String>(1)?, row.get::<_, bool>(2)?),
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "waited 20 s for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A kiosk in this process: the shipped content, the store under `dir`, the printer.
fn kiosk(dir: &Path, printer: &Printer) -> Controller {
    let backend = Box::new(TcpPrinter::new(
        printer.address.clone(),
        Settings::default(),
        Timeouts::default(),
    ));
    Controller::with_retry_policy(
        common::shipped_catalog(),
        SessionConfig::default(),
        common::services(
            Some(Store::open(&dir.join("relais.db")).unwrap()),
            Some(backend),
        ),
        RetryPolicy {
            first: Duration::from_millis(100),
            longest: Duration::from_millis(300),
        },
    )
}

/// A visit that ends with a person: a handoff is committed, then the visitor is done.
fn visit(kiosk: &mut Controller) {
    let now = Instant::now();
    for event in [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::ChooseProcedure("cant-log-in".into()),
        Event::TalkToPerson,
        Event::Finish,
    ] {
        kiosk.dispatch(event, now);
    }
}

fn configure(dir: &Path, printer: &Printer) {
    crate::store_concurrent::config_for(
        dir,
        &format!(
            "backend = \"escpos-tcp\"\naddress = \"{}\"",
            printer.address
        ),
    );
}

#[test]
fn a_kiosk_a_reprint_and_two_simulations_print_each_handoff_once() {
    let dir = tempfile::tempdir().unwrap();
    let printer = Printer::start();
    configure(dir.path(), &printer);
    let mut kiosk = kiosk(dir.path(), &printer);
    assert!(kiosk.prints_here(), "the first process owns the printer");
    for _ in 0..3 {
        visit(&mut kiosk);
    }
    wait_for("the kiosk's three handoffs", || printer.job_count() == 3);

    // All at once: a reprint of 002 and two visits, each in its own process.
    let reprint = relais(dir.path(), &["reprint", "002"]).spawn().unwrap();
    let simulations = [simulate(dir.path(), 1), simulate(dir.path(), 2)];
    let reprint = reprint.wait_with_output().unwrap();
    assert!(reprint.status.success(), "{reprint:?}");
    assert_eq!(stdout(&reprint), "queued; the kiosk will print it\n");
    for simulation in simulations {
        let output = simulation.wait_with_output().unwrap();
        assert!(output.status.success(), "{output:?}");
        assert!(
            stdout(&output).contains("queued; the kiosk will print it\n"),
            "{}",
            stdout(&output)
        );
    }
    wait_for("the reprint and both simulated handoffs", || {
        printer.job_count() >= 6
    });
    // Time for a second owner, if there were one, to print anything twice.
    std::thread::sleep(Duration::from_millis(2500));
    let expected: BTreeMap<String, usize> =
        [("001", 1), ("002", 2), ("003", 1), ("004", 1), ("005", 1)]
            .into_iter()
            .map(|(ticket, n)| (ticket.to_string(), n))
            .collect();
    assert_eq!(
        printer.jobs(),
        expected,
        "002 twice: it was asked for again"
    );
    for (ticket, (status, reprint)) in rows(dir.path()) {
        assert_eq!(status, "printed", "{ticket}");
        assert_eq!(reprint, ticket == "002", "{ticket}");
    }
}

#[test]
fn a_printing_process_killed_mid_job_is_taken_over_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let printer = Printer::start();
    configure(dir.path(), &printer);

    // A, the only process, owns the printer; killed while it waits for the status answer.
    printer.set(Mode::SlowStatus);
    let mut a = simulate(dir.path(), 1);
    wait_for("A to call the printer", || printer.connections() == 1);
    assert_eq!(rows(dir.path())["001"].0, "printing");
    a.kill().unwrap();
    a.wait().unwrap();

    // B takes over, prints 001 again and is killed once the printer has the whole job.
    printer.set(Mode::HoldsAfterJob);
    let mut b = simulate(dir.path(), 2);
    wait_for("B to print 001", || printer.job_count() == 1);
    b.kill().unwrap();
    b.wait().unwrap();
    let left = rows(dir.path());
    assert_eq!(left["001"], ("printing".to_string(), true), "{left:?}");

    // C takes over and prints everything left: 001 a second time, marked as a reprint.
    printer.set(Mode::Working);
    let c = simulate(dir.path(), 3).wait_with_output().unwrap();
    assert!(c.status.success(), "{c:?}");
    let mut kiosk = kiosk(dir.path(), &printer);
    assert!(kiosk.prints_here());
    visit(&mut kiosk);
    wait_for("every handoff", || {
        rows(dir.path())
            .values()
            .all(|(status, _)| status == "printed")
            && rows(dir.path()).len() == 4
    });
    let jobs = printer.jobs();
    for (ticket, (_, reprint)) in rows(dir.path()) {
        let printed = jobs.get(&ticket).copied().unwrap_or(0);
        assert!((1..=2).contains(&printed), "{ticket}: {printed} jobs");
        if printed == 2 {
            assert!(
                reprint,
                "{ticket} came out twice: it must be marked as a reprint"
            );
        }
    }
    assert_eq!(jobs["001"], 2, "{jobs:?}");
}

#[test]
fn without_status_check_handoffs_are_sent_not_confirmed_and_check_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let printer = Printer::start();
    crate::store_concurrent::config_for(
        dir.path(),
        &format!(
            "backend = \"escpos-tcp\"\naddress = \"{}\"\nstatus-check = false",
            printer.address
        ),
    );
    let simulation = simulate(dir.path(), 1).wait_with_output().unwrap();
    assert!(simulation.status.success(), "{simulation:?}");
    assert_eq!(printer.jobs().get("001"), Some(&1));
    assert_eq!(rows(dir.path())["001"].0, "sent");

    let queue = relais(dir.path(), &["print-queue"]).output().unwrap();
    let listed = stdout(&queue);
    assert!(
        listed.contains(" ticket 001: sent, not confirmed, 1 attempt(s)"),
        "{listed}"
    );

    let check = relais(dir.path(), &["check"]).output().unwrap();
    let said = stdout(&check);
    assert!(
        said.contains("warning: with `status-check = false` nothing printed is confirmed"),
        "{said}"
    );
}
