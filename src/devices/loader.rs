//! Reads the content root from disk: `content/*.toml`, `locales/<lang>/*`, and hands the texts to
//! `content::build`. This is the only place that reads content files.
//!
//! Unreadable files become diagnostics like any other problem, so a permission error on one
//! file does not hide the problems of the others. So do a symbolic link that leads nowhere
//! (skipping it would lose a procedure without a word) and control characters in a text
//! (a NUL would reach the screen, the printer and the speech). A UTF-8 byte-order mark, which
//! some Windows editors write at the start of a file, is dropped: it is not part of the text.

use std::fs;
use std::path::{Path, PathBuf};

use crate::content::{self, Catalog, ContentSources, LanguageSources, SourceFile, parallel};
use crate::diagnostics::{Diagnostic, Position};

const START: Position = Position { line: 1, column: 1 };

/// Loads and validates everything under `root`. Offered languages come from the configuration.
pub fn load(root: &Path, offered: Option<Vec<String>>) -> (Option<Catalog>, Vec<Diagnostic>) {
    let (catalog, diagnostics, _) = load_with_sources(root, offered);
    (catalog, diagnostics)
}

/// Like `load`, and also returns the files' texts, so that problems can be shown in context.
pub fn load_with_sources(
    root: &Path,
    offered: Option<Vec<String>>,
) -> (Option<Catalog>, Vec<Diagnostic>, ContentSources) {
    load_site(root, offered, None)
}

/// Like `load_with_sources`, with the site's places file (`[site] places`), checked against
/// the content: what the kiosk and `relais check` load.
pub fn load_site(
    root: &Path,
    offered: Option<Vec<String>>,
    site_places: Option<&Path>,
) -> (Option<Catalog>, Vec<Diagnostic>, ContentSources) {
    let mut diagnostics = Vec::new();
    let mut sources = read_sources(root, offered, &mut diagnostics);
    match site_places {
        // A missing places file leaves the generic text: never a reason to stop the kiosk.
        Some(path) if !path.exists() => diagnostics.push(
            Diagnostic::warning(
                &path.display().to_string(),
                START,
                "the site's places file does not exist",
            )
            .with_hint("create it (docs/fleet.md, \"Local places\") or remove `[site] places`; meanwhile the ticket says the generic text"),
        ),
        // Shown as configured: it lies outside the content root.
        Some(path) => sources.site_places = read(Path::new(""), path, &mut diagnostics),
        None => {}
    }
    let (catalog, mut found) = content::build(&sources, content::today());
    diagnostics.append(&mut found);
    let catalog = catalog.filter(|_| !diagnostics.iter().any(|d| d.severity.is_error()));
    (catalog, diagnostics, sources)
}

pub fn read_sources(
    root: &Path,
    offered: Option<Vec<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> ContentSources {
    let mut sources = ContentSources {
        offered,
        ..ContentSources::default()
    };
    let content_dir = root.join("content");
    let content_files = files_with_extension(root, &content_dir, "toml", diagnostics);
    for (path, file) in read_all(root, content_files, diagnostics) {
        let stem = file_stem(&path);
        if stem == "documents" {
            sources.documents = Some(file);
        } else if stem == "glossary" {
            sources.glossary = Some(file);
        } else if stem == "places" {
            sources.places = Some(file);
        } else {
            sources.procedures.push((stem, file));
        }
    }
    // Pictograms are looked for only where the folder exists, so a content-only root (a copy
    // sent to a colleague) is not flooded with warnings.
    let pictogram_dir = root.join("ui/pictograms");
    if pictogram_dir.is_dir() {
        let names = entries(root, &pictogram_dir, diagnostics)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "svg" || e == "png"))
            .map(|p| (file_stem(&p), p))
            .collect();
        sources.pictograms = Some(names);
    }
    let locales_dir = root.join("locales");
    for lang_dir in subfolders(root, &locales_dir, diagnostics) {
        let code = file_stem(&lang_dir);
        let manifest_path = lang_dir.join("language.toml");
        let manifest = manifest_path
            .exists()
            .then(|| read(root, &manifest_path, diagnostics))
            .flatten();
        let ftl_files = files_with_extension(root, &lang_dir, "ftl", diagnostics);
        let files = read_all(root, ftl_files, diagnostics)
            .into_iter()
            .map(|(path, file)| (file_stem(&path), file))
            .collect();
        let plain_path = lang_dir.join("plain-language.toml");
        let plain_language = plain_path
            .exists()
            .then(|| read(root, &plain_path, diagnostics))
            .flatten();
        sources.languages.push(LanguageSources {
            code,
            manifest,
            files,
            plain_language,
        });
    }
    sources
}

/// The path as editors see it: relative to the root, with forward slashes.
pub fn display_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn read(root: &Path, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    match read_or_report(root, path) {
        Ok((file, problem)) => {
            diagnostics.extend(problem);
            Some(file)
        }
        Err(problem) => {
            diagnostics.push(problem);
            None
        }
    }
}

/// The file's text, with a problem found in it (a control character) that does not stop it
/// from being read: its other problems are still worth reporting.
fn read_or_report(
    root: &Path,
    path: &Path,
) -> Result<(SourceFile, Option<Diagnostic>), Diagnostic> {
    let shown = display_path(root, path);
    match read_text(path) {
        Ok(text) => {
            let problem = path
                .extension()
                .is_some_and(|e| e == "ftl")
                .then(|| control_character(&shown, &text))
                .flatten();
            Ok((SourceFile { path: shown, text }, problem))
        }
        Err(error) => {
            Err(
                Diagnostic::error(&shown, START, format!("cannot read the file: {error}"))
                    .with_hint("check that the file exists, is readable, and is saved as UTF-8"),
            )
        }
    }
}

/// U+FEFF at the start of a file: a byte-order mark, meaningless in UTF-8.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// A content file's text as the loader reads it: UTF-8, without a byte-order mark. Also used
/// where a file must be compared with what the loader read (the snapshot's fingerprint) or
/// shown as it was read (`relais check`'s context lines).
pub fn read_text(path: &Path) -> std::io::Result<String> {
    let text = fs::read_to_string(path)?;
    Ok(match text.strip_prefix(BYTE_ORDER_MARK) {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// The first control character of a Fluent file other than tab, line feed and carriage
/// return, as an error at its line and column. Fluent accepts them in a text; nobody means one.
fn control_character(shown: &str, text: &str) -> Option<Diagnostic> {
    let (offset, found) = text
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))?;
    let position = crate::diagnostics::LineIndex::new(text).position(text, offset);
    Some(
        Diagnostic::error(
            shown,
            position,
            format!("control character U+{:04X} in the text", u32::from(found)),
        )
        .with_hint("delete it: an editor that shows invisible characters shows where it is"),
    )
}

/// Below this many files a folder is read on one thread; above, on every core (a catalog of
/// 10,000 procedures is 50,000 files, a second of reading on one core).
const READ_IN_PARALLEL_FROM: usize = 256;

/// Reads `paths` in order, keeping each readable file with its path; a file that cannot be read
/// becomes a diagnostic, in the same order.
fn read_all(
    root: &Path,
    paths: Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(PathBuf, SourceFile)> {
    let threads = if paths.len() < READ_IN_PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, usize::from)
    };
    let read = parallel::map_in_order(&paths, threads, |path| read_or_report(root, path));
    let mut files = Vec::with_capacity(paths.len());
    for (path, outcome) in paths.into_iter().zip(read) {
        match outcome {
            Ok((file, problem)) => {
                diagnostics.extend(problem);
                files.push((path, file));
            }
            Err(problem) => diagnostics.push(problem),
        }
    }
    files
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The entries of `dir`, sorted; a symbolic link whose target does not exist is reported and
/// left out.
fn entries(root: &Path, dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    match fs::read_dir(dir) {
        Ok(read) => {
            // The entry's own type costs no system call; only links are looked at further.
            let mut paths: Vec<(PathBuf, bool)> = read
                .filter_map(|e| e.ok())
                .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_symlink())))
                .collect();
            paths.sort();
            paths
                .into_iter()
                .filter_map(|(path, is_link)| {
                    if is_link && !path.exists() {
                        diagnostics.push(dangling_link(root, &path));
                        return None;
                    }
                    Some(path)
                })
                .collect()
        }
        Err(error) => {
            diagnostics.push(
                Diagnostic::error(
                    &dir.to_string_lossy(),
                    START,
                    format!("cannot read the folder: {error}"),
                )
                .with_hint("give the folder that holds content/, locales/ and audio/ with --root"),
            );
            Vec::new()
        }
    }
}

/// The error for a symbolic link that leads nowhere.
fn dangling_link(root: &Path, path: &Path) -> Diagnostic {
    let target = fs::read_link(path).unwrap_or_default();
    Diagnostic::error(
        &display_path(root, path),
        START,
        format!(
            "this is a symbolic link to `{}`, which does not exist",
            target.display()
        ),
    )
    .with_hint("restore what it points to, or delete the link")
}

fn files_with_extension(
    root: &Path,
    dir: &Path,
    extension: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<PathBuf> {
    entries(root, dir, diagnostics)
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == extension))
        .collect()
}

fn subfolders(root: &Path, dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    entries(root, dir, diagnostics)
        .into_iter()
        .filter(|p| p.is_dir())
        .collect()
}
