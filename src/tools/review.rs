//! `relais review`: what an editor must know before trusting the content, procedure by
//! procedure: each source with the day it was read and how (the live page, or a stored copy and
//! the copy's own date), the open points no one could confirm (`unverified`), which translations
//! are machine-drafted and not yet reviewed, and when the next reading of the sources is due.
//!
//! (Not to be confused with the visitor's review screen, `session::Screen::Review`.) This module
//! only reads a loaded catalog; it builds a plain report, written as text or JSON.

use std::fmt::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::content::{Catalog, ids};

/// The whole report, as `--format json` gives it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Review {
    /// The day due dates are counted from.
    pub on: NaiveDate,
    pub procedures: Vec<ProcedureReview>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ProcedureReview {
    pub id: String,
    /// Its name in French.
    pub title: String,
    /// The day a person read the official pages the tree rests on.
    pub checked_on: NaiveDate,
    pub review_every_days: u32,
    /// `checked_on` plus `review_every_days`.
    pub review_due: NaiveDate,
    pub overdue: bool,
    pub sources: Vec<SourceReview>,
    pub open_points: Vec<OpenPoint>,
    pub translations: Vec<TranslationReview>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SourceReview {
    pub title: String,
    pub url: String,
    pub fiche: Option<String>,
    /// `None` when the content does not say (older content; `relais check` warns).
    pub read_on: Option<NaiveDate>,
    /// "live" or "stored-copy"; `None` when the content does not say.
    pub read: Option<&'static str>,
    pub copy_date: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct OpenPoint {
    /// The node it is about; `None` for the procedure as a whole.
    pub node: Option<String>,
    pub text: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TranslationReview {
    pub language: String,
    /// Its name in French.
    pub name: String,
    /// The reference language (French), which the others translate.
    pub reference: bool,
    /// Whether a native speaker has reviewed it (`reviewed` in its `language.toml`).
    pub reviewed: bool,
}

/// The report of every procedure of `catalog`, with due dates counted from `on`.
pub fn review(catalog: &Catalog, on: NaiveDate) -> Review {
    let reference = catalog.reference_language();
    let translations = || -> Vec<TranslationReview> {
        catalog
            .languages
            .iter()
            .map(|l| TranslationReview {
                language: l.code.clone(),
                name: l.french_name.clone(),
                reference: l.code == reference,
                reviewed: l.reviewed || l.code == reference,
            })
            .collect()
    };
    let procedures = catalog
        .procedures
        .iter()
        .map(|p| {
            let due = p.review_due();
            let node_points = p.nodes().iter().flat_map(|n| {
                n.unverified.iter().map(|text| OpenPoint {
                    node: Some(n.id.clone()),
                    text: text.clone(),
                })
            });
            ProcedureReview {
                id: p.id.clone(),
                title: catalog.texts.get(reference, &ids::procedure(&p.id)),
                checked_on: p.checked_on,
                review_every_days: p.review_every_days,
                review_due: due,
                overdue: due < on,
                sources: p
                    .sources
                    .iter()
                    .map(|s| SourceReview {
                        title: s.title.clone(),
                        url: s.url.clone(),
                        fiche: s.fiche.clone(),
                        read_on: s.read_on,
                        read: s.read.map(|r| r.as_str()),
                        copy_date: s.copy_date,
                    })
                    .collect(),
                open_points: p
                    .unverified
                    .iter()
                    .map(|text| OpenPoint {
                        node: None,
                        text: text.clone(),
                    })
                    .chain(node_points)
                    .collect(),
                translations: translations(),
            }
        })
        .collect();
    Review { on, procedures }
}

impl Review {
    /// The report as an editor reads it, then a one-line summary.
    pub fn human(&self) -> String {
        let mut out = String::new();
        for p in &self.procedures {
            let _ = writeln!(out, "{} — {}", p.id, p.title);
            let days = (p.review_due - self.on).num_days();
            let when = if p.overdue {
                format!("OVERDUE by {} day(s)", -days)
            } else {
                format!("in {days} day(s)")
            };
            let _ = writeln!(
                out,
                "  checked on {}, every {} days: next review due {} ({when})",
                p.checked_on, p.review_every_days, p.review_due
            );
            let _ = writeln!(out, "  sources:");
            for s in &p.sources {
                let fiche = s
                    .fiche
                    .as_deref()
                    .map(|f| format!(" ({f})"))
                    .unwrap_or_default();
                let _ = writeln!(out, "    - {}{fiche} {}", s.title, s.url);
                let _ = writeln!(out, "      {}", s.how_read());
            }
            if p.open_points.is_empty() {
                let _ = writeln!(out, "  open points: none");
            } else {
                let _ = writeln!(out, "  open points:");
                for point in &p.open_points {
                    let whose = point
                        .node
                        .as_deref()
                        .map(|n| format!("[{n}] "))
                        .unwrap_or_default();
                    let _ = writeln!(out, "    - {whose}{}", point.text);
                }
            }
            let languages: Vec<String> = p
                .translations
                .iter()
                .map(TranslationReview::describe)
                .collect();
            let _ = writeln!(out, "  translations: {}", languages.join("; "));
            out.push('\n');
        }
        let overdue = self.procedures.iter().filter(|p| p.overdue).count();
        let points: usize = self.procedures.iter().map(|p| p.open_points.len()).sum();
        let unread = self
            .procedures
            .iter()
            .flat_map(|p| &p.sources)
            .filter(|s| s.read_on.is_none() || matches!(s.read, None | Some("not-read")))
            .count();
        let _ = writeln!(
            out,
            "{} procedure(s) on {}: {overdue} overdue for review, {points} open point(s), {unread} source(s) without their reading",
            self.procedures.len(),
            self.on
        );
        out
    }
}

impl SourceReview {
    /// "read on 2026-12-03, stored copy dated 2026-05-14", or what is missing.
    fn how_read(&self) -> String {
        if self.read_on.is_none() && self.read.is_none() {
            return "when and how it was read: not recorded".to_string();
        }
        let day = match self.read_on {
            Some(day) => format!("read on {day}"),
            None => "read on: not recorded".to_string(),
        };
        let how = match (self.read, self.copy_date) {
            (Some("stored-copy"), Some(date)) => format!("stored copy dated {date}"),
            (Some("stored-copy"), None) => "stored copy, its date unknown".to_string(),
            (Some("not-read"), _) => "NOT READ: an open point".to_string(),
            (Some(how), _) => format!("{how} page"),
            (None, _) => "how: not recorded".to_string(),
        };
        format!("{day}, {how}")
    }
}

impl TranslationReview {
    fn describe(&self) -> String {
        let status = if self.reference {
            "reference"
        } else if self.reviewed {
            "reviewed"
        } else {
            "machine-drafted, not reviewed"
        };
        format!("{} {status}", self.language)
    }
}
