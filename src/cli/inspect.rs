//! How an editor sees the content before a visitor does: `relais simulate` (a visit without a
//! screen, ending on its handoff), `relais storyboard` (every screen to PNG), `relais preview`
//! (a live window on one screen, following the files), `relais graph` (a procedure's tree) and
//! `relais review` (sources, open points, due dates).
//!
//! Each loads the content and hands over to its tool under `src/tools/`; this file turns the
//! options into the tool's arguments and prints what it returns.

use std::path::PathBuf;

use anyhow::{Context, anyhow};

use super::check::load_catalog;
use super::{Format, GraphFormat};
use crate::settings::Settings;
use crate::storyboard::DisplayMode;

/// `relais simulate`: the handoff as it would print, then whether it was stored and printed,
/// then its ticket number.
pub(super) fn simulate(
    settings: &Settings,
    procedure: &str,
    lang: &str,
    answers: Option<Vec<String>>,
    random: Option<u64>,
    print: bool,
) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    let answers = match (answers, random) {
        (_, Some(seed)) => crate::simulate::Answers::Random(seed),
        (Some(list), None) => crate::simulate::Answers::Given(list),
        (None, None) => unreachable!("clap requires one of them"),
    };
    let done = crate::simulate::simulate(settings, catalog, procedure, lang, answers, print)?;
    let columns = settings.config.paper_columns();
    print!("{}", crate::print::text::render(&done.record, columns));
    if !done.stored {
        eprintln!("warning: the handoff was not saved in the database");
    }
    match &done.printed {
        Some(Ok(place)) => println!("printed: {place}"),
        Some(Err(error)) => eprintln!(
            "not printed: {error}\nthe handoff stays in the print queue; the kiosk prints it when the printer is back"
        ),
        None if print && done.stored => println!("queued; the kiosk will print it"),
        None => {}
    }
    println!("ticket: {}", done.record.ticket);
    Ok(())
}

/// `relais storyboard`: one size, both reference sizes in subfolders, or every size in every
/// display mode (`--all`); prints each file written.
pub(super) fn storyboard(
    settings: &Settings,
    id: String,
    lang: String,
    out: PathBuf,
    size: Option<String>,
    mode: DisplayMode,
    all: bool,
) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    let jobs = match (size, all) {
        (Some(size), _) => vec![(crate::render::parse_size(&size)?, mode, out)],
        (None, false) => [(1920, 1080), (1080, 1920)]
            .into_iter()
            .map(|(w, h)| ((w, h), mode, out.join(format!("{w}x{h}"))))
            .collect(),
        (None, true) => [(1920, 1080), (1080, 1920), (1280, 800)]
            .into_iter()
            .flat_map(|(w, h)| {
                let out = out.join(format!("{w}x{h}"));
                DisplayMode::ALL.map(|mode| ((w, h), mode, out.join(mode.name())))
            })
            .collect(),
    };
    for (size, mode, dir) in jobs {
        // Slint's platform is set once per thread: each size draws on a thread of its own.
        let (catalog, id, lang) = (catalog.clone(), id.clone(), lang.clone());
        let files = std::thread::spawn(move || {
            crate::storyboard::storyboard(catalog, &id, &lang, &dir, size, mode)
        })
        .join()
        .map_err(|_| anyhow!("the renderer stopped unexpectedly"))??;
        for file in &files {
            println!("{}", file.display());
        }
    }
    Ok(())
}

/// `relais preview`: the live window on one node of a procedure, until it is closed.
pub(super) fn preview(
    settings: &Settings,
    procedure: String,
    lang: String,
    node: Option<String>,
    size: &str,
) -> anyhow::Result<()> {
    let config = &settings.config;
    crate::tools::preview::preview(crate::tools::preview::PreviewOptions {
        root: settings.root.clone(),
        offered: config.kiosk.languages.clone(),
        site_places: config.site.places.clone(),
        session: config.session(),
        procedure,
        lang,
        node,
        size: crate::render::parse_size(size)?,
    })
}

/// `relais review`: the provenance report, due dates counted from `on` (default today).
pub(super) fn review(
    settings: &Settings,
    format: Format,
    on: Option<chrono::NaiveDate>,
) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    let review = crate::review::review(&catalog, on.unwrap_or_else(crate::content::today));
    match format {
        Format::Human => print!("{}", review.human()),
        Format::Json => println!("{}", serde_json::to_string_pretty(&review)?),
    }
    Ok(())
}

/// `relais graph`: a procedure's tree as Graphviz dot or Mermaid.
pub(super) fn graph(settings: &Settings, id: &str, format: GraphFormat) -> anyhow::Result<()> {
    let catalog = load_catalog(settings)?;
    let procedure = catalog
        .procedure(id)
        .with_context(|| format!("there is no procedure `{id}`"))?;
    let text = match format {
        GraphFormat::Dot => crate::graph::dot(&catalog, procedure),
        GraphFormat::Mermaid => crate::graph::mermaid(&catalog, procedure),
    };
    print!("{text}");
    Ok(())
}
