//! The accessibility numbers of the screens, measured on the real UI (Slint's testing
//! backend): every text colour reaches 7:1 against its background in both palettes, and every
//! tappable element of every screen of the shipped procedure is at least 72 × 72 px and 16 px
//! away from the next one, at the 1920 × 1080 reference.

use crate::common;

use std::time::Instant;

use i_slint_backend_testing::{AccessibleRole, ElementQuery};
use relais::session::{Event, Session, SessionConfig};
use relais::ui::{App, Theme};
use slint::ComponentHandle;

/// WCAG relative luminance of an sRGB colour.
fn luminance(c: slint::Color) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
}

fn contrast(a: slint::Color, b: slint::Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn text_colours_reach_7_to_1_in_both_palettes() {
    i_slint_backend_testing::init_no_event_loop();
    let app = App::new().unwrap();
    let theme = app.global::<Theme>();
    for high_contrast in [false, true] {
        theme.set_high_contrast(high_contrast);
        // (what is drawn, on what): every pair the .slint files use for text or icons.
        let pairs = [
            (
                "text on background",
                theme.get_text(),
                theme.get_background(),
            ),
            ("text on surface", theme.get_text(), theme.get_surface()),
            (
                "soft text on background",
                theme.get_text_soft(),
                theme.get_background(),
            ),
            (
                "button text on primary",
                theme.get_on_primary(),
                theme.get_primary(),
            ),
            (
                "button text on pressed primary",
                theme.get_on_primary(),
                theme.get_primary_pressed(),
            ),
            ("talk text on talk", theme.get_on_talk(), theme.get_talk()),
            (
                "primary on surface (chips, speaker icon)",
                theme.get_primary(),
                theme.get_surface(),
            ),
            (
                "primary on background (ticket number)",
                theme.get_primary(),
                theme.get_background(),
            ),
        ];
        for (what, fg, bg) in pairs {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= 7.0,
                "{what}: {ratio:.2}:1 in the {} palette",
                if high_contrast {
                    "high-contrast"
                } else {
                    "normal"
                }
            );
        }
    }
}

/// Every screen of the procedure, one session each.
fn screens() -> Vec<Session> {
    let catalog = common::shipped_catalog();
    let procedure = catalog.procedure("cant-log-in").unwrap();
    let now = Instant::now();
    let mut sessions = Vec::new();
    let opening = [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::ChooseProcedure("cant-log-in".into()),
    ];
    for count in 1..=opening.len() {
        let mut session = Session::new(SessionConfig::default());
        for event in &opening[..count] {
            session.handle(&catalog, event.clone(), now);
        }
        sessions.push(session);
    }
    for node in &procedure.nodes {
        let mut session = Session::new(SessionConfig::default());
        for event in &opening {
            session.handle(&catalog, event.clone(), now);
        }
        session.follow_path(&catalog, procedure.path_to(&node.id).unwrap(), now);
        // Back from an outcome shows the review of the answers.
        if node.is_outcome() && !session.visit().unwrap().answers.is_empty() {
            let mut review = session.clone();
            review.handle(&catalog, Event::Back, now);
            sessions.push(review);
        }
        sessions.push(session);
    }
    sessions
}

#[test]
fn every_tappable_element_is_large_enough_and_apart() {
    i_slint_backend_testing::init_no_event_loop();
    let catalog = common::shipped_catalog();
    let app = App::new().unwrap();
    app.window().set_size(slint::PhysicalSize::new(1920, 1080));
    app.show().unwrap();
    let mut problems = Vec::new();
    for session in screens() {
        relais::ui::show(&app, &catalog, &session, Instant::now());
        let screen = format!("{:?}", session.screen());
        let buttons: Vec<(String, f32, f32, f32, f32)> = ElementQuery::from_root(&app)
            .match_accessible_role(AccessibleRole::Button)
            .find_all()
            .iter()
            .map(|e| {
                let (p, s) = (e.absolute_position(), e.size());
                (
                    e.accessible_label().unwrap_or_default().to_string(),
                    p.x,
                    p.y,
                    s.width,
                    s.height,
                )
            })
            .collect();
        assert!(!buttons.is_empty(), "{screen}: no buttons found");
        for (label, _, _, w, h) in &buttons {
            if *w < 72.0 || *h < 72.0 {
                problems.push(format!("{screen}: `{label}` is {w}×{h}"));
            }
        }
        for (i, a) in buttons.iter().enumerate() {
            for b in &buttons[i + 1..] {
                // The gap between two rectangles: the larger of the horizontal and vertical gaps.
                let dx = (b.1 - (a.1 + a.3)).max(a.1 - (b.1 + b.3));
                let dy = (b.2 - (a.2 + a.4)).max(a.2 - (b.2 + b.4));
                let gap = dx.max(dy);
                // The attract screen is one button covering the screen; nothing else is there.
                if gap < 16.0 - 0.5 {
                    problems.push(format!(
                        "{screen}: `{}` and `{}` are {gap} px apart",
                        a.0, b.0
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
