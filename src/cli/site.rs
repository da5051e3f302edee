//! A site admin's commands on the kiosk's database and the network's: `relais store check`
//! (integrity), `relais admin set-pin`, `relais stats` and `relais stats push` (the anonymous
//! figures, read and sent), `relais fleet migrate` and `relais fleet status` (the central
//! database).
//!
//! Together because they are what the admin runs from a shell beside a running kiosk, about
//! its database and the network's; none of them needs the content.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};

use super::DatabaseArgs;
use crate::settings::Settings;

impl DatabaseArgs {
    fn connect(&self) -> anyhow::Result<postgres::Client> {
        Ok(crate::fleet::connect(
            &self.database,
            self.password_file.as_deref(),
            self.ca_file.as_deref(),
        )?)
    }
}

/// `relais store check`: the full integrity check, timed (the figure `make bench` keeps).
pub(super) fn store_check(settings: &Settings) -> anyhow::Result<ExitCode> {
    let path = &settings.config.store.path;
    let started = std::time::Instant::now();
    let problems = crate::store::Store::check_file(path)?;
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    if problems.is_empty() {
        println!(
            "ok: {} passed the full integrity check in {elapsed:.0} ms",
            path.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!("damaged: {} failed the integrity check:", path.display());
    for problem in problems {
        println!("  {problem}");
    }
    println!(
        "stop the kiosk and move the file aside (keep it): the kiosk starts a new one, and the tickets of the last days are in the old file"
    );
    Ok(ExitCode::from(1))
}

/// `relais stats`: the figures of a range of days from the kiosk's database, read without
/// writing to it (a running kiosk is not disturbed).
pub(super) fn stats(
    settings: &Settings,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    days: u32,
    csv: bool,
    chart: Option<&Path>,
) -> anyhow::Result<()> {
    let path = &settings.config.store.path;
    let store = crate::store::Store::open_read_only(path)
        .with_context(|| format!("no figures to show from {}", path.display()))?;
    let to = to.unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = match from {
        Some(from) if from > to => bail!("--from {from} is after --to {to}"),
        Some(from) => crate::figures::report(&store, from, to)?,
        None => crate::figures::last_days(&store, to, days)?,
    };
    if csv {
        let counts = store.daily_counts(report.from, report.to)?;
        print!("{}", crate::stats::report::csv(&counts));
    } else {
        print!("{}", report.table());
    }
    if let Some(file) = chart {
        crate::figures::chart::write(&report, file)?;
        eprintln!("chart: {}", file.display());
    }
    Ok(())
}

/// `relais stats push`: failures are logged and end in exit 1 (the timer's unit shows it
/// failed); the visitor never sees them, and nothing is lost (the days wait in the store).
pub(super) fn stats_push(settings: &Settings, database: Option<&str>) -> anyhow::Result<ExitCode> {
    let fleet = &settings.config.fleet;
    if database.or(fleet.database.as_deref()).is_none() {
        println!("no central database in the configuration ([fleet] database): nothing to send");
        return Ok(ExitCode::SUCCESS);
    }
    let mut store = crate::store::Store::open_configured(&settings.config.store)?;
    match crate::fleet::push::push_configured(fleet, database, &mut store, &settings.root) {
        Ok(Some(pushed)) => {
            println!(
                "sent {} day(s) ({} count(s)) and the heartbeat for site {}",
                pushed.days.len(),
                pushed.rows,
                pushed.site
            );
            Ok(ExitCode::SUCCESS)
        }
        Ok(None) => Ok(ExitCode::SUCCESS),
        Err(error) => {
            eprintln!("relais: figures not sent (kept for the next push): {error}");
            Ok(ExitCode::from(1))
        }
    }
}

/// `relais admin set-pin`: the PIN read from standard input, only its hash written.
pub(super) fn set_pin(settings: &Settings) -> anyhow::Result<()> {
    let file = crate::admin::pin::set_pin_from_stdin(&settings.config)?;
    println!("admin PIN set (its hash is in {})", file.display());
    Ok(())
}

/// `relais fleet migrate`: the central database's schema brought up to date.
pub(super) fn fleet_migrate(db: &DatabaseArgs) -> anyhow::Result<()> {
    let applied = crate::fleet::status::migrate(&mut db.connect()?)?;
    match applied.as_slice() {
        [] => println!("the central database is up to date"),
        files => println!("applied: {}", files.join(", ")),
    }
    Ok(())
}

/// `relais fleet status`: the kiosks in trouble; exit 1 when there is one (for monitoring).
pub(super) fn fleet_status(db: &DatabaseArgs) -> anyhow::Result<ExitCode> {
    let kiosks = crate::fleet::status::trouble(&mut db.connect()?)?;
    print!("{}", crate::fleet::status::table(&kiosks));
    Ok(if kiosks.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
