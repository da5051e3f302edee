//! The print queue: a worker thread that prints handoffs with retries and backoff, so that the
//! screen never waits for a printer and a handoff the printer refused is printed once it is back.
//!
//! The durable queue is the database (`Store::due_prints`): every handoff not yet printed is
//! `pending`, `printing` or `failed` there, with its attempts, last error and next try. Only the
//! printer's owner prints (`print::owner`: one process per store, by an OS file lock); the
//! worker of any other process leaves its handoffs in the store and tries every second to become
//! the owner, so that when the kiosk stops, the next process prints what was left. The owner
//! looks at the store every second, so that handoffs queued by other processes (`relais
//! reprint`, `simulate --print`) are printed too. Handoffs that are not in the database (it could
//! not be opened, or refused the write) live in the worker's memory and are printed from there.
//!
//! Each handoff moves pending → printing → printed in one transaction per step, the `printing`
//! claim carrying the owner's id. A crash between two steps therefore prints it at most once
//! more, never zero times: a new owner finds it `printing`, prints it again, and marks it as a
//! reprint.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::PrinterBackend;
use super::owner::PrinterOwner;
use crate::handoff::HandoffRecord;
use crate::store::{PrintStatus, QueuedPrint, Store, StoreError};

/// How long to wait between attempts: `first`, doubled after each failure, at most `longest`.
/// Attempts never stop: a handoff is only ever dropped by the store's retention purge.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub first: Duration,
    pub longest: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        // A visitor may still be at the screen: the first retries come quickly. A printer that
        // stays off is then tried every half minute, which costs nothing.
        RetryPolicy {
            first: Duration::from_secs(2),
            longest: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The wait after `failures` failed attempts in a row (1 or more).
    pub fn delay(&self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(16);
        self.first.saturating_mul(1 << doublings).min(self.longest)
    }
}

/// How often the owner looks in the store for handoffs other processes queued, and how often
/// a process that is not the owner tries to become it. One indexed query a second is nothing.
const POLL: Duration = Duration::from_secs(1);

/// What happened to one print attempt, reported to the controller.
#[derive(Debug, Clone)]
pub struct PrintOutcome {
    pub day: NaiveDate,
    pub ticket: String,
    /// Where it was printed, or why it was not.
    pub result: Result<String, String>,
    /// When it failed: how long until the next attempt.
    pub retry_in: Option<Duration>,
}

enum Command {
    /// A handoff to print; `stored`: it is in the database, where the worker finds it.
    Print(Box<HandoffRecord>, bool),
}

/// The queue's handle, owned by the controller. Dropping it stops the worker after the attempt
/// in progress (every backend has bounded waits).
pub struct PrintQueue {
    commands: Option<Sender<Command>>,
    outcomes: Receiver<PrintOutcome>,
    worker: Option<JoinHandle<()>>,
    describe: String,
    confirms: bool,
    owns_printer: Arc<AtomicBool>,
}

impl PrintQueue {
    /// Starts the worker. `store_path`: the database whose unprinted handoffs it prints when it
    /// owns the printer, and where it records attempts (`None`: memory only). Whether this
    /// process owns the printer is settled before this returns (`owns_printer`).
    pub fn start(
        backend: Box<dyn PrinterBackend>,
        store_path: Option<PathBuf>,
        policy: RetryPolicy,
    ) -> PrintQueue {
        let describe = backend.describe();
        let confirms = backend.confirms();
        let (commands, inbox) = mpsc::channel();
        let (report, outcomes) = mpsc::channel();
        let mut worker = Worker::new(backend, store_path, policy, report);
        let owns_printer = worker.owns_printer.clone();
        worker.try_to_own();
        let worker = std::thread::Builder::new()
            .name("printer".into())
            .spawn(move || worker.run(inbox))
            .map_err(|error| tracing::error!("the printer thread could not start: {error}"))
            .ok();
        PrintQueue {
            commands: Some(commands),
            outcomes,
            worker,
            describe,
            confirms,
            owns_printer,
        }
    }

    /// The printer, for logs and the admin screen.
    pub fn describe(&self) -> &str {
        &self.describe
    }

    /// Whether the printer confirms what it prints (`false`: `status-check = false`).
    pub fn confirms(&self) -> bool {
        self.confirms
    }

    /// Whether this process prints; when not, another process (the kiosk) owns the printer
    /// and prints the handoffs this one stores.
    pub fn owns_printer(&self) -> bool {
        self.owns_printer.load(Ordering::Relaxed)
    }

    /// Queues a handoff; `stored`: it is in the database already. Returns at once.
    pub fn enqueue(&self, record: HandoffRecord, stored: bool) {
        let sent = self
            .commands
            .as_ref()
            .is_some_and(|c| c.send(Command::Print(Box::new(record), stored)).is_ok());
        if !sent {
            tracing::error!("the printer thread is not running: the handoff stays in the database");
        }
    }

    /// Outcomes reported since the last call, without waiting.
    pub fn outcomes(&self) -> Vec<PrintOutcome> {
        self.outcomes.try_iter().collect()
    }

    /// Waits up to `timeout` for the next outcome.
    pub fn next_outcome(&self, timeout: Duration) -> Option<PrintOutcome> {
        self.outcomes.recv_timeout(timeout).ok()
    }
}

impl Drop for PrintQueue {
    fn drop(&mut self) {
        // Closing the channel ends the worker's loop; waiting for it lets the attempt in
        // progress be recorded in the database.
        self.commands.take();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// A handoff that is not in the database, waiting for the printer in the worker's memory.
struct Entry {
    day: NaiveDate,
    record: HandoffRecord,
    failures: u32,
    due: Instant,
}

/// What one attempt at a stored handoff came to.
pub enum Attempt {
    /// Printed (or sent, when the printer does not confirm): where.
    Printed(String),
    /// Not printed: why, and when the next attempt is.
    Failed(String, Duration),
    /// Nothing to print: another process printed it meanwhile.
    NotClaimed,
}

/// Prints one stored handoff as the printer's owner: claims it (`printing`), prints it, then
/// records printed, sent or failed; each step its own transaction. `failures`: failed attempts
/// before this one, for the wait after a failure. An error of the claim stops the attempt
/// before the printer is called (`Err`); an error recording the result comes with the attempt
/// (the slip may be out: the owner must not print it again every second).
pub fn print_stored(
    store: &mut Store,
    backend: &dyn PrinterBackend,
    owner: &PrinterOwner,
    record: &HandoffRecord,
    failures: u32,
    policy: RetryPolicy,
) -> Result<(Attempt, Result<(), StoreError>), StoreError> {
    let (day, ticket) = (record.created_at.date(), record.ticket.as_str());
    if !store.claim_print(day, ticket, owner.id())? {
        return Ok((Attempt::NotClaimed, Ok(())));
    }
    let attempt = match backend.print(record) {
        Ok(place) => {
            tracing::info!("ticket {ticket} printed to {place}");
            Attempt::Printed(place)
        }
        Err(error) => {
            let delay = policy.delay(failures + 1);
            let error = error.to_string();
            tracing::error!(
                "ticket {ticket} not printed ({error}); kept, next attempt in {:.1} s",
                delay.as_secs_f32()
            );
            Attempt::Failed(error, delay)
        }
    };
    let recorded = match &attempt {
        Attempt::Printed(_) => store.record_print_attempt(day, ticket, Ok(backend.confirms())),
        Attempt::Failed(error, delay) => {
            let next = chrono::Local::now().naive_local()
                + chrono::Duration::from_std(*delay).unwrap_or_default();
            store.record_print_attempt(day, ticket, Err((error, next)))
        }
        Attempt::NotClaimed => Ok(()),
    };
    Ok((attempt, recorded))
}

struct Worker {
    backend: Box<dyn PrinterBackend>,
    store: Option<Store>,
    store_path: Option<PathBuf>,
    owner: Option<PrinterOwner>,
    owns_printer: Arc<AtomicBool>,
    /// Set when the printer was just taken: the first look at the store takes every handoff
    /// left unprinted at once, whatever its next attempt (the printer may well be back).
    just_owned: bool,
    policy: RetryPolicy,
    report: Sender<PrintOutcome>,
    memory: Vec<Entry>,
    /// After a failure nothing is tried before this: there is one printer, and trying it again
    /// at once for the next handoff would only cost more timeouts.
    hold_until: Instant,
    /// Stored handoffs printed whose result could not be written (a full disk): not printed
    /// again by this process.
    unrecorded: HashSet<(NaiveDate, String)>,
}

/// How long the worker sleeps when nothing is waiting (it wakes at once for new work).
const IDLE: Duration = Duration::from_secs(3600);

impl Worker {
    fn new(
        backend: Box<dyn PrinterBackend>,
        store_path: Option<PathBuf>,
        policy: RetryPolicy,
        report: Sender<PrintOutcome>,
    ) -> Worker {
        let store = store_path.as_ref().and_then(|path| match Store::open(path) {
            Ok(store) => Some(store),
            Err(error) => {
                tracing::error!(
                    "the print queue cannot use the database ({error}): print results are not kept"
                );
                None
            }
        });
        Worker {
            backend,
            store_path: store.as_ref().and(store_path),
            store,
            owner: None,
            // Without a database there is nothing to share: this process prints.
            owns_printer: Arc::new(AtomicBool::new(true)),
            just_owned: false,
            policy,
            report,
            memory: Vec::new(),
            hold_until: Instant::now(),
            unrecorded: HashSet::new(),
        }
    }

    /// Takes the printer if this process has a database and no other process owns it.
    fn try_to_own(&mut self) {
        let Some(path) = &self.store_path else { return };
        if self.owner.is_some() {
            return;
        }
        match PrinterOwner::try_take(path) {
            Ok(Some(owner)) => {
                tracing::info!("this process prints the store's handoffs ({})", owner.id());
                self.owner = Some(owner);
                self.just_owned = true;
            }
            Ok(None) => {}
            Err(error) => tracing::error!(
                "the printer lock {} cannot be taken ({error}): another process prints",
                PrinterOwner::lock_path(path).display()
            ),
        }
        self.owns_printer
            .store(self.owner.is_some(), Ordering::Relaxed);
    }

    fn run(mut self, inbox: Receiver<Command>) {
        loop {
            match inbox.recv_timeout(self.wait()) {
                Ok(command) => self.add(command),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            // Take everything sent meanwhile before printing, so new work is not starved.
            loop {
                match inbox.try_recv() {
                    Ok(command) => self.add(command),
                    Err(mpsc::TryRecvError::Empty) => break,
                    Err(mpsc::TryRecvError::Disconnected) => return,
                }
            }
            self.try_to_own();
            self.print_due();
        }
    }

    /// How long to sleep: until the next handoff in memory is due, and at most a `POLL` while
    /// the store is to be watched (as owner) or the printer to be taken (as not owner).
    fn wait(&self) -> Duration {
        let now = Instant::now();
        let memory = self
            .memory
            .iter()
            .map(|entry| {
                entry
                    .due
                    .max(self.hold_until)
                    .saturating_duration_since(now)
            })
            .min()
            .unwrap_or(IDLE);
        if self.store.is_some() {
            // After a failure, the next look is when the wait is over, not a whole POLL later.
            let held = self.hold_until.saturating_duration_since(now);
            memory.min(if held.is_zero() { POLL } else { held })
        } else {
            memory
        }
    }

    fn add(&mut self, Command::Print(record, stored): Command) {
        if stored && self.store.is_some() {
            // It is in the store, where the owner finds it; the message only wakes the worker.
            return;
        }
        let day = record.created_at.date();
        let now = Instant::now();
        match self
            .memory
            .iter_mut()
            .find(|e| e.day == day && e.record.ticket == record.ticket)
        {
            Some(entry) => entry.due = now,
            None => self.memory.push(Entry {
                day,
                record: *record,
                failures: 0,
                due: now,
            }),
        }
    }

    /// Prints what is due: the store's handoffs (as owner), oldest first, then those in
    /// memory. After a failure the others wait with it.
    fn print_due(&mut self) {
        if Instant::now() < self.hold_until {
            return;
        }
        if !self.print_due_stored() {
            return;
        }
        let mut index = 0;
        while index < self.memory.len() {
            if self.memory[index].due > Instant::now() {
                index += 1;
                continue;
            }
            let result = self.backend.print(&self.memory[index].record);
            let entry = &mut self.memory[index];
            let (day, ticket) = (entry.day, entry.record.ticket.clone());
            match result {
                Ok(place) => {
                    tracing::info!("ticket {ticket} printed to {place}");
                    self.memory.remove(index);
                    self.send(day, ticket, Ok(place), None);
                }
                Err(error) => {
                    entry.failures += 1;
                    let delay = self.policy.delay(entry.failures);
                    let error = error.to_string();
                    tracing::error!(
                        "ticket {ticket} not printed ({error}); kept in memory, next attempt in {:.1} s",
                        delay.as_secs_f32()
                    );
                    entry.due = Instant::now() + delay;
                    self.hold_until = entry.due;
                    self.send(day, ticket, Err(error), Some(delay));
                    return;
                }
            }
        }
    }

    /// The store's due handoffs, as owner; `false` after a failure (the rest waits).
    fn print_due_stored(&mut self) -> bool {
        let (Some(store), Some(owner)) = (&mut self.store, &self.owner) else {
            return true;
        };
        let now = chrono::Local::now().naive_local();
        let all = std::mem::take(&mut self.just_owned);
        let due = match store.due_prints(now.date(), (!all).then_some(now)) {
            Ok(due) => due,
            Err(error) => {
                tracing::error!("the print queue could not be read: {error}");
                return true;
            }
        };
        if all && !due.is_empty() {
            tracing::info!("{} handoff(s) left unprinted, printing them now", due.len());
        }
        for QueuedPrint {
            record,
            print_status,
            print_attempts,
            ..
        } in due
        {
            let (day, ticket) = (record.created_at.date(), record.ticket.clone());
            if self.unrecorded.contains(&(day, ticket.clone())) {
                continue;
            }
            if print_status == PrintStatus::Printing {
                tracing::warn!(
                    "ticket {ticket} was being printed when its printer's owner stopped: printed again, marked as a reprint"
                );
            }
            let failures = if print_status == PrintStatus::Failed {
                print_attempts
            } else {
                0
            };
            let attempt = print_stored(
                store,
                self.backend.as_ref(),
                owner,
                &record,
                failures,
                self.policy,
            );
            let attempt = match attempt {
                Ok((attempt, Ok(()))) => attempt,
                Ok((attempt, Err(error))) => {
                    tracing::warn!("the print result of ticket {ticket} was not saved: {error}");
                    self.unrecorded.insert((day, ticket.clone()));
                    attempt
                }
                Err(error) => {
                    // Nothing was printed; the next look tries again.
                    tracing::warn!("ticket {ticket} could not be claimed for printing: {error}");
                    return true;
                }
            };
            match attempt {
                Attempt::Printed(place) => {
                    let _ = self.report.send(PrintOutcome {
                        day,
                        ticket,
                        result: Ok(place),
                        retry_in: None,
                    });
                }
                Attempt::Failed(error, delay) => {
                    self.hold_until = Instant::now() + delay;
                    let _ = self.report.send(PrintOutcome {
                        day,
                        ticket,
                        result: Err(error),
                        retry_in: Some(delay),
                    });
                    return false;
                }
                Attempt::NotClaimed => {}
            }
        }
        true
    }

    fn send(
        &self,
        day: NaiveDate,
        ticket: String,
        result: Result<String, String>,
        retry_in: Option<Duration>,
    ) {
        // The controller may be gone (shutting down): the database holds the result anyway.
        let _ = self.report.send(PrintOutcome {
            day,
            ticket,
            result,
            retry_in,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_longest_wait() {
        let policy = RetryPolicy {
            first: Duration::from_secs(2),
            longest: Duration::from_secs(30),
        };
        let waits: Vec<u64> = (1..=6).map(|n| policy.delay(n).as_secs()).collect();
        assert_eq!(waits, [2, 4, 8, 16, 30, 30]);
        assert_eq!(policy.delay(1000), Duration::from_secs(30));
    }
}
