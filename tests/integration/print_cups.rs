//! The cups backend against a real CUPS server: the test starts its own `cupsd` (foreground,
//! private configuration and spool folders, a free loopback port), adds a queue on the cups-pdf
//! virtual printer, prints a handoff as a PDF through `lp`, waits for the PDF cups-pdf writes and
//! reads its text with `pdftotext`. Then it stops the server, shows that a handoff printed
//! meanwhile stays queued, starts the server again and sees it printed.
//!
//! Needs root (cupsd runs the cups-pdf backend only as root) and the packages of
//! `scripts/install-deps.sh`. It fails, with a message saying what is missing, rather than
//! skipping: a printing path that is never tested is not known to work.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use relais::app::Controller;
use relais::print::cups::{CupsFormat, CupsPrinter};
use relais::print::pdf::Paper;
use relais::print::queue::RetryPolicy;
use relais::session::{Event, SessionConfig};
use relais::store::{PrintStatus, Store};

use crate::common;

/// Where cups-pdf writes the PDFs of users it does not know (its `AnonDirName`).
const ANONYMOUS_OUTPUT: &str = "/var/spool/cups-pdf/ANONYMOUS";
/// A requesting user name no system has: cups-pdf writes its PDFs to `ANONYMOUS_OUTPUT`
/// rather than to a home folder.
const ANONYMOUS_USER: &str = "relais-test";

/// A private CUPS server, stopped when dropped.
struct Cupsd {
    dir: PathBuf,
    address: String,
    child: Option<Child>,
}

impl Cupsd {
    fn start(dir: &Path) -> Cupsd {
        let is_root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        assert!(
            is_root,
            "the CUPS test must run as root: cupsd runs the cups-pdf backend only as root \
             (CI runs as root; locally, run `sudo -E cargo test --test integration print_cups`)"
        );
        for program in ["/usr/sbin/cupsd", "lp", "lpadmin", "lpstat", "pdftotext"] {
            let found = Command::new("sh")
                .args(["-c", &format!("command -v {program}")])
                .output()
                .is_ok_and(|o| o.status.success());
            assert!(
                found,
                "`{program}` is missing: run scripts/install-deps.sh (cups, cups-client, printer-driver-cups-pdf, poppler-utils)"
            );
        }
        assert!(
            Path::new("/usr/lib/cups/backend/cups-pdf").exists(),
            "the cups-pdf backend is missing: install printer-driver-cups-pdf (scripts/install-deps.sh)"
        );
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        // Filters run as the `lp` user: the folders they go through must be open to it (the
        // temporary folder holding `dir` is private by default).
        std::fs::create_dir_all(dir).unwrap();
        for open in dir.ancestors().take(2) {
            set_mode(open, 0o755);
        }
        for sub in ["spool", "tmp", "cache", "state", "log", "ppd", "ssl"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        set_mode(&dir.join("tmp"), 0o1777);
        std::fs::write(
            dir.join("cupsd.conf"),
            format!(
                "Listen 127.0.0.1:{port}\nLogLevel debug\nBrowsing Off\nWebInterface No\n\
                 DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n\
                 <Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
            ),
        )
        .unwrap();
        let d = dir.display();
        std::fs::write(
            dir.join("cups-files.conf"),
            format!(
                "ServerRoot {d}\nRequestRoot {d}/spool\nTempDir {d}/tmp\nCacheDir {d}/cache\n\
                 StateDir {d}/state\nErrorLog {d}/log/error_log\nAccessLog {d}/log/access_log\n\
                 PageLog {d}/log/page_log\n"
            ),
        )
        .unwrap();
        let mut cupsd = Cupsd {
            dir: dir.to_path_buf(),
            address: format!("127.0.0.1:{port}"),
            child: None,
        };
        cupsd.run();
        cupsd
    }

    /// Starts the server (again) and waits until it answers.
    fn run(&mut self) {
        let child = Command::new("/usr/sbin/cupsd")
            .arg("-f")
            .arg("-c")
            .arg(self.dir.join("cupsd.conf"))
            .arg("-s")
            .arg(self.dir.join("cups-files.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("cupsd starts");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while Command::new("lpstat")
            .args(["-h", &self.address, "-r"])
            .output()
            .map_or(true, |o| {
                !String::from_utf8_lossy(&o.stdout).contains("is running")
            })
        {
            assert!(
                Instant::now() < deadline,
                "cupsd did not start: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let _ = child.wait();
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log/error_log")).unwrap_or_default()
    }

    /// `lp` talking to this server, as a user cups-pdf does not know. cups-pdf takes
    /// PostScript: CUPS converts the PDF first, and its default converter drops the text's
    /// Unicode mapping (the PDF still prints right, but pdftotext reads symbols); pdftocairo
    /// keeps it, so that the test can read the handoff back.
    fn lp(&self) -> Vec<PathBuf> {
        [
            "lp",
            "-h",
            &self.address,
            "-U",
            ANONYMOUS_USER,
            "-o",
            "pdftops-renderer=pdftocairo",
        ]
        .map(PathBuf::from)
        .to_vec()
    }
}

impl Drop for Cupsd {
    fn drop(&mut self) {
        self.stop();
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn pdfs() -> Vec<PathBuf> {
    std::fs::read_dir(ANONYMOUS_OUTPUT)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default()
}

/// Waits (up to 60 s: ghostscript is slow on a busy machine) for a PDF not in `before`.
fn new_pdf(before: &[PathBuf], cupsd: &Cupsd) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(pdf) = pdfs().into_iter().find(|p| !before.contains(p)) {
            // cups-pdf writes the file, then closes it: wait for its size to settle.
            let mut size = 0;
            loop {
                std::thread::sleep(Duration::from_millis(300));
                let now = std::fs::metadata(&pdf).map_or(0, |m| m.len());
                if now > 0 && now == size {
                    return pdf;
                }
                size = now;
            }
        }
        assert!(
            Instant::now() < deadline,
            "cups-pdf wrote no PDF in 60 s; the server's log:\n{}",
            cupsd.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn pdftotext(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_handoff_goes_through_a_real_cups_to_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let mut cupsd = Cupsd::start(&dir.path().join("cups"));
    let queue = "relais-pdf";
    let added = Command::new("lpadmin")
        .args(["-h", &cupsd.address, "-p", queue, "-E", "-v", "cups-pdf:/"])
        .args(["-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"])
        .output()
        .unwrap();
    assert!(
        added.status.success(),
        "lpadmin: {}",
        String::from_utf8_lossy(&added.stderr)
    );

    let backend = CupsPrinter::new(queue.into(), CupsFormat::Pdf(Paper::A4))
        .with_command(cupsd.lp(), Duration::from_secs(20));
    let services = common::services(
        Some(Store::open(&dir.path().join("relais.db")).unwrap()),
        Some(Box::new(backend)),
    );
    let mut kiosk = Controller::with_retry_policy(
        common::shipped_catalog(),
        SessionConfig::default(),
        services,
        RetryPolicy {
            first: Duration::from_millis(200),
            longest: Duration::from_millis(500),
        },
    );
    let before = pdfs();
    let now = Instant::now();
    for event in [
        Event::Touch,
        Event::ChooseLanguage("en".into()),
        Event::ChooseProcedure("cant-log-in".into()),
        Event::TalkToPerson,
    ] {
        kiosk.dispatch(event, now);
    }
    let printed = kiosk
        .wait_for_print(Duration::from_secs(30), Instant::now())
        .expect("an outcome");
    assert!(printed.is_ok(), "{printed:?}\n{}", cupsd.log());
    let pdf = new_pdf(&before, &cupsd);
    let text = pdftotext(&pdf);
    let _ = std::fs::remove_file(&pdf);
    for expected in [
        "POUR L'AGENT D'ACCUEIL",
        "Ticket : 001",
        "Démarche : Je n'arrive pas à me connecter",
        "La personne a demandé à parler à quelqu'un.",
        "Your number",
    ] {
        assert!(
            text.contains(expected),
            "`{expected}` is not in the PDF:\n{text}"
        );
    }

    // CUPS stopped: the next handoff is kept, and printed once CUPS is back.
    kiosk.dispatch(Event::Finish, Instant::now());
    cupsd.stop();
    let before = pdfs();
    for event in [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::TalkToPerson,
    ] {
        kiosk.dispatch(event, Instant::now());
    }
    let failed = kiosk
        .wait_for_print(Duration::from_secs(30), Instant::now())
        .expect("an outcome");
    assert!(failed.is_err(), "printed with CUPS stopped: {failed:?}");
    assert_eq!(kiosk.print_queue().unwrap().len(), 1);

    cupsd.run();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !matches!(kiosk.last_handoff().unwrap().printed, Some(Ok(_))) {
        assert!(Instant::now() < deadline, "not printed once CUPS was back");
        kiosk.dispatch(Event::Tick, Instant::now());
        std::thread::sleep(Duration::from_millis(100));
    }
    let pdf = new_pdf(&before, &cupsd);
    let text = pdftotext(&pdf);
    let _ = std::fs::remove_file(&pdf);
    assert!(text.contains("Ticket : 002"), "{text}");
    let today = chrono::Local::now().date_naive();
    let stored = Store::open(&dir.path().join("relais.db"))
        .unwrap()
        .handoff(today, "002")
        .unwrap()
        .unwrap();
    assert_eq!(stored.print_status, PrintStatus::Printed);
}
