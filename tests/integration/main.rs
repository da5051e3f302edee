//! Every integration test that needs no Slint platform, in one binary.
//!
//! Why one binary: each test binary links the whole of relais and Slint (hundreds of MB with
//! debug information), so twenty of them cost minutes of linking and gigabytes of disk on a
//! two-core CI machine. Modules keep the tests as separate as files did.
//! The tests that open Slint windows live in `tests/interface/`, because a process can set
//! Slint's platform only once.

#[path = "../common/mod.rs"]
#[allow(dead_code)]
mod common;

mod admin_pin;
mod all_paths;
mod audio;
mod check_record;
mod cli;
mod clips;
mod config_file;
mod content_fixtures;
mod content_update;
mod fleet;
mod fleet_tls;
mod generated_catalog;
mod graph;
mod kiosk_mode;
mod loader_never_panics;
mod pictograms;
mod places;
mod postgres_server;
#[cfg(target_os = "linux")]
mod preview_live;
mod print_cups;
mod print_owner;
mod print_queue;
mod print_tcp;
mod recordings;
mod reload;
mod review;
mod schema;
mod screen_script;
mod service_stop;
mod session_transcripts;
#[cfg(target_os = "linux")]
mod smoke_xvfb;
mod snapshot;
mod sources_check;
mod speech;
mod store;
mod store_concurrent;
mod store_crash;
mod store_failures;
mod store_figures;
mod store_integrity;
mod ticket;
mod tidy;
mod translations_stale;
#[cfg(target_os = "linux")]
mod watchdog;
