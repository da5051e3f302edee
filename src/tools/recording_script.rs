//! `relais audio script`: what a voice talent reads aloud, one line per clip, as a page to
//! print (HTML) or a table (CSV, for a spreadsheet or a recording tool): the clip id (the name
//! to give the file), the text to say, and where the visitor meets it.
//!
//! The format follows the output file's extension, so one command and one name make each.

use std::fmt::Write;
use std::path::Path;

use anyhow::{Context, bail};

use crate::content::{Catalog, ids};

/// One line of the script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: String,
    pub text: String,
    /// Where the visitor meets the text, and where the editor finds it.
    pub place: String,
}

/// The script's lines for `texts` (clip id to text), in id order.
pub fn lines(
    catalog: &Catalog,
    lang: &str,
    texts: &std::collections::BTreeMap<String, String>,
) -> Vec<Line> {
    texts
        .iter()
        .map(|(id, text)| Line {
            id: id.clone(),
            text: text.clone(),
            place: place(catalog, lang, id),
        })
        .collect()
}

/// "procedure cant-log-in, screen problem (locales/fr/cant-log-in.ftl:12)": the screen in the
/// visitor's words first, for the voice talent; the file for the editor.
fn place(catalog: &Catalog, lang: &str, clip_id: &str) -> String {
    let (message, attribute) = match clip_id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (clip_id, None),
    };
    let parts: Vec<&str> = message.split("--").collect();
    let screen = match parts.as_slice() {
        [procedure, rest @ ..] if catalog.procedure(procedure).is_some() => match rest {
            [] => format!("procedure {procedure}, its title"),
            [node] => format!("procedure {procedure}, screen {node}"),
            [node, choice, ..] => format!("procedure {procedure}, screen {node}, answer {choice}"),
        },
        ["document", name] => format!("documents, {name}"),
        ["term", name, ..] => format!("glossary, {name}"),
        _ => "kiosk screens".to_string(),
    };
    let detail = match attribute {
        Some(ids::DETAIL_ATTRIBUTE) => ", more detail",
        _ => "",
    };
    let site = catalog
        .texts
        .sites(lang)
        .and_then(|sites| sites.get(message))
        .map(|site| format!(" ({}:{})", site.file, site.position.line))
        .unwrap_or_default();
    format!("{screen}{detail}{site}")
}

/// Writes the script to `out`: HTML for `.html`/`.htm`, CSV for `.csv`.
pub fn write(out: &Path, language_name: &str, lines: &[Line]) -> anyhow::Result<()> {
    let ext = out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let text = match ext.as_deref() {
        Some("html" | "htm") => html(language_name, lines),
        Some("csv") => csv(lines)?,
        _ => bail!(
            "{}: give the script a .html name (a page to print) or a .csv name (a table)",
            out.display()
        ),
    };
    std::fs::write(out, text).with_context(|| format!("{} cannot be written", out.display()))
}

fn csv(lines: &[Line]) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["id", "text", "where"])?;
    for line in lines {
        writer.write_record([&line.id, &line.text, &line.place])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

fn html(language_name: &str, lines: &[Line]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>Recording script: {lang}</title>\n\
         <style>body{{font-family:sans-serif;margin:2em}} td{{padding:.6em;vertical-align:top;border-bottom:1px solid #999}}\
         .text{{font-size:1.4em}} .id{{font-family:monospace}} .where{{color:#555;font-size:.85em}} tr{{page-break-inside:avoid}}</style>\n\
         </head><body>\n<h1>Recording script: {lang}</h1>\n\
         <p>Read each text calmly, as to someone in front of you, with a second of silence before and after. \
         Save each take under its file name (WAV, FLAC or Ogg). {count} text(s).</p>\n<table>\n\
         <tr><th>File name</th><th>Text to say</th><th>Where it appears</th></tr>\n",
        lang = escape(language_name),
        count = lines.len(),
    );
    for line in lines {
        let _ = writeln!(
            out,
            "<tr><td class=\"id\">{}.wav</td><td class=\"text\" dir=\"auto\">{}</td><td class=\"where\">{}</td></tr>",
            escape(&line.id),
            escape(&line.text),
            escape(&line.place)
        );
    }
    out.push_str("</table>\n</body></html>\n");
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
