//! Safe content reload: notice that content or texts changed on disk, load them, and hand a
//! valid catalog to the kiosk or refuse an invalid one, keeping the last good content.
//!
//! Changes are noticed by polling file names, sizes and modification times every few seconds:
//! polling works on every file system (including network and overlay mounts where change
//! notifications are unreliable). The kiosk polls on a thread of its own (`spawn`): a network's
//! catalog has tens of thousands of files, and validating it again takes a minute, which the
//! window's thread must never wait for. The swap itself happens in `app::Controller`, between
//! visits, never during one.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

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
    /// Raised when a part of the snapshot the kiosk reads turned out damaged.
    suspicion: crate::snapshot::Suspicion,
    /// How long the last listing of the files took (`spawn` paces itself on it).
    last_listing: Duration,
}

/// The watcher's thread waits at least this many times as long as a listing of the files took
/// before listing them again: a network's 50,000 files take a fifth of a second to list, and
/// polling them every 3 s would keep a core busy a tenth of the time; paced, a listing costs at
/// most 2 % of a core, and a change still shows within seconds.
const PACE: u32 = 50;

impl ContentWatcher {
    /// Starts watching from the files as they are now (the content the kiosk started with).
    pub fn new(root: &Path, offered: Option<Vec<String>>) -> Self {
        ContentWatcher {
            fingerprint: fingerprint(root, None),
            root: root.to_path_buf(),
            offered,
            site_places: None,
            snapshot: None,
            suspicion: crate::snapshot::Suspicion::new(),
            last_listing: Duration::ZERO,
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

    /// Also validates the content again when `suspicion` is raised (a damaged part of the
    /// snapshot); the catalogs it loads read their procedures from the snapshot and raise it.
    pub fn with_suspicion(mut self, suspicion: crate::snapshot::Suspicion) -> Self {
        self.suspicion = suspicion;
        self
    }

    /// Loads the content again if any file changed since the last poll, or if a part of the
    /// snapshot turned out damaged.
    pub fn poll(&mut self) -> Option<ReloadOutcome> {
        let listing = std::time::Instant::now();
        let now = fingerprint(&self.root, self.site_places.as_deref());
        self.last_listing = listing.elapsed();
        let suspected = self.suspicion.take();
        if now == self.fingerprint && !suspected {
            return None;
        }
        self.fingerprint = now;
        Some(self.reload())
    }

    /// Makes a watcher with `make` on a thread of its own (listing the files takes a while in
    /// a large catalog), polls every `every` there (or less often, `PACE`), and sends what it
    /// loads. First, if given,
    /// runs `confirm` (the check of the snapshot the kiosk started from) and loads the content
    /// again if it fails. Ends when the receiver is dropped.
    pub fn spawn(
        make: impl FnOnce() -> ContentWatcher + Send + 'static,
        every: Duration,
        confirm: Option<crate::snapshot::Confirm>,
    ) -> std::io::Result<mpsc::Receiver<ReloadOutcome>> {
        let (send, receive) = mpsc::channel();
        std::thread::Builder::new()
            .name("content watcher".into())
            .spawn(move || {
                let mut watcher = make();
                if let Some(confirm) = confirm
                    && let Err(why) = confirm.run()
                {
                    tracing::warn!(
                        "the catalog snapshot the kiosk started from is not to be trusted: {why}; validating the content from the files"
                    );
                    if send.send(watcher.reload()).is_err() {
                        return;
                    }
                }
                loop {
                    if let Some(outcome) = watcher.poll()
                        && send.send(outcome).is_err()
                    {
                        return;
                    }
                    std::thread::sleep(every.max(watcher.last_listing * PACE));
                }
            })?;
        Ok(receive)
    }

    fn reload(&mut self) -> ReloadOutcome {
        let (catalog, diagnostics) = match &self.snapshot {
            Some(snapshot) => {
                let (catalog, diagnostics, write_error) = crate::snapshot::rebuild_for_kiosk(
                    &self.root,
                    self.offered.clone(),
                    self.site_places.as_deref(),
                    snapshot,
                    &self.suspicion,
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
        match catalog {
            Some(catalog) => ReloadOutcome::Loaded(Arc::new(catalog)),
            None => ReloadOutcome::Refused(
                diagnostics
                    .into_iter()
                    .filter(|d| d.severity.is_error())
                    .collect(),
            ),
        }
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
