//! The controller plays a screen's clips when they exist, stops speech when the visitor acts,
//! and resets the volume when a visit is wiped. A recording speaker stands in for the sound card.

use crate::common;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

use relais::app::{Controller, Services};
use relais::audio::{Clips, Speaker};
use relais::session::{Event, SessionConfig};

#[derive(Debug, Clone, PartialEq)]
enum Call {
    Say(Vec<String>),
    Stop,
    ResetVolume,
    Slow(bool),
    Volume(i32),
}

#[derive(Clone, Default)]
struct Recorder(Rc<RefCell<Vec<Call>>>);

impl Speaker for Recorder {
    fn say(&self, clips: Clips) {
        let names = clips
            .map(|c| c.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        self.0.borrow_mut().push(Call::Say(names));
    }
    fn stop(&self) {
        self.0.borrow_mut().push(Call::Stop);
    }
    fn reset_volume(&self) {
        self.0.borrow_mut().push(Call::ResetVolume);
    }
    fn set_slow(&self, slow: bool) {
        self.0.borrow_mut().push(Call::Slow(slow));
    }
    fn set_volume_db(&self, db: i32) {
        self.0.borrow_mut().push(Call::Volume(db));
    }
}

#[test]
fn clips_that_exist_are_played_in_screen_order() {
    let dir = tempfile::tempdir().unwrap();
    // A content root whose audio folder has clips for two of the first question's messages.
    let audio = dir.path().join("audio/fr");
    std::fs::create_dir_all(&audio).unwrap();
    for clip in [
        "cant-log-in--problem.wav",
        "cant-log-in--problem--no-email.ogg",
        "digit-0.wav",
        "digit-1.wav",
    ] {
        std::fs::write(audio.join(clip), b"clip").unwrap();
    }
    let recorder = Recorder::default();
    let services = Services {
        store: None,
        printer: None,
        speaker: Box::new(recorder.clone()),
        root: dir.path().to_path_buf(),
        site: "Test".into(),
    };
    let mut controller = Controller::new(
        common::shipped_catalog(),
        SessionConfig::default(),
        services,
    );
    let now = Instant::now();
    controller.dispatch(Event::Touch, now);
    controller.dispatch(Event::ChooseLanguage("fr".into()), now);
    recorder.0.borrow_mut().clear();

    controller.dispatch(Event::ChooseProcedure("cant-log-in".into()), now);
    assert_eq!(
        *recorder.0.borrow(),
        vec![Call::Say(vec![
            "cant-log-in--problem.wav".into(),
            "cant-log-in--problem--no-email.ogg".into()
        ])]
    );

    // A tap that means nothing still stops speech: the visitor acted.
    recorder.0.borrow_mut().clear();
    controller.dispatch(Event::ChooseLanguage("fr".into()), now);
    assert_eq!(*recorder.0.borrow(), vec![Call::Stop]);

    // Hear reads that one choice.
    recorder.0.borrow_mut().clear();
    controller.dispatch(Event::Hear("no-email".into()), now);
    assert_eq!(
        *recorder.0.borrow(),
        vec![Call::Say(vec!["cant-log-in--problem--no-email.ogg".into()])]
    );

    // "Slower" slows the voice and says the screen again; the wipe brings the speed back.
    recorder.0.borrow_mut().clear();
    controller.dispatch(Event::ToggleSlow, now);
    assert_eq!(
        *recorder.0.borrow(),
        vec![
            Call::Slow(true),
            Call::Say(vec![
                "cant-log-in--problem.wav".into(),
                "cant-log-in--problem--no-email.ogg".into()
            ])
        ]
    );
    assert!(controller.session().visit().unwrap().slow);

    // Without a database the ticket comes from memory (901), read digit by digit from clips.
    recorder.0.borrow_mut().clear();
    controller.dispatch(Event::TalkToPerson, now);
    let handoff = controller.last_handoff().unwrap();
    assert_eq!(handoff.record.ticket, "901");
    assert!(!handoff.stored);
    // 9, 0, 1: there is no clip for 9, so only 0 and 1 are heard.
    assert_eq!(
        *recorder.0.borrow(),
        vec![Call::Say(vec!["digit-0.wav".into(), "digit-1.wav".into()])]
    );

    recorder.0.borrow_mut().clear();
    controller.dispatch(Event::Finish, now);
    assert_eq!(*recorder.0.borrow(), vec![Call::Stop, Call::ResetVolume]);
}

/// A controller on the shipped catalog whose speaker is `recorder`, with clips for the words
/// Louder and Quieter say, and a volume ceiling of `max_db`; the visit is on the procedures.
fn volume_kiosk(recorder: &Recorder, max_db: i32, dir: &std::path::Path) -> Controller {
    let audio = dir.join("audio/fr");
    std::fs::create_dir_all(&audio).unwrap();
    for clip in [
        "volume-louder",
        "volume-loudest",
        "volume-quieter",
        "volume-quietest",
    ] {
        std::fs::write(audio.join(format!("{clip}.wav")), b"clip").unwrap();
    }
    let services = Services {
        store: None,
        printer: None,
        speaker: Box::new(recorder.clone()),
        root: dir.to_path_buf(),
        site: "Test".into(),
    };
    let config = SessionConfig {
        volume_max_db: max_db,
        ..SessionConfig::default()
    };
    let mut controller = Controller::new(common::shipped_catalog(), config, services);
    let now = Instant::now();
    controller.dispatch(Event::Touch, now);
    controller.dispatch(Event::ChooseLanguage("fr".into()), now);
    controller
}

/// Presses Louder (or Quieter) and returns what the speaker was told, in order.
fn press(controller: &mut Controller, recorder: &Recorder, event: Event) -> Vec<Call> {
    recorder.0.borrow_mut().clear();
    controller.dispatch(event, Instant::now());
    recorder.0.borrow().clone()
}

#[test]
fn louder_goes_up_in_steps_of_3_db_to_the_ceiling_and_a_wipe_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let recorder = Recorder::default();
    let mut kiosk = volume_kiosk(&recorder, 18, dir.path());
    // Six presses: 3, 6 … 18 dB above normal, each step said at its new level (the volume is
    // set before the word is said).
    for step in 1..=6 {
        assert_eq!(
            press(&mut kiosk, &recorder, Event::Louder),
            vec![
                Call::Volume(3 * step),
                Call::Say(vec!["volume-louder.wav".into()])
            ],
            "press {step}"
        );
    }
    // The ceiling: louder no more, and the visitor hears that it is the loudest.
    assert_eq!(
        press(&mut kiosk, &recorder, Event::Louder),
        vec![
            Call::Volume(18),
            Call::Say(vec!["volume-loudest.wav".into()])
        ]
    );
    assert_eq!(
        press(&mut kiosk, &recorder, Event::Quieter),
        vec![
            Call::Volume(15),
            Call::Say(vec!["volume-quieter.wav".into()])
        ]
    );
    // A wipe (the visitor left: the idle countdown ran out) gives the next visitor the normal
    // level, in the speaker and in the session.
    let later = Instant::now() + std::time::Duration::from_secs(600);
    recorder.0.borrow_mut().clear();
    kiosk.dispatch(Event::Tick, later);
    kiosk.dispatch(Event::Tick, later + std::time::Duration::from_secs(600));
    assert!(kiosk.session().visit().is_none());
    assert!(recorder.0.borrow().contains(&Call::ResetVolume));
    kiosk.dispatch(Event::Touch, later);
    kiosk.dispatch(Event::ChooseLanguage("fr".into()), later);
    assert_eq!(kiosk.session().visit().unwrap().volume_db, 0);
    assert_eq!(
        press(&mut kiosk, &recorder, Event::Louder),
        vec![Call::Volume(3), Call::Say(vec!["volume-louder.wav".into()])]
    );
}

#[test]
fn the_rooms_ceiling_stops_louder_and_quieter_has_a_floor() {
    let dir = tempfile::tempdir().unwrap();
    let recorder = Recorder::default();
    let mut kiosk = volume_kiosk(&recorder, 6, dir.path());
    let levels: Vec<Call> = (0..4)
        .flat_map(|_| press(&mut kiosk, &recorder, Event::Louder))
        .filter(|c| matches!(c, Call::Volume(_)))
        .collect();
    assert_eq!(
        levels,
        vec![
            Call::Volume(3),
            Call::Volume(6),
            Call::Volume(6),
            Call::Volume(6)
        ]
    );
    // Down to 12 dB below normal, not further.
    let levels: Vec<Call> = (0..8)
        .flat_map(|_| press(&mut kiosk, &recorder, Event::Quieter))
        .filter(|c| matches!(c, Call::Volume(_)))
        .collect();
    assert_eq!(levels.last(), Some(&Call::Volume(-12)));
    assert_eq!(
        press(&mut kiosk, &recorder, Event::Quieter),
        vec![
            Call::Volume(-12),
            Call::Say(vec!["volume-quietest.wav".into()])
        ]
    );
}

/// A message's clips are looked for on the disk when they are played, not when the screen asks
/// for them (a screen of 10,000 procedures says 10,000 names): a clip that appears between the
/// two, as `relais audio build` may write one, is played; one that is gone by then is skipped.
#[test]
fn clips_are_looked_for_when_they_are_played() {
    let root = tempfile::tempdir().unwrap();
    let generated = root.path().join("audio/fr/generated");
    std::fs::create_dir_all(&generated).unwrap();
    std::fs::write(generated.join("procedures-question.ogg"), b"soon gone").unwrap();
    let message = |id: &str| relais::session::Utterance::Message {
        lang: "fr".into(),
        id: id.into(),
    };
    let mut clips = relais::app::clips(
        root.path(),
        &common::shipped_catalog(),
        vec![message("procedures-question"), message("button-back")],
    );

    std::fs::remove_file(generated.join("procedures-question.ogg")).unwrap();
    std::fs::write(generated.join("button-back.ogg"), b"written since").unwrap();
    assert_eq!(clips.next(), Some(generated.join("button-back.ogg")));
    assert_eq!(clips.next(), None);
}
