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
        assert_eq!(procedure.nodes().len(), generator::NODES_PER_PROCEDURE);
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

/// The load runs on every core (languages and batches of procedure files on separate threads):
/// the report must not depend on which thread finished first. A catalog large enough to be cut
/// into many batches, broken in several files and languages, is loaded twice and must give the
/// same diagnostics, in the order of the files.
#[test]
fn a_broken_catalog_is_reported_the_same_way_on_every_load() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    generator::write(Path::new(env!("CARGO_MANIFEST_DIR")), root, 80).unwrap();
    let procedure =
        |index: usize| root.join(format!("content/{}.toml", generator::procedure_id(index)));
    let texts = |lang: &str, index: usize| {
        root.join(format!(
            "locales/{lang}/{}.ftl",
            generator::procedure_id(index)
        ))
    };
    // A TOML syntax error early and late in the list of files.
    for index in [3, 71] {
        std::fs::write(procedure(index), "category = \n").unwrap();
    }
    // A Fluent syntax error in English, an unused French message, a missing Ukrainian text.
    let append = |path: std::path::PathBuf, line: &str| {
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}{line}")).unwrap();
    };
    append(texts("en", 10), "broken-line-without-equals\n");
    append(texts("fr", 40), "gen-00040--nowhere = Texte inutile.\n");
    let uk = std::fs::read_to_string(texts("uk", 55)).unwrap();
    let uk: String = uk.lines().skip(1).map(|l| format!("{l}\n")).collect();
    std::fs::write(texts("uk", 55), uk).unwrap();

    let report = || -> Vec<String> {
        let (catalog, diagnostics) = relais::loader::load(root, None);
        assert!(catalog.is_none(), "the errors refuse the catalog");
        diagnostics.iter().map(|d| d.to_string()).collect()
    };
    let first = report();
    assert_eq!(first, report());

    let position = |needle: &str| {
        first
            .iter()
            .position(|d| d.contains(needle))
            .unwrap_or_else(|| panic!("no diagnostic about {needle}:\n{}", first.join("\n")))
    };
    let order = [
        "locales/en/gen-00010.ftl",
        "content/gen-00003.toml",
        "content/gen-00071.toml",
        "`gen-00040--nowhere` is not used",
        "locales/uk/gen-00055.ftl",
    ];
    let positions: Vec<usize> = order.iter().map(|needle| position(needle)).collect();
    assert!(
        positions.is_sorted(),
        "{positions:?}:\n{}",
        first.join("\n")
    );
}
