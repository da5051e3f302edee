//! The systemd watchdog, end to end, without systemd: the real `relais run` on a private Xvfb
//! (as in `smoke_xvfb.rs`), told by the environment to report to a notify socket that this
//! test binds, exactly as systemd would (`NOTIFY_SOCKET`, `WATCHDOG_USEC`, and `WATCHDOG_PID`
//! set to this test's pid: the kiosk's parent, as cage is under systemd).
//!
//! What it shows:
//! 1. `READY=1` (with a `STATUS=` line) arrives once the window is up;
//! 2. `WATCHDOG=1` pings then arrive every half `WATCHDOG_USEC` while the UI thread runs;
//! 3. when the UI thread freezes (the test-only hook `RELAIS_TEST_ONLY_FREEZE_UI_AFTER_MS`,
//!    documented in `src/devices/systemd.rs`, blocks it 4 s after READY), the pings stop, while the
//!    process is still alive: systemd would now restart it, which is the point.

use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

use relais::systemd::FREEZE_UI_FOR_TEST_ENV;

use crate::smoke_xvfb::{Session, assert_x_tools_on_path, write_config};

/// The watchdog period given to the kiosk: pings every 0.5 s.
const WATCHDOG_USEC: u64 = 1_000_000;
/// How long the (debug) kiosk may take to show its window.
const READY_TIMEOUT: Duration = Duration::from_secs(90);
/// The UI thread freezes this long after READY.
const FREEZE_AFTER: Duration = Duration::from_secs(4);
/// Pings are counted from READY until shortly before the freeze...
const COUNT_PINGS_FOR: Duration = Duration::from_millis(3500);
/// ...and at least this many must arrive in that time (7 are due; the machine may be busy).
const MIN_PINGS: usize = 3;
/// After the freeze (and a margin for the UI thread to reach it), no ping may come in
/// three watchdog periods.
const FREEZE_MARGIN: Duration = Duration::from_secs(1);
const SILENCE: Duration = Duration::from_secs(3);

/// One datagram from the socket, if one comes within `wait`.
fn receive(socket: &UnixDatagram, wait: Duration) -> Option<String> {
    socket
        .set_read_timeout(Some(wait.max(Duration::from_millis(1))))
        .unwrap();
    let mut buffer = [0u8; 4096];
    let len = socket.recv(&mut buffer).ok()?;
    Some(String::from_utf8_lossy(&buffer[..len]).into_owned())
}

/// Every message received until `until`, failing if the kiosk exits meanwhile.
fn messages_until(socket: &UnixDatagram, session: &mut Session, until: Instant) -> Vec<String> {
    let mut messages = Vec::new();
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        session.ensure_running();
        if let Some(message) = receive(socket, left.min(Duration::from_millis(200))) {
            messages.push(message);
        }
    }
    session.ensure_running();
    messages
}

fn pings(messages: &[String]) -> usize {
    messages
        .iter()
        .filter(|m| m.lines().any(|line| line == "WATCHDOG=1"))
        .count()
}

#[test]
fn watchdog_pings_while_the_ui_runs_and_stop_when_it_freezes() {
    assert_x_tools_on_path("the watchdog test");
    let tmp = tempfile::tempdir().unwrap();
    let socket_path = tmp.path().join("notify.sock");
    let socket = UnixDatagram::bind(&socket_path).expect("bind the fake notify socket");

    let mut session = Session::start_xvfb(tmp.path());
    let config = write_config(tmp.path());
    session.start_kiosk_with_env(
        &config,
        &[
            ("NOTIFY_SOCKET", socket_path.display().to_string()),
            ("WATCHDOG_USEC", WATCHDOG_USEC.to_string()),
            ("WATCHDOG_PID", std::process::id().to_string()),
            (FREEZE_UI_FOR_TEST_ENV, FREEZE_AFTER.as_millis().to_string()),
        ],
    );

    // 1. READY, with a status line.
    let deadline = Instant::now() + READY_TIMEOUT;
    let ready = loop {
        session.ensure_running();
        if Instant::now() > deadline {
            session.fail(&format!("no READY=1 within {READY_TIMEOUT:?}"));
        }
        if let Some(message) = receive(&socket, Duration::from_millis(200))
            && message.lines().any(|line| line == "READY=1")
        {
            break message;
        }
    };
    let ready_at = Instant::now();
    assert!(
        ready.lines().any(|line| line == "STATUS=running"),
        "READY comes with a status: {ready:?}"
    );

    // 2. Pings while the UI runs.
    let running = messages_until(&socket, &mut session, ready_at + COUNT_PINGS_FOR);
    let running_pings = pings(&running);
    if running_pings < MIN_PINGS {
        session.fail(&format!(
            "{running_pings} watchdog ping(s) in {COUNT_PINGS_FOR:?} while the UI ran, want at \
             least {MIN_PINGS}: {running:?}"
        ));
    }

    // 3. The UI thread freezes: silence, while the process lives on.
    let frozen_at = ready_at + FREEZE_AFTER + FREEZE_MARGIN;
    let _ = messages_until(&socket, &mut session, frozen_at);
    let frozen = messages_until(&socket, &mut session, frozen_at + SILENCE);
    if pings(&frozen) > 0 {
        session.fail(&format!(
            "watchdog pings went on after the UI thread froze: {frozen:?}"
        ));
    }
    println!(
        "{running_pings} pings in {COUNT_PINGS_FOR:?} while running, none in {SILENCE:?} once frozen"
    );
}
