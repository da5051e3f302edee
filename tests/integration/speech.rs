//! The controller plays a screen's clips when they exist, stops speech when the visitor acts,
//! and resets the volume when a visit is wiped. A recording speaker stands in for the sound card.

use crate::common;

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Instant;

use relais::app::{Controller, Services};
use relais::audio::Speaker;
use relais::session::{Event, SessionConfig};

#[derive(Debug, Clone, PartialEq)]
enum Call {
    Say(Vec<String>),
    Stop,
    ResetVolume,
    Slow(bool),
}

#[derive(Clone, Default)]
struct Recorder(Rc<RefCell<Vec<Call>>>);

impl Speaker for Recorder {
    fn say(&self, clips: Vec<PathBuf>) {
        let names = clips
            .iter()
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
