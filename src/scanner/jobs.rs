//! Blob jobs of a push: each file version read once, scanned whole, and
//! diffed against its earlier versions only when it has findings; in
//! parallel, within the memory budget and the time budget.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use gix::objs::FindHeader;
use gix::ObjectId;

use super::blob::{as_text, scan_text_until};
use super::options::CheckOptions;
use super::pool::{memory_needed, worker_threads, Buffers, MemoryBudget};
use crate::engine::{Engine, TimedOut};
use crate::findings::{Finding, SkipReason};
use crate::lines::{self, BlobJob};
use crate::objects::read::{object_size, read_blob};
use crate::objects::{GitError, Views};
use crate::text::{self, display_bytes, Ranges};

/// Largest blob read just to tell whether it is binary (1 GiB). Larger ones
/// are a limit event without being read.
pub const MAX_INSPECT_BYTES: u64 = 1 << 30;

#[derive(Debug)]
pub(super) enum JobOutcome {
    Scanned { findings: Vec<Finding>, bytes: u64 },
    Skipped(NotScanned),
}

/// Why a job was not scanned, with what the message needs.
#[derive(Debug)]
pub(super) struct NotScanned {
    pub reason: SkipReason,
    pub bytes: u64,
    pub line: Option<usize>,
    pub needed: Option<u64>,
}

impl JobOutcome {
    fn skipped(reason: SkipReason, bytes: u64) -> JobOutcome {
        JobOutcome::Skipped(NotScanned {
            reason,
            bytes,
            line: None,
            needed: None,
        })
    }
}

/// Scans blob jobs, in parallel when there are enough of them, holding at
/// most `max_memory_bytes` of contents at once.
pub(super) fn scan_jobs(
    views: &Views,
    engine: &Engine,
    jobs: &[BlobJob],
    opts: &CheckOptions,
    clean: &HashMap<ObjectId, u64>,
) -> Result<Vec<JobOutcome>, GitError> {
    let budget = MemoryBudget::new(opts.max_memory_bytes);
    let threads = worker_threads(opts.threads).min(jobs.len() / 4 + 1);
    if threads <= 1 {
        let mut buf = Buffers::default();
        return jobs
            .iter()
            .map(|j| scan_job(&views.push, engine, j, opts, clean, &budget, &mut buf))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<JobOutcome, GitError>>>> = Mutex::new((0..jobs.len()).map(|_| None).collect());
    let (next, results_ref, budget) = (&next, &results, &budget);
    std::thread::scope(|s| {
        for handle in (0..threads).map(|_| views.push.clone()) {
            s.spawn(move || {
                let mut buf = Buffers::default();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let r = scan_job(&handle, engine, job, opts, clean, budget, &mut buf);
                    let failed = r.is_err();
                    if let Ok(mut all) = results_ref.lock() {
                        all[i] = Some(r);
                    }
                    if failed {
                        next.store(jobs.len(), Ordering::Relaxed);
                    }
                }
            });
        }
    });
    let all = results.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut out = Vec::with_capacity(jobs.len());
    for (i, r) in all.into_iter().enumerate() {
        match r {
            Some(r) => out.push(r?),
            None => {
                return Err(GitError::Abandoned {
                    id: jobs[i].blob,
                    what: display_bytes(&jobs[i].path),
                })
            }
        }
    }
    Ok(out)
}

fn scan_job(
    handle: &gix::odb::Handle,
    engine: &Engine,
    job: &BlobJob,
    opts: &CheckOptions,
    clean: &HashMap<ObjectId, u64>,
    budget: &MemoryBudget,
    buf: &mut Buffers,
) -> Result<JobOutcome, GitError> {
    if let Some(&bytes) = clean.get(&job.blob) {
        return Ok(JobOutcome::Scanned {
            findings: Vec::new(),
            bytes,
        });
    }
    if opts.deadline.is_some_and(|d| Instant::now() >= d) {
        return Ok(JobOutcome::skipped(SkipReason::TimeBudget, 0));
    }
    let what = display_bytes(&job.path);
    let size = object_size(handle, &job.blob, &what)?;
    if size > opts.max_blob_bytes {
        // Binaries above the limit are still binaries, not a limit event:
        // look at the first bytes, as long as the object fits in memory.
        let need = memory_needed(size, 0);
        if size <= MAX_INSPECT_BYTES && need <= opts.max_memory_bytes {
            let Some(_reserved) = budget.reserve(need, opts.deadline) else {
                return Ok(JobOutcome::skipped(SkipReason::TooLarge, size));
            };
            let r = read_blob(handle, &job.blob, &what, &mut buf.data).map(|()| text::is_binary(&buf.data));
            buf.release_large();
            if r? {
                return Ok(JobOutcome::skipped(SkipReason::Binary, size));
            }
        }
        return Ok(JobOutcome::skipped(SkipReason::TooLarge, size));
    }
    // What else is read: the largest base, or a rename candidate of
    // comparable size.
    let mut other = 0;
    for b in &job.bases {
        other = other.max(object_size(handle, b, &format!("previous version of {what}"))?);
    }
    if job.bases.is_empty() && !job.rename_candidates.is_empty() {
        other = other.max(size.saturating_mul(2).saturating_add(64));
    }
    let need = memory_needed(size, other);
    if need > opts.max_memory_bytes {
        return Ok(JobOutcome::Skipped(NotScanned {
            reason: SkipReason::MemoryLimit,
            bytes: size,
            line: None,
            needed: Some(need),
        }));
    }
    let Some(_reserved) = budget.reserve(need, opts.deadline) else {
        return Ok(JobOutcome::skipped(SkipReason::TimeBudget, size));
    };
    let r = scan_reserved(handle, engine, job, opts, buf, size, &what);
    buf.release_large();
    r
}

/// Scans one job whose memory is reserved.
fn scan_reserved(
    handle: &gix::odb::Handle,
    engine: &Engine,
    job: &BlobJob,
    opts: &CheckOptions,
    buf: &mut Buffers,
    size: u64,
    what: &str,
) -> Result<JobOutcome, GitError> {
    let Buffers { data, base, scratch } = buf;
    read_blob(handle, &job.blob, what, data)?;
    if !as_text(data, scratch) {
        return Ok(JobOutcome::skipped(SkipReason::Binary, size));
    }
    let max_line = match opts.max_line_bytes {
        0 => None,
        n => Some(usize::try_from(n).unwrap_or(usize::MAX)),
    };
    // Scan the whole file first: most files hold nothing, and then their
    // earlier versions need not be read nor diffed, which is most of the
    // cost of a large push. Only a file with findings (or with a line over
    // `max_line_bytes`) is diffed, and scanned again in its added lines.
    let whole = match scan_text_until(engine, data, None, what, opts.deadline) {
        Ok(findings) => findings,
        Err(TimedOut) => return Ok(JobOutcome::skipped(SkipReason::TimeBudget, size)),
    };
    let long = max_line.and_then(|max| text::long_line(data, max, None));
    if whole.is_empty() && long.is_none() {
        return Ok(JobOutcome::Scanned {
            findings: Vec::new(),
            bytes: size,
        });
    }
    let mut added: Option<Ranges> = None;
    for b in &job.bases {
        read_blob(handle, b, &format!("previous version of {what}"), base)?;
        if !as_text(base, scratch) {
            // Text replacing a binary: every line is new.
            added = None;
            break;
        }
        let r = lines::added_ranges(base, data);
        added = Some(match added {
            Some(prev) => prev.intersect(&r),
            None => r,
        });
    }
    if job.bases.is_empty() {
        added = renamed_from(handle, job, data, base, scratch)?;
    }
    if added.as_ref().is_some_and(Ranges::is_empty) {
        return Ok(JobOutcome::Scanned {
            findings: Vec::new(),
            bytes: size,
        });
    }
    if let Some((line, len)) = max_line.and_then(|max| text::long_line(data, max, added.as_ref())) {
        return Ok(JobOutcome::Skipped(NotScanned {
            reason: SkipReason::LineTooLong,
            bytes: size,
            line: Some(line),
            needed: Some(len as u64),
        }));
    }
    if added.is_none() {
        return Ok(JobOutcome::Scanned {
            findings: whole,
            bytes: size,
        });
    }
    match scan_text_until(engine, data, added.as_ref(), what, opts.deadline) {
        Ok(findings) => Ok(JobOutcome::Scanned { findings, bytes: size }),
        Err(TimedOut) => Ok(JobOutcome::skipped(SkipReason::TimeBudget, size)),
    }
}

/// For an added file: if a file deleted in the same commit makes up most of
/// it (a move or rename, perhaps with edits), the lines new relative to that
/// file; `None` means the whole file is new.
fn renamed_from(
    handle: &gix::odb::Handle,
    job: &BlobJob,
    data: &[u8],
    base: &mut Vec<u8>,
    scratch: &mut Vec<u8>,
) -> Result<Option<Ranges>, GitError> {
    let mut best: Option<Ranges> = None;
    let mut best_added = data.len() / 2;
    for candidate in &job.rename_candidates {
        let size = handle
            .try_header(candidate)
            .map_err(|e| GitError::read(*candidate, "deleted file", e))?
            .map_or(0, |h| h.size);
        // Only files of comparable size can be the origin.
        if size == 0 || size > (data.len() as u64) * 2 + 64 || (size as usize) < data.len() / 3 {
            continue;
        }
        read_blob(handle, candidate, "deleted file", base)?;
        if !as_text(base, scratch) {
            continue;
        }
        let r = lines::added_ranges(base, data);
        let added: usize = r.0.iter().map(|x| x.len()).sum();
        if added < best_added {
            best_added = added;
            best = Some(r);
        }
    }
    Ok(best)
}
