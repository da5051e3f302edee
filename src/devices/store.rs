//! The kiosk's memory: committed handoffs and anonymous daily counts, in one SQLite file.
//!
//! WAL journal with `synchronous = FULL`, so a handoff reported as committed survives a crash
//! or a power cut. Migrations only ever append (`store/schema.rs`), and any number of processes
//! may open the file at once. At open the file gets a quick integrity check (the full one after
//! an unclean shutdown, none beside another process that has it open), and a damaged file is
//! moved aside and replaced (`store/recovery.rs`).
//! Handoffs are deleted after the retention period; the daily counts stay (`store/retention.rs`).
//!
//! The tables hold content ids, texts from the content, days, minutes and counters: nothing a
//! visitor typed (they cannot type), nothing that names or identifies a person. Every column is
//! listed, with why, in `docs/privacy.md`.

mod pushed;
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

pub use recovery::{Check, Recovery};
pub use retention::Purged;

/// How long a process waits for another one's write (a migration, a commit) to end. Writes
/// take milliseconds; many processes opening a new file at once queue behind one another.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How many times opening is tried when the file stays busy.
const OPEN_TRIES: u64 = 5;

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
    /// Whether another process held the file's lock for longer than we waited.
    fn is_busy(&self) -> bool {
        let (StoreError::Open { source, .. } | StoreError::Sql(source)) = self else {
            return false;
        };
        matches!(
            source.sqlite_error_code(),
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
        )
    }

    pub fn problem(&self) -> StoreProblem {
        let (sqlite, otherwise) = match self {
            StoreError::Open { source, .. } => (source, StoreProblem::Unavailable),
            StoreError::Sql(source) => (source, StoreProblem::Other),
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

/// Where a handoff's printing stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintStatus {
    /// Waiting for the printer's owner.
    Pending,
    /// Claimed by the printer's owner, job under way (or its owner died during the job).
    Printing,
    /// The printer confirmed it had paper and took the whole job.
    Printed,
    /// Sent to a printer that is not asked for its status (`status-check = false`): nobody
    /// confirmed it came out.
    Sent,
    /// The last attempt failed; tried again at `next_attempt`.
    Failed,
}

impl PrintStatus {
    fn as_str(self) -> &'static str {
        match self {
            PrintStatus::Pending => "pending",
            PrintStatus::Printing => "printing",
            PrintStatus::Printed => "printed",
            PrintStatus::Sent => "sent",
            PrintStatus::Failed => "failed",
        }
    }

    fn parse(s: &str) -> PrintStatus {
        match s {
            "printing" => PrintStatus::Printing,
            "printed" => PrintStatus::Printed,
            "sent" => PrintStatus::Sent,
            "failed" => PrintStatus::Failed,
            _ => PrintStatus::Pending,
        }
    }

    /// In words, for `relais print-queue` and the admin.
    pub fn label(self) -> &'static str {
        match self {
            PrintStatus::Pending => "waiting",
            PrintStatus::Printing => "printing",
            PrintStatus::Printed => "printed",
            PrintStatus::Sent => "sent, not confirmed",
            PrintStatus::Failed => "failed",
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
    /// This process's mark as a user of the file (`recovery::join_users`); `None` in memory.
    _users: Option<std::fs::File>,
    /// The integrity check the file got when it opened.
    checked: Check,
    retention_days: u32,
    /// Set when the file was damaged and replaced at open, until the admin has been told.
    recovery: Option<Recovery>,
    /// The last day a purge was attempted, so that it runs once a day.
    last_purge: Option<NaiveDate>,
}

/// The schema version a store has once this relais opened it (`PRAGMA user_version`).
pub fn schema_version() -> usize {
    schema::latest()
}

/// The ticket as shown and spoken: three digits, restarting at 001 each day.
pub fn format_ticket(number: i64) -> String {
    format!("{number:03}")
}

impl Store {
    /// Opens (or creates) the database file, creating its folder if needed, with the default
    /// retention. A damaged file is moved aside and replaced: see `recovery()`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // A missing folder is created; if that fails, opening says why in SQLite's words.
            let _ = std::fs::create_dir_all(parent);
        }
        let (users, check) = recovery::join_users(path);
        let mut tries = 1;
        let (conn, recovery) = loop {
            match recovery::open_or_recover(path, |conn| Self::prepare(conn, check)) {
                // Each step already waits BUSY_TIMEOUT for the lock; the few steps SQLite does
                // not wait for (a journal mode change racing another one) are tried again.
                Err(error) if error.is_busy() && tries < OPEN_TRIES => {
                    tracing::warn!("{error}; trying again");
                    std::thread::sleep(std::time::Duration::from_millis(100 * tries));
                    tries += 1;
                }
                outcome => break outcome?,
            }
        };
        Ok(Store {
            conn,
            _users: users,
            checked: check,
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
            conn: Self::prepare(Connection::open_in_memory()?, Check::Quick)?,
            _users: None,
            checked: Check::Quick,
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
        conn.busy_timeout(BUSY_TIMEOUT)?;
        match schema::version(&conn)?.cmp(&schema::latest()) {
            std::cmp::Ordering::Equal => {}
            std::cmp::Ordering::Less => return Err(StoreError::OlderVersion),
            std::cmp::Ordering::Greater => return Err(StoreError::NewerVersion),
        }
        Ok(Store {
            conn,
            _users: None,
            // Read only: nothing would be done about damage here, the kiosk's open deals with it.
            checked: Check::Skip,
            retention_days: DEFAULT_RETENTION_DAYS,
            recovery: None,
            last_purge: None,
        })
    }

    /// The full integrity check of the file at `path`, read only, beside a running kiosk
    /// (`relais store check`): what it finds wrong, empty when the file is sound.
    pub fn check_file(path: &Path) -> Result<Vec<String>, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing(path.display().to_string()));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(
            |source| StoreError::Open {
                path: path.display().to_string(),
                source,
            },
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(recovery::integrity_problems(&conn, Check::Full)?)
    }

    fn prepare(mut conn: Connection, check: Check) -> Result<Connection, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Before anything writes to it: a damaged file is found here, not by the first visitor.
        let problems = recovery::integrity_problems(&conn, check)?;
        if !problems.is_empty() {
            return Err(StoreError::Damaged(problems.join("; ")));
        }
        // Set once per file, by the first process: changing it takes the file's exclusive lock.
        let journal: String = conn.pragma_query_value(None, "journal_mode", |row| row.get(0))?;
        if !journal.eq_ignore_ascii_case("wal") {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        // FULL: a commit is on disk before we say so. The kiosk writes a few rows per visit,
        // so the cost is invisible, and a power cut must never lose a printed ticket's case.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted rows (purged handoffs) are overwritten with zeros, not left in free pages
        // where a copy of the file would still show them.
        conn.pragma_update(None, "secure_delete", "ON")?;
        schema::migrate(&mut conn)?;
        Ok(conn)
    }

    /// The integrity check the file got when it opened: none beside another process, quick,
    /// or full after an unclean shutdown.
    pub fn checked_at_open(&self) -> Check {
        self.checked
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

    /// What `PRAGMA integrity_check` (`Check::Full`) or `quick_check` finds wrong; empty when
    /// the file is sound.
    pub fn integrity_problems(&self, check: Check) -> Result<Vec<String>, StoreError> {
        Ok(recovery::integrity_problems(&self.conn, check)?)
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
    /// Asked for again by the admin, or taken over from an owner that died during the job.
    pub reprint: bool,
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

    /// Every handoff whose printing nobody confirmed (waiting, printing, failed, or sent to a
    /// printer that is not asked for its status), oldest first.
    pub fn print_queue(&self) -> Result<Vec<QueuedPrint>, StoreError> {
        self.queued("print_status != 'printed'", params![])
    }

    /// What the printer's owner should print now: the handoffs of `today` (and reprints of any
    /// day) that wait, failed and are due at `now` (`None`: whatever their next attempt), or
    /// were left `printing` by an owner that is gone. Older handoffs wait for the admin: a
    /// slip printed out of the blue the next morning would only confuse.
    pub fn due_prints(
        &self,
        today: NaiveDate,
        now: Option<NaiveDateTime>,
    ) -> Result<Vec<QueuedPrint>, StoreError> {
        let now = now.map(|now| now.format(DATE_TIME).to_string());
        self.queued(
            "print_status IN ('pending', 'failed', 'printing') AND (day = ?1 OR reprint = 1)
             AND (?2 IS NULL OR print_next_attempt IS NULL OR print_next_attempt <= ?2)",
            params![today.to_string(), now],
        )
    }

    fn queued(
        &self,
        condition: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<QueuedPrint>, StoreError> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT body, print_status, print_attempts, print_error, print_next_attempt, reprint
             FROM handoff WHERE {condition} ORDER BY created_at, id"
        ))?;
        let rows = statement.query_map(params, |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, u32>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, Option<String>>(4)?,
                row.get::<_, bool>(5)?,
            ))
        })?;
        let mut queue = Vec::new();
        for row in rows {
            let (body, status, attempts, error, next, reprint) = row?;
            queue.push(QueuedPrint {
                record: serde_json::from_str(&body)?,
                print_status: PrintStatus::parse(&status),
                print_attempts: attempts,
                print_error: error,
                next_attempt: next.and_then(|n| NaiveDateTime::parse_from_str(&n, DATE_TIME).ok()),
                reprint,
            });
        }
        Ok(queue)
    }

    /// Claims a handoff for printing (`printing`, with the owner's id), in its own
    /// transaction, before the printer is called. A handoff found `printing` already was
    /// claimed by an owner that died during the job: it is marked as a reprint, since its
    /// slip may have come out. `false` when there is nothing to claim (printed meanwhile).
    pub fn claim_print(
        &mut self,
        day: NaiveDate,
        ticket: &str,
        owner: &str,
    ) -> Result<bool, StoreError> {
        let number: i64 = ticket.parse().unwrap_or(-1);
        let claimed = self.conn.execute(
            "UPDATE handoff SET print_owner = ?1, print_status = 'printing',
                 reprint = reprint OR print_status = 'printing'
             WHERE day = ?2 AND number = ?3 AND print_status IN ('pending', 'failed', 'printing')",
            params![owner, day.to_string(), number],
        )?;
        Ok(claimed == 1)
    }

    /// Records one print attempt: printed (`Ok(true)`), sent without confirmation
    /// (`Ok(false)`, a printer not asked for its status), or failed with its error and the time
    /// of the next try.
    pub fn record_print_attempt(
        &mut self,
        day: NaiveDate,
        ticket: &str,
        outcome: Result<bool, (&str, NaiveDateTime)>,
    ) -> Result<(), StoreError> {
        let number: i64 = ticket.parse().unwrap_or(-1);
        let (status, error, next) = match outcome {
            Ok(true) => (PrintStatus::Printed, None, None),
            Ok(false) => (PrintStatus::Sent, None, None),
            Err((error, next)) => (
                PrintStatus::Failed,
                Some(error),
                Some(next.format(DATE_TIME).to_string()),
            ),
        };
        self.conn.execute(
            "UPDATE handoff SET print_status = ?1, print_attempts = print_attempts + 1,
                 print_error = ?2, print_next_attempt = ?3, print_owner = NULL
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
            "UPDATE handoff SET print_status = 'pending', print_next_attempt = NULL, reprint = 1
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
