//! One visit at the kiosk, as a closed state machine: an `Event` goes in, `Effect`s come out.
//!
//! The session knows the catalog and the time it is given, nothing else: no window, no sound
//! card, no database, no clock of its own. That makes every journey testable as a transcript
//! (see `tests/integration/session_transcripts.rs`). `app` turns touches and timers into events and carries
//! out the effects.
//!
//! Privacy rule: everything about a visit lives in `Visit`, and a wipe drops it whole.

use std::time::{Duration, Instant};

use crate::content::{Catalog, Next, NodeKind, PathStep};
use crate::handoff::{Ending, Handoff, StopPoint};
use crate::script::{Control, ScreenScript};
use crate::stats::{StatEvent, StatKind};

/// Idle timings, from the configuration.
#[derive(Debug, Clone, Copy)]
pub struct SessionConfig {
    /// Time without a touch before the "Are you still there?" warning.
    pub idle_warning: Duration,
    /// Length of the warning's countdown before the visit is wiped.
    pub idle_reset: Duration,
    /// How far above the normal level "Louder" may go, in dB: the room's ceiling, from the
    /// configuration (`kiosk.volume-max-db`).
    pub volume_max_db: i32,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            idle_warning: Duration::from_secs(60),
            idle_reset: Duration::from_secs(30),
            volume_max_db: VOLUME_MAX_DB,
        }
    }
}

/// One press of Louder or Quieter, in dB (EN 301 549 5.1.3.12: incremental volume control).
pub const VOLUME_STEP_DB: i32 = 3;
/// The default ceiling above the normal level: EN 301 549 and ADA 707.5.1 ask for at least
/// 18 dB of range above it.
pub const VOLUME_MAX_DB: i32 = 18;
/// How far below the normal level Quieter goes.
pub const VOLUME_MIN_DB: i32 = -12;

/// What the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Attract,
    Language,
    Procedures,
    /// A node of the chosen procedure: question, info or outcome.
    Node(String),
    /// The answers so far, each changeable, before the outcome they lead to (product.md,
    /// journey step 5). Holds that outcome's node id.
    Review(String),
    /// The ticket number, once the handoff is committed.
    Handoff,
}

/// Something the visitor did, or something that happened to the kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A touch on the attract screen: the visit starts, and so does speech.
    Touch,
    ChooseLanguage(String),
    ChooseProcedure(String),
    /// The "I don't know / something else" tile.
    SomethingElse,
    /// A choice id on a question screen.
    Answer(String),
    /// On the review screen: go back to this question (node id) to answer it again.
    ChangeAnswer(String),
    /// "Continue" on an info screen, "Get my ticket" on an outcome.
    Continue,
    Back,
    StartOver,
    TalkToPerson,
    ListenAgain,
    /// The speaker button of a choice: read it without choosing it.
    Hear(String),
    /// A glossary word's "what is it?" button: show and say what it means.
    Explain(String),
    /// Close the explanation.
    CloseExplanation,
    /// "Slower" (or "Normal speed"): switch the speech speed, then hear the screen again.
    ToggleSlow,
    /// The large-text switch.
    ToggleLargeText,
    /// The high-contrast switch.
    ToggleContrast,
    /// Louder or Quieter: the voice one step up or down, then a word said at the new level.
    Louder,
    Quieter,
    /// A control held down (or its own "hear it"): say what it is, without doing it.
    HearControl(Control),
    /// "I'm still here" on the idle warning.
    StillHere,
    /// "I'm done" on the ticket screen.
    Finish,
    /// The clock moved; sent every second or so by the app.
    Tick,
    /// The handoff was committed and got this ticket number.
    HandoffStored {
        ticket: String,
    },
    /// The printer finished (or failed) printing the handoff.
    Printed {
        ok: bool,
    },
}

/// Something the app must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Redraw the screen from the session.
    Show,
    /// Stop whatever is being said, then say these messages in this order.
    Speak(Vec<Utterance>),
    /// Stop speaking.
    StopSpeech,
    /// Speak slower (true) or at the normal speed (false) from now on in this visit.
    SetSlow(bool),
    /// Speak this many dB above (or below) the normal level from now on in this visit.
    SetVolume(i32),
    /// Store this handoff, then print it, then send back `HandoffStored` and `Printed`.
    Commit(Box<Handoff>),
    /// Count this in the anonymous statistics.
    Record(StatEvent),
    /// The visit is over: forget it everywhere (screen, speech queue, volume back to default).
    Wipe,
}

/// One thing to say: a message in a language, or digits read one by one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Utterance {
    Message { lang: String, id: String },
    Digits { lang: String, digits: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintState {
    Pending,
    Printed,
    Failed,
}

/// Everything the kiosk knows about the current visitor. Dropped whole on wipe.
#[derive(Debug, Clone)]
pub struct Visit {
    pub language: String,
    pub procedure: Option<String>,
    /// Screens seen, the current one last; Back walks it backwards.
    pub trail: Vec<Screen>,
    /// Answers given, in order, as (node id, choice id).
    pub answers: Vec<(String, String)>,
    pub ticket: Option<String>,
    pub print: PrintState,
    /// The glossary term being explained over the current screen, if any.
    pub explaining: Option<String>,
    /// The visitor asked for slower speech.
    pub slow: bool,
    /// The visitor asked for larger text.
    pub large_text: bool,
    /// The visitor asked for white on black.
    pub high_contrast: bool,
    /// The voice's level above the normal one, in dB (Louder, Quieter).
    pub volume_db: i32,
}

impl Visit {
    pub fn screen(&self) -> &Screen {
        self.trail.last().unwrap_or(&Screen::Language)
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    config: SessionConfig,
    visit: Option<Visit>,
    last_activity: Option<Instant>,
    warning_since: Option<Instant>,
}

impl Session {
    pub fn new(config: SessionConfig) -> Self {
        Session {
            config,
            visit: None,
            last_activity: None,
            warning_since: None,
        }
    }

    pub fn visit(&self) -> Option<&Visit> {
        self.visit.as_ref()
    }

    pub fn screen(&self) -> Screen {
        self.visit
            .as_ref()
            .map_or(Screen::Attract, |v| v.screen().clone())
    }

    /// The visit's language, or the reference language on the attract screen.
    pub fn language<'a>(&'a self, catalog: &'a Catalog) -> &'a str {
        self.visit
            .as_ref()
            .map_or(catalog.reference_language(), |v| v.language.as_str())
    }

    /// Seconds left before the wipe, while the idle warning shows.
    pub fn idle_seconds_left(&self, now: Instant) -> Option<u64> {
        let since = self.warning_since?;
        let left = self
            .config
            .idle_reset
            .saturating_sub(now.saturating_duration_since(since));
        Some(left.as_secs_f64().ceil() as u64)
    }

    /// Follows a path of the content (`Procedure::path_to`) from the current screen, the way a
    /// visitor would: each answer, each Continue, and the review screen confirmed on the way to
    /// an outcome. For tools and tests that need to reach a given node.
    pub fn follow_path(
        &mut self,
        catalog: &Catalog,
        steps: impl IntoIterator<Item = PathStep>,
        now: Instant,
    ) {
        for step in steps {
            let event = match step {
                PathStep::Answer(choice) => Event::Answer(choice),
                PathStep::Continue => Event::Continue,
            };
            self.handle(catalog, event, now);
            if matches!(self.screen(), Screen::Review(_)) {
                self.handle(catalog, Event::Continue, now);
            }
        }
    }

    pub fn handle(&mut self, catalog: &Catalog, event: Event, now: Instant) -> Vec<Effect> {
        let mut effects = Vec::new();
        let from_visitor = !matches!(
            event,
            Event::Tick | Event::HandoffStored { .. } | Event::Printed { .. }
        );
        if from_visitor {
            self.last_activity = Some(now);
            if self.warning_since.take().is_some() {
                effects.push(Effect::Show);
            }
        }
        match event {
            Event::Tick => self.tick(now, &mut effects),
            Event::Touch => {
                if self.visit.is_none() {
                    self.start_visit(catalog, &mut effects);
                }
            }
            Event::StartOver => {
                if let Some(visit) = &self.visit {
                    // After a ticket the visit is over, not given up.
                    let kind = if visit.ticket.is_some() {
                        StatKind::Finished
                    } else {
                        StatKind::Abandoned
                    };
                    self.end_visit(kind, &mut effects);
                }
                self.start_visit(catalog, &mut effects);
            }
            Event::Finish => {
                if self.visit.is_some() {
                    self.end_visit(StatKind::Finished, &mut effects);
                }
            }
            Event::HandoffStored { ticket } => {
                if let Some(visit) = &mut self.visit {
                    visit.ticket = Some(ticket);
                    effects.push(Effect::Show);
                    effects.push(Effect::Speak(screen_speech(catalog, visit)));
                }
            }
            Event::Printed { ok } => {
                if let Some(visit) = &mut self.visit {
                    visit.print = if ok {
                        PrintState::Printed
                    } else {
                        PrintState::Failed
                    };
                    effects.push(Effect::Show);
                    effects.push(Effect::Speak(screen_speech(catalog, visit)));
                }
            }
            other => self.visitor_event(catalog, other, &mut effects),
        }
        effects
    }

    /// Events that only make sense during a visit.
    fn visitor_event(&mut self, catalog: &Catalog, event: Event, effects: &mut Vec<Effect>) {
        let Some(visit) = &mut self.visit else {
            return;
        };
        let screen = visit.screen().clone();
        // Whatever the visitor does next closes an open explanation.
        if visit.explaining.take().is_some() {
            effects.push(Effect::Show);
        }
        match (event, &screen) {
            (Event::Explain(term), _) => {
                if catalog.glossary.contains(&term) {
                    let lang = visit.language.clone();
                    effects.push(Effect::Speak(vec![
                        message(&lang, &crate::content::ids::term(&term)),
                        message(&lang, &crate::content::ids::term_meaning(&term)),
                    ]));
                    visit.explaining = Some(term);
                    effects.push(Effect::Show);
                }
            }
            (Event::CloseExplanation, _) => effects.push(Effect::StopSpeech),
            (Event::ChooseLanguage(code), Screen::Language) => {
                if catalog.language(&code).is_some() {
                    visit.language = code;
                    effects.push(Effect::Record(stat(StatKind::LanguageChosen, visit, None)));
                    go(visit, Screen::Procedures, catalog, effects);
                }
            }
            (Event::ChooseProcedure(id), Screen::Procedures) => {
                if let Some(procedure) = catalog.procedure(&id) {
                    visit.procedure = Some(id);
                    effects.push(Effect::Record(stat(StatKind::ProcedureChosen, visit, None)));
                    let start = procedure.start.clone();
                    if procedure.node(&start).is_none() {
                        // Its tree could not be read from the snapshot (damaged): a person
                        // takes the visit from here, while the content is validated again.
                        to_person_from_procedures(visit, catalog, effects);
                    } else {
                        go(visit, Screen::Node(start), catalog, effects);
                    }
                }
            }
            (Event::SomethingElse, Screen::Procedures) => {
                to_person_from_procedures(visit, catalog, effects);
            }
            (Event::Answer(choice_id), Screen::Node(node_id)) => {
                let Some(next) = current_node(catalog, visit, node_id)
                    .and_then(|n| n.choice(&choice_id))
                    .map(|c| c.next.clone())
                else {
                    return;
                };
                visit.answers.push((node_id.clone(), choice_id));
                follow(visit, next, node_id, catalog, effects);
            }
            (Event::Continue, Screen::Review(outcome)) => {
                effects.push(Effect::Record(stat(
                    StatKind::Outcome,
                    visit,
                    Some(outcome.clone()),
                )));
                go(visit, Screen::Node(outcome.clone()), catalog, effects);
            }
            (Event::ChangeAnswer(node), Screen::Review(_)) => {
                let question = Screen::Node(node.clone());
                let Some(at) = visit.trail.iter().rposition(|s| *s == question) else {
                    return;
                };
                // Everything after that question is undone, as if Back had been pressed until it.
                visit.trail.truncate(at + 1);
                if let Some(i) = visit.answers.iter().position(|(n, _)| *n == node) {
                    visit.answers.truncate(i);
                }
                effects.push(Effect::Show);
                effects.push(Effect::Speak(screen_speech(catalog, visit)));
            }
            (Event::Continue, Screen::Node(node_id)) => {
                match current_node(catalog, visit, node_id).map(|n| &n.kind) {
                    Some(NodeKind::Info { next }) => {
                        let next = next.clone();
                        follow(visit, next, node_id, catalog, effects);
                    }
                    Some(NodeKind::Outcome { .. }) => {
                        let ending = Ending::Outcome {
                            node: node_id.clone(),
                        };
                        commit(visit, ending, catalog, effects);
                    }
                    _ => {}
                }
            }
            (Event::TalkToPerson, screen) if *screen != Screen::Handoff => {
                let at = match screen {
                    // On the review screen every answer is given: the handoff lists them all
                    // and names the outcome they lead to.
                    Screen::Node(node) | Screen::Review(node) => StopPoint::Node(node.clone()),
                    Screen::Procedures => StopPoint::Procedures,
                    _ => StopPoint::Language,
                };
                effects.push(Effect::Record(stat(
                    StatKind::TalkToPerson,
                    visit,
                    stop_node(&at),
                )));
                commit(visit, Ending::AskedForPerson { at }, catalog, effects);
            }
            (Event::Back, screen) if *screen != Screen::Handoff => {
                visit.trail.pop();
                if visit.trail.is_empty() {
                    // Back from the language screen: the visit had not really begun.
                    self.end_visit(StatKind::Abandoned, effects);
                    return;
                }
                match visit.screen().clone() {
                    Screen::Node(node) => {
                        // Going back to a question takes back the answer given there.
                        if let Some(i) = visit.answers.iter().position(|(n, _)| *n == node) {
                            visit.answers.truncate(i);
                        }
                    }
                    Screen::Procedures => {
                        visit.procedure = None;
                        visit.answers.clear();
                    }
                    _ => {}
                }
                effects.push(Effect::Show);
                effects.push(Effect::Speak(screen_speech(catalog, visit)));
            }
            (Event::ListenAgain, _) => effects.push(Effect::Speak(screen_speech(catalog, visit))),
            (Event::ToggleLargeText, _) => {
                visit.large_text = !visit.large_text;
                effects.push(Effect::Show);
            }
            (Event::ToggleContrast, _) => {
                visit.high_contrast = !visit.high_contrast;
                effects.push(Effect::Show);
            }
            (Event::ToggleSlow, _) => {
                visit.slow = !visit.slow;
                effects.push(Effect::SetSlow(visit.slow));
                effects.push(Effect::Show);
                effects.push(Effect::Speak(screen_speech(catalog, visit)));
            }
            (event @ (Event::Louder | Event::Quieter), _) => {
                let louder = event == Event::Louder;
                let step = if louder {
                    VOLUME_STEP_DB
                } else {
                    -VOLUME_STEP_DB
                };
                // A ceiling below 0 would make "Louder" quieter: the normal level is the floor
                // of the ceiling.
                let max = self.config.volume_max_db.max(0);
                let level = (visit.volume_db + step).clamp(VOLUME_MIN_DB, max);
                let said = match (louder, level == visit.volume_db) {
                    (true, false) => "volume-louder",
                    (true, true) => "volume-loudest",
                    (false, false) => "volume-quieter",
                    (false, true) => "volume-quietest",
                };
                visit.volume_db = level;
                effects.push(Effect::SetVolume(level));
                effects.push(Effect::Speak(vec![message(&visit.language, said)]));
            }
            (Event::HearControl(control), _) => {
                effects.push(Effect::Speak(vec![message(
                    &visit.language,
                    control.said(),
                )]));
            }
            // A speaker button says its option without choosing it.
            (Event::Hear(id), _) => match ScreenScript::of(catalog, Some(visit)).option(&id) {
                Some(option) => effects.push(Effect::Speak(option.said.clone())),
                None => effects.push(Effect::StopSpeech),
            },
            // A touch that means nothing on this screen still stops speech: the visitor acted.
            _ => effects.push(Effect::StopSpeech),
        }
    }

    fn tick(&mut self, now: Instant, effects: &mut Vec<Effect>) {
        let (Some(visit), Some(last)) = (&self.visit, self.last_activity) else {
            return;
        };
        match self.warning_since {
            None if now.saturating_duration_since(last) >= self.config.idle_warning => {
                self.warning_since = Some(now);
                effects.push(Effect::Show);
                effects.push(Effect::Speak(vec![
                    message(&visit.language, "idle-title"),
                    // The countdown's number changes every second: the spoken warning says
                    // what to do instead.
                    message(&visit.language, "idle-spoken"),
                ]));
            }
            Some(since) if now.saturating_duration_since(since) >= self.config.idle_reset => {
                let kind = if visit.ticket.is_some() {
                    StatKind::Finished
                } else {
                    StatKind::IdleWipe
                };
                self.end_visit(kind, effects);
            }
            Some(_) => effects.push(Effect::Show),
            None => {}
        }
    }

    fn start_visit(&mut self, catalog: &Catalog, effects: &mut Vec<Effect>) {
        let language = catalog
            .languages
            .first()
            .map_or(catalog.reference_language(), |l| l.code.as_str())
            .to_string();
        let visit = Visit {
            language,
            procedure: None,
            trail: vec![Screen::Language],
            answers: Vec::new(),
            ticket: None,
            print: PrintState::Pending,
            explaining: None,
            slow: false,
            large_text: false,
            high_contrast: false,
            volume_db: 0,
        };
        effects.push(Effect::Record(stat(StatKind::VisitStarted, &visit, None)));
        effects.push(Effect::Show);
        effects.push(Effect::Speak(screen_speech(catalog, &visit)));
        self.visit = Some(visit);
    }

    /// Ends the visit: counts how it ended, then forgets it.
    fn end_visit(&mut self, kind: StatKind, effects: &mut Vec<Effect>) {
        if let Some(visit) = self.visit.take() {
            let node = match visit.screen() {
                Screen::Node(node) => Some(node.clone()),
                _ => None,
            };
            effects.push(Effect::Record(stat(kind, &visit, node)));
        }
        self.warning_since = None;
        self.last_activity = None;
        effects.push(Effect::StopSpeech);
        effects.push(Effect::Wipe);
        effects.push(Effect::Show);
    }
}

fn current_node<'a>(
    catalog: &'a Catalog,
    visit: &Visit,
    node: &str,
) -> Option<&'a crate::content::Node> {
    catalog.procedure(visit.procedure.as_deref()?)?.node(node)
}

fn go(visit: &mut Visit, screen: Screen, catalog: &Catalog, effects: &mut Vec<Effect>) {
    if let Screen::Node(node) = &screen {
        effects.push(Effect::Record(stat(
            StatKind::NodeReached,
            visit,
            Some(node.clone()),
        )));
    }
    visit.trail.push(screen);
    effects.push(Effect::Show);
    effects.push(Effect::Speak(screen_speech(catalog, visit)));
}

fn follow(visit: &mut Visit, next: Next, from: &str, catalog: &Catalog, effects: &mut Vec<Effect>) {
    match next {
        Next::Node(node) => {
            let is_outcome = current_node(catalog, visit, &node).is_some_and(|n| n.is_outcome());
            if is_outcome && !visit.answers.is_empty() {
                // The outcome is counted when the visitor confirms the review.
                visit.trail.push(Screen::Review(node));
                effects.push(Effect::Show);
                effects.push(Effect::Speak(screen_speech(catalog, visit)));
                return;
            }
            if is_outcome {
                effects.push(Effect::Record(stat(
                    StatKind::Outcome,
                    visit,
                    Some(node.clone()),
                )));
            }
            go(visit, Screen::Node(node), catalog, effects);
        }
        Next::Person => {
            let at = StopPoint::Node(from.to_string());
            commit(visit, Ending::ToPerson { at }, catalog, effects);
        }
    }
}

/// The visit ends on the procedures screen with a person (none fits, or the one chosen cannot
/// be shown): a handoff with what is known so far.
fn to_person_from_procedures(visit: &mut Visit, catalog: &Catalog, effects: &mut Vec<Effect>) {
    commit(
        visit,
        Ending::ToPerson {
            at: StopPoint::Procedures,
        },
        catalog,
        effects,
    );
}

fn commit(visit: &mut Visit, ending: Ending, catalog: &Catalog, effects: &mut Vec<Effect>) {
    if let Ending::ToPerson { at } = &ending {
        effects.push(Effect::Record(stat(
            StatKind::SentToPerson,
            visit,
            stop_node(at),
        )));
    }
    let handoff = Handoff::build(
        catalog,
        &visit.language,
        visit.procedure.as_deref(),
        &visit.answers,
        ending,
    );
    visit.trail.push(Screen::Handoff);
    effects.push(Effect::Commit(Box::new(handoff)));
    effects.push(Effect::Show);
}

fn stop_node(at: &StopPoint) -> Option<String> {
    match at {
        StopPoint::Node(node) => Some(node.clone()),
        _ => None,
    }
}

fn stat(kind: StatKind, visit: &Visit, node: Option<String>) -> StatEvent {
    StatEvent {
        kind,
        language: Some(visit.language.clone()),
        procedure: visit.procedure.clone(),
        node,
    }
}

fn message(lang: &str, id: &str) -> Utterance {
    Utterance::Message {
        lang: lang.to_string(),
        id: id.to_string(),
    }
}

/// What is read when a screen opens (and on "Listen again"): the screen script's speech.
pub fn screen_speech(catalog: &Catalog, visit: &Visit) -> Vec<Utterance> {
    ScreenScript::of(catalog, Some(visit)).speech()
}
