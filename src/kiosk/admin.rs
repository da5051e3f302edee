//! The admin screen, for the site's staff: the PIN and its lockout (`pin`), the panel's state
//! with a mock clock (`panel`), and its commands carried out in the running kiosk (`desk`).

pub mod desk;
pub mod panel;
pub mod pin;
