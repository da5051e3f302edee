//! What an editor runs to keep the files beside the texts current: speech clips (`relais audio
//! build`, `script`, `import`), the official pages behind the content (`relais sources check`,
//! `seed`) and the translations' state (`relais translations`, `mark-current`).
//!
//! Each loads the content, hands over to its module (`clips`, `recordings`, `tools::sources`,
//! `tools::translations`) and prints one line per thing done.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use super::check::load_catalog;
use super::{SourcesCommand, TranslationsCommand};
use crate::settings::Settings;

/// `relais audio build`: generated clips for one language, or every offered one.
pub(super) fn audio_build(settings: &Settings, lang: Option<String>) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    let languages: Vec<String> = match lang {
        Some(lang) => vec![lang],
        None => catalog.languages.iter().map(|l| l.code.clone()).collect(),
    };
    for lang in languages {
        let report = crate::clips::build(&settings.root, &catalog, &lang)?;
        println!(
            "{}: {} generated, {} up to date, {} recorded, {} removed",
            report.lang, report.generated, report.kept, report.recorded, report.removed
        );
        if report.stale_recordings > 0 {
            println!(
                "{}: {} recording(s) say an older text; their generated clip is played until they are recorded again",
                report.lang, report.stale_recordings
            );
        }
    }
    Ok(())
}

/// `relais audio script`: every spoken text of a language, or only those still to record.
pub(super) fn audio_script(
    settings: &Settings,
    lang: &str,
    missing: bool,
    out: &Path,
) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    let language = catalog
        .language(lang)
        .with_context(|| format!("language `{lang}` is not offered"))?;
    let texts = if missing {
        crate::recordings::texts_to_record(&settings.root, &catalog, lang)
    } else {
        crate::clips::spoken_texts(&catalog, lang)
    };
    let lines = crate::recording_script::lines(&catalog, lang, &texts);
    crate::recording_script::write(out, &language.name, &lines)?;
    println!("{}: {} text(s) to record", out.display(), lines.len());
    Ok(())
}

/// `relais audio import DIR`: one line per recording filed, with its loudness before and after.
pub(super) fn audio_import(settings: &Settings, dir: &Path, lang: &str) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    for clip in crate::recordings::import(&settings.root, &catalog, lang, dir)? {
        println!(
            "{}: {:.1} LUFS -> {:.1} LUFS (true peak {:.1} dBTP), {} ms of silence cut",
            clip.file.display(),
            clip.before.integrated_lufs,
            clip.after.integrated_lufs,
            clip.after.true_peak_dbtp,
            clip.trimmed_ms
        );
    }
    Ok(())
}

/// `relais sources check|seed`: the exit code of `check` says whether every page is unchanged.
pub(super) fn sources(settings: &Settings, action: SourcesCommand) -> anyhow::Result<ExitCode> {
    let catalog = load_catalog(settings)?;
    match action {
        SourcesCommand::Check { update } => {
            let today = crate::content::today();
            crate::tools::sources::check(&settings.root, &catalog, &update, today)
        }
        SourcesCommand::Seed => {
            let added = crate::tools::sources::seed(&settings.root, &catalog)?;
            println!("{added} source(s) added to content/sources.lock, as never fetched");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `relais translations [mark-current]`: the table per language, or messages recorded as
/// current (`mark-current`'s own `--lang` wins over the one before it).
pub(super) fn translations(
    settings: &Settings,
    lang: Option<String>,
    action: Option<TranslationsCommand>,
) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    match action {
        None => print!(
            "{}",
            crate::tools::translations::table(&settings.root, &catalog, lang.as_deref())?
        ),
        Some(TranslationsCommand::MarkCurrent {
            lang: own,
            ids,
            machine_drafted,
        }) => {
            let lang = own.or(lang);
            let done = crate::tools::translations::mark_current(
                &settings.root,
                &catalog,
                lang.as_deref(),
                &ids,
                machine_drafted,
            )?;
            for (lang, count) in done {
                println!("{lang}: {count} message(s) recorded as current");
            }
        }
    }
    Ok(())
}
