//! Opening the database file safely: an integrity check first, and a damaged file moved aside
//! (kept, never deleted) so that the kiosk starts again on a fresh one.
//!
//! Which check, by who else has the file open (a shared lock on `<store>.users.lock` marks each
//! process that opened it for writing):
//! - another process has it open: none. That process checked the file when it opened it, and
//!   a `relais reprint` or `print-queue` beside the kiosk should not pay for it again.
//! - alone, and a write-ahead log beside the file: the full `integrity_check`, since whoever
//!   wrote that log never closed its connection (SQLite removes the log when the last
//!   connection closes cleanly).
//! - alone otherwise: `PRAGMA quick_check`. Both read every page: on the 42 MB store of
//!   `make bench` the quick check costs nearly what the full one does (the handoff table has
//!   few indexes for the full check's cross-checks to add to), so what keeps the cost from
//!   growing on every start is that the full check runs only after a crash and that commands
//!   beside a running kiosk check nothing.
//!
//! `relais store check` runs the full check on demand.
//!
//! Why start fresh rather than stop: the database is a log of recent tickets and counts, not
//! master data. A visitor in front of the screen needs a ticket number now; the damaged file is
//! kept beside the new one for whoever wants to look at it, and the admin is told.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode};

use super::StoreError;

/// How thoroughly a file is checked when it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// None: another process has the file open and checked it when it opened it.
    Skip,
    /// `PRAGMA quick_check`.
    Quick,
    /// `PRAGMA integrity_check`.
    Full,
}

/// Marks this process as a user of the store at `path` (a shared lock on
/// `<store>.users.lock`, held as long as the returned file lives) and says which check the
/// file needs (see the module's comment). Without a lock file (a read-only folder), the quick
/// check and no mark.
pub(super) fn join_users(path: &Path) -> (Option<File>, Check) {
    let mut name = path.as_os_str().to_owned();
    name.push(".users.lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(PathBuf::from(name));
    let Ok(file) = file else {
        return (None, Check::Quick);
    };
    let check = match file.try_lock() {
        Ok(()) => {
            let mut wal = path.as_os_str().to_owned();
            wal.push("-wal");
            let left_behind = std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0);
            // Between this unlock and the shared lock another process may find itself alone
            // and see our log: it then runs the full check for nothing, which is only slower.
            let _ = file.unlock();
            if left_behind {
                tracing::warn!(
                    "{} was not closed cleanly last time: full integrity check",
                    path.display()
                );
                Check::Full
            } else {
                Check::Quick
            }
        }
        Err(TryLockError::WouldBlock) => Check::Skip,
        Err(TryLockError::Error(_)) => Check::Quick,
    };
    match file.lock_shared() {
        Ok(()) => (Some(file), check),
        Err(_) => (None, check),
    }
}

/// A damaged database that was moved aside when the store opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged file now is (its `-wal` and `-shm` companions beside it, same name).
    pub moved_to: PathBuf,
    /// What SQLite said about it.
    pub reason: String,
}

/// Opens `path` with `prepare` (pragmas, integrity check, migrations). When SQLite says the
/// file is damaged or is not a database, the file is moved aside and a fresh one is prepared.
pub(super) fn open_or_recover(
    path: &Path,
    prepare: impl Fn(Connection) -> Result<Connection, StoreError>,
) -> Result<(Connection, Option<Recovery>), StoreError> {
    let open = || {
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        prepare(conn)
    };
    match open() {
        Ok(conn) => Ok((conn, None)),
        Err(error) if is_damage(&error) => {
            // `open` has returned, so the connection to the damaged file is closed.
            let moved_to = move_aside(path).map_err(|source| StoreError::MoveAside {
                path: path.display().to_string(),
                source,
            })?;
            let reason = error.to_string();
            tracing::error!(
                "the database {} was damaged ({reason}); it was moved to {} and a new one was started",
                path.display(),
                moved_to.display()
            );
            let conn = open()?;
            Ok((conn, Some(Recovery { moved_to, reason })))
        }
        Err(error) => Err(error),
    }
}

/// The integrity check's findings; empty when the file is sound.
pub(super) fn integrity_problems(
    conn: &Connection,
    check: Check,
) -> Result<Vec<String>, rusqlite::Error> {
    let mut statement = conn.prepare(match check {
        Check::Skip => return Ok(Vec::new()),
        Check::Quick => "PRAGMA quick_check(20)",
        Check::Full => "PRAGMA integrity_check(20)",
    })?;
    let lines = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<String>, _>>()?;
    Ok(lines.into_iter().filter(|line| line != "ok").collect())
}

/// Whether an error means the file itself is damaged (as opposed to busy, full, read-only,
/// or written by a newer relais: those must never cost the file its place).
fn is_damage(error: &StoreError) -> bool {
    match error {
        StoreError::Damaged(_) => true,
        StoreError::Open { source, .. } | StoreError::Sql(source) => sqlite_says_damaged(source),
        _ => false,
    }
}

fn sqlite_says_damaged(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// Renames `path` (and its `-wal` and `-shm` files, which belong to it) to
/// `<name>.damaged-<date>-<time>[-n].<ext>`, never over an existing file.
fn move_aside(path: &Path) -> std::io::Result<PathBuf> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "relais".to_string());
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let companions = |base: &Path| {
        ["-wal", "-shm"].map(|suffix| {
            let mut name = base.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        })
    };
    let target = (1..)
        .map(|n| {
            let counter = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            path.with_file_name(format!("{stem}.damaged-{stamp}{counter}{extension}"))
        })
        .find(|candidate| !candidate.exists() && companions(candidate).iter().all(|c| !c.exists()))
        .expect("some numbered name is free");
    std::fs::rename(path, &target)?;
    for (from, to) in companions(path).into_iter().zip(companions(&target)) {
        if from.exists() {
            std::fs::rename(from, to)?;
        }
    }
    Ok(target)
}
