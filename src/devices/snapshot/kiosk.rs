//! The kiosk's reading of the catalog snapshot: the first screens from the front part, each
//! procedure when a visitor first opens it, and the rest checked in the background (issue 19).
//!
//! Before its first frame the kiosk reads the snapshot's header and front part (each checked
//! against its SHA-256) and compares the files the front was made of with the disk: a few dozen
//! files, whatever the number of procedures. Then `Confirm`, run by the content watcher's thread
//! just after the first frame, lists every file as `relais check` does and checks every part's
//! checksum; if anything differs, the catalog is rebuilt from the files and offered to the kiosk
//! between visits, as an edited content is. A part found damaged when a visitor opens it raises
//! the same alarm (`Suspicion`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{
    BodyIn, FrontIn, Loaded, Opened, Verify, entry_now, read_section, rebuild, same_file,
    same_files,
};
use crate::content::lazy::{BodyReader, LazyBodies, ProcedureBody};
use crate::content::{Catalog, Tree};
use crate::diagnostics::Diagnostic;

/// Raised when a part of the snapshot the kiosk runs on turns out damaged: the content watcher
/// then validates the content from the files again. Shared by the reader and the watcher.
#[derive(Clone, Default)]
pub struct Suspicion(Arc<AtomicBool>);

impl Suspicion {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn raise(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether it was raised since the last call.
    pub fn take(&self) -> bool {
        self.0.swap(false, Ordering::Relaxed)
    }
}

/// What `load_for_kiosk` did.
pub struct KioskLoaded {
    pub loaded: Loaded,
    /// The check still to run on the snapshot the catalog reads its procedures from; `None`
    /// when the catalog was just validated from the files.
    pub confirm: Option<Confirm>,
}

/// The catalog as the kiosk starts from it: lazily from the snapshot when its header, front part
/// and front files match; otherwise validated from the files (and written as the next start's
/// snapshot, then read back lazily so the kiosk does not keep every text).
pub fn load_for_kiosk(
    root: &Path,
    offered: Option<Vec<String>>,
    site_places: Option<&Path>,
    snapshot: &Path,
    suspicion: &Suspicion,
) -> KioskLoaded {
    match open_lazy(root, &offered, site_places, snapshot, suspicion) {
        Ok((catalog, diagnostics, confirm)) => KioskLoaded {
            loaded: Loaded {
                catalog: Some(catalog),
                diagnostics,
                rebuilt: None,
                write_error: None,
            },
            confirm: Some(confirm),
        },
        Err(why) => {
            let (catalog, diagnostics, write_error) =
                rebuild_for_kiosk(root, offered, site_places, snapshot, suspicion);
            KioskLoaded {
                loaded: Loaded {
                    catalog,
                    diagnostics,
                    rebuilt: Some(why),
                    write_error,
                },
                confirm: None,
            }
        }
    }
}

/// Validates the files, writes the snapshot, and reads it back lazily: a kiosk keeps what its
/// first screens need, not the whole catalog a validation builds. The catalog validated is
/// returned whole only if the snapshot cannot be written or read back.
pub fn rebuild_for_kiosk(
    root: &Path,
    offered: Option<Vec<String>>,
    site_places: Option<&Path>,
    snapshot: &Path,
    suspicion: &Suspicion,
) -> (Option<Catalog>, Vec<Diagnostic>, Option<String>) {
    let (catalog, diagnostics, _, write_error) =
        rebuild(root, offered.clone(), site_places, snapshot);
    if catalog.is_some() && write_error.is_none() {
        match open_lazy(root, &offered, site_places, snapshot, suspicion) {
            Ok((lazy, _, _)) => return (Some(lazy), diagnostics, None),
            Err(why) => {
                tracing::warn!(
                    "the snapshot just written cannot be read back ({why}); the kiosk keeps the whole catalog"
                );
            }
        }
    }
    (catalog, diagnostics, write_error)
}

/// The catalog with its procedures left in the snapshot, if the header, the front part and the
/// front's files all match.
fn open_lazy(
    root: &Path,
    offered: &Option<Vec<String>>,
    site_places: Option<&Path>,
    snapshot: &Path,
    suspicion: &Suspicion,
) -> Result<(Catalog, Vec<Diagnostic>, Confirm), String> {
    let opened = Opened::open(root, offered, site_places, snapshot, Verify::Quick)?;
    let read_from = opened.header.read_from;
    for recorded in &opened.header.front_files {
        let now = entry_now(root, &recorded.path)
            .ok_or_else(|| format!("{} was removed since the snapshot", recorded.path))?;
        same_file(root, &now, recorded, read_from, Verify::Quick)?;
    }
    let mut front: FrontIn = opened.decode(&opened.header.front, "front part")?;
    let diagnostics: Vec<Diagnostic> = opened.decode(&opened.header.diagnostics, "problems")?;
    if front.procedures.len() != opened.header.procedures.len() {
        return Err("the snapshot's procedures do not add up".into());
    }
    let opened = Arc::new(opened);
    let ids: Vec<String> = front.procedures.iter().map(|h| h.id.clone()).collect();
    let reader = SnapshotReader {
        opened: Arc::clone(&opened),
        path: snapshot.to_path_buf(),
        suspicion: suspicion.clone(),
    };
    let bodies = Arc::new(LazyBodies::new(Box::new(reader), &ids));
    let procedures = std::mem::take(&mut front.procedures)
        .into_iter()
        .enumerate()
        .map(|(slot, head)| {
            head.into_procedure(Tree::Lazy {
                bodies: Arc::clone(&bodies),
                slot,
            })
        })
        .collect();
    let mut texts = std::mem::take(&mut front.texts);
    texts.set_lazy(bodies);
    let catalog = front.into_catalog(procedures, texts);
    let confirm = Confirm {
        root: root.to_path_buf(),
        opened,
    };
    Ok((catalog, diagnostics, confirm))
}

/// Reads a procedure's part from the snapshot file the kiosk opened at start: a snapshot
/// written since (by a check or a reload) replaces the name, not the file this one reads.
struct SnapshotReader {
    opened: Arc<Opened>,
    path: PathBuf,
    suspicion: Suspicion,
}

impl BodyReader for SnapshotReader {
    fn read(&self, slot: usize) -> Result<ProcedureBody, String> {
        let section = self
            .opened
            .header
            .procedures
            .get(slot)
            .ok_or("no such procedure in the snapshot")?;
        let bytes = read_section(&self.opened.file, self.opened.len, section)?;
        let body: BodyIn = postcard::from_bytes(&bytes)
            .map_err(|e| format!("the snapshot's procedure does not decode ({e})"))?;
        body.into_body()
    }

    fn failed(&self, slot: usize, why: &str) {
        tracing::error!(
            "procedure {slot} of {}: {why}; the visitor is sent to a person and the content is validated from the files again",
            self.path.display()
        );
        self.suspicion.raise();
    }
}

/// What a kiosk checks of its snapshot after its first frame: every file, as `relais check`'s
/// quick comparison does, and every part's checksum.
pub struct Confirm {
    root: PathBuf,
    opened: Arc<Opened>,
}

impl Confirm {
    /// `Ok` when the whole snapshot matches the files and is undamaged; otherwise why not.
    pub fn run(&self) -> Result<(), String> {
        let files = self.opened.all_files()?;
        same_files(
            &self.root,
            &files,
            self.opened.header.read_from,
            Verify::Quick,
        )?;
        for section in &self.opened.header.procedures {
            read_section(&self.opened.file, self.opened.len, section)?;
        }
        Ok(())
    }
}
