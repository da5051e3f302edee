//! Speech clips on disk: which message each clip says and from which text, building the missing
//! or stale ones offline with espeak-ng (`relais audio build`), and reporting missing or stale
//! clips to `relais check`.
//!
//! Layout, per language:
//! - `audio/<lang>/<clip-id>.ogg|.wav`: human recordings, committed, listed in
//!   `audio/<lang>/recorded.toml` with the hash of the text they say;
//! - `audio/<lang>/generated/<clip-id>.ogg|.wav`: made by espeak-ng, build output (not
//!   committed), listed in `audio/<lang>/generated/manifest.toml`.
//!
//! A clip id is a message id (`cant-log-in--problem`), or a message id and an attribute
//! (`cant-log-in--problem.detail`). Messages with variables (`{ $seconds }`) have no clip: they
//! would say something different each time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use crate::audio::{GENERATED_DIR, clip_duration};
use crate::content::{Catalog, ids};
use crate::diagnostics::{Diagnostic, Position};

const START: Position = Position { line: 1, column: 1 };

/// Speaking rate for generated clips, in words per minute: slower than espeak-ng's default
/// (175), for visitors who understand the language less well.
const WORDS_PER_MINUTE: &str = "140";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClipSource {
    Recorded,
    Generated,
}

/// One line of a manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ClipEntry {
    pub id: String,
    /// Hash of the text the clip says (see `text_hash`).
    pub text_hash: String,
    pub source: ClipSource,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<String>,
    #[serde(default)]
    pub duration_ms: u64,
    /// Path relative to `audio/<lang>/`.
    #[serde(default)]
    pub file: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(default, rename = "clip")]
    pub clips: Vec<ClipEntry>,
}

/// A short, stable fingerprint of a text: the first 16 hex digits of its SHA-256.
pub fn text_hash(text: &str) -> String {
    crate::domain::fingerprint::of(text)
}

/// Every clip the kiosk may play in `lang`, with the text it must say, by clip id.
/// The agent's French texts are never spoken.
pub fn spoken_texts(catalog: &Catalog, lang: &str) -> BTreeMap<String, String> {
    let texts = &catalog.texts;
    let agent_file = format!("locales/{}/agent.ftl", ids::REFERENCE_LANGUAGE);
    let mut out = BTreeMap::new();
    let Some(sites) = texts.sites(lang) else {
        return out;
    };
    for (id, site) in sites.iter() {
        if site.file == agent_file || !texts.is_fixed(lang, id) {
            continue;
        }
        out.insert(id.to_string(), texts.get(lang, id));
        if let Some(detail) = texts.attribute(lang, id, ids::DETAIL_ATTRIBUTE) {
            out.insert(format!("{id}.{}", ids::DETAIL_ATTRIBUTE), detail);
        }
    }
    out
}

fn read_manifest(path: &Path) -> anyhow::Result<Manifest> {
    if !path.exists() {
        return Ok(Manifest::default());
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{} cannot be read", path.display()))?;
    toml::from_str(&text).with_context(|| format!("{} is not a valid manifest", path.display()))
}

fn write_manifest(path: &Path, manifest: &Manifest, heading: &str) -> anyhow::Result<()> {
    let text = format!("{heading}\n\n{}", toml::to_string(manifest)?);
    std::fs::write(path, text).with_context(|| format!("{} cannot be written", path.display()))
}

fn recorded_file(dir: &Path, id: &str) -> Option<PathBuf> {
    ["ogg", "wav"]
        .iter()
        .map(|e| dir.join(format!("{id}.{e}")))
        .find(|p| p.is_file())
}

/// What `relais audio build` did for one language.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub lang: String,
    pub generated: usize,
    pub kept: usize,
    pub recorded: usize,
    pub removed: usize,
}

/// Generates the missing and stale clips of `lang` and rewrites its manifest. Recorded clips are
/// never touched; a recording not yet listed in `recorded.toml` is registered with the current
/// text (the person recorded what the text says now).
pub fn build(root: &Path, catalog: &Catalog, lang: &str) -> anyhow::Result<BuildReport> {
    let language = catalog
        .language(lang)
        .with_context(|| format!("language `{lang}` is not offered"))?;
    let voice = language.voice.clone().unwrap_or_else(|| lang.to_string());
    let dir = root.join("audio").join(lang);
    let generated_dir = dir.join(GENERATED_DIR);
    std::fs::create_dir_all(&generated_dir)
        .with_context(|| format!("{} cannot be created", generated_dir.display()))?;
    let manifest_path = generated_dir.join("manifest.toml");
    let recorded_path = dir.join("recorded.toml");
    let previous = read_manifest(&manifest_path)?;
    let mut recorded = read_manifest(&recorded_path)?;
    let compress = sox_available();
    let mut report = BuildReport {
        lang: lang.to_string(),
        ..BuildReport::default()
    };
    let mut manifest = Manifest::default();
    let wanted = spoken_texts(catalog, lang);

    for (id, text) in &wanted {
        let hash = text_hash(text);
        if let Some(file) = recorded_file(&dir, id) {
            let entry = match recorded.clips.iter().find(|c| &c.id == id) {
                Some(entry) => entry.clone(),
                None => {
                    let entry = ClipEntry {
                        id: id.clone(),
                        text_hash: hash.clone(),
                        source: ClipSource::Recorded,
                        voice: None,
                        duration_ms: duration_ms(&file),
                        file: file_name(&file),
                    };
                    recorded.clips.push(entry.clone());
                    entry
                }
            };
            manifest.clips.push(entry);
            report.recorded += 1;
            continue;
        }
        let up_to_date = previous
            .clips
            .iter()
            .find(|c| {
                &c.id == id && c.text_hash == hash && c.voice.as_deref() == Some(voice.as_str())
            })
            .filter(|c| dir.join(&c.file).is_file());
        if let Some(entry) = up_to_date {
            manifest.clips.push(entry.clone());
            report.kept += 1;
            continue;
        }
        let file = synthesize(&voice, text, &generated_dir, id, compress)?;
        manifest.clips.push(ClipEntry {
            id: id.clone(),
            text_hash: hash,
            source: ClipSource::Generated,
            voice: Some(voice.clone()),
            duration_ms: duration_ms(&file),
            file: format!("{GENERATED_DIR}/{}", file_name(&file)),
        });
        report.generated += 1;
    }

    // Clips of texts that no longer exist, or whose format changed, are removed.
    for entry in &previous.clips {
        let still = manifest
            .clips
            .iter()
            .any(|c| c.source == ClipSource::Generated && c.file == entry.file);
        if entry.source == ClipSource::Generated && !still {
            let _ = std::fs::remove_file(dir.join(&entry.file));
            report.removed += 1;
        }
    }
    manifest.clips.sort_by(|a, b| a.id.cmp(&b.id));
    write_manifest(
        &manifest_path,
        &manifest,
        "# Made by `relais audio build`: the text each clip says (as a hash), where it comes from,\n# and how long it lasts. Build output: do not edit, do not commit.",
    )?;
    if report.recorded > 0 {
        recorded.clips.sort_by(|a, b| a.id.cmp(&b.id));
        write_manifest(
            &recorded_path,
            &recorded,
            "# Human recordings in this folder and the text each one says (as a hash). Commit this\n# file with the clips. `relais check` warns when a text changes after its recording.",
        )?;
    }
    Ok(report)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn duration_ms(path: &Path) -> u64 {
    clip_duration(path)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn sox_available() -> bool {
    Command::new("sox")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Says `text` with espeak-ng into `dir/<id>.wav`, then compresses it to Ogg Vorbis with sox
/// when sox is there. Returns the file made.
fn synthesize(
    voice: &str,
    text: &str,
    dir: &Path,
    id: &str,
    compress: bool,
) -> anyhow::Result<PathBuf> {
    let wav = dir.join(format!("{id}.wav"));
    let output = Command::new("espeak-ng")
        .args(["-v", voice, "-s", WORDS_PER_MINUTE, "-w"])
        .arg(&wav)
        .arg("--")
        .arg(text)
        .output()
        .context("espeak-ng cannot be started; install it (make run and make test do)")?;
    if !output.status.success() || !wav.is_file() {
        bail!(
            "espeak-ng could not say `{id}` with voice `{voice}`: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    if !compress {
        return Ok(wav);
    }
    let ogg = dir.join(format!("{id}.ogg"));
    let converted = Command::new("sox")
        .arg(&wav)
        .args(["-C", "3"])
        .arg(&ogg)
        .output();
    if converted.is_ok_and(|o| o.status.success()) && ogg.is_file() {
        let _ = std::fs::remove_file(&wav);
        Ok(ogg)
    } else {
        let _ = std::fs::remove_file(&ogg);
        Ok(wav)
    }
}

/// Missing and stale clips, for `relais check`: one warning per language for generated clips
/// (the fix is the same command for all of them), one per recording whose text changed.
pub fn check(root: &Path, catalog: &Catalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for language in &catalog.languages {
        let lang = language.code.as_str();
        let dir = root.join("audio").join(lang);
        let manifest_file = format!("audio/{lang}/{GENERATED_DIR}/manifest.toml");
        let recorded_file_name = format!("audio/{lang}/recorded.toml");
        let (Ok(generated), Ok(recorded)) = (
            read_manifest(&root.join(&manifest_file)),
            read_manifest(&root.join(&recorded_file_name)),
        ) else {
            out.push(
                Diagnostic::warning(&manifest_file, START, "the clip manifest cannot be read")
                    .with_hint("run `relais audio build` to make it again"),
            );
            continue;
        };
        let mut missing = Vec::new();
        let mut stale = Vec::new();
        for (id, text) in spoken_texts(catalog, lang) {
            let hash = text_hash(&text);
            if recorded_file(&dir, &id).is_some() {
                match recorded.clips.iter().find(|c| c.id == id) {
                    Some(entry) if entry.text_hash != hash => out.push(
                        Diagnostic::warning(&recorded_file_name, START, format!("the recording of `{id}` says an older text"))
                            .with_hint("record the new text, then remove its line here and run `relais audio build`"),
                    ),
                    Some(_) => {}
                    None => stale.push(id.clone()),
                }
                continue;
            }
            match generated.clips.iter().find(|c| c.id == id) {
                Some(entry) if entry.text_hash == hash && dir.join(&entry.file).is_file() => {}
                Some(_) => stale.push(id),
                None => missing.push(id),
            }
        }
        let list = |ids: &[String]| {
            let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
            let more = if ids.len() > 5 {
                format!(" and {} more", ids.len() - 5)
            } else {
                String::new()
            };
            format!("{}{more}", shown.join(", "))
        };
        if !missing.is_empty() {
            out.push(
                Diagnostic::warning(
                    &manifest_file,
                    START,
                    format!(
                        "{} text(s) have no clip in {lang}: {}",
                        missing.len(),
                        list(&missing)
                    ),
                )
                .with_hint("run `relais audio build` (make run and make test do it)"),
            );
        }
        if !stale.is_empty() {
            out.push(
                Diagnostic::warning(
                    &manifest_file,
                    START,
                    format!(
                        "{} clip(s) in {lang} say an older text: {}",
                        stale.len(),
                        list(&stale)
                    ),
                )
                .with_hint("run `relais audio build` to make them again"),
            );
        }
    }
    out
}
