//! `relais translations [--lang L]` and `relais translations mark-current`: per language, how
//! many messages are translated, missing, made from an older French text, and checked by a
//! person; and `relais check`'s warnings about translations made from an older French. The
//! comparison is `domain::translation_lock`; this module reads and writes the lock files.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::content::Catalog;
use crate::content::ids::REFERENCE_LANGUAGE;
use crate::diagnostics::{Diagnostic, LineIndex, Position};
use crate::domain::translation_lock::{self, LOCK_NAME, TranslationLock};

fn lock_path(root: &Path, lang: &str) -> (PathBuf, String) {
    let shown = format!("locales/{lang}/{LOCK_NAME}");
    (root.join(&shown), shown)
}

/// A language's lock; `None` when it has none yet (then nothing is checked for it).
fn read_lock(root: &Path, lang: &str) -> Result<Option<TranslationLock>, Diagnostic> {
    let (path, shown) = lock_path(root, lang);
    if !path.exists() {
        return Ok(None);
    }
    let start = Position { line: 1, column: 1 };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Diagnostic::error(&shown, start, format!("cannot be read: {e}")))?;
    toml::from_str(&text).map(Some).map_err(|e| {
        let at = e
            .span()
            .map_or(start, |s| LineIndex::new(&text).position(&text, s.start));
        Diagnostic::error(&shown, at, e.message().to_string()).with_hint(format!(
            "each line is `message-id = {{ french = \"<fingerprint>\", reviewed = false }}`; `relais translations mark-current --lang {lang}` writes them"
        ))
    })
}

/// The translated languages (every language but French), or the one asked for.
fn languages<'a>(catalog: &'a Catalog, only: Option<&str>) -> anyhow::Result<Vec<(&'a str, bool)>> {
    let all: Vec<(&str, bool)> = catalog
        .languages
        .iter()
        .filter(|l| l.code != REFERENCE_LANGUAGE)
        .map(|l| (l.code.as_str(), l.reviewed))
        .collect();
    match only {
        None => Ok(all),
        Some(code) => match all.iter().find(|(c, _)| *c == code) {
            Some(found) => Ok(vec![*found]),
            None => bail!("`{code}` is not a translated language of the content"),
        },
    }
}

/// `relais check`'s part: translations made from an older French text, per language that
/// has a lock.
pub fn check(root: &Path, catalog: &Catalog) -> Vec<Diagnostic> {
    let french = translation_lock::french_fingerprints(&catalog.texts);
    let mut out = Vec::new();
    for (lang, reviewed) in languages(catalog, None).unwrap_or_default() {
        match read_lock(root, lang) {
            Ok(None) => {}
            Ok(Some(lock)) => {
                let standing =
                    translation_lock::standing(&catalog.texts, lang, &lock, &french, reviewed);
                out.extend(translation_lock::warnings(&catalog.texts, lang, &standing));
            }
            Err(problem) => out.push(problem),
        }
    }
    out
}

/// `relais translations [--lang L]`: one table, a row per language.
pub fn table(root: &Path, catalog: &Catalog, only: Option<&str>) -> anyhow::Result<String> {
    let french = translation_lock::french_fingerprints(&catalog.texts);
    let mut text = format!(
        "{:<9}{:>10}{:>9}{:>7}{:>12}{:>10}\n",
        "language", "messages", "missing", "stale", "unrecorded", "reviewed"
    );
    let mut lists = String::new();
    for (lang, reviewed) in languages(catalog, only)? {
        let lock = read_lock(root, lang)
            .map_err(|d| anyhow::anyhow!("{d}"))?
            .unwrap_or_default();
        let s = translation_lock::standing(&catalog.texts, lang, &lock, &french, reviewed);
        text.push_str(&format!(
            "{lang:<9}{:>10}{:>9}{:>7}{:>12}{:>10}\n",
            s.messages,
            s.missing.len(),
            s.stale.len(),
            s.unrecorded.len(),
            s.reviewed
        ));
        if !s.stale.is_empty() {
            lists.push_str(&format!("{lang}, stale: {}\n", s.stale.join(", ")));
        }
    }
    Ok(text + &lists)
}

/// `relais translations mark-current [--lang L] [ids…]`: records the named messages (or, with
/// none named, every stale and unrecorded one) as made from today's French. Returns how many
/// were recorded per language.
pub fn mark_current(
    root: &Path,
    catalog: &Catalog,
    only: Option<&str>,
    ids: &[String],
    machine_drafted: bool,
) -> anyhow::Result<Vec<(String, usize)>> {
    let french = translation_lock::french_fingerprints(&catalog.texts);
    let mut done = Vec::new();
    for (lang, reviewed) in languages(catalog, only)? {
        let mut lock = read_lock(root, lang)
            .map_err(|d| anyhow::anyhow!("{d}"))?
            .unwrap_or_default();
        let chosen: Vec<String> = if ids.is_empty() {
            let s = translation_lock::standing(&catalog.texts, lang, &lock, &french, reviewed);
            s.stale.into_iter().chain(s.unrecorded).collect()
        } else {
            ids.to_vec()
        };
        translation_lock::mark_current(
            &mut lock,
            &catalog.texts,
            lang,
            &french,
            &chosen,
            !machine_drafted,
        )
        .map_err(anyhow::Error::msg)?;
        let (path, shown) = lock_path(root, lang);
        std::fs::write(&path, translation_lock::to_text(&lock, lang))
            .with_context(|| format!("{shown} cannot be written"))?;
        done.push((lang.to_string(), chosen.len()));
    }
    Ok(done)
}
