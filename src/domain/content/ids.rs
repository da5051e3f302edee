//! The one rule that turns content ids into message ids, so editors never invent ids by hand.
//!
//! Content ids (procedures, nodes, choices, documents, flags) are slugs: lowercase ASCII letters,
//! digits and single hyphens, starting with a letter (`lost-password`). A double hyphen never
//! occurs inside a slug, so it can separate the parts of a message id without ambiguity:
//!
//! | what                         | message id                      | file                          |
//! |------------------------------|---------------------------------|-------------------------------|
//! | procedure name (tile)        | `<procedure>`                   | `locales/<lang>/<procedure>.ftl` |
//! | node text (question, info, outcome title) | `<procedure>--<node>` | same                    |
//! | choice label                 | `<procedure>--<node>--<choice>` | same                          |
//! | document name                | `document--<document>`          | `locales/<lang>/documents.ftl` |
//! | flag label (agent, French)   | `flag--<flag>`                  | `locales/fr/agent.ftl`        |
//! | glossary word                | `term--<term>`                  | `locales/<lang>/glossary.ftl` |
//! | what the word means          | `term--<term>--meaning`         | same                          |
//!
//! A node message may carry a `.detail` attribute: more sentences shown under the main text.
//! The same message ids name the audio clips: `audio/<lang>/<message-id>.ogg` (or `.wav`).

/// The language every other language translates, and the agent's language on the handoff.
pub const REFERENCE_LANGUAGE: &str = "fr";

/// The attribute of a node message that holds its longer explanation.
pub const DETAIL_ATTRIBUTE: &str = "detail";

/// Ids that cannot name a procedure because a locale file of the kiosk already uses the name.
pub const RESERVED_PROCEDURE_IDS: &[&str] =
    &["kiosk", "documents", "agent", "language", "glossary"];

pub fn procedure(procedure: &str) -> String {
    procedure.to_string()
}

pub fn node(procedure: &str, node: &str) -> String {
    format!("{procedure}--{node}")
}

pub fn choice(procedure: &str, node: &str, choice: &str) -> String {
    if choice == super::catalog::DONT_KNOW {
        // One "I don't know" label for the whole kiosk, in kiosk.ftl.
        return "choice-dont-know".to_string();
    }
    format!("{procedure}--{node}--{choice}")
}

pub fn document(document: &str) -> String {
    format!("document--{document}")
}

pub fn term(term: &str) -> String {
    format!("term--{term}")
}

pub fn term_meaning(term: &str) -> String {
    format!("term--{term}--meaning")
}

pub fn flag(flag: &str) -> String {
    format!("flag--{flag}")
}

/// Whether `id` is a valid slug; returns what is wrong with it otherwise.
pub fn check_slug(id: &str) -> Result<(), &'static str> {
    let mut chars = id.chars();
    match chars.next() {
        None => return Err("is empty"),
        Some(c) if !c.is_ascii_lowercase() => return Err("must start with a lowercase letter"),
        _ => {}
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err("may only use lowercase letters a-z, digits and hyphens");
    }
    if id.contains("--") {
        return Err("may not contain two hyphens in a row");
    }
    if id.ends_with('-') {
        return Err("may not end with a hyphen");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_follow_the_rule() {
        assert_eq!(node("cant-log-in", "problem"), "cant-log-in--problem");
        assert_eq!(
            choice("cant-log-in", "problem", "no-email"),
            "cant-log-in--problem--no-email"
        );
        assert_eq!(
            choice("cant-log-in", "problem", "dont-know"),
            "choice-dont-know"
        );
        assert_eq!(document("id-document"), "document--id-document");
    }

    #[test]
    fn slugs_are_checked() {
        assert!(check_slug("lost-password").is_ok());
        assert!(check_slug("a2").is_ok());
        assert!(check_slug("Lost").is_err());
        assert!(check_slug("lost--password").is_err());
        assert!(check_slug("lost_password").is_err());
        assert!(check_slug("lost-").is_err());
        assert!(check_slug("").is_err());
        assert!(check_slug("2fa").is_err());
    }
}
