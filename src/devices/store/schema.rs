//! The database's tables, as an append-only list of migrations tracked by `PRAGMA user_version`.
//!
//! Never edit a migration that has shipped: a kiosk that already ran it would not run it again.
//! Add a new one at the end. `docs/privacy.md` describes every table and column; a new column
//! goes there too, with why it cannot hold personal data.
//!
//! Several processes may open one file at the same moment (the kiosk, `relais reprint`, a
//! `simulate`): `migrate` runs the missing migrations inside one exclusive transaction and reads
//! the version again once it holds the lock, so the first process migrates and the others wait
//! for it (busy timeout), then find nothing left to do.

use rusqlite::{Connection, TransactionBehavior};
#[cfg(test)]
use rusqlite_migration::{M, Migrations};

use super::StoreError;

/// The database's version once every migration ran.
pub fn latest() -> usize {
    MIGRATIONS.len()
}

/// The version written in the file (`PRAGMA user_version`, 0 for a new file).
pub fn version(conn: &Connection) -> Result<usize, rusqlite::Error> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    Ok(usize::try_from(version).unwrap_or(0))
}

/// Brings the file to the latest version. A file already there costs one read and no lock.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    if version(conn)? == latest() {
        return Ok(());
    }
    // IMMEDIATE takes the write lock at BEGIN (waiting for it up to the busy timeout), so no
    // other process can migrate between our reading the version and our writing it.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found = version(&tx)?;
    if found > latest() {
        return Err(StoreError::NewerVersion);
    }
    for sql in &MIGRATIONS[found..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", latest() as i64)?;
    tx.commit()?;
    Ok(())
}

/// The migrations in `rusqlite_migration`'s form, for its validation and the tests that stop
/// at an older version.
#[cfg(test)]
fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

const MIGRATIONS: [&str; 5] = [
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
    // Events become counts per day. A log of single events, in the order they happened,
    // lets anyone replay one visit step by step and match it to a ticket of the same
    // morning; a count per day and kind does not. The old rows are folded in, cut down to
    // what each kind keeps (stats::StatKind::detail), and the log is dropped.
    "CREATE TABLE daily_count (
                day TEXT NOT NULL,              -- local date, YYYY-MM-DD
                kind TEXT NOT NULL,             -- stats::StatKind, kebab-case
                procedure TEXT NOT NULL DEFAULT '',  -- procedure id, '' when the kind keeps none
                node TEXT NOT NULL DEFAULT '',       -- node id, '' when the kind keeps none
                language TEXT NOT NULL DEFAULT '',   -- language code, '' when the kind keeps none
                count INTEGER NOT NULL,
                PRIMARY KEY (day, kind, procedure, node, language)
            ) WITHOUT ROWID;
            INSERT INTO daily_count (day, kind, procedure, node, language, count)
                SELECT day, kind,
                    CASE WHEN kind IN ('procedure-chosen', 'node-reached', 'outcome',
                        'talk-to-person', 'sent-to-person', 'abandoned', 'idle-wipe')
                        THEN COALESCE(procedure, '') ELSE '' END,
                    CASE WHEN kind IN ('node-reached', 'outcome', 'talk-to-person',
                        'sent-to-person', 'abandoned', 'idle-wipe')
                        THEN COALESCE(node, '') ELSE '' END,
                    CASE WHEN kind = 'language-chosen' THEN COALESCE(language, '') ELSE '' END,
                    1
                FROM event WHERE true
                ON CONFLICT DO UPDATE SET count = count + 1;
            DROP TABLE event;
            CREATE INDEX handoff_day ON handoff (day);",
    // The print queue (print::queue) is the handoff table: the time of the next print
    // attempt of each handoff (NULL once printed, or when the worker will try at once).
    "ALTER TABLE handoff ADD COLUMN print_next_attempt TEXT; -- local date and time
            CREATE INDEX handoff_print_status ON handoff (print_status);",
    // One printer owner per store (print::queue): a handoff being printed is `printing`, claimed
    // with the owner's id, so that a new owner knows which job the last one did not finish; it
    // prints that one again, marked as a reprint (also set when the admin asks for a reprint).
    // Statuses from here on: pending | printing | printed | sent (status not confirmed) | failed.
    "ALTER TABLE handoff ADD COLUMN print_owner TEXT; -- the printing process, e.g. `pid-1234`
    ALTER TABLE handoff ADD COLUMN reprint INTEGER NOT NULL DEFAULT 0;",
    // The network's central database (`relais stats push`, devices/fleet): the days whose
    // counts reached it after the day was over, so that they are not sent again. A day with
    // counts and no row here is sent at the next push: a network cut loses no day.
    "CREATE TABLE fleet_pushed (
                day TEXT PRIMARY KEY,           -- local date, YYYY-MM-DD
                pushed_at TEXT NOT NULL         -- UTC date and time of the push that sent it
            ) WITHOUT ROWID;",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn old_events_are_folded_into_counts_keeping_only_what_their_kind_keeps() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrations().to_version(&mut conn, 1).unwrap();
        conn.execute_batch(
            "INSERT INTO event (day, kind, language, procedure, node) VALUES
                ('2026-11-20', 'idle-wipe', 'ar', 'rsa', 'address'),
                ('2026-11-20', 'idle-wipe', 'uk', 'rsa', 'address'),
                ('2026-11-20', 'language-chosen', 'ar', 'rsa', NULL),
                ('2026-11-21', 'visit-started', 'fr', NULL, NULL);",
        )
        .unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let mut statement = conn
            .prepare(
                "SELECT day, kind, procedure, node, language, count FROM daily_count ORDER BY 1, 2",
            )
            .unwrap();
        let rows: Vec<String> = statement
            .query_map([], |row| {
                Ok(format!(
                    "{} {} [{}] [{}] [{}] {}",
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, i64>(5)?
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            rows,
            vec![
                "2026-11-20 idle-wipe [rsa] [address] [] 2",
                "2026-11-20 language-chosen [] [] [ar] 1",
                "2026-11-21 visit-started [] [] [] 1",
            ]
        );
    }
}
