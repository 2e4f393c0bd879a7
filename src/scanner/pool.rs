//! What the scan workers share: how many there are, and a memory budget
//! that bounds what they hold at once.

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Instant;

/// Worker threads for a setting where 0 means one per core.
pub fn worker_threads(setting: usize) -> usize {
    match setting {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}

/// Memory a job may need at once: its blob and the largest version it is
/// compared with, each with room for a transcoded copy (UTF-16) and for
/// the diff's and the scan's bookkeeping, which grow with the number of
/// lines and keyword hits. An estimate on the safe side: buffers are at
/// most as large as the data, and the rest is small next to it.
pub fn memory_needed(size: u64, other: u64) -> u64 {
    size.saturating_add(other)
        .saturating_mul(2)
        .saturating_add(JOB_OVERHEAD)
}

/// Fixed cost of a job in the memory budget (hit lists, small buffers).
const JOB_OVERHEAD: u64 = 64 << 10;

/// Worker buffers above this capacity are released after their job, so
/// that memory the budget no longer counts is not kept.
const KEEP_BUFFER: usize = 4 << 20;

/// A byte budget shared by the scan workers: a job reserves what it may
/// need before reading anything and gives it back when it is done.
pub struct MemoryBudget {
    limit: u64,
    used: Mutex<u64>,
    freed: Condvar,
}

pub struct Reservation<'a> {
    budget: &'a MemoryBudget,
    bytes: u64,
}

impl MemoryBudget {
    pub fn new(limit: u64) -> MemoryBudget {
        MemoryBudget {
            limit,
            used: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// Waits until `bytes` (at most the limit) fit; `None` when the
    /// deadline passes first.
    pub fn reserve(&self, bytes: u64, deadline: Option<Instant>) -> Option<Reservation<'_>> {
        let mut used = self.used.lock().unwrap_or_else(PoisonError::into_inner);
        while used.saturating_add(bytes) > self.limit && *used > 0 {
            used = match deadline {
                Some(d) => {
                    let left = d.checked_duration_since(Instant::now())?;
                    self.freed
                        .wait_timeout(used, left)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0
                }
                None => self.freed.wait(used).unwrap_or_else(PoisonError::into_inner),
            };
        }
        *used += bytes;
        Some(Reservation { budget: self, bytes })
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        let mut used = self.budget.used.lock().unwrap_or_else(PoisonError::into_inner);
        *used = used.saturating_sub(self.bytes);
        self.budget.freed.notify_all();
    }
}

/// Buffers a worker reuses from job to job.
#[derive(Default)]
pub struct Buffers {
    pub data: Vec<u8>,
    pub base: Vec<u8>,
    pub scratch: Vec<u8>,
}

impl Buffers {
    pub fn release_large(&mut self) {
        for b in [&mut self.data, &mut self.base, &mut self.scratch] {
            if b.capacity() > KEEP_BUFFER {
                *b = Vec::new();
            } else {
                b.clear();
            }
        }
    }
}
