//! Every word the visitor sees or hears, in every language, through Fluent.
//!
//! `Texts` holds one Fluent bundle per language, built from the `.ftl` files' text (this module
//! reads no files). Lookups fall back to the reference language (French) when a translation is
//! missing, so a half-translated language still shows every screen; `relais check` reports the
//! gap. Bidi isolation marks are switched off: our messages rarely interpolate, and the marks
//! would have to be stripped again for printers and speech.

use std::collections::{BTreeMap, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::content::ids::REFERENCE_LANGUAGE;
use crate::diagnostics::{Diagnostic, LineIndex, Position};

/// Messages of the kiosk's own screens, in `locales/<lang>/kiosk.ftl`. `relais check` requires
/// each of them in French; code only asks for ids listed here.
pub const KIOSK_MESSAGES: &[&str] = &[
    "attract-greeting",
    "attract-touch",
    "language-question",
    "procedures-question",
    "procedure-other",
    "progress",
    "choice-dont-know",
    "button-back",
    "button-start-over",
    "button-talk",
    "button-listen",
    "button-slower",
    "button-large-text",
    "button-normal-text",
    "button-contrast",
    "button-normal-speed",
    "button-hear",
    "button-continue",
    "button-print",
    "button-done",
    "button-still-here",
    "button-close",
    "button-scroll-down",
    "button-scroll-up",
    "term-question",
    "term-button",
    "outcome-bring",
    "outcome-person",
    "review-title",
    "review-hint",
    "button-review-ok",
    "handoff-title",
    "handoff-printed",
    "handoff-not-printed",
    "handoff-where",
    "idle-title",
    "idle-countdown",
    "idle-spoken",
    "digit-0",
    "digit-1",
    "digit-2",
    "digit-3",
    "digit-4",
    "digit-5",
    "digit-6",
    "digit-7",
    "digit-8",
    "digit-9",
    "ticket-number",
    "ticket-bring",
    "ticket-where",
    "ticket-guidance",
    "ticket-link",
];

/// French-only texts of the agent's part of the handoff, in `locales/fr/agent.ftl`.
pub const AGENT_MESSAGES: &[&str] = &[
    "admin-pin-title",
    "admin-title",
    "admin-erase",
    "admin-ok",
    "admin-close",
    "admin-digits",
    "admin-pin-wrong",
    "admin-pin-locked",
    "admin-pin-not-set",
    "admin-print-test",
    "admin-reload",
    "admin-exit",
    "admin-printed",
    "admin-not-printed",
    "admin-reloaded",
    "admin-reload-refused",
    "admin-printer",
    "admin-content",
    "admin-today",
    "admin-figures-unavailable",
    "admin-queue-empty",
    "admin-queue",
    "admin-reprint",
    "admin-reprinted",
    "admin-reprint-failed",
    "agent-heading",
    "agent-ticket",
    "agent-date",
    "agent-site",
    "agent-language",
    "agent-interpreter",
    "agent-procedure",
    "agent-reference",
    "agent-no-procedure",
    "agent-answers",
    "agent-flags",
    "agent-documents-has",
    "agent-documents-missing",
    "agent-action",
    "agent-stopped-at",
    "agent-ending-person",
    "agent-ending-dont-know",
    "agent-none",
    "visitor-heading",
    "admin-content-refused",
    "admin-store-recovered",
    "admin-store-unavailable",
    "admin-store-full",
    "admin-store-read-only",
    "admin-store-failed",
    "admin-store-back",
];

/// Where a message is defined: for "missing" and "unused" reports.
#[derive(Debug, Clone)]
pub struct MessageSite {
    pub file: String,
    pub position: Position,
}

pub struct Texts {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// language → message id → where it is defined (ordered for stable reports).
    sites: HashMap<String, BTreeMap<String, MessageSite>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Default for Texts {
    fn default() -> Self {
        Self::new()
    }
}

impl Texts {
    pub fn new() -> Self {
        Texts {
            bundles: HashMap::new(),
            sites: HashMap::new(),
        }
    }

    /// Adds one `.ftl` file of `lang`. Syntax errors and duplicate ids become diagnostics; the
    /// valid messages of the file are kept.
    pub fn add_file(&mut self, lang: &str, file: &str, text: &str, out: &mut Vec<Diagnostic>) {
        let index = LineIndex::new(text);
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    out.push(
                        Diagnostic::error(
                            file,
                            index.position(text, error.pos.start),
                            format!("Fluent syntax error: {}", error.kind),
                        )
                        .with_hint(
                            "each message is `id = text`; continuation lines start with spaces",
                        )
                        .with_span(error.pos.clone()),
                    );
                }
                resource
            }
        };
        let sites = self.sites.entry(lang.to_string()).or_default();
        // How many times each id was met in this file, to locate the second definition of a
        // duplicate rather than the first.
        let mut met: HashMap<&str, usize> = HashMap::new();
        let definitions = definition_offsets(text);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let id = message.id.name;
                let nth = met.entry(id).and_modify(|n| *n += 1).or_insert(0);
                let position = definitions
                    .get(id)
                    .and_then(|offsets| offsets.get(*nth))
                    .map_or(Position { line: 1, column: 1 }, |&offset| {
                        index.position(text, offset)
                    });
                if let Some(first) = sites.get(id) {
                    out.push(
                        Diagnostic::error(
                            file,
                            position,
                            format!("message `{id}` is defined twice"),
                        )
                        .with_hint(format!(
                            "the first definition is at {}:{}:{}; keep one",
                            first.file, first.position.line, first.position.column
                        )),
                    );
                    continue;
                }
                sites.insert(
                    id.to_string(),
                    MessageSite {
                        file: file.to_string(),
                        position,
                    },
                );
            }
        }
        let bundle = self.bundles.entry(lang.to_string()).or_insert_with(|| {
            let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            bundle
        });
        // Duplicates were reported above; the first definition wins.
        bundle.add_resource_overriding(resource);
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    /// Message ids defined for `lang`, with where they are defined.
    pub fn sites(&self, lang: &str) -> Option<&BTreeMap<String, MessageSite>> {
        self.sites.get(lang)
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundles
            .get(lang)
            .is_some_and(|b| b.get_message(id).is_some_and(|m| m.value().is_some()))
    }

    /// The text of message `id` in `lang`, falling back to French, then to the id itself in
    /// brackets so a missing text is visible on screen rather than blank.
    pub fn get(&self, lang: &str, id: &str) -> String {
        self.format(lang, id, None, None)
            .unwrap_or_else(|| format!("[{id}]"))
    }

    /// Like `get`, with Fluent arguments (`{ $seconds }`).
    pub fn get_with(&self, lang: &str, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, id, None, Some(&fluent_args))
            .unwrap_or_else(|| format!("[{id}]"))
    }

    /// Whether a message says the same thing every time (no `{ $variable }`), so that a clip
    /// recorded or generated once can speak it. Looks in `lang`, then French.
    pub fn is_fixed(&self, lang: &str, id: &str) -> bool {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let Some(message) = [lang, REFERENCE_LANGUAGE]
            .iter()
            .find_map(|l| self.bundles.get(*l)?.get_message(id))
        else {
            return false;
        };
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        !patterns.flat_map(|p| p.elements.iter()).any(|element| {
            matches!(
                element,
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { .. })
                        | Expression::Select { .. }
                }
            )
        })
    }

    /// An attribute of a message (`.detail`), if it exists in `lang` or French.
    pub fn attribute(&self, lang: &str, id: &str, attribute: &str) -> Option<String> {
        self.format(lang, id, Some(attribute), None)
    }

    fn format(
        &self,
        lang: &str,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        [lang, REFERENCE_LANGUAGE].iter().find_map(|lang| {
            let bundle = self.bundles.get(*lang)?;
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            Some(text.into_owned())
        })
    }
}

/// Where each `id = …` of the file starts, for every id, in file order: the start of the line
/// that defines it. One pass over the file (a scan per message was quadratic in the file's
/// length, a third of the load time of a large catalog).
fn definition_offsets(text: &str) -> HashMap<&str, Vec<usize>> {
    let mut offsets: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        // A Fluent identifier: a letter, then letters, digits, `-` and `_`.
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(end);
        if id.starts_with(|c: char| c.is_ascii_alphabetic()) && rest.trim_start().starts_with('=') {
            offsets.entry(id).or_default().push(offset);
        }
        offset += line.len();
    }
    offsets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(files: &[(&str, &str)]) -> (Texts, Vec<Diagnostic>) {
        let mut texts = Texts::new();
        let mut diagnostics = Vec::new();
        for (lang, text) in files {
            texts.add_file(
                lang,
                &format!("locales/{lang}/x.ftl"),
                text,
                &mut diagnostics,
            );
        }
        (texts, diagnostics)
    }

    #[test]
    fn falls_back_to_french_then_to_the_bracketed_id() {
        let (texts, diagnostics) = texts(&[
            ("fr", "a = Bonjour\nb = Au revoir\n"),
            ("en", "a = Hello\n"),
        ]);
        assert!(diagnostics.is_empty());
        assert_eq!(texts.get("en", "a"), "Hello");
        assert_eq!(texts.get("en", "b"), "Au revoir");
        assert_eq!(texts.get("en", "c"), "[c]");
    }

    #[test]
    fn attributes_and_arguments() {
        let (texts, _) = texts(&[(
            "fr",
            "q = Question\n    .detail = Plus de mots\nn = Encore { $s } secondes\n",
        )]);
        assert_eq!(
            texts.attribute("fr", "q", "detail").as_deref(),
            Some("Plus de mots")
        );
        assert_eq!(
            texts.get_with("fr", "n", &[("s", 20.into())]),
            "Encore 20 secondes"
        );
    }

    #[test]
    fn syntax_errors_and_duplicates_are_located() {
        let (_, diagnostics) = texts(&[("fr", "a = Un\nb\na = Deux\n")]);
        let rendered: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(
            rendered[0].starts_with("locales/fr/x.ftl:2:"),
            "{rendered:?}"
        );
        assert!(rendered[0].contains("Fluent syntax error"), "{rendered:?}");
        assert!(
            rendered[1].starts_with("locales/fr/x.ftl:3:1: error: message `a` is defined twice"),
            "{rendered:?}"
        );
    }
}
