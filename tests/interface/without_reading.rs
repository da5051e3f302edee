//! A visit made without reading (issue 20): every procedure walked to a ticket, in French and
//! in Arabic, by a test that has only what a visitor who cannot read has: the icons and
//! pictograms of the buttons (their ids, the buttons' accessible descriptions), where things
//! are (order on screen), and what each screen says (`ScreenScript::speech`). It never looks a
//! button up by its words. On the way it uses Back, Start over, Louder and Talk to a person.
//! A control that loses its icon loses its description, and the walk stops there.

use crate::common;
use crate::harness::{Kiosk, start};

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use relais::script::ScreenScript;
use relais::session::{Screen, Utterance};
use slint::ComponentHandle;
use slint::platform::{PointerEventButton, WindowEvent};

/// Every button on screen with the id of its icon or pictogram ("" when it shows none), in the
/// order of the screen's tree.
fn buttons(kiosk: &Kiosk) -> Vec<(String, ElementHandle)> {
    ElementQuery::from_root(&kiosk.app)
        .match_accessible_role(AccessibleRole::Button)
        .find_all()
        .into_iter()
        .map(|e| {
            (
                e.accessible_description().unwrap_or_default().to_string(),
                e,
            )
        })
        .collect()
}

/// Whether a button with this icon is on screen (its `-rtl` twin counts).
fn has_icon(kiosk: &Kiosk, icon: &str) -> bool {
    buttons(kiosk).iter().any(|(id, _)| same_icon(id, icon))
}

fn same_icon(id: &str, icon: &str) -> bool {
    id == icon || id.strip_suffix("-rtl") == Some(icon)
}

/// Taps the one button that shows `icon`, bringing it into sight first with the page's down
/// arrow (itself found by its icon), as a visitor would.
fn tap_icon(kiosk: &Kiosk, icon: &str) {
    for _ in 0..20 {
        if has_icon(kiosk, icon) || !has_icon(kiosk, "control-scroll-down") {
            break;
        }
        press(kiosk, "control-scroll-down");
    }
    press(kiosk, icon);
}

fn press(kiosk: &Kiosk, icon: &str) {
    let found: Vec<ElementHandle> = buttons(kiosk)
        .into_iter()
        .filter(|(id, _)| same_icon(id, icon))
        .map(|(_, e)| e)
        .collect();
    let seen: Vec<String> = buttons(kiosk).into_iter().map(|(id, _)| id).collect();
    assert_eq!(
        found.len(),
        1,
        "expected one button with the icon `{icon}`; the buttons' icons: {seen:?}"
    );
    found[0].invoke_accessible_default_action();
    slint::platform::update_timers_and_animations();
}

/// What the screen in front of the visitor says.
fn speech(kiosk: &Kiosk) -> Vec<Utterance> {
    let controller = kiosk.controller.borrow();
    ScreenScript::of(controller.catalog(), controller.session().visit()).speech()
}

/// Whether the screen's speech says this message.
fn says(kiosk: &Kiosk, id: &str) -> bool {
    speech(kiosk)
        .iter()
        .any(|u| matches!(u, Utterance::Message { id: said, .. } if said == id))
}

/// The attract screen: a touch anywhere, here in the middle.
fn touch_the_screen(kiosk: &Kiosk) {
    let position = slint::LogicalPosition::new(960.0, 540.0);
    let window = kiosk.app.window();
    for event in [
        WindowEvent::PointerPressed {
            position,
            button: PointerEventButton::Left,
        },
        WindowEvent::PointerReleased {
            position,
            button: PointerEventButton::Left,
        },
    ] {
        window.dispatch_event(event);
    }
}

/// The language screen: each language asks its question in its own voice, in the order of the
/// buttons; the visitor takes the button whose question they understood. The languages have
/// no pictures, so they are the buttons without one, in order.
fn choose_language(kiosk: &Kiosk, lang: &str) {
    let position = speech(kiosk)
        .iter()
        .position(|u| matches!(u, Utterance::Message { lang: l, .. } if l == lang))
        .unwrap_or_else(|| panic!("no language speaks {lang}"));
    let plain: Vec<ElementHandle> = buttons(kiosk)
        .into_iter()
        .filter(|(id, e)| id.is_empty() && e.type_name().as_deref() == Some("BigButton"))
        .map(|(_, e)| e)
        .collect();
    plain[position].invoke_accessible_default_action();
}

/// The first answer of a question: the first button with a picture that is not a control.
fn first_answer(kiosk: &Kiosk) -> Option<String> {
    buttons(kiosk)
        .into_iter()
        .map(|(id, _)| id)
        .find(|id| !id.is_empty() && !id.starts_with("control-"))
}

fn screen(kiosk: &Kiosk) -> Screen {
    kiosk.controller.borrow().session().screen()
}

/// From the first question to the ticket: the main button when the screen has one (its
/// icon named by the speech first), else the first answer.
fn walk_to_ticket(kiosk: &Kiosk, where_: &str) {
    for _ in 0..40 {
        if has_icon(kiosk, "control-done") {
            return;
        }
        let main = [
            ("control-print", "hint-print"),
            ("control-confirm", "hint-confirm"),
            ("control-continue", "hint-continue"),
        ]
        .into_iter()
        .find(|(icon, _)| has_icon(kiosk, icon));
        match main {
            Some((icon, hint)) => {
                assert!(
                    says(kiosk, hint),
                    "{where_}: the speech does not name {icon}"
                );
                tap_icon(kiosk, icon);
            }
            None => {
                let answer = first_answer(kiosk)
                    .unwrap_or_else(|| panic!("{where_}: nothing to touch on {:?}", screen(kiosk)));
                tap_icon(kiosk, &answer);
            }
        }
    }
    panic!("{where_}: no ticket after 40 touches");
}

/// The ticket screen: the number is said digit by digit in the visitor's language, the
/// picture of the ticket from the printer is there, and Listen again says it all again.
fn check_ticket(kiosk: &Kiosk, lang: &str, where_: &str) {
    assert!(
        speech(kiosk)
            .iter()
            .any(|u| matches!(u, Utterance::Digits { lang: l, .. } if l == lang)),
        "{where_}: the number is not said in {lang}"
    );
    assert!(
        says(kiosk, "handoff-printed"),
        "{where_}: {:?}",
        speech(kiosk)
    );
    let picture = ElementQuery::from_root(&kiosk.app)
        .match_predicate(|e| e.accessible_description().as_deref() == Some("ticket-from-printer"))
        .find_all();
    assert_eq!(picture.len(), 1, "{where_}: no picture of the ticket");
    assert!(has_icon(kiosk, "control-listen"), "{where_}");
    assert!(says(kiosk, "hint-done"), "{where_}");
}

fn visit_without_reading(lang: &str) {
    let catalog = common::shipped_catalog();
    for procedure in &catalog.procedures {
        let where_ = format!("{} in {lang}", procedure.id);
        let pictogram = procedure.pictogram.as_deref().expect("a pictogram");
        let kiosk = start();
        touch_the_screen(&kiosk);
        choose_language(&kiosk, lang);
        // The procedure by its picture; then Louder, heard at the new level.
        tap_icon(&kiosk, pictogram);
        press(&kiosk, "control-louder");
        let volume = kiosk
            .controller
            .borrow()
            .session()
            .visit()
            .unwrap()
            .volume_db;
        assert_eq!(volume, 3, "{where_}");
        // Back to the procedures, and the same one again; then Start over, from the language.
        press(&kiosk, "control-back");
        assert_eq!(screen(&kiosk), Screen::Procedures, "{where_}");
        tap_icon(&kiosk, pictogram);
        press(&kiosk, "control-start-over");
        assert_eq!(screen(&kiosk), Screen::Language, "{where_}");
        choose_language(&kiosk, lang);
        tap_icon(&kiosk, pictogram);
        walk_to_ticket(&kiosk, &where_);
        check_ticket(&kiosk, lang, &where_);
        assert_eq!(common::spooled(kiosk.dir.path()).len(), 1, "{where_}");
        press(&kiosk, "control-done");
        assert_eq!(screen(&kiosk), Screen::Attract, "{where_}");
    }
    // Talk to a person, from the first question of the first procedure.
    let kiosk = start();
    touch_the_screen(&kiosk);
    choose_language(&kiosk, lang);
    tap_icon(&kiosk, catalog.procedures[0].pictogram.as_deref().unwrap());
    press(&kiosk, "control-talk");
    check_ticket(&kiosk, lang, &format!("talk to a person in {lang}"));
    assert_eq!(common::spooled(kiosk.dir.path()).len(), 1);
}

#[test]
fn every_procedure_reaches_a_ticket_without_reading_in_french() {
    visit_without_reading("fr");
}

#[test]
fn every_procedure_reaches_a_ticket_without_reading_in_arabic() {
    visit_without_reading("ar");
}
