//! `relais simulate`: one visit without a screen, from given answers or a random walk.
//!
//! It drives the same `Controller` and `Session` as the kiosk, so the handoff it stores (and
//! prints with `--print`) is exactly the one a visitor taking that path would get.

use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, bail};

use crate::app::{CommittedHandoff, Controller, Services};
use crate::audio::NullSpeaker;
use crate::content::{Catalog, NodeKind};
use crate::session::{Event, Screen};
use crate::settings::Settings;

/// How long `--print` waits for the printer: longer than any backend's own timeouts.
const PRINT_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// How the answers are chosen.
pub enum Answers {
    /// Choice ids, in order; info screens are passed without an answer.
    Given(Vec<String>),
    /// A random walk; the same seed gives the same walk on the same content.
    Random(u64),
}

pub fn simulate(
    settings: &Settings,
    catalog: Arc<Catalog>,
    procedure_id: &str,
    lang: &str,
    answers: Answers,
    print: bool,
) -> anyhow::Result<CommittedHandoff> {
    let Some(procedure) = catalog.procedure(procedure_id) else {
        let known: Vec<&str> = catalog.procedures.iter().map(|p| p.id.as_str()).collect();
        bail!(
            "there is no procedure `{procedure_id}`; known procedures: {}",
            known.join(", ")
        );
    };
    if catalog.language(lang).is_none() {
        let known: Vec<&str> = catalog.languages.iter().map(|l| l.code.as_str()).collect();
        bail!(
            "language `{lang}` is not offered; offered languages: {}",
            known.join(", ")
        );
    }
    let config = &settings.config;
    let store = crate::store::Store::open_configured(&config.store)
        .context("the database cannot be opened")?;
    let services = Services {
        store: Some(store),
        printer: print.then(|| crate::print::backend_from_config(config)),
        speaker: Box::new(NullSpeaker),
        root: settings.root.clone(),
        site: config.site.name.clone(),
    };
    let procedure_id = procedure.id.clone();
    let mut controller = Controller::new(catalog.clone(), config.session(), services);
    let now = Instant::now();
    for event in [
        Event::Touch,
        Event::ChooseLanguage(lang.to_string()),
        Event::ChooseProcedure(procedure_id.clone()),
    ] {
        controller.dispatch(event, now);
    }

    let (mut given, mut rng) = match answers {
        Answers::Given(list) => (list.into_iter(), None),
        Answers::Random(seed) => (Vec::new().into_iter(), Some(fastrand::Rng::with_seed(seed))),
    };
    let procedure = catalog.procedure(&procedure_id).expect("checked above");
    loop {
        let node_id = match controller.session().screen() {
            Screen::Node(node_id) => node_id,
            // The review of the answers: the simulated visitor confirms it.
            Screen::Review(_) => {
                controller.dispatch(Event::Continue, now);
                continue;
            }
            _ => break,
        };
        let node = procedure
            .node(&node_id)
            .expect("the session only shows existing nodes");
        let event = match &node.kind {
            NodeKind::Question { choices } => {
                let ids: Vec<&str> = choices.iter().map(|c| c.id.as_str()).collect();
                let answer = match &mut rng {
                    Some(rng) => ids[rng.usize(..ids.len())].to_string(),
                    None => match given.next() {
                        Some(answer) => answer,
                        None => bail!(
                            "the answers stop at question `{node_id}`; give one of: {}",
                            ids.join(", ")
                        ),
                    },
                };
                if !ids.contains(&answer.as_str()) {
                    bail!(
                        "`{answer}` is not a choice of question `{node_id}`; choices: {}",
                        ids.join(", ")
                    );
                }
                Event::Answer(answer)
            }
            NodeKind::Info { .. } | NodeKind::Outcome { .. } => Event::Continue,
        };
        controller.dispatch(event, now);
    }
    let rest: Vec<String> = given.collect();
    if !rest.is_empty() {
        bail!(
            "the visit ended before these answers were used: {}",
            rest.join(", ")
        );
    }
    if print {
        // The printer thread reports its first attempt; a failed one stays queued in the
        // database for the kiosk to retry.
        controller.wait_for_print(PRINT_WAIT, Instant::now());
    }
    controller
        .last_handoff()
        .cloned()
        .context("the visit ended without a handoff")
}
