//! The spool backend: one text file per handoff in a folder. It stands in for a printer on a
//! fresh checkout, and lets a site print from another machine by watching the folder.
//!
//! Files are written whole or not at all (temporary file, sync, rename), so a reader of the
//! folder never sees half a handoff, even after a power cut.

use std::io::Write;
use std::path::PathBuf;

use super::{PrintError, PrinterBackend, text};
use crate::handoff::HandoffRecord;

pub struct SpoolPrinter {
    dir: PathBuf,
    columns: usize,
}

impl SpoolPrinter {
    pub fn new(dir: PathBuf, columns: usize) -> Self {
        SpoolPrinter { dir, columns }
    }

    /// `<day>-<ticket>.txt`: sorts by day, then by ticket.
    pub fn file_name(record: &HandoffRecord) -> String {
        format!("{}-{}.txt", record.created_at.date(), record.ticket)
    }

    fn write(&self, record: &HandoffRecord) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(&self.dir)?;
        let path = self.dir.join(Self::file_name(record));
        let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
        file.write_all(text::render(record, self.columns).as_bytes())?;
        file.as_file().sync_all()?;
        file.persist(&path).map_err(|e| e.error)?;
        // Make the rename itself durable.
        if let Ok(dir) = std::fs::File::open(&self.dir) {
            let _ = dir.sync_all();
        }
        Ok(path)
    }
}

impl PrinterBackend for SpoolPrinter {
    fn describe(&self) -> String {
        format!("spool folder {}", self.dir.display())
    }

    fn print(&self, record: &HandoffRecord) -> Result<String, PrintError> {
        self.write(record)
            .map(|path| path.display().to_string())
            .map_err(|source| PrintError::Spool {
                path: self.dir.display().to_string(),
                source,
            })
    }
}
