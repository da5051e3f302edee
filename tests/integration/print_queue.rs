//! The print queue against printers that fail: a test printer on the loopback interface that
//! answers the paper status request and decodes what it is sent, and that can play each fault
//! (switched off, hung, out of paper, hanging up mid-job); a USB device file that disappears;
//! a CUPS whose scheduler is stopped. Each time the handoff stays in the database, the visitor
//! keeps their ticket number, and the handoff is printed exactly once when the printer is back.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Timelike;

use relais::app::{Controller, ReprintError};
use relais::print::PrinterBackend;
use relais::print::cups::{CupsFormat, CupsPrinter};
use relais::print::decode::{Job, Op};
use relais::print::escpos::Settings;
use relais::print::queue::RetryPolicy;
use relais::print::tcp::{self, TcpPrinter, Timeouts};
use relais::print::usb::UsbPrinter;
use relais::session::{Event, PrintState, SessionConfig};
use relais::store::{PrintStatus, Store};

use crate::common;

/// What the test printer does with the next connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Answers "paper present" and prints the job.
    Working,
    /// Not listening at all: connections are refused.
    Off,
    /// Accepts the connection, then neither reads nor answers (a hung printer).
    Hung,
    /// Answers "paper out" to the status request.
    PaperOut,
    /// Answers "paper present", reads the start of the job, then closes the connection.
    HangsUp,
}

struct PrinterState {
    mode: Mode,
    /// Every job printed, decoded.
    printed: Vec<Job>,
}

/// A printer on a fixed loopback port, run by a thread that polls its mode.
struct TestPrinter {
    address: String,
    state: Arc<Mutex<PrinterState>>,
}

impl TestPrinter {
    fn start(mode: Mode) -> TestPrinter {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let state = Arc::new(Mutex::new(PrinterState {
            mode,
            printed: Vec::new(),
        }));
        let shared = state.clone();
        let bind_to = address.clone();
        std::thread::spawn(move || {
            let mut listener = Some(listener);
            // The thread stops once the test dropped its handle (no other owner is left).
            while Arc::strong_count(&shared) > 1 {
                let mode = shared.lock().unwrap().mode;
                if mode == Mode::Off {
                    // Closing the listening socket makes the port refuse connections.
                    listener = None;
                } else if listener.is_none() {
                    // std sets SO_REUSEADDR, so the same port can be bound again at once.
                    listener = Some(TcpListener::bind(&bind_to).unwrap());
                }
                if let Some(open) = &listener {
                    open.set_nonblocking(true).unwrap();
                    match open.accept() {
                        Ok((stream, _)) => {
                            stream.set_nonblocking(false).unwrap();
                            let shared = shared.clone();
                            std::thread::spawn(move || serve(stream, mode, &shared));
                        }
                        Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                        Err(e) => panic!("the test printer cannot accept: {e}"),
                    }
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        TestPrinter { address, state }
    }

    fn set(&self, mode: Mode) {
        self.state.lock().unwrap().mode = mode;
    }

    fn printed(&self) -> Vec<Job> {
        self.state.lock().unwrap().printed.clone()
    }

    /// A backend for this printer with short waits, so that faults cost the tests little.
    fn backend(&self) -> Box<dyn PrinterBackend> {
        Box::new(TcpPrinter::new(
            self.address.clone(),
            Settings::default(),
            Timeouts {
                connect: Duration::from_secs(1),
                write: Duration::from_millis(500),
                linger: Duration::from_millis(300),
                status: Some(Duration::from_millis(300)),
            },
        ))
    }
}

fn serve(mut stream: TcpStream, mode: Mode, state: &Mutex<PrinterState>) {
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    if mode == Mode::Hung {
        std::thread::sleep(Duration::from_secs(2));
        return;
    }
    let mut request = [0u8; 3];
    if stream.read_exact(&mut request).is_err() {
        return;
    }
    assert_eq!(request, tcp::PAPER_STATUS_REQUEST, "the status request");
    // Status bytes of DLE EOT 4: 0x12 paper present, 0x72 paper roll end (bits 5 and 6).
    let status = if mode == Mode::PaperOut { 0x72 } else { 0x12 };
    let _ = stream.write_all(&[status]);
    match mode {
        Mode::Working => {
            let mut job = Vec::new();
            stream.read_to_end(&mut job).unwrap();
            let job = Job::decode(&job).expect("the job decodes");
            state.lock().unwrap().printed.push(job);
        }
        Mode::HangsUp => {
            let mut start = [0u8; 16];
            let _ = stream.read_exact(&mut start);
            std::thread::sleep(Duration::from_millis(100));
        }
        // After "paper out" the kiosk must not send the job; whatever comes is dropped.
        _ => {}
    }
}

fn short_retries() -> RetryPolicy {
    RetryPolicy {
        first: Duration::from_millis(100),
        longest: Duration::from_millis(300),
    }
}

fn controller(dir: &Path, printer: Box<dyn PrinterBackend>) -> Controller {
    Controller::with_retry_policy(
        common::shipped_catalog(),
        SessionConfig::default(),
        common::services(
            Some(Store::open(&dir.join("relais.db")).unwrap()),
            Some(printer),
        ),
        short_retries(),
    )
}

/// A French visitor chooses a procedure, then asks for a person: a handoff is committed.
fn visit_to_a_handoff(controller: &mut Controller) {
    let now = Instant::now();
    for event in [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::ChooseProcedure("cant-log-in".into()),
        Event::TalkToPerson,
    ] {
        controller.dispatch(event, now);
    }
}

/// Lets the clock tick until the last handoff is printed (or 10 s pass).
fn tick_until_printed(controller: &mut Controller) -> Result<String, String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        controller.dispatch(Event::Tick, Instant::now());
        let printed = controller.last_handoff().unwrap().printed.clone();
        if matches!(printed, Some(Ok(_))) || Instant::now() > deadline {
            return printed.unwrap_or_else(|| Err("no outcome".into()));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn stored(dir: &Path, ticket: &str) -> relais::store::StoredHandoff {
    Store::open(&dir.join("relais.db"))
        .unwrap()
        .handoff(chrono::Local::now().date_naive(), ticket)
        .unwrap()
        .expect("the handoff is in the database")
}

/// A whole ESC/POS job, status requests aside: init, code page 858, …, cut. Returns its text.
fn assert_framed(job: &Job) -> String {
    let ops: Vec<&Op> = job
        .ops
        .iter()
        .filter(|op| !matches!(op, Op::StatusRequest(_)))
        .collect();
    assert_eq!(ops[..2], [&Op::Init, &Op::CodePage(19)]);
    assert_eq!(ops.last(), Some(&&Op::Cut));
    job.text()
}

/// What a printed slip must hold: the code page, French accents in it, both QR codes, a cut.
fn assert_is_the_handoff(job: &Job, ticket: &str) {
    let text = assert_framed(job);
    assert!(
        text.contains("Démarche : Je n'arrive pas à me connecter\n"),
        "{text}"
    );
    assert!(text.contains(&format!("Ticket : {ticket}\n")), "{text}");
    assert!(text.contains("Votre numéro\n"), "{text}");
    assert!(
        job.qr_codes()[0].starts_with("RELAIS1;"),
        "{:?}",
        job.qr_codes()
    );
}

#[test]
fn each_printer_fault_keeps_the_handoff_until_the_printer_is_back() {
    let faults = [
        (Mode::Off, "refused the connection"),
        (Mode::Hung, "did not answer the status request within 0.3 s"),
        (Mode::PaperOut, "is out of paper"),
        (
            Mode::HangsUp,
            "closed the connection in the middle of the job",
        ),
    ];
    for (fault, message) in faults {
        let dir = tempfile::tempdir().unwrap();
        let printer = TestPrinter::start(fault);
        let mut kiosk = controller(dir.path(), printer.backend());
        visit_to_a_handoff(&mut kiosk);

        // The visitor has their number at once, and learns the ticket did not print.
        let error = kiosk
            .wait_for_print(Duration::from_secs(10), Instant::now())
            .expect("an outcome")
            .expect_err("the printer failed");
        assert!(error.contains(message), "{fault:?}: {error}");
        let visit = kiosk.session().visit().unwrap();
        assert_eq!(visit.ticket.as_deref(), Some("001"));
        assert_eq!(visit.print, PrintState::Failed);

        // The admin sees it in the queue, with the reason.
        let queue = kiosk.print_queue().unwrap();
        assert_eq!(queue.len(), 1, "{fault:?}");
        assert_eq!(queue[0].record.ticket, "001");
        assert_eq!(queue[0].print_status, PrintStatus::Failed);
        assert!(queue[0].print_attempts >= 1);
        assert!(
            queue[0].print_error.as_deref().unwrap().contains(message),
            "{queue:?}"
        );
        assert!(queue[0].next_attempt.is_some());
        assert!(printer.printed().is_empty(), "{fault:?}");

        printer.set(Mode::Working);
        assert!(
            tick_until_printed(&mut kiosk).is_ok(),
            "{fault:?}: not printed once the printer was back"
        );
        assert_eq!(
            kiosk.session().visit().unwrap().print,
            PrintState::Printed,
            "the screen follows"
        );
        // Printed once, and no more: a later retry would be a second slip.
        std::thread::sleep(Duration::from_millis(500));
        kiosk.dispatch(Event::Tick, Instant::now());
        let printed = printer.printed();
        assert_eq!(printed.len(), 1, "{fault:?}");
        assert_is_the_handoff(&printed[0], "001");
        assert!(kiosk.print_queue().unwrap().is_empty());
        assert_eq!(stored(dir.path(), "001").print_status, PrintStatus::Printed);
    }
}

#[test]
fn a_slow_printer_never_holds_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let printer = TestPrinter::start(Mode::Hung);
    let mut kiosk = controller(dir.path(), printer.backend());
    let started = Instant::now();
    visit_to_a_handoff(&mut kiosk);
    // The status request alone may wait 0.3 s; the visit's events return long before.
    assert!(
        started.elapsed() < Duration::from_millis(200),
        "{:?}",
        started.elapsed()
    );
    let visit = kiosk.session().visit().unwrap();
    assert_eq!(visit.ticket.as_deref(), Some("001"));
    assert_eq!(visit.print, PrintState::Pending);
}

#[test]
fn a_restart_prints_what_the_last_run_could_not() {
    let dir = tempfile::tempdir().unwrap();
    let printer = TestPrinter::start(Mode::Off);
    {
        let mut kiosk = controller(dir.path(), printer.backend());
        visit_to_a_handoff(&mut kiosk);
        let outcome = kiosk.wait_for_print(Duration::from_secs(10), Instant::now());
        assert!(matches!(outcome, Some(Err(_))), "{outcome:?}");
    }
    assert_eq!(stored(dir.path(), "001").print_status, PrintStatus::Failed);
    assert!(printer.printed().is_empty());
    // A handoff left unprinted yesterday stays queued for the admin, not printed at start.
    let yesterday = chrono::Local::now().naive_local() - chrono::Duration::days(1);
    let old = relais::print::sample::record(
        "fr",
        relais::handoff::Ending::Outcome {
            node: "reset-password".into(),
        },
    );
    Store::open(&dir.path().join("relais.db"))
        .unwrap()
        .commit_handoff(&old.handoff, "Site de test", yesterday)
        .unwrap();

    printer.set(Mode::Working);
    let kiosk = controller(dir.path(), printer.backend());
    let deadline = Instant::now() + Duration::from_secs(10);
    while printer.printed().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    // The worker records the attempt right after the printer took the job.
    let deadline = Instant::now() + Duration::from_secs(5);
    while stored(dir.path(), "001").print_status != PrintStatus::Printed {
        assert!(Instant::now() < deadline, "the print was not recorded");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Give a wrong second print the time to arrive.
    std::thread::sleep(Duration::from_millis(300));
    let printed = printer.printed();
    assert_eq!(
        printed.len(),
        1,
        "only today's left-over handoff is printed at start"
    );
    assert_is_the_handoff(&printed[0], "001");
    let queue = kiosk.print_queue().unwrap();
    assert_eq!(queue.len(), 1, "yesterday's stays queued");
    // The store keeps times to the minute (what the slip prints).
    assert_eq!(
        queue[0].record.created_at,
        yesterday
            .with_second(0)
            .unwrap()
            .with_nanosecond(0)
            .unwrap()
    );
}

#[test]
fn the_admin_reprints_a_ticket() {
    let dir = tempfile::tempdir().unwrap();
    let printer = TestPrinter::start(Mode::Working);
    let mut kiosk = controller(dir.path(), printer.backend());
    visit_to_a_handoff(&mut kiosk);
    assert!(tick_until_printed(&mut kiosk).is_ok());
    kiosk.dispatch(Event::Finish, Instant::now());

    let today = chrono::Local::now().date_naive();
    let record = kiosk.reprint(today, "001").unwrap();
    assert_eq!(record.ticket, "001");
    let deadline = Instant::now() + Duration::from_secs(10);
    while printer.printed().len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let printed = printer.printed();
    assert_eq!(printed.len(), 2);
    assert_eq!(printed[0], printed[1], "the reprint is the same slip");

    let error = kiosk.reprint(today, "002").unwrap_err();
    assert!(
        matches!(error, ReprintError::NoSuchTicket { .. }),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        format!("there is no ticket 002 on {today}")
    );
}

#[test]
fn a_usb_printer_unplugged_then_plugged_back() {
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("lp0");
    // No device file: the printer is unplugged (the usblp driver removes /dev/usb/lp0).
    let backend = Box::new(UsbPrinter::new(
        device.clone(),
        Settings::default(),
        Duration::from_secs(2),
    ));
    let mut kiosk = controller(dir.path(), backend);
    visit_to_a_handoff(&mut kiosk);
    let error = kiosk
        .wait_for_print(Duration::from_secs(10), Instant::now())
        .unwrap()
        .unwrap_err();
    assert!(error.contains("there is no printer at"), "{error}");
    assert!(!device.exists(), "the device file is never created");
    assert_eq!(kiosk.print_queue().unwrap().len(), 1);

    std::fs::write(&device, b"").unwrap();
    assert!(tick_until_printed(&mut kiosk).is_ok());
    let job = Job::decode(&std::fs::read(&device).unwrap()).unwrap();
    assert_is_the_handoff(&job, "001");
    assert!(kiosk.print_queue().unwrap().is_empty());
}

/// A stand-in for `lp` that fails as lp does while the CUPS scheduler is stopped (a file
/// `stopped` says so), and otherwise keeps the job it is given.
fn lp_with_a_scheduler(dir: &Path) -> Vec<PathBuf> {
    let script = dir.join("lp.sh");
    std::fs::write(
        &script,
        format!(
            "if [ -e {stopped} ]; then echo 'lp: Scheduler is not running.' >&2; exit 1; fi\n\
             for last; do :; done; cp \"$last\" {jobs}/job-$$; echo 'request id is receipt-1 (1 file(s))'\n",
            stopped = dir.join("stopped").display(),
            jobs = dir.join("jobs").display(),
        ),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("jobs")).unwrap();
    vec![PathBuf::from("sh"), script]
}

#[test]
fn cups_stopped_then_started() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stopped"), b"").unwrap();
    let backend = Box::new(
        CupsPrinter::new("receipt".into(), CupsFormat::Escpos(Settings::default()))
            .with_command(lp_with_a_scheduler(dir.path()), Duration::from_secs(5)),
    );
    let mut kiosk = controller(dir.path(), backend);
    visit_to_a_handoff(&mut kiosk);
    let error = kiosk
        .wait_for_print(Duration::from_secs(10), Instant::now())
        .unwrap()
        .unwrap_err();
    assert!(error.contains("Scheduler is not running"), "{error}");
    assert_eq!(kiosk.print_queue().unwrap().len(), 1);

    std::fs::remove_file(dir.path().join("stopped")).unwrap();
    assert!(tick_until_printed(&mut kiosk).is_ok());
    let jobs: Vec<_> = std::fs::read_dir(dir.path().join("jobs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(jobs.len(), 1, "printed once");
    assert_is_the_handoff(
        &Job::decode(&std::fs::read(&jobs[0]).unwrap()).unwrap(),
        "001",
    );
}

#[test]
fn an_arabic_handoff_reaches_the_printer_as_french_text_and_an_arabic_image() {
    use relais::handoff::{Ending, StopPoint};
    use relais::print::{layout, raster, sample, typeset};

    let printer = TestPrinter::start(Mode::Working);
    let record = sample::record(
        "ar",
        Ending::AskedForPerson {
            at: StopPoint::Node("phone".into()),
        },
    );
    printer.backend().print(&record).unwrap();
    let job = printer.printed().pop().expect("the job arrived");
    let text = assert_framed(&job);
    assert!(text.contains("Langue : arabe - interprète"), "{text}");
    assert!(
        !text.contains("Votre numéro"),
        "no French copy for the visitor: {text}"
    );

    // The visitor's part: an image the width of 80 mm paper, exactly as drawn, then the
    // official link as a native QR code.
    let visitor = &record.handoff.visitor;
    let blocks = layout::visitor(&record, visitor);
    let before_qr: Vec<_> = blocks
        .iter()
        .take_while(|b| !matches!(b, layout::Block::Qr(_)))
        .cloned()
        .collect();
    let images = job.images();
    assert_eq!(
        images[0],
        raster::render(&before_qr, 576, typeset::families(&before_qr), true)
    );
    assert!(
        images
            .iter()
            .all(|i| i.width == 576 && i.black_dots() > 1000)
    );
    assert_eq!(job.qr_codes().len(), 2);
    assert_eq!(job.qr_codes()[1], visitor.link.as_deref().unwrap());
}

/// `relais` run in `dir` (its relais.toml, content and data there).
fn relais(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_relais"))
        .args(args)
        .current_dir(dir)
        .env("RUST_LOG", "off")
        .output()
        .expect("the relais binary runs")
}

#[test]
fn the_admin_commands_show_the_queue_and_reprint() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    let printer = TestPrinter::start(Mode::PaperOut);
    std::fs::write(
        dir.path().join("relais.toml"),
        format!(
            "[printer]\nbackend = \"escpos-tcp\"\naddress = \"{}\"\n",
            printer.address
        ),
    )
    .unwrap();

    let visit = relais(
        dir.path(),
        &[
            "simulate",
            "--procedure",
            "cant-log-in",
            "--lang",
            "fr",
            "--answers",
            "no-email,smartphone",
            "--print",
        ],
    );
    assert!(visit.status.success());
    let said = String::from_utf8_lossy(&visit.stderr);
    assert!(said.contains("not printed: the printer at"), "{said}");
    assert!(said.contains("is out of paper"), "{said}");
    assert!(said.contains("stays in the print queue"), "{said}");

    let queue = relais(dir.path(), &["print-queue"]);
    let listed = String::from_utf8_lossy(&queue.stdout);
    assert!(
        listed.contains("ticket 001: failed, 1 attempt(s)"),
        "{listed}"
    );
    assert!(listed.contains("is out of paper"), "{listed}");

    printer.set(Mode::Working);
    let reprint = relais(dir.path(), &["reprint", "001"]);
    assert!(
        reprint.status.success(),
        "{}",
        String::from_utf8_lossy(&reprint.stderr)
    );
    assert_eq!(printer.printed().len(), 1);
    assert_is_the_handoff(&printer.printed()[0], "001");
    let queue = relais(dir.path(), &["print-queue"]);
    assert_eq!(
        String::from_utf8_lossy(&queue.stdout),
        "every handoff is printed\n"
    );

    let unknown = relais(dir.path(), &["reprint", "042"]);
    assert!(!unknown.status.success());
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("there is no ticket 042 on"),
        "{}",
        String::from_utf8_lossy(&unknown.stderr)
    );
}

#[test]
fn without_a_database_the_handoff_is_still_printed() {
    let printer = TestPrinter::start(Mode::Working);
    let mut kiosk = Controller::with_retry_policy(
        common::shipped_catalog(),
        SessionConfig::default(),
        common::services(None, Some(printer.backend())),
        short_retries(),
    );
    visit_to_a_handoff(&mut kiosk);
    assert!(tick_until_printed(&mut kiosk).is_ok());
    assert_is_the_handoff(&printer.printed()[0], "901");
    assert!(matches!(kiosk.print_queue(), Err(ReprintError::NoStore)));
}
