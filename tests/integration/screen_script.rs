//! One description of each screen: on every screen of every shipped procedure, in every
//! language, what the screen shows is what its script lists, and everything the script lists
//! as a line is spoken when the screen opens and on "Listen again" (issue #16: the speech of a
//! screen can never miss a line the screen shows).

use crate::common;

use std::collections::HashSet;
use std::time::Instant;

use relais::content::Catalog;
use relais::script::{ScreenScript, ScriptKind, Text};
use relais::session::{Effect, Event, Screen, Session, SessionConfig, Utterance};

/// Checks one screen; returns how many lines it checked.
fn check_screen(catalog: &Catalog, session: &mut Session, place: &str) -> usize {
    let script = ScreenScript::of(catalog, session.visit());
    let spoken = script.speech();
    let lines = script.shown_lines();
    // The attract screen is silent: speech starts with the first touch (product.md, step 1).
    // So is the ticket screen for the instant before the commit returns its number (the
    // controller sends it in the same dispatch): the number is what it says first.
    let silent = script.kind == ScriptKind::Attract
        || (script.kind == ScriptKind::Handoff && script.ticket.is_none());
    for line in lines.iter().filter(|_| !silent) {
        let expected = match line {
            Text::Verbatim { lang, .. } => Utterance::Message {
                lang: lang.clone(),
                id: "language-question".to_string(),
            },
            message => message
                .utterance()
                .unwrap_or_else(|| panic!("{place}: {message:?} is shown but cannot be said")),
        };
        assert!(
            spoken.contains(&expected),
            "{place}: the screen shows {line:?} but its speech does not say it: {spoken:?}"
        );
    }

    // The Slint view shows nothing the script does not list.
    let listed: HashSet<String> = lines.iter().map(|l| l.resolve(catalog)).collect();
    for shown in relais::ui::screen_lines(catalog, session) {
        assert!(
            listed.contains(&shown),
            "{place}: the view shows {shown:?}, which is not in the screen script"
        );
    }

    // And "Listen again" says exactly the script's speech.
    if session.visit().is_some() {
        let effects = session.handle(catalog, Event::ListenAgain, Instant::now());
        assert!(
            effects.contains(&Effect::Speak(spoken.clone())),
            "{place}: Listen again did not say the script's speech: {effects:?}"
        );
    }
    lines.len()
}

/// Walks every path from the current screen, checking each screen, down to the ticket.
fn walk(catalog: &Catalog, session: Session, place: &str, checked: &mut usize) {
    let mut session = session;
    *checked += check_screen(catalog, &mut session, place);
    let now = Instant::now();
    let script = ScreenScript::of(catalog, session.visit());
    let events: Vec<Event> = match session.screen() {
        Screen::Node(_) if !script.options.is_empty() => script
            .options
            .iter()
            .map(|o| Event::Answer(o.id.clone()))
            .collect(),
        Screen::Node(_) | Screen::Review(_) => vec![Event::Continue],
        _ => vec![],
    };
    for event in events {
        let mut next = session.clone();
        let effects = next.handle(catalog, event.clone(), now);
        let here = format!("{place} → {event:?}");
        if effects.iter().any(|e| matches!(e, Effect::Commit(_))) {
            // The ticket screen, before and after the number arrives and once printed.
            let mut ticket = next.clone();
            check_screen(catalog, &mut ticket, &format!("{here} (waiting)"));
            ticket.handle(
                catalog,
                Event::HandoffStored {
                    ticket: "042".into(),
                },
                now,
            );
            *checked += check_screen(catalog, &mut ticket, &format!("{here} (ticket)"));
            ticket.handle(catalog, Event::Printed { ok: false }, now);
            *checked += check_screen(catalog, &mut ticket, &format!("{here} (not printed)"));
        } else {
            walk(catalog, next, &here, checked);
        }
    }
}

#[test]
fn every_line_a_screen_shows_is_spoken_on_every_screen_of_every_procedure() {
    let catalog = common::shipped_catalog();
    let now = Instant::now();
    let mut checked = 0;
    for language in &catalog.languages {
        let mut session = Session::new(SessionConfig::default());
        checked += check_screen(&catalog, &mut session, "attract");
        session.handle(&catalog, Event::Touch, now);
        checked += check_screen(&catalog, &mut session, "language");
        session.handle(&catalog, Event::ChooseLanguage(language.code.clone()), now);
        checked += check_screen(&catalog, &mut session, "procedures");
        for procedure in &catalog.procedures {
            let mut visit = session.clone();
            visit.handle(&catalog, Event::ChooseProcedure(procedure.id.clone()), now);
            let place = format!("{} {}", language.code, procedure.id);
            walk(&catalog, visit, &place, &mut checked);
        }
    }
    // Every language, every procedure, many screens: a walk that checked little found little.
    assert!(
        checked > 1000,
        "only {checked} lines were checked: the walk did not reach the screens"
    );
}
