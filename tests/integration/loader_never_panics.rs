//! Loading never panics, whatever the files hold: the shipped content and the fixtures, cut,
//! spliced and sprinkled with random bytes (a fixed seed, so a failure can be replayed), go
//! through `content::build`. The coverage-guided version of this test is the fuzz target in
//! fuzz/ (scripts/fuzz-loader.sh).

use crate::common;

use std::panic;

use chrono::NaiveDate;
use relais::content::{self, ContentSources, SourceFile};

/// A few hundred deformed variants of one file, from a seeded generator.
fn variants(text: &str, rng: &mut fastrand::Rng, count: usize) -> Vec<String> {
    let pieces = [
        "\"",
        "[",
        "]]",
        "[[node]]",
        "=",
        "\n",
        "{",
        "--",
        "\u{2068}",
        "é",
        "\0",
        ".detail =",
        "next = \"",
        "{ $x }",
        "kind = \"info\"",
    ];
    (0..count)
        .map(|_| {
            let mut bytes: Vec<char> = text.chars().collect();
            for _ in 0..rng.usize(1..8) {
                if bytes.is_empty() {
                    break;
                }
                let at = rng.usize(..bytes.len());
                match rng.u8(..4) {
                    0 => {
                        let end = (at + rng.usize(..40)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                    1 => {
                        let piece = pieces[rng.usize(..pieces.len())];
                        bytes.splice(at..at, piece.chars());
                    }
                    2 => bytes[at] = char::from_u32(rng.u32(..0x3000)).unwrap_or('?'),
                    _ => {
                        let from = rng.usize(..bytes.len());
                        let chunk: Vec<char> = bytes[from..(from + 30).min(bytes.len())].to_vec();
                        bytes.splice(at..at, chunk);
                    }
                }
            }
            bytes.into_iter().collect()
        })
        .collect()
}

#[test]
fn deformed_content_gives_diagnostics_not_panics() {
    let mut diagnostics = Vec::new();
    let shipped = relais::loader::read_sources(&common::repo_root(), None, &mut diagnostics);
    assert!(diagnostics.is_empty());
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut rng = fastrand::Rng::with_seed(20261123);
    let mut runs = 0;

    let procedure = shipped.procedures[0].1.text.clone();
    for text in variants(&procedure, &mut rng, 300) {
        let mut sources: ContentSources = shipped.clone();
        sources.procedures[0].1 = SourceFile {
            path: "content/cant-log-in.toml".into(),
            text,
        };
        let result = panic::catch_unwind(|| content::build(&sources, today));
        assert!(
            result.is_ok(),
            "content::build panicked on:\n{}",
            sources.procedures[0].1.text
        );
        runs += 1;
    }
    let french = shipped
        .languages
        .iter()
        .position(|l| l.code == "fr")
        .unwrap();
    for (index, (_, file)) in shipped.languages[french]
        .files
        .clone()
        .into_iter()
        .enumerate()
    {
        for text in variants(&file.text, &mut rng, 40) {
            let mut sources = shipped.clone();
            sources.languages[french].files[index].1.text = text;
            let result = panic::catch_unwind(|| content::build(&sources, today));
            assert!(
                result.is_ok(),
                "content::build panicked on {}:\n{}",
                file.path,
                sources.languages[french].files[index].1.text
            );
            runs += 1;
        }
    }
    assert!(runs >= 400);
}
