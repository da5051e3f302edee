//! The session as transcripts: events in, effects out, on the shipped content, with time as an
//! argument. No window, no devices.

use crate::common;

use std::time::{Duration, Instant};

use relais::content::Catalog;
use relais::handoff::{Ending, StopPoint};
use relais::session::{Effect, Event, PrintState, Screen, Session, SessionConfig, Utterance};
use relais::stats::StatKind;

struct Transcript {
    catalog: std::sync::Arc<Catalog>,
    session: Session,
    now: Instant,
}

impl Transcript {
    fn new() -> Self {
        Transcript {
            catalog: common::shipped_catalog(),
            session: Session::new(SessionConfig::default()),
            now: Instant::now(),
        }
    }

    fn send(&mut self, event: Event) -> Vec<Effect> {
        self.session.handle(&self.catalog, event, self.now)
    }

    fn wait(&mut self, seconds: u64) -> Vec<Effect> {
        self.now += Duration::from_secs(seconds);
        self.send(Event::Tick)
    }

    /// Touch, French, "I can't log in".
    fn begin(&mut self) {
        self.send(Event::Touch);
        self.send(Event::ChooseLanguage("fr".into()));
        self.send(Event::ChooseProcedure("cant-log-in".into()));
    }

    fn screen(&self) -> Screen {
        self.session.screen()
    }
}

fn node(id: &str) -> Screen {
    Screen::Node(id.to_string())
}

fn stats(effects: &[Effect]) -> Vec<StatKind> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Record(stat) => Some(stat.kind),
            _ => None,
        })
        .collect()
}

fn spoken(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Speak(list) => Some(list.clone()),
            _ => None,
        })
        .flatten()
        .map(|u| match u {
            Utterance::Message { id, .. } => id,
            Utterance::Digits { digits, .. } => format!("digits:{digits}"),
        })
        .collect()
}

fn committed(effects: &[Effect]) -> Option<relais::handoff::Handoff> {
    effects.iter().find_map(|e| match e {
        Effect::Commit(handoff) => Some((**handoff).clone()),
        _ => None,
    })
}

#[test]
fn the_first_touch_starts_the_visit_and_its_speech() {
    let mut t = Transcript::new();
    assert_eq!(t.screen(), Screen::Attract);
    let effects = t.send(Event::Touch);
    assert_eq!(t.screen(), Screen::Language);
    assert_eq!(stats(&effects), vec![StatKind::VisitStarted]);
    // The language screen invites in every offered language, each in its own words.
    assert!(t.catalog.languages.len() >= 2);
    assert_eq!(
        spoken(&effects),
        vec!["language-question"; t.catalog.languages.len()]
    );
}

#[test]
fn a_question_is_read_then_its_choices_and_hear_reads_one_choice_only() {
    let mut t = Transcript::new();
    t.send(Event::Touch);
    t.send(Event::ChooseLanguage("en".into()));
    let effects = t.send(Event::ChooseProcedure("cant-log-in".into()));
    assert_eq!(t.screen(), node("problem"));
    assert_eq!(
        spoken(&effects),
        vec![
            "cant-log-in--problem",
            "cant-log-in--problem--lost-password",
            "cant-log-in--problem--no-email",
            "cant-log-in--problem--no-phone",
            "cant-log-in--problem--franceconnect",
            "choice-dont-know",
        ]
    );
    let effects = t.send(Event::Hear("no-email".into()));
    assert_eq!(spoken(&effects), vec!["cant-log-in--problem--no-email"]);
    assert_eq!(
        t.screen(),
        node("problem"),
        "hearing a choice does not choose it"
    );
    let Effect::Speak(list) = &effects[0] else {
        panic!("{effects:?}")
    };
    assert!(matches!(&list[0], Utterance::Message { lang, .. } if lang == "en"));
}

#[test]
fn answers_lead_to_an_outcome_and_continue_commits_the_handoff() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::Answer("no-email".into()));
    assert_eq!(t.screen(), node("phone"));
    t.send(Event::Answer("basic-phone".into()));
    assert_eq!(t.screen(), Screen::Review("create-email".into()));
    // The outcome is counted once the visitor confirms the review.
    let effects = t.send(Event::Continue);
    assert_eq!(t.screen(), node("create-email"));
    assert_eq!(
        stats(&effects),
        vec![StatKind::Outcome, StatKind::NodeReached]
    );
    // Holding the print button down says what it does, and does not print (issue 20).
    let effects = t.send(Event::HearControl(relais::script::Control::Print));
    assert_eq!(spoken(&effects), vec!["hint-print"]);
    assert_eq!(t.screen(), node("create-email"));
    assert!(committed(&effects).is_none());

    let effects = t.send(Event::Continue);
    assert_eq!(t.screen(), Screen::Handoff);
    let handoff = committed(&effects).expect("the handoff is committed");
    assert_eq!(
        handoff.agent.ending,
        Ending::Outcome {
            node: "create-email".into()
        }
    );
    assert_eq!(handoff.flag_ids(), vec!["no-email", "no-smartphone"]);
    assert_eq!(handoff.agent.answers.len(), 2);
    assert_eq!(handoff.agent.answers[1].answer, "Oui, sans internet");
    assert_eq!(handoff.visitor.bring.len(), 2);

    // The ticket number arrives from the store; the screen reads it digit by digit.
    let effects = t.send(Event::HandoffStored {
        ticket: "007".into(),
    });
    assert_eq!(
        spoken(&effects),
        vec![
            "handoff-title",
            "digits:007",
            "handoff-printed",
            "handoff-where",
            "outcome-bring",
            "document--mobile-phone",
            "document--id-document",
            // Last, the main button named by its icon (issue 20).
            "hint-done",
        ]
    );
    let effects = t.send(Event::Printed { ok: false });
    assert_eq!(t.session.visit().unwrap().print, PrintState::Failed);
    assert!(spoken(&effects).contains(&"handoff-not-printed".to_string()));
}

#[test]
fn back_walks_the_trail_and_takes_back_answers() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::Answer("lost-password".into()));
    t.send(Event::Answer("impots".into()));
    assert_eq!(t.screen(), node("read-email"));
    t.send(Event::Back);
    assert_eq!(t.screen(), node("which-site"));
    assert_eq!(
        t.session.visit().unwrap().answers,
        vec![("problem".to_string(), "lost-password".to_string())]
    );
    t.send(Event::Back);
    t.send(Event::Back);
    assert_eq!(t.screen(), Screen::Procedures);
    assert!(t.session.visit().unwrap().procedure.is_none());
    t.send(Event::Back);
    assert_eq!(t.screen(), Screen::Language);
    let effects = t.send(Event::Back);
    assert_eq!(
        t.screen(),
        Screen::Attract,
        "back from the language screen ends the visit"
    );
    assert!(effects.contains(&Effect::Wipe));
}

#[test]
fn i_dont_know_goes_where_the_content_says_or_to_a_person() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::Answer("lost-password".into()));
    // which-site has `dont-know-next = "read-email"`.
    t.send(Event::Answer("dont-know".into()));
    assert_eq!(t.screen(), node("read-email"));
    // read-email has no dont-know-next: "I don't know" ends with a person.
    let effects = t.send(Event::Answer("dont-know".into()));
    assert_eq!(t.screen(), Screen::Handoff);
    let handoff = committed(&effects).unwrap();
    assert_eq!(
        handoff.agent.ending,
        Ending::ToPerson {
            at: StopPoint::Node("read-email".into())
        }
    );
    assert!(handoff.said_dont_know());
}

#[test]
fn talk_to_a_person_commits_what_is_known_and_where_the_visitor_stopped() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::Answer("franceconnect".into()));
    let effects = t.send(Event::TalkToPerson);
    assert_eq!(stats(&effects), vec![StatKind::TalkToPerson]);
    let handoff = committed(&effects).unwrap();
    assert_eq!(
        handoff.agent.ending,
        Ending::AskedForPerson {
            at: StopPoint::Node("existing-account".into())
        }
    );
    assert_eq!(
        handoff.agent.stopped_at.as_deref(),
        Some("Avez-vous déjà un compte sur un de ces sites ?")
    );
    assert!(handoff.agent.next_action.is_none());
    // Talk to a person is not offered again on the ticket screen.
    assert!(committed(&t.send(Event::TalkToPerson)).is_none());
}

#[test]
fn something_else_on_the_procedures_screen_goes_to_a_person() {
    let mut t = Transcript::new();
    t.send(Event::Touch);
    t.send(Event::ChooseLanguage("fr".into()));
    let handoff = committed(&t.send(Event::SomethingElse)).unwrap();
    assert!(handoff.agent.procedure.is_none());
    assert_eq!(
        handoff.agent.ending,
        Ending::ToPerson {
            at: StopPoint::Procedures
        }
    );
}

#[test]
fn idle_warns_extends_warns_again_then_wipes() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::Answer("no-phone".into()));
    assert!(
        t.wait(59).is_empty(),
        "nothing happens before the idle time"
    );
    let effects = t.wait(1);
    assert_eq!(spoken(&effects), vec!["idle-title", "idle-spoken"]);
    assert_eq!(t.session.idle_seconds_left(t.now), Some(30));
    t.wait(10);
    assert_eq!(t.session.idle_seconds_left(t.now), Some(20));

    // "I'm still here", as many times as needed.
    for _ in 0..12 {
        t.send(Event::StillHere);
        assert_eq!(t.session.idle_seconds_left(t.now), None);
        t.wait(60);
        assert!(t.session.idle_seconds_left(t.now).is_some());
    }
    assert_eq!(t.screen(), node("email"), "extending keeps the visit");

    let effects = t.wait(30);
    assert_eq!(t.screen(), Screen::Attract);
    assert!(t.session.visit().is_none(), "the visit is gone");
    assert!(effects.contains(&Effect::Wipe) && effects.contains(&Effect::StopSpeech));
    assert_eq!(stats(&effects), vec![StatKind::IdleWipe]);
    assert!(t.wait(600).is_empty(), "the attract screen has no timeout");
}

#[test]
fn a_visit_that_reached_its_ticket_ends_as_finished_on_idle() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::TalkToPerson);
    t.send(Event::HandoffStored {
        ticket: "001".into(),
    });
    t.wait(60);
    let effects = t.wait(30);
    assert_eq!(stats(&effects), vec![StatKind::Finished]);
    assert_eq!(t.screen(), Screen::Attract);
}

#[test]
fn start_over_and_finish_wipe_the_visit() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::Answer("no-email".into()));
    let effects = t.send(Event::StartOver);
    assert_eq!(
        stats(&effects),
        vec![StatKind::Abandoned, StatKind::VisitStarted]
    );
    assert_eq!(t.screen(), Screen::Language);
    assert!(t.session.visit().unwrap().answers.is_empty());

    t.send(Event::ChooseLanguage("en".into()));
    t.send(Event::SomethingElse);
    let effects = t.send(Event::Finish);
    assert_eq!(stats(&effects), vec![StatKind::Finished]);
    assert!(t.session.visit().is_none());
}

#[test]
fn a_glossary_word_is_explained_then_closed_by_any_next_action() {
    let mut t = Transcript::new();
    t.begin();
    let effects = t.send(Event::Explain("franceconnect".into()));
    assert_eq!(
        spoken(&effects),
        vec!["term--franceconnect", "term--franceconnect--meaning"]
    );
    assert_eq!(
        t.session.visit().unwrap().explaining.as_deref(),
        Some("franceconnect")
    );
    t.send(Event::CloseExplanation);
    assert!(t.session.visit().unwrap().explaining.is_none());
    // An answer while an explanation is open closes it and is taken as usual.
    t.send(Event::Explain("e-mail".into()));
    t.send(Event::Answer("no-email".into()));
    assert!(t.session.visit().unwrap().explaining.is_none());
    assert_eq!(t.screen(), node("phone"));
    // Unknown terms are ignored.
    assert!(spoken(&t.send(Event::Explain("nope".into()))).is_empty());
}

#[test]
fn events_that_mean_nothing_here_change_nothing() {
    let mut t = Transcript::new();
    // Before a visit, only a touch does something.
    for event in [
        Event::Answer("x".into()),
        Event::Back,
        Event::TalkToPerson,
        Event::Continue,
    ] {
        t.send(event);
        assert_eq!(t.screen(), Screen::Attract);
    }
    t.begin();
    t.send(Event::Answer("not-a-choice".into()));
    t.send(Event::ChooseLanguage("xx".into()));
    t.send(Event::Continue);
    assert_eq!(t.screen(), node("problem"));
    assert!(t.session.visit().unwrap().answers.is_empty());
}

#[test]
fn the_review_reads_every_answer_and_any_answer_can_be_changed() {
    let mut t = Transcript::new();
    t.begin();
    t.send(Event::Answer("no-email".into()));
    let effects = t.send(Event::Answer("basic-phone".into()));
    assert_eq!(t.screen(), Screen::Review("create-email".into()));
    assert!(stats(&effects).is_empty(), "{effects:?}");
    assert_eq!(
        spoken(&effects),
        vec![
            "review-title",
            "cant-log-in--problem",
            "cant-log-in--problem--no-email",
            "cant-log-in--phone",
            "cant-log-in--phone--basic-phone",
            "review-hint",
            // The confirm button, named by its icon (issue 20).
            "hint-confirm",
        ]
    );
    // "Hear" on a row reads that question and its answer only.
    let effects = t.send(Event::Hear("phone".into()));
    assert_eq!(
        spoken(&effects),
        vec!["cant-log-in--phone", "cant-log-in--phone--basic-phone"]
    );

    // Changing the first answer goes back to the first question and forgets every answer.
    t.send(Event::ChangeAnswer("problem".into()));
    assert_eq!(t.screen(), node("problem"));
    assert!(t.session.visit().unwrap().answers.is_empty());
    // A question the visit never reached cannot be "changed".
    t.send(Event::Answer("no-email".into()));
    t.send(Event::Answer("basic-phone".into()));
    t.send(Event::ChangeAnswer("not-a-node".into()));
    assert_eq!(t.screen(), Screen::Review("create-email".into()));

    // Back from the review returns to the last question and takes its answer back.
    t.send(Event::Back);
    assert_eq!(t.screen(), node("phone"));
    assert_eq!(t.session.visit().unwrap().answers.len(), 1);

    // Talk to a person from the review: the handoff has every answer and the outcome.
    t.send(Event::Answer("basic-phone".into()));
    let effects = t.send(Event::TalkToPerson);
    let handoff = committed(&effects).expect("the handoff is committed");
    assert_eq!(handoff.agent.answers.len(), 2);
    assert_eq!(
        handoff.agent.ending,
        Ending::AskedForPerson {
            at: StopPoint::Node("create-email".into())
        }
    );
}
