//! The print queue: a worker thread that prints handoffs with retries and backoff, so that the
//! screen never waits for a printer and a handoff the printer refused is printed once it is back.
//!
//! The durable queue is the database (`Store::print_queue`): every handoff not yet printed is
//! `pending` or `failed` there, with its attempts, last error and next try. The worker opens its
//! own connection to the file (WAL lets it write while the kiosk writes), loads what a previous
//! run left unprinted, and records each attempt before reporting it. Without a database (it
//! could not be opened) the queue lives in memory only, and says so in the log.
//!
//! Delivery is at least once: a handoff is marked printed right after the printer took it, so a
//! power cut between the two reprints it on the next start rather than losing it.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::PrinterBackend;
use crate::handoff::HandoffRecord;
use crate::store::Store;

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
    Print(Box<HandoffRecord>),
}

/// The queue's handle, owned by the controller. Dropping it stops the worker after the attempt
/// in progress (every backend has bounded waits).
pub struct PrintQueue {
    commands: Option<Sender<Command>>,
    outcomes: Receiver<PrintOutcome>,
    worker: Option<JoinHandle<()>>,
    describe: String,
}

impl PrintQueue {
    /// Starts the worker. `store_path`: the database whose unprinted handoffs it takes over and
    /// where it records attempts (`None`: memory only).
    pub fn start(
        backend: Box<dyn PrinterBackend>,
        store_path: Option<PathBuf>,
        policy: RetryPolicy,
    ) -> PrintQueue {
        let describe = backend.describe();
        let (commands, inbox) = mpsc::channel();
        let (report, outcomes) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .name("printer".into())
            .spawn(move || {
                Worker::new(backend, store_path, policy, report).run(inbox);
            })
            .map_err(|error| tracing::error!("the printer thread could not start: {error}"))
            .ok();
        PrintQueue {
            commands: Some(commands),
            outcomes,
            worker,
            describe,
        }
    }

    /// The printer, for logs and the admin screen.
    pub fn describe(&self) -> &str {
        &self.describe
    }

    /// Queues a handoff (already stored, when there is a database). Returns at once.
    pub fn enqueue(&self, record: HandoffRecord) {
        let sent = self
            .commands
            .as_ref()
            .is_some_and(|c| c.send(Command::Print(Box::new(record))).is_ok());
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

/// A handoff waiting for the printer, in the worker.
struct Entry {
    day: NaiveDate,
    record: HandoffRecord,
    failures: u32,
    due: Instant,
}

struct Worker {
    backend: Box<dyn PrinterBackend>,
    store: Option<Store>,
    policy: RetryPolicy,
    report: Sender<PrintOutcome>,
    waiting: Vec<Entry>,
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
        let store = store_path.and_then(|path| match Store::open(&path) {
            Ok(store) => Some(store),
            Err(error) => {
                tracing::error!(
                    "the print queue cannot use the database ({error}): print results are not kept"
                );
                None
            }
        });
        // What an earlier run left unprinted today is tried at once: the kiosk was restarted,
        // the printer may well be back. Older handoffs stay in the queue for the admin to see
        // and reprint: a slip printed out of the blue the next morning would only confuse.
        let now = Instant::now();
        let today = chrono::Local::now().date_naive();
        let waiting = match store.as_ref().map(Store::print_queue) {
            Some(Ok(queue)) => queue
                .into_iter()
                .filter(|queued| queued.record.created_at.date() == today)
                .map(|queued| Entry {
                    day: queued.record.created_at.date(),
                    record: queued.record,
                    failures: queued.print_attempts,
                    due: now,
                })
                .collect(),
            Some(Err(error)) => {
                tracing::error!("the unprinted handoffs could not be read back: {error}");
                Vec::new()
            }
            None => Vec::new(),
        };
        if !waiting.is_empty() {
            tracing::info!(
                "{} handoff(s) left unprinted, printing them now",
                waiting.len()
            );
        }
        Worker {
            backend,
            store,
            policy,
            report,
            waiting,
        }
    }

    fn run(mut self, inbox: Receiver<Command>) {
        loop {
            let now = Instant::now();
            let wait = self
                .waiting
                .iter()
                .map(|entry| entry.due.saturating_duration_since(now))
                .min()
                .unwrap_or(IDLE);
            match inbox.recv_timeout(wait) {
                Ok(Command::Print(record)) => self.add(*record),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            // Take everything sent meanwhile before printing, so new work is not starved.
            loop {
                match inbox.try_recv() {
                    Ok(Command::Print(record)) => self.add(*record),
                    Err(mpsc::TryRecvError::Empty) => break,
                    Err(mpsc::TryRecvError::Disconnected) => return,
                }
            }
            self.print_due();
        }
    }

    /// Adds a handoff, or makes it due now if it is already waiting (a reprint).
    fn add(&mut self, record: HandoffRecord) {
        let day = record.created_at.date();
        let now = Instant::now();
        match self
            .waiting
            .iter_mut()
            .find(|e| e.day == day && e.record.ticket == record.ticket)
        {
            Some(entry) => entry.due = now,
            None => self.waiting.push(Entry {
                day,
                record,
                failures: 0,
                due: now,
            }),
        }
    }

    /// Prints every handoff that is due, oldest first. After a failure the others wait with it:
    /// there is one printer, and trying it again at once would only cost more timeouts.
    fn print_due(&mut self) {
        let mut index = 0;
        while index < self.waiting.len() {
            if self.waiting[index].due > Instant::now() {
                index += 1;
                continue;
            }
            let result = self.backend.print(&self.waiting[index].record);
            let entry = &mut self.waiting[index];
            let (day, ticket) = (entry.day, entry.record.ticket.clone());
            match result {
                Ok(place) => {
                    tracing::info!("ticket {ticket} printed to {place}");
                    self.waiting.remove(index);
                    self.record(day, &ticket, Ok(()));
                    self.send(day, ticket, Ok(place), None);
                }
                Err(error) => {
                    entry.failures += 1;
                    let delay = self.policy.delay(entry.failures);
                    let due = Instant::now() + delay;
                    let error = error.to_string();
                    tracing::error!(
                        "ticket {ticket} not printed ({error}); kept, next attempt in {:.1} s",
                        delay.as_secs_f32()
                    );
                    let next = chrono::Local::now().naive_local()
                        + chrono::Duration::from_std(delay).unwrap_or_default();
                    for other in &mut self.waiting {
                        other.due = other.due.max(due);
                    }
                    self.record(day, &ticket, Err((&error, next)));
                    self.send(day, ticket, Err(error), Some(delay));
                    return;
                }
            }
        }
    }

    fn record(
        &mut self,
        day: NaiveDate,
        ticket: &str,
        outcome: Result<(), (&str, chrono::NaiveDateTime)>,
    ) {
        if let Some(store) = &mut self.store
            && let Err(error) = store.record_print_attempt(day, ticket, outcome)
        {
            tracing::warn!("the print result of ticket {ticket} was not saved: {error}");
        }
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
