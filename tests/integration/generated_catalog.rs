//! The generated content of the benchmarks (`benches/support/generated_catalog.rs`) loads
//! without an error or a warning, with the shape it promises: otherwise `make bench` would time
//! the refusal of broken content, or a catalog smaller than it says.

#[path = "../../benches/support/generated_catalog.rs"]
#[allow(dead_code)]
mod generator;

use std::path::Path;

use relais::diagnostics::Severity;

#[test]
fn generated_content_is_valid_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    generator::write(Path::new(env!("CARGO_MANIFEST_DIR")), dir.path(), 3).unwrap();
    let (catalog, diagnostics) = relais::loader::load(dir.path(), None);
    // Information lines (languages not reviewed) are expected; nothing worse.
    let problems: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .map(|d| d.to_string())
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let catalog = catalog.expect("the generated content loads");

    let ids: Vec<&str> = catalog.procedures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["gen-00000", "gen-00001", "gen-00002"]);
    for procedure in &catalog.procedures {
        assert_eq!(procedure.nodes.len(), generator::NODES_PER_PROCEDURE);
    }
    let mut languages: Vec<&str> = catalog.languages.iter().map(|l| l.code.as_str()).collect();
    languages.sort_unstable();
    assert_eq!(languages, ["ar", "en", "fr", "uk"]);
    // Each language has its own text of a question, not the French fallback.
    let question = "gen-00001--q05";
    let texts: Vec<String> = ["fr", "en", "ar", "uk"]
        .iter()
        .map(|lang| catalog.texts.get(lang, question))
        .collect();
    assert!(texts[0].contains("lettre numéro 5"), "{texts:?}");
    assert!(texts[3].contains("лист номер 5"), "{texts:?}");
    let distinct: std::collections::HashSet<&String> = texts.iter().collect();
    assert_eq!(distinct.len(), 4, "{texts:?}");
}
