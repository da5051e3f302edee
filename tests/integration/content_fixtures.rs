//! One broken content case per kind of mistake (tests/fixtures/broken/*), and the exact words
//! `relais check` says about each: file, line, column, message and hint. See
//! tests/fixtures/README.md; `RELAIS_BLESS=1` rewrites the expected files after a deliberate change.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use relais::diagnostics::Severity;

pub(crate) fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Files under `dir`, by path relative to it.
fn files(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), text);
            }
        }
    }
    out
}

/// The kiosk's own texts from the shipped locales, the base fixture, then the case on top.
pub(crate) fn materialise(case: Option<&Path>, into: &Path) {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut tree: BTreeMap<PathBuf, String> = BTreeMap::new();
    for (lang, names) in [
        (
            "fr",
            &[
                "language.toml",
                "kiosk.ftl",
                "agent.ftl",
                "plain-language.toml",
            ][..],
        ),
        ("en", &["language.toml", "kiosk.ftl"][..]),
    ] {
        for name in names {
            let path = PathBuf::from("locales").join(lang).join(name);
            tree.insert(
                path,
                std::fs::read_to_string(shipped.join(lang).join(name)).unwrap(),
            );
        }
    }
    tree.extend(files(&fixtures().join("base")));
    for (path, text) in case.map(files).unwrap_or_default() {
        if path == Path::new("expected.txt") {
            continue;
        }
        match path.to_str().unwrap().strip_suffix(".delete") {
            Some(deleted) => {
                tree.remove(Path::new(deleted));
            }
            None => {
                tree.insert(path, text);
            }
        }
    }
    for (path, text) in tree {
        let target = into.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        // `name.symlink` holding a target becomes a symbolic link `name` to it (git would keep
        // a link, but not every checkout makes one).
        if let Some(link) = target.to_str().unwrap().strip_suffix(".symlink") {
            #[cfg(unix)]
            std::os::unix::fs::symlink(text.trim(), link).unwrap();
            continue;
        }
        std::fs::write(target, text).unwrap();
    }
}

/// What `relais check` prints for the content under `root`, without information lines, on a
/// fixed date so that "checked N days ago" does not change from one day to the next.
fn check(root: &Path) -> String {
    let mut diagnostics = Vec::new();
    let sources = relais::loader::read_sources(root, None, &mut diagnostics);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let (_, found) = relais::content::build(&sources, today);
    diagnostics.extend(found);
    diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .map(|d| format!("{d}\n"))
        .collect()
}

#[test]
fn the_base_fixture_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    materialise(None, dir.path());
    assert_eq!(check(dir.path()), "");
}

#[test]
fn every_broken_case_says_exactly_what_is_expected() {
    let bless = std::env::var_os("RELAIS_BLESS").is_some();
    let mut failures = Vec::new();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures().join("broken"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 25, "one case per kind of mistake");
    for case in &cases {
        let dir = tempfile::tempdir().unwrap();
        materialise(Some(case), dir.path());
        let found = check(dir.path());
        let expected_path = case.join("expected.txt");
        if bless {
            std::fs::write(&expected_path, &found).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if found.is_empty() {
            failures.push(format!("{}: the mistake went unnoticed", case.display()));
        } else if found != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- found\n{found}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn warnings_do_not_stop_the_content_from_loading() {
    let dir = tempfile::tempdir().unwrap();
    materialise(Some(&fixtures().join("broken/stale-source")), dir.path());
    let mut diagnostics = Vec::new();
    let sources = relais::loader::read_sources(dir.path(), None, &mut diagnostics);
    let (catalog, found) =
        relais::content::build(&sources, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    assert!(found.iter().any(|d| d.severity == Severity::Warning));
    assert!(catalog.is_some(), "a warning does not stop the content");

    materialise(Some(&fixtures().join("broken/dangling-next")), dir.path());
    let sources = relais::loader::read_sources(dir.path(), None, &mut diagnostics);
    let (catalog, _) =
        relais::content::build(&sources, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    assert!(catalog.is_none(), "an error does");
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_file_is_accepted() {
    // tests/fixtures/byte-order-mark: base's p.toml and fr/p.ftl, each starting with U+FEFF,
    // as some Windows editors save them.
    let case = fixtures().join("byte-order-mark");
    for file in ["content/p.toml", "locales/fr/p.ftl"] {
        let text = std::fs::read_to_string(case.join(file)).unwrap();
        assert!(text.starts_with('\u{feff}'), "{file} keeps its mark");
    }
    let dir = tempfile::tempdir().unwrap();
    materialise(Some(&case), dir.path());
    assert_eq!(check(dir.path()), "");
}

/// docs/content-format.md, "Every message, with an example", quotes every case exactly as
/// `relais check` says it, so that editors read the messages they will get.
#[test]
fn the_guide_quotes_every_case_as_it_is() {
    let guide = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/content-format.md"),
    )
    .unwrap();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(fixtures().join("broken")).unwrap() {
        let case = entry.unwrap().path();
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap_or_default();
        let indented: Vec<String> = expected.lines().map(|l| format!("  {l}")).collect();
        let quote = format!("- **{name}**\n  ```\n{}\n  ```\n", indented.join("\n"));
        if !guide.contains(&quote) {
            missing.push(name);
        }
    }
    missing.sort();
    assert!(
        missing.is_empty(),
        "docs/content-format.md does not quote these cases as they are: {missing:?}"
    );
}
