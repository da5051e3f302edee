//! Helpers shared by the integration tests: the shipped content, and a controller whose store
//! and spool folder live in a temporary directory; `content_repo`, a network's signed content
//! repository.

pub mod content_repo;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use relais::app::{Controller, Services};
use relais::audio::NullSpeaker;
use relais::content::Catalog;
use relais::print::PrinterBackend;
use relais::print::spool::SpoolPrinter;
use relais::session::SessionConfig;
use relais::store::Store;

/// The repository root: the content that ships.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped content, which must load without errors.
pub fn shipped_catalog() -> Arc<Catalog> {
    // Loaded once per test binary: the catalog is immutable behind its Arc, and loading and
    // validating sixteen procedures in four languages on every call cost the suites minutes.
    static SHIPPED: std::sync::OnceLock<Arc<Catalog>> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(load_shipped_catalog).clone()
}

fn load_shipped_catalog() -> Arc<Catalog> {
    let (catalog, diagnostics) = relais::loader::load(&repo_root(), None);
    let errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.severity.is_error())
        .map(|d| d.to_string())
        .collect();
    Arc::new(
        catalog.unwrap_or_else(|| panic!("shipped content has errors:\n{}", errors.join("\n"))),
    )
}

/// A controller on the shipped content, storing and spooling under `dir`.
pub fn controller(dir: &Path, catalog: Arc<Catalog>) -> Controller {
    let store = Store::open(&dir.join("relais.db")).expect("the test database opens");
    controller_with_store(dir, catalog, Some(store))
}

/// A controller on the shipped content with the given store (or none), spooling under `dir`.
pub fn controller_with_store(
    dir: &Path,
    catalog: Arc<Catalog>,
    store: Option<Store>,
) -> Controller {
    let printer = Box::new(SpoolPrinter::new(dir.join("spool"), 48));
    Controller::new(
        catalog,
        SessionConfig::default(),
        services(store, Some(printer)),
    )
}

/// What a test kiosk runs with: the given store and printer (or none), no sound, the shipped
/// content, and a test site name.
pub fn services(store: Option<Store>, printer: Option<Box<dyn PrinterBackend>>) -> Services {
    Services {
        store,
        printer,
        speaker: Box::new(NullSpeaker),
        root: repo_root(),
        site: "Site de test".to_string(),
    }
}

/// Files in the spool folder under `dir`. Printing runs on the print queue's thread, so this
/// waits (up to 10 s) for the first file to appear.
pub fn spooled(dir: &Path) -> Vec<PathBuf> {
    spooled_where(dir, |files| !files.is_empty())
}

/// The spool file of one ticket, waiting (up to 10 s) for it to be printed.
pub fn spooled_ticket(dir: &Path, ticket: &str) -> Option<PathBuf> {
    let suffix = format!("-{ticket}.txt");
    let has = |f: &PathBuf| f.to_string_lossy().ends_with(&suffix);
    spooled_where(dir, |files| files.iter().any(has))
        .into_iter()
        .find(has)
}

fn spooled_where(dir: &Path, done: impl Fn(&[PathBuf]) -> bool) -> Vec<PathBuf> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        // Only finished handoffs: the spool backend writes a hidden temporary file first.
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("spool"))
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|f| f.extension().is_some_and(|e| e == "txt"));
        if done(&files) || std::time::Instant::now() > deadline {
            files.sort();
            return files;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Copies a folder tree, for tests that change content on disk.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The shipped content/ and locales/ copied under `dir`.
pub fn copy_content(dir: &Path) {
    for sub in ["content", "locales"] {
        copy_dir(&repo_root().join(sub), &dir.join(sub));
    }
}

/// An editor's change to a French text, as the clip and recording tests make it: the first
/// question of `cant-log-in` reworded on disk under `root` (« problème » becomes « souci »).
/// Returns the new text.
pub fn reword_a_french_question(root: &Path) -> &'static str {
    let (before, after) = ("Quel est votre problème ?", "Quel est votre souci ?");
    let ftl = root.join("locales/fr/cant-log-in.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    assert!(
        text.contains(before),
        "{} no longer says « {before} »",
        ftl.display()
    );
    std::fs::write(&ftl, text.replace(before, after)).unwrap();
    after
}
