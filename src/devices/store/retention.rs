//! Retention: handoffs are deleted once they are older than `[store] retention-days` (30 by
//! default); the daily counts are kept, since they say nothing about anyone.
//!
//! The purge runs when the kiosk starts and then once a day (`Controller` asks on its clock).
//! Nothing needs folding first: events are counted per day as they happen (`Store::record`),
//! so the figures never depended on the handoffs being there.

use chrono::{Days, NaiveDate};
use rusqlite::params;

use super::{Store, StoreError};

/// What a purge did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purged {
    /// Handoffs deleted.
    pub handoffs: usize,
    /// Handoffs of this day and later are kept.
    pub kept_from: NaiveDate,
}

impl Store {
    /// Deletes the handoffs of the days before `today - retention_days`. With 30 days, on
    /// 23 December the handoffs of 23 November are kept and those of the 22nd go.
    pub fn purge(&mut self, today: NaiveDate) -> Result<Purged, StoreError> {
        let kept_from = today
            .checked_sub_days(Days::new(u64::from(self.retention_days)))
            .unwrap_or(NaiveDate::MIN);
        let handoffs = self.conn.execute(
            "DELETE FROM handoff WHERE day < ?1",
            params![kept_from.to_string()],
        )?;
        if handoffs > 0 {
            // The deleted rows' pages were zeroed (secure_delete), but older copies of those
            // pages may still sit in the write-ahead log: fold it in and empty it.
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(Purged {
            handoffs,
            kept_from,
        })
    }

    /// Purges if no purge was tried yet on `today`; `None` when one was. A failed purge is not
    /// retried before the next day, so that a full disk does not fill the log twice a second.
    pub fn purge_if_due(&mut self, today: NaiveDate) -> Option<Result<Purged, StoreError>> {
        if self.last_purge == Some(today) {
            return None;
        }
        self.last_purge = Some(today);
        Some(self.purge(today))
    }
}
