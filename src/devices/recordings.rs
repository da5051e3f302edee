//! Human recordings: importing a voice talent's files (`relais audio import`), knowing which
//! texts still need a recording (`relais audio script --missing`), and choosing the clip the
//! kiosk plays, a recording while it says the current text, else the generated clip.
//!
//! Recordings live in `audio/<lang>/<clip-id>.ogg` (or `.wav` when sox is missing) and are listed
//! in `audio/<lang>/recorded.toml` with the text they say; see `clips` for the whole layout.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::audio::GENERATED_DIR;
use crate::clips::{
    ClipEntry, ClipSource, RECORDED_HEADING, compress_to_ogg, duration_ms, read_manifest,
    recorded_file, spoken_texts, text_hash, write_manifest,
};
use crate::content::Catalog;
use crate::loudness::{self, Loudness};

/// The file formats a voice talent may hand in, by extension.
pub const IMPORTED_EXTENSIONS: [&str; 3] = ["wav", "flac", "ogg"];

fn recorded_manifest(root: &Path, lang: &str) -> PathBuf {
    root.join("audio").join(lang).join("recorded.toml")
}

/// The text a clip must say now: a message, or its attribute for `id.attribute`.
fn current_text(catalog: &Catalog, lang: &str, clip_id: &str) -> Option<String> {
    match clip_id.split_once('.') {
        Some((id, attribute)) => catalog.texts.attribute(lang, id, attribute),
        None => catalog
            .texts
            .has(lang, clip_id)
            .then(|| catalog.texts.get(lang, clip_id)),
    }
}

/// The clip the kiosk plays for `clip_id`: the recording while it says the current text (or
/// is not listed yet: it was recorded from the text of now), else the generated clip. `None`
/// when there is neither; the text is on screen anyway.
pub fn clip_to_play(root: &Path, catalog: &Catalog, lang: &str, clip_id: &str) -> Option<PathBuf> {
    let dir = root.join("audio").join(lang);
    if let Some(recording) = recorded_file(&dir, clip_id) {
        // Only read when a recording exists: most texts have none, and this runs per screen.
        let listed = read_manifest(&recorded_manifest(root, lang)).ok();
        let entry = listed
            .as_ref()
            .and_then(|m| m.clips.iter().find(|c| c.id == clip_id));
        let current = match (entry, current_text(catalog, lang, clip_id)) {
            (Some(entry), Some(text)) => entry.text_hash == text_hash(&text),
            _ => true,
        };
        if current {
            return Some(recording);
        }
    }
    recorded_file(&dir.join(GENERATED_DIR), clip_id)
}

/// Every spoken text of `lang` with no recording that says it now (none, or a stale one).
pub fn texts_to_record(root: &Path, catalog: &Catalog, lang: &str) -> BTreeMap<String, String> {
    let dir = root.join("audio").join(lang);
    let listed = read_manifest(&recorded_manifest(root, lang)).unwrap_or_default();
    spoken_texts(catalog, lang)
        .into_iter()
        .filter(|(id, text)| {
            recorded_file(&dir, id).is_none()
                || listed
                    .clips
                    .iter()
                    .any(|c| &c.id == id && c.text_hash != text_hash(text))
        })
        .collect()
}

/// One imported recording, for the report.
#[derive(Debug, Clone)]
pub struct Imported {
    pub id: String,
    pub before: Loudness,
    pub after: Loudness,
    /// Silence cut before and after the voice, in milliseconds.
    pub trimmed_ms: u64,
    pub file: PathBuf,
}

/// The files of `dir` to import, by clip id. Fails, before anything is written, on a file
/// named after no text of `lang` or on two files for the same text.
fn files_to_import(
    dir: &Path,
    wanted: &BTreeMap<String, String>,
    lang: &str,
) -> anyhow::Result<BTreeMap<String, PathBuf>> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("{} cannot be read", dir.display()))?;
    let mut files = BTreeMap::new();
    let mut unknown = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        if !ext.is_some_and(|e| IMPORTED_EXTENSIONS.contains(&e.as_str())) {
            continue;
        }
        let Some(id) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if !wanted.contains_key(&id) {
            unknown.push(path.display().to_string());
        } else if let Some(other) = files.insert(id.clone(), path.clone()) {
            bail!(
                "{} and {} are both recordings of `{id}`\n  hint: keep only one of them",
                other.display(),
                path.display()
            );
        }
    }
    if !unknown.is_empty() {
        bail!(
            "no {lang} text to say has the name of {}\n  hint: name each file after the id in \
             the recording script (`relais audio script --lang {lang} --out script.csv`), e.g. \
             `cant-log-in--problem.wav`; texts with a {{ $variable }} are never recorded",
            unknown.join(", ")
        );
    }
    if files.is_empty() {
        bail!("{} holds no .wav, .flac or .ogg recording", dir.display());
    }
    Ok(files)
}

/// Imports every recording in `dir` for `lang`: trims, normalises, writes
/// `audio/<lang>/<id>.ogg` (replacing an earlier recording of that text) and lists it in
/// `recorded.toml` with the text it says now. Nothing is written if a file is misnamed or
/// cannot be decoded.
pub fn import(
    root: &Path,
    catalog: &Catalog,
    lang: &str,
    dir: &Path,
) -> anyhow::Result<Vec<Imported>> {
    catalog
        .language(lang)
        .with_context(|| format!("language `{lang}` is not offered"))?;
    let wanted = spoken_texts(catalog, lang);
    let files = files_to_import(dir, &wanted, lang)?;
    let mut ready = Vec::new();
    for (id, path) in files {
        let mut sound = loudness::decode(&path)?;
        let length = sound.duration_ms();
        if !loudness::trim_silence(&mut sound) {
            bail!("{} is silent", path.display());
        }
        let trimmed_ms = length - sound.duration_ms();
        let (before, _gain) =
            loudness::normalise(&mut sound).with_context(|| path.display().to_string())?;
        let after = loudness::measure(&sound)?;
        ready.push((id, sound, before, after, trimmed_ms));
    }

    let out_dir = root.join("audio").join(lang);
    std::fs::create_dir_all(&out_dir)
        .with_context(|| format!("{} cannot be created", out_dir.display()))?;
    let manifest_path = recorded_manifest(root, lang);
    let mut manifest = read_manifest(&manifest_path)?;
    let mut imported = Vec::new();
    for (id, sound, before, after, trimmed_ms) in ready {
        // An earlier recording in the other format would otherwise be played instead.
        for ext in ["ogg", "wav"] {
            let old = out_dir.join(format!("{id}.{ext}"));
            if old.is_file() {
                std::fs::remove_file(&old)
                    .with_context(|| format!("{} cannot be replaced", old.display()))?;
            }
        }
        let wav = out_dir.join(format!("{id}.wav"));
        loudness::write_wav(&sound, &wav)?;
        let file = compress_to_ogg(&wav);
        let text = wanted[&id].clone();
        manifest.clips.retain(|c| c.id != id);
        manifest.clips.push(ClipEntry {
            id: id.clone(),
            text_hash: text_hash(&text),
            source: ClipSource::Recorded,
            voice: None,
            duration_ms: duration_ms(&file),
            file: file
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
            text: Some(text),
        });
        imported.push(Imported {
            id,
            before,
            after,
            trimmed_ms,
            file,
        });
    }
    manifest.clips.sort_by(|a, b| a.id.cmp(&b.id));
    write_manifest(&manifest_path, &manifest, RECORDED_HEADING)?;
    Ok(imported)
}
