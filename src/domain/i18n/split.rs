//! A language's texts cut into parts and put back together, for the catalog snapshot
//! (`devices::snapshot`, issue 19).
//!
//! The kiosk holds the texts of its own screens and every procedure's name at start, and the
//! texts of a procedure only once a visitor opens it: a network's catalog of 10,000 procedures
//! has millions of texts per language, and holding them all cost seconds and gigabytes at every
//! start. The snapshot stores each procedure's texts apart (`split`); a tool that needs every
//! text at once (`relais check`, the translators' commands) gets them back in one language
//! (`Merger`). Messages are copied as they were held: same text, same attributes, same site.

use std::collections::HashMap;
use std::sync::Arc;

use super::{LanguageTexts, Message, SimpleText, StoredSite, hash_id, push_text, text_of};

impl LanguageTexts {
    /// Cuts the texts in a core and `parts` parts: a simple message goes to part `i` when
    /// `route(id)` says `Some(i)`; every other message (and every file that needs a Fluent
    /// bundle, whole) stays in the core. `lang` is the language's code, for the core's bundle.
    pub(crate) fn split(
        &self,
        lang: &str,
        parts: usize,
        route: impl Fn(&str) -> Option<usize>,
    ) -> (LanguageTexts, Vec<LanguageTexts>) {
        let mut core = Merger::new(LanguageTexts::new(lang));
        for resource in &self.resources {
            core.texts.resources.push(Arc::clone(resource));
            core.texts
                .bundle
                .add_resource_overriding(Arc::clone(resource));
        }
        let mut cut: Vec<Merger> = (0..parts)
            .map(|_| Merger::new(LanguageTexts::new(lang)))
            .collect();
        for message in self.messages.iter() {
            let part = message
                .simple
                .and_then(|_| route(text_of(&self.strings, message.id)))
                .and_then(|i| cut.get_mut(i));
            match part {
                Some(part) => part.copy(self, message),
                None => core.copy(self, message),
            }
        }
        (
            core.into_texts(),
            cut.into_iter().map(Merger::into_texts).collect(),
        )
    }
}

/// Copies messages from other `LanguageTexts` into one, keeping the file names of their sites.
pub(crate) struct Merger {
    texts: LanguageTexts,
    /// The index of each file name in `texts.files`.
    file_index: HashMap<String, u32>,
}

impl Merger {
    /// Starts from `texts`, whose messages stay.
    pub(crate) fn new(texts: LanguageTexts) -> Self {
        let file_index = texts
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.clone(), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        Merger { texts, file_index }
    }

    /// Adds every message of `part` (a part cut by `split`: simple messages only, none of
    /// which the texts already hold).
    pub(crate) fn absorb(&mut self, part: &LanguageTexts) {
        self.texts.reserve(part.messages.len());
        for message in part.messages.iter() {
            self.copy(part, message);
        }
    }

    pub(crate) fn into_texts(self) -> LanguageTexts {
        self.texts
    }

    fn copy(&mut self, from: &LanguageTexts, message: &Message) {
        let file_name = &from.files[message.site.file as usize];
        let file = match self.file_index.get(file_name) {
            Some(&i) => i,
            None => {
                let i = u32::try_from(self.texts.files.len()).unwrap_or(u32::MAX);
                self.texts.files.push(file_name.clone());
                self.file_index.insert(file_name.clone(), i);
                i
            }
        };
        let texts = &mut self.texts;
        let simple = message.simple.map(|simple| {
            let value = push_text(&mut texts.strings, text_of(&from.strings, simple.value));
            let first_attribute = texts.attributes.len();
            let attributes = &from.attributes
                [simple.first_attribute..simple.first_attribute + simple.attributes];
            for (name, text) in attributes {
                let name = push_text(&mut texts.strings, text_of(&from.strings, *name));
                let text = push_text(&mut texts.strings, text_of(&from.strings, *text));
                texts.attributes.push((name, text));
            }
            SimpleText {
                value,
                first_attribute,
                attributes: simple.attributes,
            }
        });
        let id_text = text_of(&from.strings, message.id);
        let hash = hash_id(id_text);
        let id = push_text(&mut texts.strings, id_text);
        let site = StoredSite {
            file,
            ..message.site
        };
        let strings = &texts.strings;
        texts
            .messages
            .insert_unique(hash, Message { id, site, simple }, |m| {
                hash_id(text_of(strings, m.id))
            });
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Diagnostic;
    use crate::i18n::LanguageTexts;

    use super::Merger;

    fn language(files: &[(&str, &str)]) -> LanguageTexts {
        let mut texts = LanguageTexts::new("fr");
        let mut out: Vec<Diagnostic> = Vec::new();
        for (file, text) in files {
            texts.add_file(file, text, &mut out);
        }
        assert!(out.is_empty(), "{out:?}");
        texts
    }

    fn describe(texts: &LanguageTexts) -> Vec<String> {
        let mut lines: Vec<String> = texts
            .sites()
            .iter()
            .map(|(id, site)| format!("{id} {site:?}"))
            .collect();
        lines.sort();
        lines
    }

    #[test]
    fn cut_and_put_back_together_gives_the_same_texts() {
        let whole = language(&[
            (
                "locales/fr/kiosk.ftl",
                "hello = Bonjour { $name }\nbye = Au revoir\n",
            ),
            (
                "locales/fr/a.ftl",
                "a = La procédure A\na--start = Question ?\n    .detail = Plus de mots\na--start--yes = Oui\n",
            ),
            (
                "locales/fr/b.ftl",
                "b = La procédure B\nb--start = Une autre ?\n",
            ),
        ]);
        let route = |id: &str| match id.split_once("--") {
            Some(("a", _)) => Some(0),
            Some(("b", _)) => Some(1),
            _ => None,
        };
        let (core, parts) = whole.split("fr", 2, route);
        // The names stay in the core, the trees' texts go to their procedure's part.
        assert!(core.message("a").is_some() && core.message("a--start").is_none());
        assert!(parts[0].message("a--start--yes").is_some());
        assert!(parts[1].message("b--start").is_some() && parts[1].message("a--start").is_none());
        assert_eq!(
            parts[0].format("a--start", Some("detail"), None).as_deref(),
            Some("Plus de mots")
        );
        // The file needing a bundle stays whole in the core, and still formats.
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", "Ana");
        assert_eq!(
            core.format("hello", None, Some(&args)).as_deref(),
            Some("Bonjour Ana")
        );
        let mut merger = Merger::new(core);
        for part in &parts {
            merger.absorb(part);
        }
        let merged = merger.into_texts();
        assert_eq!(describe(&merged), describe(&whole));
        for id in ["a", "a--start", "a--start--yes", "b--start", "bye"] {
            assert_eq!(
                merged.format(id, None, None),
                whole.format(id, None, None),
                "{id}"
            );
        }
    }
}
