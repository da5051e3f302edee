//! The world outside the domain: the content files (`loader`, `reload`), the speech clips and
//! their sound card (`clips`, `audio`), the printers (`print`), the database and the figures read
//! from it (`store`, `figures`), and systemd (`systemd`). Each says in plain words what went
//! wrong and never takes the kiosk down with it.

pub mod audio;
pub mod clips;
pub mod figures;
pub mod loader;
pub mod print;
pub mod reload;
pub mod snapshot;
pub mod store;
pub mod systemd;
