//! The admin screen's state: the PIN pad, then the panel for the site's staff (printer test,
//! reload content, look for a new release of the network's content, exit). Pure logic with time as an argument; `ui.rs` draws it, `kiosk.rs`
//! carries out what it asks for. It never touches the visitor's session: it opens only from
//! the attract screen (no visit in progress), by a hidden long press, and closes by itself when
//! left alone, so that nobody walks up to an open admin screen in a public room.

use std::time::{Duration, Instant};

/// How long the pad or the panel stays open without a touch.
pub const ADMIN_IDLE: Duration = Duration::from_secs(90);
/// PINs are 4 to 8 digits (`admin::check_pin_format`); the pad takes no more.
const PIN_MAX_DIGITS: usize = 8;

/// Where the admin screen is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    Closed,
    /// Typing the PIN; `digits` is never shown, only counted.
    Pin {
        digits: String,
    },
    Open,
}

/// What the staff can do from the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    PrintTest,
    /// Read the content files on disk again.
    Reload,
    /// Look for a new release on the network (`relais content update`).
    Update,
    Exit,
    /// Print a stored handoff again (from the print queue, or the last one).
    Reprint {
        day: chrono::NaiveDate,
        ticket: String,
    },
}

/// What the staff touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminInput {
    /// The hidden long press on the attract screen.
    Summon,
    Digit(char),
    Erase,
    /// "OK" on the pad: the PIN is to be checked (by the caller, with `admin::AdminGate`).
    Submit,
    Run(Command),
    Close,
}

/// What the caller must do after an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminEffect {
    /// Check this PIN and report with [`AdminPanel::pin_checked`].
    CheckPin(String),
    Run(Command),
}

/// The admin screen. `message` is a line for the staff (wrong PIN, printer test result…).
#[derive(Debug, Clone)]
pub struct AdminPanel {
    stage: Stage,
    message: String,
    last_touch: Option<Instant>,
}

impl Default for AdminPanel {
    fn default() -> Self {
        AdminPanel {
            stage: Stage::Closed,
            message: String::new(),
            last_touch: None,
        }
    }
}

impl AdminPanel {
    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    pub fn is_closed(&self) -> bool {
        self.stage == Stage::Closed
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    /// How many digits have been typed (the pad shows that many dots).
    pub fn digits_typed(&self) -> usize {
        match &self.stage {
            Stage::Pin { digits } => digits.chars().count(),
            _ => 0,
        }
    }

    /// Handles a touch. `visit_in_progress` keeps the admin screen shut during a visit.
    pub fn input(
        &mut self,
        input: AdminInput,
        visit_in_progress: bool,
        now: Instant,
    ) -> Option<AdminEffect> {
        let opens = input == AdminInput::Summon && !visit_in_progress;
        if self.is_closed() && !opens {
            return None;
        }
        self.last_touch = Some(now);
        match (input, &mut self.stage) {
            (AdminInput::Summon, Stage::Closed) => {
                self.stage = Stage::Pin {
                    digits: String::new(),
                };
                self.message.clear();
                None
            }
            (AdminInput::Digit(d), Stage::Pin { digits })
                if d.is_ascii_digit() && digits.len() < PIN_MAX_DIGITS =>
            {
                digits.push(d);
                None
            }
            (AdminInput::Erase, Stage::Pin { digits }) => {
                digits.pop();
                None
            }
            (AdminInput::Submit, Stage::Pin { digits }) if !digits.is_empty() => {
                let pin = std::mem::take(digits);
                Some(AdminEffect::CheckPin(pin))
            }
            (AdminInput::Run(command), Stage::Open) => Some(AdminEffect::Run(command)),
            (AdminInput::Close, _) => {
                self.close();
                None
            }
            _ => None,
        }
    }

    /// The result of a PIN check: opens the panel, or stays on the pad with `message`.
    pub fn pin_checked(&mut self, accepted: bool, message: String) {
        if accepted {
            self.stage = Stage::Open;
        }
        self.message = message;
    }

    /// A line for the staff on the panel (the result of a command).
    pub fn report(&mut self, message: String) {
        self.message = message;
    }

    /// Closes the pad or the panel when nobody touched it for [`ADMIN_IDLE`]. Returns whether
    /// it closed now.
    pub fn tick(&mut self, now: Instant) -> bool {
        let left_alone = self
            .last_touch
            .is_some_and(|t| now.duration_since(t) >= ADMIN_IDLE);
        if !self.is_closed() && left_alone {
            self.close();
            return true;
        }
        false
    }

    fn close(&mut self) {
        *self = AdminPanel::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open_pad(now: Instant) -> AdminPanel {
        let mut panel = AdminPanel::default();
        assert_eq!(panel.input(AdminInput::Summon, false, now), None);
        assert_eq!(panel.digits_typed(), 0);
        panel
    }

    #[test]
    fn the_pad_opens_only_without_a_visit_and_sends_the_typed_pin() {
        let now = Instant::now();
        let mut panel = AdminPanel::default();
        panel.input(AdminInput::Summon, true, now);
        assert!(panel.is_closed(), "never during a visit");
        assert_eq!(panel.input(AdminInput::Digit('1'), false, now), None);
        assert!(panel.is_closed(), "digits do nothing on a closed pad");

        let mut panel = open_pad(now);
        for d in ['1', '2', 'x', '3', '4'] {
            panel.input(AdminInput::Digit(d), false, now);
        }
        assert_eq!(panel.digits_typed(), 4, "only digits are typed");
        panel.input(AdminInput::Erase, false, now);
        panel.input(AdminInput::Digit('9'), false, now);
        assert_eq!(
            panel.input(AdminInput::Submit, false, now),
            Some(AdminEffect::CheckPin("1239".into()))
        );
        assert_eq!(panel.digits_typed(), 0, "the pad forgets the PIN once sent");
        assert_eq!(
            panel.input(AdminInput::Run(Command::Exit), false, now),
            None,
            "no command before the PIN is accepted"
        );
        panel.pin_checked(false, "Code faux".into());
        assert_eq!(
            panel.stage(),
            &Stage::Pin {
                digits: String::new()
            }
        );
        assert_eq!(panel.message(), "Code faux");
        for _ in 0..12 {
            panel.input(AdminInput::Digit('5'), false, now);
        }
        assert_eq!(panel.digits_typed(), PIN_MAX_DIGITS);
        panel.input(AdminInput::Submit, false, now);
        panel.pin_checked(true, String::new());
        assert_eq!(panel.stage(), &Stage::Open);
        assert_eq!(
            panel.input(AdminInput::Run(Command::PrintTest), false, now),
            Some(AdminEffect::Run(Command::PrintTest))
        );
        panel.input(AdminInput::Close, false, now);
        assert!(panel.is_closed());
    }

    #[test]
    fn an_admin_screen_left_alone_closes_itself() {
        let start = Instant::now();
        let mut panel = open_pad(start);
        panel.input(
            AdminInput::Digit('1'),
            false,
            start + Duration::from_secs(60),
        );
        assert!(!panel.tick(start + Duration::from_secs(60) + ADMIN_IDLE / 2));
        assert!(panel.tick(start + Duration::from_secs(60) + ADMIN_IDLE));
        assert!(panel.is_closed());
        assert_eq!(panel.digits_typed(), 0);
        assert!(
            !panel.tick(start + ADMIN_IDLE * 3),
            "a closed panel stays closed"
        );
    }
}
