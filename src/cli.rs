//! The command line: `relais [run|check|simulate|storyboard|preview|review|graph|audio|print-test|print-queue|reprint|store|admin|stats|sources|translations|content|fleet]`.
//!
//! The names are a stable contract (product.md): scripts and docs rely on them. The command
//! line's types (clap) are in `cli/args.rs`, re-exported here; this file holds `run`, which
//! resolves the settings and hands each command to its function under `cli/`, grouped by who
//! runs it: `check` (and the content loading the others start from), `inspect` and `editing`
//! for editors, `printing`, `site` and `content` for a site's admin.

mod args;
mod check;
mod content;
mod editing;
mod inspect;
mod printing;
mod site;

use std::process::ExitCode;

use anyhow::bail;
use clap::Parser;

use crate::settings::Settings;

pub use args::*;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("relais: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(cli.config.as_deref(), cli.root.as_deref())?;
    let command = cli.command.unwrap_or(Command::Run { fullscreen: false });
    if let Command::Check {
        deny_warnings,
        format,
    } = command
    {
        return Ok(check::check(&settings, deny_warnings, format));
    }
    if let Some(error) = settings.config_errors().next() {
        bail!("the configuration has errors; `relais check` lists them all.\n{error}");
    }
    match command {
        Command::Check { .. } => unreachable!("handled above"),
        Command::Run { fullscreen } => {
            crate::kiosk::window::run(&settings, check::kiosk_content(&settings)?, fullscreen)?
        }
        Command::Simulate {
            procedure,
            lang,
            answers,
            random,
            print,
        } => inspect::simulate(&settings, &procedure, &lang, answers, random, print)?,
        Command::Storyboard {
            id,
            lang,
            out,
            size,
            mode,
            all,
        } => inspect::storyboard(&settings, id, lang, out, size, mode, all)?,
        Command::Preview {
            procedure,
            lang,
            node,
            size,
        } => inspect::preview(&settings, procedure, lang, node, &size)?,
        Command::Review { format, on } => inspect::review(&settings, format, on)?,
        Command::Graph { id, format } => inspect::graph(&settings, &id, format)?,
        Command::Audio {
            action: AudioCommand::Build { lang },
        } => editing::audio_build(&settings, lang)?,
        Command::Audio {
            action: AudioCommand::Script { lang, missing, out },
        } => editing::audio_script(&settings, &lang, missing, &out)?,
        Command::Audio {
            action: AudioCommand::Import { dir, lang },
        } => editing::audio_import(&settings, &dir, &lang)?,
        Command::PrintTest {
            lang,
            pdf,
            paper,
            image,
        } => return printing::print_test(&settings, &lang, pdf, paper, image),
        Command::PrintQueue => printing::print_queue(&settings)?,
        Command::Reprint { ticket, day } => return printing::reprint(&settings, &ticket, day),
        Command::Store {
            action: StoreCommand::Check,
        } => return site::store_check(&settings),
        Command::Admin {
            action: AdminCommand::SetPin,
        } => site::set_pin(&settings)?,
        Command::Stats {
            action: Some(StatsCommand::Push { database }),
            ..
        } => return site::stats_push(&settings, database.as_deref()),
        Command::Stats {
            from,
            to,
            days,
            csv,
            chart,
            action: None,
        } => site::stats(&settings, from, to, days, csv, chart.as_deref())?,
        Command::Sources { action } => return editing::sources(&settings, action),
        Command::Translations { lang, action } => editing::translations(&settings, lang, action)?,
        Command::Fleet {
            action: FleetCommand::Migrate { db },
        } => site::fleet_migrate(&db)?,
        Command::Fleet {
            action: FleetCommand::Status { db },
        } => return site::fleet_status(&db),
        Command::Content { action } => return content::content(&settings, action),
    }
    Ok(ExitCode::SUCCESS)
}
