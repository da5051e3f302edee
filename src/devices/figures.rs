//! The site's figures for people: today's totals and a chart of the last weeks for the admin
//! screen, and the table, CSV and chart of `relais stats`.
//!
//! The admin screen calls `today` and `chart_png`; the figures themselves are added up in
//! `stats::report` (pure) from the daily counts the store keeps, and drawn in `figures::chart`.

pub mod chart;

use chrono::{Days, NaiveDate};

use crate::stats::report::{DayTotals, Report};
use crate::store::{Store, StoreError};

/// The chart's default span: four weeks, today included.
pub const DEFAULT_DAYS: u32 = 28;

/// The figures from `from` to `to`, both included.
pub fn report(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Report, StoreError> {
    let counts = store.daily_counts(from, to)?;
    Ok(Report::from_counts(from, to, &counts))
}

/// The figures of the `days` days that end with `today` (at least one day).
pub fn last_days(store: &Store, today: NaiveDate, days: u32) -> Result<Report, StoreError> {
    let from = today
        .checked_sub_days(Days::new(u64::from(days.max(1) - 1)))
        .unwrap_or(today);
    report(store, from, today)
}

/// Today's totals (local time), for the admin screen.
pub fn today(store: &Store) -> Result<DayTotals, StoreError> {
    let today = chrono::Local::now().date_naive();
    let report = report(store, today, today)?;
    Ok(report.totals())
}

/// The chart of the last `days` days as PNG, at the chart's default size, for the admin screen.
pub fn chart_png(store: &Store, days: u32) -> anyhow::Result<Vec<u8>> {
    let report = last_days(store, chrono::Local::now().date_naive(), days)?;
    Ok(chart::png(&report, chart::DEFAULT_SIZE)?)
}

/// The same chart as SVG.
pub fn chart_svg(store: &Store, days: u32) -> anyhow::Result<String> {
    let report = last_days(store, chrono::Local::now().date_naive(), days)?;
    Ok(chart::svg(&report, chart::DEFAULT_SIZE)?)
}
