//! Printing the handoff: renderers turn a `HandoffRecord` into a document; backends move it to
//! a printer (or to the spool folder that stands in for one).
//!
//! Renderers are pure functions. Backends only move bytes, and report failure as a
//! `PrintError`; they run on the print queue's worker thread (`queue.rs`), never on the screen's.
//! The handoff itself is stored before it is queued, and stays queued until a backend took it,
//! so a failed print loses nothing.

pub mod cups;
pub mod decode;
pub mod escpos;
pub mod layout;
pub mod owner;
pub mod pc858;
pub mod pdf;
pub mod qr;
pub mod queue;
pub mod raster;
pub mod sample;
pub mod spool;
pub mod tcp;
pub mod text;
pub mod typeset;
pub mod usb;

use std::time::Duration;

use crate::config::{BackendKind, Config, CupsFormatKind};
use crate::handoff::HandoffRecord;

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the printer folder {path} cannot be written: {source}")]
    Spool {
        path: String,
        source: std::io::Error,
    },
    #[error("the printer backend `{0}` is not available in this version of relais")]
    Unavailable(String),
    #[error("the handoff could not be laid out for the printer: {0}")]
    Render(String),
    #[error(
        "the printer address `{address}` cannot be used ({source}); write it as host:port, e.g. 192.168.1.50:9100"
    )]
    BadAddress {
        address: String,
        source: std::io::Error,
    },
    #[error(
        "the printer at {place} refused the connection: is it switched on, and is this its address?"
    )]
    Refused { place: String },
    #[error(
        "the printer at {place} did not answer within {seconds} s: is it switched on and on the network?"
    )]
    NoAnswer { place: String, seconds: f32 },
    #[error(
        "the printer at {place} stopped taking the job: nothing moved for {seconds} s after {sent} of {total} bytes (paper out, cover open or jammed?)"
    )]
    Stalled {
        place: String,
        seconds: f32,
        sent: usize,
        total: usize,
    },
    #[error(
        "the printer at {place} closed the connection in the middle of the job ({sent} of {total} bytes sent)"
    )]
    ClosedMidJob {
        place: String,
        sent: usize,
        total: usize,
    },
    #[error("the printer at {place} is out of paper")]
    PaperOut { place: String },
    #[error(
        "the printer at {place} answers something unexpected ({byte:#04x}) to the paper status request: is it an ESC/POS printer?"
    )]
    Unexpected { place: String, byte: u8 },
    #[error(
        "the printer at {place} closed the connection instead of answering the paper status request: is it an ESC/POS printer, and is another program printing on it?"
    )]
    ClosedAtStatus { place: String },
    #[error(
        "the printer at {place} did not answer the status request within {seconds} s: is it switched on? (a model that never answers needs `status-check = false`)"
    )]
    NoStatus { place: String, seconds: f32 },
    #[error("the {place} did not take the job within {seconds} s")]
    TimedOut { place: String, seconds: f32 },
    #[error("there is no printer at {path}: is it plugged in and switched on?")]
    DeviceMissing { path: String },
    #[error("relais may not write to the printer at {path}: add its user to the `lp` group")]
    DeviceDenied { path: String },
    #[error("the `lp` command is not installed (Debian package cups-client)")]
    LpMissing,
    #[error("lp could not queue the job on `{queue}` ({status}): {stderr}")]
    LpFailed {
        queue: String,
        status: String,
        stderr: String,
    },
    #[error("the printer at {place} failed: {source}")]
    Io {
        place: String,
        source: std::io::Error,
    },
}

/// What a failed print says about the printer, for the heartbeat of the central database
/// (`fleet::heartbeat`). The store keeps a failure as its message, so the trouble is read back
/// from the words of the messages above (`tests::trouble_is_read_from_each_message` holds them
/// together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterTrouble {
    PaperOut,
    /// Off, unplugged, not on the network, or silent.
    NotAnswering,
    Other,
}

impl PrinterTrouble {
    /// The trouble a stored print error names.
    pub fn of_message(message: &str) -> PrinterTrouble {
        const SILENT: [&str; 5] = [
            "refused the connection",
            "did not answer",
            "there is no printer at",
            "did not take the job",
            "stopped taking the job",
        ];
        if message.contains("is out of paper") {
            PrinterTrouble::PaperOut
        } else if SILENT.iter().any(|words| message.contains(words)) {
            PrinterTrouble::NotAnswering
        } else {
            PrinterTrouble::Other
        }
    }
}

/// Characters per line of a receipt in the printer's standard font (font A, 12 dots wide):
/// 48 on 80 mm paper, 32 on 58 mm.
pub use crate::config::columns;

/// Something that can print a handoff. Implementations must not panic and must return within
/// a few seconds: the print queue's worker calls them one job at a time, and a stuck backend
/// would hold back every later ticket. `Send`: the backend lives on the worker thread.
pub trait PrinterBackend: Send {
    /// A short description for logs and the admin screen ("spool folder var/spool").
    fn describe(&self) -> String;
    /// Prints one handoff. Returns where it went, for the log.
    fn print(&self, record: &HandoffRecord) -> Result<String, PrintError>;
    /// Whether a successful `print` means the printer took the job with paper in it; `false`
    /// for a printer that is not asked (`status-check = false`): its handoffs are stored as
    /// "sent, not confirmed", never as printed.
    fn confirms(&self) -> bool {
        true
    }
}

/// The backend the configuration asks for.
pub fn backend_from_config(config: &Config) -> Box<dyn PrinterBackend> {
    match &config.printer.backend {
        BackendKind::Spool => Box::new(spool::SpoolPrinter::new(
            config.printer.spool_dir.clone(),
            config.paper_columns(),
        )),
        BackendKind::EscposTcp => Box::new(tcp::TcpPrinter::new(
            config.printer.address.clone(),
            escpos_settings(config),
            tcp::Timeouts {
                status: config.printer.status_check.then(tcp::status_timeout),
                ..tcp::Timeouts::default()
            },
        )),
        BackendKind::EscposUsb => Box::new(usb::UsbPrinter::new(
            config.printer.device.clone(),
            escpos_settings(config),
            Duration::from_secs(5),
        )),
        BackendKind::Cups => Box::new(cups::CupsPrinter::new(
            config.printer.queue.clone(),
            match config.printer.cups_format {
                CupsFormatKind::Pdf => cups::CupsFormat::Pdf(pdf::Paper::A4),
                CupsFormatKind::Pdf80mm => cups::CupsFormat::Pdf(pdf::Paper::Roll80),
                // An unknown format is a configuration error; the kiosk never starts with one.
                CupsFormatKind::Escpos | CupsFormatKind::Unknown(_) => {
                    cups::CupsFormat::Escpos(escpos_settings(config))
                }
            },
        )),
        BackendKind::Unknown(other) => Box::new(UnavailablePrinter(other.clone())),
    }
}

/// How the configured ESC/POS printer takes its jobs.
pub fn escpos_settings(config: &Config) -> escpos::Settings {
    escpos::Settings {
        paper_width_mm: config.printer.paper_width_mm,
        code_page: config.printer.code_page,
    }
}

/// A configured backend this build cannot drive yet: every print fails with a clear message,
/// so the kiosk behaves exactly as with a printer that is off (number on screen, case kept).
pub struct UnavailablePrinter(pub String);

impl PrinterBackend for UnavailablePrinter {
    fn describe(&self) -> String {
        format!("{} (not available in this version)", self.0)
    }

    fn print(&self, _record: &HandoffRecord) -> Result<String, PrintError> {
        Err(PrintError::Unavailable(self.0.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trouble_is_read_from_each_message() {
        let place = || "192.168.1.50:9100".to_string();
        let cases = [
            (
                PrintError::PaperOut { place: place() },
                PrinterTrouble::PaperOut,
            ),
            (
                PrintError::Refused { place: place() },
                PrinterTrouble::NotAnswering,
            ),
            (
                PrintError::NoAnswer {
                    place: place(),
                    seconds: 5.0,
                },
                PrinterTrouble::NotAnswering,
            ),
            (
                PrintError::NoStatus {
                    place: place(),
                    seconds: 5.0,
                },
                PrinterTrouble::NotAnswering,
            ),
            (
                PrintError::TimedOut {
                    place: place(),
                    seconds: 5.0,
                },
                PrinterTrouble::NotAnswering,
            ),
            (
                PrintError::Stalled {
                    place: place(),
                    seconds: 5.0,
                    sent: 1,
                    total: 2,
                },
                PrinterTrouble::NotAnswering,
            ),
            (
                PrintError::DeviceMissing {
                    path: "/dev/usb/lp0".into(),
                },
                PrinterTrouble::NotAnswering,
            ),
            (PrintError::LpMissing, PrinterTrouble::Other),
        ];
        for (error, trouble) in cases {
            assert_eq!(
                PrinterTrouble::of_message(&error.to_string()),
                trouble,
                "{error}"
            );
        }
    }
}
