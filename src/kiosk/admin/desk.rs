//! The admin screen at work in the running kiosk: checks the PIN with `admin::AdminGate`, carries
//! out the panel's commands (printer test, reload the content files on disk, look for a new
//! release on the network when the site takes its content from a repository, leave the kiosk)
//! and puts the result on the window. `admin_panel` holds the state; this module does the things.
//!
//! The printer test, the reload and the update run on a worker thread, never on the UI thread:
//! a network printer that accepts and never answers would otherwise freeze the screen for its
//! whole timeout, a large catalog takes seconds to validate, and an update (`relais content
//! update`: a git fetch, the full check, the speech clips) tens of seconds. Their result comes back through a
//! channel that the kiosk's clock (`tick`, twice a second) reads; meanwhile the panel says the
//! command is under way and every button still answers.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Instant, SystemTime};

use crate::admin::panel::{AdminEffect, AdminInput, AdminPanel, Command};
use crate::admin::pin::{AdminGate, PinCheck};
use crate::app::Controller;
use crate::config::Config;
use crate::content::Catalog;
use crate::diagnostics::Severity;
use crate::ui;

pub struct AdminDesk {
    panel: AdminPanel,
    gate: AdminGate,
    config: Config,
    root: std::path::PathBuf,
    /// The command running on its worker thread, whose result `tick` takes.
    running: Option<Receiver<Finished>>,
}

/// What a command run off the UI thread sends back.
enum Finished {
    /// The printer test: where it printed, or why not.
    Printed(Result<String, String>),
    /// The reload: the new catalog if the content is valid, and the problems found.
    Loaded(Option<Catalog>, Vec<crate::diagnostics::Diagnostic>),
    /// The update: what `relais content update` did, or why it could not run.
    Updated(Result<crate::release::UpdateReport, String>),
}

impl AdminDesk {
    pub fn new(config: &Config, root: &std::path::Path) -> Self {
        AdminDesk {
            panel: AdminPanel::default(),
            gate: AdminGate::open(&crate::admin::pin::data_dir(config)),
            config: config.clone(),
            root: root.to_path_buf(),
            running: None,
        }
    }

    /// Whether a printer test, a reload or an update is still under way.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Whether the admin screen is shut (visitor touches go through only then).
    pub fn is_closed(&self) -> bool {
        self.panel.is_closed()
    }

    /// Handles a touch of the admin screen and redraws it.
    pub fn input(
        &mut self,
        input: AdminInput,
        controller: &Rc<RefCell<Controller>>,
        app: &ui::App,
    ) {
        let visit_in_progress = controller.borrow().session().visit().is_some();
        let effect = self.panel.input(input, visit_in_progress, Instant::now());
        match effect {
            Some(AdminEffect::CheckPin(pin)) => self.check_pin(&pin, controller),
            Some(AdminEffect::Run(command)) => self.run(command, controller),
            None => {}
        }
        self.show(controller, app);
    }

    /// Closes a forgotten admin screen; called by the kiosk's clock.
    /// Also takes the result of a command that ran off the UI thread.
    pub fn tick(&mut self, controller: &Rc<RefCell<Controller>>, app: &ui::App) {
        if self.take_result(controller) {
            self.show(controller, app);
        }
        if self.panel.tick(Instant::now()) {
            tracing::info!("admin screen closed after being left alone");
            self.show(controller, app);
        }
    }

    /// Reports the result of the running command, if it has come; true when it has.
    fn take_result(&mut self, controller: &Rc<RefCell<Controller>>) -> bool {
        let Some(running) = &self.running else {
            return false;
        };
        let finished = match running.try_recv() {
            Ok(finished) => finished,
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => {
                Finished::Printed(Err("the worker thread stopped without an answer".into()))
            }
        };
        self.running = None;
        let message = match finished {
            Finished::Printed(result) => {
                let controller = controller.borrow();
                let texts = &controller.catalog().texts;
                let fr = controller.catalog().reference_language();
                match result {
                    Ok(place) => texts.get_with(fr, "admin-printed", &[("place", place.into())]),
                    Err(reason) => {
                        texts.get_with(fr, "admin-not-printed", &[("reason", reason.into())])
                    }
                }
            }
            Finished::Loaded(catalog, problems) => {
                let mut controller = controller.borrow_mut();
                match catalog {
                    Some(catalog) => {
                        let catalog = Arc::new(catalog);
                        let message = reloaded_message(&catalog);
                        controller.offer_catalog(catalog, Instant::now());
                        message
                    }
                    None => {
                        let errors = problems
                            .iter()
                            .filter(|d| d.severity == Severity::Error)
                            .count();
                        let current = controller.catalog();
                        current.texts.get_with(
                            current.reference_language(),
                            "admin-reload-refused",
                            &[("errors", errors.into())],
                        )
                    }
                }
            }
            Finished::Updated(result) => {
                let controller = controller.borrow();
                updated_message(controller.catalog(), result)
            }
        };
        tracing::info!("admin: {message}");
        self.panel.report(message);
        true
    }

    /// Runs `work` on a worker thread; its result comes back through `tick`.
    fn run_off_ui_thread(&mut self, work: impl FnOnce() -> Finished + Send + 'static) {
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("relais-admin".into())
            .spawn(move || {
                // The desk may have been closed meanwhile: nobody to tell is fine.
                let _ = sender.send(work());
            });
        match spawned {
            Ok(_) => self.running = Some(receiver),
            Err(error) => tracing::error!("admin: no worker thread for the command: {error}"),
        }
    }

    fn check_pin(&mut self, pin: &str, controller: &Rc<RefCell<Controller>>) {
        let answer = self.gate.check(pin, SystemTime::now());
        let controller = controller.borrow();
        let texts = &controller.catalog().texts;
        let fr = controller.catalog().reference_language();
        let (accepted, message) = match answer {
            PinCheck::Accepted => (true, String::new()),
            PinCheck::Wrong { free_attempts_left } => (
                false,
                texts.get_with(
                    fr,
                    "admin-pin-wrong",
                    &[("left", free_attempts_left.into())],
                ),
            ),
            PinCheck::LockedOut { remaining } => (
                false,
                texts.get_with(
                    fr,
                    "admin-pin-locked",
                    &[("seconds", remaining.as_secs().max(1).into())],
                ),
            ),
            PinCheck::NotSet => (false, texts.get(fr, "admin-pin-not-set")),
        };
        self.panel.pin_checked(accepted, message);
    }

    fn run(&mut self, command: Command, controller: &Rc<RefCell<Controller>>) {
        let message = match command {
            // One command at a time: a second press while one runs says so.
            Command::PrintTest | Command::Reload | Command::Update if self.running.is_some() => {
                let controller = controller.borrow();
                let catalog = controller.catalog();
                catalog
                    .texts
                    .get(catalog.reference_language(), "admin-busy")
            }
            Command::PrintTest => {
                let controller = controller.borrow();
                let catalog = controller.catalog();
                let (record, what) =
                    crate::print::sample::test_record(Some(catalog), &self.config, "fr");
                let printer = crate::print::backend_from_config(&self.config);
                tracing::info!("admin: printer test ({what}) to {}", printer.describe());
                let under_way = catalog
                    .texts
                    .get(catalog.reference_language(), "admin-print-test-running");
                self.run_off_ui_thread(move || {
                    Finished::Printed(printer.print(&record).map_err(|e| e.to_string()))
                });
                under_way
            }
            Command::Reload => {
                let (root, config) = (self.root.clone(), self.config.clone());
                let controller = controller.borrow();
                let catalog = controller.catalog();
                let under_way = catalog
                    .texts
                    .get(catalog.reference_language(), "admin-reload-running");
                // The files on disk only: looking on the network is the update's button.
                self.run_off_ui_thread(move || {
                    let (catalog, problems, _) = crate::loader::load_site(
                        &root,
                        config.kiosk.languages.clone(),
                        config.site.places.as_deref(),
                    );
                    Finished::Loaded(catalog, problems)
                });
                under_way
            }
            Command::Update => {
                let config = self.config.clone();
                let controller = controller.borrow();
                let catalog = controller.catalog();
                let under_way = catalog
                    .texts
                    .get(catalog.reference_language(), "admin-update-running");
                // What it takes reaches the visitors through `current`, at the kiosk's next
                // content poll; what it refuses, the attract screen's notice too.
                self.run_off_ui_thread(move || {
                    Finished::Updated(
                        crate::release::update(&config).map_err(|error| format!("{error:#}")),
                    )
                });
                under_way
            }
            Command::Reprint { day, ticket } => {
                let mut controller = controller.borrow_mut();
                let result = controller.reprint(day, &ticket);
                let catalog = controller.catalog();
                let fr = catalog.reference_language();
                match result {
                    Ok(_) => {
                        catalog
                            .texts
                            .get_with(fr, "admin-reprinted", &[("ticket", ticket.into())])
                    }
                    Err(error) => catalog.texts.get_with(
                        fr,
                        "admin-reprint-failed",
                        &[("reason", error.to_string().into())],
                    ),
                }
            }
            Command::Exit => {
                tracing::info!("admin: the kiosk is left from the admin screen");
                crate::systemd::stopping("stopped from the admin screen");
                if let Err(error) = slint::quit_event_loop() {
                    tracing::error!("the kiosk could not stop: {error}");
                }
                return;
            }
        };
        tracing::info!("admin: {message}");
        self.panel.report(message);
    }

    fn show(&self, controller: &Rc<RefCell<Controller>>, app: &ui::App) {
        let controller = controller.borrow();
        let catalog = controller.catalog();
        let figures = if self.panel.stage() == &crate::admin::panel::Stage::Open {
            ui::AdminFigures {
                content_updates: self.config.content.repository.is_some(),
                ..panel_figures(&controller)
            }
        } else {
            ui::AdminFigures::default()
        };
        ui::show_admin(app, catalog, &self.panel, &figures);
    }
}

/// Weeks of visits on the panel's chart.
const CHART_DAYS: u32 = 28;
/// Reprint buttons shown at most (the rest: `relais print-queue` and `relais reprint`).
const REPRINTS_SHOWN: usize = 5;

/// What the open panel shows: the content and the printer, today's figures, the print queue
/// with a reprint button per waiting ticket (and one for the last ticket), the chart.
fn panel_figures(controller: &Controller) -> ui::AdminFigures {
    let catalog = controller.catalog();
    let fr = catalog.reference_language();
    let t = |id: &str, args: &[(&str, fluent_bundle::FluentValue)]| {
        catalog.texts.get_with(fr, id, args)
    };
    let printer = controller.printer_description().unwrap_or("—").to_string();
    let mut lines = vec![
        content_figure(catalog),
        t("admin-printer", &[("printer", printer.into())]),
    ];
    if !controller.printer_confirms() {
        lines.push(t("admin-printer-unconfirmed", &[]));
    }
    let mut reprints = Vec::new();
    let mut chart_png = None;
    match controller.store() {
        Some(store) => {
            match crate::figures::today(store) {
                Ok(today) => lines.push(t(
                    "admin-today",
                    &[
                        ("visits", today.visits.into()),
                        ("tickets", today.with_ticket.into()),
                        ("abandoned", today.abandoned.into()),
                        ("idle", today.idle_wipes.into()),
                        ("persons", today.asked_for_person.into()),
                    ],
                )),
                Err(error) => lines.push(t(
                    "admin-figures-unavailable",
                    &[("reason", error.to_string().into())],
                )),
            }
            // Handoffs sent without confirmation (`status-check = false`) are not "not yet
            // printed": the line about the setting says what they are.
            let waiting = controller.print_queue().map(|queue| {
                queue
                    .into_iter()
                    .filter(|q| q.print_status != crate::store::PrintStatus::Sent)
                    .collect::<Vec<_>>()
            });
            match waiting {
                // Nothing waits; "all printed" only when the printer confirms what it prints.
                Ok(queue) if queue.is_empty() => {
                    if controller.printer_confirms() {
                        lines.push(t("admin-queue-empty", &[]));
                    }
                }
                Ok(queue) => {
                    let tickets: Vec<String> =
                        queue.iter().map(|q| q.record.ticket.clone()).collect();
                    lines.push(t("admin-queue", &[("tickets", tickets.join(", ").into())]));
                    reprints.extend(
                        queue
                            .iter()
                            .take(REPRINTS_SHOWN)
                            .map(|q| ui::ReprintButton {
                                day: q.record.created_at.date(),
                                ticket: q.record.ticket.clone(),
                                label: t(
                                    "admin-reprint",
                                    &[("ticket", q.record.ticket.clone().into())],
                                ),
                            }),
                    );
                }
                Err(error) => lines.push(t(
                    "admin-figures-unavailable",
                    &[("reason", error.to_string().into())],
                )),
            }
            match crate::figures::chart_png(store, CHART_DAYS) {
                Ok(png) => chart_png = Some(png),
                Err(error) => tracing::warn!("the admin chart cannot be drawn: {error}"),
            }
        }
        None => lines.push(t(
            "admin-figures-unavailable",
            &[("reason", "no database".into())],
        )),
    }
    // The last ticket, printed or not, when it was stored and is not already listed.
    if let Some(last) = controller.last_handoff().filter(|h| h.stored)
        && !reprints.iter().any(|r| r.ticket == last.record.ticket)
    {
        reprints.push(ui::ReprintButton {
            day: last.record.created_at.date(),
            ticket: last.record.ticket.clone(),
            label: t(
                "admin-reprint",
                &[("ticket", last.record.ticket.clone().into())],
            ),
        });
    }
    ui::AdminFigures {
        lines,
        reprints,
        // The configuration's to say (`AdminDesk::show`).
        content_updates: false,
        chart_png,
    }
}

/// "Contenu : 10 démarches, langues fr, ar, en, uk." for the panel.
pub fn content_figure(catalog: &Catalog) -> String {
    let languages: Vec<&str> = catalog.languages.iter().map(|l| l.code.as_str()).collect();
    catalog.texts.get_with(
        catalog.reference_language(),
        "admin-content",
        &[
            ("procedures", catalog.procedures.len().into()),
            ("languages", languages.join(", ").into()),
        ],
    )
}

/// What an update from the admin screen did, in the staff's words: the release taken, nothing
/// newer, or why not (the first refusal; all of them are in the log and `notice.txt`).
fn updated_message(
    catalog: &Catalog,
    result: Result<crate::release::UpdateReport, String>,
) -> String {
    let fr = catalog.reference_language();
    let t = |id: &str, args: &[(&str, fluent_bundle::FluentValue)]| {
        catalog.texts.get_with(fr, id, args)
    };
    match result {
        Ok(report) => {
            tracing::info!(
                "admin: content update: in use {:?}, {} refused",
                report.current,
                report.refused.len()
            );
            match (report.switched_to, report.refused.first(), report.current) {
                (Some(tag), _, _) => t("admin-update-taken", &[("tag", tag.into())]),
                (None, Some(refusal), _) => t(
                    "admin-update-refused-now",
                    &[("reason", refusal.clone().into())],
                ),
                (None, None, Some(tag)) => t("admin-update-latest", &[("tag", tag.into())]),
                (None, None, None) => t("admin-update-none-published", &[]),
            }
        }
        Err(reason) => {
            tracing::error!("admin: content update: {reason}");
            t("admin-update-failed", &[("reason", reason.into())])
        }
    }
}

fn reloaded_message(catalog: &Catalog) -> String {
    catalog.texts.get_with(
        catalog.reference_language(),
        "admin-reloaded",
        &[
            ("procedures", catalog.procedures.len().into()),
            ("languages", catalog.languages.len().into()),
        ],
    )
}
