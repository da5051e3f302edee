//! The kiosk's own buttons (Back, Start over, Louder, Print my ticket…): each has its words, its
//! icon, and what is said for it when a visitor holds it down to hear it (issue 20: a visitor
//! who cannot read tells the buttons apart by their icons, and can hear any of them before
//! pressing it).
//!
//! The icons are OpenMoji files under `ui/pictograms/` named `control-*.svg`; a `-rtl` twin is
//! the one shown in a right-to-left language, where an arrow must point the other way.

/// A button of the kiosk itself (not a choice of the content).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Control {
    Back,
    StartOver,
    Listen,
    Slower,
    NormalSpeed,
    LargeText,
    NormalText,
    Contrast,
    Louder,
    Quieter,
    Talk,
    Continue,
    Print,
    Confirm,
    Done,
    Close,
    ScrollUp,
    ScrollDown,
    StillHere,
}

impl Control {
    /// Every control, for the checks that each has its icon and its words.
    pub const ALL: [Control; 19] = [
        Control::Back,
        Control::StartOver,
        Control::Listen,
        Control::Slower,
        Control::NormalSpeed,
        Control::LargeText,
        Control::NormalText,
        Control::Contrast,
        Control::Louder,
        Control::Quieter,
        Control::Talk,
        Control::Continue,
        Control::Print,
        Control::Confirm,
        Control::Done,
        Control::Close,
        Control::ScrollUp,
        Control::ScrollDown,
        Control::StillHere,
    ];

    /// The message id of its words.
    pub fn label(self) -> &'static str {
        match self {
            Control::Back => "button-back",
            Control::StartOver => "button-start-over",
            Control::Listen => "button-listen",
            Control::Slower => "button-slower",
            Control::NormalSpeed => "button-normal-speed",
            Control::LargeText => "button-large-text",
            Control::NormalText => "button-normal-text",
            Control::Contrast => "button-contrast",
            Control::Louder => "button-louder",
            Control::Quieter => "button-quieter",
            Control::Talk => "button-talk",
            Control::Continue => "button-continue",
            Control::Print => "button-print",
            Control::Confirm => "button-review-ok",
            Control::Done => "button-done",
            Control::Close => "button-close",
            Control::ScrollUp => "button-scroll-up",
            Control::ScrollDown => "button-scroll-down",
            Control::StillHere => "button-still-here",
        }
    }

    /// Its icon's file name under `ui/pictograms/` (without the `-rtl` of a mirrored twin).
    /// Larger and normal text share the magnifying glass, as slower and normal speed do not:
    /// the turtle and the rabbit say which speed the button gives.
    pub fn icon(self) -> &'static str {
        match self {
            Control::Back => "control-back",
            Control::StartOver => "control-start-over",
            Control::Listen => "control-listen",
            Control::Slower => "control-slower",
            Control::NormalSpeed => "control-normal-speed",
            Control::LargeText | Control::NormalText => "control-large-text",
            Control::Contrast => "control-contrast",
            Control::Louder => "control-louder",
            Control::Quieter => "control-quieter",
            Control::Talk => "control-talk",
            Control::Continue => "control-continue",
            Control::Print => "control-print",
            Control::Confirm => "control-confirm",
            Control::Done => "control-done",
            Control::Close => "control-close",
            Control::ScrollUp => "control-scroll-up",
            Control::ScrollDown => "control-scroll-down",
            Control::StillHere => "control-still-here",
        }
    }

    /// The control whose icon this is (what a touch on a button found by its icon means).
    pub fn from_icon(icon: &str) -> Option<Control> {
        let icon = icon.strip_suffix("-rtl").unwrap_or(icon);
        Control::ALL.into_iter().find(|c| c.icon() == icon)
    }

    /// What is said when the visitor holds the button down to hear it: for the main buttons, a
    /// sentence that names the button by its icon ("To print your ticket, touch the button with
    /// the printer"), also said at the end of the screen's speech; for the others, their words.
    pub fn said(self) -> &'static str {
        self.hint().unwrap_or(self.label())
    }

    /// The sentence naming a main button by its icon, for the screen's speech.
    pub fn hint(self) -> Option<&'static str> {
        match self {
            Control::Continue => Some("hint-continue"),
            Control::Print => Some("hint-print"),
            Control::Confirm => Some("hint-confirm"),
            Control::Done => Some("hint-done"),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Control;

    #[test]
    fn an_icon_names_one_control_back() {
        for control in Control::ALL {
            let back = Control::from_icon(control.icon()).unwrap();
            // Larger and normal text share their icon: the same button, in its two states.
            assert_eq!(back.icon(), control.icon());
        }
        assert_eq!(Control::from_icon("control-back-rtl"), Some(Control::Back));
        assert_eq!(Control::from_icon("something-else"), None);
    }
}
