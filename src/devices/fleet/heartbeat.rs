//! The kiosk's heartbeat, sent with each push: which content and relais it runs, how its
//! printer and its store are, and the hour of its last ticket. Read from the local store and the
//! content folder only: `relais stats push` runs beside the kiosk, which owns the printer, so the
//! printer's state is what the print queue recorded of its last attempts.

use std::path::Path;

use chrono::NaiveDateTime;
use sha2::{Digest, Sha256};

use crate::print::PrinterTrouble;
use crate::store::{Check, PrintStatus, Store, StoreError};

/// One heartbeat, as the central database keeps it (`fleet.heartbeat`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heartbeat {
    /// Which content the kiosk shows (see `content_version`).
    pub content_version: String,
    pub relais_version: String,
    /// `ok`, `paper-out`, `not-answering` or `error`.
    pub printer_state: &'static str,
    /// Handoffs waiting for the printer (pending, being printed, or failed).
    pub print_queue: u32,
    /// `ok`, `recovered` (a damaged file was replaced at open) or `damaged`.
    pub store_state: &'static str,
    /// The hour of the last ticket, local time.
    pub last_visit: Option<NaiveDateTime>,
}

impl Heartbeat {
    /// The heartbeat of the kiosk whose store is `store` and content is under `root`.
    pub fn gather(store: &Store, root: &Path) -> Result<Heartbeat, StoreError> {
        let waiting: Vec<_> = store
            .print_queue()?
            .into_iter()
            .filter(|q| q.print_status != PrintStatus::Sent)
            .collect();
        Ok(Heartbeat {
            content_version: content_version(root),
            relais_version: env!("CARGO_PKG_VERSION").to_string(),
            printer_state: printer_state(waiting.last().and_then(|q| {
                (q.print_status == PrintStatus::Failed).then_some(q.print_error.as_deref())?
            })),
            print_queue: u32::try_from(waiting.len()).unwrap_or(u32::MAX),
            store_state: store_state(store)?,
            last_visit: store.last_ticket_hour()?,
        })
    }
}

/// The printer's state from the error of the newest handoff still waiting, if its last
/// attempt failed (`None`: nothing waits, or the newest has not been tried yet).
pub fn printer_state(last_error: Option<&str>) -> &'static str {
    match last_error.map(PrinterTrouble::of_message) {
        None => "ok",
        Some(PrinterTrouble::PaperOut) => "paper-out",
        Some(PrinterTrouble::NotAnswering) => "not-answering",
        Some(PrinterTrouble::Other) => "error",
    }
}

fn store_state(store: &Store) -> Result<&'static str, StoreError> {
    if store.recovery().is_some() {
        return Ok("recovered");
    }
    Ok(if store.integrity_problems(Check::Quick)?.is_empty() {
        "ok"
    } else {
        "damaged"
    })
}

/// The content's version: the tag of the release when `root` is one taken by `relais content
/// update` (`releases/<tag>/`, through the `current` link), the name the network's editors gave
/// it. Otherwise (content copied by hand, a checkout) the first 12 hex digits of a SHA-256 over
/// the names and bytes of every file under `content/` and `locales/`, so two kiosks show the
/// same figure exactly when they show the same content. `unreadable` when the folders cannot
/// be read.
pub fn content_version(root: &Path) -> String {
    match crate::release::release_of(root) {
        Some(release) => release.tag,
        None => files_hash(root),
    }
}

fn files_hash(root: &Path) -> String {
    let mut files = Vec::new();
    for folder in ["content", "locales"] {
        if collect_files(&root.join(folder), &mut files).is_err() {
            return "unreadable".to_string();
        }
    }
    files.sort();
    let mut hash = Sha256::new();
    for file in &files {
        let Ok(bytes) = std::fs::read(file) else {
            return "unreadable".to_string();
        };
        let name = file.strip_prefix(root).unwrap_or(file).to_string_lossy();
        hash.update((name.len() as u64).to_le_bytes());
        hash.update(name.as_bytes());
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    let digest = hash.finalize();
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

fn collect_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_version_follows_the_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::fs::create_dir_all(dir.path().join("locales/fr")).unwrap();
        std::fs::write(dir.path().join("content/rsa.toml"), "a").unwrap();
        let first = content_version(dir.path());
        assert_eq!(first.len(), 12);
        assert_eq!(content_version(dir.path()), first);
        std::fs::write(dir.path().join("locales/fr/rsa.ftl"), "b").unwrap();
        assert_ne!(content_version(dir.path()), first);
        assert_eq!(content_version(&dir.path().join("nowhere")), "unreadable");

        // A release taken by `relais content update` is known by its tag.
        std::fs::write(
            dir.path().join(crate::release::RELEASE_FILE),
            "tag = \"2026.12.03\"\ncommit = \"0123abcd\"\nrepository = \"/srv/content.git\"\n\
             signature = \"Good\"\n",
        )
        .unwrap();
        assert_eq!(content_version(dir.path()), "2026.12.03");
    }
}
