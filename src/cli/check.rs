//! `relais check`, and the content loading every other command starts from (`load_catalog`).
//!
//! Both go through the validated catalog snapshot; they differ in what they do with problems:
//! `check` lists them all with their snippets and exits 1, `load_catalog` refuses broken
//! content (the kiosk does not start on it) and only logs warnings.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::bail;

use super::Format;
use crate::content::{Catalog, ContentSources, SourceFile};
use crate::diagnostics::{self, Diagnostic, Severity};
use crate::settings::Settings;

/// The target of these log lines before `cli.rs` was split into `cli/`: the lines a site's
/// journal shows, and any filter written for them, stay the same.
const LOG_TARGET: &str = "relais::cli";

/// Loads the content; on errors, lists them and fails (the kiosk does not start on broken content).
/// Through the validated snapshot (`snapshot`): a start does not validate again what
/// `relais check` or an earlier start validated.
pub(super) fn load_catalog(settings: &Settings) -> anyhow::Result<Arc<Catalog>> {
    let snapshot = crate::snapshot::path_for(&settings.config.store.path);
    let loaded = crate::snapshot::load(
        &settings.root,
        settings.config.kiosk.languages.clone(),
        settings.config.site.places.as_deref(),
        &snapshot,
        crate::snapshot::Verify::Quick,
    );
    accept(settings, loaded)
}

/// The content `relais run` starts on: as `load_catalog`, but each procedure's tree and texts
/// are left in the snapshot until a visitor opens it (`snapshot::load_for_kiosk`).
pub(super) fn kiosk_content(
    settings: &Settings,
) -> anyhow::Result<crate::kiosk::window::StartingContent> {
    let suspicion = crate::snapshot::Suspicion::new();
    let loaded = crate::snapshot::load_for_kiosk(
        &settings.root,
        settings.config.kiosk.languages.clone(),
        settings.config.site.places.as_deref(),
        &crate::snapshot::path_for(&settings.config.store.path),
        &suspicion,
    );
    Ok(crate::kiosk::window::StartingContent {
        catalog: accept(settings, loaded.loaded)?,
        confirm: loaded.confirm,
        suspicion,
    })
}

/// The catalog loaded, its warnings logged; its errors refuse it.
fn accept(settings: &Settings, loaded: crate::snapshot::Loaded) -> anyhow::Result<Arc<Catalog>> {
    if let Some(why) = &loaded.rebuilt {
        tracing::info!(target: LOG_TARGET, "content validated from the files: {why}");
    }
    if let Some(error) = &loaded.write_error {
        tracing::warn!(target: LOG_TARGET, "{error}; the next start validates the content again");
    }
    let (catalog, diagnostics) = (loaded.catalog, loaded.diagnostics);
    for d in diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
    {
        tracing::warn!(target: LOG_TARGET, "{d}");
    }
    match catalog {
        Some(catalog) => Ok(Arc::new(catalog)),
        None => {
            let errors: Vec<String> = diagnostics
                .iter()
                .filter(|d| d.severity.is_error())
                .map(Diagnostic::to_string)
                .collect();
            bail!(
                "the content under {} has errors; `relais check` lists them all.\n{}",
                settings.root.display(),
                errors.join("\n")
            )
        }
    }
}

/// `relais check`: every problem of configuration and content, then a summary.
pub(super) fn check(settings: &Settings, deny_warnings: bool, format: Format) -> ExitCode {
    let mut all: Vec<Diagnostic> = settings.config_diagnostics.clone();
    let answer = content_and_desk(settings);
    let sources = snippet_sources(&settings.root, &answer.content);
    all.extend(answer.content);
    all.extend(answer.desk);
    let config_file = settings
        .config_file
        .as_ref()
        .map(|p| p.display().to_string());
    let text_of = |d: &Diagnostic| {
        if config_file.as_deref() == Some(d.file.as_str()) {
            settings.config_text.as_deref()
        } else {
            sources.text_of(&d.file)
        }
    };
    diagnostics::sort_by_place(&mut all);
    let (errors, warnings) = diagnostics::summary(&all);
    match format {
        Format::Human => {
            for d in &all {
                println!("{}", d.render(text_of(d)));
            }
            println!(
                "{}: {errors} error(s), {warnings} warning(s) in {}",
                if errors > 0 { "failed" } else { "ok" },
                display_root(&settings.root)
            );
        }
        Format::Json => {
            let list: Vec<serde_json::Value> = all.iter().map(Diagnostic::to_json).collect();
            println!("{}", serde_json::Value::Array(list));
        }
    }
    if errors > 0 || (deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Every problem of the content and of the editor's desk: given again from the record of the
/// last check when nothing it read has changed since (`check_record`), computed otherwise.
fn content_and_desk(settings: &Settings) -> crate::check_record::Answer {
    let root = &settings.root;
    let offered = settings.config.kiosk.languages.clone();
    let places = settings.config.site.places.as_deref();
    let record = crate::check_record::path_for(&settings.config.store.path);
    // Taken before anything is read: a file edited during the check makes the next one
    // compute everything again.
    let inputs = crate::check_record::Inputs::of(root, offered, places);
    match crate::check_record::recall(&record, &inputs) {
        Ok(answer) => {
            tracing::info!(target: LOG_TARGET, "nothing changed since the last check: its answer is given again");
            return answer;
        }
        Err(why) => tracing::info!(target: LOG_TARGET, "checking everything: {why}"),
    }
    let (catalog, content) = check_content(settings);
    // Clips, sources and translations are checked against texts that load; with broken texts
    // there is nothing to compare. (A content release checks only that its content loads
    // without errors, `release::build_release`: these are warnings for editors.)
    let mut desk = Vec::new();
    if let Some(catalog) = &catalog {
        desk.extend(crate::clips::check(root, catalog));
        let today = crate::content::today();
        desk.extend(crate::tools::sources::lock_warnings(root, catalog, today));
        desk.extend(crate::tools::translations::check(root, catalog));
    }
    let answer = crate::check_record::Answer { content, desk };
    if let Err(error) = crate::check_record::remember(&record, inputs, answer.clone()) {
        eprintln!(
            "note: cannot keep this check's answer in {}: {error}; the next check computes everything again",
            record.display()
        );
    }
    answer
}

/// The content's catalog and problems: from the snapshot when every file's content is what it
/// was built from, on the same day (review dates); otherwise validated from the files, and the
/// snapshot written anew.
fn check_content(settings: &Settings) -> (Option<Catalog>, Vec<Diagnostic>) {
    let snapshot = crate::snapshot::path_for(&settings.config.store.path);
    let loaded = crate::snapshot::load(
        &settings.root,
        settings.config.kiosk.languages.clone(),
        settings.config.site.places.as_deref(),
        &snapshot,
        crate::snapshot::Verify::Full,
    );
    if let Some(error) = &loaded.write_error {
        eprintln!("note: {error}; the next check validates everything again");
    }
    (loaded.catalog, loaded.diagnostics)
}

/// The text of each file a content problem names, for its snippet: only those are read.
fn snippet_sources(root: &Path, content: &[Diagnostic]) -> ContentSources {
    let mut sources = ContentSources::default();
    let mut named: Vec<&str> = content.iter().map(|d| d.file.as_str()).collect();
    named.sort_unstable();
    named.dedup();
    for file in named {
        if let Ok(text) = crate::loader::read_text(&root.join(file)) {
            // `text_of` looks in every list; which one holds a file does not matter to it.
            sources.procedures.push((
                String::new(),
                SourceFile {
                    path: file.to_string(),
                    text,
                },
            ));
        }
    }
    sources
}

fn display_root(root: &Path) -> String {
    root.display().to_string()
}
