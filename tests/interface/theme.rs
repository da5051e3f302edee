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
