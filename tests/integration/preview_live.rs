//! `relais preview` follows the files (issue 17, item 1), under a real X server (Xvfb, started
//! as in `smoke_xvfb.rs`), on a copy of the shipped content in a temporary folder:
//!
//! 1. the preview opens on the node `problem` of `cant-log-in`, in French, and draws it;
//! 2. that node's French question is reworded on disk: the window's pixels change within 2 s;
//! 3. the procedure's TOML file is broken: relais writes the error to standard error as
//!    `relais check` does (`content/cant-log-in.toml:LINE:COL: error: …`), and the window shows
//!    it over the top of the screen (a band of the overlay's dark red appears within 2 s) while
//!    the lower part of the last good screen stays exactly as it was;
//! 4. the file is mended: the overlay goes, and the window is again exactly the good screen.
//!
//! The captures are saved beside the smoke test's as `target/preview-*.png` for a person to see.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::common;
use crate::smoke_xvfb::{Image, Session, Window, assert_x_tools_on_path, write_config};

/// The preview window's title (ui/preview.slint).
const TITLE: &str = "relais preview";
/// What an editor may wait for a save to show.
const WITHIN: Duration = Duration::from_secs(2);
/// How long the first screen may take (a debug build's first start is slow).
const FIRST_DRAW: Duration = Duration::from_secs(30);
/// Pause between two captures.
const POLL: Duration = Duration::from_millis(50);
/// A screen is settled when it has not changed for this long.
const SETTLED: Duration = Duration::from_millis(400);
/// The preview's bar above the kiosk's screen (`Preview.bar-height`).
const BAR_HEIGHT: usize = 84;

#[test]
fn the_preview_shows_each_save_and_errors_over_the_last_good_screen() {
    assert_x_tools_on_path("the preview test");
    let tmp = tempfile::tempdir().expect("create a temporary directory");
    let root = tmp.path().join("root");
    let repo = common::repo_root();
    for folder in ["content", "locales", "ui/pictograms"] {
        common::copy_dir(&repo.join(folder), &root.join(folder));
    }
    let mut session = Session::start_xvfb(tmp.path());
    let config = write_config(tmp.path());
    let args: Vec<&OsStr> = vec![
        "preview".as_ref(),
        "cant-log-in".as_ref(),
        "--node".as_ref(),
        "problem".as_ref(),
        "--lang".as_ref(),
        "fr".as_ref(),
        "--size".as_ref(),
        "960x600".as_ref(),
        "--root".as_ref(),
        root.as_os_str(),
        "--config".as_ref(),
        config.as_os_str(),
    ];
    session.start_relais(&args, &[]);
    let window = session.wait_for_window_named(TITLE);

    // 1. The node, drawn.
    let first = wait_for(
        &mut session,
        &window,
        FIRST_DRAW,
        "the first screen",
        |shot| shot.looks_drawn(),
    );
    let good = settle(&mut session, &window, first);
    save(&good, "preview-good.png");

    // 2. Its French text reworded: the window changes within 2 s.
    let saved = Instant::now();
    common::reword_a_french_question(&root);
    let changed = wait_for(
        &mut session,
        &window,
        WITHIN,
        "the reworded question",
        |shot| *shot != good,
    );
    println!(
        "the reworded question showed {:?} after the save",
        saved.elapsed()
    );
    let edited = settle(&mut session, &window, changed);
    save(&edited, "preview-edited.png");

    // 3. The TOML broken: the error on standard error, the overlay over the top of the screen,
    // the last good screen under it.
    let toml = root.join("content/cant-log-in.toml");
    let mended = std::fs::read_to_string(&toml).unwrap();
    assert!(mended.ends_with('\n'));
    let broken_line = mended.lines().count() + 1;
    std::fs::write(&toml, format!("{mended}this line is not TOML\n")).unwrap();
    let located = format!("content/cant-log-in.toml:{broken_line}:");
    let with_errors = wait_for(&mut session, &window, WITHIN, "the error overlay", |shot| {
        overlay_rows(shot) >= 40
    });
    let with_errors = settle(&mut session, &window, with_errors);
    save(&with_errors, "preview-errors.png");
    let output = session.kiosk_output();
    let line = output
        .lines()
        .find(|line| line.starts_with(&located))
        .unwrap_or_else(|| {
            session.fail(&format!(
                "relais did not write the error at {located}… to standard error"
            ))
        });
    assert!(line.contains(": error: "), "not an error: {line}");
    let (width, height) = (good.width, good.height);
    let below = (0, height - height / 4, width, height);
    assert_eq!(
        with_errors.crop(below),
        edited.crop(below),
        "the lower part of the last good screen changed under the errors"
    );

    // 4. Mended: the overlay goes, and the window shows the good screen again, exactly.
    std::fs::write(&toml, &mended).unwrap();
    wait_for(&mut session, &window, WITHIN, "the overlay to go", |shot| {
        *shot == edited
    });
    session.ensure_running();
}

/// Captures the window until `done` holds; fails after `within`, saving the last capture.
fn wait_for(
    session: &mut Session,
    window: &Window,
    within: Duration,
    what: &str,
    done: impl Fn(&Image) -> bool,
) -> Image {
    let deadline = Instant::now() + within;
    loop {
        session.ensure_running();
        let shot = session.capture_window(window);
        if done(&shot) {
            return shot;
        }
        if Instant::now() > deadline {
            let path = save(&shot, "preview-failed.png");
            session.fail(&format!(
                "{what} did not show within {within:?}; last capture: {}",
                path.display()
            ));
        }
        sleep(POLL);
    }
}

/// Captures the window until it stops changing (a redraw may come in steps).
fn settle(session: &mut Session, window: &Window, mut shot: Image) -> Image {
    let mut since = Instant::now();
    let deadline = since + Duration::from_secs(10);
    while since.elapsed() < SETTLED && Instant::now() < deadline {
        sleep(POLL);
        let next = session.capture_window(window);
        if next != shot {
            (shot, since) = (next, Instant::now());
        }
    }
    shot
}

/// Rows of the kiosk's area (below the bar) mostly of the error overlay's dark red.
fn overlay_rows(shot: &Image) -> usize {
    (BAR_HEIGHT..shot.height)
        .filter(|&y| {
            let row = &shot.pixels[y * shot.width..(y + 1) * shot.width];
            let red = row
                .iter()
                .filter(|[r, g, b]| *r > 90 && *g < 40 && *b < 40)
                .count();
            red * 2 > row.len()
        })
        .count()
}

/// Saves a capture under target/ and returns its path.
fn save(shot: &Image, name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR lies inside the target directory")
        .join(name);
    if let Err(e) = shot.write_png(&path) {
        eprintln!("cannot write {}: {e}", path.display());
    }
    path
}
