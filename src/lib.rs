//! relais: a rights-access orientation kiosk. See ARCHITECTURE.md for the map.
//!
//! The folders are the layers: `domain` is pure (no UI, no files, no devices); `devices` touches
//! the outside world; `kiosk` is the running kiosk (controller, window, UI bridge, admin
//! screen); `tools` are the command-line tools; `cli`, `config` and `settings` sit at the top.
//! Each module is also named at the crate root (`relais::content`, `relais::print`…), so that
//! paths stay short and did not change when the files moved into their layers.

pub mod cli;
pub mod config;
pub mod devices;
pub mod domain;
pub mod kiosk;
pub mod settings;
pub mod tools;

pub use devices::{
    audio, check_record, clips, figures, fleet, loader, loudness, print, recordings, release,
    reload, snapshot, store, systemd, web,
};
pub use domain::{content, diagnostics, handoff, i18n, script, session, stats};
pub use kiosk::{admin, app, ui};
pub use tools::{graph, recording_script, render, review, simulate, storyboard};
