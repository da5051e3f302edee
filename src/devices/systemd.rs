//! Talking to systemd while the kiosk runs: READY once the window is up, a watchdog ping from
//! the UI thread, and STATUS lines in plain words for `systemctl status relais`.
//!
//! Outside systemd (no `NOTIFY_SOCKET`), every call here does nothing.
//!
//! The watchdog pings come from a `slint::Timer`, so they are sent by the UI thread's event
//! loop: if that loop freezes (a deadlock, an endless redraw), the pings stop, and systemd
//! restarts the kiosk after `WatchdogSec=`. A ping from another thread would keep a frozen
//! screen alive, which is the one thing the watchdog is for.
//!
//! Under cage, systemd's main process is cage and the kiosk is its child: systemd hands the
//! watchdog to `WATCHDOG_PID` = cage's pid, and `sd_watchdog_enabled()` would say "not for
//! you" to the kiosk. So the kiosk also accepts its parent's pid there (the unit says
//! `NotifyAccess=all`, so systemd takes the pings from the child).

use std::time::Duration;

use sd_notify::NotifyState;

/// Test-only hook: when this environment variable holds a number of milliseconds, the UI
/// thread blocks forever that long after READY, as a frozen screen would. It
/// exists so that `tests/integration/watchdog.rs` can show that the pings then stop; nothing
/// sets it in production, and the packaged units do not pass it.
pub const FREEZE_UI_FOR_TEST_ENV: &str = "RELAIS_TEST_ONLY_FREEZE_UI_AFTER_MS";

/// The watchdog period asked by systemd for this process, if any: `WATCHDOG_USEC`, when
/// `WATCHDOG_PID` is unset, ours, or our parent's (cage).
pub fn watchdog_timeout() -> Option<Duration> {
    watchdog_timeout_from(
        std::env::var("WATCHDOG_USEC").ok().as_deref(),
        std::env::var("WATCHDOG_PID").ok().as_deref(),
        std::process::id(),
        std::os::unix::process::parent_id(),
    )
}

/// [`watchdog_timeout`] from the two variables' values and the two pids (pure, for tests).
fn watchdog_timeout_from(
    usec: Option<&str>,
    watchdog_pid: Option<&str>,
    own_pid: u32,
    parent_pid: u32,
) -> Option<Duration> {
    let usec: u64 = usec?.trim().parse().ok().filter(|&usec| usec > 0)?;
    let for_us = match watchdog_pid {
        None => true,
        Some(pid) => pid
            .trim()
            .parse::<u32>()
            .is_ok_and(|pid| pid == own_pid || pid == parent_pid),
    };
    for_us.then(|| Duration::from_micros(usec))
}

/// Tells systemd that the kiosk is up (the window is shown and the event loop runs).
pub fn ready(status: &str) {
    send(&[NotifyState::Ready, NotifyState::Status(status)]);
}

/// Tells systemd what the kiosk is doing, in plain words (shown by `systemctl status`).
pub fn status(status: &str) {
    send(&[NotifyState::Status(status)]);
}

/// Tells systemd that the kiosk is stopping on purpose (left from the admin screen), so the
/// clean exit that follows is not mistaken for a failure to report.
pub fn stopping(status: &str) {
    send(&[NotifyState::Stopping, NotifyState::Status(status)]);
}

/// One watchdog ping.
pub fn watchdog_ping() {
    send(&[NotifyState::Watchdog]);
}

fn send(states: &[NotifyState]) {
    if std::env::var_os("NOTIFY_SOCKET").is_none() {
        return;
    }
    if let Err(error) = sd_notify::notify(states) {
        // Once is enough in the journal: a socket that fails once fails every time.
        static REPORTED: std::sync::Once = std::sync::Once::new();
        REPORTED
            .call_once(|| tracing::warn!("systemd could not be told the kiosk's state: {error}"));
    }
}

/// The watchdog's timer; keep it alive while the event loop runs.
pub struct ServiceTimers {
    _watchdog: Option<slint::Timer>,
}

/// Schedules, on the current (UI) thread's event loop: READY on its first turn (the window is
/// shown by then), watchdog pings every half period as systemd advises, and the test-only
/// freeze when asked. Call it just before running the event loop.
pub fn start_on_ui_thread(ready_status: &'static str) -> ServiceTimers {
    slint::Timer::single_shot(Duration::ZERO, move || {
        ready(ready_status);
        schedule_freeze_for_test();
    });
    ServiceTimers {
        _watchdog: start_watchdog(),
    }
}

fn start_watchdog() -> Option<slint::Timer> {
    let timeout = watchdog_timeout()?;
    let timer = slint::Timer::default();
    timer.start(slint::TimerMode::Repeated, timeout / 2, watchdog_ping);
    tracing::info!(
        "systemd watchdog: a ping every {} ms from the UI thread",
        (timeout / 2).as_millis()
    );
    Some(timer)
}

/// The test-only freeze (see [`FREEZE_UI_FOR_TEST_ENV`]), counted from READY.
fn schedule_freeze_for_test() {
    let Some(after_ms) = std::env::var(FREEZE_UI_FOR_TEST_ENV)
        .ok()
        .and_then(|ms| ms.parse::<u64>().ok())
    else {
        return;
    };
    tracing::warn!("{FREEZE_UI_FOR_TEST_ENV} is set: the UI thread will freeze (tests only)");
    slint::Timer::single_shot(Duration::from_millis(after_ms), || {
        tracing::warn!("the UI thread freezes now, as asked by {FREEZE_UI_FOR_TEST_ENV}");
        loop {
            std::thread::sleep(Duration::from_secs(3600));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_watchdog_is_ours_or_our_parents_only() {
        let (me, cage) = (200, 100);
        let period = Some(Duration::from_secs(30));
        assert_eq!(
            watchdog_timeout_from(Some("30000000"), Some("200"), me, cage),
            period
        );
        // Under cage, systemd names cage (our parent).
        assert_eq!(
            watchdog_timeout_from(Some("30000000"), Some("100"), me, cage),
            period
        );
        assert_eq!(
            watchdog_timeout_from(Some("30000000"), None, me, cage),
            period
        );
        // Another process's watchdog, or none at all.
        assert_eq!(
            watchdog_timeout_from(Some("30000000"), Some("7"), me, cage),
            None
        );
        assert_eq!(
            watchdog_timeout_from(Some("30000000"), Some("x"), me, cage),
            None
        );
        assert_eq!(watchdog_timeout_from(None, Some("200"), me, cage), None);
        assert_eq!(
            watchdog_timeout_from(Some("0"), Some("200"), me, cage),
            None
        );
        assert_eq!(watchdog_timeout_from(Some("soon"), None, me, cage), None);
    }
}
