//! The files a snapshot is made of, and how they are compared with the disk (`snapshot`).
//!
//! A file is listed with its size and time, and the files the loader reads with the SHA-256 of
//! the text it read: see the module header of `snapshot` for the quick and the full comparison.
//! `check_record` fingerprints `relais check`'s inputs with the same listing.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Verify;
use crate::content::{ContentSources, SourceFile};
use crate::loader;

/// How close to the reading of the files a modification time must be to be doubted. Generous:
/// file systems keep times to a few milliseconds (ext4, through the kernel's coarse clock) or
/// to two seconds (FAT on a USB stick).
pub(super) const RACY: Duration = Duration::from_secs(3);

/// One file of the fingerprint.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub(crate) struct FileEntry {
    /// Relative to the root, with forward slashes (`loader::display_path`).
    pub(crate) path: String,
    pub(crate) len: u64,
    /// Nanoseconds since 1970; `None` where the file system keeps no time.
    pub(crate) modified: Option<u128>,
    /// SHA-256 of the text the loader read; `None` for files it does not read (a README in
    /// `locales/`, the pictograms, whose names only are checked).
    pub(crate) sha256: Option<[u8; 32]>,
}

impl FileEntry {
    /// A file as a listing sees it: its size and time, not yet its hash.
    fn listed(path: String, meta: &fs::Metadata) -> FileEntry {
        FileEntry {
            path,
            len: meta.len(),
            modified: nanos(meta.modified().ok()),
            sha256: None,
        }
    }
}

pub(crate) fn program() -> String {
    let exe = std::env::current_exe().and_then(fs::metadata).ok();
    let (len, modified) = exe.map_or((0, None), |m| (m.len(), nanos(m.modified().ok())));
    format!("{} {len} {modified:?}", env!("CARGO_PKG_VERSION"))
}

pub(crate) fn nanos(time: Option<SystemTime>) -> Option<u128> {
    time.and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
}

pub(crate) fn root_name(root: &Path) -> String {
    fs::canonicalize(root)
        .unwrap_or_else(|_| root.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// The folders the catalog is made of.
pub(super) const CATALOG_FOLDERS: [&str; 3] = ["content", "locales", "ui/pictograms"];

/// Every file under the folders the content is made of, sorted, with size and time.
pub(super) fn list_files(root: &Path) -> Vec<FileEntry> {
    list_files_under(root, &CATALOG_FOLDERS, Locks::Skipped)
}

/// Whether the editor's desk's `.lock` files are listed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Locks {
    Skipped,
    Listed,
}

/// Every file under `folders` of `root`, sorted by path, with size and time (no hash yet).
pub(crate) fn list_files_under(root: &Path, folders: &[&str], locks: Locks) -> Vec<FileEntry> {
    let mut files = Vec::new();
    for dir in folders {
        collect(root, &root.join(dir), locks, &mut files);
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

pub(super) fn collect(root: &Path, dir: &Path, locks: Locks, out: &mut Vec<FileEntry>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // Followed, as the loader follows them: a link's target is what is read.
        let Ok(meta) = fs::metadata(&path) else {
            out.push(FileEntry {
                path: loader::display_path(root, &path),
                len: u64::MAX,
                modified: None,
                sha256: None,
            });
            continue;
        };
        if meta.is_dir() {
            collect(root, &path, locks, out);
        } else if locks == Locks::Skipped && path.extension().is_some_and(|e| e == "lock") {
            // content/sources.lock and locales/<lang>/translations.lock are the editor's desk's
            // records (`relais sources`, `relais translations`), read by `relais check` apart
            // from the catalog: writing them never makes the catalog stale.
            continue;
        } else {
            out.push(FileEntry::listed(loader::display_path(root, &path), &meta));
        }
    }
}

/// `path` (relative to `root`) as it is now, listed as `list_files` lists it; `None` if it is
/// gone.
pub(super) fn entry_now(root: &Path, path: &str) -> Option<FileEntry> {
    let meta = fs::metadata(root.join(path)).ok()?;
    Some(FileEntry::listed(path.to_string(), &meta))
}

/// The site's places file, always read in full: one small file, and it lies outside the
/// content root whose files are listed.
pub(crate) fn places_fingerprint(site_places: Option<&Path>) -> Option<(String, Option<[u8; 32]>)> {
    site_places.map(|path| {
        let hash = fs::read(path)
            .ok()
            .map(|bytes| Sha256::digest(bytes).into());
        (path.display().to_string(), hash)
    })
}

pub(super) fn hash_text(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// The fingerprint of the files as they were read into `sources`.
pub(super) fn fingerprint(root: &Path, sources: &ContentSources) -> Vec<FileEntry> {
    let read: std::collections::HashMap<&str, &str> = read_files(sources)
        .into_iter()
        .map(|f| (f.path.as_str(), f.text.as_str()))
        .collect();
    let mut files = list_files(root);
    for file in &mut files {
        if let Some(text) = read.get(file.path.as_str()) {
            file.sha256 = Some(hash_text(text));
        }
    }
    files
}

/// Every file the loader read.
pub(super) fn read_files(sources: &ContentSources) -> Vec<&SourceFile> {
    let languages = sources.languages.iter().flat_map(|l| {
        l.manifest
            .iter()
            .chain(l.files.iter().map(|(_, f)| f))
            .chain(l.plain_language.iter())
    });
    sources
        .procedures
        .iter()
        .map(|(_, f)| f)
        .chain(sources.documents.iter())
        .chain(sources.glossary.iter())
        .chain(sources.places.iter())
        .chain(languages)
        .collect()
}

/// `Ok` when the files on disk are `recorded`, those the snapshot was built from.
pub(super) fn same_files(
    root: &Path,
    recorded: &[FileEntry],
    read_from: u128,
    verify: Verify,
) -> Result<(), String> {
    let now = list_files(root);
    if now.len() != recorded.len() {
        return Err("files were added or removed since the snapshot".into());
    }
    for (file, recorded) in now.iter().zip(recorded) {
        if file.path != recorded.path {
            return Err(format!("{} is new since the snapshot", file.path));
        }
        same_file(root, file, recorded, read_from, verify)?;
    }
    Ok(())
}

/// `Ok` when `file` (as listed now) is the file `recorded`.
pub(super) fn same_file(
    root: &Path,
    file: &FileEntry,
    recorded: &FileEntry,
    read_from: u128,
    verify: Verify,
) -> Result<(), String> {
    let doubted_from = read_from.saturating_sub(RACY.as_nanos());
    let unchanged = file.len == recorded.len
        && file.modified == recorded.modified
        && file.modified.is_some_and(|t| t < doubted_from);
    if unchanged && verify == Verify::Quick {
        return Ok(());
    }
    let changed = || format!("{} changed since the snapshot", file.path);
    let Some(recorded_hash) = recorded.sha256 else {
        // Not read by the loader: only its size and time tell.
        if file.len == recorded.len && file.modified == recorded.modified {
            return Ok(());
        }
        return Err(changed());
    };
    let text = loader::read_text(&root.join(&file.path)).map_err(|_| changed())?;
    if hash_text(&text) != recorded_hash {
        return Err(changed());
    }
    Ok(())
}
