//! Many processes, one store: forty `relais print-queue` (a command that opens the store for
//! writing, so creates and migrates it) started together on a file that does not exist yet all
//! succeed, and leave the schema at the latest version; ten times over.

use std::path::Path;
use std::process::{Command, Stdio};

/// A configuration file under `dir` whose store is `dir/relais.db`.
pub(crate) fn config_for(dir: &Path, printer: &str) -> std::path::PathBuf {
    let config = dir.join("relais.toml");
    std::fs::write(
        &config,
        format!(
            "[store]\npath = \"{}\"\n\n[printer]\n{printer}\n",
            dir.join("relais.db").display()
        ),
    )
    .unwrap();
    config
}

#[test]
fn forty_processes_open_a_new_store_at_once() {
    for round in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let config = config_for(dir.path(), "backend = \"spool\"");
        let children: Vec<_> = (0..40)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_relais"))
                    .arg("--config")
                    .arg(&config)
                    .args(["--root", env!("CARGO_MANIFEST_DIR"), "print-queue"])
                    .env("RUST_LOG", "off")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let failures: Vec<String> = children
            .into_iter()
            .map(|child| child.wait_with_output().unwrap())
            .filter(|output| !output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stderr).into_owned())
            .collect();
        assert!(
            failures.is_empty(),
            "round {round}: {} of 40 failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
        let conn = rusqlite::Connection::open(dir.path().join("relais.db")).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(
            version as usize,
            relais::store::schema_version(),
            "round {round}: schema version"
        );
    }
}
