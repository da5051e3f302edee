//! The `cups` backend: a job handed to a CUPS queue with `lp -d <queue>`: the ESC/POS job with
//! `-o raw`, for a receipt printer shared through CUPS, or a PDF (A4 or 80 mm) that CUPS
//! converts for any other printer (`cups-format`). `lp` only queues the job: CUPS then prints
//! it, retries it and reports on it (`lpstat`).

use std::io::{ErrorKind, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{PrintError, PrinterBackend, escpos, pdf};
use crate::handoff::HandoffRecord;

/// What the backend sends to CUPS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CupsFormat {
    /// ESC/POS bytes, passed through untouched (`-o raw`).
    Escpos(escpos::Settings),
    /// A PDF, converted by CUPS for the printer.
    Pdf(pdf::Paper),
}

pub struct CupsPrinter {
    queue: String,
    format: CupsFormat,
    /// The `lp` command: the program, then arguments that come before lp's own (tests run a
    /// shell script in its place).
    command: Vec<PathBuf>,
    timeout: Duration,
}

impl CupsPrinter {
    pub fn new(queue: String, format: CupsFormat) -> Self {
        CupsPrinter {
            queue,
            format,
            command: vec![PathBuf::from("lp")],
            timeout: Duration::from_secs(10),
        }
    }

    /// The same backend running another command in place of `lp`.
    pub fn with_command(mut self, command: Vec<PathBuf>, timeout: Duration) -> Self {
        self.command = command;
        self.timeout = timeout;
        self
    }

    /// Queues `job`; returns what `lp` said (`request id is receipt-12 (1 file(s))`).
    pub fn submit(&self, job: &[u8]) -> Result<String, PrintError> {
        let place = format!("CUPS queue {}", self.queue);
        let io = |source: std::io::Error| PrintError::Io {
            place: place.clone(),
            source,
        };
        let (suffix, options): (&str, &[&str]) = match self.format {
            CupsFormat::Escpos(_) => (".escpos", &["-o", "raw"]),
            CupsFormat::Pdf(_) => (".pdf", &[]),
        };
        let mut file = tempfile::Builder::new()
            .prefix("relais-")
            .suffix(suffix)
            .tempfile()
            .map_err(io)?;
        file.write_all(job).map_err(io)?;
        file.flush().map_err(io)?;

        let (program, before) = self.command.split_first().ok_or(PrintError::LpMissing)?;
        let mut child = Command::new(program)
            .args(before)
            .arg("-d")
            .arg(&self.queue)
            .args(options)
            .arg(file.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                ErrorKind::NotFound => PrintError::LpMissing,
                _ => io(e),
            })?;
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().map_err(io)? {
                break status;
            }
            if started.elapsed() > self.timeout {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PrintError::TimedOut {
                    place,
                    seconds: self.timeout.as_secs_f32(),
                });
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        // `lp` writes a line or two: the pipes never fill, reading after the exit is safe.
        let read = |pipe: Option<&mut dyn Read>| {
            let mut text = String::new();
            if let Some(pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text.trim().to_string()
        };
        let stdout = read(child.stdout.as_mut().map(|p| p as &mut dyn Read));
        let stderr = read(child.stderr.as_mut().map(|p| p as &mut dyn Read));
        if status.success() {
            Ok(stdout)
        } else {
            Err(PrintError::LpFailed {
                queue: self.queue.clone(),
                status: status.to_string(),
                stderr: if stderr.is_empty() {
                    "no message".to_string()
                } else {
                    stderr
                },
            })
        }
    }
}

impl PrinterBackend for CupsPrinter {
    fn describe(&self) -> String {
        format!("CUPS queue {}", self.queue)
    }

    fn print(&self, record: &HandoffRecord) -> Result<String, PrintError> {
        let job = match self.format {
            CupsFormat::Escpos(settings) => escpos::render(record, &settings)?,
            CupsFormat::Pdf(paper) => pdf::render(record, paper)?,
        };
        let said = self.submit(&job)?;
        Ok(format!("CUPS queue {} ({said})", self.queue))
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A stand-in for `lp`: a shell script in a temporary folder, run by `sh` (so that no
    /// freshly written file is executed: that can fail with "text file busy").
    fn fake_lp(dir: &std::path::Path, script: &str) -> Vec<PathBuf> {
        let path = dir.join("lp.sh");
        std::fs::write(&path, format!("{script}\n")).unwrap();
        vec![PathBuf::from("sh"), path]
    }

    #[test]
    fn lp_gets_the_queue_raw_and_the_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("args");
        let copy = dir.path().join("job");
        let lp = fake_lp(
            dir.path(),
            &format!(
                "echo \"$@\" > {}; cp \"$5\" {}; echo 'request id is receipt-7 (1 file(s))'",
                log.display(),
                copy.display()
            ),
        );
        let printer = CupsPrinter::new(
            "receipt".into(),
            CupsFormat::Escpos(escpos::Settings::default()),
        )
        .with_command(lp, Duration::from_secs(5));
        let said = printer.submit(b"\x1b@bytes").unwrap();
        assert_eq!(said, "request id is receipt-7 (1 file(s))");
        let args = std::fs::read_to_string(&log).unwrap();
        assert!(args.starts_with("-d receipt -o raw "), "{args}");
        assert_eq!(std::fs::read(&copy).unwrap(), b"\x1b@bytes");
    }

    #[test]
    fn an_lp_failure_gives_its_status_and_message() {
        let dir = tempfile::tempdir().unwrap();
        let lp = fake_lp(
            dir.path(),
            "echo 'lp: The printer or class does not exist.' >&2; exit 1",
        );
        let printer = CupsPrinter::new(
            "nope".into(),
            CupsFormat::Escpos(escpos::Settings::default()),
        )
        .with_command(lp, Duration::from_secs(5));
        let error = printer.submit(b"x").unwrap_err().to_string();
        assert!(error.contains("`nope`"), "{error}");
        assert!(error.contains("exit status: 1"), "{error}");
        assert!(error.contains("does not exist"), "{error}");
    }

    #[test]
    fn a_missing_lp_says_what_to_install() {
        let printer = CupsPrinter::new(
            "receipt".into(),
            CupsFormat::Escpos(escpos::Settings::default()),
        )
        .with_command(vec!["/nonexistent/lp".into()], Duration::from_secs(5));
        let error = printer.submit(b"x").unwrap_err();
        assert!(matches!(error, PrintError::LpMissing), "{error}");
    }

    #[test]
    fn an_lp_that_hangs_is_stopped() {
        let dir = tempfile::tempdir().unwrap();
        let lp = fake_lp(dir.path(), "exec sleep 30");
        let printer = CupsPrinter::new(
            "receipt".into(),
            CupsFormat::Escpos(escpos::Settings::default()),
        )
        .with_command(lp, Duration::from_millis(300));
        let started = Instant::now();
        let error = printer.submit(b"x").unwrap_err();
        assert!(matches!(error, PrintError::TimedOut { .. }), "{error}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
