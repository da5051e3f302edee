//! `content/sources.lock`: what was read of each official page, and how a page fetched today
//! compares with it. Pure: the fetching is `devices::web`, the command `tools::sources`.
//!
//! One entry per address (several procedures may cite one page): its title, the day a person
//! read it, what the last fetch found (`status`) and a fingerprint of the page's main text
//! (`page_text`). An entry made from the content alone, before any fetch, is `never-fetched`
//! and has no fingerprint: it says when the page was read, never what it said, so a first
//! `relais sources check` reports it as "never fetched" and not as unchanged.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::content::Procedure;
use crate::diagnostics::{Diagnostic, LineIndex, Position};

/// Where the lock is, as editors see it.
pub const LOCK_FILE: &str = "content/sources.lock";

/// The whole lock, entries in address order (stable diffs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    #[serde(default, rename = "source")]
    pub sources: Vec<LockEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LockEntry {
    pub url: String,
    pub title: String,
    /// The day a person read the page (from the content's `read-on`, or the day of `--update`).
    pub read_on: NaiveDate,
    pub status: LockStatus,
    /// Fingerprint of the main text as last fetched; absent when never fetched or gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_hash: Option<String>,
    /// Where the page said it had moved, when it was recorded as moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LockStatus {
    /// Recorded from the content's `read-on`; the page's text was never fetched.
    NeverFetched,
    Ok,
    Moved,
    Gone,
}

/// What fetching a page found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// A page: its title, the fingerprint of its main text, and where it was finally found
    /// when the address redirected.
    Page {
        title: Option<String>,
        text_hash: String,
        moved_to: Option<String>,
    },
    /// 404 Not Found or 410 Gone.
    Gone(u16),
    /// Another answer that is not a page (500, 403…).
    Refused(u16),
    /// No answer at all: no connection, no name, a timeout, a TLS failure.
    Unreachable(String),
}

/// How a page compares with its lock entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Unchanged { read_on: NaiveDate },
    Changed { read_on: NaiveDate },
    NeverFetched { read_on: NaiveDate },
    NotInLock,
    Moved { to: String },
    Gone { status: u16 },
    Unreachable { why: String },
}

impl Verdict {
    /// One line for the editor.
    pub fn describe(&self) -> String {
        match self {
            Verdict::Unchanged { read_on } => format!("unchanged since it was read on {read_on}"),
            Verdict::Changed { read_on } => format!(
                "CHANGED since it was read on {read_on}: read it again, update the tree, then record it with --update"
            ),
            Verdict::NeverFetched { read_on } => format!(
                "never fetched: read on {read_on}, but what it said then was not recorded; after reading it, record it with --update"
            ),
            Verdict::NotInLock => {
                "not in content/sources.lock: after reading it, record it with --update".into()
            }
            Verdict::Moved { to } => {
                format!("MOVED to {to}: check the new page, then fix the address in the content")
            }
            Verdict::Gone { status } => format!("GONE ({status}): find the page that replaces it"),
            Verdict::Unreachable { why } => format!("unreachable ({why}): try again later"),
        }
    }

    pub fn is_unchanged(&self) -> bool {
        matches!(self, Verdict::Unchanged { .. })
    }
}

impl Lock {
    pub fn entry(&self, url: &str) -> Option<&LockEntry> {
        self.sources.iter().find(|e| e.url == url)
    }

    /// Records what an editor has read again today: the fetch replaces the entry of `url` (or
    /// adds one). A page that cannot be reached changes nothing: there is nothing to record.
    pub fn record(
        &mut self,
        url: &str,
        fallback_title: &str,
        fetched: &Fetched,
        today: NaiveDate,
    ) -> Result<(), String> {
        let (status, title, text_hash, moved_to) = match fetched {
            Fetched::Page {
                title,
                text_hash,
                moved_to,
            } => (
                if moved_to.is_some() {
                    LockStatus::Moved
                } else {
                    LockStatus::Ok
                },
                title.clone(),
                Some(text_hash.clone()),
                moved_to.clone(),
            ),
            Fetched::Gone(_) => (LockStatus::Gone, None, None, None),
            Fetched::Refused(status) => return Err(format!("the server answered {status}")),
            Fetched::Unreachable(why) => return Err(why.clone()),
        };
        let entry = LockEntry {
            url: url.to_string(),
            title: title.unwrap_or_else(|| fallback_title.to_string()),
            read_on: today,
            status,
            text_hash,
            moved_to,
        };
        match self.sources.iter_mut().find(|e| e.url == url) {
            Some(old) => *old = entry,
            None => {
                self.sources.push(entry);
                self.sources.sort_by(|a, b| a.url.cmp(&b.url));
            }
        }
        Ok(())
    }
}

/// Compares a fetch with the lock entry of its address.
pub fn compare(entry: Option<&LockEntry>, fetched: &Fetched) -> Verdict {
    match fetched {
        Fetched::Unreachable(why) => Verdict::Unreachable { why: why.clone() },
        Fetched::Refused(status) => Verdict::Unreachable {
            why: format!("the server answered {status}"),
        },
        Fetched::Gone(status) => Verdict::Gone { status: *status },
        Fetched::Page {
            text_hash,
            moved_to,
            ..
        } => {
            let Some(entry) = entry else {
                return Verdict::NotInLock;
            };
            // A move already recorded by an editor is compared like any page.
            if let Some(to) = moved_to
                && entry.moved_to.as_ref() != Some(to)
            {
                return Verdict::Moved { to: to.clone() };
            }
            match &entry.text_hash {
                None => Verdict::NeverFetched {
                    read_on: entry.read_on,
                },
                Some(hash) if hash == text_hash => Verdict::Unchanged {
                    read_on: entry.read_on,
                },
                Some(_) => Verdict::Changed {
                    read_on: entry.read_on,
                },
            }
        }
    }
}

/// Whether no page answered at all: the computer is offline, and nothing can be concluded.
pub fn is_offline(fetches: &[&Fetched]) -> bool {
    !fetches.is_empty() && fetches.iter().all(|f| matches!(f, Fetched::Unreachable(_)))
}

/// A lock made from the content alone: every source with the day the content says it was
/// read (`read-on`, else the procedure's `checked-on`), never fetched.
pub fn seed(procedures: &[Procedure]) -> Lock {
    let mut by_url: BTreeMap<&str, LockEntry> = BTreeMap::new();
    for procedure in procedures {
        for source in &procedure.sources {
            let read_on = source.read_on.unwrap_or(procedure.checked_on);
            let entry = by_url.entry(&source.url).or_insert_with(|| LockEntry {
                url: source.url.clone(),
                title: source.title.clone(),
                read_on,
                status: LockStatus::NeverFetched,
                text_hash: None,
                moved_to: None,
            });
            // Cited twice: the older reading is the one that may be out of date.
            entry.read_on = entry.read_on.min(read_on);
        }
    }
    Lock {
        sources: by_url.into_values().collect(),
    }
}

/// `relais check`'s part: a source not in the lock, and a lock entry read longer ago than its
/// procedure's `review-every-days`, each pointing at the lock's line.
pub fn review_warnings(
    lock: &Lock,
    lock_text: &str,
    procedures: &[Procedure],
    today: NaiveDate,
) -> Vec<Diagnostic> {
    let index = LineIndex::new(lock_text);
    let position_of = |url: &str| {
        lock_text
            .find(&format!("url = {}", toml_string(url)))
            .map_or(Position { line: 1, column: 1 }, |at| {
                index.position(lock_text, at)
            })
    };
    let mut out = Vec::new();
    for procedure in procedures {
        for source in &procedure.sources {
            let Some(entry) = lock.entry(&source.url) else {
                out.push(
                    Diagnostic::warning(
                        LOCK_FILE,
                        Position { line: 1, column: 1 },
                        format!(
                            "source `{}` of `{}` is not in the lock ({})",
                            source.title, procedure.id, source.url
                        ),
                    )
                    .with_hint(format!(
                        "read the page, then run `relais sources check --update {}`",
                        source.url
                    )),
                );
                continue;
            };
            let age = (today - entry.read_on).num_days();
            if age > i64::from(procedure.review_every_days) {
                out.push(
                    Diagnostic::warning(
                        LOCK_FILE,
                        position_of(&entry.url),
                        format!(
                            "source `{}` of `{}` was read on {}, {age} days ago; the review period is {} days",
                            entry.title, procedure.id, entry.read_on, procedure.review_every_days
                        ),
                    )
                    .with_hint(format!(
                        "read the page again, update the tree if needed, then run `relais sources check --update {}`",
                        entry.url
                    )),
                );
            }
        }
    }
    out
}

/// A string as the TOML writer quotes it, to find an entry's line in the lock's text.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> NaiveDate {
        d.parse().unwrap()
    }

    fn entry(hash: Option<&str>) -> LockEntry {
        LockEntry {
            url: "https://a.example/p".into(),
            title: "P".into(),
            read_on: day("2026-11-01"),
            status: LockStatus::Ok,
            text_hash: hash.map(str::to_string),
            moved_to: None,
        }
    }

    fn page(hash: &str, moved_to: Option<&str>) -> Fetched {
        Fetched::Page {
            title: None,
            text_hash: hash.into(),
            moved_to: moved_to.map(str::to_string),
        }
    }

    #[test]
    fn compares_a_page_with_what_was_read() {
        let read_on = day("2026-11-01");
        let e = entry(Some("aa"));
        assert_eq!(
            compare(Some(&e), &page("aa", None)),
            Verdict::Unchanged { read_on }
        );
        assert_eq!(
            compare(Some(&e), &page("bb", None)),
            Verdict::Changed { read_on }
        );
        assert_eq!(
            compare(Some(&entry(None)), &page("aa", None)),
            Verdict::NeverFetched { read_on }
        );
        assert_eq!(compare(None, &page("aa", None)), Verdict::NotInLock);
        assert_eq!(
            compare(Some(&e), &page("aa", Some("https://b.example/"))),
            Verdict::Moved {
                to: "https://b.example/".into()
            }
        );
        assert_eq!(
            compare(Some(&e), &Fetched::Gone(410)),
            Verdict::Gone { status: 410 }
        );
    }

    #[test]
    fn a_recorded_move_is_compared_like_a_page() {
        let mut e = entry(Some("aa"));
        e.moved_to = Some("https://b.example/".into());
        assert!(compare(Some(&e), &page("aa", Some("https://b.example/"))).is_unchanged());
    }

    #[test]
    fn offline_only_when_nothing_answered() {
        let down = Fetched::Unreachable("connection refused".into());
        assert!(is_offline(&[&down, &down]));
        assert!(!is_offline(&[&down, &Fetched::Gone(404)]));
        assert!(!is_offline(&[]));
    }

    #[test]
    fn recording_replaces_only_the_named_entry() {
        let mut lock = Lock {
            sources: vec![entry(None)],
        };
        let today = day("2026-12-03");
        lock.record("https://c.example/", "C", &page("cc", None), today)
            .unwrap();
        lock.record("https://a.example/p", "P", &page("aa", None), today)
            .unwrap();
        assert_eq!(lock.sources.len(), 2);
        assert_eq!(
            lock.entry("https://a.example/p")
                .unwrap()
                .text_hash
                .as_deref(),
            Some("aa")
        );
        assert_eq!(lock.entry("https://a.example/p").unwrap().read_on, today);
        let unreachable = Fetched::Unreachable("timed out".into());
        assert!(
            lock.record("https://c.example/", "C", &unreachable, today)
                .is_err()
        );
        assert_eq!(
            lock.entry("https://c.example/").unwrap().status,
            LockStatus::Ok
        );
    }
}
