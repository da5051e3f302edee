//! The validated catalog snapshot: validate once, not at every start (issue 19).
//!
//! A full load (`loader::load`) parses and checks every file: seconds and gigabytes for a
//! network's shared catalog of 10,000 procedures. Once a catalog has passed, it is written to a
//! snapshot file with its diagnostics and a fingerprint of the files it was built from; the next
//! start reads the snapshot instead, as long as the fingerprint still matches. Anything else (no
//! snapshot, another program version, other files, a checksum that fails, bytes that do not
//! deserialise) rebuilds the catalog from the files and writes a new snapshot: a snapshot is
//! never trusted, only checked.
//!
//! **Format.** A magic line, then a postcard-encoded `Header`, then the postcard-encoded
//! `Payload` (the catalog and its warnings). postcard (https://docs.rs/postcard) is serde's
//! compact binary format with a documented, stable wire format; the header carries the
//! payload's length and SHA-256, checked before a byte of it is decoded.
//!
//! **Fingerprint.** Every file under `content/`, `locales/` and `ui/pictograms/` is listed with
//! its size and modification time, and every file the loader reads with the SHA-256 of the text
//! it read. Two ways of comparing it with the files on disk:
//! - `Verify::Quick` (the kiosk's start): the files are listed again and their size and time
//!   compared; a file whose size or time differs, or whose time is too close to the moment the
//!   snapshot's files were read to tell an edit apart ("racy", as git calls it), is read and
//!   its hash compared. Starting costs one `stat` per file, not reading them. An edit that keeps
//!   a file's size and sets its time back (`touch -d`, `cp -p` of an older copy of the same
//!   length) escapes it, as it escapes `make` and `rsync`: `relais check` then rebuilds it.
//! - `Verify::Full` (`relais check`): every file is read and hashed; the review dates of the
//!   warnings are only valid for the day they were computed, so a snapshot of another day is
//!   rebuilt too. The kiosk ignores the day: a catalog that was valid stays valid as days pass.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::content::{Catalog, ContentSources, SourceFile};
use crate::diagnostics::Diagnostic;
use crate::loader;

/// The first bytes of every snapshot; the number changes with any change of `Header` or
/// `Payload`, so an older file is rebuilt rather than misread.
const MAGIC: &[u8] = b"relais catalog snapshot 2\n";

/// How close to the reading of the files a modification time must be to be doubted. Generous:
/// file systems keep times to a few milliseconds (ext4, through the kernel's coarse clock) or
/// to two seconds (FAT on a USB stick).
const RACY: Duration = Duration::from_secs(3);

/// How thoroughly the files are compared with the snapshot's fingerprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verify {
    /// Sizes and times, and the content of the files whose size or time leaves a doubt.
    Quick,
    /// The content of every file, and the snapshot must be of today.
    Full,
}

/// What `load` did.
pub struct Loaded {
    pub catalog: Option<Catalog>,
    /// Every problem of the content, as a full load reports them (a snapshot keeps them).
    pub diagnostics: Vec<Diagnostic>,
    /// `None` when the snapshot was used; otherwise why the files were loaded again.
    pub rebuilt: Option<String>,
    /// Why a new snapshot could not be written, if it could not (the kiosk runs anyway).
    pub write_error: Option<String>,
}

/// Where the snapshot lives: beside the database. One per folder: a check or a start on another
/// content root (a test's copy, a colleague's folder) replaces it, since the header names the
/// root, rather than leaving one file behind per root ever checked.
pub fn path_for(store_path: &Path) -> PathBuf {
    let folder = store_path.parent().unwrap_or(Path::new("."));
    folder.join("catalog.snapshot")
}

/// The catalog of `root`: from `snapshot` if it matches the files, otherwise loaded and
/// validated from the files, and then written to `snapshot` when it is valid.
pub fn load(
    root: &Path,
    offered: Option<Vec<String>>,
    site_places: Option<&Path>,
    snapshot: &Path,
    verify: Verify,
) -> Loaded {
    let rebuilt = match read(root, &offered, site_places, snapshot, verify) {
        Ok(payload) => {
            return Loaded {
                catalog: Some(payload.catalog),
                diagnostics: payload.diagnostics,
                rebuilt: None,
                write_error: None,
            };
        }
        Err(why) => why,
    };
    let (catalog, diagnostics, _sources, write_error) =
        rebuild(root, offered, site_places, snapshot);
    Loaded {
        catalog,
        diagnostics,
        rebuilt: Some(rebuilt),
        write_error,
    }
}

/// Loads and validates the files, as `loader::load_site`, and writes a snapshot of the result
/// when it is valid. The last item is why the snapshot could not be written.
pub fn rebuild(
    root: &Path,
    offered: Option<Vec<String>>,
    site_places: Option<&Path>,
    snapshot: &Path,
) -> (
    Option<Catalog>,
    Vec<Diagnostic>,
    ContentSources,
    Option<String>,
) {
    // Taken before a file is read: a file modified after it is doubted on the next start.
    let read_from = SystemTime::now();
    let places = places_fingerprint(site_places);
    let (catalog, diagnostics, sources) = loader::load_site(root, offered.clone(), site_places);
    let mut write_error = None;
    if let Some(catalog) = &catalog {
        let header_files = fingerprint(root, &sources);
        if let Err(error) = write(
            snapshot,
            root,
            offered,
            places,
            read_from,
            header_files,
            catalog,
            &diagnostics,
        ) {
            write_error = Some(format!("cannot write {}: {error}", snapshot.display()));
        }
    } else {
        // A refused catalog leaves no snapshot behind that could be mistaken for it.
        let _ = fs::remove_file(snapshot);
    }
    (catalog, diagnostics, sources, write_error)
}

/// One file of the fingerprint.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
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

#[derive(Serialize, Deserialize)]
struct Header {
    /// This program's version and its executable's size and time: another build may validate
    /// differently.
    program: String,
    root: String,
    offered: Option<Vec<String>>,
    /// The site's places file (outside the content root): its path and the SHA-256 of its
    /// bytes, `None` for a file that was missing.
    site_places: Option<(String, Option<[u8; 32]>)>,
    /// The day the warnings were computed (review dates).
    validated_on: NaiveDate,
    /// When the files started to be read, in nanoseconds since 1970.
    read_from: u128,
    files: Vec<FileEntry>,
    payload_len: u64,
    payload_sha256: [u8; 32],
}

#[derive(Serialize, Deserialize)]
struct Payload {
    catalog: Catalog,
    diagnostics: Vec<Diagnostic>,
}

/// Borrowed twin of `Payload` for writing, so the catalog is not copied.
#[derive(Serialize)]
struct PayloadOut<'a> {
    catalog: &'a Catalog,
    diagnostics: &'a [Diagnostic],
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
const CATALOG_FOLDERS: [&str; 3] = ["content", "locales", "ui/pictograms"];

/// Every file under the folders the content is made of, sorted, with size and time.
fn list_files(root: &Path) -> Vec<FileEntry> {
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

fn collect(root: &Path, dir: &Path, locks: Locks, out: &mut Vec<FileEntry>) {
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
            out.push(FileEntry {
                path: loader::display_path(root, &path),
                len: meta.len(),
                modified: nanos(meta.modified().ok()),
                sha256: None,
            });
        }
    }
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

fn hash_text(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// The fingerprint of the files as they were read into `sources`.
fn fingerprint(root: &Path, sources: &ContentSources) -> Vec<FileEntry> {
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
fn read_files(sources: &ContentSources) -> Vec<&SourceFile> {
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

#[allow(clippy::too_many_arguments)]
fn write(
    snapshot: &Path,
    root: &Path,
    offered: Option<Vec<String>>,
    site_places: Option<(String, Option<[u8; 32]>)>,
    read_from: SystemTime,
    files: Vec<FileEntry>,
    catalog: &Catalog,
    diagnostics: &[Diagnostic],
) -> anyhow::Result<()> {
    let payload = postcard::to_stdvec(&PayloadOut {
        catalog,
        diagnostics,
    })?;
    let header = Header {
        program: program(),
        root: root_name(root),
        offered,
        site_places,
        validated_on: crate::content::today(),
        read_from: nanos(Some(read_from)).unwrap_or(0),
        files,
        payload_len: payload.len() as u64,
        payload_sha256: Sha256::digest(&payload).into(),
    };
    let folder = snapshot.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(folder)?;
    // Written aside, then renamed over the old one: a kiosk starting meanwhile reads the old
    // snapshot or the new one, never half of one.
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(MAGIC)?;
    file.write_all(&postcard::to_stdvec(&header)?)?;
    file.write_all(&payload)?;
    file.persist(snapshot)?;
    Ok(())
}

/// The snapshot's content, if it is whole and matches the files; otherwise why not.
fn read(
    root: &Path,
    offered: &Option<Vec<String>>,
    site_places: Option<&Path>,
    snapshot: &Path,
    verify: Verify,
) -> Result<Payload, String> {
    let bytes = fs::read(snapshot).map_err(|e| format!("no snapshot to read ({e})"))?;
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or("the snapshot is of another format")?;
    let (header, payload): (Header, &[u8]) = postcard::take_from_bytes(rest)
        .map_err(|e| format!("the snapshot's header does not decode ({e})"))?;
    if header.program != program() {
        return Err("the snapshot was written by another build of relais".into());
    }
    if header.root != root_name(root) || &header.offered != offered {
        return Err("the snapshot is of another content root or other languages".into());
    }
    if header.site_places != places_fingerprint(site_places) {
        return Err("the site's places file changed since the snapshot".into());
    }
    if verify == Verify::Full && header.validated_on != crate::content::today() {
        return Err("the snapshot's review dates were checked on another day".into());
    }
    if payload.len() as u64 != header.payload_len
        || <[u8; 32]>::from(Sha256::digest(payload)) != header.payload_sha256
    {
        return Err("the snapshot is damaged (its checksum does not match)".into());
    }
    same_files(root, &header, verify)?;
    postcard::from_bytes(payload).map_err(|e| format!("the snapshot does not decode ({e})"))
}

/// `Ok` when the files on disk are those the snapshot was built from.
fn same_files(root: &Path, header: &Header, verify: Verify) -> Result<(), String> {
    let now = list_files(root);
    if now.len() != header.files.len() {
        return Err("files were added or removed since the snapshot".into());
    }
    let doubted_from = header.read_from.saturating_sub(RACY.as_nanos());
    for (file, recorded) in now.iter().zip(&header.files) {
        if file.path != recorded.path {
            return Err(format!("{} is new since the snapshot", file.path));
        }
        let unchanged = file.len == recorded.len
            && file.modified == recorded.modified
            && file.modified.is_some_and(|t| t < doubted_from);
        if unchanged && verify == Verify::Quick {
            continue;
        }
        let changed = || format!("{} changed since the snapshot", file.path);
        let Some(recorded_hash) = recorded.sha256 else {
            // Not read by the loader: only its size and time tell.
            if file.len == recorded.len && file.modified == recorded.modified {
                continue;
            }
            return Err(changed());
        };
        let text = loader::read_text(&root.join(&file.path)).map_err(|_| changed())?;
        if hash_text(&text) != recorded_hash {
            return Err(changed());
        }
    }
    Ok(())
}
