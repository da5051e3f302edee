//! Every word the visitor sees or hears, in every language, through Fluent.
//!
//! `Texts` holds the messages of each language, built from the `.ftl` files' text (this module
//! reads no files): files with placeables or anything beyond one line per message go through a
//! Fluent bundle; the simple ones (`simple`: nearly every procedure's texts) keep only their
//! texts, which is all the kiosk needs of them and far cheaper for a large catalog. Lookups fall back to the reference language (French) when a translation is
//! missing, so a half-translated language still shows every screen; `relais check` reports the
//! gap. Bidi isolation marks are switched off: our messages rarely interpolate, and the marks
//! would have to be stripped again for printers and speech.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use unic_langid::LanguageIdentifier;

use crate::content::ids::REFERENCE_LANGUAGE;
use crate::diagnostics::{Diagnostic, LineIndex, Position};

mod simple;
mod split;
mod stored;

pub(crate) use split::Merger;
pub(crate) use stored::{language_bytes, language_from_bytes};
pub mod writing;

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
    "button-louder",
    "button-quieter",
    "volume-louder",
    "volume-loudest",
    "volume-quieter",
    "volume-quietest",
    "hint-continue",
    "hint-print",
    "hint-confirm",
    "hint-done",
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
    "place-days",
    "place-hours",
    "place-phone",
    "place-appointment",
    "place-step-free",
    "ticket-guidance",
    "ticket-link",
    "ticket-translation-unreviewed",
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
    "admin-update",
    "admin-exit",
    "admin-print-test-running",
    "admin-reload-running",
    "admin-busy",
    "admin-printed",
    "admin-not-printed",
    "admin-reloaded",
    "admin-reload-refused",
    "admin-update-running",
    "admin-update-taken",
    "admin-update-latest",
    "admin-update-none-published",
    "admin-update-refused-now",
    "admin-update-failed",
    "admin-printer",
    "admin-printer-unconfirmed",
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
    "agent-checked-on",
    "agent-fiche",
    "agent-see-also",
    "agent-translation-unreviewed",
    "visitor-heading",
    "admin-content-refused",
    "admin-update-refused",
    "admin-store-recovered",
    "admin-store-unavailable",
    "admin-store-full",
    "admin-store-read-only",
    "admin-store-failed",
    "admin-store-back",
];

/// Where a message is defined: for "missing" and "unused" reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageSite<'a> {
    pub file: &'a str,
    pub position: Position,
}

/// A message's site as stored: an index into its language's file names and a position. A
/// catalog of 10,000 procedures has 8 million messages; a copy of the file name and a tree
/// entry per message were a tenth of the load time and hundreds of MB (docs/benchmarks-notes.md).
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
struct StoredSite {
    file: u32,
    line: u32,
    column: u32,
}

/// Where a string lies in a language's `strings` buffer.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
struct Span {
    start: usize,
    len: usize,
}

/// What a language knows of one message id.
#[derive(serde::Serialize, serde::Deserialize)]
struct Message {
    id: Span,
    /// Its first definition: where "missing" and "unused" reports point.
    site: StoredSite,
    /// Its text, when its last definition was in a simple file (`simple`); `None` when the
    /// language's Fluent bundle holds it. The last definition wins, as in a Fluent bundle.
    simple: Option<SimpleText>,
}

/// A message without placeables: its text and attributes, all the kiosk needs of it.
#[derive(Clone, Copy, serde::Serialize, serde::Deserialize)]
struct SimpleText {
    value: Span,
    /// Its `(name, text)` attributes: `attributes[first..first + count]` of its language.
    first_attribute: usize,
    attributes: usize,
}

/// The texts of one language: its messages and where each is defined. Simple files (nearly
/// all of a large catalog, see `simple`) keep their texts here; the others go through a Fluent
/// bundle. Built on its own (`add_file`), so that languages can be loaded on separate threads
/// and then gathered into `Texts` (`Texts::insert`).
///
/// Ids and simple texts are copied into one buffer and messages refer to them by place, in a
/// table keyed by id: no allocation per message. A catalog of 10,000 procedures has 8 million
/// messages, and allocating, then freeing, three strings for each was a fifth of a load.
pub struct LanguageTexts {
    /// Shared with `resources`, so that a snapshot (`stored`) can write the files' text out.
    bundle: FluentBundle<Arc<FluentResource>>,
    /// The Fluent files added to `bundle`, in order.
    resources: Vec<Arc<FluentResource>>,
    /// The `.ftl` files added, in order; sites point into this list.
    files: Vec<String>,
    /// Every message id, and every text and attribute name of simple messages.
    strings: String,
    /// `(name, text)` of the attributes of simple messages.
    attributes: Vec<(Span, Span)>,
    /// The messages, found by id (hashed with `FxBuildHasher`). Unordered: whoever reports
    /// sorts what it reports.
    messages: HashTable<Message>,
}

fn hash_id(id: &str) -> u64 {
    FxBuildHasher.hash_one(id)
}

fn text_of(strings: &str, span: Span) -> &str {
    &strings[span.start..span.start + span.len]
}

fn push_text(strings: &mut String, text: &str) -> Span {
    let span = Span {
        start: strings.len(),
        len: text.len(),
    };
    strings.push_str(text);
    span
}

impl LanguageTexts {
    pub fn new(lang: &str) -> Self {
        let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        LanguageTexts {
            bundle,
            resources: Vec::new(),
            files: Vec::new(),
            strings: String::new(),
            attributes: Vec::new(),
            messages: HashTable::new(),
        }
    }

    fn message(&self, id: &str) -> Option<&Message> {
        let strings = &self.strings;
        self.messages
            .find(hash_id(id), |m| text_of(strings, m.id) == id)
    }

    fn id(&self, message: &Message) -> &str {
        text_of(&self.strings, message.id)
    }

    /// The `name` attribute of a simple message, if it has one (the first, as Fluent finds it).
    fn simple_attribute(&self, text: &SimpleText, name: &str) -> Option<&str> {
        self.attributes[text.first_attribute..text.first_attribute + text.attributes]
            .iter()
            .find(|(n, _)| text_of(&self.strings, *n) == name)
            .map(|(_, value)| text_of(&self.strings, *value))
    }

    /// Adds one `.ftl` file. Syntax errors and duplicate ids become diagnostics; the valid
    /// messages of the file are kept.
    pub fn add_file(&mut self, file: &str, text: &str, out: &mut Vec<Diagnostic>) {
        let file_index = u32::try_from(self.files.len()).unwrap_or(u32::MAX);
        self.files.push(file.to_string());
        if let Some(messages) = simple::parse(text) {
            for message in messages {
                let position = Position {
                    line: message.line,
                    column: 1,
                };
                let value = push_text(&mut self.strings, message.value);
                let first_attribute = self.attributes.len();
                for (name, text) in &message.attributes {
                    let name = push_text(&mut self.strings, name);
                    let text = push_text(&mut self.strings, text);
                    self.attributes.push((name, text));
                }
                let simple = SimpleText {
                    value,
                    first_attribute,
                    attributes: message.attributes.len(),
                };
                self.define(file, file_index, message.id, position, Some(simple), out);
            }
            return;
        }
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
        // The parser's identifiers are slices of the resource's own copy of the text, and a
        // message starts at the beginning of its line: the slice's offset is where it is
        // defined, with no second pass over the file.
        let source_start = resource.source().as_ptr() as usize;
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let id = message.id.name;
                let offset = (id.as_ptr() as usize).wrapping_sub(source_start);
                let position = index.position(text, offset);
                self.define(file, file_index, id, position, None, out);
            }
        }
        let resource = Arc::new(resource);
        self.resources.push(Arc::clone(&resource));
        self.bundle.add_resource_overriding(resource);
    }

    /// Records a definition of `id`; a second one is reported where it is, and its text wins,
    /// as in a Fluent bundle (the catalog is refused anyway).
    fn define(
        &mut self,
        file: &str,
        file_index: u32,
        id: &str,
        position: Position,
        simple: Option<SimpleText>,
        out: &mut Vec<Diagnostic>,
    ) {
        let hash = hash_id(id);
        let strings = &self.strings;
        if let Some(first) = self
            .messages
            .find_mut(hash, |m| text_of(strings, m.id) == id)
        {
            let first_file = &self.files[first.site.file as usize];
            out.push(
                Diagnostic::error(file, position, format!("message `{id}` is defined twice"))
                    .with_hint(format!(
                        "the first definition is at {first_file}:{}:{}; keep one",
                        first.site.line, first.site.column
                    )),
            );
            first.simple = simple;
            return;
        }
        let site = StoredSite {
            file: file_index,
            line: u32::try_from(position.line).unwrap_or(u32::MAX),
            column: u32::try_from(position.column).unwrap_or(u32::MAX),
        };
        let id = push_text(&mut self.strings, id);
        let strings = &self.strings;
        self.messages
            .insert_unique(hash, Message { id, site, simple }, |m| {
                hash_id(text_of(strings, m.id))
            });
    }

    /// Makes room for about `messages` more messages at once: growing a map of millions of
    /// entries step by step rehashes it again and again.
    pub fn reserve(&mut self, messages: usize) {
        let strings = &self.strings;
        self.messages
            .reserve(messages, |m| hash_id(text_of(strings, m.id)));
    }

    fn sites(&self) -> Sites<'_> {
        Sites { texts: self }
    }

    /// The message's value (`attribute: None`) or one of its attributes, formatted.
    fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Cow<'_, str>> {
        if let Some(simple) = &self.message(id)?.simple {
            return match attribute {
                Some(name) => self.simple_attribute(simple, name).map(Cow::Borrowed),
                None => Some(Cow::Borrowed(text_of(&self.strings, simple.value))),
            };
        }
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, args, &mut errors))
    }
}

/// The message ids of one language with where each is defined.
#[derive(Clone, Copy)]
pub struct Sites<'a> {
    texts: &'a LanguageTexts,
}

impl<'a> Sites<'a> {
    pub fn len(&self) -> usize {
        self.texts.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.messages.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.texts.message(id).is_some()
    }

    pub fn get(&self, id: &str) -> Option<MessageSite<'a>> {
        let texts = self.texts;
        texts.message(id).map(|m| texts.site(m))
    }

    /// Every id with its site, in no particular order (sorting 8 million ids costs more than
    /// the checks that read them): reports sort what they find.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, MessageSite<'a>)> + 'a {
        let texts = self.texts;
        texts
            .messages
            .iter()
            .map(move |m| (texts.id(m), texts.site(m)))
    }

    /// Like `iter`, with the message's value and its attribute `attribute` when the message is
    /// a simple one (`None` otherwise: ask `Texts`). Saves two lookups per message to a check
    /// that reads every text.
    pub fn iter_with_simple_texts(
        &self,
        attribute: &'a str,
    ) -> impl Iterator<Item = (&'a str, MessageSite<'a>, Option<(&'a str, Option<&'a str>)>)> + 'a
    {
        let texts = self.texts;
        texts.messages.iter().map(move |m| {
            let simple = m.simple.as_ref().map(|simple| {
                (
                    text_of(&texts.strings, simple.value),
                    texts.simple_attribute(simple, attribute),
                )
            });
            (texts.id(m), texts.site(m), simple)
        })
    }
}

impl LanguageTexts {
    fn site(&self, message: &Message) -> MessageSite<'_> {
        MessageSite {
            file: &self.files[message.site.file as usize],
            position: stored_position(&message.site),
        }
    }
}

fn stored_position(site: &StoredSite) -> Position {
    Position {
        line: site.line as usize,
        column: site.column as usize,
    }
}

pub struct Texts {
    languages: HashMap<String, LanguageTexts>,
    /// A kiosk's catalog from a snapshot: the texts of each procedure's tree, read when the
    /// procedure is first opened (`LazyTexts`). `languages` then holds the kiosk's own texts
    /// and the procedures' names, and `sites` lists only those.
    lazy: Option<Arc<dyn LazyTexts>>,
}

/// Where the texts of a procedure's tree come from when they are not held from the start.
pub trait LazyTexts: Send + Sync {
    /// The texts in `lang` of the messages of procedure `procedure` (ids `<procedure>--…`),
    /// read now if they were not yet; `None` if it has none, or they cannot be read.
    fn procedure_texts(&self, procedure: &str, lang: &str) -> Option<&LanguageTexts>;
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("languages", &self.languages.keys().collect::<Vec<_>>())
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
            languages: HashMap::new(),
            lazy: None,
        }
    }

    /// From now on, the messages of a procedure's tree are looked up in `lazy` first.
    pub fn set_lazy(&mut self, lazy: Arc<dyn LazyTexts>) {
        self.lazy = Some(lazy);
    }

    /// The texts of `lang` to look `id` up in: its procedure's, when they are read lazily and
    /// hold it, else the language's own.
    fn holder(&self, lang: &str, id: &str) -> Option<&LanguageTexts> {
        if let Some(lazy) = &self.lazy
            && let Some((procedure, _)) = id.split_once("--")
            && let Some(texts) = lazy.procedure_texts(procedure, lang)
            && texts.message(id).is_some()
        {
            return Some(texts);
        }
        self.languages.get(lang)
    }

    /// Takes the held texts of `lang` out, to put them back together (`Merger`).
    pub(crate) fn take(&mut self, lang: &str) -> Option<LanguageTexts> {
        self.languages.remove(lang)
    }

    /// The held texts of `lang`, to cut them for a snapshot.
    pub(crate) fn language(&self, lang: &str) -> Option<&LanguageTexts> {
        self.languages.get(lang)
    }

    /// Adds one `.ftl` file of `lang`. Syntax errors and duplicate ids become diagnostics; the
    /// valid messages of the file are kept.
    pub fn add_file(&mut self, lang: &str, file: &str, text: &str, out: &mut Vec<Diagnostic>) {
        self.languages
            .entry(lang.to_string())
            .or_insert_with(|| LanguageTexts::new(lang))
            .add_file(file, text, out);
    }

    /// Adds a language loaded on its own; it replaces any texts `lang` had.
    pub fn insert(&mut self, lang: &str, texts: LanguageTexts) {
        self.languages.insert(lang.to_string(), texts);
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// Message ids defined for `lang`, with where they are defined. Only the texts held: a
    /// kiosk's lazy catalog (`set_lazy`) lists its own texts and the procedures' names; the
    /// checks and tools that read every text load the catalog whole.
    pub fn sites(&self, lang: &str) -> Option<Sites<'_>> {
        self.languages.get(lang).map(LanguageTexts::sites)
    }

    /// Whether `lang` itself (no fallback) has message `id` with a value.
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.holder(lang, id)
            .is_some_and(|texts| texts.format(id, None, None).is_some())
    }

    /// The text of message `id` in `lang`, falling back to French, then to the id itself in
    /// brackets so a missing text is visible on screen rather than blank.
    pub fn get(&self, lang: &str, id: &str) -> String {
        self.text(lang, id).into_owned()
    }

    /// Like `get`, borrowed when the text needs no formatting (nearly all): the load checks
    /// millions of texts and need not copy each.
    pub fn text(&self, lang: &str, id: &str) -> Cow<'_, str> {
        self.format(lang, id, None, None)
            .unwrap_or_else(|| Cow::Owned(format!("[{id}]")))
    }

    /// Like `get`, with Fluent arguments (`{ $seconds }`).
    pub fn get_with(&self, lang: &str, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, id, None, Some(&fluent_args))
            .map_or_else(|| format!("[{id}]"), Cow::into_owned)
    }

    /// Whether a message says the same thing every time (no `{ $variable }`), so that a clip
    /// recorded or generated once can speak it. Looks in `lang`, then French.
    pub fn is_fixed(&self, lang: &str, id: &str) -> bool {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let Some((texts, found)) = [lang, REFERENCE_LANGUAGE]
            .iter()
            .filter_map(|l| self.holder(l, id))
            .find_map(|texts| Some((texts, texts.message(id)?)))
        else {
            return false;
        };
        if found.simple.is_some() {
            // A simple message has no placeable at all.
            return true;
        }
        let Some(message) = texts.bundle.get_message(id) else {
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
        self.attribute_text(lang, id, attribute)
            .map(Cow::into_owned)
    }

    /// Like `attribute`, borrowed when it can be (see `text`).
    pub fn attribute_text(&self, lang: &str, id: &str, attribute: &str) -> Option<Cow<'_, str>> {
        self.format(lang, id, Some(attribute), None)
    }

    fn format(
        &self,
        lang: &str,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Cow<'_, str>> {
        [lang, REFERENCE_LANGUAGE]
            .iter()
            .find_map(|lang| self.holder(lang, id)?.format(id, attribute, args))
    }
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

    #[test]
    fn across_simple_and_fluent_files_the_last_text_wins_and_the_first_site_is_kept() {
        let (mut texts, mut diagnostics) = texts(&[("fr", "m = Un\n")]);
        texts.add_file(
            "fr",
            "locales/fr/b.ftl",
            "m = Deux { $x }\n",
            &mut diagnostics,
        );
        assert_eq!(texts.get_with("fr", "m", &[("x", 2.into())]), "Deux 2");
        assert!(!texts.is_fixed("fr", "m"));
        texts.add_file("fr", "locales/fr/c.ftl", "\nm = Trois\n", &mut diagnostics);
        assert_eq!(texts.get("fr", "m"), "Trois");
        assert!(texts.is_fixed("fr", "m"));
        let rendered: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            rendered,
            [
                "locales/fr/b.ftl:1:1: error: message `m` is defined twice\n  hint: the first definition is at locales/fr/x.ftl:1:1; keep one",
                "locales/fr/c.ftl:2:1: error: message `m` is defined twice\n  hint: the first definition is at locales/fr/x.ftl:1:1; keep one",
            ]
        );
        let sites = texts.sites("fr").unwrap();
        assert_eq!(sites.len(), 1);
        assert_eq!(sites.get("m").unwrap().file, "locales/fr/x.ftl");
    }
}
