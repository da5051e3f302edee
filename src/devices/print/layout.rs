//! The layout of a handoff as a list of blocks (headings, fields, list items, the ticket number,
//! QR codes), shared by every renderer so that the text file and the printed slip say the same
//! thing in the same order. Renderers only decide how each kind of block looks.

use std::fmt::Write;

use super::qr;
use crate::handoff::{
    AgentLabels, Ending, HandoffRecord, Labelled, ProcedureLine, SourceLine, VisitorPart,
};

/// One piece of the slip. Texts are whole; renderers wrap them to the paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A line across the paper, made of this character.
    Rule(char),
    /// A heading: one line of its own, bold where the printer can.
    Heading(String),
    /// A line of text.
    Line(String),
    /// `label : value`, later lines indented.
    Field(String, String),
    /// A list item: `- text`, later lines indented.
    Item(String),
    /// A point under the line before: `  • text`, later lines indented further.
    Bullet(String),
    /// Text indented under the line before.
    Indented(String),
    /// The ticket number, in large digits where the printer can.
    Ticket(String),
    /// A QR code carrying this text. The text renderer leaves it out (the same facts are
    /// written out in full around it).
    Qr(String),
}

impl Block {
    /// The block as text lines of at most `columns` characters (none for a QR code).
    pub fn lines(&self, columns: usize) -> Vec<String> {
        match self {
            Block::Rule(c) => vec![std::iter::repeat_n(*c, columns).collect()],
            Block::Heading(text) | Block::Line(text) => wrap(text, columns, "", ""),
            Block::Field(label, value) => wrap(&format!("{label} : {value}"), columns, "", "  "),
            Block::Item(text) => wrap(text, columns, "- ", "  "),
            Block::Bullet(text) => wrap(text, columns, "  • ", "    "),
            Block::Indented(text) => wrap(text, columns, "  ", "  "),
            Block::Ticket(ticket) => vec![format!("    {ticket}")],
            Block::Qr(_) => Vec::new(),
        }
    }

    /// The same block with `f` applied to each of its texts (QR data is left as it is).
    pub fn map_text(&self, f: impl Fn(&str) -> String) -> Block {
        match self {
            Block::Rule(c) => Block::Rule(*c),
            Block::Heading(t) => Block::Heading(f(t)),
            Block::Line(t) => Block::Line(f(t)),
            Block::Field(label, value) => Block::Field(f(label), f(value)),
            Block::Item(t) => Block::Item(f(t)),
            Block::Bullet(t) => Block::Bullet(f(t)),
            Block::Indented(t) => Block::Indented(f(t)),
            Block::Ticket(t) => Block::Ticket(f(t)),
            Block::Qr(data) => Block::Qr(data.clone()),
        }
    }

    /// Every text the block prints, for checks of what a printer can encode. A QR code's data
    /// is not printed as text: it gives none.
    pub fn text(&self) -> String {
        match self {
            Block::Rule(c) => c.to_string(),
            Block::Heading(t)
            | Block::Line(t)
            | Block::Item(t)
            | Block::Bullet(t)
            | Block::Indented(t)
            | Block::Ticket(t) => t.clone(),
            Block::Field(label, value) => format!("{label} : {value}"),
            Block::Qr(_) => String::new(),
        }
    }
}

/// Wraps a text to `columns`, without hyphenation ("peut-être" must not be cut at its hyphen),
/// and never before French high punctuation or after an opening guillemet: the spaces French
/// puts there become no-break spaces, so no line starts with ":" or "»".
fn wrap(text: &str, columns: usize, first_indent: &str, indent: &str) -> Vec<String> {
    let text = keep_french_punctuation_attached(text);
    let options = textwrap::Options::new(columns)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .initial_indent(first_indent)
        .subsequent_indent(indent);
    textwrap::wrap(&text, options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

fn keep_french_punctuation_attached(text: &str) -> String {
    const NBSP: char = '\u{a0}';
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let before_high_punctuation = matches!(next, Some(':' | ';' | '?' | '!' | '»'));
        let after_opening_guillemet = previous == Some('«');
        if c == ' ' && (before_high_punctuation || after_opening_guillemet) {
            out.push(NBSP);
        } else {
            out.push(c);
        }
    }
    out
}

/// The agent's part, in French. `own_language_name`: whether to add the language's own name
/// after its French name (a printer that cannot encode "العربية" leaves it out).
pub fn agent(record: &HandoffRecord, own_language_name: bool) -> Vec<Block> {
    let agent = &record.handoff.agent;
    let l = &agent.labels;
    let mut out = vec![Block::Rule('='), Block::Heading(l.heading.clone())];
    let field = |label: &str, value: String| Block::Field(label.to_string(), value);

    out.push(field(&l.ticket, record.ticket.clone()));
    out.push(field(
        &l.date,
        record.created_at.format("%d/%m/%Y %H:%M").to_string(),
    ));
    out.push(field(&l.site, record.site.clone()));
    let mut language = agent.language_french_name.clone();
    if own_language_name {
        let _ = write!(language, " ({})", agent.language_own_name);
    }
    if agent.language_code != "fr" {
        let _ = write!(language, " — {}", l.interpreter);
    }
    out.push(field(&l.language, language));
    if agent.translation_unreviewed && !l.translation_unreviewed.is_empty() {
        out.push(Block::Line(format!(
            "{} ({})",
            l.translation_unreviewed, agent.language_french_name
        )));
    }
    match &agent.procedure {
        Some(p) => out.push(field(&l.procedure, p.title.clone())),
        None => out.push(Block::Line(l.no_procedure.clone())),
    }
    // What to do comes first: the agent reads it before anything else.
    if let Some(action) = &agent.next_action {
        out.push(field(&l.action, action.clone()));
        out.extend(agent.next_points.iter().cloned().map(Block::Bullet));
    }
    match &agent.ending {
        Ending::AskedForPerson { .. } => out.push(Block::Line(l.ending_person.clone())),
        Ending::ToPerson { .. } => out.push(Block::Line(l.ending_dont_know.clone())),
        Ending::Outcome { .. } => {}
    }
    if let Some(stopped) = &agent.stopped_at {
        out.push(field(&l.stopped_at, stopped.clone()));
    }
    if !agent.answers.is_empty() {
        out.push(Block::Line(format!("{} :", l.answers)));
        for answer in &agent.answers {
            out.push(Block::Item(format!(
                "{} → {}",
                answer.question, answer.answer
            )));
        }
    }
    list(&mut out, &l.flags, &agent.flags, &l.none);
    list(&mut out, &l.documents_has, &agent.documents_has, &l.none);
    list(
        &mut out,
        &l.documents_missing,
        &agent.documents_missing,
        &l.none,
    );
    if let Some(p) = &agent.procedure {
        provenance(&mut out, p, l);
    }
    out.push(Block::Qr(qr::payload(record)));
    out
}

/// When the procedure was checked, and its sources: the main one with its address (the only
/// address printed: an agent types one, not five), the others by fiche number or title.
fn provenance(out: &mut Vec<Block>, p: &ProcedureLine, l: &AgentLabels) {
    if !l.checked_on.is_empty() {
        out.push(Block::Line(format!(
            "{} {}",
            l.checked_on,
            p.checked_on.format("%d/%m/%Y")
        )));
    }
    let Some((main, others)) = p.sources.split_first() else {
        return;
    };
    let name = |s: &SourceLine| s.fiche.clone().unwrap_or_else(|| s.title.clone());
    match &main.fiche {
        // A handoff stored before the "Fiche" label printed the source's title instead.
        Some(fiche) if !l.fiche.is_empty() => {
            out.push(Block::Field(
                format!("{} {fiche}", l.fiche),
                main.url.clone(),
            ));
        }
        _ => out.push(Block::Field(main.title.clone(), main.url.clone())),
    }
    if !others.is_empty() {
        let names: Vec<String> = others.iter().map(name).collect();
        let label = if l.see_also.is_empty() {
            &l.reference
        } else {
            &l.see_also
        };
        out.push(Block::Field(label.clone(), names.join(", ")));
    }
}

/// The visitor's part, from `visitor` (the handoff's own, or its French copy).
pub fn visitor(record: &HandoffRecord, visitor: &VisitorPart) -> Vec<Block> {
    let mut out = vec![
        Block::Rule('-'),
        Block::Heading(visitor.heading.clone()),
        Block::Line(visitor.number_label.clone()),
        Block::Ticket(record.ticket.clone()),
    ];
    if let Some(procedure) = &visitor.procedure {
        out.push(Block::Line(procedure.clone()));
    }
    // The visitor's part puts each heading on its own line: no colon, whose spacing differs
    // from one language to another.
    if !visitor.bring.is_empty() {
        out.push(Block::Line(visitor.bring_label.clone()));
        out.extend(visitor.bring.iter().cloned().map(Block::Item));
    }
    out.push(Block::Line(visitor.where_label.clone()));
    out.push(Block::Indented(visitor.where_text.clone()));
    if let Some(link) = &visitor.link {
        out.push(Block::Line(visitor.link_label.clone()));
        out.push(Block::Indented(link.clone()));
        out.push(Block::Qr(link.clone()));
    }
    out.push(Block::Line(
        record.created_at.format("%d/%m/%Y").to_string(),
    ));
    out.push(Block::Line(visitor.guidance.clone()));
    if let Some(note) = &visitor.translation_note {
        out.push(Block::Line(note.clone()));
    }
    out.push(Block::Rule('='));
    out
}

fn list(out: &mut Vec<Block>, label: &str, items: &[Labelled], none: &str) {
    if items.is_empty() {
        out.push(Block::Field(label.to_string(), none.to_string()));
    } else {
        out.push(Block::Line(format!("{label} :")));
        out.extend(items.iter().map(|item| Block::Item(item.text.clone())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A handoff stored before the check date, the points and the translation note existed
    /// (its JSON without them) still reads back and prints: no line with an empty label.
    #[test]
    fn a_handoff_stored_before_provenance_still_prints() {
        let record = crate::print::sample::record(
            "ar",
            Ending::Outcome {
                node: "reset-password".into(),
            },
        );
        let mut json = serde_json::to_value(&record).unwrap();
        let stored_agent = json["handoff"]["agent"].as_object_mut().unwrap();
        for key in ["next_points", "translation_unreviewed"] {
            assert!(stored_agent.remove(key).is_some(), "{key} is stored today");
        }
        let labels = stored_agent["labels"].as_object_mut().unwrap();
        for key in ["checked_on", "fiche", "see_also", "translation_unreviewed"] {
            assert!(labels.remove(key).is_some(), "{key} is stored today");
        }
        let stored_visitor = json["handoff"]["visitor"].as_object_mut().unwrap();
        assert!(stored_visitor.remove("translation_note").is_some());
        let old: HandoffRecord = serde_json::from_value(json).expect("an old row reads back");

        let text: Vec<String> = agent(&old, true)
            .iter()
            .chain(&visitor(&old, &old.handoff.visitor))
            .flat_map(|b| b.lines(48))
            .collect();
        let text = text.join("\n").replace('\u{a0}', " ");
        assert!(!text.contains("Procédure vérifiée"), "{text}");
        assert!(!text.contains("Traduction automatique"), "{text}");
        assert!(
            text.contains("Mot de passe oublié :"),
            "the main source by its title: {text}"
        );
        assert!(
            text.contains("Référence : F00001, Aide du site (exemple)"),
            "{text}"
        );
        assert!(
            !text.lines().any(|l| l.trim_start().starts_with(':')),
            "{text}"
        );
    }

    #[test]
    fn french_punctuation_never_starts_a_line() {
        let text = "Rétablir d'abord l'accès au compte Caf : « mot de passe oublié », puis « Demander le RSA » ?";
        for columns in 10..48 {
            for line in wrap(text, columns, "", "  ") {
                let start = line.trim_start().chars().next();
                assert!(
                    !matches!(start, Some(':' | '»' | '?')),
                    "{columns}: {line:?}"
                );
                assert!(!line.trim_end().ends_with('«'), "{columns}: {line:?}");
            }
        }
    }
}
