//! relais: a rights-access orientation kiosk. See ARCHITECTURE.md for the map.
//!
//! The domain (`content`, `i18n`, `session`, `handoff`, `stats`) is pure: no UI, no files, no
//! devices. `loader`, `store`, `print`, `audio` and `ui` touch the outside world; `app` wires
//! them together; `cli` is the command line.

pub mod admin;
pub mod admin_desk;
pub mod admin_panel;
pub mod app;
pub mod audio;
pub mod cli;
pub mod clips;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod figures;
pub mod graph;
pub mod handoff;
pub mod i18n;
pub mod kiosk;
pub mod loader;
pub mod print;
pub mod reload;
pub mod render;
pub mod review;
pub mod script;
pub mod session;
pub mod settings;
pub mod simulate;
pub mod stats;
pub mod store;
pub mod storyboard;
pub mod systemd;
pub mod ui;
