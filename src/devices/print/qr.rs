//! The QR payload of the agent's part: the case as one short line of text, for the agent's
//! scanner to paste into their own tool. Ids only, never a text, never anything about a person.
//!
//! # Format, version 1
//!
//! ```text
//! RELAIS1;T=042;D=2026-11-23T14:05;L=ar;P=cant-log-in;E=asked-for-person:node:phone;F=no-email,no-phone;A=problem=no-email,phone=none
//! ```
//!
//! - `RELAIS1` names the format and its version. A change that an old reader would misread
//!   gets a new number (`RELAIS2`); new keys may be added to version 1, so readers ignore keys
//!   they do not know.
//! - Then `;`-separated `key=value` fields, always all of them, in this order:
//!
//! | key | value |
//! |-----|-------|
//! | `T` | ticket number of the day, as printed (`042`) |
//! | `D` | local date and time of the visit, `YYYY-MM-DDTHH:MM` |
//! | `L` | the visitor's language code (`fr`, `ar`…): whether an interpreter is needed |
//! | `P` | procedure id, empty when the visitor chose none |
//! | `E` | how the visit ended: `outcome:<node>`, `to-person:<where>` (the tree sent the visitor to a person) or `asked-for-person:<where>` (the visitor asked), where `<where>` is `language`, `procedures` or `node:<node>` |
//! | `F` | flag ids (blocking points), `,`-separated, possibly empty |
//! | `A` | answers in the order given, `,`-separated `<node>=<choice>` pairs, possibly empty |
//!
//! Content ids are slugs (`a-z`, `0-9`, `-`), so none of the separators `;` `,` `=` `:` occurs
//! in a value. Should any other character ever appear, it is written as `%XX` (UTF-8 bytes in
//! upper-case hexadecimal), so the payload is always plain ASCII.

use std::fmt::Write;

use crate::handoff::{Ending, HandoffRecord, StopPoint};

/// The format name and version that starts every payload.
pub const PREFIX: &str = "RELAIS1";

/// The QR text of a handoff (see the module documentation for the format).
pub fn payload(record: &HandoffRecord) -> String {
    let agent = &record.handoff.agent;
    let mut out = String::from(PREFIX);
    let mut field = |key: &str, value: &str| {
        let _ = write!(out, ";{key}={value}");
    };
    field("T", &escape(&record.ticket));
    field("D", &record.created_at.format("%Y-%m-%dT%H:%M").to_string());
    field("L", &escape(&agent.language_code));
    field(
        "P",
        &agent
            .procedure
            .as_ref()
            .map(|p| escape(&p.id))
            .unwrap_or_default(),
    );
    field("E", &ending(&agent.ending));
    let flags: Vec<String> = agent.flags.iter().map(|f| escape(&f.id)).collect();
    field("F", &flags.join(","));
    let answers: Vec<String> = agent
        .answers
        .iter()
        .map(|a| format!("{}={}", escape(&a.node), escape(&a.choice)))
        .collect();
    field("A", &answers.join(","));
    out
}

fn ending(ending: &Ending) -> String {
    let at = |stop: &StopPoint| match stop {
        StopPoint::Language => "language".to_string(),
        StopPoint::Procedures => "procedures".to_string(),
        StopPoint::Node(node) => format!("node:{}", escape(node)),
    };
    match ending {
        Ending::Outcome { node } => format!("outcome:{}", escape(node)),
        Ending::ToPerson { at: stop } => format!("to-person:{}", at(stop)),
        Ending::AskedForPerson { at: stop } => format!("asked-for-person:{}", at(stop)),
    }
}

/// Keeps slug characters (and `.` `_`); writes anything else as `%XX` per UTF-8 byte.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::sample;

    /// Splits a payload back into its fields, as an agent's tool would.
    fn fields(payload: &str) -> Vec<(String, String)> {
        let mut parts = payload.split(';');
        assert_eq!(parts.next(), Some(PREFIX));
        parts
            .map(|part| {
                let (key, value) = part.split_once('=').expect("key=value");
                (key.to_string(), value.to_string())
            })
            .collect()
    }

    #[test]
    fn a_full_case_in_the_documented_order() {
        let record = sample::record(
            "ar",
            Ending::AskedForPerson {
                at: StopPoint::Node("phone".into()),
            },
        );
        assert_eq!(
            payload(&record),
            "RELAIS1;T=042;D=2026-11-23T14:05;L=ar;P=cant-log-in;\
             E=asked-for-person:node:phone;F=no-email,no-phone;A=problem=no-email,phone=none"
        );
        let keys: Vec<String> = fields(&payload(&record))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, ["T", "D", "L", "P", "E", "F", "A"]);
    }

    #[test]
    fn endings_and_empty_fields() {
        let mut record = sample::record(
            "fr",
            Ending::Outcome {
                node: "reset-password".into(),
            },
        );
        record.handoff.agent.flags.clear();
        record.handoff.agent.answers.clear();
        record.handoff.agent.procedure = None;
        let p = payload(&record);
        assert!(p.ends_with(";P=;E=outcome:reset-password;F=;A="), "{p}");

        record.handoff.agent.ending = Ending::ToPerson {
            at: StopPoint::Procedures,
        };
        assert!(payload(&record).contains(";E=to-person:procedures;"));
        record.handoff.agent.ending = Ending::AskedForPerson {
            at: StopPoint::Language,
        };
        assert!(payload(&record).contains(";E=asked-for-person:language;"));
    }

    #[test]
    fn no_text_of_the_case_only_ids_in_plain_ascii() {
        let record = sample::record(
            "ar",
            Ending::Outcome {
                node: "reset-password".into(),
            },
        );
        let p = payload(&record);
        assert!(p.is_ascii());
        let agent = &record.handoff.agent;
        for text in agent
            .answers
            .iter()
            .flat_map(|a| [&a.question, &a.answer])
            .chain(agent.flags.iter().map(|f| &f.text))
        {
            assert!(!p.contains(text.as_str()), "{text} is in {p}");
        }
        assert!(!p.contains(&record.site), "the site is not in the payload");
    }

    #[test]
    fn separators_inside_a_value_are_escaped() {
        assert_eq!(escape("a;b=c,d:é"), "a%3Bb%3Dc%2Cd%3A%C3%A9");
        assert_eq!(escape("no-email"), "no-email");
    }
}
