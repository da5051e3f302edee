//! A process that only loads and validates content, so that `scripts/bench.sh` can measure the
//! peak memory of a load with `/usr/bin/time` (criterion measures time, not memory), and that
//! writes the generated catalogs the benchmarks use.
//!
//! ```text
//! catalog_load generate <procedures> <empty-folder>   write a generated content root
//! catalog_load load <root>                            load it; print procedures, nodes, time
//! ```
//!
//! `load` exits 1 when the content has errors, so a broken generator cannot pass for a fast one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

// The generator's constants are for the benchmarks and the tests.
#[allow(dead_code)]
#[path = "../benches/support/generated_catalog.rs"]
mod generated_catalog;

const USAGE: &str = "usage: catalog_load generate <procedures> <folder> | catalog_load load <root>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["generate", count, folder] => generate(count, Path::new(folder)),
        ["load", root] => load(Path::new(root)),
        _ => Err(USAGE.to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("catalog_load: {message}");
            ExitCode::FAILURE
        }
    }
}

fn generate(count: &str, folder: &Path) -> Result<(), String> {
    let count: usize = count
        .parse()
        .map_err(|_| format!("`{count}` is not a number of procedures"))?;
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    generated_catalog::write(&shipped, folder, count)
        .map_err(|e| format!("cannot write {}: {e}", folder.display()))
}

fn load(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let (catalog, diagnostics) = relais::loader::load(root, None);
    let elapsed = started.elapsed();
    let (errors, warnings) = relais::diagnostics::summary(&diagnostics);
    let catalog = catalog.ok_or_else(|| {
        format!(
            "the content under {} has {errors} error(s); `relais check --root` lists them",
            root.display()
        )
    })?;
    let nodes: usize = catalog.procedures.iter().map(|p| p.nodes().len()).sum();
    println!(
        "procedures={} nodes={nodes} languages={} warnings={warnings} load_ms={:.1}",
        catalog.procedures.len(),
        catalog.languages.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    Ok(())
}
