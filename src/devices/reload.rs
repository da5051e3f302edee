//! Safe content reload: notice that content or texts changed on disk, load them, and hand a
//! valid catalog to the kiosk or refuse an invalid one, keeping the last good content.
//!
//! Changes are noticed by polling file names, sizes and modification times every few seconds:
//! a handful of small files, so the cost is nothing, and polling works on every file system
//! (including network and overlay mounts where change notifications are unreliable).
//! The swap itself happens in `app::Controller`, between visits, never during one.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use crate::content::Catalog;
use crate::diagnostics::Diagnostic;

/// What a poll found.
pub enum ReloadOutcome {
    /// The files changed and load cleanly (warnings may remain).
    Loaded(Arc<Catalog>),
    /// The files changed but have errors: the kiosk keeps its current content.
    Refused(Vec<Diagnostic>),
}

pub struct ContentWatcher {
    root: PathBuf,
    offered: Option<Vec<String>>,
    fingerprint: u64,
    /// Where a content that loads is written as the next start's snapshot (`snapshot`).
    snapshot: Option<PathBuf>,
}

impl ContentWatcher {
    /// Starts watching from the files as they are now (the content the kiosk started with).
    pub fn new(root: &Path, offered: Option<Vec<String>>) -> Self {
        ContentWatcher {
            fingerprint: fingerprint(root),
            root: root.to_path_buf(),
            offered,
            snapshot: None,
        }
    }

    /// Also writes each content that loads to `snapshot`, so that the next start need not
    /// validate it again.
    pub fn with_snapshot(mut self, snapshot: PathBuf) -> Self {
        self.snapshot = Some(snapshot);
        self
    }

    /// Loads the content again if any file changed since the last poll.
    pub fn poll(&mut self) -> Option<ReloadOutcome> {
        let now = fingerprint(&self.root);
        if now == self.fingerprint {
            return None;
        }
        self.fingerprint = now;
        let (catalog, diagnostics) = match &self.snapshot {
            Some(snapshot) => {
                let (catalog, diagnostics, _, write_error) =
                    crate::snapshot::rebuild(&self.root, self.offered.clone(), snapshot);
                if let Some(error) = write_error {
                    tracing::warn!("{error}; the next start validates the content again");
                }
                (catalog, diagnostics)
            }
            None => crate::loader::load(&self.root, self.offered.clone()),
        };
        Some(match catalog {
            Some(catalog) => ReloadOutcome::Loaded(Arc::new(catalog)),
            None => ReloadOutcome::Refused(
                diagnostics
                    .into_iter()
                    .filter(|d| d.severity.is_error())
                    .collect(),
            ),
        })
    }
}

/// A hash of every file's path, size and modification time under content/ and locales/.
fn fingerprint(root: &Path) -> u64 {
    let mut files = Vec::new();
    for dir in ["content", "locales"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for (path, len, modified) in files {
        (path, len, modified).hash(&mut hasher);
    }
    hasher.finish()
}

fn collect(dir: &Path, out: &mut Vec<(PathBuf, u64, Option<SystemTime>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            collect(&path, out);
        } else {
            out.push((path, meta.len(), meta.modified().ok()));
        }
    }
}
