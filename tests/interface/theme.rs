//! The colours of the theme, measured on the real UI (Slint's testing backend): every text
//! colour reaches 7:1 against its background in both palettes. The sizes and places of what
//! can be tapped are checked by `layouts`.

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

/// The language picker names each language, and the attract screen greets in it, in the font
/// of its own script (embedded with the app), not in whatever the system falls back to.
#[test]
fn each_language_is_named_and_greets_in_the_font_of_its_script() {
    use relais::session::{Event, Session, SessionConfig};
    use slint::Model;

    let catalog = crate::common::shipped_catalog();
    let expected = |code: &str| match code {
        "ar" => "Noto Sans Arabic",
        "uk" => "Noto Sans",
        _ => "Atkinson Hyperlegible",
    };
    let mut session = Session::new(SessionConfig::default());
    let attract = relais::ui::screen_view(&catalog, &session);
    let others: Vec<&str> = catalog
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .filter(|code| *code != catalog.reference_language())
        .collect();
    let greeting_fonts: Vec<String> = attract
        .greetings
        .iter()
        .map(|g| g.font_family.to_string())
        .collect();
    assert_eq!(
        greeting_fonts,
        others.iter().map(|c| expected(c)).collect::<Vec<_>>()
    );

    session.handle(&catalog, Event::Touch, std::time::Instant::now());
    let picker = relais::ui::screen_view(&catalog, &session);
    assert_eq!(picker.options.row_count(), catalog.languages.len());
    for option in picker.options.iter() {
        assert_eq!(
            option.font_family,
            expected(&option.id),
            "the font of {}",
            option.label
        );
    }
}
