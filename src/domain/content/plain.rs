//! Plain-language lint on the French reference texts: the sentences a visitor reads and hears.
//!
//! Rules come from the FALC / "Information for all" guidance (docs/content-format.md): short
//! sentences with one idea each, acronyms explained, no percentages, everyday words. The word
//! limit, the jargon list and the acronyms everyone knows are data that editors extend, in
//! `locales/fr/plain-language.toml`. Every finding is a warning that quotes the sentence.

use serde::Deserialize;

use super::raw::RawPlainLanguage;
use crate::diagnostics::{Diagnostic, Position};

/// Words that join two clauses; two of them in one sentence usually mean two ideas.
const JOINING_WORDS: &[&str] = &["et", "mais", "puis", "donc", "car", "alors", "ensuite"];

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JargonWord {
    pub word: String,
    pub instead: String,
}

/// The rules, from `locales/fr/plain-language.toml` (or the defaults when it is absent).
#[derive(Debug, Clone)]
pub struct Rules {
    pub max_words: usize,
    pub known_acronyms: Vec<String>,
    pub jargon: Vec<JargonWord>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            max_words: 15,
            known_acronyms: Vec::new(),
            jargon: Vec::new(),
        }
    }
}

impl From<RawPlainLanguage> for Rules {
    fn from(raw: RawPlainLanguage) -> Self {
        Rules {
            max_words: raw.max_words,
            known_acronyms: raw.known_acronyms,
            jargon: raw.jargon,
        }
    }
}

/// Checks one message (`text`, defined at `file`:`position`) and adds a warning per finding.
pub fn lint(
    rules: &Rules,
    id: &str,
    text: &str,
    file: &str,
    position: Position,
    out: &mut Vec<Diagnostic>,
) {
    Checker::new(rules).lint(id, text, file, position, out);
}

/// The rules made ready to check many texts: the jargon is lowercased once, not once per
/// sentence (a large catalog has millions of sentences; this was most of the lint's time).
pub struct Checker<'a> {
    rules: &'a Rules,
    /// `rules.jargon`, in the same order, each word lowercased.
    jargon_lowercase: Vec<String>,
}

impl<'a> Checker<'a> {
    pub fn new(rules: &'a Rules) -> Self {
        Checker {
            rules,
            jargon_lowercase: rules.jargon.iter().map(|j| j.word.to_lowercase()).collect(),
        }
    }

    /// Checks one message (`text`, defined at `file`:`position`) and adds a warning per
    /// finding.
    pub fn lint(
        &self,
        id: &str,
        text: &str,
        file: &str,
        position: Position,
        out: &mut Vec<Diagnostic>,
    ) {
        let rules = self.rules;
        let mut warn = |message: String, hint: &str| {
            out.push(
                Diagnostic::warning(file, position, format!("`{id}`: {message}")).with_hint(hint),
            );
        };
        for sentence in sentences(text) {
            let words = words(sentence);
            if words.len() > rules.max_words {
                warn(
                    format!("{} words in « {sentence} »", words.len()),
                    &format!(
                        "keep sentences to {} words or fewer: cut it in two",
                        rules.max_words
                    ),
                );
            }
            let joins = words.iter().filter(|w| is_joining_word(w)).count();
            if sentence.contains(';') || joins >= 2 {
                warn(
                    format!("« {sentence} » may say more than one thing"),
                    "one idea per sentence: make two sentences",
                );
            }
            let lower = sentence.to_lowercase();
            if sentence.contains('%') || lower.contains("pour cent") {
                warn(
                    format!("a percentage in « {sentence} »"),
                    "say it in words (\"la moitié\", \"beaucoup\") or leave it to the agent",
                );
            }
            for word in &words {
                if is_acronym(word)
                    && !rules.known_acronyms.iter().any(|k| k == word)
                    && !explained_after(sentence, word)
                {
                    warn(
                        format!("the acronym {word} is not explained in « {sentence} »"),
                        &format!(
                            "write what {word} means, e.g. \"{word} (…)\", or add it to known-acronyms in locales/fr/plain-language.toml if everyone knows it"
                        ),
                    );
                }
            }
            for (jargon, lowercase) in rules.jargon.iter().zip(&self.jargon_lowercase) {
                if contains_word(&lower, lowercase, false) {
                    warn(
                        format!(
                            "« {} » is administrative jargon, in « {sentence} »",
                            jargon.word
                        ),
                        &format!("say instead: {}", jargon.instead),
                    );
                }
            }
        }
    }
}

impl Checker<'_> {
    /// An amount goes out of date: a message (its `texts`, the value and its attributes) that
    /// states one must also say when it applies, with a year ("au 1er avril 2026").
    pub fn lint_amounts(
        &self,
        id: &str,
        texts: &[&str],
        file: &str,
        position: Position,
        out: &mut Vec<Diagnostic>,
    ) {
        let Some(sentence) = texts.iter().find_map(|t| sentence_with_amount(t)) else {
            return;
        };
        if texts.iter().any(|t| has_year(t)) {
            return;
        }
        out.push(
            Diagnostic::warning(
                file,
                position,
                format!("`{id}`: an amount without its date in « {sentence} »"),
            )
            .with_hint(
                "say from when it applies, with the year (« au 1er avril 2026 ») after reading the official page, or leave the amount to the agent",
            ),
        );
    }
}

/// A sentence of `text` that states an amount in euros ("50 €", "1 234,56 euros"), if any.
fn sentence_with_amount(text: &str) -> Option<&str> {
    sentences(text).into_iter().find(|s| has_amount(s))
}

/// Digits followed (spaces allowed) by "€" or the word "euro(s)".
fn has_amount(text: &str) -> bool {
    let lower = text.to_lowercase();
    let after_digits = |at: usize| {
        lower[..at]
            .trim_end() // also no-break spaces, thin or not
            .ends_with(|c: char| c.is_ascii_digit())
    };
    let euro_signs = lower.match_indices('€').map(|(at, _)| at);
    let euro_words = lower
        .match_indices("euro")
        .filter(|&(at, _)| {
            let rest = lower[at + 4..]
                .strip_prefix('s')
                .unwrap_or(&lower[at + 4..]);
            !rest.starts_with(char::is_alphanumeric)
        })
        .map(|(at, _)| at);
    euro_signs.chain(euro_words).any(after_digits)
}

/// A year of this century written out ("2026"): what dates an amount.
fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4 && digits.starts_with("20"))
}

/// Whether `word` is one of `JOINING_WORDS`, whatever its case. The joining words are ASCII,
/// and no other letter lowercases to one of theirs, so an ASCII comparison is enough and
/// lowercases nothing.
fn is_joining_word(word: &str) -> bool {
    JOINING_WORDS.iter().any(|j| word.eq_ignore_ascii_case(j))
}

/// Sentences: split after . ! ? and at line ends, trimmed, non-empty.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if c == '\n' || (matches!(c, '.' | '!' | '?') && next_is_space) {
            let end = at + c.len_utf8();
            out.push(text[start..end].trim());
            start = end;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Words: runs of letters, digits, apostrophes and inner hyphens ("e-mail" is one word).
pub(crate) fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Two or more capital letters (digits allowed after the first): RSA, CAF, C2S.
fn is_acronym(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// "RSA (revenu de solidarité active)": the acronym is followed by its meaning in brackets.
fn explained_after(sentence: &str, acronym: &str) -> bool {
    sentence
        .find(acronym)
        .is_some_and(|at| sentence[at + acronym.len()..].trim_start().starts_with('('))
}

/// Whether `word` stands in `haystack` as a whole word (not inside a longer one); with
/// `plural`, also when followed by an "s" ("e-mails"). Shared with the glossary's matching.
pub(crate) fn contains_word(haystack: &str, word: &str, plural: bool) -> bool {
    !word.is_empty()
        && haystack.match_indices(word).any(|(at, _)| {
            let before = haystack[..at].chars().next_back();
            let mut after = haystack[at + word.len()..].chars();
            let next = match after.next() {
                Some('s') if plural => after.next(),
                other => other,
            };
            !before.is_some_and(char::is_alphanumeric) && !next.is_some_and(char::is_alphanumeric)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(text: &str) -> Vec<String> {
        let rules = Rules {
            max_words: 15,
            known_acronyms: vec!["SMS".into()],
            jargon: vec![JargonWord {
                word: "allocataire".into(),
                instead: "la personne qui reçoit l'aide".into(),
            }],
        };
        let mut out = Vec::new();
        lint(
            &rules,
            "m",
            text,
            "f.ftl",
            Position { line: 1, column: 1 },
            &mut out,
        );
        out.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn plain_sentences_pass() {
        assert!(findings("Une personne vous aide. Vous recevez un code par SMS.").is_empty());
        assert!(findings("Le RSA (revenu de solidarité active) aide les personnes.").is_empty());
        assert!(findings("Votre adresse e-mail sert à recevoir des messages.").is_empty());
    }

    #[test]
    fn each_rule_finds_its_problem() {
        assert_eq!(
            findings(
                "Vous devez remplir le formulaire en ligne avant la fin du mois pour que votre demande soit bien prise en compte."
            ),
            vec![
                "`m`: 21 words in « Vous devez remplir le formulaire en ligne avant la fin du mois pour que votre demande soit bien prise en compte. »"
            ]
        );
        assert_eq!(
            findings("Allez à la CAF.")[0],
            "`m`: the acronym CAF is not explained in « Allez à la CAF. »"
        );
        assert_eq!(
            findings("Vous recevez 50 % de l'aide.")[0],
            "`m`: a percentage in « Vous recevez 50 % de l'aide. »"
        );
        assert_eq!(
            findings("Chaque allocataire reçoit un courrier.")[0],
            "`m`: « allocataire » is administrative jargon, in « Chaque allocataire reçoit un courrier. »"
        );
        assert_eq!(
            findings("Vous venez et vous signez, puis vous partez.")[0],
            "`m`: « Vous venez et vous signez, puis vous partez. » may say more than one thing"
        );
    }

    #[test]
    fn whole_words_with_or_without_a_plural() {
        assert!(contains_word("lire vos e-mails ?", "e-mail", true));
        assert!(!contains_word("lire vos e-mails ?", "e-mail", false));
        assert!(contains_word("la caf paie", "caf", false));
        assert!(!contains_word("la cafétéria", "caf", true));
        assert!(!contains_word("un texte", "", true));
    }

    #[test]
    fn sentences_split_on_end_marks_and_lines() {
        assert_eq!(
            sentences("Un. Deux ?\nTrois"),
            vec!["Un.", "Deux ?", "Trois"]
        );
        assert_eq!(
            sentences("impots.gouv reste un mot."),
            vec!["impots.gouv reste un mot."]
        );
    }
}
