//! Speech clips on disk: which message each clip says and from which text, building the missing
//! or stale ones offline with espeak-ng (`relais audio build`), and reporting missing or stale
//! clips to `relais check`.
//!
//! Layout, per language:
//! - `audio/<lang>/<clip-id>.ogg|.wav`: human recordings, committed, listed in
//!   `audio/<lang>/recorded.toml` with the text they say and its hash (`relais audio import`,
//!   see `recordings`). A recording whose text has changed since is stale: the kiosk plays the
//!   generated clip instead until the text is recorded again;
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

/// The heading of `audio/<lang>/recorded.toml`.
pub(crate) const RECORDED_HEADING: &str = "# Human recordings in this folder and the text each one says. Commit this file with the\n# clips (`relais audio import` writes both). `relais check` warns when a text changes after\n# its recording; the kiosk then plays the generated clip until it is recorded again.";

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
    /// The text itself, for recordings: what the voice talent read, so an editor can see what
    /// an old recording says without listening to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
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

pub(crate) fn read_manifest(path: &Path) -> anyhow::Result<Manifest> {
    if !path.exists() {
        return Ok(Manifest::default());
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{} cannot be read", path.display()))?;
    toml::from_str(&text).with_context(|| format!("{} is not a valid manifest", path.display()))
}

pub(crate) fn write_manifest(
    path: &Path,
    manifest: &Manifest,
    heading: &str,
) -> anyhow::Result<()> {
    let text = format!("{heading}\n\n{}", toml::to_string(manifest)?);
    std::fs::write(path, text).with_context(|| format!("{} cannot be written", path.display()))
}

pub(crate) fn recorded_file(dir: &Path, id: &str) -> Option<PathBuf> {
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
    /// Recordings that say an older text: a clip is generated to be played in their place.
    pub stale_recordings: usize,
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
    // (id, text, hash) of the clips to synthesise, made after the loop on every core.
    let mut to_make: Vec<(&str, &str, String)> = Vec::new();

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
                        text: Some(text.clone()),
                    };
                    recorded.clips.push(entry.clone());
                    entry
                }
            };
            report.recorded += 1;
            if entry.text_hash == hash {
                manifest.clips.push(entry);
                continue;
            }
            // The recording says an older text: it stays (only an import replaces it), and a
            // generated clip of the new text is played until the text is recorded again.
            report.stale_recordings += 1;
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
        to_make.push((id.as_str(), text.as_str(), hash));
    }
    for ((id, _, hash), file) in
        to_make
            .iter()
            .zip(synthesize_all(&voice, &to_make, &generated_dir, compress)?)
    {
        manifest.clips.push(ClipEntry {
            id: id.to_string(),
            text_hash: hash.clone(),
            source: ClipSource::Generated,
            voice: Some(voice.clone()),
            duration_ms: duration_ms(&file),
            file: format!("{GENERATED_DIR}/{}", file_name(&file)),
            text: None,
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
        write_manifest(&recorded_path, &recorded, RECORDED_HEADING)?;
    }
    Ok(report)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(crate) fn duration_ms(path: &Path) -> u64 {
    clip_duration(path)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

pub(crate) fn sox_available() -> bool {
    Command::new("sox")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Synthesises every `(id, text, _)` of `jobs`, one espeak-ng at a time per core: a language
/// has hundreds of texts and each espeak-ng run is a separate single-threaded process, so a
/// two-core machine builds the clips in about half the time. Returns the files in `jobs` order;
/// the first failure stops the build (the manifest is not written, so nothing half-made is
/// recorded as done).
fn synthesize_all(
    voice: &str,
    jobs: &[(&str, &str, String)],
    dir: &Path,
    compress: bool,
) -> anyhow::Result<Vec<PathBuf>> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<anyhow::Result<PathBuf>>>> =
        jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..workers.min(jobs.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((id, text, _)) = jobs.get(i) else {
                        break;
                    };
                    let made = synthesize(voice, text, dir, id, compress);
                    let failed = made.is_err();
                    *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(made);
                    if failed {
                        // The others finish their clip and stop: no point making the rest.
                        next.store(jobs.len(), std::sync::atomic::Ordering::Relaxed);
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .filter_map(|slot| slot.into_inner().unwrap_or_else(|e| e.into_inner()))
        .collect()
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
    Ok(compress_to_ogg(&wav))
}

/// Compresses a WAV clip to Ogg Vorbis beside it with sox and removes the WAV; keeps the WAV
/// (and returns it) when sox cannot. Returns the clip to keep.
pub(crate) fn compress_to_ogg(wav: &Path) -> PathBuf {
    let ogg = wav.with_extension("ogg");
    let converted = Command::new("sox")
        .arg(wav)
        .args(["-C", "3"])
        .arg(&ogg)
        .output();
    if converted.is_ok_and(|o| o.status.success()) && ogg.is_file() {
        let _ = std::fs::remove_file(wav);
        ogg
    } else {
        let _ = std::fs::remove_file(&ogg);
        wav.to_path_buf()
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
                    // Stale: warned here, and its generated stand-in is checked below.
                    Some(entry) if entry.text_hash != hash => out.push(
                        Diagnostic::warning(&recorded_file_name, START, format!("the recording of `{id}` says an older text; the kiosk plays the generated clip instead"))
                            .with_hint(format!("record the new text (`relais audio script --lang {lang} --missing --out script.html`), then `relais audio import DIR --lang {lang}`")),
                    ),
                    Some(_) => continue,
                    None => {
                        stale.push(id.clone());
                        continue;
                    }
                }
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
