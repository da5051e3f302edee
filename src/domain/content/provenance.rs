//! Where a tree's facts come from and what is still unsure: each source's reading (the day, the
//! live page or a stored copy and its date) and the open points (`unverified`).
//!
//! `checked-on` and `read-on` mean that a person read the official page on that day; a stored
//! copy can be older than the day it was read, hence `copy-date`. Content written before these
//! keys existed still loads: a source that does not say how it was read is a warning, not an
//! error. Open points are listed as information, so that an editor sees them on every check.

use chrono::NaiveDate;
use toml::Spanned;
use toml::value::Datetime;

use super::catalog::Source;
use super::raw::{RawSource, ReadHow};
use super::validate::FileContext;

/// Checks one `[[source]]` and returns it resolved.
pub fn source(ctx: &mut FileContext, raw: &RawSource) -> Source {
    if !raw.url.get_ref().starts_with("https://") {
        ctx.error(
            &raw.url.span(),
            format!(
                "source url `{}` does not start with https://",
                raw.url.get_ref()
            ),
            "give the full address of the official page",
        );
    }
    let missing: Vec<&str> = [
        ("`read-on`", raw.read_on.is_none()),
        ("`read`", raw.read.is_none()),
    ]
    .into_iter()
    .filter_map(|(key, missing)| missing.then_some(key))
    .collect();
    if !missing.is_empty() {
        ctx.warning(
            &raw.url.span(),
            format!(
                "source `{}` does not say when and how it was read (no {})",
                raw.title,
                missing.join(" nor ")
            ),
            "read the page, then add `read-on = <that day>` and `read = \"live\"` (or \"stored-copy\", with `copy-date` if the copy shows one)",
        );
    }
    if raw.read.as_ref().map(|r| *r.get_ref()) == Some(ReadHow::NotRead) {
        // Said plainly on every check and in `relais review`: its facts rest on other sources.
        ctx.info(
            &raw.url.span(),
            format!(
                "open point: source `{}` could not be read at the last check",
                raw.title
            ),
            "read the page, then write `read = \"live\"` (or \"stored-copy\") and the day in `read-on`",
        );
    }
    let read_on = raw.read_on.as_ref().and_then(|d| date(ctx, d, "read-on"));
    let copy_date = raw
        .copy_date
        .as_ref()
        .and_then(|d| date(ctx, d, "copy-date"));
    Source {
        title: raw.title.clone(),
        url: raw.url.get_ref().clone(),
        fiche: raw.fiche.clone(),
        note: raw.note.clone(),
        read_on,
        read: raw.read.as_ref().map(|r| *r.get_ref()),
        copy_date,
    }
}

/// Warns when no source of a procedure was read at all: its facts would rest on nothing.
pub fn some_source_read(ctx: &mut FileContext, sources: &[RawSource]) {
    let how = |s: &RawSource| s.read.as_ref().map(|r| *r.get_ref());
    let any_read = sources
        .iter()
        .any(|s| matches!(how(s), Some(ReadHow::Live | ReadHow::StoredCopy)));
    let any_not_read = sources.iter().any(|s| how(s) == Some(ReadHow::NotRead));
    if let Some(first) = sources.first()
        && any_not_read
        && !any_read
    {
        ctx.warning(
            &first.url.span(),
            "no source of this procedure was read: its facts rest on nothing checked".to_string(),
            "read at least one official page and record it with `read-on` and `read`",
        );
    }
}

/// A TOML date without a time, or an error naming `key`.
pub fn date(ctx: &mut FileContext, value: &Spanned<Datetime>, key: &str) -> Option<NaiveDate> {
    let date = value
        .get_ref()
        .date
        .filter(|_| value.get_ref().time.is_none());
    let date =
        date.and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()));
    if date.is_none() {
        ctx.error(
            &value.span(),
            format!("`{key}` must be a date such as 2026-11-23"),
            "write the day itself, without quotes",
        );
    }
    date
}

/// Lists each open point as information (`what` says whose: "the procedure", "node `x`") and
/// returns their texts.
pub fn open_points(ctx: &mut FileContext, points: &[Spanned<String>], what: &str) -> Vec<String> {
    for point in points {
        ctx.info(
            &point.span(),
            format!("open point of {what}: {}", point.get_ref().trim()),
            "confirm it on the official page, then update the tree and remove it from `unverified`",
        );
    }
    points
        .iter()
        .map(|p| p.get_ref().trim().to_string())
        .collect()
}
