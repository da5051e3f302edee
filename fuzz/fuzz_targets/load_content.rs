//! Fuzz target: any bytes, read as a procedure file, a French Fluent file and a language
//! manifest (split at the first two NUL bytes), must load to a catalog or to diagnostics,
//! never to a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use relais::content::{self, ContentSources, LanguageSources, SourceFile};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\0');
    let procedure = parts.next().unwrap_or_default().to_string();
    let fluent = parts.next().unwrap_or_default().to_string();
    let manifest = parts.next().unwrap_or("name = \"Français\"\nfrench-name = \"français\"\n").to_string();
    let file = |path: &str, text: String| SourceFile { path: path.to_string(), text };
    let sources = ContentSources {
        procedures: vec![("p".to_string(), file("content/p.toml", procedure))],
        glossary: None,
        documents: Some(file("content/documents.toml", "[[document]]\nid = \"id-document\"\n".to_string())),
        languages: vec![LanguageSources {
            code: "fr".to_string(),
            manifest: Some(file("locales/fr/language.toml", manifest)),
            files: vec![("p".to_string(), file("locales/fr/p.ftl", fluent))],
            plain_language: None,
        }],
        offered: None,
        pictograms: None,
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let _ = content::build(&sources, today);
});
