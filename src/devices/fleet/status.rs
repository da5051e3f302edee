//! `relais fleet migrate` and `relais fleet status`: the central database's schema, from the
//! SQL files shipped in `fleet/sql/`, and the kiosks someone should look at.

use super::FleetError;
use crate::stats::report::Table;

/// The migrations, in order: (version, file name, SQL). Each file records its own version in
/// `fleet.schema_migration`, so applying them with psql instead leaves the same trace.
pub const MIGRATIONS: [(i32, &str, &str); 1] = [(
    1,
    "0001_figures.sql",
    include_str!("../../../fleet/sql/0001_figures.sql"),
)];

/// Applies the migrations the database has not had yet, each in its own transaction, under an
/// advisory lock so that two runs at once do not both apply one. Returns the files applied.
pub fn migrate(db: &mut postgres::Client) -> Result<Vec<&'static str>, FleetError> {
    let mut applied = Vec::new();
    for (version, name, sql) in MIGRATIONS {
        let mut tx = db.transaction()?;
        // Any fixed number: it names "relais fleet migrations" among the database's locks.
        tx.execute("SELECT pg_advisory_xact_lock(7164032018)", &[])?;
        // Two queries: the second cannot even be planned before the first migration made
        // its table.
        let tracked: bool = tx
            .query_one(
                "SELECT to_regclass('fleet.schema_migration') IS NOT NULL",
                &[],
            )?
            .get(0);
        let done = tracked
            && tx
                .query_one(
                    "SELECT EXISTS (SELECT FROM fleet.schema_migration WHERE version = $1)",
                    &[&version],
                )?
                .get::<_, bool>(0);
        if !done {
            tx.batch_execute(sql)?;
            applied.push(name);
        }
        tx.commit()?;
    }
    Ok(applied)
}

/// One kiosk in trouble, from `fleet.kiosk_trouble`.
#[derive(Debug, Clone)]
pub struct KioskTrouble {
    pub site: String,
    pub kiosk: String,
    pub seen_at: chrono::DateTime<chrono::Utc>,
    pub printer_state: String,
    pub print_queue: i32,
    pub content_version: String,
    pub trouble: String,
}

/// The kiosks not seen for an hour, or whose printer or store is in trouble, by site.
pub fn trouble(db: &mut postgres::Client) -> Result<Vec<KioskTrouble>, FleetError> {
    let rows = db.query(
        "SELECT site, kiosk, seen_at, printer_state, print_queue, content_version, trouble
         FROM fleet.kiosk_trouble ORDER BY site, kiosk",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|row| KioskTrouble {
            site: row.get(0),
            kiosk: row.get(1),
            seen_at: row.get(2),
            printer_state: row.get(3),
            print_queue: row.get(4),
            content_version: row.get(5),
            trouble: row.get(6),
        })
        .collect())
}

/// The kiosks in trouble as a table (times in the local zone), or a line saying all is well.
pub fn table(kiosks: &[KioskTrouble]) -> String {
    if kiosks.is_empty() {
        return "every kiosk was seen within the hour and its printer is fine\n".to_string();
    }
    let mut table = Table::new(&[
        "site",
        "kiosk",
        "last seen",
        "printer",
        "queue",
        "content",
        "trouble",
    ]);
    for k in kiosks {
        table.row(vec![
            k.site.clone(),
            k.kiosk.clone(),
            k.seen_at
                .with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            k.printer_state.clone(),
            k.print_queue.to_string(),
            k.content_version.clone(),
            k.trouble.clone(),
        ]);
    }
    table.render()
}
