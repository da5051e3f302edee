//! Which French text each translation was made from: `locales/<lang>/translations.lock`, one
//! line per message with the fingerprint of its French text (value and `.detail`) and whether a
//! person has checked the translation against it. Pure: reading and writing the files is
//! `tools::translations`.
//!
//! Why a file beside the `.ftl` files and not a Fluent comment: translators' tools (Pontoon,
//! Weblate) rewrite the `.ftl` files they save and may drop or move comments, but they leave
//! alone the files they were not told about; the lock survives every round trip.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::content::ids::{DETAIL_ATTRIBUTE, REFERENCE_LANGUAGE};
use crate::diagnostics::Diagnostic;
use crate::domain::fingerprint;
use crate::i18n::Texts;

/// The lock's file name, in each translated language's folder.
pub const LOCK_NAME: &str = "translations.lock";

/// The French-only file (the agent's part): it has no translations.
const AGENT_FILE: &str = "agent.ftl";

/// Each translated message and what it was made from, by message id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationLock {
    #[serde(default, rename = "message")]
    pub messages: BTreeMap<String, MadeFrom>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadeFrom {
    /// Fingerprint of the French text the translation was made from.
    pub french: String,
    /// Whether a person checked this translation against that French (`mark-current`); a
    /// machine draft is `false`.
    pub reviewed: bool,
}

/// Where one language stands, for `relais translations`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standing {
    /// French messages a visitor may see (the agent's part is French only).
    pub messages: usize,
    /// Not translated: shown in French.
    pub missing: Vec<String>,
    /// Made from an older French text.
    pub stale: Vec<String>,
    /// Translated, but the lock does not say from which French.
    pub unrecorded: Vec<String>,
    /// Current and checked by a person (every current one when the language is reviewed).
    pub reviewed: usize,
}

/// The fingerprint of every French message a visitor may see and a translator translates, by
/// id: not the agent's texts (French only), nor a site's places (composed in every language
/// from the site's file, `places::is_place_message`).
pub fn french_fingerprints(texts: &Texts) -> BTreeMap<String, String> {
    let Some(sites) = texts.sites(REFERENCE_LANGUAGE) else {
        return BTreeMap::new();
    };
    sites
        .iter()
        .filter(|(_, site)| !site.file.ends_with(AGENT_FILE))
        .filter(|(id, _)| !crate::content::places::is_place_message(id))
        .map(|(id, _)| (id.to_string(), french_fingerprint(texts, id)))
        .collect()
}

/// The value and the `.detail` together: a change in either is a change of the French.
fn french_fingerprint(texts: &Texts, id: &str) -> String {
    let value = texts.text(REFERENCE_LANGUAGE, id);
    let detail = texts.attribute_text(REFERENCE_LANGUAGE, id, DETAIL_ATTRIBUTE);
    match detail {
        Some(detail) => fingerprint::of(&format!("{value}\n.{DETAIL_ATTRIBUTE} = {detail}")),
        None => fingerprint::of(&value),
    }
}

/// Where `lang` stands against the French. `language_reviewed` is its `language.toml`'s flag.
pub fn standing(
    texts: &Texts,
    lang: &str,
    lock: &TranslationLock,
    french: &BTreeMap<String, String>,
    language_reviewed: bool,
) -> Standing {
    let mut standing = Standing {
        messages: french.len(),
        ..Standing::default()
    };
    let translated = texts.sites(lang);
    for (id, hash) in french {
        if !translated.is_some_and(|s| s.contains(id)) {
            standing.missing.push(id.clone());
            continue;
        }
        match lock.messages.get(id) {
            None => standing.unrecorded.push(id.clone()),
            Some(made) if &made.french != hash => standing.stale.push(id.clone()),
            Some(made) => {
                if made.reviewed || language_reviewed {
                    standing.reviewed += 1;
                }
            }
        }
    }
    standing
}

/// `relais check`'s part for one language: a warning at each translation made from an older
/// French text, and at each one the lock does not know.
pub fn warnings(texts: &Texts, lang: &str, standing: &Standing) -> Vec<Diagnostic> {
    let (Some(sites), Some(french)) = (texts.sites(lang), texts.sites(REFERENCE_LANGUAGE)) else {
        return Vec::new();
    };
    let lock_file = format!("locales/{lang}/{LOCK_NAME}");
    let mut out = Vec::new();
    let found = standing
        .stale
        .iter()
        .map(|id| (id, true))
        .chain(standing.unrecorded.iter().map(|id| (id, false)));
    for (id, stale) in found {
        let (Some(site), Some(french_site)) = (sites.get(id), french.get(id)) else {
            continue;
        };
        let message = if stale {
            format!("`{id}` was translated from an older French text")
        } else {
            format!("`{id}`: {lock_file} does not say which French text it was made from")
        };
        out.push(
            Diagnostic::warning(site.file, site.position, message).with_hint(format!(
                "compare it with {}:{}, update the translation if needed, then run `relais translations mark-current --lang {lang} {id}`",
                french_site.file, french_site.position.line
            )),
        );
    }
    out
}

/// Records `ids` as made from today's French; `reviewed` says a person checked them. An id that
/// is not a translated message of the language is refused, naming it.
pub fn mark_current(
    lock: &mut TranslationLock,
    texts: &Texts,
    lang: &str,
    french: &BTreeMap<String, String>,
    ids: &[String],
    reviewed: bool,
) -> Result<(), String> {
    let translated = texts.sites(lang);
    for id in ids {
        let hash = french
            .get(id)
            .filter(|_| translated.is_some_and(|s| s.contains(id)))
            .ok_or_else(|| {
                format!("`{id}` is not a message translated in locales/{lang}/ from a French one")
            })?;
        lock.messages.insert(
            id.clone(),
            MadeFrom {
                french: hash.clone(),
                reviewed,
            },
        );
    }
    Ok(())
}

/// The lock as written: one line per message, in id order, so a translator's commit shows
/// exactly the messages they updated.
pub fn to_text(lock: &TranslationLock, lang: &str) -> String {
    let mut text = format!(
        "# Which French text each message of locales/{lang}/ was translated from (a fingerprint of\n\
         # the French value and its .detail), and whether a person checked it. Written by\n\
         # `relais translations mark-current`; `relais check` warns when the French changes.\n\
         # docs/content-format.md, \"The translator's round trip\".\n\n[message]\n"
    );
    for (id, made) in &lock.messages {
        text.push_str(&format!(
            "{id} = {{ french = \"{}\", reviewed = {} }}\n",
            made.french, made.reviewed
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(fr: &str, en: &str) -> Texts {
        let mut texts = Texts::new();
        let mut out = Vec::new();
        texts.add_file("fr", "locales/fr/p.ftl", fr, &mut out);
        texts.add_file("en", "locales/en/p.ftl", en, &mut out);
        assert!(out.is_empty(), "{out:?}");
        texts
    }

    #[test]
    fn a_changed_french_text_makes_its_translation_stale_until_marked() {
        let before = texts(
            "a = Un\nb = Deux\n    .detail = Deux fois\n",
            "a = One\nb = Two\n",
        );
        let french = french_fingerprints(&before);
        let mut lock = TranslationLock::default();
        let ids = ["a".to_string(), "b".to_string()];
        mark_current(&mut lock, &before, "en", &french, &ids, false).unwrap();
        let text = to_text(&lock, "en");
        assert_eq!(toml::from_str::<TranslationLock>(&text).unwrap(), lock);

        // Only the detail of `b` changes.
        let after = texts(
            "a = Un\nb = Deux\n    .detail = Trois fois\n",
            "a = One\nb = Two\n",
        );
        let french = french_fingerprints(&after);
        let standing = standing(&after, "en", &lock, &french, false);
        assert_eq!(standing.stale, ["b"]);
        assert_eq!(warnings(&after, "en", &standing).len(), 1);

        mark_current(&mut lock, &after, "en", &french, &ids[1..], true).unwrap();
        let standing = super::standing(&after, "en", &lock, &french, false);
        assert!(standing.stale.is_empty());
        assert_eq!(standing.reviewed, 1);
        assert!(mark_current(&mut lock, &after, "en", &french, &["c".into()], true).is_err());
    }
}
