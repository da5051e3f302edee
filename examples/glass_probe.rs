//! Times what a visitor sees, from outside the process: polls the pixels of the X screen
//! (`$DISPLAY`, Xvfb in `scripts/bench.sh`) for `make bench` (issue 19).
//!
//! ```text
//! glass_probe first-frame <command> [args…]  start the command; ms until the screen changes
//! glass_probe first-color <rrggbb> <command> [args…]
//!                                            the same, until that colour shows (a browser
//!                                            shows an empty window before its page)
//! glass_probe tap <x> <y>                    click there (xdotool, XTEST); ms until it changes
//! glass_probe settle <quiet-ms>              wait until the screen has not changed for so long
//! ```
//!
//! "The screen changes" is any pixel of seven full-width bands (2 pixels high, from an eighth to
//! seven eighths of the height) differing from what they showed before: a new screen always
//! changes some of them, and reading 100 kB per poll keeps a poll well under a millisecond, so
//! the probe itself does not hide the time it measures. Slint's software renderer and Chromium
//! both put a whole frame on the screen at once, so the first change is the new frame.
//! `first-frame` prints `pid=<pid> ms=<ms>` and leaves the command running; the others `ms=<ms>`.

use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat};
use x11rb::rust_connection::RustConnection;

const USAGE: &str = "usage: glass_probe first-frame <command> [args…] \
    | first-color <rrggbb> <command> [args…] | tap <x> <y> | settle <ms>";

/// Nothing measured here should take longer; past it the probe fails rather than waits forever.
const TIMEOUT: Duration = Duration::from_secs(60);

struct Screen {
    conn: RustConnection,
    root: u32,
    width: u16,
    height: u16,
}

impl Screen {
    fn open() -> Result<Screen, String> {
        let (conn, number) = x11rb::connect(None).map_err(|e| format!("no X display: {e}"))?;
        let screen = &conn.setup().roots[number];
        let (root, width, height) = (screen.root, screen.width_in_pixels, screen.height_in_pixels);
        Ok(Screen {
            conn,
            root,
            width,
            height,
        })
    }

    /// The seven bands, requested at once and read in order.
    fn bands(&self) -> Result<Vec<u8>, String> {
        let cookies: Vec<_> = (1..8)
            .map(|k| {
                let y = (u32::from(self.height) * k / 8) as i16;
                self.conn
                    .get_image(ImageFormat::Z_PIXMAP, self.root, 0, y, self.width, 2, !0)
                    .map_err(|e| e.to_string())
            })
            .collect::<Result<_, _>>()?;
        let mut pixels = Vec::new();
        for cookie in cookies {
            pixels.extend(cookie.reply().map_err(|e| e.to_string())?.data);
        }
        Ok(pixels)
    }

    /// Milliseconds from `since` until the bands differ from `before`.
    fn changed_since(&self, before: &[u8], since: Instant) -> Result<f64, String> {
        self.until(since, |bands| bands != before)
    }

    /// Milliseconds from `since` until `seen` holds of the bands.
    fn until(&self, since: Instant, seen: impl Fn(&[u8]) -> bool) -> Result<f64, String> {
        while since.elapsed() < TIMEOUT {
            if seen(&self.bands()?) {
                return Ok(since.elapsed().as_secs_f64() * 1000.0);
            }
        }
        Err("the screen did not show it within a minute".into())
    }
}

/// Starts `command`; milliseconds until `seen` holds of the screen.
fn first_frame(command: &[String], color: Option<&str>) -> Result<String, String> {
    let screen = Screen::open()?;
    let before = screen.bands()?;
    // Xvfb's 24-bit screens are 32 bits a pixel, blue first.
    let wanted = match color {
        Some(hex) => {
            let rgb = u32::from_str_radix(hex, 16).map_err(|_| USAGE.to_string())?;
            let [_, r, g, b] = rgb.to_be_bytes();
            Some([b, g, r])
        }
        None => None,
    };
    let started = Instant::now();
    // Its output is not ours: a shell reading ours through `$(…)` would wait for it to exit.
    let child = Command::new(&command[0])
        .args(&command[1..])
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", command[0]))?;
    let ms = screen.until(started, |bands| match wanted {
        Some(bgr) => bands.chunks_exact(4).any(|p| p[..3] == bgr),
        None => bands != before,
    })?;
    Ok(format!("pid={} ms={ms:.1}", child.id()))
}

fn tap(x: &str, y: &str) -> Result<String, String> {
    let screen = Screen::open()?;
    let before = screen.bands()?;
    // Timed from before xdotool starts: its own start-up (a millisecond or two) is counted,
    // so the figure is pessimistic by that much.
    let started = Instant::now();
    let mut click = Command::new("xdotool")
        .args(["mousemove", x, y, "click", "1"])
        .spawn()
        .map_err(|e| format!("cannot start xdotool: {e}"))?;
    let ms = screen.changed_since(&before, started)?;
    let _ = click.wait();
    Ok(format!("ms={ms:.1}"))
}

fn settle(quiet: &str) -> Result<String, String> {
    let quiet = Duration::from_millis(quiet.parse().map_err(|_| USAGE.to_string())?);
    let screen = Screen::open()?;
    let started = Instant::now();
    let mut last = screen.bands()?;
    let mut still_since = Instant::now();
    while started.elapsed() < TIMEOUT {
        std::thread::sleep(Duration::from_millis(5));
        let now = screen.bands()?;
        if now != last {
            last = now;
            still_since = Instant::now();
        } else if still_since.elapsed() >= quiet {
            return Ok(format!(
                "ms={:.1}",
                started.elapsed().as_secs_f64() * 1000.0
            ));
        }
    }
    Err("the screen never stood still".into())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["first-frame", _, ..] => first_frame(&args[1..], None),
        ["first-color", color, _, ..] => first_frame(&args[2..], Some(color)),
        ["tap", x, y] => tap(x, y),
        ["settle", quiet] => settle(quiet),
        _ => Err(USAGE.to_string()),
    };
    match outcome {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("glass_probe: {message}");
            ExitCode::FAILURE
        }
    }
}
