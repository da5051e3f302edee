//! Integrity checks that do not grow with time on every start: the quick check when a process
//! opens the file alone, none beside another process that has it open, the full check only
//! when the last process to use the file did not close it (its write-ahead log left behind),
//! and `relais store check` on demand.

use std::path::Path;
use std::process::Command;

use relais::handoff::Ending;
use relais::store::{Check, Store};

fn commit_one(store: &mut Store) {
    let record = relais::print::sample::record(
        "fr",
        Ending::Outcome {
            node: "reset-password".into(),
        },
    );
    store
        .commit_handoff(&record.handoff, "Site", record.created_at)
        .unwrap();
}

fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

#[test]
fn the_full_check_runs_only_after_an_unclean_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.checked_at_open(), Check::Quick, "a new file");
    commit_one(&mut store);
    assert!(with_suffix(&path, "-wal").exists());

    // The file and its log copied while a connection is open: what a crash leaves behind.
    let crashed = dir.path().join("crashed.db");
    std::fs::copy(&path, &crashed).unwrap();
    std::fs::copy(with_suffix(&path, "-wal"), with_suffix(&crashed, "-wal")).unwrap();

    // Beside a process that has the file open, its log is no sign of a crash, and that
    // process checked the file already.
    let beside = Store::open(&path).unwrap();
    assert_eq!(
        beside.checked_at_open(),
        Check::Skip,
        "another user is there"
    );
    drop(beside);
    drop(store);
    assert!(
        !with_suffix(&path, "-wal").exists(),
        "the last clean close removes the log"
    );
    assert_eq!(Store::open(&path).unwrap().checked_at_open(), Check::Quick);

    let after_crash = Store::open(&crashed).unwrap();
    assert_eq!(after_crash.checked_at_open(), Check::Full, "left behind");
    assert!(after_crash.recovery().is_none());
    assert_eq!(after_crash.handoff_count().unwrap(), 1, "nothing lost");
}

fn store_check(dir: &Path) -> std::process::Output {
    let config = crate::store_concurrent::config_for(dir, "backend = \"spool\"");
    Command::new(env!("CARGO_BIN_EXE_relais"))
        .arg("--config")
        .arg(config)
        .args(["--root", env!("CARGO_MANIFEST_DIR"), "store", "check"])
        .output()
        .unwrap()
}

#[test]
fn store_check_runs_the_full_check_on_demand() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    {
        let mut store = Store::open(&path).unwrap();
        for _ in 0..40 {
            commit_one(&mut store);
        }
    }
    let sound = store_check(dir.path());
    let said = String::from_utf8_lossy(&sound.stdout);
    assert!(sound.status.success(), "{said}");
    assert!(
        said.starts_with(&format!(
            "ok: {} passed the full integrity check in ",
            path.display()
        )),
        "{said}"
    );

    // Pages 2 and 3 overwritten, the header intact: only a check sees it.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[4096..3 * 4096].fill(0xA5);
    std::fs::write(&path, &bytes).unwrap();
    let damaged = store_check(dir.path());
    let said = String::from_utf8_lossy(&damaged.stdout);
    assert_eq!(damaged.status.code(), Some(1), "{said}");
    assert!(
        said.starts_with(&format!(
            "damaged: {} failed the integrity check:\n  ",
            path.display()
        )),
        "{said}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the check changes nothing"
    );
}
