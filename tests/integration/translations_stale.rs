//! Translations that know their French: on a copy of the shipped content, changing one French
//! message makes `relais check` warn for exactly its English, Arabic and Ukrainian translations,
//! `relais translations` counts them as stale, and `mark-current` silences exactly those.

use std::path::Path;
use std::process::Output;

use crate::cli::relais;
use crate::common;

const CHANGED: &str = "cant-log-in--problem";

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The `relais check` lines about translations made from an older French text.
fn stale_lines(dir: &Path) -> Vec<String> {
    let out = stdout(&relais(&["check"], dir));
    out.lines()
        .filter(|l| l.contains("was translated from an older French text"))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_changed_french_message_is_stale_in_every_language_until_marked_current() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    std::fs::write(dir.path().join("relais.toml"), "[site]\nname = \"Test\"\n").unwrap();
    assert_eq!(stale_lines(dir.path()), Vec::<String>::new());

    let french = dir.path().join("locales/fr/cant-log-in.ftl");
    let text = std::fs::read_to_string(&french).unwrap();
    let at = text.find(&format!("{CHANGED} = ")).unwrap() + CHANGED.len() + 3;
    std::fs::write(
        &french,
        format!("{}Autrement dit : {}", &text[..at], &text[at..]),
    )
    .unwrap();

    let lines = stale_lines(dir.path());
    let expected: Vec<String> = ["ar", "en", "uk"]
        .iter()
        .map(|lang| {
            let translated = std::fs::read_to_string(dir.path().join(format!("locales/{lang}/cant-log-in.ftl"))).unwrap();
            let line = translated.lines().position(|l| l.starts_with(&format!("{CHANGED} ="))).unwrap() + 1;
            format!("locales/{lang}/cant-log-in.ftl:{line}:1: warning: `{CHANGED}` was translated from an older French text")
        })
        .collect();
    assert_eq!(lines, expected);

    let table = stdout(&relais(&["translations", "--lang", "uk"], dir.path()));
    assert!(
        table.contains(&format!("uk, stale: {CHANGED}\n")),
        "{table}"
    );

    let marked = relais(&["translations", "mark-current", CHANGED], dir.path());
    assert!(marked.status.success(), "{marked:?}");
    assert_eq!(stale_lines(dir.path()), Vec::<String>::new());
    let table = stdout(&relais(&["translations"], dir.path()));
    assert!(!table.contains("stale:"), "{table}");
}
