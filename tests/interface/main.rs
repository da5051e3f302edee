//! The tests of the screens themselves, in one binary: they share Slint's testing backend,
//! which a process sets up once (`i_slint_backend_testing::init_no_event_loop`).
//! `screens` draws through the real binary (`relais storyboard`), in its own process.

#[path = "../common/mod.rs"]
#[allow(dead_code)]
mod common;

mod admin_screen;
mod geometry;
mod harness;
mod journeys;
mod layouts;
mod long_list;
mod screens;
mod text_fit;
mod theme;
mod ui_walk;
mod without_reading;
