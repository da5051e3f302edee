//! Languages and their texts: loading the Fluent files, then checking that every message the
//! content and the kiosk need exists, in French first and then in every offered language.
//!
//! French is the reference: a message missing in French is an error (the screen would show a
//! bracketed id); a message missing in another language is a warning (the kiosk falls back to
//! French). Machine-drafted languages are reported as information until a native speaker has
//! reviewed them.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::catalog::{DONT_KNOW, Document, KNOWN_FLAGS, Language, Procedure};
use super::ids::{self, REFERENCE_LANGUAGE};
use super::raw::RawLanguage;
use super::validate::FileContext;
use super::{ContentSources, LanguageSources};
use crate::diagnostics::{Diagnostic, Position};
use crate::i18n::{AGENT_MESSAGES, KIOSK_MESSAGES, Texts};

/// The locale file that holds French-only texts for the agent; other languages have none.
const AGENT_FILE: &str = "agent";

const START: Position = Position { line: 1, column: 1 };

pub fn load_languages(
    sources: &ContentSources,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Language>, Texts) {
    let mut texts = Texts::new();
    let mut found = Vec::new();
    for lang in &sources.languages {
        if let Some(language) = manifest(lang, diagnostics) {
            found.push(language);
        }
        for (_, file) in &lang.files {
            texts.add_file(&lang.code, &file.path, &file.text, diagnostics);
        }
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

/// Every message id the content and the kiosk use, by the file it belongs in.
fn required_messages(
    procedures: &[Procedure],
    documents: &[Document],
    glossary: &[String],
) -> Vec<(String, String)> {
    let mut required: Vec<(String, String)> = Vec::new();
    let mut add = |file: &str, id: String| required.push((file.to_string(), id));
    for id in KIOSK_MESSAGES {
        add("kiosk", id.to_string());
    }
    for id in AGENT_MESSAGES {
        add(AGENT_FILE, id.to_string());
    }
    for flag in KNOWN_FLAGS {
        add(AGENT_FILE, ids::flag(flag));
    }
    for doc in documents {
        add("documents", ids::document(&doc.id));
    }
    for term in glossary {
        add("glossary", ids::term(term));
        add("glossary", ids::term_meaning(term));
    }
    for p in procedures {
        add(&p.id, ids::procedure(&p.id));
        for node in &p.nodes {
            add(&p.id, ids::node(&p.id, &node.id));
            for choice in node.choices().iter().filter(|c| c.id != DONT_KNOW) {
                add(&p.id, ids::choice(&p.id, &node.id, &choice.id));
            }
        }
    }
    required
}

pub fn check_messages(
    sources: &ContentSources,
    procedures: &[Procedure],
    documents: &[Document],
    glossary: &[String],
    languages: &[Language],
    texts: &Texts,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let required = required_messages(procedures, documents, glossary);
    let required_ids: HashSet<&str> = required.iter().map(|(_, id)| id.as_str()).collect();
    let french_file = |file: &str| format!("locales/{REFERENCE_LANGUAGE}/{file}.ftl");

    // French: everything required must be there; anything else is unused.
    for (file, id) in &required {
        if !texts.has(REFERENCE_LANGUAGE, id) {
            diagnostics.push(
                Diagnostic::error(
                    &french_file(file),
                    START,
                    format!("message `{id}` is missing"),
                )
                .with_hint(format!("add a line `{id} = …` with the French text")),
            );
        }
    }
    // Borrowed, not cloned, and looked up through sets and maps: with thousands of procedures
    // a scan per file or a copy per language costs seconds and hundreds of MB (docs/benchmarks.md).
    let no_sites = BTreeMap::new();
    let french = texts.sites(REFERENCE_LANGUAGE).unwrap_or(&no_sites);
    // The texts of a procedure whose file has errors cannot be matched to its nodes: saying
    // they are unused would bury the real error under false ones.
    let loaded: HashSet<&str> = procedures.iter().map(|p| p.id.as_str()).collect();
    let unchecked_files: HashSet<String> = sources
        .procedures
        .iter()
        .filter(|(id, _)| !loaded.contains(id.as_str()))
        .map(|(id, _)| french_file(id))
        .collect();
    for (id, site) in french {
        if !required_ids.contains(id.as_str()) && !unchecked_files.contains(&site.file) {
            diagnostics.push(
                Diagnostic::warning(
                    &site.file,
                    site.position,
                    format!("message `{id}` is not used by any content"),
                )
                .with_hint("remove it, or check the node or choice id it was written for"),
            );
        }
    }

    // Other languages: the same messages as French, file by file, except the agent's texts.
    let mut french_ids_by_file: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (id, site) in french {
        french_ids_by_file
            .entry(site.file.as_str())
            .or_default()
            .insert(id.as_str());
    }
    let french_by_file: Vec<(&str, BTreeSet<&str>)> = sources
        .languages
        .iter()
        .filter(|l| l.code == REFERENCE_LANGUAGE)
        .flat_map(|l| l.files.iter())
        .filter(|(stem, _)| stem != AGENT_FILE)
        .map(|(stem, file)| {
            let ids = french_ids_by_file
                .remove(file.path.as_str())
                .unwrap_or_default();
            (stem.as_str(), ids)
        })
        .collect();
    for language in languages.iter().filter(|l| l.code != REFERENCE_LANGUAGE) {
        let code = &language.code;
        let defined = texts.sites(code).unwrap_or(&no_sites);
        for (stem, ids) in &french_by_file {
            let missing: Vec<&str> = ids
                .iter()
                .copied()
                .filter(|id| !defined.contains_key(*id))
                .collect();
            if !missing.is_empty() {
                diagnostics.push(
                    Diagnostic::warning(
                        &format!("locales/{code}/{stem}.ftl"),
                        START,
                        format!(
                            "{} message(s) not translated: {}",
                            missing.len(),
                            missing.join(", ")
                        ),
                    )
                    .with_hint(
                        "until they are translated, the kiosk shows and speaks the French text",
                    ),
                );
            }
        }
        for (id, site) in defined {
            if !french.contains_key(id) {
                diagnostics.push(
                    Diagnostic::warning(
                        &site.file,
                        site.position,
                        format!("message `{id}` does not exist in French"),
                    )
                    .with_hint("French is the reference: rename it to the French id, or remove it"),
                );
            }
        }
    }
}
