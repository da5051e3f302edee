//! `Texts` written to and read back from a catalog snapshot (`devices::snapshot`).
//!
//! A language is written as it is held: its id and text buffer, its message table as a list,
//! and the text of the few Fluent files that need a bundle. Reading it back parses only those
//! Fluent files again (a kiosk's own screens, not the procedures' simple texts) and rebuilds the
//! hash table: no message is checked again, since the snapshot is only read once it is known to
//! hold what a full validation of the same files produced.

use std::sync::Arc;

use fluent_bundle::FluentResource;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{LanguageTexts, Message, Span, Texts, hash_id, text_of};

/// One language as written: borrowed from the `LanguageTexts`, so writing copies nothing.
#[derive(Serialize)]
struct LanguageOut<'a> {
    lang: &'a str,
    files: &'a [String],
    strings: &'a str,
    attributes: &'a [(Span, Span)],
    messages: Vec<&'a Message>,
    fluent: Vec<&'a str>,
}

/// One language as read; the fields in the order of `LanguageOut` (the format is positional).
#[derive(Deserialize)]
struct LanguageIn {
    lang: String,
    files: Vec<String>,
    strings: String,
    attributes: Vec<(Span, Span)>,
    messages: Vec<Message>,
    fluent: Vec<String>,
}

impl Serialize for Texts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Sorted, so that the same texts always give the same bytes.
        let mut languages: Vec<(&String, &LanguageTexts)> = self.languages.iter().collect();
        languages.sort_by(|a, b| a.0.cmp(b.0));
        let out: Vec<LanguageOut> = languages
            .into_iter()
            .map(|(lang, texts)| language_out(lang, texts))
            .collect();
        out.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = Vec::<LanguageIn>::deserialize(deserializer)?;
        let mut texts = Texts::new();
        for language in stored {
            let restored = restore(language).map_err(serde::de::Error::custom)?;
            texts.insert(&restored.0, restored.1);
        }
        Ok(texts)
    }
}

fn language_out<'a>(lang: &'a str, texts: &'a LanguageTexts) -> LanguageOut<'a> {
    LanguageOut {
        lang,
        files: &texts.files,
        strings: &texts.strings,
        attributes: &texts.attributes,
        messages: texts.messages.iter().collect(),
        fluent: texts.resources.iter().map(|r| r.source()).collect(),
    }
}

/// One language's texts as bytes (postcard), for a part of a snapshot read on its own.
pub(crate) fn language_bytes(lang: &str, texts: &LanguageTexts) -> Result<Vec<u8>, String> {
    postcard::to_stdvec(&language_out(lang, texts)).map_err(|e| e.to_string())
}

/// The language written by `language_bytes`, checked as a snapshot's languages are.
pub(crate) fn language_from_bytes(bytes: &[u8]) -> Result<(String, LanguageTexts), String> {
    let stored: LanguageIn = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    restore(stored)
}

/// A language as it was held; an error if the stored data does not fit together (an id out of
/// its buffer, a Fluent file that no longer parses), which the snapshot's checksum makes
/// unlikely but which must never reach a screen as a panic.
fn restore(stored: LanguageIn) -> Result<(String, LanguageTexts), String> {
    let mut texts = LanguageTexts::new(&stored.lang);
    let fits = |span: &Span| {
        span.start
            .checked_add(span.len)
            .is_some_and(|end| stored.strings.get(span.start..end).is_some())
    };
    for message in &stored.messages {
        let simple_fits = message.simple.as_ref().is_none_or(|s| {
            fits(&s.value)
                && s.first_attribute
                    .checked_add(s.attributes)
                    .is_some_and(|end| end <= stored.attributes.len())
        });
        if !fits(&message.id) || !simple_fits || message.site.file as usize >= stored.files.len() {
            return Err(format!(
                "a message of `{}` lies outside its texts",
                stored.lang
            ));
        }
    }
    if !stored.attributes.iter().all(|(n, v)| fits(n) && fits(v)) {
        return Err(format!(
            "an attribute of `{}` lies outside its texts",
            stored.lang
        ));
    }
    for source in stored.fluent {
        let resource = FluentResource::try_new(source)
            .map_err(|_| format!("a Fluent file of `{}` no longer parses", stored.lang))?;
        let resource = Arc::new(resource);
        texts.resources.push(Arc::clone(&resource));
        texts.bundle.add_resource_overriding(resource);
    }
    texts.files = stored.files;
    texts.strings = stored.strings;
    texts.attributes = stored.attributes;
    let strings = &texts.strings;
    texts
        .messages
        .reserve(stored.messages.len(), |m| hash_id(text_of(strings, m.id)));
    for message in stored.messages {
        let hash = hash_id(text_of(strings, message.id));
        texts
            .messages
            .insert_unique(hash, message, |m| hash_id(text_of(strings, m.id)));
    }
    Ok((stored.lang, texts))
}
