//! `relais graph`: every node and every answer of the tree appears, in both formats, and the DOT
//! output is accepted by Graphviz itself when it is installed by `make test`.

use crate::common;

use relais::content::NodeKind;

#[test]
fn every_node_and_answer_is_drawn() {
    let catalog = common::shipped_catalog();
    let procedure = catalog.procedure("cant-log-in").unwrap();
    let dot = relais::graph::dot(&catalog, procedure);
    let mermaid = relais::graph::mermaid(&catalog, procedure);
    let answers: usize = procedure
        .nodes()
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Question { choices } => choices.len(),
            NodeKind::Info { .. } => 1,
            NodeKind::Outcome { .. } => 0,
        })
        .sum();
    assert_eq!(dot.matches(" -> ").count(), answers);
    assert_eq!(mermaid.matches(" -->|").count(), answers);
    for node in procedure.nodes() {
        assert!(
            dot.contains(&format!("\"{}\" [label=", node.id)),
            "{} missing from DOT",
            node.id
        );
    }
    assert!(
        dot.contains("\"read-email\" -> \"person\" [label=\"Je ne sais pas\"]"),
        "{dot}"
    );
    assert!(
        mermaid.contains("n_problem -->|\"J'ai oublié mon mot de passe\"| n_which_site"),
        "{mermaid}"
    );
}

#[test]
fn graphviz_accepts_the_dot_output() {
    let catalog = common::shipped_catalog();
    let dot = relais::graph::dot(&catalog, catalog.procedure("cant-log-in").unwrap());
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is installed by `make test` (package graphviz)");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("<svg"));
}
