//! The kiosk's memory: committed handoffs and anonymous daily counts, in one SQLite file.
//!
//! WAL journal with `synchronous = FULL`, so a handoff reported as committed survives a crash
//! or a power cut. Migrations only ever append (`store/schema.rs`). At open the file gets an
//! integrity check, and a damaged file is moved aside and replaced (`store/recovery.rs`).
//! Handoffs are deleted after the retention period; the daily counts stay (`store/retention.rs`).
//!
//! The tables hold content ids, texts from the content, days, minutes and counters: nothing a
//! visitor typed (they cannot type), nothing that names or identifies a person. Every column is
//! listed, with why, in `docs/privacy.md`.

mod recovery;
mod retention;
mod schema;

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, Timelike};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};

use crate::config::StoreConfig;
use crate::handoff::{Handoff, HandoffRecord};
use crate::stats::StatEvent;
use crate::stats::report::DailyCount;

pub use recovery::Recovery;
pub use retention::Purged;

/// How long handoffs are kept when the configuration does not say (`[store] retention-days`).
pub const DEFAULT_RETENTION_DAYS: u32 = 30;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database {path} cannot be opened: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("there is no database at {0}")]
    Missing(String),
    #[error("the database could not be prepared: {0}")]
    Migrate(#[from] rusqlite_migration::Error),
    #[error("the database is from an older relais: start the kiosk once to update it")]
    OlderVersion,
    #[error(
        "the database was made by a newer relais; this one leaves it alone (run the newer one)"
    )]
    NewerVersion,
    #[error("the database failed its integrity check: {0}")]
    Damaged(String),
    #[error("the damaged database {path} could not be moved aside: {source}")]
    MoveAside {
        path: String,
        source: std::io::Error,
    },
    #[error("the database refused the write: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("a stored handoff could not be read back: {0}")]
    Unreadable(#[from] serde_json::Error),
}

/// What kind of trouble a store error is, for a message the admin can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreProblem {
    /// The disk (or the database's allowed size) is full.
    Full,
    /// The file, its folder or its disk is read-only.
    ReadOnly,
    /// The file is damaged.
    Damaged,
    /// The file cannot be opened or is not there.
    Unavailable,
    /// Anything else (busy, a newer version, an I/O error).
    Other,
}

impl StoreError {
    pub fn problem(&self) -> StoreProblem {
        let (sqlite, otherwise) = match self {
            StoreError::Open { source, .. } => (source, StoreProblem::Unavailable),
            StoreError::Sql(source)
            | StoreError::Migrate(rusqlite_migration::Error::RusqliteError {
                err: source, ..
            }) => (source, StoreProblem::Other),
            StoreError::Missing(_) => return StoreProblem::Unavailable,
            StoreError::Damaged(_) | StoreError::Unreadable(_) => return StoreProblem::Damaged,
            _ => return StoreProblem::Other,
        };
        match sqlite.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreProblem::Full,
            Some(ErrorCode::ReadOnly) => StoreProblem::ReadOnly,
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreProblem::Damaged,
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => StoreProblem::Unavailable,
            _ => otherwise,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintStatus {
    Pending,
    Printed,
    Failed,
}

impl PrintStatus {
    fn as_str(self) -> &'static str {
        match self {
            PrintStatus::Pending => "pending",
            PrintStatus::Printed => "printed",
            PrintStatus::Failed => "failed",
        }
    }

    fn parse(s: &str) -> PrintStatus {
        match s {
            "printed" => PrintStatus::Printed,
            "failed" => PrintStatus::Failed,
            _ => PrintStatus::Pending,
        }
    }
}

/// A stored handoff and where its printing stands.
#[derive(Debug, Clone)]
pub struct StoredHandoff {
    pub record: HandoffRecord,
    pub print_status: PrintStatus,
    pub print_attempts: u32,
}

pub struct Store {
    conn: Connection,
    retention_days: u32,
    /// Set when the file was damaged and replaced at open, until the admin has been told.
    recovery: Option<Recovery>,
    /// The last day a purge was attempted, so that it runs once a day.
    last_purge: Option<NaiveDate>,
}

/// The ticket as shown and spoken: three digits, restarting at 001 each day.
pub fn format_ticket(number: i64) -> String {
    format!("{number:03}")
}

impl Store {
    /// Opens (or creates) the database file, creating its folder if needed, with the default
    /// retention. A damaged file is moved aside and replaced: see `recovery()`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let (conn, recovery) = recovery::open_or_recover(path, Self::prepare)?;
        Ok(Store {
            conn,
            retention_days: DEFAULT_RETENTION_DAYS,
            recovery,
            last_purge: None,
        })
    }

    /// Opens the database of the configuration (`[store]`: path and retention).
    pub fn open_configured(config: &StoreConfig) -> Result<Store, StoreError> {
        let mut store = Self::open(&config.path)?;
        store.retention_days = config.retention_days;
        Ok(store)
    }

    /// A database in memory, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Ok(Store {
            conn: Self::prepare(Connection::open_in_memory()?)?,
            retention_days: DEFAULT_RETENTION_DAYS,
            recovery: None,
            last_purge: None,
        })
    }

    /// Opens an existing database without write access, for reading figures beside a running
    /// kiosk. Every write to it fails as on a read-only disk. Nothing is repaired or migrated:
    /// a database of another version is an error.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing(path.display().to_string()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        match schema::migrations().pending_migrations(&conn)? {
            0 => {}
            pending if pending > 0 => return Err(StoreError::OlderVersion),
            _ => return Err(StoreError::NewerVersion),
        }
        Ok(Store {
            conn,
            retention_days: DEFAULT_RETENTION_DAYS,
            recovery: None,
            last_purge: None,
        })
    }

    fn prepare(mut conn: Connection) -> Result<Connection, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Before anything writes to it: a damaged file is found here, not by the first visitor.
        let problems = recovery::integrity_problems(&conn)?;
        if !problems.is_empty() {
            return Err(StoreError::Damaged(problems.join("; ")));
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a commit is on disk before we say so. The kiosk writes a few rows per visit,
        // so the cost is invisible, and a power cut must never lose a printed ticket's case.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted rows (purged handoffs) are overwritten with zeros, not left in free pages
        // where a copy of the file would still show them.
        conn.pragma_update(None, "secure_delete", "ON")?;
        let migrations = schema::migrations();
        if migrations.pending_migrations(&conn)? < 0 {
            return Err(StoreError::NewerVersion);
        }
        migrations.to_latest(&mut conn)?;
        Ok(conn)
    }

    /// The damaged file this store replaced when it opened, if it did.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    pub fn retention_days(&self) -> u32 {
        self.retention_days
    }

    pub fn set_retention_days(&mut self, days: u32) {
        self.retention_days = days;
    }

    /// Stores a handoff and gives it the next ticket number of its day, in one transaction.
    /// The time is kept to the minute, as printed: seconds would only help match a ticket to
    /// the moment someone stood at the screen.
    pub fn commit_handoff(
        &mut self,
        handoff: &Handoff,
        site: &str,
        created_at: NaiveDateTime,
    ) -> Result<HandoffRecord, StoreError> {
        let created_at = to_the_minute(created_at);
        let day = created_at.date().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let number: i64 = tx.query_row(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM handoff WHERE day = ?1",
            [&day],
            |row| row.get(0),
        )?;
        let record = HandoffRecord {
            ticket: format_ticket(number),
            created_at,
            site: site.to_string(),
            handoff: handoff.clone(),
        };
        let ending = match &handoff.agent.ending {
            crate::handoff::Ending::Outcome { .. } => "outcome",
            crate::handoff::Ending::ToPerson { .. } => "to-person",
            crate::handoff::Ending::AskedForPerson { .. } => "asked-for-person",
        };
        tx.execute(
            "INSERT INTO handoff (day, number, created_at, procedure, ending, language, flags, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                day,
                number,
                created_at.format("%Y-%m-%d %H:%M").to_string(),
                handoff.agent.procedure.as_ref().map(|p| p.id.as_str()),
                ending,
                handoff.agent.language_code,
                handoff.flag_ids().join(" "),
                serde_json::to_string(&record)?,
            ],
        )?;
        tx.commit()?;
        Ok(record)
    }

    /// Records the result of one print attempt.
    pub fn set_print_status(
        &mut self,
        day: NaiveDate,
        ticket: &str,
        status: PrintStatus,
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        let number: i64 = ticket.parse().unwrap_or(-1);
        self.conn.execute(
            "UPDATE handoff SET print_status = ?1, print_attempts = print_attempts + 1, print_error = ?2
             WHERE day = ?3 AND number = ?4",
            params![status.as_str(), error, day.to_string(), number],
        )?;
        Ok(())
    }

    pub fn handoff(
        &self,
        day: NaiveDate,
        ticket: &str,
    ) -> Result<Option<StoredHandoff>, StoreError> {
        let number: i64 = ticket.parse().unwrap_or(-1);
        let row = self
            .conn
            .query_row(
                "SELECT body, print_status, print_attempts FROM handoff WHERE day = ?1 AND number = ?2",
                params![day.to_string(), number],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, u32>(2)?)),
            )
            .optional()?;
        row.map(|(body, status, attempts)| {
            Ok(StoredHandoff {
                record: serde_json::from_str(&body)?,
                print_status: PrintStatus::parse(&status),
                print_attempts: attempts,
            })
        })
        .transpose()
    }

    /// Counts an anonymous event on its day, keeping only what its kind keeps
    /// (`StatEvent::for_storage`).
    pub fn record(&mut self, event: &StatEvent, day: NaiveDate) -> Result<(), StoreError> {
        let event = event.for_storage();
        self.conn.execute(
            "INSERT INTO daily_count (day, kind, procedure, node, language, count)
             VALUES (?1, ?2, ?3, ?4, ?5, 1)
             ON CONFLICT (day, kind, procedure, node, language) DO UPDATE SET count = count + 1",
            params![
                day.to_string(),
                event.kind.as_str(),
                event.procedure.as_deref().unwrap_or(""),
                event.node.as_deref().unwrap_or(""),
                event.language.as_deref().unwrap_or(""),
            ],
        )?;
        Ok(())
    }

    /// Every kept count from `from` to `to`, both included, in order. Kinds this version does
    /// not know (written by a newer relais) are left out.
    pub fn daily_counts(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<DailyCount>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT day, kind, procedure, node, language, count FROM daily_count
             WHERE day BETWEEN ?1 AND ?2 ORDER BY day, kind, procedure, node, language",
        )?;
        let rows = statement.query_map(params![from.to_string(), to.to_string()], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, i64>(5)?,
            ))
        })?;
        let id = |text: String| (!text.is_empty()).then_some(text);
        let mut counts = Vec::new();
        for row in rows {
            let (day, kind, procedure, node, language, count) = row?;
            let Some(kind) = crate::stats::StatKind::parse(&kind) else {
                continue;
            };
            let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .map_err(|_| StoreError::Damaged(format!("a count is dated `{day}`")))?;
            counts.push(DailyCount {
                day,
                kind,
                procedure: id(procedure),
                node: id(node),
                language: id(language),
                count: count.max(0) as u64,
            });
        }
        Ok(counts)
    }

    pub fn handoff_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM handoff", [], |row| row.get(0))?)
    }

    /// Events of one kind on one day, whatever their details.
    pub fn event_count(&self, day: NaiveDate, kind: &str) -> Result<i64, StoreError> {
        Ok(self.conn.query_row(
            "SELECT COALESCE(SUM(count), 0) FROM daily_count WHERE day = ?1 AND kind = ?2",
            params![day.to_string(), kind],
            |row| row.get(0),
        )?)
    }

    /// The journal mode in force, to show WAL is on.
    pub fn journal_mode(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "journal_mode", |row| row.get(0))?)
    }

    /// What `PRAGMA integrity_check` finds wrong; empty when the file is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        Ok(recovery::integrity_problems(&self.conn)?)
    }

    /// Caps the file at its present size plus `extra_pages` pages (of 4 KiB). Beyond it SQLite
    /// answers SQLITE_FULL, exactly as on a full disk: the tests use this to go down the
    /// full-disk path for real. The kiosk never calls it.
    pub fn cap_size(&mut self, extra_pages: u32) -> Result<(), StoreError> {
        let pages: i64 = self
            .conn
            .pragma_query_value(None, "page_count", |row| row.get(0))?;
        self.conn.pragma_update(
            None,
            "max_page_count",
            pages.saturating_add(i64::from(extra_pages)),
        )?;
        Ok(())
    }
}

fn to_the_minute(time: NaiveDateTime) -> NaiveDateTime {
    time.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(time)
}

// ─── Print queue (issue 7) ──────────────────────────────────────────────────────────────────
// The few queries the print worker (`print::queue`) and the admin's queue view need. The queue
// *is* the `handoff` table: a handoff whose `print_status` is not `printed` is waiting for the
// printer, with its attempts, last error and next try kept here so that a restart loses none.

/// One handoff still waiting for the printer, for the worker and the admin screen.
#[derive(Debug, Clone)]
pub struct QueuedPrint {
    pub record: HandoffRecord,
    pub print_status: PrintStatus,
    pub print_attempts: u32,
    /// Why the last attempt failed.
    pub print_error: Option<String>,
    /// When the worker tries again (`None`: at once).
    pub next_attempt: Option<NaiveDateTime>,
}

const DATE_TIME: &str = "%Y-%m-%d %H:%M:%S";

impl Store {
    /// The database file, so that the print worker can open its own connection to it; `None`
    /// for a database in memory (nobody else can see it).
    pub fn path(&self) -> Option<std::path::PathBuf> {
        self.conn
            .path()
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from)
    }

    /// Every handoff not printed yet (pending or failed), oldest first.
    pub fn print_queue(&self) -> Result<Vec<QueuedPrint>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT body, print_status, print_attempts, print_error, print_next_attempt
             FROM handoff WHERE print_status != 'printed' ORDER BY created_at, id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, u32>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut queue = Vec::new();
        for row in rows {
            let (body, status, attempts, error, next) = row?;
            queue.push(QueuedPrint {
                record: serde_json::from_str(&body)?,
                print_status: PrintStatus::parse(&status),
                print_attempts: attempts,
                print_error: error,
                next_attempt: next.and_then(|n| NaiveDateTime::parse_from_str(&n, DATE_TIME).ok()),
            });
        }
        Ok(queue)
    }

    /// Records one print attempt: printed, or failed with its error and the time of the next
    /// try.
    pub fn record_print_attempt(
        &mut self,
        day: NaiveDate,
        ticket: &str,
        outcome: Result<(), (&str, NaiveDateTime)>,
    ) -> Result<(), StoreError> {
        let number: i64 = ticket.parse().unwrap_or(-1);
        let (status, error, next) = match outcome {
            Ok(()) => (PrintStatus::Printed, None, None),
            Err((error, next)) => (
                PrintStatus::Failed,
                Some(error),
                Some(next.format(DATE_TIME).to_string()),
            ),
        };
        self.conn.execute(
            "UPDATE handoff SET print_status = ?1, print_attempts = print_attempts + 1,
                 print_error = ?2, print_next_attempt = ?3
             WHERE day = ?4 AND number = ?5",
            params![status.as_str(), error, next, day.to_string(), number],
        )?;
        Ok(())
    }

    /// Puts a handoff back in the queue (a reprint asked for by the admin), printed or not;
    /// returns it, or `None` when there is no such ticket that day.
    pub fn requeue_print(
        &mut self,
        day: NaiveDate,
        ticket: &str,
    ) -> Result<Option<HandoffRecord>, StoreError> {
        let number: i64 = ticket.parse().unwrap_or(-1);
        let changed = self.conn.execute(
            "UPDATE handoff SET print_status = 'pending', print_next_attempt = NULL
             WHERE day = ?1 AND number = ?2",
            params![day.to_string(), number],
        )?;
        if changed == 0 {
            return Ok(None);
        }
        Ok(self.handoff(day, ticket)?.map(|stored| stored.record))
    }
}
// ─── end of the print queue block ───────────────────────────────────────────────────────────

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets_are_three_digits() {
        assert_eq!(format_ticket(7), "007");
        assert_eq!(format_ticket(1234), "1234");
    }

    #[test]
    fn times_are_kept_to_the_minute() {
        let time = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_milli_opt(10, 32, 47, 512)
            .unwrap();
        assert_eq!(to_the_minute(time).to_string(), "2026-11-23 10:32:00");
    }
}
