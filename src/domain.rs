//! The domain: what the kiosk knows and decides, with no UI, no files, no devices and no clock of
//! its own (checked by `tests/integration/tidy.rs` for every file of this folder).
//!
//! Content becomes a validated `Catalog` (`content`), texts are looked up per language (`i18n`),
//! a visit runs as a state machine (`session`) whose screens are described once (`script`), and
//! ends in a `Handoff`; `stats` says what anonymous counts keep; `diagnostics` is how every
//! problem is told to an editor. The editor's locks compare what was read with what is there
//! now: official pages (`source_lock`, `page_text`) and the French each translation was made
//! from (`translation_lock`), by `fingerprint`.

pub mod closed_set;
pub mod content;
pub mod diagnostics;
pub mod fingerprint;
pub mod handoff;
pub mod i18n;
pub mod page_text;
pub mod script;
pub mod session;
pub mod source_lock;
pub mod stats;
pub mod translation_lock;
