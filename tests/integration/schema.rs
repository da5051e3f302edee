//! The JSON Schemas in docs/schema/ are the ones the code generates, and every shipped content
//! file is valid against its schema (checked with the `jsonschema` crate). After a change of the
//! format, `RELAIS_BLESS=1 cargo test --test schema` rewrites them.

use crate::common;

use std::path::Path;

fn schema_dir() -> std::path::PathBuf {
    common::repo_root().join("docs/schema")
}

#[test]
fn committed_schemas_are_current() {
    let bless = std::env::var_os("RELAIS_BLESS").is_some();
    for (name, schema) in relais::content::schema::all() {
        let path = schema_dir().join(name);
        let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        if bless {
            std::fs::create_dir_all(schema_dir()).unwrap();
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is out of date: run RELAIS_BLESS=1 cargo test --test schema",
            path.display()
        );
    }
}

/// TOML as editors' TOML tools present it to a JSON Schema: dates become strings.
fn to_json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::Datetime(date) => serde_json::Value::String(date.to_string()),
        toml::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(to_json).collect())
        }
        toml::Value::Table(table) => {
            serde_json::Value::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
        other => serde_json::to_value(other).unwrap(),
    }
}

fn validate(schema_file: &str, toml_file: &Path) {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_dir().join(schema_file)).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let text = std::fs::read_to_string(toml_file).unwrap();
    let json = to_json(toml::from_str(&text).unwrap());
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}: {errors:?}", toml_file.display());
}

#[test]
fn shipped_content_is_valid_against_the_schemas() {
    let root = common::repo_root();
    let mut checked = 0;
    for entry in std::fs::read_dir(root.join("content")).unwrap() {
        let path = entry.unwrap().path();
        // content/sources.lock is the sources' record, written by `relais sources`, not edited.
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let schema = match path.file_stem().and_then(|s| s.to_str()) {
            Some("documents") => "documents.schema.json",
            Some("glossary") => "glossary.schema.json",
            Some("places") => "places.schema.json",
            _ => "procedure.schema.json",
        };
        validate(schema, &path);
        checked += 1;
    }
    for entry in std::fs::read_dir(root.join("locales")).unwrap() {
        let folder = entry.unwrap().path();
        validate("language.schema.json", &folder.join("language.toml"));
        let plain = folder.join("plain-language.toml");
        if plain.exists() {
            validate("plain-language.schema.json", &plain);
        }
        checked += 1;
    }
    assert!(
        checked >= 12,
        "every procedure, the shared lists and every language"
    );
}

#[test]
fn the_schema_catches_an_unknown_key_and_a_wrong_kind() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(schema_dir().join("procedure.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let text =
        std::fs::read_to_string(common::repo_root().join("content/cant-log-in.toml")).unwrap();
    let broken = text
        .replacen("owner =", "ownr =", 1)
        .replacen("kind = \"info\"", "kind = \"infos\"", 1)
        .replacen("kind = \"question\"", "kind = \"questoin\"", 1);
    let json = to_json(toml::from_str(&broken).unwrap());
    assert!(validator.iter_errors(&json).count() >= 2);
}
