//! Stopping the kiosk as systemd does (`systemctl stop`, a reboot: SIGTERM) is an orderly end,
//! not a crash: the window closes, the print worker finishes its attempt, the database is
//! closed (SQLite folds its write-ahead log back and removes it), and the next start runs the
//! quick integrity check, not the full one kept for an unclean shutdown
//! (`store::recovery`). A real kiosk under Xvfb.

use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::smoke_xvfb::{Session, assert_x_tools_on_path, write_config};

/// How long the kiosk may take to end after SIGTERM: one clock tick, the print worker's
/// attempt in progress (none here) and closing the database.
const GRACE: Duration = Duration::from_secs(10);
/// What the kiosk logs once its first frame is on the screen.
const FIRST_FRAME: &str = "first frame shown";
/// What the store logs when it finds the database was not closed.
const UNCLEAN: &str = "was not closed cleanly last time";

fn wait_for_log(session: &mut Session, needle: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !session.kiosk_output().contains(needle) {
        session.ensure_running();
        if Instant::now() > deadline {
            session.fail(&format!("the kiosk never logged {needle:?}"));
        }
        sleep(Duration::from_millis(100));
    }
}

#[test]
fn sigterm_ends_the_kiosk_cleanly_and_the_next_start_needs_no_full_check() {
    assert_x_tools_on_path("the service stop test");
    let tmp = tempfile::tempdir().unwrap();
    let config = write_config(tmp.path());
    let wal = tmp.path().join("relais.db-wal");

    let mut session = Session::start_xvfb(tmp.path());
    session.start_kiosk_with_env(&config, &[("RUST_LOG", "relais=info".into())]);
    wait_for_log(&mut session, FIRST_FRAME);
    let status = session.terminate_kiosk(GRACE);
    let output = session.kiosk_output();
    assert!(
        status.success(),
        "SIGTERM ended the kiosk with {status}, not as an orderly stop:\n{output}"
    );
    assert!(
        std::fs::metadata(&wal).map_or(true, |m| m.len() == 0),
        "the database's write-ahead log was left behind: the database was not closed"
    );

    session.start_kiosk_with_env(&config, &[("RUST_LOG", "relais=info".into())]);
    wait_for_log(&mut session, FIRST_FRAME);
    let output = session.kiosk_output();
    assert!(
        !output.contains(UNCLEAN),
        "after an orderly stop the next start still ran the full check:\n{output}"
    );
}
