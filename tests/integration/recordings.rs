//! Recorded voices, through the real binary: `relais audio script` lists what to read,
//! `relais audio import` turns takes made by sox (a tone with silence around it, too quiet, too
//! loud, in WAV, FLAC and Ogg) into clips at -16 LUFS without their silence, and a French text
//! changed after its recording makes `relais check` call the recording stale, and the kiosk
//! play the generated clip instead. (`make test` installs sox.)

use std::path::Path;
use std::process::Command;

use crate::cli::relais;
use crate::common;

/// Integrated loudness (LUFS), true peak (dBTP) and length (s) of a clip, decoded with rodio
/// and measured with ebur128, independently of the code under test.
fn measure(path: &Path) -> (f64, f64, f64) {
    use rodio::Source;
    let decoder = rodio::Decoder::try_from(std::fs::File::open(path).unwrap()).unwrap();
    let channels = decoder.channels().get();
    let rate = decoder.sample_rate().get();
    let samples: Vec<f32> = decoder.collect();
    let mut meter = ebur128::EbuR128::new(
        u32::from(channels),
        rate,
        ebur128::Mode::I | ebur128::Mode::TRUE_PEAK,
    )
    .unwrap();
    meter.add_frames_f32(&samples).unwrap();
    let peak = (0..u32::from(channels))
        .map(|c| meter.true_peak(c).unwrap())
        .fold(0.0, f64::max);
    (
        meter.loudness_global().unwrap(),
        20.0 * peak.log10(),
        samples.len() as f64 / f64::from(rate) / f64::from(channels),
    )
}

/// A take: `before` s of silence, a 440 Hz tone of `seconds` at `amplitude`, `after` s of
/// silence, written by sox in the format the name says.
fn take(path: &Path, channels: u32, amplitude: f32, (before, seconds, after): (f32, f32, f32)) {
    let status = Command::new("sox")
        .args(["-n", "-r", "44100", "-c", &channels.to_string()])
        .arg(path)
        .args(["synth", &seconds.to_string(), "sine", "440"])
        .args(["vol", &amplitude.to_string()])
        .args(["pad", &before.to_string(), &after.to_string()])
        .status()
        .expect("sox is installed by scripts/install-deps.sh");
    assert!(status.success(), "sox made {}", path.display());
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The French recording script of the texts still to record (`--missing`), as HTML.
fn still_to_record(root: &Path) -> String {
    let output = relais(
        &[
            "audio",
            "script",
            "--lang",
            "fr",
            "--missing",
            "--out",
            "todo.html",
        ],
        root,
    );
    assert!(output.status.success(), "{output:?}");
    std::fs::read_to_string(root.join("todo.html")).unwrap()
}

#[test]
fn imported_takes_are_trimmed_normalised_and_go_stale_when_the_text_changes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_content(root);
    common::copy_dir(&common::repo_root().join("audio"), &root.join("audio"));
    std::fs::write(root.join("relais.toml"), "[site]\nname = \"Test\"\n").unwrap();

    // The script names every text to say; the takes are named after three of its ids.
    let output = relais(
        &["audio", "script", "--lang", "fr", "--out", "script.csv"],
        root,
    );
    assert!(output.status.success(), "{output:?}");
    let script = std::fs::read_to_string(root.join("script.csv")).unwrap();
    assert!(script.starts_with("id,text,where\n"), "{script}");
    assert!(
        script.contains(
            "cant-log-in--problem,Quel est votre problème ?,\"procedure cant-log-in, screen problem (locales/fr/cant-log-in.ftl:6)\""
        ),
        "{script}"
    );
    let ids: Vec<&str> = script
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|id| *id != "cant-log-in--problem")
        .take(2)
        .collect();
    let takes = root.join("takes");
    std::fs::create_dir(&takes).unwrap();
    // Too quiet (about -37 LUFS), too loud (about -3 LUFS, stereo) and in between.
    take(
        &takes.join("cant-log-in--problem.wav"),
        1,
        0.02,
        (0.8, 1.5, 0.6),
    );
    take(
        &takes.join(format!("{}.flac", ids[0])),
        2,
        0.99,
        (0.5, 1.5, 0.9),
    );
    take(
        &takes.join(format!("{}.ogg", ids[1])),
        1,
        0.3,
        (1.0, 1.5, 1.0),
    );

    let output = relais(&["audio", "import", "takes", "--lang", "fr"], root);
    assert!(output.status.success(), "{output:?}");
    for id in ["cant-log-in--problem", ids[0], ids[1]] {
        let clip = root.join(format!("audio/fr/{id}.ogg"));
        let (lufs, peak, seconds) = measure(&clip);
        assert!((lufs + 16.0).abs() <= 1.0, "{id}: {lufs:.2} LUFS");
        assert!(peak <= -0.5, "{id}: true peak {peak:.2} dBTP");
        // 1.5 s of tone and a few hundredths of a second of margin on each side are left.
        assert!((1.5..1.75).contains(&seconds), "{id}: {seconds:.2} s");
    }
    let listed = std::fs::read_to_string(root.join("audio/fr/recorded.toml")).unwrap();
    assert!(
        listed.contains("id = \"cant-log-in--problem\"")
            && listed.contains("text = \"Quel est votre problème ?\"")
            && listed.contains("source = \"recorded\""),
        "{listed}"
    );
    let stale_warning = "audio/fr/recorded.toml:1:1: warning: the recording of `cant-log-in--problem` says an older text";
    let check = stdout(&relais(&["check"], root));
    assert!(!check.contains("the recording of"), "{check}");
    let todo = still_to_record(root);
    assert!(
        !todo.contains("cant-log-in--problem.wav"),
        "recorded already"
    );

    // The French text changes: the recording is stale, listed again to record, and the kiosk
    // plays the generated clip (one stands in for `relais audio build` here).
    common::reword_a_french_question(root);
    let check = stdout(&relais(&["check"], root));
    assert!(check.contains(stale_warning), "{check}");
    let todo = still_to_record(root);
    assert!(
        todo.contains("cant-log-in--problem.wav") && todo.contains("Quel est votre souci ?"),
        "{todo}"
    );
    let generated = root.join("audio/fr/generated/cant-log-in--problem.wav");
    std::fs::create_dir_all(generated.parent().unwrap()).unwrap();
    // The copied audio/ may hold the clip `relais audio build` made (as .ogg, where sox is):
    // only the stand-in made here must be there.
    let _ = std::fs::remove_file(generated.with_extension("ogg"));
    take(&generated, 1, 0.3, (0.0, 0.5, 0.0));
    let (catalog, _) = relais::loader::load(root, None);
    let catalog = catalog.unwrap();
    assert_eq!(
        relais::recordings::clip_to_play(root, &catalog, "fr", "cant-log-in--problem"),
        Some(generated)
    );
    assert_eq!(
        relais::recordings::clip_to_play(root, &catalog, "fr", ids[0]),
        Some(root.join(format!("audio/fr/{}.ogg", ids[0]))),
        "a recording of the current text is played"
    );
}

#[test]
fn a_take_named_after_no_text_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_content(root);
    std::fs::write(root.join("relais.toml"), "[site]\nname = \"Test\"\n").unwrap();
    let takes = root.join("takes");
    std::fs::create_dir(&takes).unwrap();
    take(
        &takes.join("cant-log-in--problem.wav"),
        1,
        0.3,
        (0.2, 0.8, 0.2),
    );
    take(&takes.join("no-such-text.wav"), 1, 0.3, (0.2, 0.8, 0.2));
    let output = relais(&["audio", "import", "takes", "--lang", "fr"], root);
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("no-such-text.wav") && error.contains("hint: name each file after the id"),
        "{error}"
    );
    assert!(!root.join("audio/fr/cant-log-in--problem.ogg").exists());
}
