//! The kiosk's memory: committed handoffs and anonymous statistics, in one SQLite file.
//!
//! WAL journal with `synchronous = FULL`, so a handoff reported as committed survives a power
//! cut. Migrations only ever append (tracked by `PRAGMA user_version`). The tables hold content
//! ids, texts from the content, times and counters: nothing a visitor typed (they cannot type),
//! nothing that names or identifies a person.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};

use crate::handoff::{Handoff, HandoffRecord};
use crate::stats::StatEvent;

/// Append-only: never edit a migration that has shipped; add a new one.
fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(
            "CREATE TABLE handoff (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,              -- local date, YYYY-MM-DD: tickets restart each day
            number INTEGER NOT NULL,        -- ticket number within the day
            created_at TEXT NOT NULL,       -- local date and time
            procedure TEXT,                 -- procedure id, NULL if none was chosen
            ending TEXT NOT NULL,           -- outcome | to-person | asked-for-person
            language TEXT NOT NULL,
            flags TEXT NOT NULL,            -- space-separated flag ids
            body TEXT NOT NULL,             -- the whole HandoffRecord as JSON, for reprints
            print_status TEXT NOT NULL DEFAULT 'pending',  -- pending | printed | failed
            print_attempts INTEGER NOT NULL DEFAULT 0,
            print_error TEXT,
            UNIQUE (day, number)
        );
        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            language TEXT,
            procedure TEXT,
            node TEXT
        );
        CREATE INDEX event_day ON event (day, kind);",
        ),
        M::up(PRINT_QUEUE_MIGRATION),
    ])
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database {path} cannot be opened: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("the database could not be prepared: {0}")]
    Migrate(#[from] rusqlite_migration::Error),
    #[error("the database refused the write: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("a stored handoff could not be read back: {0}")]
    Corrupt(#[from] serde_json::Error),
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
}

/// The ticket as shown and spoken: three digits, restarting at 001 each day.
pub fn format_ticket(number: i64) -> String {
    format!("{number:03}")
}

impl Store {
    /// Opens (or creates) the database file, creating its folder if needed.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(parent);
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Self::prepare(conn)
    }

    /// A database in memory, for tests and `simulate` dry runs.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a commit is on disk before we say so. The kiosk writes a few rows per visit,
        // so the cost is invisible, and a power cut must never lose a printed ticket's case.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// Stores a handoff and gives it the next ticket number of its day, in one transaction.
    pub fn commit_handoff(
        &mut self,
        handoff: &Handoff,
        site: &str,
        created_at: NaiveDateTime,
    ) -> Result<HandoffRecord, StoreError> {
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
                created_at.format("%Y-%m-%d %H:%M:%S").to_string(),
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

    /// Counts an anonymous event on its day.
    pub fn record(&mut self, event: &StatEvent, day: NaiveDate) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO event (day, kind, language, procedure, node) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                day.to_string(),
                event.kind.as_str(),
                event.language,
                event.procedure,
                event.node
            ],
        )?;
        Ok(())
    }

    pub fn handoff_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM handoff", [], |row| row.get(0))?)
    }

    /// Events of one kind on one day, for `relais stats` and tests.
    pub fn event_count(&self, day: NaiveDate, kind: &str) -> Result<i64, StoreError> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM event WHERE day = ?1 AND kind = ?2",
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
}

// ─── Print queue (issue 7) ──────────────────────────────────────────────────────────────────
// The few queries the print worker (`print::queue`) and the admin's queue view need. The queue
// *is* the `handoff` table: a handoff whose `print_status` is not `printed` is waiting for the
// printer, with its attempts, last error and next try kept here so that a restart loses none.

/// Adds the time of the next print attempt to each handoff (NULL once printed, or when the
/// worker will try at once).
const PRINT_QUEUE_MIGRATION: &str =
    "ALTER TABLE handoff ADD COLUMN print_next_attempt TEXT; -- local date and time
    CREATE INDEX handoff_print_status ON handoff (print_status);";

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
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn tickets_are_three_digits() {
        assert_eq!(format_ticket(7), "007");
        assert_eq!(format_ticket(1234), "1234");
    }
}
