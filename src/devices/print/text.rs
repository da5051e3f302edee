//! The plain-text rendering of a handoff: the agent's part in French, then the visitor's part in
//! their language, wrapped to the receipt's width. Used by the spool backend and shown by
//! `relais simulate`.

use super::layout;
use crate::handoff::HandoffRecord;

/// Renders a handoff as text lines of at most `columns` characters.
pub fn render(record: &HandoffRecord, columns: usize) -> String {
    let mut blocks = layout::agent(record, true);
    blocks.extend(layout::visitor(record, &record.handoff.visitor));
    let mut text = String::new();
    for line in blocks.iter().flat_map(|block| block.lines(columns)) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}
