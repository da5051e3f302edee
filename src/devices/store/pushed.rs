//! What the store tells the central database (`devices::fleet`): the days not sent yet, the
//! days sent once over, and the hour of the last ticket for the heartbeat.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};

impl Store {
    /// The days up to `today` that have counts and were not sent complete: every earlier day
    /// a push missed, and today (whose counts still grow), oldest first.
    pub fn days_to_push(&self, today: NaiveDate) -> Result<Vec<NaiveDate>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT DISTINCT day FROM daily_count
             WHERE day <= ?1 AND day NOT IN (SELECT day FROM fleet_pushed) ORDER BY day",
        )?;
        let days = statement
            .query_map(params![today.to_string()], |row| row.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        days.iter()
            .map(|day| {
                NaiveDate::parse_from_str(day, "%Y-%m-%d")
                    .map_err(|_| StoreError::Damaged(format!("a count is dated `{day}`")))
            })
            .collect()
    }

    /// Records that `days` reached the central database complete (days already over).
    pub fn mark_pushed(&mut self, days: &[NaiveDate], at: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for day in days {
            tx.execute(
                "INSERT OR REPLACE INTO fleet_pushed (day, pushed_at) VALUES (?1, ?2)",
                params![day.to_string(), at.format("%Y-%m-%d %H:%M:%S").to_string()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The hour of the last ticket (local time, minutes cut off), `None` without tickets.
    pub fn last_ticket_hour(&self) -> Result<Option<NaiveDateTime>, StoreError> {
        let last: Option<String> = self
            .conn
            .query_row("SELECT MAX(created_at) FROM handoff", [], |row| row.get(0))
            .optional()?
            .flatten();
        Ok(last
            .and_then(|t| NaiveDateTime::parse_from_str(&t, "%Y-%m-%d %H:%M").ok())
            .and_then(|t| t.with_minute(0))
            .and_then(|t| t.with_second(0)))
    }
}
