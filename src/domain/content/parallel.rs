//! Runs the independent parts of a content load (reading the files, each language's texts,
//! batches of procedure files, parts of the checks) on every core, and gives the results back
//! in input order.
//!
//! A catalog of 10,000 procedures is millions of messages, and the kiosk's machine has two
//! cores (issue 9). The parts share nothing until they are gathered, and they are gathered in
//! the order of the input, so the diagnostics come out in the same order whatever thread
//! finished first: `relais check` prints the same report on every run.
//!
//! Plain `std::thread::scope` rather than a thread-pool crate: a load runs a handful of these
//! batches, each worth milliseconds to seconds, so starting a thread per core each time costs
//! nothing measurable.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// Below this much text, a load stays on one thread: the shipped content (a few hundred KB)
/// loads in about 3 ms, and on a busy machine waiting for a second core to be free costs more
/// than it saves.
const PARALLEL_FROM_BYTES: usize = 1 << 20;

/// How many threads a load of `bytes` of text should use: one for small content, one per core
/// for large.
pub fn threads_for(bytes: usize) -> usize {
    if bytes < PARALLEL_FROM_BYTES {
        return 1;
    }
    thread::available_parallelism().map_or(1, usize::from)
}

/// `work` applied to every item, on up to `threads` threads (at most one per item), each
/// thread taking the next item not yet taken. The results are in the order of `items`.
pub fn map_in_order<T, R, F>(items: &[T], threads: usize, work: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.min(items.len());
    if threads <= 1 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(at) else {
                            return mine;
                        };
                        mine.push((at, work(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| match worker.join() {
                Ok(results) => results,
                // A panic in a worker is the caller's panic, as if the work had run here.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    done.sort_unstable_by_key(|(at, _)| *at);
    done.into_iter().map(|(_, result)| result).collect()
}

/// `items` cut into about `pieces` consecutive slices of near-equal length (none empty), so
/// that a long list can be shared between threads.
pub fn split<T>(items: &[T], pieces: usize) -> Vec<&[T]> {
    let size = items.len().div_ceil(pieces.max(1)).max(1);
    items.chunks(size).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_input_whatever_finishes_first() {
        // Early items take longest, so on two or more cores later ones finish first.
        let items: Vec<u64> = (0..40).collect();
        let results = map_in_order(&items, 4, |&n| {
            thread::sleep(std::time::Duration::from_micros((40 - n) * 200));
            n * n
        });
        assert_eq!(results, items.iter().map(|n| n * n).collect::<Vec<_>>());
    }

    #[test]
    fn no_items_no_results() {
        let results: Vec<u8> = map_in_order(&[] as &[u8], 4, |&n| n);
        assert!(results.is_empty());
        assert_eq!(map_in_order(&[1, 2, 3], 1, |&n| n + 1), [2, 3, 4]);
    }

    #[test]
    fn small_content_stays_on_one_thread() {
        assert_eq!(threads_for(200_000), 1);
        assert!(threads_for(PARALLEL_FROM_BYTES) >= 1);
    }

    #[test]
    fn split_covers_every_item_once_in_order() {
        let items: Vec<u32> = (0..10).collect();
        let pieces = split(&items, 3);
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces.concat(), items);
        assert_eq!(split(&items, 0).concat(), items);
        assert!(split(&[] as &[u32], 4).is_empty());
    }
}
