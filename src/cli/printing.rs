//! What staff run at the printer: `relais print-test` (a sample handoff on the printer or to a
//! file), `relais print-queue` (what is not printed yet) and `relais reprint` (a stored ticket
//! again).
//!
//! Apart from the kiosk's own printing (`print::queue`) because these run beside it: a reprint
//! prints only when no other process owns the printer.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use super::PdfPaper;
use super::check::load_catalog;
use crate::settings::Settings;

/// Where `relais print-test` sends its sample.
enum TestOutput {
    Printer,
    Pdf(PathBuf, PdfPaper),
    Image(PathBuf),
}

/// `relais print-test`'s options made into where the sample goes (clap keeps `--pdf` and
/// `--image` apart; `--paper` matters only to the PDF).
pub(super) fn print_test(
    settings: &Settings,
    lang: &str,
    pdf: Option<PathBuf>,
    paper: PdfPaper,
    image: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let output = match (pdf, image) {
        (Some(file), _) => TestOutput::Pdf(file, paper),
        (None, Some(file)) => TestOutput::Image(file),
        (None, None) => TestOutput::Printer,
    };
    print_sample(settings, lang, output)
}

/// The sample of `relais print-test`: ticket 000 and the site marked TEST, on the configured
/// printer or to a file. The sample comes from the content (first procedure, its first outcome,
/// the visitor's part in `lang`); content with errors does not stop a printer installation: the
/// built-in sample is used.
fn print_sample(settings: &Settings, lang: &str, output: TestOutput) -> anyhow::Result<ExitCode> {
    let catalog = load_catalog(settings).ok();
    let (record, what) =
        crate::print::sample::test_record(catalog.as_deref(), &settings.config, lang);
    match output {
        TestOutput::Printer => {}
        TestOutput::Pdf(file, paper) => {
            let paper = match paper {
                PdfPaper::A4 => crate::print::pdf::Paper::A4,
                PdfPaper::Roll80 => crate::print::pdf::Paper::Roll80,
            };
            let bytes = crate::print::pdf::render(&record, paper)?;
            std::fs::write(&file, bytes)
                .with_context(|| format!("{} cannot be written", file.display()))?;
            println!("sample handoff ({what}) written to {}", file.display());
            return Ok(ExitCode::SUCCESS);
        }
        TestOutput::Image(file) => {
            let visitor = &record.handoff.visitor;
            let blocks = crate::print::layout::visitor(&record, visitor);
            let image = crate::print::raster::render(
                &blocks,
                crate::print::raster::dots(settings.config.printer.paper_width_mm),
                crate::print::typeset::families(&blocks),
                visitor.right_to_left,
            );
            std::fs::write(&file, image.to_png())
                .with_context(|| format!("{} cannot be written", file.display()))?;
            println!("visitor's part ({what}) drawn to {}", file.display());
            return Ok(ExitCode::SUCCESS);
        }
    }
    let printer = crate::print::backend_from_config(&settings.config);
    println!("sample handoff ({what}) to {}", printer.describe());
    match printer.print(&record) {
        Ok(place) => {
            println!("printed: {place}");
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("relais: not printed: {error}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `relais print-queue`: what the printer has not printed yet, oldest first.
pub(super) fn print_queue(settings: &Settings) -> anyhow::Result<()> {
    let store = crate::store::Store::open(&settings.config.store.path)?;
    let queue = store.print_queue()?;
    if queue.is_empty() {
        println!("every handoff is printed");
    }
    for queued in queue {
        let next = queued
            .next_attempt
            .map(|t| format!(", next attempt {}", t.format("%H:%M:%S")))
            .unwrap_or_default();
        println!(
            "{} ticket {}: {}{}, {} attempt(s){next}{}",
            queued.record.created_at.date(),
            queued.record.ticket,
            queued.print_status.label(),
            if queued.reprint { " (reprint)" } else { "" },
            queued.print_attempts,
            queued
                .print_error
                .map(|e| format!("\n    {e}"))
                .unwrap_or_default()
        );
    }
    Ok(())
}

/// `relais reprint TICKET`: the handoff goes back in the queue. When another process (the
/// kiosk) owns the printer, that one prints it; otherwise this one takes the printer for one
/// attempt now, recorded in the database like the kiosk's own (a failure leaves it queued).
pub(super) fn reprint(
    settings: &Settings,
    ticket: &str,
    day: Option<chrono::NaiveDate>,
) -> anyhow::Result<ExitCode> {
    use crate::print::queue::{Attempt, RetryPolicy, print_stored};
    let day = day.unwrap_or_else(|| chrono::Local::now().date_naive());
    let path = &settings.config.store.path;
    let mut store = crate::store::Store::open(path)?;
    let record = store
        .requeue_print(day, ticket)?
        .with_context(|| format!("there is no ticket {ticket} on {day}"))?;
    let Some(owner) = crate::print::owner::PrinterOwner::try_take(path)? else {
        println!("queued; the kiosk will print it");
        return Ok(ExitCode::SUCCESS);
    };
    let printer = crate::print::backend_from_config(&settings.config);
    let (attempt, recorded) = print_stored(
        &mut store,
        printer.as_ref(),
        &owner,
        &record,
        0,
        RetryPolicy::default(),
    )?;
    recorded?;
    match attempt {
        Attempt::Printed(place) => {
            println!("printed: {place}");
            Ok(ExitCode::SUCCESS)
        }
        Attempt::Failed(error, _) => {
            eprintln!("relais: not printed: {error}\nthe handoff stays in the print queue");
            Ok(ExitCode::FAILURE)
        }
        Attempt::NotClaimed => {
            println!("already printed meanwhile");
            Ok(ExitCode::SUCCESS)
        }
    }
}
