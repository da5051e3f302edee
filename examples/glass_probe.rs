//! Times what a visitor sees, from outside the process: polls the pixels of the X screen
//! (`$DISPLAY`, Xvfb in `scripts/bench.sh`) for `make bench` (issue 19).
//!
//! ```text
//! glass_probe first-frame <command> [args…]  start the command; ms until the screen changes
//! glass_probe first-color <rrggbb> <command> [args…]
//!                                            the same, until that colour fills a quarter of
//!                                            the bands
//!                                            (a browser shows an empty window before its page;
//!                                            the kiosk's greeting is the only screen so blue)
//! glass_probe tap <x> <y>                    click there (xdotool, XTEST); ms until a new screen
//!                                            (two bands or more change)
//! glass_probe settle <quiet-ms>              wait until the screen has not changed for so long
//! glass_probe sound-sink <fifo> <log>        read the sound a program writes into <fifo> at the
//!                                            pace of a sound card, until killed; log each onset
//! glass_probe tap-sound <log> <x> <y>        wait for silence, click; ms to the next onset
//! glass_probe printer <port> <log>           an ESC/POS printer on 127.0.0.1:<port>, until
//!                                            killed; log each job's last byte
//! glass_probe tap-print <log> <x> <y>        click; ms to the last byte of the next job
//! glass_probe shot <file.ppm>                the whole screen, to see where a script stands
//! ```
//!
//! Before it starts the command, `first-frame` (and `first-color`) waits until no window is
//! mapped on the screen and the bands have stood still for 300 ms: the previous program of a
//! loop may still be closing, and its window's disappearance (the root repainted where it was)
//! would otherwise be taken for the new program's first frame.
//!
//! "The screen changes" is any pixel of seven full-width bands (2 pixels high, from an eighth to
//! seven eighths of the height) differing from what they showed before: a new screen always
//! changes some of them, and reading 100 kB per poll keeps a poll well under a millisecond, so
//! the probe itself does not hide the time it measures. Slint's software renderer and Chromium
//! both put a whole frame on the screen at once, so the first change is the new frame.
//! `first-frame` prints `pid=<pid> ms=<ms>` and leaves the command running; the others `ms=<ms>`
//! (`tap-print` adds `closed_ms=` and `cut_last=`).
//!
//! **Sound** (`sound-sink`): the kiosk's ALSA `default` device is made, by an `.asoundrc` of its
//! own (`scripts/bench-glass.sh`), a `plug` in front of a `file` plugin writing raw samples (S16
//! stereo at 48 kHz) into a FIFO, its slave being the `null` device. `null` takes samples as fast
//! as they come, so the pace is the reader's: the sink reads 5 ms of sound every 5 ms and shrinks
//! the pipe to one page (4 KiB, 21 ms), as a sound card's buffer would hold them. An onset is a
//! non-zero sample after at least 200 ms of zeros; its line in the log is `on <unix ns>`, and
//! `off <unix ns>` when 200 ms of zeros follow. Wall-clock nanoseconds, so that two processes
//! compare them.
//!
//! **Printing** (`printer`): answers the kiosk's paper status request (`DLE EOT 4`) with "paper
//! present", reads the job until the kiosk closes its side, and logs
//! `job <last byte ns> <closed ns> <bytes> <cut last: yes|no>` (the cut being `GS V`).

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat, MapState};
use x11rb::rust_connection::RustConnection;

const USAGE: &str = "usage: glass_probe first-frame <command> [args…] \
    | first-color <rrggbb> <command> [args…] | tap <x> <y> | settle <ms> \
    | sound-sink <fifo> <log> | tap-sound <log> <x> <y> | printer <port> <log> \
    | tap-print <log> <x> <y> | shot <file.ppm>";

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

    /// Whether a window is mapped on the screen (the root's children: with no window manager,
    /// the programs' own windows).
    fn any_window_mapped(&self) -> Result<bool, String> {
        let tree = self
            .conn
            .query_tree(self.root)
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?;
        for window in tree.children {
            // A window destroyed since the tree was read is not mapped.
            let Ok(cookie) = self.conn.get_window_attributes(window) else {
                continue;
            };
            if let Ok(attributes) = cookie.reply()
                && attributes.map_state != MapState::UNMAPPED
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Waits until no window is mapped and the bands have not changed for `quiet`.
    fn wait_empty(&self, quiet: Duration) -> Result<(), String> {
        let started = Instant::now();
        let mut last = self.bands()?;
        let mut still_since = Instant::now();
        while started.elapsed() < TIMEOUT {
            std::thread::sleep(Duration::from_millis(5));
            let now = self.bands()?;
            if now != last || self.any_window_mapped()? {
                last = now;
                still_since = Instant::now();
            } else if still_since.elapsed() >= quiet {
                return Ok(());
            }
        }
        Err("the screen did not become empty and still within a minute".into())
    }

    /// Milliseconds from `since` until the screen shows something new: at least two of the
    /// bands differ from `before`. A tapped button's pressed colour (at most one band: a
    /// button is shorter than the distance between two bands) is not the next screen; a new
    /// screen changes several bands of the kiosk's window.
    fn changed_since(&self, before: &[u8], since: Instant) -> Result<f64, String> {
        let band = before.len() / 7;
        self.until(since, |bands| {
            bands.len() != before.len()
                || bands
                    .chunks(band)
                    .zip(before.chunks(band))
                    .filter(|(now, then)| now != then)
                    .count()
                    >= 2
        })
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
    screen.wait_empty(Duration::from_millis(300))?;
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
    if std::env::var_os("GLASS_PROBE_VERBOSE").is_some() {
        // To compare with the program's own log (RFC 3339 times there, Unix ns here).
        eprintln!("started at {} (Unix ns)", wall_ns());
    }
    // Its output is not ours: a shell reading ours through `$(…)` would wait for it to exit.
    let child = Command::new(&command[0])
        .args(&command[1..])
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", command[0]))?;
    let ms = screen.until(started, |bands| match wanted {
        // A quarter of the pixels (the kiosk's window, with no window manager, is 1280×800 of
        // the 1920×1080 screen): a button of that colour on another screen does not count.
        Some(bgr) => bands.chunks_exact(4).filter(|p| p[..3] == bgr).count() * 4 >= bands.len() / 4,
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

/// Nanoseconds since the Unix epoch: what the sinks log, comparable across processes.
fn wall_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Appends a line to a log read by another process, at once.
fn log_line(log: &Path, line: &str) -> Result<(), String> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .map_err(|e| format!("{}: {e}", log.display()))?;
    writeln!(file, "{line}").map_err(|e| format!("{}: {e}", log.display()))
}

fn log_lines(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Starts an XTEST click at (x, y); the wall-clock time just before.
fn click(x: &str, y: &str) -> Result<(u128, std::process::Child), String> {
    let started = wall_ns();
    let child = Command::new("xdotool")
        .args(["mousemove", x, y, "click", "1"])
        .spawn()
        .map_err(|e| format!("cannot start xdotool: {e}"))?;
    Ok((started, child))
}

/// Waits (polling every millisecond) until the log has a line after its first `skip` ones that
/// `wanted` accepts; returns what `wanted` made of it.
fn next_line<T>(log: &Path, skip: usize, wanted: impl Fn(&str) -> Option<T>) -> Result<T, String> {
    let started = Instant::now();
    while started.elapsed() < TIMEOUT {
        if let Some(found) = log_lines(log).iter().skip(skip).find_map(|l| wanted(l)) {
            return Ok(found);
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    Err(format!("nothing new in {} within a minute", log.display()))
}

const SOUND_RATE: u128 = 48_000;
/// S16 little-endian, two channels.
const SOUND_FRAME_BYTES: usize = 4;
/// What the sink reads at once: 5 ms.
const SOUND_CHUNK_FRAMES: usize = 240;
/// Zeros for so long end a sound; a sound after them is an onset.
const SILENCE: Duration = Duration::from_millis(200);

fn sound_sink(fifo: &str, log: &str) -> Result<String, String> {
    let log = Path::new(log);
    // Read and write: opening does not wait for a writer, and the pipe never reaches its end
    // when one program stops writing and the next has not started.
    let mut pipe = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(fifo)
        .map_err(|e| format!("{fifo}: {e}"))?;
    // One page: the writer stays at most 21 ms ahead, as a sound card's buffer would.
    // SAFETY: fcntl on a descriptor we own, with an integer argument.
    unsafe {
        libc::fcntl(
            std::os::fd::AsRawFd::as_raw_fd(&pipe),
            libc::F_SETPIPE_SZ,
            4096,
        );
    }
    let chunk_time =
        Duration::from_nanos((SOUND_CHUNK_FRAMES as u128 * 1_000_000_000 / SOUND_RATE) as u64);
    let mut chunk = vec![0u8; SOUND_CHUNK_FRAMES * SOUND_FRAME_BYTES];
    let mut base = Instant::now();
    let mut chunks: u32 = 0;
    let mut sounding = false;
    let mut last_sound = Instant::now();
    loop {
        let due = base + chunk_time * chunks;
        let now = Instant::now();
        if now < due {
            std::thread::sleep(due - now);
        } else if now - due > Duration::from_millis(100) {
            // Nobody wrote for a while (no program, or it stopped): start the pace again.
            base = now;
            chunks = 0;
        }
        pipe.read_exact(&mut chunk)
            .map_err(|e| format!("{fifo}: {e}"))?;
        let read_at = wall_ns();
        chunks += 1;
        let first = chunk
            .chunks_exact(2)
            .position(|s| i16::from_le_bytes([s[0], s[1]]) != 0);
        match first {
            Some(sample) => {
                if !sounding {
                    // The sample plays that much after the chunk's first one.
                    let frame = (sample * 2 / SOUND_FRAME_BYTES) as u128;
                    let at = read_at + frame * 1_000_000_000 / SOUND_RATE;
                    log_line(log, &format!("on {at}"))?;
                    sounding = true;
                }
                last_sound = Instant::now();
            }
            None if sounding && last_sound.elapsed() >= SILENCE => {
                log_line(log, &format!("off {read_at}"))?;
                sounding = false;
            }
            None => {}
        }
    }
}

fn tap_sound(log: &str, x: &str, y: &str) -> Result<String, String> {
    let log = Path::new(log);
    // Silence first (what the screen said on arriving has ended): an onset is then the tap's.
    let waiting = Instant::now();
    loop {
        let lines = log_lines(log);
        if lines.last().is_none_or(|l| l.starts_with("off ")) {
            break;
        }
        if waiting.elapsed() > Duration::from_secs(120) {
            return Err("the sound never stopped for two minutes".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let skip = log_lines(log).len();
    let (started, mut child) = click(x, y)?;
    let onset = next_line(log, skip, |line| {
        line.strip_prefix("on ")?
            .parse::<u128>()
            .ok()
            .filter(|&at| at >= started)
    })?;
    let _ = child.wait();
    Ok(format!("ms={:.1}", (onset - started) as f64 / 1e6))
}

/// `DLE EOT 4`, the paper status request, and the answer "paper present".
const PAPER_STATUS_REQUEST: [u8; 3] = [0x10, 0x04, 0x04];
const PAPER_PRESENT: u8 = 0x12;

fn printer(port: &str, log: &str) -> Result<String, String> {
    let log = Path::new(log);
    let listener = std::net::TcpListener::bind(("127.0.0.1", port.parse().map_err(|_| USAGE)?))
        .map_err(|e| format!("127.0.0.1:{port}: {e}"))?;
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let _ = stream.set_nodelay(true);
        let mut job = Vec::new();
        let mut buffer = [0u8; 65536];
        let mut answered = false;
        let mut last_byte = wall_ns();
        let closed = loop {
            match stream.read(&mut buffer) {
                Ok(0) | Err(_) => break wall_ns(),
                Ok(n) => {
                    last_byte = wall_ns();
                    job.extend_from_slice(&buffer[..n]);
                    if !answered && job.len() >= 3 && job[..3] == PAPER_STATUS_REQUEST {
                        answered = true;
                        let _ = stream.write_all(&[PAPER_PRESENT]);
                    }
                }
            }
        };
        let cut_last = if job.ends_with(b"\x1dVA\x00") || job.ends_with(b"\x1dV\x00") {
            "yes"
        } else {
            "no"
        };
        log_line(
            log,
            &format!("job {last_byte} {closed} {} {cut_last}", job.len()),
        )?;
    }
    Err("the listener stopped".into())
}

fn tap_print(log: &str, x: &str, y: &str) -> Result<String, String> {
    let log = Path::new(log);
    let skip = log_lines(log).len();
    let (started, mut child) = click(x, y)?;
    let (last_byte, closed, cut_last) = next_line(log, skip, |line| {
        let mut words = line.strip_prefix("job ")?.split(' ');
        let last_byte: u128 = words.next()?.parse().ok()?;
        let closed: u128 = words.next()?.parse().ok()?;
        let cut_last = words.nth(1)?.to_string();
        Some((last_byte, closed, cut_last))
    })?;
    let _ = child.wait();
    let ms = |at: u128| at.saturating_sub(started) as f64 / 1e6;
    Ok(format!(
        "ms={:.1} closed_ms={:.1} cut_last={cut_last}",
        ms(last_byte),
        ms(closed)
    ))
}

fn shot(file: &str) -> Result<String, String> {
    let screen = Screen::open()?;
    let mut ppm = format!("P6 {} {} 255\n", screen.width, screen.height).into_bytes();
    for y in 0..screen.height {
        let row = screen
            .conn
            .get_image(
                ImageFormat::Z_PIXMAP,
                screen.root,
                0,
                y as i16,
                screen.width,
                1,
                !0,
            )
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?;
        for p in row.data.chunks_exact(4) {
            ppm.extend([p[2], p[1], p[0]]);
        }
    }
    std::fs::write(file, ppm).map_err(|e| format!("{file}: {e}"))?;
    Ok(format!("wrote {file}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["first-frame", _, ..] => first_frame(&args[1..], None),
        ["first-color", color, _, ..] => first_frame(&args[2..], Some(color)),
        ["tap", x, y] => tap(x, y),
        ["settle", quiet] => settle(quiet),
        ["sound-sink", fifo, log] => sound_sink(fifo, log),
        ["tap-sound", log, x, y] => tap_sound(log, x, y),
        ["printer", port, log] => printer(port, log),
        ["tap-print", log, x, y] => tap_print(log, x, y),
        ["shot", file] => shot(file),
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
