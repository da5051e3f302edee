//! `relais graph`: a procedure's tree as Graphviz DOT or Mermaid, for review with colleagues.
//!
//! Nodes show their French text, edges their answer; outcomes are boxes, questions ellipses,
//! information screens notes, and the way out to a person a double circle. Pure text output.

use std::fmt::Write;

use crate::content::{Catalog, Next, NodeKind, Procedure, ids};

pub fn dot(catalog: &Catalog, procedure: &Procedure) -> String {
    let t = |id: &str| catalog.texts.get(catalog.reference_language(), id);
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", procedure.id);
    let _ = writeln!(
        out,
        "  rankdir=TB;\n  node [fontname=\"DejaVu Sans\"];\n  edge [fontname=\"DejaVu Sans\"];"
    );
    let _ = writeln!(
        out,
        "  person [label=\"{}\", shape=doublecircle];",
        escape(&t("button-talk"))
    );
    for node in procedure.nodes() {
        let shape = match node.kind {
            NodeKind::Question { .. } => "ellipse",
            NodeKind::Info { .. } => "note",
            NodeKind::Outcome { .. } => "box",
        };
        let label = format!(
            "{}\\n[{}]",
            escape(&t(&ids::node(&procedure.id, &node.id))),
            node.id
        );
        let _ = writeln!(out, "  \"{}\" [label=\"{label}\", shape={shape}];", node.id);
    }
    for (from, label, to) in edges(catalog, procedure) {
        let _ = writeln!(
            out,
            "  \"{from}\" -> \"{to}\" [label=\"{}\"];",
            escape(&label)
        );
    }
    out.push_str("}\n");
    out
}

pub fn mermaid(catalog: &Catalog, procedure: &Procedure) -> String {
    let t = |id: &str| catalog.texts.get(catalog.reference_language(), id);
    let mut out = String::from("flowchart TD\n");
    let _ = writeln!(out, "  person((\"{}\"))", mermaid_text(&t("button-talk")));
    for node in procedure.nodes() {
        let text = mermaid_text(&t(&ids::node(&procedure.id, &node.id)));
        let id = mermaid_id(&node.id);
        let _ = match node.kind {
            NodeKind::Question { .. } => writeln!(out, "  {id}{{\"{text}\"}}"),
            NodeKind::Info { .. } => writeln!(out, "  {id}>\"{text}\"]"),
            NodeKind::Outcome { .. } => writeln!(out, "  {id}[\"{text}\"]"),
        };
    }
    for (from, label, to) in edges(catalog, procedure) {
        let _ = writeln!(
            out,
            "  {} -->|\"{}\"| {}",
            mermaid_id(&from),
            mermaid_text(&label),
            mermaid_id(&to)
        );
    }
    out
}

/// (from node, answer text, to node or "person"), in file order.
fn edges(catalog: &Catalog, procedure: &Procedure) -> Vec<(String, String, String)> {
    let t = |id: &str| catalog.texts.get(catalog.reference_language(), id);
    let target = |next: &Next| match next {
        Next::Node(node) => node.clone(),
        Next::Person => "person".to_string(),
    };
    let mut edges = Vec::new();
    for node in procedure.nodes() {
        match &node.kind {
            NodeKind::Question { choices } => {
                for choice in choices {
                    let label = t(&ids::choice(&procedure.id, &node.id, &choice.id));
                    edges.push((node.id.clone(), label, target(&choice.next)));
                }
            }
            NodeKind::Info { next } => {
                edges.push((node.id.clone(), t("button-continue"), target(next)))
            }
            NodeKind::Outcome { .. } => {}
        }
    }
    edges
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Mermaid node ids: hyphens are fine but a leading keyword is not; prefix them all.
fn mermaid_id(id: &str) -> String {
    if id == "person" {
        id.to_string()
    } else {
        format!("n_{}", id.replace('-', "_"))
    }
}

/// Mermaid labels in quotes cannot contain quotes; use the typographic ones.
fn mermaid_text(text: &str) -> String {
    text.replace('"', "”")
}
