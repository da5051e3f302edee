//! `relais check`'s record of its last answer, so that a check with nothing changed is quick
//! (issue 19: at most 2 s for 10,000 procedures).
//!
//! The catalog snapshot (`snapshot`) spares a check the validation of the trees and texts, but
//! not the checks that follow it: the clips (`clips::check`, one look per text and language),
//! the sources' review dates and the translations' locks. At 10,000 procedures those walk
//! millions of texts. So the whole answer (every problem of the content and of the editor's
//! desk) is kept with a fingerprint of everything it was computed from, and given again when
//! the fingerprint still matches:
//! - every file under `content/`, `locales/` and `ui/pictograms/`, the `.lock` files included,
//!   by the SHA-256 of its bytes (as the snapshot's full check: an edit that keeps a file's size
//!   and time is still seen);
//! - every file under `audio/`: the manifests and `recorded.toml` by their bytes, the clips by
//!   their size and time (the clip check only asks whether a clip is there; reading every
//!   sound file would cost more than the check);
//! - the site's places file, the languages offered, the content root, this build of relais, and
//!   the day (review periods are counted in days).
//!
//! The fingerprint is taken *before* the check runs: a file edited meanwhile no longer matches
//! it, and the next check computes everything again. A record that is damaged, of another
//! build or of another root is not used (its SHA-256 is checked before a byte is decoded). It
//! never replaces the catalog snapshot: the kiosk does not read it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diagnostics::Diagnostic;
use crate::snapshot::{self, FileEntry, Locks};

/// The first bytes of every record; the number changes with `Record`'s shape.
const MAGIC: &[u8] = b"relais check record 1\n";

/// The folders whose files a check reads.
const CHECKED_FOLDERS: [&str; 4] = ["content", "locales", "ui/pictograms", "audio"];

/// Everything a check's answer depends on, taken before the check runs.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Inputs {
    program: String,
    root: String,
    offered: Option<Vec<String>>,
    site_places: Option<(String, Option<[u8; 32]>)>,
    day: NaiveDate,
    files: Vec<FileEntry>,
}

impl Inputs {
    /// The fingerprint of what a check of `root` would read today.
    pub fn of(root: &Path, offered: Option<Vec<String>>, site_places: Option<&Path>) -> Inputs {
        let mut files = snapshot::list_files_under(root, &CHECKED_FOLDERS, Locks::Listed);
        for file in &mut files {
            if is_sound(&file.path) {
                continue;
            }
            file.sha256 = fs::read(root.join(&file.path))
                .ok()
                .map(|bytes| Sha256::digest(bytes).into());
        }
        Inputs {
            program: snapshot::program(),
            root: snapshot::root_name(root),
            offered,
            site_places: snapshot::places_fingerprint(site_places),
            day: crate::content::today(),
            files,
        }
    }
}

/// A clip under `audio/`, told by its size and time rather than its bytes.
fn is_sound(path: &str) -> bool {
    path.starts_with("audio/") && !path.ends_with(".toml")
}

/// What a check found: the content's problems, and the editor's desk's (clips, sources,
/// translations), kept apart because only the first are shown with their lines of text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Answer {
    pub content: Vec<Diagnostic>,
    pub desk: Vec<Diagnostic>,
}

#[derive(Serialize, Deserialize)]
struct Record {
    inputs: Inputs,
    answer: Answer,
}

/// Where the record lives: beside the database and the catalog snapshot.
pub fn path_for(store_path: &Path) -> PathBuf {
    snapshot::path_for(store_path).with_file_name("check.record")
}

/// The answer recorded for exactly these inputs, or why there is none to give again.
pub fn recall(record: &Path, inputs: &Inputs) -> Result<Answer, String> {
    let bytes = fs::read(record).map_err(|e| format!("no record of an earlier check ({e})"))?;
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or("the record is of another format")?;
    if rest.len() < 32 {
        return Err("the record is cut short".into());
    }
    let (sum, body) = rest.split_at(32);
    if <[u8; 32]>::from(Sha256::digest(body)).as_slice() != sum {
        return Err("the record is damaged (its checksum does not match)".into());
    }
    let record: Record =
        postcard::from_bytes(body).map_err(|e| format!("the record does not decode ({e})"))?;
    if &record.inputs != inputs {
        return Err("files, languages, the day or relais changed since the last check".into());
    }
    Ok(record.answer)
}

/// Keeps `answer` for `inputs`, replacing the record in one rename.
pub fn remember(record: &Path, inputs: Inputs, answer: Answer) -> anyhow::Result<()> {
    let body = postcard::to_stdvec(&Record { inputs, answer })?;
    let folder = record.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(folder)?;
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(MAGIC)?;
    file.write_all(&Sha256::digest(&body))?;
    file.write_all(&body)?;
    file.persist(record)?;
    Ok(())
}
