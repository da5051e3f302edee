//! One printer owner per store: the process that holds the OS lock on `<store>.printer.lock`
//! prints the store's handoffs; every other process (a `relais reprint`, a `simulate --print`
//! beside the kiosk) leaves its handoffs queued in the store for the owner.
//!
//! Why a file lock and not a lease row with a heartbeat: the kernel drops the lock the moment
//! its holder dies, however it dies (SIGKILL, a crash, a power cut), so the next process may
//! print at once, with no clock to trust and no lease length to tune; a lease would need a
//! write every few seconds and a wait of a whole lease before anyone else may print. The lock is
//! `flock` (std's `File::try_lock`): advisory, and only between processes that use it, which all
//! relais processes do. The store sits on a local disk (a lock over NFS is not trusted).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The printer lock, held for as long as this value lives.
#[derive(Debug)]
pub struct PrinterOwner {
    _file: File,
    id: String,
}

impl PrinterOwner {
    /// The lock file of the store at `store`.
    pub fn lock_path(store: &Path) -> PathBuf {
        let mut name = store.as_os_str().to_owned();
        name.push(".printer.lock");
        PathBuf::from(name)
    }

    /// Takes the printer of the store at `store` if no other process has it; `Ok(None)` when
    /// one has.
    pub fn try_take(store: &Path) -> std::io::Result<Option<PrinterOwner>> {
        let path = Self::lock_path(store);
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(error)) => return Err(error),
        }
        // Unique even when a pid is reused: the id marks the handoffs this process claims.
        let id = format!("pid-{}-{:08x}", std::process::id(), fastrand::u32(..));
        // For whoever wonders which process prints; the lock, not this text, is what counts.
        file.set_len(0)?;
        writeln!(file, "{id}")?;
        Ok(Some(PrinterOwner { _file: file, id }))
    }

    /// This owner's id, written in the handoffs it claims (`print_owner`).
    pub fn id(&self) -> &str {
        &self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_owner_at_a_time_and_the_next_once_it_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("relais.db");
        let first = PrinterOwner::try_take(&store).unwrap().expect("free");
        // A second open file description of the same file is refused, as another process is.
        assert!(PrinterOwner::try_take(&store).unwrap().is_none());
        drop(first);
        assert!(PrinterOwner::try_take(&store).unwrap().is_some());
    }
}
