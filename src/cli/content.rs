//! `relais content update`, `status` and `rollback`: the content releases of the network's
//! signed git repository (docs/fleet.md), run by `relais-content-update.timer` or an admin.
//!
//! Only the printing of what `release` did, and the exit code a timer's unit shows.

use std::process::ExitCode;

use super::ContentCommand;
use crate::settings::Settings;

/// `relais content update|status|rollback`.
pub(super) fn content(settings: &Settings, action: ContentCommand) -> anyhow::Result<ExitCode> {
    match action {
        ContentCommand::Update => {
            let report = crate::release::update(&settings.config)?;
            for line in &report.refused {
                eprintln!("{line}");
            }
            match (&report.switched_to, &report.current) {
                (Some(tag), _) => println!("switched to {tag}"),
                (None, Some(tag)) => println!("unchanged: {tag} is in use"),
                (None, None) => println!("no release in use yet"),
            }
            if !report.refused.is_empty() {
                return Ok(ExitCode::from(1));
            }
        }
        ContentCommand::Status => print!("{}", crate::release::status(&settings.config)?),
        ContentCommand::Rollback => {
            let tag = crate::release::rollback(&settings.config)?;
            println!("rolled back to {tag}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
