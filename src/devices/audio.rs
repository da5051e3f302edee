//! Speech playback for the kiosk.
//!
//! The kiosk speaks its questions aloud from clips that were recorded or generated beforehand and
//! stored as Ogg Vorbis or WAV files under `<root>/audio/<lang>/<message_id>.ogg` (or `.wav`).
//! This module finds those clips, measures how long they last, and plays them through the default
//! sound output with rodio, on a thread of its own so that the user interface never waits for
//! the sound card.
//!
//! It is not a speech synthesiser: it never turns text into sound, it only plays files that
//! already exist. It is not a general media player either: it plays one message at a time, and a
//! new message always cuts off the one before. Sound is a help, never a requirement: when there
//! is no sound device, when the crate is built without the `audio` feature, or when the device
//! goes away while the kiosk runs, the kiosk carries on silently and says so once in the log.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The volume the kiosk speaks at unless told otherwise; rodio treats `1.0` as the clip's own
/// level, neither amplified nor attenuated.
pub const DEFAULT_VOLUME: f32 = 1.0;

/// The clip files of one message, in order, found one by one as they are played.
///
/// Finding a clip looks at the disk (a recording, else the generated clip), and a screen of
/// 10,000 procedures says 10,000 names: looked up all at once, before the screen was drawn,
/// they took longer than the drawing (issue 19). The kiosk's clips are found on the sound
/// thread, each when the one before it ends; a list of files is also clips (`From<Vec>`).
pub struct Clips(Box<dyn Iterator<Item = PathBuf> + Send>);

impl Clips {
    pub fn new(clips: impl Iterator<Item = PathBuf> + Send + 'static) -> Self {
        Self(Box::new(clips))
    }
}

impl From<Vec<PathBuf>> for Clips {
    fn from(clips: Vec<PathBuf>) -> Self {
        Self::new(clips.into_iter())
    }
}

impl Iterator for Clips {
    type Item = PathBuf;
    fn next(&mut self) -> Option<PathBuf> {
        self.0.next()
    }
}

impl std::fmt::Debug for Clips {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clips(…)")
    }
}

/// Plays speech clips. Implementations never block the caller and never panic.
pub trait Speaker {
    /// Stop whatever is playing and play these clips, in order.
    fn say(&self, clips: Clips);
    /// Stop at once (the visitor acted).
    fn stop(&self);
    /// Back to the default volume and speed (called when a visit is wiped).
    fn reset_volume(&self);
    /// Speak slower (for visitors who need time), or at the normal speed again.
    fn set_slow(&self, slow: bool);
    /// Speak this many dB above (or, negative, below) the default volume, from the next word
    /// on (Louder and Quieter; the session keeps it within the room's ceiling).
    fn set_volume_db(&self, db: i32);
}

/// The player's volume factor for a level in dB above the default: +6 dB doubles the
/// amplitude.
pub fn volume_factor(db: i32) -> f32 {
    DEFAULT_VOLUME * 10f32.powf(db as f32 / 20.0)
}

/// Playback speed when the visitor asks for slower speech. rodio slows a clip by resampling it,
/// which also lowers the voice a little; at 0.8 it stays natural enough to follow.
pub const SLOW_SPEED: f32 = 0.8;

/// Silence: used when there is no sound device, and in tests.
#[derive(Debug, Default, Clone, Copy)]
pub struct NullSpeaker;

impl Speaker for NullSpeaker {
    fn say(&self, _clips: Clips) {}

    fn stop(&self) {}

    fn reset_volume(&self) {}
    fn set_slow(&self, _slow: bool) {}
    fn set_volume_db(&self, _db: i32) {}
}

/// Opens the default sound output on its own thread. If there is no device (or the crate is
/// built without the `audio` feature) it logs ONE `tracing::warn!` line in plain words
/// ("no sound device: the kiosk runs silent (…)") and returns a NullSpeaker. Never panics.
pub fn open_speaker() -> Box<dyn Speaker> {
    #[cfg(feature = "audio")]
    {
        match device::RodioSpeaker::open() {
            Ok(speaker) => Box::new(speaker),
            Err(reason) => {
                tracing::warn!("no sound device: the kiosk runs silent ({reason})");
                Box::new(NullSpeaker)
            }
        }
    }
    #[cfg(not(feature = "audio"))]
    {
        tracing::warn!(
            "no sound device: the kiosk runs silent (this build has no sound support: \
             the `audio` feature is off)"
        );
        Box::new(NullSpeaker)
    }
}

/// The clip of a message, if one exists: a recording, `<root>/audio/<lang>/<message_id>.ogg`
/// (else `.wav`), or else a generated clip in `<root>/audio/<lang>/generated/`.
pub fn clip_path(root: &Path, lang: &str, message_id: &str) -> Option<PathBuf> {
    let recorded = root.join("audio").join(lang);
    let generated = recorded.join(GENERATED_DIR);
    // A human recording wins over a generated clip. Ogg comes first because it is the compact
    // format the clips are meant to ship in; a WAV beside it is most likely its source.
    [recorded, generated]
        .iter()
        .flat_map(|dir| ["ogg", "wav"].map(|ext| dir.join(format!("{message_id}.{ext}"))))
        .find(|path| path.is_file())
}

/// The folder, under `audio/<lang>/`, of clips generated by `relais audio build` (build output,
/// not committed). Recorded clips sit directly in `audio/<lang>/`.
pub const GENERATED_DIR: &str = "generated";

/// How long a clip lasts, decoded with rodio's decoder (works without a sound device).
/// Err with a plain message if the file cannot be opened or decoded.
pub fn clip_duration(path: &Path) -> Result<Duration, String> {
    let decoder = open_clip(path)?;
    // The container usually states its length (WAV always does, Ogg does when the reader could
    // seek to the last page); when it does not, decoding the whole clip is the only sure way.
    if let Some(duration) = rodio::Source::total_duration(&decoder) {
        return Ok(duration);
    }
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| count_duration(decoder)))
        .map_err(|_| format!("{}: the audio data is malformed", path.display()))
}

/// The decoder type of a clip opened from a file.
type ClipDecoder = rodio::Decoder<std::io::BufReader<std::fs::File>>;

/// Opens a clip and reads its headers, turning every failure into a sentence naming the file.
fn open_clip(path: &Path) -> Result<ClipDecoder, String> {
    let file = std::fs::File::open(path)
        .map_err(|err| format!("cannot open {}: {err}", path.display()))?;
    // rodio asserts rather than reports on a few impossible headers (a sample rate of zero, say),
    // so a hostile or truncated file could otherwise bring the kiosk down from here.
    let decoded = std::panic::catch_unwind(|| {
        let decoder = rodio::Decoder::try_from(file)?;
        // Touching the format now makes those assertions fire here rather than on the audio
        // thread later, where nothing could catch them.
        let _ = (
            rodio::Source::channels(&decoder),
            rodio::Source::sample_rate(&decoder),
        );
        Ok::<_, rodio::decoder::DecoderError>(decoder)
    });
    match decoded {
        Ok(Ok(decoder)) => Ok(decoder),
        Ok(Err(err)) => Err(format!("cannot decode {}: {err}", path.display())),
        Err(_) => Err(format!(
            "cannot decode {}: the audio header is malformed",
            path.display()
        )),
    }
}

/// Measures a source by decoding every sample of it, for formats that do not state their length.
///
/// The format is read again at every sample because a chained Ogg stream may change its sample
/// rate or channel count part-way; each stretch is counted at its own rate.
fn count_duration<S: rodio::Source>(mut source: S) -> Duration {
    let mut total = Duration::ZERO;
    let mut format = (source.channels().get(), source.sample_rate().get());
    let mut samples: u64 = 0;
    while source.next().is_some() {
        samples += 1;
        let now = (source.channels().get(), source.sample_rate().get());
        if now != format {
            total += samples_to_duration(samples, format);
            format = now;
            samples = 0;
        }
    }
    total + samples_to_duration(samples, format)
}

/// The time taken by `samples` interleaved samples of `channels` channels at `rate` Hz.
fn samples_to_duration(samples: u64, (channels, rate): (u16, u32)) -> Duration {
    // Integer nanoseconds keep long clips exact; floating point would drift by a few samples.
    let per_second = u128::from(channels) * u128::from(rate);
    let nanos = u128::from(samples) * 1_000_000_000 / per_second;
    Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
}

/// The real sound output, compiled only with the `audio` feature because it needs cpal and ALSA.
#[cfg(feature = "audio")]
mod device {
    use super::{Clips, DEFAULT_VOLUME, SLOW_SPEED, Speaker, open_clip, volume_factor};
    use rodio::cpal::traits::{DeviceTrait, HostTrait};
    use rodio::{DeviceSinkBuilder, DeviceSinkError, MixerDeviceSink, Player};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::mpsc::{self, Receiver, Sender};
    use std::time::Duration;

    /// How long opening the device may take before what was to be said meanwhile is dropped
    /// rather than played late. Opening ALSA takes tens of milliseconds when all is well.
    const OPEN_TIMEOUT: Duration = Duration::from_secs(2);

    /// The output's period, in frames: about 21 ms at 48 kHz. rodio asks for 50 ms by default,
    /// and ALSA keeps two periods, so a clip reached the loudspeaker 100 ms after it was asked
    /// for: the whole budget from a tap to the first sound (issue 19). Mixing and decoding a
    /// period of speech takes well under a millisecond, so the shorter one does not starve.
    const PERIOD_FRAMES: u32 = 1024;

    /// What the user interface asks of the sound thread.
    #[derive(Debug)]
    enum Command {
        /// Cut off what is playing and play these clips in order.
        Say(Clips),
        /// Cut off what is playing.
        Stop,
        /// Go back to [`DEFAULT_VOLUME`] and the normal speed.
        ResetVolume,
        /// Play at [`SLOW_SPEED`] (true) or at the normal speed (false).
        SetSlow(bool),
        /// Play at this volume factor (`volume_factor`).
        SetVolume(f32),
    }

    /// A handle on the sound thread. Each method only posts a command on an unbounded channel,
    /// so it returns at once whatever the sound card is doing.
    ///
    /// Dropping the handle drops the only sender; the thread then sees its channel close, drops
    /// the player and the device, and ends. The handle does not wait for that, so that dropping
    /// it can never block the user interface on a stuck driver.
    pub(super) struct RodioSpeaker {
        /// The only way into the sound thread; unbounded, so sending never waits.
        commands: Sender<Command>,
        /// Set once the thread is known to be gone, so that its loss is logged only once.
        thread_gone: AtomicBool,
        /// Set by the thread when no device could be opened (it said so then): commands are
        /// dropped without a second word.
        no_device: Arc<AtomicBool>,
    }

    impl RodioSpeaker {
        /// Starts the sound thread, which opens the default output; does not wait for it, so
        /// that the kiosk's first frame never waits for a sound card (opening ALSA took tens of
        /// milliseconds of the start, issue 19).
        ///
        /// The device must be opened on the thread that keeps it, because the cpal stream inside
        /// `MixerDeviceSink` cannot move between threads on every platform. If it cannot be
        /// opened, the thread says why in the log (through the caller's log subscriber) and the
        /// speaker stays silent. The error is why the thread could not be started.
        pub(super) fn open() -> Result<Self, String> {
            let (commands, inbox) = mpsc::channel();
            let no_device = Arc::new(AtomicBool::new(false));
            let dispatch = tracing::dispatcher::get_default(|d| d.clone());
            let flag = Arc::clone(&no_device);
            std::thread::Builder::new()
                .name("relais-audio".into())
                .spawn(move || {
                    tracing::dispatcher::with_default(&dispatch, || run(inbox, &flag));
                })
                .map_err(|err| format!("cannot start the sound thread: {err}"))?;
            Ok(Self {
                commands,
                thread_gone: AtomicBool::new(false),
                no_device,
            })
        }

        /// Posts a command; if the thread has died, says so once and stays silent after.
        fn send(&self, command: Command) {
            if self.commands.send(command).is_err()
                && !self.no_device.load(Ordering::Relaxed)
                && !self.thread_gone.swap(true, Ordering::Relaxed)
            {
                tracing::warn!("the sound thread has stopped: the kiosk goes on silent");
            }
        }
    }

    impl Speaker for RodioSpeaker {
        fn say(&self, clips: Clips) {
            self.send(Command::Say(clips));
        }

        fn stop(&self) {
            self.send(Command::Stop);
        }

        fn reset_volume(&self) {
            self.send(Command::ResetVolume);
        }

        fn set_slow(&self, slow: bool) {
            self.send(Command::SetSlow(slow));
        }

        fn set_volume_db(&self, db: i32) {
            self.send(Command::SetVolume(volume_factor(db)));
        }
    }

    /// Shared between the cpal callback thread, which learns of stream errors, and the sound
    /// thread, which must stop queueing clips once the device is gone.
    #[derive(Debug, Default)]
    struct StreamHealth {
        /// The first real error has been logged; later ones are not, since a failing ALSA worker
        /// can report the same error thousands of times a second.
        reported: AtomicBool,
        /// The stream is dead for good (the device was unplugged, say).
        lost: AtomicBool,
    }

    impl StreamHealth {
        /// Called by cpal, on its own thread, for every error of the output stream.
        fn on_error(&self, err: rodio::cpal::Error) {
            use rodio::cpal::ErrorKind;
            let kind = err.kind();
            // An underrun is a click, not a failure: cpal recovers from it by itself, and a busy
            // kiosk may have many, so it is not worth a warning.
            if kind == ErrorKind::Xrun {
                tracing::debug!("sound output underrun: {err}");
                return;
            }
            let fatal = matches!(
                kind,
                ErrorKind::DeviceNotAvailable
                    | ErrorKind::HostUnavailable
                    | ErrorKind::StreamInvalidated
            );
            if fatal {
                self.lost.store(true, Ordering::Relaxed);
            }
            if !self.reported.swap(true, Ordering::Relaxed) {
                if fatal {
                    tracing::warn!("the sound output failed: the kiosk goes on silent ({err})");
                } else {
                    tracing::warn!("the sound output reported an error, playback goes on ({err})");
                }
            }
        }
    }

    /// The body of the sound thread: open the device, report, then obey commands until the
    /// handle is dropped.
    fn run(inbox: Receiver<Command>, no_device: &AtomicBool) {
        let health = Arc::new(StreamHealth::default());
        let opening = std::time::Instant::now();
        let sink = match open_sink(&health) {
            Ok(sink) => sink,
            Err(err) => {
                // Set before the inbox is dropped: a command that finds it closed finds this.
                no_device.store(true, Ordering::Relaxed);
                tracing::warn!(
                    "no sound device: the kiosk runs silent ({})",
                    describe(&err)
                );
                return;
            }
        };
        let mut settings = Vec::new();
        if opening.elapsed() > OPEN_TIMEOUT {
            // A slow driver: what was asked to be said meanwhile belongs to screens long gone.
            // Volume and speed still count.
            tracing::warn!(
                "the sound output took {:.1} s to open; what was to be said meanwhile is dropped",
                opening.elapsed().as_secs_f32()
            );
            for command in inbox.try_iter().collect::<Vec<_>>() {
                if !matches!(command, Command::Say(_)) {
                    settings.push(command);
                }
            }
        }
        let mut output = Output {
            sink,
            player: None,
            volume: DEFAULT_VOLUME,
            speed: 1.0,
            health,
        };
        for command in settings {
            output.obey(command);
        }
        for command in inbox {
            output.obey(command);
        }
    }

    /// What the sound thread owns: the device, the player of the current message, and the state
    /// that must outlive a player.
    struct Output {
        /// The open device; dropping it closes the stream, so it lives as long as the thread.
        sink: MixerDeviceSink,
        /// The player of the message being spoken, if any. Each message gets a fresh player.
        player: Option<Player>,
        /// Kept here rather than only on the player because every message has a new player.
        volume: f32,
        /// Playback speed, kept for the same reason: 1.0, or `SLOW_SPEED`.
        speed: f32,
        /// Whether the stream is still alive, as learnt from cpal's error callback.
        health: Arc<StreamHealth>,
    }

    impl Output {
        /// Carries out one command from the user interface.
        fn obey(&mut self, command: Command) {
            match command {
                Command::Say(clips) => self.say(clips),
                Command::Stop => self.silence(),
                Command::ResetVolume => {
                    self.volume = DEFAULT_VOLUME;
                    self.speed = 1.0;
                    if let Some(player) = &self.player {
                        player.set_volume(self.volume);
                        player.set_speed(self.speed);
                    }
                }
                Command::SetVolume(volume) => {
                    self.volume = volume;
                    if let Some(player) = &self.player {
                        player.set_volume(self.volume);
                    }
                }
                Command::SetSlow(slow) => {
                    self.speed = if slow { SLOW_SPEED } else { 1.0 };
                    if let Some(player) = &self.player {
                        player.set_speed(self.speed);
                    }
                }
            }
        }

        /// Cuts off the current message.
        ///
        /// The player is stopped and then dropped, never reused: `Player::stop` only raises a
        /// flag that the audio callback acts on (within 5 ms of audio), and the next `append` on
        /// a stopped player sleeps until that callback has drained the queue, which never
        /// happens if the device has gone. A fresh player for each message never waits.
        fn silence(&mut self) {
            if let Some(player) = self.player.take() {
                player.stop();
            }
        }

        /// Cuts off the current message and queues the clips of the new one on a fresh player.
        /// A clip that cannot be opened or decoded is skipped, so one bad file costs one
        /// sentence of the message, not the whole of it. Each clip is found and opened when the
        /// one before it ends (`from_iter`), not all at once: a Vorbis decoder holds its
        /// codebooks, and a screen's dozen clips opened together cost 4 MB of the kiosk's memory
        /// (issue 19); finding them looks at the disk ([`Clips`]).
        fn say(&mut self, clips: Clips) {
            self.silence();
            if self.health.lost.load(Ordering::Relaxed) {
                // Nothing would play, and queued clips would pile up with their files open.
                return;
            }
            let player = Player::connect_new(self.sink.mixer());
            player.set_volume(self.volume);
            player.set_speed(self.speed);
            let decoders = clips.filter_map(|clip| match open_clip(&clip) {
                Ok(decoder) => Some(decoder),
                Err(reason) => {
                    tracing::warn!("skipping a speech clip: {reason}");
                    None
                }
            });
            player.append(rodio::source::from_iter(decoders));
            self.player = Some(player);
        }
    }

    /// Opens the default output as `DeviceSinkBuilder::open_default_sink` does (the default
    /// device first, then any other real device), but with an error callback of our own: rodio's
    /// default one prints every stream error, underruns included, straight to stderr.
    fn open_sink(health: &Arc<StreamHealth>) -> Result<MixerDeviceSink, DeviceSinkError> {
        let on_error = {
            let health = Arc::clone(health);
            move |err: rodio::cpal::Error| health.on_error(err)
        };
        let mut sink = DeviceSinkBuilder::from_default_device()
            .and_then(|builder| {
                builder
                    .with_buffer_size(rodio::cpal::BufferSize::Fixed(PERIOD_FRAMES))
                    .with_error_callback(on_error.clone())
                    .open_sink_or_fallback()
            })
            .or_else(|first_err| {
                let Ok(devices) = rodio::cpal::default_host().output_devices() else {
                    return Err(first_err);
                };
                devices
                    .filter(|device| {
                        // Same filter as rodio: ALSA's "null" device accepts sound and plays
                        // nothing, which would hide the missing device behind a silent success.
                        device
                            .description()
                            .is_ok_and(|d| d.driver().is_some_and(|driver| driver != "null"))
                    })
                    .find_map(|device| {
                        DeviceSinkBuilder::from_device(device)
                            .and_then(|builder| {
                                builder
                                    .with_buffer_size(rodio::cpal::BufferSize::Fixed(PERIOD_FRAMES))
                                    .with_error_callback(on_error.clone())
                                    .open_sink_or_fallback()
                            })
                            .ok()
                    })
                    .ok_or(first_err)
            })?;
        // Dropping the sink is how the kiosk shuts its sound down; that is not news.
        sink.log_on_drop(false);
        Ok(sink)
    }

    /// An error and its causes in one line: rodio's own messages are vague ("Error opening the
    /// stream with the OS") and the useful part is in the cpal error underneath.
    fn describe(err: &dyn std::error::Error) -> String {
        let mut text = err.to_string();
        let mut cause = err.source();
        while let Some(inner) = cause {
            text.push_str(": ");
            text.push_str(&inner.to_string());
            cause = inner.source();
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source that will not say how long it is, so that only counting can measure it.
    struct Unmeasured(rodio::buffer::SamplesBuffer);

    impl Iterator for Unmeasured {
        type Item = rodio::Sample;
        fn next(&mut self) -> Option<rodio::Sample> {
            self.0.next()
        }
    }

    impl rodio::Source for Unmeasured {
        fn current_span_len(&self) -> Option<usize> {
            self.0.current_span_len()
        }
        fn channels(&self) -> rodio::ChannelCount {
            self.0.channels()
        }
        fn sample_rate(&self) -> rodio::SampleRate {
            self.0.sample_rate()
        }
        fn total_duration(&self) -> Option<Duration> {
            None
        }
    }

    #[test]
    fn counting_samples_measures_a_source_that_states_no_length() {
        // Stereo, so that a count that forgot the channels would be off by a factor of two.
        let channels = rodio::ChannelCount::new(2).unwrap();
        let rate = rodio::SampleRate::new(22_050).unwrap();
        let samples = vec![0.0; 22_050]; // 11 025 stereo frames = 0.5 s
        let source = Unmeasured(rodio::buffer::SamplesBuffer::new(channels, rate, samples));
        assert_eq!(count_duration(source), Duration::from_millis(500));
    }
}
