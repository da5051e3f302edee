//! The command-line tools beside the kiosk, for editors and staff: a visit without a screen
//! (`simulate`), screens to PNG (`render`, `storyboard`), the editor's live window
//! (`preview`), a tree as a graph (`graph`), the provenance report (`review`), the voice
//! talent's script (`recording_script`), the official pages compared with what was read
//! (`sources`), and the translations compared with the French they were made from
//! (`translations`).

pub mod graph;
pub mod preview;
pub mod recording_script;
pub mod render;
pub mod review;
pub mod simulate;
pub mod sources;
pub mod storyboard;
pub mod translations;
