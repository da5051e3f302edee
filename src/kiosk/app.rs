//! The wiring: the one place that owns the catalog, the session, the store, the printer and the
//! speaker, turns UI actions and timer ticks into session events, and carries out the effects.
//!
//! `Controller` has no window of its own: the kiosk gives it a function that redraws the screen,
//! `simulate` and the tests give it none or their own. Every device problem is logged in plain
//! words and the visit goes on: no printer means the ticket number on screen, no database (or a
//! full or read-only disk) means a ticket number from memory and a notice for the admin, no sound
//! card means silence.
//!
//! Printing goes through the print queue (`print::queue`): a commit only hands the stored
//! handoff to the printer thread, and the result comes back as an outcome that the next event
//! (the kiosk's clock ticks twice a second) turns into `Event::Printed`. A slow printer, a name
//! lookup or a retry never freezes the screen.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::audio::{Clips, Speaker};
use crate::content::Catalog;
use crate::handoff::HandoffRecord;
use crate::print::PrinterBackend;
use crate::print::queue::{PrintOutcome, PrintQueue, RetryPolicy};
use crate::recordings;
use crate::script::UiAction;
use crate::session::{Effect, Event, PrintState, Session, SessionConfig, Utterance};
use crate::stats::{StatEvent, StatKind};
use crate::store::{QueuedPrint, Store, StoreError, StoreProblem};

/// The devices and files the controller acts on.
pub struct Services {
    pub store: Option<Store>,
    /// `None` when handoffs are only stored, not printed (`simulate` without `--print`).
    pub printer: Option<Box<dyn PrinterBackend>>,
    pub speaker: Box<dyn Speaker>,
    /// The content root, where `audio/<lang>/` clips are found.
    pub root: PathBuf,
    pub site: String,
}

/// What happened to the last handoff, for `simulate` and the tests.
#[derive(Debug, Clone)]
pub struct CommittedHandoff {
    pub record: HandoffRecord,
    pub stored: bool,
    /// Where it was printed, or why its last attempt failed; `None` while no attempt has ended
    /// (or when no printer was asked for).
    pub printed: Option<Result<String, String>>,
}

/// Why a reprint could not be queued.
#[derive(Debug, thiserror::Error)]
pub enum ReprintError {
    #[error("there is no ticket {ticket} on {day}")]
    NoSuchTicket {
        day: chrono::NaiveDate,
        ticket: String,
    },
    #[error("handoffs cannot be reprinted without the database")]
    NoStore,
    #[error("no printer is configured")]
    NoPrinter,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type ShowFn = Box<dyn Fn(&Catalog, &Session, Instant)>;

pub struct Controller {
    catalog: Arc<Catalog>,
    /// Newer content, waiting for the current visit to end.
    pending_catalog: Option<Arc<Catalog>>,
    /// The problems of the last content change that was refused, for the admin.
    refused_content: Vec<crate::diagnostics::Diagnostic>,
    /// What the last `relais content update` refused (its notice file), one line each.
    refused_update: String,
    session: Session,
    services: Services,
    show: Option<ShowFn>,
    /// Ticket numbers handed out while the database was unavailable (901, 902, …).
    memory_tickets: u32,
    last_handoff: Option<CommittedHandoff>,
    /// What the admin must know about the database, if anything.
    store_notice: Option<StoreNotice>,
    /// Whether the last statistic could not be counted (so a failing disk is logged once, not
    /// at every touch).
    stats_failing: bool,
    /// The printer thread; `None` when handoffs are only stored.
    print_queue: Option<PrintQueue>,
}

/// The database's state, as the admin is told it (texts in `locales/fr/agent.ftl`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum StoreNotice {
    /// The file was damaged, moved aside and replaced when the kiosk started.
    Recovered { moved_to: PathBuf },
    /// The database could not be opened at all.
    Unavailable { reason: String },
    /// Writes fail: handoffs get memory tickets and are not kept.
    Failing {
        problem: StoreProblem,
        reason: String,
        unsaved: Vec<String>,
    },
    /// Writes work again after failing; these tickets were not kept.
    Back { unsaved: Vec<String> },
}

impl Controller {
    pub fn new(catalog: Arc<Catalog>, config: SessionConfig, services: Services) -> Self {
        Self::with_retry_policy(catalog, config, services, RetryPolicy::default())
    }

    /// A controller whose print queue retries on `policy` (tests use short waits).
    pub fn with_retry_policy(
        catalog: Arc<Catalog>,
        config: SessionConfig,
        mut services: Services,
        policy: RetryPolicy,
    ) -> Self {
        let store_path = services.store.as_ref().and_then(Store::path);
        let print_queue = services
            .printer
            .take()
            .map(|printer| PrintQueue::start(printer, store_path, policy));
        let mut controller = Controller {
            catalog,
            pending_catalog: None,
            refused_content: Vec::new(),
            refused_update: String::new(),
            session: Session::new(config),
            services,
            show: None,
            memory_tickets: 0,
            last_handoff: None,
            print_queue,
            store_notice: None,
            stats_failing: false,
        };
        if let Some(recovery) = controller.services.store.as_ref().and_then(Store::recovery) {
            controller.store_notice = Some(StoreNotice::Recovered {
                moved_to: recovery.moved_to.clone(),
            });
        }
        controller.upkeep(chrono::Local::now().date_naive());
        controller
    }

    /// Tells the admin that the database could not be opened (the kiosk runs on without it).
    pub fn store_unavailable(&mut self, error: &StoreError) {
        self.store_notice = Some(StoreNotice::Unavailable {
            reason: error.to_string(),
        });
    }

    /// Daily housekeeping: deletes handoffs past their retention, once a day (the first call
    /// of each day does it; later calls cost a date comparison).
    pub fn upkeep(&mut self, today: chrono::NaiveDate) {
        let Some(store) = &mut self.services.store else {
            return;
        };
        match store.purge_if_due(today) {
            Some(Ok(purged)) if purged.handoffs > 0 => tracing::info!(
                "{} handoff(s) older than {} day(s) deleted; the daily counts stay",
                purged.handoffs,
                store.retention_days()
            ),
            Some(Err(error)) => tracing::error!("old handoffs could not be deleted: {error}"),
            _ => {}
        }
    }

    /// Everything the site's staff should know, in French, one line each: a refused content
    /// change, a database problem. Empty when all is well.
    pub fn admin_notice(&self) -> String {
        let texts = &self.catalog.texts;
        let fr = self.catalog.reference_language();
        let store = self.store_notice.as_ref().map(|notice| match notice {
            StoreNotice::Recovered { moved_to } => format!(
                "{} {}",
                texts.get(fr, "admin-store-recovered"),
                moved_to.display()
            ),
            StoreNotice::Unavailable { reason } => {
                format!("{} {reason}", texts.get(fr, "admin-store-unavailable"))
            }
            StoreNotice::Failing {
                problem, reason, ..
            } => match problem {
                StoreProblem::Full => texts.get(fr, "admin-store-full"),
                StoreProblem::ReadOnly => texts.get(fr, "admin-store-read-only"),
                _ => format!("{} {reason}", texts.get(fr, "admin-store-failed")),
            },
            StoreNotice::Back { unsaved } => {
                format!(
                    "{} {}",
                    texts.get(fr, "admin-store-back"),
                    ticket_list(unsaved)
                )
            }
        });
        let update = match self.refused_update.lines().next() {
            Some(first) => format!("{} {first}", texts.get(fr, "admin-update-refused")),
            None => String::new(),
        };
        [
            self.refused_content_notice(),
            update,
            store.unwrap_or_default(),
        ]
        .into_iter()
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
    }

    /// Sets the function that redraws the screen after each change.
    pub fn on_show(&mut self, show: ShowFn) {
        self.show = Some(show);
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn last_handoff(&self) -> Option<&CommittedHandoff> {
        self.last_handoff.as_ref()
    }

    /// The database, for the admin screen's figures; `None` when the kiosk runs without one.
    pub fn store(&self) -> Option<&Store> {
        self.services.store.as_ref()
    }

    /// Offers newer content. It is taken at once if nobody is using the kiosk, otherwise as soon
    /// as the current visit ends: a visitor never sees the questions change under them.
    pub fn offer_catalog(&mut self, catalog: Arc<Catalog>, now: Instant) {
        self.pending_catalog = Some(catalog);
        self.refused_content.clear();
        self.take_pending_catalog(now);
    }

    /// Records a content change that was refused; the current content stays.
    pub fn refuse_content(&mut self, problems: Vec<crate::diagnostics::Diagnostic>) {
        for problem in &problems {
            tracing::error!(
                "content change refused, the kiosk keeps its current content: {problem}"
            );
        }
        self.refused_content = problems;
    }

    /// Sets what the last content update refused (`release::KioskRoot::notice_file`); empty
    /// when it refused nothing.
    pub fn set_refused_update(&mut self, refused: String) {
        self.refused_update = refused;
    }

    /// Problems of the last refused content change (empty when the last change was taken).
    pub fn refused_content(&self) -> &[crate::diagnostics::Diagnostic] {
        &self.refused_content
    }

    /// The staff notice for a refused content change, in French (the staff's language), with
    /// the first problem so that whoever made the change knows where to look.
    pub fn refused_content_notice(&self) -> String {
        let Some(first) = self.refused_content.first() else {
            return String::new();
        };
        let texts = &self.catalog.texts;
        let lang = self.catalog.reference_language();
        format!(
            "{} {}:{}:{} {}",
            texts.get(lang, "admin-content-refused"),
            first.file,
            first.position.line,
            first.position.column,
            first.message
        )
    }

    /// Whether newer content is waiting for the current visit to end.
    pub fn has_pending_catalog(&self) -> bool {
        self.pending_catalog.is_some()
    }

    fn take_pending_catalog(&mut self, now: Instant) {
        if self.session.visit().is_none()
            && let Some(catalog) = self.pending_catalog.take()
        {
            tracing::info!(
                "new content taken: {} procedure(s)",
                catalog.procedures.len()
            );
            self.catalog = catalog;
            self.refresh(now);
        }
    }

    /// Redraws the current screen.
    pub fn refresh(&self, now: Instant) {
        if let Some(show) = &self.show {
            show(&self.catalog, &self.session, now);
        }
    }

    /// What a tap on screen means on the current screen.
    /// What a touch means on the current screen (decoded by `script::UiAction::event`).
    pub fn event_for(&self, action: UiAction) -> Event {
        action.event(&self.session.screen())
    }

    pub fn act(&mut self, action: UiAction, now: Instant) {
        let event = self.event_for(action);
        self.dispatch(event, now);
    }

    /// Feeds one event to the session and carries out its effects, including the events those
    /// effects produce (a commit yields `HandoffStored`, then `Printed`).
    pub fn dispatch(&mut self, event: Event, now: Instant) {
        if event == Event::Tick {
            self.upkeep(chrono::Local::now().date_naive());
        }
        let mut queue = VecDeque::new();
        let outcomes = self
            .print_queue
            .as_ref()
            .map(PrintQueue::outcomes)
            .unwrap_or_default();
        for outcome in outcomes {
            queue.extend(self.take_outcome(outcome));
        }
        queue.push_back(event);
        let mut redraw = false;
        while let Some(event) = queue.pop_front() {
            for effect in self.session.handle(&self.catalog, event, now) {
                match effect {
                    Effect::Show => redraw = true,
                    Effect::Speak(utterances) => {
                        let clips = self.clips(utterances);
                        self.services.speaker.say(clips);
                    }
                    Effect::StopSpeech => self.services.speaker.stop(),
                    Effect::Wipe => self.services.speaker.reset_volume(),
                    Effect::SetSlow(slow) => self.services.speaker.set_slow(slow),
                    Effect::SetVolume(db) => self.services.speaker.set_volume_db(db),
                    Effect::Record(stat) => self.count(&stat),
                    Effect::Commit(handoff) => self.commit(*handoff, &mut queue),
                }
            }
        }
        if redraw {
            self.refresh(now);
        }
        self.take_pending_catalog(now);
    }

    /// Stores the handoff (the store gives the ticket number), then prints it.
    fn commit(&mut self, handoff: crate::handoff::Handoff, queue: &mut VecDeque<Event>) {
        let created_at = chrono::Local::now().naive_local();
        let site = self.services.site.clone();
        let stored = self
            .services
            .store
            .as_mut()
            .map(|store| store.commit_handoff(&handoff, &site, created_at));
        let (record, stored) = match stored {
            Some(Ok(record)) => {
                if let Some(StoreNotice::Failing { unsaved, .. }) = self.store_notice.take() {
                    tracing::info!("the database takes handoffs again");
                    self.store_notice = Some(StoreNotice::Back { unsaved });
                }
                (record, true)
            }
            failure => {
                self.memory_tickets += 1;
                let ticket = format!("{}", 900 + self.memory_tickets);
                if let Some(Err(error)) = failure {
                    tracing::error!(
                        "handoff {ticket} could not be saved, it is printed anyway: {error}"
                    );
                    self.store_failed(&error, &ticket);
                }
                let record = HandoffRecord {
                    ticket,
                    created_at,
                    site,
                    handoff,
                };
                (record, false)
            }
        };
        queue.push_back(Event::HandoffStored {
            ticket: record.ticket.clone(),
        });
        if let Some(print_queue) = &self.print_queue {
            print_queue.enqueue(record.clone(), stored);
        }
        self.last_handoff = Some(CommittedHandoff {
            record,
            stored,
            printed: None,
        });
    }

    /// Notes a failed handoff write for the admin, with the tickets not kept so far.
    fn store_failed(&mut self, error: &StoreError, ticket: &str) {
        let mut unsaved = match self.store_notice.take() {
            Some(StoreNotice::Failing { unsaved, .. } | StoreNotice::Back { unsaved }) => unsaved,
            _ => Vec::new(),
        };
        unsaved.push(ticket.to_string());
        self.store_notice = Some(StoreNotice::Failing {
            problem: error.problem(),
            reason: error.to_string(),
            unsaved,
        });
    }

    /// Counts an anonymous event; a failure is logged once until counting works again.
    fn count(&mut self, stat: &StatEvent) {
        let Some(store) = &mut self.services.store else {
            return;
        };
        match store.record(stat, chrono::Local::now().date_naive()) {
            Ok(()) => self.stats_failing = false,
            Err(error) => {
                if !self.stats_failing {
                    tracing::warn!("statistics are not counted until this is fixed: {error}");
                }
                self.stats_failing = true;
            }
        }
    }

    /// Notes a print outcome; returns the event that tells the visitor, when it is about the
    /// ticket on screen and changes what the screen says (a retry that fails again is not
    /// announced twice).
    fn take_outcome(&mut self, outcome: PrintOutcome) -> Option<Event> {
        let ok = outcome.result.is_ok();
        // The print result counted in the figures is each handoff's first attempt: retries
        // would count one slip many times.
        let mut first_attempt = false;
        if let Some(last) = &mut self.last_handoff
            && last.record.ticket == outcome.ticket
            && last.record.created_at.date() == outcome.day
        {
            first_attempt = last.printed.is_none();
            last.printed = Some(outcome.result.clone());
        }
        if first_attempt {
            let kind = if ok {
                StatKind::PrintOk
            } else {
                StatKind::PrintFailed
            };
            self.count(&StatEvent::bare(kind));
        }
        let visit = self.session.visit()?;
        let shown = if ok {
            PrintState::Printed
        } else {
            PrintState::Failed
        };
        (visit.ticket.as_deref() == Some(outcome.ticket.as_str()) && visit.print != shown)
            .then_some(Event::Printed { ok })
    }

    /// Waits up to `timeout` for the first print outcome of the last handoff, and tells the
    /// session (for `simulate` and tests, which have no clock ticking). Returns it.
    pub fn wait_for_print(
        &mut self,
        timeout: Duration,
        now: Instant,
    ) -> Option<Result<String, String>> {
        if !self.prints_here() {
            // Another process (the kiosk) owns the printer and prints it from the store.
            return None;
        }
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(printed) = self.last_handoff.as_ref().and_then(|h| h.printed.clone()) {
                return Some(printed);
            }
            let left = deadline.checked_duration_since(Instant::now())?;
            let outcome = self.print_queue.as_ref()?.next_outcome(left)?;
            if let Some(event) = self.take_outcome(outcome) {
                self.dispatch(event, now);
            }
        }
    }

    /// Prints a stored handoff again (the admin screen's reprint): it goes back in the queue,
    /// printed or not, and is printed as soon as the printer takes it.
    pub fn reprint(
        &mut self,
        day: chrono::NaiveDate,
        ticket: &str,
    ) -> Result<HandoffRecord, ReprintError> {
        let print_queue = self.print_queue.as_ref().ok_or(ReprintError::NoPrinter)?;
        let store = self.services.store.as_mut().ok_or(ReprintError::NoStore)?;
        let record =
            store
                .requeue_print(day, ticket)?
                .ok_or_else(|| ReprintError::NoSuchTicket {
                    day,
                    ticket: ticket.to_string(),
                })?;
        tracing::info!("ticket {ticket} of {day} queued for a reprint");
        print_queue.enqueue(record.clone(), true);
        Ok(record)
    }

    /// Every handoff not printed yet, with its attempts and last error, for the admin screen.
    pub fn print_queue(&self) -> Result<Vec<QueuedPrint>, ReprintError> {
        let store = self.services.store.as_ref().ok_or(ReprintError::NoStore)?;
        Ok(store.print_queue()?)
    }

    /// The printer, for the admin screen; `None` when handoffs are only stored.
    pub fn printer_description(&self) -> Option<&str> {
        self.print_queue.as_ref().map(PrintQueue::describe)
    }

    /// Whether this process prints its handoffs itself; `false` when another process (the
    /// kiosk) owns the printer and will print them from the store (`print::owner`).
    pub fn prints_here(&self) -> bool {
        self.print_queue
            .as_ref()
            .is_some_and(PrintQueue::owns_printer)
    }

    /// Whether the printer is asked for its status before each job; `false` with
    /// `status-check = false`, when nothing printed is confirmed (the admin is told).
    pub fn printer_confirms(&self) -> bool {
        self.print_queue.as_ref().is_none_or(PrintQueue::confirms)
    }

    /// Clip files for what is to be said; messages without a clip are skipped (the text is on
    /// screen), digits are read one clip per digit (`digit-0` … `digit-9`).
    fn clips(&self, utterances: Vec<Utterance>) -> Clips {
        clips(&self.services.root, &self.catalog, utterances)
    }
}

/// The clip files that say `utterances`, in order (a recording while it says the current text,
/// else the generated clip; none for a text without either): for the kiosk and `relais preview`.
/// Each is looked for on the disk when it is about to be played, on the sound thread ([`Clips`]),
/// not before the screen is drawn.
pub fn clips(root: &Path, catalog: &Arc<Catalog>, utterances: Vec<Utterance>) -> Clips {
    let (root, catalog) = (root.to_path_buf(), Arc::clone(catalog));
    Clips::new(
        utterances
            .into_iter()
            .flat_map(move |utterance| utterance_clips(&root, &catalog, &utterance)),
    )
}

/// The clips of one utterance: one for a message, one per digit for a number.
fn utterance_clips(root: &Path, catalog: &Catalog, utterance: &Utterance) -> Vec<PathBuf> {
    match utterance {
        Utterance::Message { lang, id } => recordings::clip_to_play(root, catalog, lang, id)
            .into_iter()
            .collect(),
        Utterance::Digits { lang, digits } => digits
            .chars()
            .filter_map(|d| recordings::clip_to_play(root, catalog, lang, &format!("digit-{d}")))
            .collect(),
    }
}

/// Ticket numbers for a one-line notice: all of them when few, else the first ones and the last.
fn ticket_list(tickets: &[String]) -> String {
    const SHOWN: usize = 5;
    match tickets {
        [first @ .., last] if tickets.len() > SHOWN + 1 => {
            format!("{}, … {last}", first[..SHOWN].join(", "))
        }
        _ => tickets.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::ticket_list;

    #[test]
    fn long_ticket_lists_are_shortened() {
        let tickets = |n: u32| (901..901 + n).map(|t| t.to_string()).collect::<Vec<_>>();
        assert_eq!(ticket_list(&tickets(2)), "901, 902");
        assert_eq!(ticket_list(&tickets(6)), "901, 902, 903, 904, 905, 906");
        assert_eq!(ticket_list(&tickets(50)), "901, 902, 903, 904, 905, … 950");
    }
}
