//! JSON Schemas of the content files, generated from the serde types in `raw`, so that editors
//! get completion and checking while they type (Even Better TOML / taplo; see
//! docs/content-format.md). The committed copies in docs/schema/ are kept current by a test.

use schemars::schema_for;

use super::raw::{
    RawDocuments, RawGlossary, RawLanguage, RawPlaces, RawPlainLanguage, RawProcedure,
};

/// (file name under docs/schema/, schema) for every kind of content file.
pub fn all() -> Vec<(&'static str, serde_json::Value)> {
    let value = |schema: schemars::Schema| serde_json::to_value(schema).expect("a schema is JSON");
    vec![
        ("procedure.schema.json", value(schema_for!(RawProcedure))),
        ("documents.schema.json", value(schema_for!(RawDocuments))),
        ("glossary.schema.json", value(schema_for!(RawGlossary))),
        ("places.schema.json", value(schema_for!(RawPlaces))),
        ("language.schema.json", value(schema_for!(RawLanguage))),
        (
            "plain-language.schema.json",
            value(schema_for!(RawPlainLanguage)),
        ),
    ]
}
