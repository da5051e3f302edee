//! The running kiosk: the window and its clock (`window`, `relais run`), the controller that owns
//! the session and the devices (`app`), the bridge to the Slint UI (`ui`, the only file that
//! names generated Slint types), and the admin screen behind its PIN (`admin`).

pub mod admin;
pub mod app;
pub mod ui;
pub mod window;
