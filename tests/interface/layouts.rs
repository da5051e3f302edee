//! Every screen of the shipped procedure laid out at the three screen sizes of issue #5
//! (1920 × 1080, 1080 × 1920, 1280 × 800), in normal and large text, in French and in Arabic,
//! on Slint's testing backend, and measured:
//!
//! - every tappable element is at least 72 × 72 px and 16 px away from the next one;
//! - what does not scroll lies wholly on the screen and clear of the scrolling page;
//! - what scrolls is never cut at the sides, and the page's arrows alone (taps, no dragging)
//!   bring every line of it into sight, then back to the top: large text clips nothing.

use crate::common;

use std::time::Instant;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use relais::content::Catalog;
use relais::session::{Event, Session, SessionConfig};
use relais::ui::App;
use slint::ComponentHandle;

const SIZES: [(u32, u32); 3] = [(1920, 1080), (1080, 1920), (1280, 800)];
use crate::geometry::{Rect, SLACK};

/// Every screen of the procedure `cant-log-in` in `language`, one session each: the language
/// and procedure pickers, every question, info and outcome, each review, and the ticket.
fn screens(catalog: &Catalog, language: &str, large_text: bool) -> Vec<Session> {
    let procedure = catalog.procedure("cant-log-in").unwrap();
    let now = Instant::now();
    let mut opening = vec![Event::Touch];
    if large_text {
        opening.push(Event::ToggleLargeText);
    }
    opening.push(Event::ChooseLanguage(language.into()));
    opening.push(Event::ChooseProcedure("cant-log-in".into()));
    let start = |events: &[Event]| {
        let mut session = Session::new(SessionConfig::default());
        for event in events {
            session.handle(catalog, event.clone(), now);
        }
        session
    };
    let mut sessions = vec![
        // The language picker, then the procedure picker.
        start(&opening[..opening.len() - 2]),
        start(&opening[..opening.len() - 1]),
    ];
    for node in procedure.nodes() {
        let mut session = start(&opening);
        session.follow_path(catalog, procedure.path_to(&node.id).unwrap(), now);
        if node.is_outcome() && !session.visit().unwrap().answers.is_empty() {
            let mut review = session.clone();
            review.handle(catalog, Event::Back, now);
            sessions.push(review);
        }
        if node.is_outcome() {
            sessions.push(relais::storyboard::ticket_screen(
                catalog, &session, None, now,
            ));
        }
        sessions.push(session);
    }
    sessions
}

impl Rect {
    fn of_element(element: &ElementHandle) -> Rect {
        let (p, s) = (element.absolute_position(), element.size());
        Rect {
            x: p.x,
            y: p.y,
            w: s.width,
            h: s.height,
        }
    }
}

/// What a screen shows, sorted: the scrolling page (if any), what scrolls with it, and the
/// rest (navigation, main button, the page's arrows).
struct Layout {
    page: Option<Rect>,
    scrolling_buttons: Vec<(String, Rect)>,
    scrolling_texts: Vec<(String, Rect)>,
    fixed_buttons: Vec<(String, Rect)>,
}

fn labelled(elements: Vec<ElementHandle>) -> Vec<(String, Rect)> {
    elements
        .iter()
        .map(|e| {
            (
                e.accessible_label().unwrap_or_default().to_string(),
                Rect::of_element(e),
            )
        })
        .collect()
}

fn layout(app: &App) -> Layout {
    let pages = ElementQuery::from_root(app)
        .match_id("ScrollPage::flick")
        .find_all();
    assert!(pages.len() <= 1, "one scrolling page at most per screen");
    let page = pages.first();
    let scrolling_buttons = page.map_or(Vec::new(), |p| {
        labelled(
            p.query_descendants()
                .match_accessible_role(AccessibleRole::Button)
                .find_all(),
        )
    });
    let scrolling_texts = page.map_or(Vec::new(), |p| {
        labelled(
            p.query_descendants()
                .match_accessible_role(AccessibleRole::Text)
                .find_all(),
        )
        .into_iter()
        .filter(|(label, _)| !label.is_empty())
        .collect()
    });
    let fixed_buttons = labelled(
        ElementQuery::from_root(app)
            .match_accessible_role(AccessibleRole::Button)
            .find_all(),
    )
    .into_iter()
    .filter(|(label, rect)| {
        !scrolling_buttons
            .iter()
            .any(|(l, r)| l == label && r.x == rect.x && r.y == rect.y)
    })
    .collect();
    Layout {
        page: page.map(Rect::of_element),
        scrolling_buttons,
        scrolling_texts,
        fixed_buttons,
    }
}

/// The buttons of `buttons` that are closer than 16 px to one another.
fn too_close(buttons: &[(String, Rect)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, (a, ra)) in buttons.iter().enumerate() {
        for (b, rb) in &buttons[i + 1..] {
            let gap = ra.gap(rb);
            if gap < 16.0 - SLACK {
                problems.push(format!("`{a}` and `{b}` are {gap:.1} px apart"));
            }
        }
    }
    problems
}

/// Each combination of language, text size and screen size, with its app drawn at that size.
fn for_each_layout(mut check: impl FnMut(&App, &Catalog, Session, String)) {
    i_slint_backend_testing::init_no_event_loop();
    let catalog = common::shipped_catalog();
    let app = App::new().unwrap();
    app.show().unwrap();
    for language in ["fr", "ar"] {
        for large_text in [false, true] {
            for (width, height) in SIZES {
                app.window()
                    .set_size(slint::PhysicalSize::new(width, height));
                for session in screens(&catalog, language, large_text) {
                    let name = format!(
                        "{language} {width}×{height}{} {:?}",
                        if large_text { " large text" } else { "" },
                        session.screen()
                    );
                    relais::ui::show(&app, &catalog, &session, Instant::now());
                    check(&app, &catalog, session, name);
                }
            }
        }
    }
}

#[test]
fn every_tappable_element_is_large_enough_apart_and_on_the_screen() {
    let mut problems = Vec::new();
    let mut screens = 0;
    for_each_layout(|app, _, _, name| {
        screens += 1;
        let size = app.window().size();
        let window = Rect {
            x: 0.0,
            y: 0.0,
            w: size.width as f32,
            h: size.height as f32,
        };
        let layout = layout(app);
        assert!(!layout.fixed_buttons.is_empty(), "{name}: no buttons found");
        // What the screen says keeps most of the screen: navigation and help never crowd it
        // out, whatever the text size.
        if let Some(page) = &layout.page {
            if page.h < window.h * 0.5 {
                problems.push(format!(
                    "{name}: the page has only {:.0} px of {:.0}",
                    page.h, window.h
                ));
            }
            for (label, rect) in &layout.scrolling_buttons {
                if rect.h > page.h + SLACK {
                    problems.push(format!("{name}: `{label}` is taller than its page"));
                }
            }
        }
        for (label, rect) in layout.fixed_buttons.iter().chain(&layout.scrolling_buttons) {
            if rect.w < 72.0 - SLACK || rect.h < 72.0 - SLACK {
                problems.push(format!("{name}: `{label}` is {}×{}", rect.w, rect.h));
            }
        }
        for (label, rect) in &layout.fixed_buttons {
            if !window.holds(rect) {
                problems.push(format!("{name}: `{label}` is off the screen: {rect:?}"));
            }
            if let Some(page) = &layout.page
                && page.gap(rect) < 16.0 - SLACK
            {
                problems.push(format!("{name}: `{label}` runs into the scrolling page"));
            }
        }
        for (label, rect) in layout
            .scrolling_buttons
            .iter()
            .chain(&layout.scrolling_texts)
        {
            if let Some(page) = &layout.page
                && !page.holds_columns_of(rect)
            {
                problems.push(format!("{name}: `{label}` is cut at the side of its page"));
            }
        }
        for problem in too_close(&layout.fixed_buttons)
            .into_iter()
            .chain(too_close(&layout.scrolling_buttons))
        {
            problems.push(format!("{name}: {problem}"));
        }
    });
    // 2 languages × 2 text sizes × 3 screen sizes × every screen of the procedure.
    assert!(screens >= 12 * 15, "only {screens} screens were laid out");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Where the top and the bottom of each element were seen while paging through.
#[derive(Default, Clone, Copy)]
struct Seen {
    top: bool,
    bottom: bool,
}

/// Every line the screen's page holds, from what Rust gives the UI: the question or title and
/// its words, each option and its "hear it" button, each line of the list.
fn lines_of_the_page(view: &relais::ui::ScreenView) -> Vec<String> {
    use slint::Model;
    let mut lines = vec![
        view.title.to_string(),
        view.detail.to_string(),
        view.progress.to_string(),
        view.list_heading.to_string(),
        view.note.to_string(),
    ];
    for option in view.options.iter() {
        lines.push(option.label.to_string());
        lines.push(option.hear_label.to_string());
    }
    for item in view.list.iter() {
        lines.push(item.text.to_string());
    }
    lines.retain(|line| !line.is_empty());
    lines
}

#[test]
fn the_arrows_alone_bring_every_line_of_a_long_page_into_sight() {
    let mut problems = Vec::new();
    let mut long_pages = 0;
    for_each_layout(|app, catalog, session, name| {
        let lang = session.language(catalog);
        let down = catalog.texts.get(lang, "button-scroll-down");
        let up = catalog.texts.get(lang, "button-scroll-up");
        let arrow = |label: &str| {
            ElementHandle::find_by_accessible_label(app, label)
                .find(|e| e.accessible_role() == Some(AccessibleRole::Button))
        };
        let first = layout(app);
        let Some(page) = first.page else { return };
        if arrow(&up).is_some() {
            problems.push(format!("{name}: the up arrow shows at the top of the page"));
        }
        // Only what is at least partly in sight is found: watch every line while paging down.
        let visible = |y: f32| y >= page.y - SLACK && y <= page.y + page.h + SLACK;
        let mut seen = std::collections::HashMap::<String, Seen>::new();
        let mut look = |now: &Layout| {
            for (label, rect) in now.scrolling_buttons.iter().chain(&now.scrolling_texts) {
                let entry = seen.entry(label.clone()).or_default();
                entry.top |= visible(rect.y);
                entry.bottom |= visible(rect.y + rect.h);
            }
        };
        look(&first);
        let mut taps = 0;
        while let Some(next) = arrow(&down) {
            taps += 1;
            if taps > 40 {
                problems.push(format!("{name}: still not at the end after 40 taps"));
                break;
            }
            next.invoke_accessible_default_action();
            look(&layout(app));
        }
        if taps > 0 {
            long_pages += 1;
        }
        let view = relais::ui::screen_view(catalog, &session);
        for line in lines_of_the_page(&view) {
            let whole = seen.get(&line).is_some_and(|s| s.top && s.bottom);
            if !whole {
                problems.push(format!(
                    "{name}: `{line}` never came wholly into sight ({taps} taps on the arrow)"
                ));
            }
        }
        // And back to the top by the up arrow alone: the first view comes back.
        let mut taps_up = 0;
        while let Some(back) = arrow(&up) {
            taps_up += 1;
            if taps_up > 40 {
                break;
            }
            back.invoke_accessible_default_action();
        }
        let top = layout(app);
        let same = |a: &[(String, Rect)], b: &[(String, Rect)]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((la, ra), (lb, rb))| la == lb && (ra.y - rb.y).abs() <= SLACK)
        };
        if (taps > 0 && taps_up == 0)
            || !same(&top.scrolling_buttons, &first.scrolling_buttons)
            || !same(&top.scrolling_texts, &first.scrolling_texts)
        {
            problems.push(format!(
                "{name}: the up arrow does not bring the page back to its top"
            ));
        }
    });
    // Large text at 1280 × 800 makes long pages of most screens: the test must have met some.
    assert!(long_pages >= 10, "only {long_pages} long pages were met");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
