//! The plain-text rendering of a handoff: the agent's part in French, then the visitor's part in
//! their language, wrapped to the receipt's width. Used by the spool backend and shown by
//! `relais simulate`.

use std::fmt::Write;

use crate::handoff::{Ending, HandoffRecord, Labelled};

/// Renders a handoff as text lines of at most `columns` characters.
pub fn render(record: &HandoffRecord, columns: usize) -> String {
    let mut out = Lines::new(columns);
    let agent = &record.handoff.agent;
    let l = &agent.labels;

    out.rule('=');
    out.line(&l.heading);
    out.field(&l.ticket, &record.ticket);
    out.field(
        &l.date,
        &record.created_at.format("%d/%m/%Y %H:%M").to_string(),
    );
    out.field(&l.site, &record.site);
    let mut language = format!(
        "{} ({})",
        agent.language_french_name, agent.language_own_name
    );
    if agent.language_code != "fr" {
        let _ = write!(language, " — {}", l.interpreter);
    }
    out.field(&l.language, &language);
    match &agent.procedure {
        Some(p) => {
            out.field(&l.procedure, &p.title);
            for source in &p.sources {
                let fiche = source
                    .fiche
                    .as_deref()
                    .map(|f| format!(" ({f})"))
                    .unwrap_or_default();
                out.field(
                    &l.reference,
                    &format!("{}{fiche} {}", source.title, source.url),
                );
            }
        }
        None => out.line(&l.no_procedure),
    }
    match &agent.ending {
        Ending::AskedForPerson { .. } => out.line(&l.ending_person),
        Ending::ToPerson { .. } => out.line(&l.ending_dont_know),
        Ending::Outcome { .. } => {}
    }
    if let Some(stopped) = &agent.stopped_at {
        out.field(&l.stopped_at, stopped);
    }
    if !agent.answers.is_empty() {
        out.line(&format!("{} :", l.answers));
        for answer in &agent.answers {
            out.item(&format!("{} → {}", answer.question, answer.answer));
        }
    }
    out.list(&l.flags, &agent.flags, &l.none);
    out.list(&l.documents_has, &agent.documents_has, &l.none);
    out.list(&l.documents_missing, &agent.documents_missing, &l.none);
    if let Some(action) = &agent.next_action {
        out.field(&l.action, action);
    }

    let visitor = &record.handoff.visitor;
    out.rule('-');
    out.line(&visitor.heading);
    out.line(&visitor.number_label);
    out.line(&format!("    {}", record.ticket));
    if let Some(procedure) = &visitor.procedure {
        out.line(procedure);
    }
    // The visitor's part puts each heading on its own line: no colon, whose spacing differs
    // from one language to another.
    if !visitor.bring.is_empty() {
        out.line(&visitor.bring_label);
        for document in &visitor.bring {
            out.item(document);
        }
    }
    out.line(&visitor.where_label);
    out.wrapped(&visitor.where_text, "  ", "  ");
    if let Some(link) = &visitor.link {
        out.line(&visitor.link_label);
        out.wrapped(link, "  ", "  ");
    }
    out.line(&record.created_at.format("%d/%m/%Y").to_string());
    out.line(&visitor.guidance);
    out.rule('=');
    out.text
}

/// A small writer that wraps every line to the paper width.
struct Lines {
    columns: usize,
    text: String,
}

impl Lines {
    fn new(columns: usize) -> Self {
        Lines {
            columns,
            text: String::new(),
        }
    }

    fn rule(&mut self, c: char) {
        self.text.extend(std::iter::repeat_n(c, self.columns));
        self.text.push('\n');
    }

    fn wrapped(&mut self, text: &str, first_indent: &str, indent: &str) {
        // No hyphenation: "peut-être" must not be cut at its hyphen.
        let options = textwrap::Options::new(self.columns)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .initial_indent(first_indent)
            .subsequent_indent(indent);
        for line in textwrap::wrap(text, options) {
            self.text.push_str(&line);
            self.text.push('\n');
        }
    }

    fn line(&mut self, text: &str) {
        self.wrapped(text, "", "");
    }

    fn field(&mut self, label: &str, value: &str) {
        self.wrapped(&format!("{label} : {value}"), "", "  ");
    }

    fn item(&mut self, text: &str) {
        self.wrapped(text, "- ", "  ");
    }

    fn list(&mut self, label: &str, items: &[Labelled], none: &str) {
        if items.is_empty() {
            self.field(label, none);
        } else {
            self.line(&format!("{label} :"));
            for item in items {
                self.item(&item.text);
            }
        }
    }
}
