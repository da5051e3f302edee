//! Places: where the network's outcomes send a visitor (`where = "caf"`), said by each site.
//!
//! The network declares its place ids in `content/places.toml` (`[[place]] id = "caf"`), as it
//! declares documents; each site describes its own in a places file beside its configuration
//! (`[site] places`), one table per id:
//!
//! ```toml
//! [caf]
//! name = "Caf de la Sarthe, accueil du Mans"
//! address = "178 avenue Bollée, 72000 Le Mans"
//! hours = "mo-fr 08:30-12:00,13:30-16:30; sa 09:00-12:00"
//! phone = "3230"
//! appointment = true
//! step-free = true
//! ```
//!
//! Each place becomes one message per language, `place--<id>` (name, address, hours, phone,
//! appointment, access, with the language's own labels from `kiosk.ftl`), so that the ticket
//! prints it under « Où aller » and the kiosk speaks it like any other text. An outcome whose
//! place the site does not describe keeps the network's generic text (`handoff-where`).
//!
//! Domain code: the file's text comes from the loader.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::validate::{FileContext, did_you_mean};
use crate::diagnostics::Diagnostic;

/// The start of every place's message id.
const MESSAGE_PREFIX: &str = "place--";

/// The message id of a site's place: one per language.
pub fn message_id(place: &str) -> String {
    format!("{MESSAGE_PREFIX}{place}")
}

/// Whether a message is a site's place: made from the site's file and the kiosk's own labels
/// in each language, never by a translator, so no translation lock records it.
pub fn is_place_message(id: &str) -> bool {
    id.starts_with(MESSAGE_PREFIX)
}

/// The kiosk messages a place's text is made with, in each language.
pub const LABELS: [&str; 5] = [
    "place-days",
    "place-hours",
    "place-phone",
    "place-appointment",
    "place-step-free",
];

const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPlace {
    name: Spanned<String>,
    address: Spanned<String>,
    #[serde(default)]
    hours: Option<Spanned<String>>,
    #[serde(default)]
    phone: Option<Spanned<String>>,
    #[serde(default)]
    appointment: bool,
    #[serde(default)]
    step_free: bool,
}

/// One place of the site, as written in its file (hours checked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub address: String,
    /// Opening hours: (first day, last day, ranges `HH:MM-HH:MM`), days as indexes from Monday.
    pub hours: Vec<(usize, usize, Vec<String>)>,
    pub phone: Option<String>,
    pub appointment: bool,
    pub step_free: bool,
}

/// Reads the site's places file: every id must be declared by the network (`declared`), each
/// should be named by some outcome (`used`), and hours must parse.
pub fn read_site_places(
    file: &str,
    text: &str,
    declared: &[String],
    used: &HashSet<String>,
) -> (Vec<Place>, Vec<Diagnostic>) {
    let mut ctx = FileContext::new(file, text);
    let raw: BTreeMap<Spanned<String>, Spanned<RawPlace>> = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(error) => {
            ctx.toml_error(&error);
            return (Vec::new(), ctx.diagnostics);
        }
    };
    let names: Vec<&str> = declared.iter().map(String::as_str).collect();
    let mut places = Vec::new();
    for (id, place) in raw {
        let place = place.into_inner();
        if !declared.contains(id.get_ref()) {
            ctx.error(
                &id.span(),
                format!("unknown place `{}`", id.get_ref()),
                format!(
                    "{}; the network's places are declared in content/places.toml",
                    did_you_mean(id.get_ref(), &names)
                ),
            );
            continue;
        }
        if !used.contains(id.get_ref()) {
            ctx.warning(
                &id.span(),
                format!("no outcome sends visitors to place `{}`", id.get_ref()),
                "keep it for a later release of the content, or remove it",
            );
        }
        for value in [
            Some(&place.name),
            Some(&place.address),
            place.phone.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            if value.get_ref().contains(['{', '}', '\n', '\r']) || value.get_ref().trim().is_empty()
            {
                ctx.error(
                    &value.span(),
                    "a place's text must be one line, not empty, without `{` or `}`".to_string(),
                    "write it on one line, as it should be printed",
                );
            }
        }
        let hours = match &place.hours {
            Some(hours) => parse_hours(hours.get_ref()).unwrap_or_else(|problem| {
                ctx.error(
                    &hours.span(),
                    format!("the hours of `{}` do not read: {problem}", id.get_ref()),
                    "write days then times, e.g. \"mo-fr 08:30-12:00,13:30-16:30; sa 09:00-12:00\" \
                     (days: mo tu we th fr sa su)",
                );
                Vec::new()
            }),
            None => Vec::new(),
        };
        places.push(Place {
            id: id.into_inner(),
            name: place.name.into_inner().trim().to_string(),
            address: place.address.into_inner().trim().to_string(),
            hours,
            phone: place.phone.map(|p| p.into_inner().trim().to_string()),
            appointment: place.appointment,
            step_free: place.step_free,
        });
    }
    (places, ctx.diagnostics)
}

/// Parses `mo-fr 08:30-12:00,13:30-16:30; sa 09:00-12:00`: groups separated by `;`, each a day
/// or a range of days, a space, then time ranges separated by `,`, each opening before closing.
pub fn parse_hours(text: &str) -> Result<Vec<(usize, usize, Vec<String>)>, String> {
    let day = |name: &str| {
        DAYS.iter()
            .position(|d| *d == name)
            .ok_or_else(|| format!("`{name}` is not a day (mo tu we th fr sa su)"))
    };
    let minutes = |time: &str| -> Result<u32, String> {
        let time = time.trim();
        let digits = |part: &str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
        match time.split_once(':') {
            Some((h, m)) if digits(h) && digits(m) => {
                let (h, m): (u32, u32) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
                if h <= 24 && m <= 59 {
                    return Ok(h * 60 + m);
                }
            }
            _ => {}
        }
        Err(format!("`{time}` is not a time HH:MM"))
    };
    let mut out = Vec::new();
    for group in text.split(';').map(str::trim) {
        let (days, times) = group
            .split_once(' ')
            .ok_or_else(|| format!("`{group}` has no times after its days"))?;
        let (first, last) = match days.split_once('-') {
            Some((a, b)) => (day(a)?, day(b)?),
            None => (day(days)?, day(days)?),
        };
        if last < first {
            return Err(format!("`{days}` goes backwards"));
        }
        let mut ranges = Vec::new();
        for range in times.trim().split(',').map(str::trim) {
            let (open, close) = range
                .split_once('-')
                .ok_or_else(|| format!("`{range}` is not a range HH:MM-HH:MM"))?;
            if minutes(open)? >= minutes(close)? {
                return Err(format!("`{range}` closes before it opens"));
            }
            ranges.push(format!("{}–{}", open.trim(), close.trim()));
        }
        out.push((first, last, ranges));
    }
    Ok(out)
}

/// The place as one line of text in a language, with that language's labels (`LABELS`, in
/// order: days, hours, phone, appointment, step-free).
pub fn text(place: &Place, labels: &[String; 5]) -> String {
    let days: Vec<&str> = labels[0].split_whitespace().collect();
    let day = |i: usize| days.get(i).copied().unwrap_or(DAYS[i]);
    let mut out = format!("{}, {}.", place.name, place.address);
    if !place.hours.is_empty() {
        let groups: Vec<String> = place
            .hours
            .iter()
            .map(|(first, last, ranges)| {
                let days = if first == last {
                    day(*first).to_string()
                } else {
                    format!("{}–{}", day(*first), day(*last))
                };
                format!("{days} {}", ranges.join(", "))
            })
            .collect();
        out.push_str(&format!(" {} {}.", labels[1], groups.join(" ; ")));
    }
    if let Some(phone) = &place.phone {
        out.push_str(&format!(" {} {phone}.", labels[2]));
    }
    if place.appointment {
        out.push_str(&format!(" {}", labels[3]));
    }
    if place.step_free {
        out.push_str(&format!(" {}", labels[4]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_and_refuse() {
        let hours = parse_hours("mo-fr 08:30-12:00,13:30-16:30; sa 09:00-12:00").unwrap();
        assert_eq!(hours.len(), 2);
        assert_eq!(hours[0].0, 0);
        assert_eq!(hours[0].1, 4);
        assert_eq!(hours[0].2, ["08:30–12:00", "13:30–16:30"]);
        assert!(parse_hours("lu-ve 08:30-12:00").is_err());
        assert!(parse_hours("mo-fr 8h30-12h").is_err());
        assert!(parse_hours("mo-fr 12:00-08:30").is_err());
        assert!(parse_hours("fr-mo 08:00-09:00").is_err());
        assert!(parse_hours("mo-fr").is_err());
    }
}
