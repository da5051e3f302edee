//! `relais check`'s record of its last answer (issue 19): with nothing changed, the answer is
//! given again without checking; after any change it reads (a French text, a translation's
//! lock, an edit that keeps a file's size and time, a clip that appears), or with a damaged
//! record, everything is checked again. Each time the output is compared with the output of a
//! check that has no record at all.

use crate::common;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::SystemTime;

const GIVEN_AGAIN: &str = "nothing changed since the last check";
const CHECKED: &str = "checking everything";

/// One `relais check` in `dir`: its standard output, and whether it gave the record's answer.
fn check(dir: &Path) -> (String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_relais"))
        .arg("check")
        .current_dir(dir)
        .env("RUST_LOG", "relais=info")
        .output()
        .expect("the relais binary runs");
    let log = String::from_utf8_lossy(&output.stderr);
    let given_again = log.contains(GIVEN_AGAIN);
    assert!(
        given_again != log.contains(CHECKED),
        "the log says neither or both: {log}"
    );
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        given_again,
    )
}

/// The record beside the database (`[store] path` below).
fn record(dir: &Path) -> std::path::PathBuf {
    dir.join("var/check.record")
}

/// What a check says with no record to give again.
fn fresh(dir: &Path) -> String {
    let _ = fs::remove_file(record(dir));
    let (out, given_again) = check(dir);
    assert!(!given_again);
    out
}

/// After a change: the next check computes everything, says what a fresh check says, and the
/// check after it gives that answer again.
fn assert_checked_again(dir: &Path, what: &str) -> String {
    let (out, given_again) = check(dir);
    assert!(!given_again, "{what}: the old answer was given again");
    assert_eq!(out, fresh(dir), "{what}: not what a fresh check says");
    let (again, given_again) = check(dir);
    assert!(given_again, "{what}: the new answer was not kept");
    assert_eq!(again, out);
    out
}

#[test]
fn a_check_with_nothing_changed_gives_its_answer_again_and_any_change_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_content(root);
    common::copy_dir(
        &common::repo_root().join("ui/pictograms"),
        &root.join("ui/pictograms"),
    );
    fs::write(
        root.join("relais.toml"),
        "[site]\nname = \"Test\"\n\n[store]\npath = \"var/relais.db\"\n",
    )
    .unwrap();

    let first = check(root);
    assert!(!first.1, "a first check has nothing to give again");
    assert!(record(root).exists());
    let second = check(root);
    assert!(
        second.1,
        "nothing changed, yet everything was checked again"
    );
    assert_eq!(second.0, first.0);

    // A French text: the translations made from it become stale.
    common::reword_a_french_question(root);
    let reworded = assert_checked_again(root, "a French text reworded");
    assert_ne!(reworded, first.0);

    // The lock of a translation (read by the desk's check, not by the catalog).
    let lock = root.join("locales/en/translations.lock");
    let text = fs::read_to_string(&lock).unwrap();
    let first_entry = text
        .lines()
        .find(|l| l.contains(" = "))
        .unwrap()
        .to_string();
    fs::write(&lock, text.replacen(&format!("{first_entry}\n"), "", 1)).unwrap();
    let unlocked = assert_checked_again(root, "a translation's lock changed");
    assert_ne!(unlocked, reworded);

    // An edit of the same size, the file's time set back as it was: the bytes tell.
    let ftl = root.join("locales/fr/cant-log-in.ftl");
    let modified: SystemTime = fs::metadata(&ftl).unwrap().modified().unwrap();
    let text = fs::read_to_string(&ftl).unwrap();
    fs::write(&ftl, text.replacen("souci", "SOUCI", 1)).unwrap();
    fs::File::options()
        .write(true)
        .open(&ftl)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_checked_again(root, "an edit keeping size and time");

    // A clip appears: the clip check's answer changes.
    let clip = root.join("audio/fr/generated/attract-greeting.ogg");
    fs::create_dir_all(clip.parent().unwrap()).unwrap();
    fs::write(&clip, b"not really a clip").unwrap();
    assert_checked_again(root, "a clip appeared");

    // A damaged record is never given again.
    let mut bytes = fs::read(record(root)).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    fs::write(record(root), bytes).unwrap();
    assert_checked_again(root, "a damaged record");
}
