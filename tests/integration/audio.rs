//! Tests of speech playback that need no sound card: finding clips, measuring them, and making
//! sure that the speaker neither panics nor hangs when there is nothing to play on.

use relais::audio::{NullSpeaker, Speaker, clip_duration, clip_path, open_speaker};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// The bytes of a 16-bit mono PCM WAV file, built by hand so that the tests depend on no encoder
/// and know exactly how many samples each file holds.
fn wav_bytes(sample_rate: u32, samples: &[i16]) -> Vec<u8> {
    let data_len = u32::try_from(samples.len() * 2).expect("a small test file");
    let mut bytes = Vec::with_capacity(44 + samples.len() * 2);
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data_len).to_le_bytes());
    bytes.extend_from_slice(b"WAVE");
    bytes.extend_from_slice(b"fmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes()); // size of the fmt chunk
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&sample_rate.to_le_bytes());
    bytes.extend_from_slice(&(sample_rate * 2).to_le_bytes()); // bytes per second
    bytes.extend_from_slice(&2u16.to_le_bytes()); // bytes per frame
    bytes.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data_len.to_le_bytes());
    for sample in samples {
        bytes.extend_from_slice(&sample.to_le_bytes());
    }
    bytes
}

/// Writes `seconds` of a 440 Hz sine as a WAV at `sample_rate`.
fn write_sine_wav(path: &Path, sample_rate: u32, seconds: f64) {
    let count = (f64::from(sample_rate) * seconds).round() as u32;
    let samples: Vec<i16> = (0..count)
        .map(|n| {
            let t = f64::from(n) / f64::from(sample_rate);
            ((t * 440.0 * std::f64::consts::TAU).sin() * 0.3 * f64::from(i16::MAX)) as i16
        })
        .collect();
    std::fs::write(path, wav_bytes(sample_rate, &samples)).expect("write the test WAV");
}

/// Creates `<root>/audio/<lang>/<name>` with some content.
fn touch(root: &Path, lang: &str, name: &str) -> PathBuf {
    let dir = root.join("audio").join(lang);
    std::fs::create_dir_all(&dir).expect("create the clip folder");
    let path = dir.join(name);
    std::fs::write(&path, b"clip").expect("write a clip");
    path
}

#[test]
fn clip_path_prefers_ogg_then_wav_then_nothing() {
    let root = tempfile::tempdir().expect("temporary folder");
    let root = root.path();

    let ogg = touch(root, "fr", "welcome.ogg");
    touch(root, "fr", "welcome.wav");
    assert_eq!(clip_path(root, "fr", "welcome"), Some(ogg));

    let wav = touch(root, "fr", "goodbye.wav");
    assert_eq!(clip_path(root, "fr", "goodbye"), Some(wav));

    assert_eq!(clip_path(root, "fr", "missing"), None);
    // The language is part of the path: a French clip is not an English one.
    assert_eq!(clip_path(root, "en", "welcome"), None);
}

#[test]
fn clip_duration_measures_a_wav() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("sine.wav");
    write_sine_wav(&path, 16_000, 0.5);

    let duration = clip_duration(&path).expect("a valid WAV has a duration");
    let error = duration.abs_diff(Duration::from_millis(500));
    assert!(
        error <= Duration::from_millis(10),
        "expected 0.5 s, got {duration:?}"
    );

    // A different length, so that a constant answer could not pass.
    let longer = dir.path().join("longer.wav");
    write_sine_wav(&longer, 16_000, 1.25);
    let duration = clip_duration(&longer).expect("a valid WAV has a duration");
    assert!(
        duration.abs_diff(Duration::from_millis(1250)) <= Duration::from_millis(10),
        "expected 1.25 s, got {duration:?}"
    );
}

#[test]
fn clip_duration_rejects_what_is_not_audio() {
    let dir = tempfile::tempdir().expect("temporary folder");

    let garbage = dir.path().join("garbage.ogg");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|n| (n.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&garbage, bytes).expect("write garbage");
    let err = clip_duration(&garbage).expect_err("garbage is not audio");
    assert!(
        err.contains("garbage.ogg"),
        "the message names the file: {err}"
    );

    let missing = dir.path().join("missing.wav");
    let err = clip_duration(&missing).expect_err("a missing file has no duration");
    assert!(
        err.contains("missing.wav"),
        "the message names the file: {err}"
    );

    // A well-formed header with a sample rate of zero makes the WAV reader under rodio panic
    // (symphonia 0.5 asserts on it); the kiosk must get an error instead. The panic message
    // still shows on stderr, from the panic hook, before it is caught.
    let zero_rate = dir.path().join("zero-rate.wav");
    std::fs::write(&zero_rate, wav_bytes(0, &[0; 100])).expect("write the WAV");
    let err = clip_duration(&zero_rate).expect_err("a sample rate of zero is not audio");
    assert!(
        err.contains("zero-rate.wav"),
        "the message names the file: {err}"
    );
}

/// Collects what the code under test logs, so that the test can count the warnings.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl Write for Log {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn open_speaker_without_a_device_neither_panics_nor_hangs() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let wav = dir.path().join("sine.wav");
    write_sine_wav(&wav, 16_000, 0.5);
    let garbage = dir.path().join("garbage.wav");
    std::fs::write(&garbage, b"not a wav").expect("write garbage");
    let zero_rate = dir.path().join("zero-rate.wav");
    std::fs::write(&zero_rate, wav_bytes(0, &[0; 100])).expect("write the WAV");
    let missing = dir.path().join("missing.ogg");

    let log = Log::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer({
            let log = log.clone();
            move || log.clone()
        })
        .with_ansi(false)
        .with_max_level(tracing_subscriber::filter::LevelFilter::WARN)
        .finish();

    // Everything runs on a thread of its own so that a hang fails the test instead of
    // stalling it; the speaker is created there because it need not be `Send`.
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        tracing::subscriber::with_default(subscriber, || {
            let started = Instant::now();
            let speaker = open_speaker();
            let opening = started.elapsed();
            speaker.say(vec![wav.clone(), garbage, zero_rate, missing, wav].into());
            speaker.stop();
            speaker.say(Vec::new().into());
            speaker.reset_volume();
            drop(speaker);
            done.send(opening).expect("report to the test");
        });
    });
    let opening = finished
        .recv_timeout(Duration::from_secs(10))
        .expect("open_speaker, say, stop, reset_volume and drop finish without panic or hang");
    assert!(
        opening < Duration::from_secs(4),
        "open_speaker took {opening:?}"
    );

    // Without a device there is exactly one warning, in plain words; with one there is none.
    let text = String::from_utf8(log.0.lock().unwrap().clone()).expect("the log is text");
    let warnings: Vec<&str> = text.lines().filter(|l| l.contains("WARN")).collect();
    assert!(warnings.len() <= 1, "at most one warning: {text}");
    if let Some(line) = warnings.first() {
        assert!(
            line.contains("no sound device: the kiosk runs silent ("),
            "the warning says what happens: {line}"
        );
    }
}

#[test]
fn null_speaker_does_nothing() {
    let speaker = NullSpeaker;
    speaker.say(vec![PathBuf::from("/nowhere/at/all.ogg")].into());
    speaker.stop();
    speaker.reset_volume();
    // And through the trait object the rest of the kiosk holds.
    let boxed: Box<dyn Speaker> = Box::new(NullSpeaker);
    boxed.say(Vec::new().into());
    boxed.stop();
    boxed.reset_volume();
}
