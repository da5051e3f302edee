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
    // Every file of the domain's folder, and the folder's own module file: a file added there
    // is checked without being listed.
    let domain: Vec<PathBuf> = rust_files(&src().join("domain"))
        .into_iter()
        .chain([src().join("domain.rs")])
        .collect();
    assert!(domain.len() > 20, "the domain's files were not found");
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
        // A file's own unit tests, at its end, may read the shipped files they check.
        let production = text.lines().take_while(|l| l.trim() != "#[cfg(test)]");
        for (n, line) in production.enumerate() {
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
    // Generated Slint structs (ScreenView, OptionView, …) belong to src/kiosk/ui.rs; the rest of
    // the code talks in domain types. render.rs and window.rs hold the window, not its structs.
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
        .filter(|f| !f.ends_with("kiosk/ui.rs"))
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

/// String literals of the code that are not messages although they begin like the kiosk's
/// message ids (names of statistics, commands and screens). Anything else in the code that
/// begins like a message id must be one.
const NOT_MESSAGES: &[&str] = &[
    // Keys of the content files.
    "agent-points",
    // The start of a site's place's message id (`places::message_id`), not a message.
    "place--",
    // Kinds of anonymous statistics (`stats.rs`).
    "language-chosen",
    "procedure-chosen",
    "idle-wipe",
    // Names of storyboard pictures, of the admin PIN's file and of the ticket screen's pictogram.
    "ticket-from-printer",
    "admin-pin",
    "admin-panel",
    "idle-warning",
    "ticket-not-printed",
];

#[test]
fn every_message_id_written_in_the_code_is_a_french_text() {
    use relais::i18n::{AGENT_MESSAGES, KIOSK_MESSAGES};
    // A message id of the kiosk's own begins with one of the words its listed ids begin with
    // (`button-`, `handoff-`, `admin-`…).
    let listed: Vec<&str> = KIOSK_MESSAGES
        .iter()
        .chain(AGENT_MESSAGES)
        .copied()
        .collect();
    let prefixes: std::collections::BTreeSet<String> = listed
        .iter()
        .filter_map(|id| id.split_once('-').map(|(first, _)| format!("{first}-")))
        .collect();
    let french: String = ["kiosk.ftl", "agent.ftl"]
        .iter()
        .map(|f| std::fs::read_to_string(src().join("../locales/fr").join(f)).unwrap_or_default())
        .collect();
    let defined = |id: &str| french.lines().any(|l| l.starts_with(&format!("{id} =")));
    let mut problems = Vec::new();
    let mut seen = 0;
    for file in rust_files(&src()) {
        let code = std::fs::read_to_string(&file).unwrap();
        for (number, line) in code.lines().enumerate() {
            // Every other piece between double quotes is a literal (message ids hold none).
            for literal in line.split('"').skip(1).step_by(2) {
                let slug = !literal.is_empty()
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if !slug
                    || !prefixes.iter().any(|p| literal.starts_with(p.as_str()))
                    || NOT_MESSAGES.contains(&literal)
                {
                    continue;
                }
                seen += 1;
                let place = format!("{}:{}", file.display(), number + 1);
                if !defined(literal) {
                    problems.push(format!("{place}: `{literal}` is not in locales/fr"));
                } else if !listed.contains(&literal) {
                    problems.push(format!(
                        "{place}: `{literal}` is missing from i18n::KIOSK_MESSAGES or AGENT_MESSAGES"
                    ));
                }
            }
        }
    }
    assert!(
        seen > 100,
        "only {seen} message ids found: the scan is broken"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// ARCHITECTURE.md's code map names every source and test file: by its whole path, or by its
/// folder's path and its own name (`validate.rs`, or `ticket` for a test module).
#[test]
fn the_code_map_names_every_file() {
    let root = src().join("..");
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let mut unnamed = Vec::new();
    for folder in ["src", "tests"] {
        for file in rust_files(&root.join(folder)) {
            let path = file
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if path.starts_with("tests/fixtures/") {
                continue;
            }
            let (dir, name) = path.rsplit_once('/').unwrap();
            let stem = name.trim_end_matches(".rs");
            let parent = dir.rsplit('/').next().unwrap();
            let named = map.contains(&format!("`{path}`"))
                || (map.contains(&format!("`{dir}/")) || map.contains(&format!("`{dir}.rs`")))
                    && (map.contains(&format!("`{name}`"))
                        || map.contains(&format!("`{stem}`"))
                        || map.contains(&format!("`{parent}/{name}`")));
            if !named {
                unnamed.push(path);
            }
        }
    }
    assert!(
        unnamed.is_empty(),
        "ARCHITECTURE.md's code map does not name: {unnamed:?}"
    );
}
