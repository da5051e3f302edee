//! The world outside the domain: the content files (`loader`, `reload`), the content releases
//! from git (`release`), the speech clips, the recordings imported for them and their sound card
//! (`clips`, `recordings`, `loudness`, `audio`), the printers (`print`), the database and the
//! figures read from it (`store`, `figures`), the network's central database (`fleet`), systemd
//! (`systemd`), and the official pages behind the content (`web`). Each says in plain words what
//! went wrong and never takes the kiosk down with it.

pub mod audio;
pub mod check_record;
pub mod clips;
pub mod figures;
pub mod fleet;
pub mod loader;
pub mod loudness;
pub mod print;
pub mod recordings;
pub mod release;
pub mod reload;
pub mod snapshot;
pub mod store;
pub mod systemd;
pub mod web;
