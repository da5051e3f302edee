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
    /// The site's places file, loaded and watched with the content.
    site_places: Option<PathBuf>,
    fingerprint: u64,
    /// Where a content that loads is written as the next start's snapshot (`snapshot`).
    snapshot: Option<PathBuf>,
}

impl ContentWatcher {
    /// Starts watching from the files as they are now (the content the kiosk started with).
    pub fn new(root: &Path, offered: Option<Vec<String>>) -> Self {
        ContentWatcher {
            fingerprint: fingerprint(root, None),
            root: root.to_path_buf(),
            offered,
            site_places: None,
            snapshot: None,
        }
    }

    /// Also loads and watches the site's places file (`[site] places`).
    pub fn with_site_places(mut self, site_places: Option<PathBuf>) -> Self {
        self.site_places = site_places;
        self.fingerprint = fingerprint(&self.root, self.site_places.as_deref());
        self
    }

    /// Also writes each content that loads to `snapshot`, so that the next start need not
    /// validate it again.
    pub fn with_snapshot(mut self, snapshot: PathBuf) -> Self {
        self.snapshot = Some(snapshot);
        self
    }

    /// Loads the content again if any file changed since the last poll.
    pub fn poll(&mut self) -> Option<ReloadOutcome> {
        let now = fingerprint(&self.root, self.site_places.as_deref());
        if now == self.fingerprint {
            return None;
        }
        self.fingerprint = now;
        let (catalog, diagnostics) = match &self.snapshot {
            Some(snapshot) => {
                let (catalog, diagnostics, _, write_error) = crate::snapshot::rebuild(
                    &self.root,
                    self.offered.clone(),
                    self.site_places.as_deref(),
                    snapshot,
                );
                if let Some(error) = write_error {
                    tracing::warn!("{error}; the next start validates the content again");
                }
                (catalog, diagnostics)
            }
            None => {
                let (catalog, diagnostics, _) = crate::loader::load_site(
                    &self.root,
                    self.offered.clone(),
                    self.site_places.as_deref(),
                );
                (catalog, diagnostics)
            }
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

/// A hash of every file's path, size and modification time under content/ and locales/, and of
/// the site's places file.
/// The names, sizes and modification times of the files under `content/` and `locales/` (and of
/// the site's places file), hashed: what tells a change from a mere look at the files.
pub fn fingerprint(root: &Path, site_places: Option<&Path>) -> u64 {
    let mut files = Vec::new();
    for dir in ["content", "locales"] {
        collect(&root.join(dir), &mut files);
    }
    if let Some(meta) = site_places.and_then(|p| std::fs::metadata(p).ok()) {
        files.push((
            site_places.unwrap_or(root).to_path_buf(),
            meta.len(),
            meta.modified().ok(),
        ));
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
