//! A voice talent's recording made ready for the kiosk: decoded (WAV, FLAC or Ogg Vorbis, with
//! symphonia), mixed to mono, trimmed of the silence before and after the voice, brought to the
//! kiosk's loudness (EBU R128 integrated loudness, measured with ebur128) and written as 16-bit
//! WAV (hound). `recordings` files the result; this module only does the sound.
//!
//! Every clip the kiosk plays at the same loudness means a visitor never has to reach for the
//! volume between a question recorded close to the microphone and one recorded from afar.

use std::path::Path;

use anyhow::{Context, bail};
use ebur128::{EbuR128, Mode};

/// The loudness every recording is brought to, in LUFS: EBU R128's recommendation for speech
/// played on small loudspeakers (the same figure streaming services use for spoken word).
pub const TARGET_LUFS: f64 = -16.0;

/// The highest true peak a clip may reach, in dBTP: one decibel of headroom so that the Ogg
/// Vorbis compression afterwards cannot clip.
pub const MAX_TRUE_PEAK_DBTP: f64 = -1.0;

/// A stretch is silence when it is this much quieter than the loudest stretch of the
/// recording: relative, so a recording made too quietly is trimmed as well as a loud one.
const SILENCE_BELOW_LOUDEST_DB: f32 = 40.0;

/// The length of the stretches whose level is compared, in milliseconds.
const WINDOW_MS: usize = 10;

/// Kept before and after the voice, in milliseconds, so that a soft first consonant or the
/// end of a breath is not cut.
const MARGIN_MS: usize = 60;

/// Mono sound, samples between -1 and 1.
#[derive(Debug, Clone)]
pub struct Sound {
    pub rate: u32,
    pub samples: Vec<f32>,
}

impl Sound {
    pub fn duration_ms(&self) -> u64 {
        (self.samples.len() as u64 * 1000) / u64::from(self.rate.max(1))
    }
}

/// Integrated loudness (LUFS) and true peak (dBTP) of a sound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Loudness {
    pub integrated_lufs: f64,
    pub true_peak_dbtp: f64,
}

/// Decodes a WAV, FLAC or Ogg Vorbis file and mixes its channels to one (speech needs no
/// stereo, and the kiosk's loudspeaker has one). A damaged packet is skipped, not fatal.
pub fn decode(path: &Path) -> anyhow::Result<Sound> {
    use symphonia::core::audio::SampleBuffer;
    use symphonia::core::errors::Error;
    use symphonia::core::io::MediaSourceStream;
    use symphonia::core::probe::Hint;

    let file =
        std::fs::File::open(path).with_context(|| format!("{} cannot be read", path.display()))?;
    let stream = MediaSourceStream::new(Box::new(file), Default::default());
    let mut hint = Hint::new();
    if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
        hint.with_extension(ext);
    }
    let unreadable = || {
        format!(
            "{} is not a WAV, FLAC or Ogg Vorbis recording that can be read",
            path.display()
        )
    };
    let probed = symphonia::default::get_probe()
        .format(&hint, stream, &Default::default(), &Default::default())
        .with_context(unreadable)?;
    let mut format = probed.format;
    let track = format.default_track().with_context(unreadable)?;
    let track_id = track.id;
    let mut rate = track.codec_params.sample_rate.unwrap_or(0);
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &Default::default())
        .with_context(unreadable)?;
    let mut samples = Vec::new();
    loop {
        let packet = match format.next_packet() {
            Ok(packet) => packet,
            Err(Error::IoError(err)) if err.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(err) => return Err(err).with_context(unreadable),
        };
        if packet.track_id() != track_id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(decoded) => decoded,
            Err(Error::DecodeError(_)) => continue,
            Err(err) => return Err(err).with_context(unreadable),
        };
        let spec = *decoded.spec();
        rate = spec.rate;
        let channels = spec.channels.count().max(1);
        let mut buffer = SampleBuffer::<f32>::new(decoded.capacity() as u64, spec);
        buffer.copy_interleaved_ref(decoded);
        samples.extend(
            buffer
                .samples()
                .chunks(channels)
                .map(|frame| frame.iter().sum::<f32>() / channels as f32),
        );
    }
    if rate == 0 || samples.is_empty() {
        bail!("{} holds no sound", path.display());
    }
    Ok(Sound { rate, samples })
}

/// Cuts the silence before the first and after the last stretch of voice, keeping a short
/// margin. Returns false, leaving the sound as it is, when the whole recording is silent.
pub fn trim_silence(sound: &mut Sound) -> bool {
    let window = (sound.rate as usize * WINDOW_MS / 1000).max(1);
    let power: Vec<f32> = sound
        .samples
        .chunks(window)
        .map(|w| w.iter().map(|s| s * s).sum::<f32>() / w.len() as f32)
        .collect();
    let loudest = power.iter().copied().fold(0.0, f32::max);
    if loudest <= f32::EPSILON {
        return false;
    }
    let threshold = loudest * 10f32.powf(-SILENCE_BELOW_LOUDEST_DB / 10.0);
    let (Some(first), Some(last)) = (
        power.iter().position(|&p| p > threshold),
        power.iter().rposition(|&p| p > threshold),
    ) else {
        return false;
    };
    let margin = sound.rate as usize * MARGIN_MS / 1000;
    let start = (first * window).saturating_sub(margin);
    let end = ((last + 1) * window + margin).min(sound.samples.len());
    sound.samples.truncate(end);
    sound.samples.drain(..start);
    true
}

/// Measures a sound's integrated loudness and true peak as EBU R128 defines them.
pub fn measure(sound: &Sound) -> anyhow::Result<Loudness> {
    let mut meter = EbuR128::new(1, sound.rate, Mode::I | Mode::TRUE_PEAK)
        .context("the loudness meter cannot measure this sample rate")?;
    meter
        .add_frames_f32(&sound.samples)
        .context("the loudness meter rejected the sound")?;
    let peak = meter.true_peak(0).context("no true peak")?;
    Ok(Loudness {
        integrated_lufs: meter.loudness_global().context("no loudness")?,
        true_peak_dbtp: 20.0 * peak.max(1e-10).log10(),
    })
}

/// Brings a sound to `TARGET_LUFS`, or as close as the true-peak ceiling allows (a very peaky
/// recording ends a little quieter rather than distorted). Returns the loudness measured
/// before, and the gain applied in dB. Fails when there is no voice to measure.
pub fn normalise(sound: &mut Sound) -> anyhow::Result<(Loudness, f64)> {
    let before = measure(sound)?;
    if !before.integrated_lufs.is_finite() {
        bail!("the recording is silent (or too short to measure: under 0.4 s)");
    }
    let wanted = TARGET_LUFS - before.integrated_lufs;
    let gain_db = wanted.min(MAX_TRUE_PEAK_DBTP - before.true_peak_dbtp);
    let factor = 10f64.powf(gain_db / 20.0) as f32;
    for sample in &mut sound.samples {
        *sample = (*sample * factor).clamp(-1.0, 1.0);
    }
    Ok((before, gain_db))
}

/// Writes a sound as 16-bit mono WAV, the format `relais audio build` also starts from.
pub fn write_wav(sound: &Sound, path: &Path) -> anyhow::Result<()> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: sound.rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let cannot = || format!("{} cannot be written", path.display());
    let mut writer = hound::WavWriter::create(path, spec).with_context(cannot)?;
    for sample in &sound.samples {
        let value = (sample * f32::from(i16::MAX)).round() as i16;
        writer.write_sample(value).with_context(cannot)?;
    }
    writer.finalize().with_context(cannot)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(rate: u32, silence_s: f32, tone_s: f32, amplitude: f32) -> Sound {
        let quiet = vec![0.0; (rate as f32 * silence_s) as usize];
        let voice = (0..(rate as f32 * tone_s) as usize)
            .map(|i| amplitude * (i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin());
        let samples = quiet.iter().copied().chain(voice).chain(quiet.clone());
        Sound {
            rate,
            samples: samples.collect(),
        }
    }

    #[test]
    fn trimming_keeps_the_voice_and_a_short_margin() {
        let mut sound = tone(8000, 1.0, 0.5, 0.01);
        assert!(trim_silence(&mut sound));
        let ms = sound.duration_ms();
        assert!(
            (500..=500 + 2 * MARGIN_MS as u64 + 20).contains(&ms),
            "{ms} ms"
        );
    }

    #[test]
    fn a_silent_recording_is_left_alone_and_refused() {
        let mut sound = tone(8000, 1.0, 0.0, 0.0);
        assert!(!trim_silence(&mut sound));
        assert!(normalise(&mut sound).is_err());
    }
}
