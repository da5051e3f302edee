//! End-to-end smoke test: the real `relais` binary, started as `relais run` on a private
//! Xvfb X server, opens a window titled `relais` and actually draws into it, and is still
//! running two seconds later.
//!
//! What it shows, step by step:
//! 1. a fresh `Xvfb :<n> -screen 0 1280x800x24` is started on a free display number;
//! 2. `relais run --root <repo> --config <tmp>/relais.toml` is started on that display with
//!    `SLINT_BACKEND=winit-software` (the CI machine has no OpenGL), its stdout and stderr
//!    going to a temporary log file; the config keeps the database and the print spool in a
//!    temporary directory, so nothing is written into the repository;
//! 3. `xwininfo -root -tree` is polled until a window named exactly `relais` exists;
//! 4. the screen is read from Xvfb's own framebuffer file (`-fbdir`, an X window dump that
//!    Xvfb keeps up to date, the same pixels `xwd -root` would fetch) and decoded here; the
//!    window's area must hold at least 3 distinct colours with more than 0.5 % of its pixels
//!    differing from the most common colour (an undrawn window or the bare Xvfb root is one
//!    flat colour); the last capture is saved as `target/smoke-xvfb.png` for a person to see;
//! 5. the kiosk must not exit at any point, and must still run 2 s after the window is drawn;
//!    then it and Xvfb are stopped (also when the test fails, by a guard's `Drop`). Failures
//!    include the kiosk's output.
//!
//! What it needs: `Xvfb` (Debian package `xvfb`), `xdpyinfo` and `xwininfo` (package
//! `x11-utils`) on `PATH`. If any is missing the test fails rather than skips; `make test`
//! installs them. No sound card, GPU or window manager is needed: the kiosk only logs a
//! warning without sound, and draws with Slint's software renderer.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Read};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Exact title of the kiosk window.
const WINDOW_NAME: &str = "relais";
/// External programs the test drives.
pub(crate) const TOOLS: [&str; 3] = ["Xvfb", "xdpyinfo", "xwininfo"];
/// Display numbers tried for our private X server.
const DISPLAYS: std::ops::Range<u32> = 90..130;
/// How long Xvfb may take to accept connections.
const XVFB_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the kiosk may take to create its window (a debug build's first start is slow).
const WINDOW_TIMEOUT: Duration = Duration::from_secs(60);
/// How long, once the window exists, until its content must be drawn.
const DRAW_TIMEOUT: Duration = Duration::from_secs(20);
/// Pause between two polls.
const POLL: Duration = Duration::from_millis(200);
/// How long the kiosk must keep running once its window is drawn.
const KEEPS_RUNNING: Duration = Duration::from_secs(2);
/// How long a child gets to exit after SIGTERM before it is killed.
const STOP_GRACE: Duration = Duration::from_secs(3);
/// A drawn window shows at least this many distinct colours...
const MIN_COLOURS: usize = 3;
/// ...and more than this share of its pixels differ from the most common colour.
const MIN_NON_DOMINANT_SHARE: f64 = 0.005;
/// The file in which Xvfb (`-fbdir`) keeps screen 0, in XWD format.
const FRAMEBUFFER_FILE: &str = "Xvfb_screen0";

/// Fails (never skips) when Xvfb or the X tools are missing, naming them and the fix.
pub(crate) fn assert_x_tools_on_path(test: &str) {
    let missing: Vec<&str> = TOOLS
        .into_iter()
        .filter(|tool| find_on_path(tool).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "{test} needs {missing:?} on PATH; run `make test`, which installs them \
         (Debian packages xvfb and x11-utils)"
    );
}

#[test]
fn kiosk_window_is_drawn_under_xvfb() {
    assert_x_tools_on_path("the X smoke test");

    let tmp = tempfile::tempdir().expect("create a temporary directory");
    let mut session = Session::start_xvfb(tmp.path());
    let config = write_config(tmp.path());
    session.start_kiosk(&config);

    // 1. The window appears.
    session.wait_for_window();

    // 2. Its content is drawn. Poll the screen: the window is created before its first frame.
    let deadline = Instant::now() + DRAW_TIMEOUT;
    let (screen, window, stats) = loop {
        sleep(POLL);
        session.ensure_running();
        let tree = session.window_tree();
        let Some(window) = find_window(&tree, WINDOW_NAME) else {
            session.fail(&format!(
                "the {WINDOW_NAME:?} window disappeared; `xwininfo -root -tree`:\n{tree}"
            ));
        };
        let screen = session.capture_screen();
        let stats = ColourStats::of(&screen, window.clip_to(&screen));
        if stats.looks_drawn() || Instant::now() > deadline {
            break (screen, window, stats);
        }
    };
    let png_path = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR lies inside the target directory")
        .join("smoke-xvfb.png");
    screen
        .write_png(&png_path)
        .unwrap_or_else(|e| session.fail(&format!("cannot write {}: {e}", png_path.display())));
    println!("screen capture: {}", png_path.display());
    println!("window {window:?}: {stats:?}");
    if !stats.looks_drawn() {
        session.fail(&format!(
            "the {WINDOW_NAME:?} window {window:?} still looks blank after {DRAW_TIMEOUT:?}: \
             {stats:?}, want at least {MIN_COLOURS} colours and more than {:.1} % of pixels \
             off the most common colour; capture saved as {}",
            MIN_NON_DOMINANT_SHARE * 100.0,
            png_path.display()
        ));
    }

    // 3. It keeps running (no crash right after the first frame, e.g. while opening the sound
    // output); dropping the session then stops it and Xvfb.
    let settled = Instant::now() + KEEPS_RUNNING;
    while Instant::now() < settled {
        session.ensure_running();
        sleep(POLL);
    }
    session.ensure_running();
}

/// Our two child processes (Xvfb and the kiosk) and their logs. Dropping it stops both.
/// `watchdog.rs` starts its kiosk the same way.
pub(crate) struct Session {
    display: u32,
    xvfb: Option<Child>,
    xvfb_log: PathBuf,
    /// Xvfb's `-fbdir`, where it keeps the screen's pixels.
    framebuffer_dir: PathBuf,
    kiosk: Option<Child>,
    kiosk_log: PathBuf,
}

impl Session {
    /// Starts Xvfb on the first free display number and waits until it accepts clients.
    pub(crate) fn start_xvfb(tmp: &Path) -> Session {
        let mut session = Session {
            display: 0,
            xvfb: None,
            xvfb_log: tmp.join("xvfb.log"),
            framebuffer_dir: tmp.join("framebuffer"),
            kiosk: None,
            kiosk_log: tmp.join("relais.log"),
        };
        std::fs::create_dir_all(&session.framebuffer_dir).expect("create the framebuffer dir");
        for display in DISPLAYS {
            if lock_file(display).exists() || socket_file(display).exists() {
                continue;
            }
            let log = File::create(&session.xvfb_log).expect("create the Xvfb log");
            let xvfb = Command::new("Xvfb")
                .arg(format!(":{display}"))
                .args([
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ])
                .arg("-fbdir")
                .arg(&session.framebuffer_dir)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("start Xvfb");
            session.display = display;
            session.xvfb = Some(xvfb);
            if session.wait_for_xvfb() {
                return session;
            }
            // Another server took this display number first: try the next one.
            session.stop_xvfb();
        }
        session.fail(&format!(
            "could not start Xvfb on any display in {DISPLAYS:?}"
        ));
    }

    /// Whether our Xvfb serves `self.display` within [`XVFB_TIMEOUT`]; false if it exited.
    fn wait_for_xvfb(&mut self) -> bool {
        let deadline = Instant::now() + XVFB_TIMEOUT;
        let pid = self.xvfb.as_ref().map(Child::id);
        loop {
            if let Some(status) = try_wait(&mut self.xvfb) {
                eprintln!(
                    "Xvfb :{} exited at start ({status}): {}",
                    self.display,
                    log_tail(&self.xvfb_log, 500)
                );
                return false;
            }
            // The lock file holds the owner's pid: check that the server answering is ours.
            let locked_by_us = std::fs::read_to_string(lock_file(self.display))
                .is_ok_and(|s| s.trim().parse::<u32>().ok() == pid);
            if locked_by_us
                && socket_file(self.display).exists()
                && Command::new("xdpyinfo")
                    .args(["-display", &format!(":{}", self.display)])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            {
                return true;
            }
            if Instant::now() > deadline {
                self.fail(&format!(
                    "Xvfb :{} did not accept connections within {XVFB_TIMEOUT:?}",
                    self.display
                ));
            }
            sleep(POLL / 2);
        }
    }

    /// Starts `relais run` on our display, its stdout and stderr going to `self.kiosk_log`.
    fn start_kiosk(&mut self, config: &Path) {
        self.start_kiosk_with_env(config, &[]);
    }

    /// [`Session::start_kiosk`] with more environment variables for the kiosk.
    pub(crate) fn start_kiosk_with_env(&mut self, config: &Path, env: &[(&str, String)]) {
        let args = [
            "run".as_ref(),
            "--root".as_ref(),
            env!("CARGO_MANIFEST_DIR").as_ref(),
            "--config".as_ref(),
            config.as_os_str(),
        ];
        self.start_relais(&args, env);
    }

    /// Starts `relais` with these arguments and more environment variables on our display
    /// (`preview_live.rs` starts `relais preview` this way).
    pub(crate) fn start_relais(&mut self, args: &[&std::ffi::OsStr], env: &[(&str, String)]) {
        let log = File::create(&self.kiosk_log).expect("create the kiosk log");
        let log2 = log.try_clone().expect("clone the kiosk log handle");
        let kiosk = Command::new(env!("CARGO_BIN_EXE_relais"))
            .args(args)
            .env("SLINT_BACKEND", "winit-software")
            .env("DISPLAY", format!(":{}", self.display))
            // Never let winit pick a Wayland session the developer happens to run in.
            .env_remove("WAYLAND_DISPLAY")
            .envs(env.iter().map(|(name, value)| (name, value)))
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log2)
            .spawn()
            .unwrap_or_else(|e| self.fail(&format!("cannot start relais: {e}")));
        self.kiosk = Some(kiosk);
    }

    /// Waits until the kiosk's window appears and returns its X id (`0x…`); fails if it does not
    /// within `WINDOW_TIMEOUT` or if the kiosk exits.
    pub(crate) fn wait_for_window(&mut self) -> String {
        self.wait_for_window_named(WINDOW_NAME).id
    }

    /// Waits until a window titled `name` appears; fails if it does not within
    /// `WINDOW_TIMEOUT` or if relais exits.
    pub(crate) fn wait_for_window_named(&mut self, name: &str) -> Window {
        let deadline = Instant::now() + WINDOW_TIMEOUT;
        let mut tree = String::new();
        loop {
            if let Some(window) = find_window(&tree, name) {
                return window;
            }
            self.ensure_running();
            if Instant::now() > deadline {
                self.fail(&format!(
                    "no window named {name:?} appeared within {WINDOW_TIMEOUT:?}; \
                     last `xwininfo -root -tree`:\n{tree}"
                ));
            }
            sleep(POLL);
            tree = self.window_tree();
        }
    }

    /// Whether a window named `relais` is on the screen now.
    pub(crate) fn window_shows(&self) -> bool {
        find_window(&self.window_tree(), WINDOW_NAME).is_some()
    }

    /// The X display the kiosk runs on (`:N`).
    pub(crate) fn display(&self) -> String {
        format!(":{}", self.display)
    }

    /// Everything the kiosk has written to stdout and stderr so far.
    pub(crate) fn kiosk_output(&self) -> String {
        log_tail(&self.kiosk_log, usize::MAX)
    }

    /// Stops the kiosk as systemd does (SIGTERM) and returns its exit status; fails if it
    /// was not running or did not end within `grace`.
    pub(crate) fn terminate_kiosk(&mut self, grace: Duration) -> ExitStatus {
        match terminate(&mut self.kiosk, grace) {
            Stopped::Exited(status) => status,
            Stopped::NotRunning => self.fail("the kiosk was not running when asked to stop"),
            Stopped::Killed => self.fail(&format!(
                "the kiosk did not stop within {grace:?} of SIGTERM and was killed"
            )),
        }
    }

    /// Fails if the kiosk or Xvfb has exited.
    pub(crate) fn ensure_running(&mut self) {
        if let Some(status) = try_wait(&mut self.kiosk) {
            self.fail(&format!("relais exited unexpectedly ({status})"));
        }
        if let Some(status) = try_wait(&mut self.xvfb) {
            self.fail(&format!("Xvfb exited unexpectedly ({status})"));
        }
    }

    /// Output of `xwininfo -root -tree` (empty if it failed).
    fn window_tree(&self) -> String {
        Command::new("xwininfo")
            .args(["-display", &format!(":{}", self.display), "-root", "-tree"])
            .stderr(Stdio::null())
            .output()
            .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
            .unwrap_or_default()
    }

    /// What `window` shows now (the part of it on the screen).
    pub(crate) fn capture_window(&self, window: &Window) -> Image {
        let screen = self.capture_screen();
        screen.crop(window.clip_to(&screen))
    }

    /// The whole screen, read from Xvfb's framebuffer file.
    fn capture_screen(&self) -> Image {
        let path = self.framebuffer_dir.join(FRAMEBUFFER_FILE);
        let dump = std::fs::read(&path)
            .unwrap_or_else(|e| self.fail(&format!("cannot read {}: {e}", path.display())));
        parse_xwd(&dump).unwrap_or_else(|e| self.fail(&format!("bad {}: {e}", path.display())))
    }

    /// Panics with `msg`, the kiosk's output and the end of Xvfb's log.
    pub(crate) fn fail(&self, msg: &str) -> ! {
        panic!(
            "{msg}\n--- relais stdout+stderr ---\n{}\n--- Xvfb :{} log (end) ---\n{}",
            log_tail(&self.kiosk_log, 16_000),
            self.display,
            log_tail(&self.xvfb_log, 2_000)
        );
    }

    fn stop_xvfb(&mut self) {
        let pid = self.xvfb.as_ref().map(Child::id);
        if stop(&mut self.xvfb) {
            // Killed without a chance to clean up: remove its lock and socket if still its own.
            let ours = std::fs::read_to_string(lock_file(self.display))
                .is_ok_and(|s| s.trim().parse::<u32>().ok() == pid);
            if ours {
                let _ = std::fs::remove_file(socket_file(self.display));
                let _ = std::fs::remove_file(lock_file(self.display));
            }
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        stop(&mut self.kiosk);
        self.stop_xvfb();
    }
}

/// Exit status of `child` if it has exited.
fn try_wait(child: &mut Option<Child>) -> Option<ExitStatus> {
    child.as_mut().and_then(|c| c.try_wait().ok().flatten())
}

/// Stops `child` with SIGTERM, or SIGKILL after [`STOP_GRACE`]; returns whether it was killed.
fn stop(child: &mut Option<Child>) -> bool {
    matches!(terminate(child, STOP_GRACE), Stopped::Killed)
}

/// How a child ended when asked to stop.
enum Stopped {
    /// It was not running (never started, or already ended).
    NotRunning,
    /// It ended by itself within the grace period, with this status.
    Exited(ExitStatus),
    /// It was still running after the grace period and was killed.
    Killed,
}

/// Sends `child` SIGTERM, as systemd's stop does, and waits up to `grace` for it to end;
/// kills it after that.
fn terminate(child: &mut Option<Child>, grace: Duration) -> Stopped {
    let Some(mut child) = child.take() else {
        return Stopped::NotRunning;
    };
    if matches!(child.try_wait(), Ok(Some(_))) {
        return Stopped::NotRunning;
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .stderr(Stdio::null())
        .status();
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        match child.try_wait() {
            Ok(Some(status)) => return Stopped::Exited(status),
            Ok(None) => sleep(Duration::from_millis(20)),
            Err(_) => return Stopped::NotRunning,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    Stopped::Killed
}

fn lock_file(display: u32) -> PathBuf {
    PathBuf::from(format!("/tmp/.X{display}-lock"))
}

fn socket_file(display: u32) -> PathBuf {
    PathBuf::from(format!("/tmp/.X11-unix/X{display}"))
}

/// Full path of the executable `name` on `PATH`.
pub(crate) fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| {
            p.metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// Writes the kiosk config, keeping its database and print spool inside `tmp`.
pub(crate) fn write_config(tmp: &Path) -> PathBuf {
    let config = tmp.join("relais.toml");
    let text = format!(
        "[store]\npath = {}\n\n[printer]\nspool-dir = {}\n",
        toml_string(&tmp.join("relais.db")),
        toml_string(&tmp.join("spool"))
    );
    std::fs::write(&config, text).expect("write the kiosk config");
    config
}

/// `path` as a TOML basic string.
fn toml_string(path: &Path) -> String {
    let s = path.to_str().expect("temporary paths are UTF-8");
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The last `max` bytes (or so) of a log file, lossily decoded.
fn log_tail(path: &Path, max: usize) -> String {
    let mut bytes = Vec::new();
    if let Err(e) = File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)) {
        return format!("(cannot read {}: {e})", path.display());
    }
    let start = bytes.len().saturating_sub(max);
    let text = String::from_utf8_lossy(&bytes[start..]);
    if start > 0 {
        format!("[... {start} bytes cut ...]{text}")
    } else {
        text.into_owned()
    }
}

/// A window found in `xwininfo -tree` output: its id and absolute geometry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Window {
    id: String,
    x: i64,
    y: i64,
    width: i64,
    height: i64,
}

impl Window {
    /// The part of the window lying on `screen`, as `(x0, y0, x1, y1)`, end exclusive.
    fn clip_to(&self, screen: &Image) -> (usize, usize, usize, usize) {
        let clamp = |v: i64, max: usize| v.clamp(0, max as i64) as usize;
        (
            clamp(self.x, screen.width),
            clamp(self.y, screen.height),
            clamp(self.x + self.width, screen.width),
            clamp(self.y + self.height, screen.height),
        )
    }
}

/// The largest window named exactly `name` in `xwininfo -tree` output, whose lines read
/// `0x200003 "relais": ("res-name" "Class")  400x300+10+20  +10+20` (size, position in the
/// parent, absolute position).
fn find_window(tree: &str, name: &str) -> Option<Window> {
    let prefix = format!("\"{name}\": ");
    tree.lines()
        .filter_map(|line| {
            let (id, rest) = line.trim().split_once(' ')?;
            if !id.starts_with("0x") || !rest.starts_with(&prefix) {
                return None;
            }
            let mut fields = rest.split_whitespace().rev();
            let (x, y) = parse_offsets(fields.next()?)?;
            let (size, _) = fields.next()?.split_once('+')?;
            let (width, height) = size.split_once('x')?;
            Some(Window {
                id: id.to_string(),
                x,
                y,
                width: width.parse().ok()?,
                height: height.parse().ok()?,
            })
        })
        .filter(|w| w.width > 0 && w.height > 0)
        .max_by_key(|w| w.width * w.height)
}

/// Parses `+X+Y` where X and Y may be negative (`+-5+10`).
fn parse_offsets(s: &str) -> Option<(i64, i64)> {
    let (x, y) = s.strip_prefix('+')?.split_once('+')?;
    Some((x.parse().ok()?, y.parse().ok()?))
}

/// An RGB image, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Image {
    pub(crate) width: usize,
    pub(crate) height: usize,
    pub(crate) pixels: Vec<[u8; 3]>,
}

impl Image {
    /// The rectangle `(x0, y0, x1, y1)` (end exclusive) of the image.
    pub(crate) fn crop(&self, (x0, y0, x1, y1): (usize, usize, usize, usize)) -> Image {
        let pixels = (y0..y1)
            .flat_map(|y| {
                self.pixels[y * self.width + x0..y * self.width + x1]
                    .iter()
                    .copied()
            })
            .collect();
        Image {
            width: x1 - x0,
            height: y1 - y0,
            pixels,
        }
    }

    /// Whether the whole image looks drawn (not one flat colour), as the smoke test asks of the
    /// kiosk's window.
    pub(crate) fn looks_drawn(&self) -> bool {
        ColourStats::of(self, (0, 0, self.width, self.height)).looks_drawn()
    }

    pub(crate) fn write_png(&self, path: &Path) -> Result<(), String> {
        let file = File::create(path).map_err(|e| e.to_string())?;
        let mut encoder =
            png::Encoder::new(BufWriter::new(file), self.width as u32, self.height as u32);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let data: Vec<u8> = self.pixels.iter().flatten().copied().collect();
        encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&data))
            .map_err(|e| e.to_string())
    }
}

/// Size of the fixed part of an XWD header: 25 big-endian `u32` fields.
const XWD_HEADER_LEN: usize = 100;
/// Size of one XWD colormap entry: pixel `u32`, red, green, blue `u16`, flags, padding.
const XWD_COLOR_LEN: usize = 12;

/// Decodes an X window dump (format version 7, as `xwd` and `Xvfb -fbdir` write it) of a
/// `ZPixmap` image with 8, 16, 24 or 32 bits per pixel. True/direct-colour visuals are decoded through the
/// channel masks, the others through the dump's colormap.
fn parse_xwd(data: &[u8]) -> Result<Image, String> {
    let field = |i: usize| -> Result<u32, String> {
        data.get(i * 4..i * 4 + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| format!("XWD header truncated at field {i} ({} bytes)", data.len()))
    };
    let as_usize = |v: u32| v as usize;
    let header_size = as_usize(field(0)?);
    let version = field(1)?;
    let pixmap_format = field(2)?;
    let width = as_usize(field(4)?);
    let height = as_usize(field(5)?);
    let byte_order = field(7)?;
    let bits_per_pixel = as_usize(field(11)?);
    let bytes_per_line = as_usize(field(12)?);
    let visual_class = field(13)?;
    let masks = [field(14)?, field(15)?, field(16)?];
    let ncolors = as_usize(field(19)?);

    if version != 7 {
        return Err(format!("XWD file version {version}, expected 7"));
    }
    if header_size < XWD_HEADER_LEN {
        return Err(format!("XWD header size {header_size} is too small"));
    }
    if pixmap_format != 2 {
        return Err(format!(
            "XWD pixmap format {pixmap_format}, expected 2 (ZPixmap)"
        ));
    }
    if ![8, 16, 24, 32].contains(&bits_per_pixel) {
        return Err(format!("unsupported {bits_per_pixel} bits per pixel"));
    }
    let bytes_per_pixel = bits_per_pixel / 8;
    if bytes_per_line < width * bytes_per_pixel {
        return Err(format!(
            "{bytes_per_line} bytes per line for {width} pixels"
        ));
    }

    let colormap_end = header_size + ncolors * XWD_COLOR_LEN;
    let colormap_bytes = data
        .get(header_size..colormap_end)
        .ok_or("XWD colormap truncated")?;
    let colormap: HashMap<u32, [u8; 3]> = colormap_bytes
        .chunks_exact(XWD_COLOR_LEN)
        .map(|c| {
            let pixel = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
            // Keep the high byte of each 16-bit channel.
            (pixel, [c[4], c[6], c[8]])
        })
        .collect();
    let image_len = bytes_per_line * height;
    let image = data
        .get(colormap_end..colormap_end + image_len)
        .ok_or_else(|| {
            format!(
                "XWD pixels truncated: {} bytes after the colormap, {image_len} expected",
                data.len().saturating_sub(colormap_end)
            )
        })?;

    let true_colour = visual_class >= 4; // TrueColor = 4, DirectColor = 5
    let mut pixels = Vec::with_capacity(width * height);
    for row in image.chunks_exact(bytes_per_line) {
        for raw in row[..width * bytes_per_pixel].chunks_exact(bytes_per_pixel) {
            // byte_order 0 is LSBFirst, 1 is MSBFirst.
            let value = if byte_order == 0 {
                raw.iter().rev().fold(0u32, |v, &b| (v << 8) | u32::from(b))
            } else {
                raw.iter().fold(0u32, |v, &b| (v << 8) | u32::from(b))
            };
            pixels.push(if true_colour {
                masks.map(|mask| channel(value, mask))
            } else {
                *colormap
                    .get(&value)
                    .ok_or_else(|| format!("pixel value {value} is not in the XWD colormap"))?
            });
        }
    }
    Ok(Image {
        width,
        height,
        pixels,
    })
}

/// The channel of `value` selected by `mask`, scaled to 8 bits.
fn channel(value: u32, mask: u32) -> u8 {
    if mask == 0 {
        return 0;
    }
    let shift = mask.trailing_zeros();
    let bits = (mask >> shift).count_ones();
    let v = u64::from((value & mask) >> shift);
    let max = (1u64 << bits) - 1;
    (v * 255 / max) as u8
}

/// Colour statistics of a rectangle of an image.
#[derive(Debug, Clone, PartialEq)]
struct ColourStats {
    pixels: usize,
    distinct: usize,
    dominant: [u8; 3],
    /// Share of the pixels that differ from `dominant`.
    non_dominant_share: f64,
}

impl ColourStats {
    /// Statistics of `(x0, y0, x1, y1)` (end exclusive) in `image`.
    fn of(image: &Image, (x0, y0, x1, y1): (usize, usize, usize, usize)) -> ColourStats {
        let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
        for y in y0..y1 {
            for &p in &image.pixels[y * image.width + x0..y * image.width + x1] {
                *counts.entry(p).or_default() += 1;
            }
        }
        let pixels: usize = counts.values().sum();
        let (dominant, dominant_count) = counts
            .iter()
            .max_by_key(|&(_, &n)| n)
            .map_or(([0; 3], 0), |(&c, &n)| (c, n));
        ColourStats {
            pixels,
            distinct: counts.len(),
            dominant,
            non_dominant_share: if pixels == 0 {
                0.0
            } else {
                (pixels - dominant_count) as f64 / pixels as f64
            },
        }
    }

    fn looks_drawn(&self) -> bool {
        self.distinct >= MIN_COLOURS && self.non_dominant_share > MIN_NON_DOMINANT_SHARE
    }
}

mod parser_tests {
    use super::*;

    /// A hand-made XWD dump: header, window name, colormap entries `(pixel, r, g, b)` with
    /// 16-bit channels, then `pixel_bytes` as the image data.
    #[allow(clippy::too_many_arguments)]
    fn xwd(
        width: u32,
        height: u32,
        byte_order: u32,
        bits_per_pixel: u32,
        bytes_per_line: u32,
        visual_class: u32,
        masks: [u32; 3],
        colormap: &[(u32, u16, u16, u16)],
        pixel_bytes: &[u8],
    ) -> Vec<u8> {
        let name = b"test\0";
        let header_size = (XWD_HEADER_LEN + name.len()) as u32;
        let fields: [u32; 25] = [
            header_size,
            7, // file_version
            2, // ZPixmap
            24,
            width,
            height,
            0, // xoffset
            byte_order,
            32,
            byte_order,
            32,
            bits_per_pixel,
            bytes_per_line,
            visual_class,
            masks[0],
            masks[1],
            masks[2],
            8,
            colormap.len() as u32,
            colormap.len() as u32,
            width,
            height,
            0,
            0,
            0,
        ];
        let mut data: Vec<u8> = fields.iter().flat_map(|f| f.to_be_bytes()).collect();
        data.extend_from_slice(name);
        for &(pixel, r, g, b) in colormap {
            data.extend_from_slice(&pixel.to_be_bytes());
            for c in [r, g, b] {
                data.extend_from_slice(&c.to_be_bytes());
            }
            data.extend_from_slice(&[7, 0]); // flags DoRed|DoGreen|DoBlue, padding
        }
        data.extend_from_slice(pixel_bytes);
        data
    }

    const RGB_MASKS: [u32; 3] = [0xff_0000, 0x00_ff00, 0x00_00ff];

    #[test]
    fn parses_32_bit_lsb_first_true_colour_with_row_padding() {
        // 2x2 pixels, 4 bytes per pixel little-endian (0x00RRGGBB), 4 bytes of row padding.
        let mut pixels = Vec::new();
        for row in [[0xff_0000u32, 0x00_ff00], [0x00_00ff, 0x12_3456]] {
            for p in row {
                pixels.extend_from_slice(&p.to_le_bytes());
            }
            pixels.extend_from_slice(&[0xee; 4]);
        }
        // Xvfb's dumps carry a (useless) colormap even for true colour: include one.
        let colormap = [(0, 0, 0, 0), (1, 0x0101, 0x0101, 0x0101)];
        let data = xwd(2, 2, 0, 32, 12, 4, RGB_MASKS, &colormap, &pixels);
        let image = parse_xwd(&data).unwrap();
        assert_eq!((image.width, image.height), (2, 2));
        assert_eq!(
            image.pixels,
            [[255, 0, 0], [0, 255, 0], [0, 0, 255], [0x12, 0x34, 0x56]]
        );
    }

    #[test]
    fn parses_16_bit_msb_first_rgb565() {
        let masks = [0xf800, 0x07e0, 0x001f];
        let pixels = [0xf8, 0x00, 0x07, 0xe0, 0x00, 0x1f, 0xff, 0xff];
        let image = parse_xwd(&xwd(4, 1, 1, 16, 8, 4, masks, &[], &pixels)).unwrap();
        assert_eq!(
            image.pixels,
            [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]]
        );
    }

    #[test]
    fn parses_8_bit_pseudo_colour_through_the_colormap() {
        let colormap = [(0, 0, 0, 0), (5, 0xffff, 0x8000, 0x0000)];
        let data = xwd(3, 1, 0, 8, 4, 3, [0; 3], &colormap, &[5, 0, 5, 0]);
        let image = parse_xwd(&data).unwrap();
        assert_eq!(image.pixels, [[255, 128, 0], [0, 0, 0], [255, 128, 0]]);
    }

    #[test]
    fn rejects_bad_dumps() {
        let good = xwd(1, 1, 0, 32, 4, 4, RGB_MASKS, &[], &[1, 2, 3, 0]);
        assert!(parse_xwd(&good).is_ok());
        assert!(parse_xwd(&good[..good.len() - 1]).is_err());
        assert!(parse_xwd(&good[..50]).is_err());
        let mut old_version = good.clone();
        old_version[7] = 6;
        assert!(parse_xwd(&old_version).is_err());
        let mut bad_colour = xwd(1, 1, 0, 8, 4, 3, [0; 3], &[(0, 0, 0, 0)], &[9, 0, 0, 0]);
        assert!(parse_xwd(&bad_colour).is_err());
        bad_colour.truncate(XWD_HEADER_LEN + 10);
        assert!(parse_xwd(&bad_colour).is_err());
    }

    #[test]
    fn finds_the_window_in_xwininfo_tree_output() {
        let tree = r#"
xwininfo: Window id: 0x50d (the root window) (has no name)

  Root window id: 0x50d (the root window) (has no name)
  Parent window id: 0x0 (none)
     3 children:
     0x400001 "relais-other": ("x" "X")  10x10+0+0  +0+0
     0x200003 "relais": ("relais" "Relais")  1280x800+-4+6  +-4+6
        1 child:
        0x200006 (has no name): ()  400x300+0+0  +11+21
     0x300001 "relais": ("relais" "Relais")  1x1+0+0  +0+0
"#;
        let window = find_window(tree, "relais").unwrap();
        assert_eq!(
            window,
            Window {
                id: "0x200003".into(),
                x: -4,
                y: 6,
                width: 1280,
                height: 800
            }
        );
        assert_eq!(find_window(tree, "elais"), None);
        assert_eq!(find_window("", "relais"), None);

        let screen = Image {
            width: 100,
            height: 50,
            pixels: vec![[0; 3]; 5000],
        };
        assert_eq!(window.clip_to(&screen), (0, 6, 100, 50));
    }

    #[test]
    fn blank_and_drawn_areas_are_told_apart() {
        let mut image = Image {
            width: 10,
            height: 10,
            pixels: vec![[240, 240, 240]; 100],
        };
        let all = (0, 0, 10, 10);
        assert!(!ColourStats::of(&image, all).looks_drawn());
        image.pixels[11] = [0, 0, 0];
        image.pixels[12] = [128, 128, 128];
        let stats = ColourStats::of(&image, all);
        assert_eq!((stats.pixels, stats.distinct), (100, 3));
        assert_eq!(stats.dominant, [240, 240, 240]);
        assert!(stats.looks_drawn());
        // The drawn pixels lie outside this area.
        assert!(!ColourStats::of(&image, (0, 5, 10, 10)).looks_drawn());
    }
}
