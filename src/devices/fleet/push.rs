//! `relais stats push`: the kiosk's daily counts and its heartbeat, sent to the central
//! database in one transaction.
//!
//! Each day is sent whole, as `relais stats --csv` shows it, and written over what the database
//! holds for that site, kiosk and day (an upsert keyed by every column of the count but the
//! number): a push retried after a cut, or sent twice, counts nothing twice. The days sent once
//! they were over are remembered in the local store (`fleet_pushed`); any other day with
//! counts, today included, is sent again at the next push. So a day missed while the network
//! was down arrives with the first push after it is back.

use std::path::Path;

use chrono::{DateTime, Local, NaiveDate, Utc};

use super::FleetError;
use super::heartbeat::Heartbeat;
use crate::config::FleetConfig;
use crate::store::Store;

/// What one push sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pushed {
    /// The site the database role writes for.
    pub site: String,
    /// The days sent, oldest first.
    pub days: Vec<NaiveDate>,
    /// Count rows written.
    pub rows: usize,
}

/// Sends the counts of every day not sent complete (up to `now`'s local day) and the heartbeat
/// taken at `now`, as kiosk `kiosk` of the site of the connection's role. The days before
/// today are then marked sent in the store. `now` is an argument so that tests can send an old
/// heartbeat.
pub fn push(
    store: &mut Store,
    db: &mut postgres::Client,
    kiosk: &str,
    heartbeat: &Heartbeat,
    now: DateTime<Utc>,
) -> Result<Pushed, FleetError> {
    let today = now.with_timezone(&Local).date_naive();
    let days = store.days_to_push(today)?;
    let mut tx = db.transaction()?;
    let site: Option<String> = tx
        .query_one("SELECT fleet.site_of(current_user)", &[])?
        .get(0);
    let Some(site) = site else {
        let role: String = tx.query_one("SELECT current_user::text", &[])?.get(0);
        return Err(FleetError::NoSite(role));
    };
    let upsert = tx.prepare(
        "INSERT INTO fleet.daily_count (site, kiosk, day, kind, procedure, node, language, count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (site, kiosk, day, kind, procedure, node, language)
         DO UPDATE SET count = EXCLUDED.count, received_at = now()",
    )?;
    let mut rows = 0;
    for &day in &days {
        for count in store.daily_counts(day, day)? {
            let number = i64::try_from(count.count).unwrap_or(i64::MAX);
            tx.execute(
                &upsert,
                &[
                    &site,
                    &kiosk,
                    &count.day,
                    &count.kind.as_str(),
                    &count.procedure.as_deref().unwrap_or(""),
                    &count.node.as_deref().unwrap_or(""),
                    &count.language.as_deref().unwrap_or(""),
                    &number,
                ],
            )?;
            rows += 1;
        }
    }
    let queue = i32::try_from(heartbeat.print_queue).unwrap_or(i32::MAX);
    tx.execute(
        "INSERT INTO fleet.heartbeat (site, kiosk, seen_at, content_version, relais_version,
             printer_state, print_queue, store_state, last_visit)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (site, kiosk) DO UPDATE SET seen_at = EXCLUDED.seen_at,
             content_version = EXCLUDED.content_version, relais_version = EXCLUDED.relais_version,
             printer_state = EXCLUDED.printer_state, print_queue = EXCLUDED.print_queue,
             store_state = EXCLUDED.store_state, last_visit = EXCLUDED.last_visit",
        &[
            &site,
            &kiosk,
            &now,
            &heartbeat.content_version,
            &heartbeat.relais_version,
            &heartbeat.printer_state,
            &queue,
            &heartbeat.store_state,
            &heartbeat.last_visit,
        ],
    )?;
    tx.commit()?;
    let over: Vec<NaiveDate> = days.iter().copied().filter(|d| *d < today).collect();
    store.mark_pushed(&over, now)?;
    Ok(Pushed { site, days, rows })
}

/// `relais stats push` with the configuration: `None` when no central database is configured
/// (nothing to do, not an error). `database` overrides `[fleet] database`.
pub fn push_configured(
    fleet: &FleetConfig,
    database: Option<&str>,
    store: &mut Store,
    root: &Path,
) -> Result<Option<Pushed>, FleetError> {
    let Some(url) = database.or(fleet.database.as_deref()) else {
        return Ok(None);
    };
    let heartbeat = Heartbeat::gather(store, root)?;
    let mut db = super::connect(
        url,
        fleet.password_file.as_deref(),
        fleet.ca_file.as_deref(),
    )?;
    let kiosk = fleet.kiosk.clone().unwrap_or_else(host_name);
    push(store, &mut db, &kiosk, &heartbeat, Utc::now()).map(Some)
}

/// The machine's name, the kiosk's default name within its site.
fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|name| name.trim().to_string())
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "kiosk".to_string())
}
