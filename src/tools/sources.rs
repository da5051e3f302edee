//! `relais sources check` and `relais sources seed`: every official page of the content fetched
//! and compared with `content/sources.lock` (what a person read, and when), and `relais check`'s
//! warnings about that lock. The comparison is `domain::source_lock`, the fetching
//! `devices::web`; this module reads and writes the lock and prints the report.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use chrono::NaiveDate;

use crate::content::{Catalog, parallel};
use crate::diagnostics::{Diagnostic, LineIndex, Position};
use crate::domain::source_lock::{self, Fetched, LOCK_FILE, Lock, Verdict};
use crate::web::Fetcher;

/// Pages fetched at once: a few, to be quick without hammering one public site.
const FETCHING_THREADS: usize = 4;

/// Exit status when no page answered: distinct from "something changed" (1).
const OFFLINE: u8 = 2;

/// The lock and its text, or `None` when the content has none yet.
pub fn read_lock(root: &Path) -> anyhow::Result<Option<(Lock, String)>> {
    let Some(text) = lock_text(root)? else {
        return Ok(None);
    };
    let lock = parse_lock(&text).map_err(|d| anyhow::anyhow!("{d}"))?;
    Ok(Some((lock, text)))
}

fn lock_text(root: &Path) -> anyhow::Result<Option<String>> {
    let path = root.join(LOCK_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("{LOCK_FILE} cannot be read"))?;
    Ok(Some(text))
}

/// The lock, or its mistake at its place.
fn parse_lock(text: &str) -> Result<Lock, Diagnostic> {
    toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(Position { line: 1, column: 1 }, |s| {
            LineIndex::new(text).position(text, s.start)
        });
        Diagnostic::error(LOCK_FILE, at, e.message().to_string())
            .with_hint("fix the entry, or delete it and run `relais sources seed`")
    })
}

fn write_lock(root: &Path, lock: &Lock) -> anyhow::Result<()> {
    let body = toml::to_string(lock).context("the lock cannot be written as TOML")?;
    let text = format!(
        "# What was read of each official page: the day a person read it, what the last fetch\n\
         # found, and a fingerprint of its main text (none while it was never fetched).\n\
         # Written by `relais sources check --update URL` and `relais sources seed`;\n\
         # docs/content-format.md, \"Checking the sources\".\n\n{body}"
    );
    let path = root.join(LOCK_FILE);
    let temporary = path.with_extension("lock.new");
    std::fs::write(&temporary, text)
        .and_then(|()| std::fs::rename(&temporary, &path))
        .with_context(|| format!("{LOCK_FILE} cannot be written"))
}

/// Every source address of the content with its title, in address order.
fn sources_of(catalog: &Catalog) -> BTreeMap<&str, &str> {
    catalog
        .procedures
        .iter()
        .flat_map(|p| &p.sources)
        .map(|s| (s.url.as_str(), s.title.as_str()))
        .collect()
}

/// `relais sources check [--update URL…]`.
pub fn check(
    root: &Path,
    catalog: &Catalog,
    update: &[String],
    today: NaiveDate,
) -> anyhow::Result<ExitCode> {
    let known = sources_of(catalog);
    if let Some(stranger) = update.iter().find(|u| !known.contains_key(u.as_str())) {
        bail!("`{stranger}` is not the address of a [[source]] of the content");
    }
    let lock = read_lock(root)?
        .map(|(lock, _)| lock)
        .unwrap_or_else(|| source_lock::seed(&catalog.procedures));
    let urls: Vec<&str> = if update.is_empty() {
        known.keys().copied().collect()
    } else {
        update.iter().map(String::as_str).collect()
    };
    let fetcher = Fetcher::new()?;
    let fetched: Vec<Fetched> =
        parallel::map_in_order(&urls, FETCHING_THREADS, |url| fetcher.fetch(url));
    if source_lock::is_offline(&fetched.iter().collect::<Vec<_>>()) {
        eprintln!(
            "No official page could be reached: this computer seems to be offline (or a firewall blocks it). Nothing was checked, and {LOCK_FILE} was not changed."
        );
        return Ok(ExitCode::from(OFFLINE));
    }
    let by_url: BTreeMap<&str, &Fetched> = urls.iter().copied().zip(&fetched).collect();
    if update.is_empty() {
        Ok(report(catalog, &lock, &by_url))
    } else {
        record(root, lock, &by_url, &known, today)
    }
}

/// Prints each procedure's sources and what became of them; 0 when every page is unchanged.
fn report(catalog: &Catalog, lock: &Lock, fetched: &BTreeMap<&str, &Fetched>) -> ExitCode {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for procedure in &catalog.procedures {
        println!("{}:", procedure.id);
        for source in &procedure.sources {
            let verdict =
                source_lock::compare(lock.entry(&source.url), fetched[source.url.as_str()]);
            *counts.entry(kind(&verdict)).or_default() += 1;
            println!(
                "  {} ({})\n    {}",
                source.url,
                source.title,
                verdict.describe()
            );
        }
    }
    let total: usize = counts.values().sum();
    let unchanged = counts.get("unchanged").copied().unwrap_or(0);
    let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
    println!("{} source citation(s): {}", total, summary.join(", "));
    if unchanged == total {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn kind(verdict: &Verdict) -> &'static str {
    match verdict {
        Verdict::Unchanged { .. } => "unchanged",
        Verdict::Changed { .. } => "changed",
        Verdict::NeverFetched { .. } => "never fetched",
        Verdict::NotInLock => "not in the lock",
        Verdict::Moved { .. } => "moved",
        Verdict::Gone { .. } => "gone",
        Verdict::Unreachable { .. } => "unreachable",
    }
}

/// Records the named pages as read today; the other entries stay as they are.
fn record(
    root: &Path,
    mut lock: Lock,
    fetched: &BTreeMap<&str, &Fetched>,
    known: &BTreeMap<&str, &str>,
    today: NaiveDate,
) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    for (url, found) in fetched {
        match lock.record(url, known[url], found, today) {
            Ok(()) => {
                let entry = lock.entry(url).expect("just recorded");
                println!("recorded {url}: read on {today}, {:?}", entry.status);
            }
            Err(why) => {
                failed = true;
                eprintln!("not recorded {url}: {why}");
            }
        }
    }
    write_lock(root, &lock)?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `relais sources seed`: adds every source the lock does not know yet, from the day the
/// content says it was read, as never fetched. Entries already there are left alone.
pub fn seed(root: &Path, catalog: &Catalog) -> anyhow::Result<usize> {
    let mut lock = read_lock(root)?.map(|(l, _)| l).unwrap_or_default();
    let missing: Vec<_> = source_lock::seed(&catalog.procedures)
        .sources
        .into_iter()
        .filter(|e| lock.entry(&e.url).is_none())
        .collect();
    let added = missing.len();
    lock.sources.extend(missing);
    lock.sources.sort_by(|a, b| a.url.cmp(&b.url));
    write_lock(root, &lock)?;
    Ok(added)
}

/// `relais check`'s part: the lock's problems, when the content has a lock.
pub fn lock_warnings(root: &Path, catalog: &Catalog, today: NaiveDate) -> Vec<Diagnostic> {
    let text = match lock_text(root) {
        Ok(Some(text)) => text,
        Ok(None) => return Vec::new(),
        Err(error) => {
            return vec![Diagnostic::error(
                LOCK_FILE,
                Position { line: 1, column: 1 },
                format!("{error:#}"),
            )];
        }
    };
    match parse_lock(&text) {
        Ok(lock) => source_lock::review_warnings(&lock, &text, &catalog.procedures, today),
        Err(problem) => vec![problem],
    }
}
