//! Kiosk behaviour under a real X server (Xvfb, as in `smoke_xvfb.rs`): a fullscreen kiosk
//! ignores being asked to close its window, which is what a window manager sends for Alt+F4 or
//! a close button (`WM_DELETE_WINDOW`), and keeps running. Only stopping the service (or the
//! admin screen's "Quit") ends it.
//!
//! Escape and other keys are not sent: without the XTEST extension (which would make Cargo
//! build winit a second time with other features) a test can only send synthetic key events,
//! which winit's XInput2 input ignores, so such a test could not fail. The kiosk binds no key.

use std::time::{Duration, Instant};

use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask, Window,
};
use x11rb::wrapper::ConnectionExt as _;

use crate::smoke_xvfb::{Session, assert_x_tools_on_path, write_config};

/// What the kiosk logs when it turns a close request down (`src/kiosk/window.rs`): proof that the
/// request reached it, so that "still running" means something.
const IGNORED: &str = "close request ignored";
const LOG_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the kiosk must then stay up.
const STAYS_UP: Duration = Duration::from_secs(2);

/// Sends `WM_DELETE_WINDOW` to `window`, as a window manager does when asked to close it.
fn ask_to_close(display: &str, window: Window) {
    let (conn, _) = x11rb::connect(Some(display)).expect("connect to Xvfb");
    let atom = |name: &str| {
        conn.intern_atom(false, name.as_bytes())
            .expect("intern an atom")
            .reply()
            .expect("the atom's reply")
            .atom
    };
    let (protocols, delete) = (atom("WM_PROTOCOLS"), atom("WM_DELETE_WINDOW"));
    // The window says it takes part in the protocol (winit sets WM_PROTOCOLS on its windows).
    let listed = conn
        .get_property(false, window, protocols, AtomEnum::ATOM, 0, 16)
        .expect("read WM_PROTOCOLS")
        .reply()
        .expect("WM_PROTOCOLS's reply");
    let listed: Vec<u32> = listed.value32().into_iter().flatten().collect();
    assert!(
        listed.contains(&delete),
        "the kiosk's window does not take WM_DELETE_WINDOW (WM_PROTOCOLS: {listed:?})"
    );
    let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
    conn.send_event(false, window, EventMask::NO_EVENT, event)
        .expect("send the close request");
    conn.sync().expect("the X server took the request");
}

#[test]
fn a_fullscreen_kiosk_turns_down_a_request_to_close_its_window() {
    assert_x_tools_on_path("the kiosk-mode test");
    let tmp = tempfile::tempdir().expect("create a temporary directory");
    let mut session = Session::start_xvfb(tmp.path());
    let config = write_config(tmp.path());
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("\n[kiosk]\nfullscreen = true\n");
    std::fs::write(&config, text).unwrap();
    session.start_kiosk_with_env(&config, &[]);

    let id = session.wait_for_window();
    let window = u32::from_str_radix(id.trim_start_matches("0x"), 16).expect("a window id");
    ask_to_close(&session.display(), window);

    let deadline = Instant::now() + LOG_TIMEOUT;
    while !session.kiosk_output().contains(IGNORED) {
        session.ensure_running();
        if Instant::now() > deadline {
            session.fail(&format!(
                "the kiosk did not log {IGNORED:?} within {LOG_TIMEOUT:?} of WM_DELETE_WINDOW"
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(STAYS_UP);
    session.ensure_running();
    assert!(
        session.window_shows(),
        "the kiosk runs but its window is gone"
    );
}
