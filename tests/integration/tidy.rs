//! House rules, checked on every test run: every source file says what it is for, and the
//! domain modules stay free of UI, devices and files (ARCHITECTURE.md, invariants).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_module_starts_with_a_doc_comment() {
    let missing: Vec<String> = rust_files(&src())
        .into_iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap().starts_with("//!"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "these files do not start with a `//!` comment: {missing:?}"
    );
}

#[test]
fn the_domain_knows_nothing_of_ui_devices_or_files() {
    let domain: Vec<PathBuf> = rust_files(&src().join("content"))
        .into_iter()
        .chain(
            [
                "session.rs",
                "handoff.rs",
                "i18n.rs",
                "stats.rs",
                "diagnostics.rs",
            ]
            .map(|f| src().join(f)),
        )
        .collect();
    let forbidden = [
        "slint",
        "rodio",
        "rusqlite",
        "std::fs",
        "std::net",
        "std::process",
        "crate::ui",
        "crate::app",
        "crate::store",
        "crate::audio",
        "crate::print",
    ];
    let mut found = Vec::new();
    for file in &domain {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                if code.contains(word) {
                    found.push(format!("{}:{}: uses `{word}`", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the domain must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn slint_types_are_named_only_in_the_ui_bridge() {
    // Generated Slint structs (ScreenView, OptionView, …) belong to src/ui.rs; the rest of the
    // code talks in domain types. render.rs and kiosk.rs hold the window, not its structs.
    let generated = [
        "ScreenView",
        "OptionView",
        "ChromeView",
        "IdleView",
        "ScreenKind",
    ];
    let mut found = Vec::new();
    for file in rust_files(&src())
        .into_iter()
        .filter(|f| !f.ends_with("ui.rs"))
    {
        let text = std::fs::read_to_string(&file).unwrap();
        for name in generated {
            if text.contains(name) {
                found.push(format!("{} names `{name}`", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "{found:?}");
}
