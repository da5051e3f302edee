//! The admin PIN: a right PIN opens, a wrong one does not, wrong PINs lock the pad for longer
//! and longer (also across a restart), a lockout ends, and `relais admin set-pin` stores only
//! a hash, readable by its owner only, from standard input and never from the command line.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use relais::admin::pin::{self as admin, AdminGate, PinCheck};

/// A fixed moment, plus `secs`: the rules take the time as an argument.
fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_800_000_000 + secs)
}

#[test]
fn the_right_pin_opens_and_a_wrong_one_does_not() {
    let dir = tempfile::tempdir().unwrap();
    admin::set_pin(dir.path(), "2468").unwrap();
    let mut gate = AdminGate::open(dir.path());
    assert!(gate.pin_is_set());
    assert_eq!(
        gate.check("1357", at(0)),
        PinCheck::Wrong {
            free_attempts_left: 2
        }
    );
    assert_eq!(gate.check("2468", at(1)), PinCheck::Accepted);
    // The right PIN forgave the wrong one.
    assert_eq!(gate.attempts().failures, 0);
    // Not a prefix, not with more digits.
    assert_ne!(gate.check("246", at(2)), PinCheck::Accepted);
    assert_ne!(gate.check("24680", at(3)), PinCheck::Accepted);
}

#[test]
fn without_a_pin_the_admin_screen_stays_closed() {
    let dir = tempfile::tempdir().unwrap();
    let mut gate = AdminGate::open(dir.path());
    assert!(!gate.pin_is_set());
    assert_eq!(gate.check("0000", at(0)), PinCheck::NotSet);
    // A damaged PIN file opens nothing either.
    std::fs::write(dir.path().join(admin::PIN_FILE), "1234\n").unwrap();
    assert!(!gate.pin_is_set());
    assert_eq!(gate.check("1234", at(0)), PinCheck::NotSet);
}

#[test]
fn wrong_pins_lock_the_pad_longer_each_time_even_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    admin::set_pin(dir.path(), "2468").unwrap();
    let mut gate = AdminGate::open(dir.path());
    assert_eq!(
        gate.check("0000", at(0)),
        PinCheck::Wrong {
            free_attempts_left: 2
        }
    );
    assert_eq!(
        gate.check("0001", at(1)),
        PinCheck::Wrong {
            free_attempts_left: 1
        }
    );
    let thirty = Duration::from_secs(30);
    assert_eq!(
        gate.check("0002", at(2)),
        PinCheck::LockedOut { remaining: thirty }
    );
    // While locked, even the right PIN is not looked at.
    assert_eq!(
        gate.check("2468", at(12)),
        PinCheck::LockedOut {
            remaining: Duration::from_secs(20)
        }
    );
    assert_eq!(gate.attempts().failures, 3, "a locked try is not counted");

    // The kiosk restarts (or the plug is pulled): the lockout is still there.
    let mut gate = AdminGate::open(dir.path());
    assert_eq!(gate.locked_for(at(12)), Some(Duration::from_secs(20)));

    // After it, one more wrong PIN locks for twice as long.
    assert_eq!(
        gate.check("0003", at(32)),
        PinCheck::LockedOut {
            remaining: Duration::from_secs(60)
        }
    );
    assert_eq!(
        gate.check("0004", at(92)),
        PinCheck::LockedOut {
            remaining: Duration::from_secs(120)
        }
    );
}

#[test]
fn a_lockout_ends_and_the_right_pin_then_clears_the_count() {
    let dir = tempfile::tempdir().unwrap();
    admin::set_pin(dir.path(), "97531").unwrap();
    let mut gate = AdminGate::open(dir.path());
    for (second, pin) in ["1111", "2222", "3333"].into_iter().enumerate() {
        assert_ne!(gate.check(pin, at(second as u64)), PinCheck::Accepted);
    }
    assert_eq!(gate.locked_for(at(31)), Some(Duration::from_secs(1)));
    assert_eq!(gate.locked_for(at(32)), None);
    assert_eq!(gate.check("97531", at(32)), PinCheck::Accepted);
    assert_eq!(gate.attempts().failures, 0);
    // The cleared count is on disk too.
    let gate = AdminGate::open(dir.path());
    assert_eq!(gate.attempts().failures, 0);
    assert_eq!(gate.locked_for(at(32)), None);
}

#[test]
fn a_clock_set_back_cannot_stretch_a_lockout() {
    let dir = tempfile::tempdir().unwrap();
    admin::set_pin(dir.path(), "2468").unwrap();
    let mut gate = AdminGate::open(dir.path());
    for pin in ["1111", "2222", "3333"] {
        gate.check(pin, at(0));
    }
    // The machine restarts with its clock a year behind (no battery clock, no network yet).
    let a_year_back = at(0) - Duration::from_secs(365 * 24 * 3600);
    let mut gate = AdminGate::open(dir.path());
    assert_eq!(
        gate.check("2468", a_year_back),
        PinCheck::LockedOut {
            remaining: admin::MAX_LOCKOUT
        }
    );
    assert_eq!(
        gate.check("2468", a_year_back + admin::MAX_LOCKOUT),
        PinCheck::Accepted
    );
}

#[test]
fn setting_a_new_pin_clears_a_lockout() {
    let dir = tempfile::tempdir().unwrap();
    admin::set_pin(dir.path(), "2468").unwrap();
    let mut gate = AdminGate::open(dir.path());
    for pin in ["1111", "2222", "3333"] {
        gate.check(pin, at(0));
    }
    assert!(gate.locked_for(at(1)).is_some());
    admin::set_pin(dir.path(), "8642").unwrap();
    let mut gate = AdminGate::open(dir.path());
    assert_eq!(gate.locked_for(at(1)), None);
    assert_eq!(gate.check("8642", at(1)), PinCheck::Accepted);
    assert_ne!(gate.check("2468", at(2)), PinCheck::Accepted);
}

/// `relais --config <dir>/relais.toml admin set-pin`, with `stdin` piped in.
fn set_pin_command(dir: &Path, extra_args: &[&str], stdin: &str) -> Output {
    let config = dir.join("relais.toml");
    std::fs::write(&config, "[store]\npath = \"data/relais.db\"\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_relais"))
        .arg("--config")
        .arg(&config)
        .args(["admin", "set-pin"])
        .args(extra_args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the relais binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn set_pin_reads_stdin_and_writes_a_private_hash_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let output = set_pin_command(dir.path(), &[], "4826\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // The data folder is the database's folder, relative to the configuration file.
    let pin_file = dir.path().join("data").join(admin::PIN_FILE);
    let text = std::fs::read_to_string(&pin_file).unwrap();
    assert!(text.starts_with("$argon2id$"), "{text}");
    assert!(!text.contains("4826"));
    let mode = std::fs::metadata(&pin_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    // The PIN is never echoed back.
    assert!(!String::from_utf8_lossy(&output.stdout).contains("4826"));
    assert!(!stderr.contains("4826"));
    let mut gate = AdminGate::open(&dir.path().join("data"));
    assert_eq!(gate.check("4826", at(0)), PinCheck::Accepted);
}

#[test]
fn set_pin_refuses_a_bad_pin_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    assert!(set_pin_command(dir.path(), &[], "4826\n").status.success());
    let pin_file = dir.path().join("data").join(admin::PIN_FILE);
    let before = std::fs::read_to_string(&pin_file).unwrap();
    for bad in ["12\n", "123456789\n", "12a4\n", "\n"] {
        let output = set_pin_command(dir.path(), &[], bad);
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("4 to 8 digits"), "{bad:?}: {stderr}");
        assert_eq!(std::fs::read_to_string(&pin_file).unwrap(), before);
    }
}

#[test]
fn set_pin_takes_no_pin_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let output = set_pin_command(dir.path(), &["4826"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(!dir.path().join("data").join(admin::PIN_FILE).exists());
}
