//! Languages and their texts: loading the Fluent files, then checking that every message the
//! content and the kiosk need exists, in French first and then in every offered language.
//!
//! French is the reference: a message missing in French is an error (the screen would show a
//! bracketed id); a message missing in another language is a warning (the kiosk falls back to
//! French). Machine-drafted languages are reported as information until a native speaker has
//! reviewed them.

use rustc_hash::{FxHashMap, FxHashSet};

use super::catalog::{DONT_KNOW, Document, KNOWN_FLAGS, Language, Procedure};
use super::ids::{self, REFERENCE_LANGUAGE};
use super::raw::RawLanguage;
use super::validate::FileContext;
use super::{ContentSources, LanguageSources, parallel};
use crate::diagnostics::{Diagnostic, Position};
use crate::i18n::{AGENT_MESSAGES, KIOSK_MESSAGES, LanguageTexts, Sites, Texts};

/// The locale file that holds French-only texts for the agent; other languages have none.
const AGENT_FILE: &str = "agent";

const START: Position = Position { line: 1, column: 1 };

/// One language folder (or every folder with that code, in order), loaded on its own so that
/// languages can load on separate threads: its manifest, its texts and the problems found.
pub struct LoadedLanguage {
    pub code: String,
    /// Its manifest, when it could be read (one per folder of the group).
    pub languages: Vec<Language>,
    pub texts: LanguageTexts,
    pub diagnostics: Vec<Diagnostic>,
}

/// The language folders grouped by code, in the order the codes first appear (a code appears
/// once when read from disk; a hand-built `ContentSources` may repeat one).
pub fn language_groups(sources: &ContentSources) -> Vec<Vec<&LanguageSources>> {
    let mut groups: Vec<Vec<&LanguageSources>> = Vec::new();
    for lang in &sources.languages {
        match groups.iter_mut().find(|g| g[0].code == lang.code) {
            Some(group) => group.push(lang),
            None => groups.push(vec![lang]),
        }
    }
    groups
}

/// Loads the manifest and the `.ftl` files of one language's folders.
pub fn load_language(group: &[&LanguageSources]) -> LoadedLanguage {
    let code = group.first().map(|l| l.code.clone()).unwrap_or_default();
    let mut loaded = LoadedLanguage {
        texts: LanguageTexts::new(&code),
        code,
        languages: Vec::new(),
        diagnostics: Vec::new(),
    };
    // About one message per line that starts with a letter: room for all of them at once.
    let expected: usize = group
        .iter()
        .flat_map(|lang| &lang.files)
        .map(|(_, file)| {
            let lines = file.text.lines();
            lines
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .count()
        })
        .sum();
    loaded.texts.reserve(expected);
    for lang in group {
        if let Some(language) = manifest(lang, &mut loaded.diagnostics) {
            loaded.languages.push(language);
        }
        for (_, file) in &lang.files {
            loaded
                .texts
                .add_file(&file.path, &file.text, &mut loaded.diagnostics);
        }
    }
    loaded
}

/// Gathers the languages loaded by `load_language`, in order: their texts, and the languages
/// offered (from the configuration, or every one found, French first).
pub fn gather_languages(
    sources: &ContentSources,
    loaded: Vec<LoadedLanguage>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Language>, Texts) {
    let mut texts = Texts::new();
    let mut found = Vec::new();
    for mut language in loaded {
        found.append(&mut language.languages);
        diagnostics.append(&mut language.diagnostics);
        texts.insert(&language.code, language.texts);
    }
    if !found.iter().any(|l| l.code == REFERENCE_LANGUAGE) {
        diagnostics.push(
            Diagnostic::error(
                &format!("locales/{REFERENCE_LANGUAGE}"),
                START,
                "the French reference texts are missing",
            )
            .with_hint(
                "French is the reference language and the agent's language; add locales/fr/",
            ),
        );
    }
    let languages = match &sources.offered {
        Some(offered) => offered
            .iter()
            .filter_map(|code| {
                let language = found.iter().find(|l| &l.code == code).cloned();
                if language.is_none() {
                    diagnostics.push(
                        Diagnostic::error("config", START, format!("language `{code}` is offered but locales/{code}/ does not exist"))
                            .with_hint("add the language folder with its language.toml, or remove it from kiosk.languages"),
                    );
                }
                language
            })
            .collect(),
        None => {
            // Every language found, French first, then by code.
            let mut all = found.clone();
            all.sort_by_key(|l| (l.code != REFERENCE_LANGUAGE, l.code.clone()));
            all
        }
    };
    for language in &languages {
        if !language.reviewed {
            diagnostics.push(
                Diagnostic::info(
                    &format!("locales/{}/language.toml", language.code),
                    START,
                    format!(
                        "{} texts are machine-drafted and not yet reviewed by a native speaker",
                        language.name
                    ),
                )
                .with_hint("after a native speaker has read every text, set `reviewed = true`"),
            );
        }
    }
    (languages, texts)
}

fn manifest(lang: &LanguageSources, diagnostics: &mut Vec<Diagnostic>) -> Option<Language> {
    let Some(file) = &lang.manifest else {
        diagnostics.push(
            Diagnostic::error(
                &format!("locales/{}", lang.code),
                START,
                format!("locales/{}/ has no language.toml", lang.code),
            )
            .with_hint("add language.toml with `name`, `french-name` and `direction`"),
        );
        return None;
    };
    let mut ctx = FileContext::new(&file.path, &file.text);
    let parsed = match toml::from_str::<RawLanguage>(&file.text) {
        Ok(raw) => {
            let direction = raw.direction.get_ref().as_str();
            if direction != "ltr" && direction != "rtl" {
                ctx.error(
                    &raw.direction.span(),
                    format!("direction `{direction}` is neither \"ltr\" nor \"rtl\""),
                    "write \"rtl\" for Arabic, Hebrew, Persian…; \"ltr\" otherwise",
                );
            }
            Some(Language {
                code: lang.code.clone(),
                right_to_left: direction == "rtl",
                name: raw.name,
                french_name: raw.french_name,
                reviewed: raw.reviewed,
                voice: raw.voice,
            })
        }
        Err(error) => {
            ctx.toml_error(&error);
            None
        }
    };
    let failed = !ctx.diagnostics.is_empty();
    diagnostics.append(&mut ctx.diagnostics);
    parsed.filter(|_| !failed)
}

/// Every message id the content and the kiosk use, by the file (stem) it belongs in.
fn required_messages<'a>(
    procedures: &'a [Procedure],
    documents: &[Document],
    glossary: &[String],
) -> Vec<(&'a str, String)> {
    let mut required: Vec<(&str, String)> = Vec::new();
    for id in KIOSK_MESSAGES {
        required.push(("kiosk", id.to_string()));
    }
    for id in AGENT_MESSAGES {
        required.push((AGENT_FILE, id.to_string()));
    }
    for flag in KNOWN_FLAGS {
        required.push((AGENT_FILE, ids::flag(flag)));
    }
    for doc in documents {
        required.push(("documents", ids::document(&doc.id)));
    }
    for term in glossary {
        required.push(("glossary", ids::term(term)));
        required.push(("glossary", ids::term_meaning(term)));
    }
    for p in procedures {
        required.push((&p.id, ids::procedure(&p.id)));
        for node in p.nodes() {
            required.push((&p.id, ids::node(&p.id, &node.id)));
            for choice in node.choices().iter().filter(|c| c.id != DONT_KNOW) {
                required.push((&p.id, ids::choice(&p.id, &node.id, &choice.id)));
            }
        }
    }
    required
}

fn french_file(stem: &str) -> String {
    format!("locales/{REFERENCE_LANGUAGE}/{stem}.ftl")
}

/// One part of `check_messages`; the parts run on separate threads.
enum MessageCheck<'a> {
    French,
    Translation(&'a str),
}

/// Checks that every message the content and the kiosk need exists in French, that French has
/// no message nothing uses, and that every other language has the French messages and no other.
///
/// Maps and sets are looked up, never scanned, and nothing is sorted but what is reported: a
/// catalog of 10,000 procedures has 1.7 million messages per language (docs/benchmarks.md).
/// Reports come out sorted by message id within each kind, as an editor reads them.
pub fn check_messages(
    sources: &ContentSources,
    procedures: &[Procedure],
    documents: &[Document],
    glossary: &[String],
    languages: &[Language],
    texts: &Texts,
    threads: usize,
) -> Vec<Diagnostic> {
    let french = texts.sites(REFERENCE_LANGUAGE);
    let french_by_file = french_ids_by_file(sources, french);
    let checks: Vec<MessageCheck> = std::iter::once(MessageCheck::French)
        .chain(
            languages
                .iter()
                .filter(|l| l.code != REFERENCE_LANGUAGE)
                .map(|l| MessageCheck::Translation(&l.code)),
        )
        .collect();
    let found = parallel::map_in_order(&checks, threads, |check| match check {
        MessageCheck::French => check_french(sources, procedures, documents, glossary, texts),
        MessageCheck::Translation(code) => check_translation(code, french, &french_by_file, texts),
    });
    found.concat()
}

/// French: everything required must be there; anything else is unused.
fn check_french(
    sources: &ContentSources,
    procedures: &[Procedure],
    documents: &[Document],
    glossary: &[String],
    texts: &Texts,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let required = required_messages(procedures, documents, glossary);
    for (file, id) in &required {
        if !texts.has(REFERENCE_LANGUAGE, id) {
            out.push(
                Diagnostic::error(
                    &french_file(file),
                    START,
                    format!("message `{id}` is missing"),
                )
                .with_hint(format!("add a line `{id} = …` with the French text")),
            );
        }
    }
    let Some(french) = texts.sites(REFERENCE_LANGUAGE) else {
        return out;
    };
    let required_ids: FxHashSet<&str> = required.iter().map(|(_, id)| id.as_str()).collect();
    // The texts of a procedure whose file has errors cannot be matched to its nodes: saying
    // they are unused would bury the real error under false ones.
    let loaded: FxHashSet<&str> = procedures.iter().map(|p| p.id.as_str()).collect();
    let unchecked_files: FxHashSet<String> = sources
        .procedures
        .iter()
        .filter(|(id, _)| !loaded.contains(id.as_str()))
        .map(|(id, _)| french_file(id))
        .collect();
    let mut unused: Vec<(&str, Diagnostic)> = french
        .iter()
        .filter(|(id, site)| !required_ids.contains(id) && !unchecked_files.contains(site.file))
        .map(|(id, site)| {
            let warning = Diagnostic::warning(
                site.file,
                site.position,
                format!("message `{id}` is not used by any content"),
            )
            .with_hint("remove it, or check the node or choice id it was written for");
            (id, warning)
        })
        .collect();
    out.extend(sorted_by_id(&mut unused));
    out
}

/// The French message ids of each French file but the agent's, in the order of the files.
fn french_ids_by_file<'a>(
    sources: &'a ContentSources,
    french: Option<Sites<'a>>,
) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut by_file: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for (id, site) in french.iter().flat_map(Sites::iter) {
        by_file.entry(site.file).or_default().push(id);
    }
    sources
        .languages
        .iter()
        .filter(|l| l.code == REFERENCE_LANGUAGE)
        .flat_map(|l| l.files.iter())
        .filter(|(stem, _)| stem != AGENT_FILE)
        .map(|(stem, file)| {
            let ids = by_file.remove(file.path.as_str()).unwrap_or_default();
            (stem.as_str(), ids)
        })
        .collect()
}

/// Another language: the same messages as French, file by file, except the agent's texts.
fn check_translation(
    code: &str,
    french: Option<Sites>,
    french_by_file: &[(&str, Vec<&str>)],
    texts: &Texts,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let defined = texts.sites(code);
    let is_defined = |id: &str| defined.is_some_and(|d| d.contains(id));
    let mut any_missing = false;
    let mut french_ids = 0;
    for (stem, ids) in french_by_file {
        french_ids += ids.len();
        let mut missing: Vec<&str> = ids.iter().copied().filter(|id| !is_defined(id)).collect();
        if !missing.is_empty() {
            any_missing = true;
            missing.sort_unstable();
            out.push(
                Diagnostic::warning(
                    &format!("locales/{code}/{stem}.ftl"),
                    START,
                    format!(
                        "{} message(s) not translated: {}",
                        missing.len(),
                        missing.join(", ")
                    ),
                )
                .with_hint("until they are translated, the kiosk shows and speaks the French text"),
            );
        }
    }
    // When the language has every one of those French ids and no more ids than that, it has
    // exactly them: none can be foreign, and millions of lookups are saved.
    if !any_missing && defined.map_or(0, |d| d.len()) == french_ids {
        return out;
    }
    let in_french = |id: &str| french.is_some_and(|f| f.contains(id));
    let mut foreign: Vec<(&str, Diagnostic)> = defined
        .iter()
        .flat_map(Sites::iter)
        .filter(|(id, _)| !in_french(id))
        .map(|(id, site)| {
            let warning = Diagnostic::warning(
                site.file,
                site.position,
                format!("message `{id}` does not exist in French"),
            )
            .with_hint("French is the reference: rename it to the French id, or remove it");
            (id, warning)
        })
        .collect();
    out.extend(sorted_by_id(&mut foreign));
    out
}

/// Reports about distinct message ids, in the order of their ids.
fn sorted_by_id<'a>(
    reports: &'a mut Vec<(&str, Diagnostic)>,
) -> impl Iterator<Item = Diagnostic> + 'a {
    reports.sort_unstable_by(|a, b| a.0.cmp(b.0));
    reports.drain(..).map(|(_, d)| d)
}
