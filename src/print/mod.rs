//! Printing the handoff: renderers turn a `HandoffRecord` into a document; backends move it to
//! a printer (or to the spool folder that stands in for one).
//!
//! Renderers are pure functions. Backends only move bytes, and report failure as a
//! `PrintError` that the app shows and speaks; the handoff itself is already stored before any
//! backend is called, so a failed print loses nothing.

pub mod spool;
pub mod text;

use crate::config::Config;
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
}

/// Something that can print a handoff. Implementations must not panic and must return within
/// a few seconds (the app calls them after the ticket number is already on screen).
pub trait PrinterBackend {
    /// A short description for logs and the admin screen ("spool folder var/spool").
    fn describe(&self) -> String;
    /// Prints one handoff. Returns where it went, for the log.
    fn print(&self, record: &HandoffRecord) -> Result<String, PrintError>;
}

/// The backend the configuration asks for.
pub fn backend_from_config(config: &Config) -> Box<dyn PrinterBackend> {
    match config.printer.backend.as_str() {
        "spool" => Box::new(spool::SpoolPrinter::new(
            config.printer.spool_dir.clone(),
            config.paper_columns(),
        )),
        other => Box::new(UnavailablePrinter(other.to_string())),
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
