//! Problems found in content, locales, audio or configuration, as an editor reads them.
//!
//! Every problem carries the file, line and column it points at, a message that says what is
//! wrong, and a hint that says what to do. Problems are collected, never thrown: one run of
//! `relais check` reports all of them. This module only describes and formats problems; it does
//! not read files.

use std::fmt;
use std::ops::Range;

use codespan_reporting::diagnostic::Label;
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;

/// How bad a problem is. Errors stop the content from loading; warnings do not.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn is_error(self) -> bool {
        self == Severity::Error
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A position in a source file, 1-based as editors show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// One problem, located.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path as the editor knows it, relative to the content root when possible.
    pub file: String,
    pub position: Position,
    pub message: String,
    /// What to do about it, in one sentence. Empty when there is nothing useful to add.
    pub hint: String,
    /// The bytes of the file the problem is about, when known: underlined in the snippet.
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    pub fn error(file: &str, position: Position, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, position, message)
    }

    pub fn warning(file: &str, position: Position, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file, position, message)
    }

    pub fn info(file: &str, position: Position, message: impl Into<String>) -> Self {
        Self::new(Severity::Info, file, position, message)
    }

    fn new(severity: Severity, file: &str, position: Position, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            file: file.to_string(),
            position,
            message: message.into(),
            hint: String::new(),
            span: None,
        }
    }

    pub fn with_span(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    /// The message, its hint, then the source line with the problem underlined (when the
    /// file's text and the span are known). The snippet is drawn by codespan-reporting.
    pub fn render(&self, source: Option<&str>) -> String {
        let mut out = self.to_string();
        if let (Some(text), Some(span)) = (source, &self.span) {
            let snippet = snippet(&self.file, text, span.clone());
            if !snippet.is_empty() {
                out.push('\n');
                out.push_str(snippet.trim_end());
            }
        }
        out
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    /// The JSON form used by `relais check --format json`, one object per problem.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "severity": self.severity.as_str(),
            "file": self.file,
            "line": self.position.line,
            "column": self.position.column,
            "message": self.message,
            "hint": self.hint,
        })
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:col: severity: message`, then the hint on its own indented line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file,
            self.position.line,
            self.position.column,
            self.severity.as_str(),
            self.message
        )?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
    }
}

/// The lines of `text` around `span`, with carets under it, as codespan-reporting draws them.
/// Its heading (message and location) is left out: our first line already says both, in the
/// `file:line:col: message` form that editors and scripts read.
fn snippet(file: &str, text: &str, span: Range<usize>) -> String {
    let end = span.end.max(span.start + 1).min(text.len());
    let start = span.start.min(end);
    let files = SimpleFile::new(file, text);
    let diagnostic = codespan_reporting::diagnostic::Diagnostic::error()
        .with_labels(vec![Label::primary((), start..end)]);
    let config = term::Config::default();
    let Ok(rendered) = term::emit_into_string(&config, &files, &diagnostic) else {
        return String::new();
    };
    rendered
        .lines()
        .skip_while(|line| !line.contains("┌─"))
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Turns byte offsets of one file into line and column numbers.
pub struct LineIndex {
    line_starts: Vec<usize>,
    text_len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            line_starts,
            text_len: text.len(),
        }
    }

    /// Line and column (in characters, not bytes) of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(self.text_len);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(exact) => exact,
            Err(next) => next - 1,
        };
        let start = self.line_starts[line];
        let column = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        Position {
            line: line + 1,
            column: column + 1,
        }
    }
}

/// Sorts problems as an editor reads them: by file, then line, then column (a stable sort, so
/// problems at one place keep the order they were found in). `relais check` and the preview's
/// list both show them in this order.
pub fn sort_by_place(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.position.line, a.position.column).cmp(&(
            &b.file,
            b.position.line,
            b.position.column,
        ))
    });
}

/// Counts of a batch of problems, for the closing line of `relais check`.
pub fn summary(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    (errors, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "ab\nçé = 1\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(index.position(text, 3), Position { line: 2, column: 1 });
        // "çé" is 4 bytes but 2 characters: the space after it is column 3.
        assert_eq!(index.position(text, 7), Position { line: 2, column: 3 });
    }

    #[test]
    fn display_puts_the_hint_on_its_own_line() {
        let d = Diagnostic::error("content/x.toml", Position { line: 3, column: 9 }, "boom")
            .with_hint("do this");
        assert_eq!(
            d.to_string(),
            "content/x.toml:3:9: error: boom\n  hint: do this"
        );
    }
}
