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
//! **Format.** A magic line, then parts, each postcard-encoded: the `Front` (what the first
//! screens need: the kiosk's own texts, every procedure's name, category and sources, the
//! documents, the glossary), the problems found, the list of the procedures' own files, and one
//! `Body` per procedure (its tree and the texts of its tree in every language). Then the
//! `Header`, which says where each part lies with its SHA-256, and last the header's own SHA-256
//! and length. postcard (https://docs.rs/postcard) is serde's compact binary format with a
//! documented, stable wire format. A part is checked against its SHA-256 before a byte of it is
//! decoded.
//!
//! **Two ways of reading it.** `load` reads it whole, for the commands that need every text
//! (`relais check`, the translators' tools): each procedure's texts are put back in their
//! language. The kiosk (`kiosk::load_for_kiosk`) reads the header and the front, checks the
//! files the front was made of, and shows its first screen: time and memory that do not grow
//! with the number of procedures. A procedure's part is read when a visitor first opens it, and
//! just after the first frame a background check (`kiosk::Confirm`) compares every file and
//! every part's checksum, so that a snapshot is still never trusted unchecked for more than a
//! few seconds.
//!
//! **Fingerprint.** Every file under `content/`, `locales/` and `ui/pictograms/` is listed with
//! its size and modification time, and every file the loader reads with the SHA-256 of the text
//! it read. Two ways of comparing it with the files on disk:
//! - `Verify::Quick` (a tool's start, the kiosk's background check): the files are listed again and their size and time
//!   compared; a file whose size or time differs, or whose time is too close to the moment the
//!   snapshot's files were read to tell an edit apart ("racy", as git calls it), is read and
//!   its hash compared. Starting costs one `stat` per file, not reading them. An edit that keeps
//!   a file's size and sets its time back (`touch -d`, `cp -p` of an older copy of the same
//!   length) escapes it, as it escapes `make` and `rsync`: `relais check` then rebuilds it.
//! - `Verify::Full` (`relais check`): every file is read and hashed; the review dates of the
//!   warnings are only valid for the day they were computed, so a snapshot of another day is
//!   rebuilt too. The kiosk ignores the day: a catalog that was valid stays valid as days pass.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::content::{Catalog, ContentSources, Tree};
use crate::diagnostics::Diagnostic;
use crate::loader;

mod files;
mod format;
mod kiosk;

pub(crate) use files::{
    FileEntry, Locks, list_files_under, places_fingerprint, program, root_name,
};
use files::{entry_now, fingerprint, same_file, same_files};
use format::{BodyIn, FrontIn, Opened, Origin, read_section, write};
pub use kiosk::{Confirm, KioskLoaded, Suspicion, load_for_kiosk, rebuild_for_kiosk};

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
        Ok((catalog, diagnostics)) => {
            return Loaded {
                catalog: Some(catalog),
                diagnostics,
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
        let origin = Origin {
            root: root_name(root),
            offered,
            site_places: places,
            read_from,
        };
        if let Err(error) = write(snapshot, origin, header_files, catalog, &diagnostics) {
            write_error = Some(format!("cannot write {}: {error}", snapshot.display()));
        }
    } else {
        // A refused catalog leaves no snapshot behind that could be mistaken for it.
        let _ = fs::remove_file(snapshot);
    }
    (catalog, diagnostics, sources, write_error)
}

/// The whole catalog from the snapshot, if it is whole and matches the files; otherwise why not.
fn read(
    root: &Path,
    offered: &Option<Vec<String>>,
    site_places: Option<&Path>,
    snapshot: &Path,
    verify: Verify,
) -> Result<(Catalog, Vec<Diagnostic>), String> {
    let opened = Opened::open(root, offered, site_places, snapshot, verify)?;
    same_files(root, &opened.all_files()?, opened.header.read_from, verify)?;
    let mut front: FrontIn = opened.decode(&opened.header.front, "front part")?;
    let diagnostics: Vec<Diagnostic> = opened.decode(&opened.header.diagnostics, "problems")?;
    if front.procedures.len() != opened.header.procedures.len() {
        return Err("the snapshot's procedures do not add up".into());
    }
    // Every procedure's texts put back in their language, as a load from the files has them.
    let mut texts = std::mem::take(&mut front.texts);
    let mut mergers: HashMap<String, crate::i18n::Merger> = HashMap::new();
    let mut procedures = Vec::with_capacity(front.procedures.len());
    for (head, section) in std::mem::take(&mut front.procedures)
        .into_iter()
        .zip(&opened.header.procedures)
    {
        let body: BodyIn = opened.decode(section, "procedure")?;
        let body = body.into_body()?;
        for (lang, part) in &body.texts {
            let merger = match mergers.get_mut(lang) {
                Some(merger) => merger,
                None => {
                    let held = texts
                        .take(lang)
                        .ok_or("the snapshot's texts name an unknown language")?;
                    mergers
                        .entry(lang.clone())
                        .or_insert(crate::i18n::Merger::new(held))
                }
            };
            merger.absorb(part);
        }
        procedures.push(head.into_procedure(Tree::Held(body.tree)));
    }
    for (lang, merger) in mergers {
        texts.insert(&lang, merger.into_texts());
    }
    let catalog = front.into_catalog(procedures, texts);
    Ok((catalog, diagnostics))
}
