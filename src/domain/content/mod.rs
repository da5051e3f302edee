//! Content: procedure trees, shared documents, languages and their texts, loaded in two stages.
//!
//! `build` takes the text of every file (read elsewhere, by `loader`) and returns a validated
//! `Catalog` together with every problem found. Stage one (`raw`) is a serde mirror that keeps
//! spans; stage two (`validate`, `translations`) checks meaning and resolves ids. This module
//! does no I/O and knows nothing of the screen, the store or the printer.

mod agent_text;
pub mod catalog;
pub mod ids;
pub mod lazy;
pub(crate) mod parallel;
pub mod places;
pub mod plain;
mod provenance;
pub mod raw;
pub mod schema;
mod translations;
pub mod validate;

use std::borrow::Cow;
use std::collections::HashSet;

use chrono::NaiveDate;

pub use catalog::{
    Catalog, Choice, DONT_KNOW, Document, Language, Next, Node, NodeKind, OutcomeSource, PathStep,
    Procedure, ReadHow, Source, Tree,
};

use crate::diagnostics::{Diagnostic, Position, Severity};
use crate::i18n::Texts;
use validate::{FileContext, KnownIds};

/// One file's path (as editors see it, relative to the root) and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The texts of one language folder, `locales/<code>/`.
#[derive(Debug, Clone)]
pub struct LanguageSources {
    pub code: String,
    /// `language.toml`, if present.
    pub manifest: Option<SourceFile>,
    /// The `.ftl` files, with their file stem (`kiosk`, `documents`, a procedure id).
    pub files: Vec<(String, SourceFile)>,
    /// `plain-language.toml`: the plain-language rules (read for French only).
    pub plain_language: Option<SourceFile>,
}

/// Pictogram files by name: `id-card` → `ui/pictograms/id-card.svg`.
pub type Pictograms = std::collections::BTreeMap<String, std::path::PathBuf>;

/// Everything that makes up the content, as text.
#[derive(Debug, Clone, Default)]
pub struct ContentSources {
    /// `content/<procedure>.toml`, with the procedure id taken from the file name.
    pub procedures: Vec<(String, SourceFile)>,
    pub documents: Option<SourceFile>,
    pub glossary: Option<SourceFile>,
    /// `content/places.toml`: the network's place ids.
    pub places: Option<SourceFile>,
    /// The site's places file (`[site] places`), outside the content root.
    pub site_places: Option<SourceFile>,
    pub languages: Vec<LanguageSources>,
    /// Languages offered, in order, from the configuration; `None` offers every language found.
    pub offered: Option<Vec<String>>,
    /// Pictograms found under ui/pictograms/, by name (file stem); `None` when they are not
    /// checked.
    pub pictograms: Option<Pictograms>,
}

impl ContentSources {
    /// The text of the file shown to editors as `path`, if it was read.
    pub fn text_of(&self, path: &str) -> Option<&str> {
        let procedures = self.procedures.iter().map(|(_, f)| f);
        let languages = self
            .languages
            .iter()
            .flat_map(|l| l.manifest.iter().chain(l.files.iter().map(|(_, f)| f)));
        procedures
            .chain(self.documents.iter())
            .chain(self.glossary.iter())
            .chain(self.places.iter())
            .chain(self.site_places.iter())
            .chain(languages)
            .find(|f| f.path == path)
            .map(|f| f.text.as_str())
    }
}

/// Builds the catalog. Returns `None` when any error was found; the diagnostics say why.
pub fn build(sources: &ContentSources, today: NaiveDate) -> (Option<Catalog>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();

    let documents = load_documents(sources, sources.pictograms.as_ref(), &mut diagnostics);
    let glossary = load_glossary(sources, &mut diagnostics);
    let document_ids: HashSet<String> = documents.iter().map(|d| d.id.clone()).collect();
    let place_ids = load_places(sources, &mut diagnostics);
    let declared_places: HashSet<String> = place_ids.iter().cloned().collect();
    let known = KnownIds {
        documents: &document_ids,
        places: &declared_places,
        pictograms: sources.pictograms.as_ref(),
        today,
    };

    // Languages and procedure files are independent until the cross-checks below: they load on
    // every core, and are gathered in input order so the report is the same on every run.
    let threads = parallel::threads_for(text_bytes(sources));
    let parts: Vec<LoadPart> = translations::language_groups(sources)
        .into_iter()
        .map(LoadPart::Language)
        .chain(
            parallel::split(&sources.procedures, PROCEDURE_BATCHES)
                .into_iter()
                .map(LoadPart::Procedures),
        )
        .collect();
    let loaded = parallel::map_in_order(&parts, threads, |part| match part {
        LoadPart::Language(group) => Loaded::Language(Box::new(translations::load_language(group))),
        LoadPart::Procedures(files) => procedure_batch(files, &known),
    });
    let mut loaded_languages = Vec::new();
    let mut procedures = Vec::new();
    let mut procedure_diagnostics = Vec::new();
    for part in loaded {
        match part {
            Loaded::Language(language) => loaded_languages.push(*language),
            Loaded::Procedures(mut batch, mut found) => {
                procedures.append(&mut batch);
                procedure_diagnostics.append(&mut found);
            }
        }
    }
    let (languages, texts) =
        translations::gather_languages(sources, loaded_languages, &mut diagnostics);
    diagnostics.append(&mut procedure_diagnostics);
    procedures.sort_by(|a, b| a.id.cmp(&b.id));

    if procedures.is_empty() && sources.procedures.is_empty() {
        diagnostics.push(
            Diagnostic::error(
                "content",
                Position { line: 1, column: 1 },
                "there is no procedure",
            )
            .with_hint(
                "add a file content/<procedure>.toml; docs/content-format.md has an example",
            ),
        );
    }

    plain_language(sources, &texts, &glossary, threads, &mut diagnostics);

    diagnostics.extend(translations::check_messages(
        sources,
        &procedures,
        &documents,
        &glossary,
        &languages,
        &texts,
        threads,
    ));

    let mut texts = texts;
    let site_places = site_places(sources, &place_ids, &procedures, &languages, &mut texts);
    diagnostics.extend(site_places.1);

    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    let catalog = (!failed).then_some(Catalog {
        procedures,
        documents,
        glossary,
        languages,
        texts,
        pictograms: sources.pictograms.clone().unwrap_or_default(),
        places: site_places.0,
    });
    (catalog, diagnostics)
}

/// The size of the texts to parse: what decides whether a load is worth spreading on cores.
fn text_bytes(sources: &ContentSources) -> usize {
    let procedures = sources.procedures.iter().map(|(_, f)| f.text.len());
    let texts = sources
        .languages
        .iter()
        .flat_map(|l| &l.files)
        .map(|(_, f)| f.text.len());
    procedures.chain(texts).sum()
}

/// How many batches the procedure files are cut into, so that the threads share them evenly
/// (a batch is a few hundred files of a large catalog, and one file of a small one).
const PROCEDURE_BATCHES: usize = 32;

/// A part of the load that runs on its own thread.
enum LoadPart<'a> {
    /// One language's folders (`translations::language_groups`).
    Language(Vec<&'a LanguageSources>),
    /// Consecutive procedure files.
    Procedures(&'a [(String, SourceFile)]),
}

enum Loaded {
    /// Boxed: a language's result is large beside a batch's two vectors.
    Language(Box<translations::LoadedLanguage>),
    /// The valid procedures of a batch, and the problems of all its files, in file order.
    Procedures(Vec<Procedure>, Vec<Diagnostic>),
}

/// Parses and validates a batch of procedure files.
fn procedure_batch(files: &[(String, SourceFile)], known: &KnownIds) -> Loaded {
    let mut procedures = Vec::new();
    let mut diagnostics = Vec::new();
    for (id, file) in files {
        let mut ctx = FileContext::new(&file.path, &file.text);
        match toml::from_str::<raw::RawProcedure>(&file.text) {
            Ok(raw) => {
                if let Some(p) = validate::procedure(id, raw, known, &mut ctx) {
                    procedures.push(p);
                }
            }
            Err(error) => ctx.toml_error(&error),
        }
        diagnostics.append(&mut ctx.diagnostics);
    }
    Loaded::Procedures(procedures, diagnostics)
}

/// Runs the plain-language lint on every French text a visitor sees or hears.
fn plain_language(
    sources: &ContentSources,
    texts: &Texts,
    glossary: &[String],
    threads: usize,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(french) = sources
        .languages
        .iter()
        .find(|l| l.code == ids::REFERENCE_LANGUAGE)
    else {
        return;
    };
    let rules = match &french.plain_language {
        None => plain::Rules::default(),
        Some(file) => {
            let mut ctx = FileContext::new(&file.path, &file.text);
            let rules = match toml::from_str::<raw::RawPlainLanguage>(&file.text) {
                Ok(raw) => plain::Rules::from(raw),
                Err(error) => {
                    ctx.toml_error(&error);
                    plain::Rules::default()
                }
            };
            diagnostics.append(&mut ctx.diagnostics);
            rules
        }
    };
    // A word of the glossary is explained on tap: it needs no explanation in the sentence.
    let mut rules = rules;
    rules.known_acronyms.extend(
        glossary
            .iter()
            .map(|t| texts.get(ids::REFERENCE_LANGUAGE, &ids::term(t))),
    );
    let Some(sites) = texts.sites(ids::REFERENCE_LANGUAGE) else {
        return;
    };
    let agent_file = format!("locales/{}/agent.ftl", ids::REFERENCE_LANGUAGE);
    let checker = plain::Checker::new(&rules);
    // Each thread takes every n-th message; findings are then put in the order of the ids
    // (stable, so each message's findings keep the order the lint gave them).
    let shares: Vec<usize> = (0..threads).collect();
    let found = parallel::map_in_order(&shares, threads, |&share| {
        let mut found: Vec<(&str, Diagnostic)> = Vec::new();
        let mut one = Vec::new();
        let mine = sites
            .iter_with_simple_texts(ids::DETAIL_ATTRIBUTE)
            .enumerate()
            .filter(|(at, _)| at % threads == share)
            .map(|(_, message)| message);
        for (id, site, simple) in mine.filter(|(_, site, _)| site.file != agent_file) {
            // A simple message's texts come with it; the others are formatted by Fluent.
            let (value, detail) = match simple {
                Some((value, detail)) => (Cow::Borrowed(value), detail.map(Cow::Borrowed)),
                None => (
                    texts.text(ids::REFERENCE_LANGUAGE, id),
                    texts.attribute_text(ids::REFERENCE_LANGUAGE, id, ids::DETAIL_ATTRIBUTE),
                ),
            };
            checker.lint(id, &value, site.file, site.position, &mut one);
            if let Some(detail) = &detail {
                checker.lint(id, detail, site.file, site.position, &mut one);
            }
            let whole: Vec<&str> = std::iter::once(value.as_ref())
                .chain(detail.as_deref())
                .collect();
            checker.lint_amounts(id, &whole, site.file, site.position, &mut one);
            found.extend(one.drain(..).map(|d| (id, d)));
        }
        found
    });
    let mut found: Vec<(&str, Diagnostic)> = found.into_iter().flatten().collect();
    found.sort_by(|a, b| a.0.cmp(b.0));
    diagnostics.extend(found.into_iter().map(|(_, d)| d));
}

fn load_glossary(sources: &ContentSources, diagnostics: &mut Vec<Diagnostic>) -> Vec<String> {
    let Some(file) = &sources.glossary else {
        return Vec::new();
    };
    let mut ctx = FileContext::new(&file.path, &file.text);
    let terms = match toml::from_str::<raw::RawGlossary>(&file.text) {
        Ok(raw) => unique_ids(
            &mut ctx,
            raw.terms.into_iter().map(|t| (t.id, ())),
            "term id",
        ),
        Err(error) => {
            ctx.toml_error(&error);
            Vec::new()
        }
    };
    diagnostics.append(&mut ctx.diagnostics);
    terms.into_iter().map(|(id, ())| id).collect()
}

/// The network's place ids, `content/places.toml`.
fn load_places(sources: &ContentSources, diagnostics: &mut Vec<Diagnostic>) -> Vec<String> {
    let Some(file) = &sources.places else {
        return Vec::new();
    };
    let mut ctx = FileContext::new(&file.path, &file.text);
    let ids = match toml::from_str::<raw::RawPlaces>(&file.text) {
        Ok(raw) => unique_ids(
            &mut ctx,
            raw.places.into_iter().map(|p| (p.id, ())),
            "place id",
        ),
        Err(error) => {
            ctx.toml_error(&error);
            Vec::new()
        }
    };
    diagnostics.append(&mut ctx.diagnostics);
    ids.into_iter().map(|(id, ())| id).collect()
}

/// The site's places file, checked against the content, and each place's text added to every
/// language as `place--<id>` (after the message checks: these texts belong to the site, not
/// to the network's translations). Returns the ids described and the problems found.
fn site_places(
    sources: &ContentSources,
    declared: &[String],
    procedures: &[Procedure],
    languages: &[catalog::Language],
    texts: &mut Texts,
) -> (std::collections::BTreeSet<String>, Vec<Diagnostic>) {
    let Some(file) = &sources.site_places else {
        return Default::default();
    };
    let used: HashSet<String> = procedures
        .iter()
        .flat_map(|p| p.nodes())
        .filter_map(|n| match &n.kind {
            NodeKind::Outcome { place, .. } => place.clone(),
            _ => None,
        })
        .collect();
    let (places, diagnostics) = places::read_site_places(&file.path, &file.text, declared, &used);
    for language in languages {
        let labels = places::LABELS.map(|id| texts.get(&language.code, id));
        let ftl: String = places
            .iter()
            .map(|p| {
                format!(
                    "{} = {}\n",
                    places::message_id(&p.id),
                    places::text(p, &labels)
                )
            })
            .collect();
        let mut ignored = Vec::new();
        texts.add_file(&language.code, &file.path, &ftl, &mut ignored);
    }
    (places.into_iter().map(|p| p.id).collect(), diagnostics)
}

fn load_documents(
    sources: &ContentSources,
    pictograms: Option<&Pictograms>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Document> {
    let Some(file) = &sources.documents else {
        return Vec::new();
    };
    let mut ctx = FileContext::new(&file.path, &file.text);
    let documents = match toml::from_str::<raw::RawDocuments>(&file.text) {
        Ok(raw) => {
            for doc in &raw.documents {
                validate::check_pictogram(&mut ctx, &doc.pictogram, pictograms);
                validate::require_pictogram(
                    &mut ctx,
                    &doc.pictogram,
                    &format!("document `{}`", doc.id.get_ref()),
                    &doc.id.span(),
                );
            }
            let entries = raw.documents.into_iter().map(|d| (d.id, d.pictogram));
            unique_ids(&mut ctx, entries, "document id")
        }
        Err(error) => {
            ctx.toml_error(&error);
            Vec::new()
        }
    };
    diagnostics.append(&mut ctx.diagnostics);
    documents
        .into_iter()
        .map(|(id, pictogram)| Document {
            id,
            pictogram: pictogram.map(toml::Spanned::into_inner),
        })
        .collect()
}

/// Entries of a shared list (documents, glossary terms) whose id is a slug, each id once.
fn unique_ids<T>(
    ctx: &mut FileContext,
    entries: impl Iterator<Item = (toml::Spanned<String>, T)>,
    what: &str,
) -> Vec<(String, T)> {
    let mut kept: Vec<(String, T)> = Vec::new();
    for (id, value) in entries {
        ctx.check_slug(&id, what);
        if kept.iter().any(|(k, _)| k == id.get_ref()) {
            ctx.error(
                &id.span(),
                format!("{what} `{}` is used twice", id.get_ref()),
                "keep one",
            );
            continue;
        }
        kept.push((id.into_inner(), value));
    }
    kept
}

/// The date used for "sources past their review date": today, in local time.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
