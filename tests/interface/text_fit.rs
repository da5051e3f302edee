//! No text is ever cut (issue #16): on every screen of every procedure, in every language, at
//! the three screen sizes of issue #5 and in each display mode (normal, large text, high
//! contrast), each text fits its box: it wraps, or its box is wide and tall enough for it, and
//! whatever clips it (the window, a clipping parent) holds it whole — except the scrolling
//! page, which may hold it below or above its room, since its arrows bring it into sight
//! (`layouts.rs` checks that they do).
//!
//! How a text is measured, and why this way: Slint's testing backend measures the text of a
//! `Text` with a fixed metric only when it asks for the backend's own test font; any other font
//! (ours: Atkinson Hyperlegible, Noto Sans, Noto Sans Arabic, embedded by ui/theme.slint) is
//! shaped by the same code as the software renderer of the kiosk and of `relais storyboard`
//! (Slint's shared parley text layout). So the layout seen here is the one drawn on screen, and
//! the test asks each `Text` item for what it needs — its `layout_info`, the very measure
//! Slint's layouts use: the width of its longest word when it wraps, of its whole line when it
//! does not, and the height of its lines at its actual width — and compares it with the box it
//! was given. The public testing API (`ElementHandle`) gives boxes but not a text's wrap,
//! overflow or needs, so the item tree is read through Slint's core crate, pinned to the same
//! version as the testing backend.
//!
//! One window per language, resized and redrawn for each size, mode and screen: the four
//! languages run side by side, each in its own test.

use crate::common;

use std::time::{Duration, Instant};

use i_slint_core::item_tree::{ItemRc, ParentItemTraversalMode};
use i_slint_core::items::{Clip, ComplexText, Flickable, Orientation, SimpleText, TextOverflow};
use i_slint_core::window::WindowInner;
use relais::admin::panel::{AdminInput, AdminPanel};
use relais::content::Catalog;
use relais::session::{Event, Screen, Session, SessionConfig};
use relais::ui::App;
use slint::{ComponentHandle, Model};

const SIZES: [(u32, u32); 3] = [(1920, 1080), (1080, 1920), (1280, 800)];
use crate::geometry::{Rect, SLACK};

/// The display modes a visitor can switch on, each with the event that switches it on
/// (as `relais storyboard --all` draws them).
const MODES: [(&str, Option<Event>); 3] = [
    ("normal", None),
    ("large text", Some(Event::ToggleLargeText)),
    ("high contrast", Some(Event::ToggleContrast)),
];

impl Rect {
    /// Where `item` lies in the window.
    fn of_item(item: &ItemRc) -> Rect {
        let geometry = item.geometry();
        let origin = item.map_to_window(geometry.origin);
        Rect {
            x: origin.x,
            y: origin.y,
            w: geometry.size.width,
            h: geometry.size.height,
        }
    }
}

/// The text a `Text` item shows, and whether it is elided when too long; `None` for other items.
fn text_of(item: &ItemRc) -> Option<(String, TextOverflow)> {
    if let Some(text) = item.downcast::<ComplexText>() {
        let text = text.as_pin_ref();
        return Some((text.text().to_string(), text.overflow()));
    }
    // A `Text` with no wrap, overflow or font of its own: it never wraps, never elides.
    let text = item.downcast::<SimpleText>()?;
    Some((text.as_pin_ref().text().to_string(), TextOverflow::Clip))
}

/// What is wrong with one text on screen, if anything: `None` when it fits or is hidden.
fn cut(item: &ItemRc, overflow: TextOverflow, window: &Rect) -> Option<String> {
    let rect = Rect::of_item(item);
    // What cuts it: every clipping parent, the scrolling page in its width only.
    let mut in_page = false;
    let mut parent = item.parent_item(ParentItemTraversalMode::StopAtPopups);
    while let Some(ancestor) = parent {
        if let Some(clip) = ancestor.downcast::<Clip>() {
            let clip = clip.as_pin_ref();
            if clip.is_visibility_clip() && clip.clip() {
                // `visible: false`: not on screen at all.
                return None;
            }
        }
        if let Some(flick) = ancestor.downcast::<Flickable>() {
            in_page = true;
            let page = Rect::of_item(&ancestor);
            let flick = flick.as_pin_ref();
            // What scrolls: the page's content, from its top to its bottom.
            let content = Rect {
                x: page.x,
                y: page.y + flick.content_y().get(),
                w: page.w,
                h: flick.content_height().get(),
            };
            if !page.holds_columns_of(&rect) {
                return Some(format!(
                    "is cut at the side of its page ({rect:?} in {page:?})"
                ));
            }
            if !content.holds_rows_of(&rect) {
                return Some(format!(
                    "lies outside the page's content ({rect:?} in {content:?})"
                ));
            }
        } else if ancestor.borrow().as_ref().clips_children() {
            let clip = Rect::of_item(&ancestor);
            if !(clip.holds_columns_of(&rect) && clip.holds_rows_of(&rect)) {
                return Some(format!("is cut by its parent ({rect:?} in {clip:?})"));
            }
        }
        parent = ancestor.parent_item(ParentItemTraversalMode::StopAtPopups);
    }
    if !window.holds_columns_of(&rect) || (!in_page && !window.holds_rows_of(&rect)) {
        return Some(format!("runs off the screen ({rect:?})"));
    }
    // What it needs, measured as Slint's layouts measure it.
    let adapter = item.window_adapter()?;
    let needs = |orientation, cross: f32| {
        item.borrow()
            .as_ref()
            .layout_info(orientation, cross, &adapter, item)
    };
    let across = needs(Orientation::Horizontal, -1.0);
    if overflow == TextOverflow::Elide && rect.w + SLACK < across.preferred {
        return Some(format!(
            "is elided: it needs {:.0} px, it has {:.0}",
            across.preferred, rect.w
        ));
    }
    if rect.w + SLACK < across.min {
        return Some(format!(
            "is cut at its side: it needs {:.0} px of width, it has {:.0}",
            across.min, rect.w
        ));
    }
    let down = needs(Orientation::Vertical, rect.w);
    if rect.h + SLACK < down.min {
        return Some(format!(
            "runs out of its box: its lines need {:.0} px of height, it has {:.0}",
            down.min, rect.h
        ));
    }
    None
}

/// Every text on the window that is cut, each with what is wrong; how many texts were checked.
fn cut_texts(app: &App) -> (Vec<String>, usize) {
    let size = app.window().size();
    let window = Rect {
        x: 0.0,
        y: 0.0,
        w: size.width as f32,
        h: size.height as f32,
    };
    let root = ItemRc::new_root(WindowInner::from_pub(app.window()).component());
    let mut problems = Vec::new();
    let mut checked = 0;
    root.visit_descendants(|item| {
        if let Some((text, overflow)) = text_of(item)
            && !text.trim().is_empty()
        {
            checked += 1;
            if let Some(problem) = cut(item, overflow, &window) {
                problems.push(format!("`{text}` {problem}"));
            }
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    (problems, checked)
}

/// Runs the checks on what the window shows now, under `name`.
struct Checker<'a> {
    app: &'a App,
    problems: Vec<String>,
    screens: usize,
    texts: usize,
}

impl Checker<'_> {
    fn check(&mut self, name: &str) {
        // What the event loop does before it draws: `changed` handlers, new repeated items.
        slint::platform::update_timers_and_animations();
        let (problems, texts) = cut_texts(self.app);
        self.screens += 1;
        self.texts += texts;
        self.problems
            .extend(problems.into_iter().map(|p| format!("{name}: {p}")));
    }

    fn show(&mut self, catalog: &Catalog, session: &Session, now: Instant, name: &str) {
        relais::ui::show(self.app, catalog, session, now);
        self.check(name);
    }
}

/// The screens no visit owns, in no display mode: the attract screen with each language's
/// greeting in turn, the admin PIN pad and the admin panel.
fn check_attract_and_admin(checker: &mut Checker, catalog: &Catalog, place: &str) {
    let now = Instant::now();
    let attract = Session::new(SessionConfig::default());
    relais::ui::show(checker.app, catalog, &attract, now);
    let greetings = relais::ui::screen_view(catalog, &attract)
        .greetings
        .row_count();
    for shown in 0..greetings.max(1) {
        checker.check(&format!("{place} attract, greeting {shown}"));
        // The greeting turns every 3 s (Theme.greeting-rotation).
        i_slint_backend_testing::mock_elapsed_time(Duration::from_secs(3));
    }
    let mut panel = AdminPanel::default();
    for input in [AdminInput::Summon, AdminInput::Digit('1')] {
        panel.input(input, false, now);
    }
    let figures = relais::ui::AdminFigures {
        lines: vec![relais::admin::desk::content_figure(catalog)],
        // Every button, the network's update too.
        content_updates: true,
        ..Default::default()
    };
    relais::ui::show_admin(checker.app, catalog, &panel, &figures);
    checker.check(&format!("{place} admin PIN"));
    panel.input(AdminInput::Submit, false, now);
    panel.pin_checked(true, String::new());
    relais::ui::show_admin(checker.app, catalog, &panel, &figures);
    checker.check(&format!("{place} admin panel"));
    panel.input(AdminInput::Close, false, now);
    relais::ui::show_admin(checker.app, catalog, &panel, &figures);
}

/// Every screen of every procedure in `language` and one display mode: the language and
/// procedure pickers, every node, the review before each outcome reached through a question,
/// the ticket printed and not printed, the idle warning, and each glossary word explained.
fn check_visits(
    checker: &mut Checker,
    catalog: &Catalog,
    language: &str,
    switch: &Option<Event>,
    place: &str,
) {
    let now = Instant::now();
    let begin = |events: &[Event]| {
        let mut session = Session::new(SessionConfig::default());
        session.handle(catalog, Event::Touch, now);
        if let Some(switch) = switch {
            session.handle(catalog, switch.clone(), now);
        }
        for event in events {
            session.handle(catalog, event.clone(), now);
        }
        session
    };
    checker.show(catalog, &begin(&[]), now, &format!("{place} language"));
    let chosen = [Event::ChooseLanguage(language.into())];
    checker.show(
        catalog,
        &begin(&chosen),
        now,
        &format!("{place} procedures"),
    );
    let mut explained = std::collections::HashSet::new();
    for procedure in &catalog.procedures {
        let opening = [
            chosen[0].clone(),
            Event::ChooseProcedure(procedure.id.clone()),
        ];
        let mut ticket_seen = false;
        for node in procedure.nodes() {
            let mut session = begin(&opening);
            session.follow_path(catalog, procedure.path_to(&node.id).unwrap(), now);
            let here = format!("{place} {} {}", procedure.id, node.id);
            checker.show(catalog, &session, now, &here);
            let texts = relais::ui::screen_texts(catalog, &session);
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            for term in catalog.terms_in(language, &texts) {
                if explained.insert(term.to_string()) {
                    let mut explaining = session.clone();
                    explaining.handle(catalog, Event::Explain(term.to_string()), now);
                    checker.show(
                        catalog,
                        &explaining,
                        now,
                        &format!("{here} explains {term}"),
                    );
                }
            }
            if !node.is_outcome() {
                continue;
            }
            if !session.visit().unwrap().answers.is_empty() {
                let mut review = session.clone();
                review.handle(catalog, Event::Back, now);
                checker.show(catalog, &review, now, &format!("{here} review"));
            }
            if !ticket_seen {
                ticket_seen = true;
                let ticket = relais::storyboard::ticket_screen(catalog, &session, None, now);
                checker.show(catalog, &ticket, now, &format!("{here} ticket"));
                let ticket = relais::storyboard::ticket_screen(catalog, &session, Some(false), now);
                checker.show(catalog, &ticket, now, &format!("{here} not printed"));
            }
        }
        // The idle warning over the first question, ten seconds into its countdown.
        let mut idle = begin(&opening);
        let warned = now + SessionConfig::default().idle_warning;
        idle.handle(catalog, Event::Tick, warned);
        assert!(matches!(idle.screen(), Screen::Node(_)));
        checker.show(
            catalog,
            &idle,
            warned + Duration::from_secs(10),
            &format!("{place} {} idle warning", procedure.id),
        );
    }
}

/// Every screen in `language`, at each size and in each mode, on one window.
fn check_language(language: &str) {
    i_slint_backend_testing::init_no_event_loop();
    let catalog = common::shipped_catalog();
    assert!(
        catalog.language(language).is_some(),
        "`{language}` is not offered"
    );
    let app = App::new().unwrap();
    app.show().unwrap();
    let mut checker = Checker {
        app: &app,
        problems: Vec::new(),
        screens: 0,
        texts: 0,
    };
    for (width, height) in SIZES {
        app.window()
            .set_size(slint::PhysicalSize::new(width, height));
        let place = format!("{language} {width}×{height}");
        // The attract and admin screens are the same whatever the visit's language: once.
        if language == catalog.reference_language() {
            check_attract_and_admin(&mut checker, &catalog, &place);
        }
        for (mode, switch) in &MODES {
            check_visits(
                &mut checker,
                &catalog,
                language,
                switch,
                &format!("{place} {mode}"),
            );
        }
    }
    // 3 sizes × 3 modes × every screen of sixteen procedures: a walk that saw little found little.
    assert!(
        checker.screens >= 9 * 200,
        "only {} screens were checked",
        checker.screens
    );
    assert!(
        checker.problems.is_empty(),
        "{} of {} texts on {} screens are cut:\n{}",
        checker.problems.len(),
        checker.texts,
        checker.screens,
        checker.problems.join("\n")
    );
}

#[test]
fn no_text_is_cut_in_french() {
    check_language("fr");
}

#[test]
fn no_text_is_cut_in_english() {
    check_language("en");
}

#[test]
fn no_text_is_cut_in_arabic() {
    check_language("ar");
}

#[test]
fn no_text_is_cut_in_ukrainian() {
    check_language("uk");
}
