//! Checks what a push brings: new commits (added lines and messages), new
//! annotated tags, and new blobs that no pushed ref reaches.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Instant;

use gix::{
    objs::{FindHeader, Kind},
    ObjectId,
};

use crate::engine::{Engine, TimedOut};
use crate::finding::{Finding, Skip, SkipReason};
use crate::git::{
    diff::{self, BlobJob, Plan},
    scope::{self, RefUpdate, Scope},
    GitError, Views,
};
use crate::text::{self, display_bytes, Ranges};

/// Settings for one check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub max_blob_bytes: u64,
    /// Ceiling on what the scan workers hold at once for file contents and
    /// their diffs (see `memory_needed`).
    pub max_memory_bytes: u64,
    /// Added lines longer than this are a limit event; 0: no limit.
    pub max_line_bytes: u64,
    /// The time budget behind `deadline`, in milliseconds, for messages.
    pub time_budget_ms: Option<u64>,
    /// Honour `pushguard:allow` on a finding's line.
    pub inline_marker: bool,
    /// Worker threads for blob scanning; 0 means one per core.
    pub threads: usize,
    /// Blobs not started by this time are reported as not scanned.
    pub deadline: Option<std::time::Instant>,
}

/// Largest blob read just to tell whether it is binary (1 GiB). Larger ones
/// are a limit event without being read.
pub const MAX_INSPECT_BYTES: u64 = 1 << 30;

/// The marker a developer puts on a line to let a false positive through.
pub const INLINE_MARKER: &[u8] = b"pushguard:allow";

/// What the check found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub findings: Vec<Finding>,
    pub skips: Vec<Skip>,
    pub commits: usize,
    pub tags: usize,
    pub blobs: usize,
    pub bytes: u64,
    /// Blobs found clean by the pass over a large push's pack.
    pub prescanned: usize,
}

pub fn check_push(
    views: &Views,
    updates: &[RefUpdate],
    engine: &Engine,
    opts: &CheckOptions,
) -> Result<CheckReport, GitError> {
    // A large push's pack is read in pack order (see `prescan_quarantine`)
    // on worker threads while this thread works out what the push changed.
    let interrupt = std::sync::atomic::AtomicBool::new(false);
    let hash = views.hash;
    let large = large_quarantine(views);
    std::thread::scope(|s| {
        let mut prescan = large.map(|dir| s.spawn(|| prescan_quarantine(dir, hash, engine, opts, &interrupt)));
        let mut clean = || prescan.take().and_then(|h| h.join().ok()).unwrap_or_default();
        let r = check_planned(views, updates, engine, opts, &mut clean);
        // Stops a pass still running when the check failed early.
        interrupt.store(true, Ordering::Relaxed);
        r
    })
}

fn check_planned(
    views: &Views,
    updates: &[RefUpdate],
    engine: &Engine,
    opts: &CheckOptions,
    clean: &mut dyn FnMut() -> HashMap<ObjectId, u64>,
) -> Result<CheckReport, GitError> {
    let scope = scope::compute(views, updates)?;
    let mut plan = diff::plan(views, &scope)?;
    add_direct_objects(views, &scope, &mut plan)?;

    let mut report = CheckReport {
        commits: scope.commits.len(),
        tags: scope.tags.len(),
        ..CheckReport::default()
    };

    // A commit or tag message still being scanned when the time budget
    // runs out is a limit event, like a file.
    let over_budget = |commit: String, label: &str, bytes: usize| {
        let mut skip = Skip::new(
            Some(commit),
            format!("({label} message)"),
            SkipReason::TimeBudget,
            bytes as u64,
        );
        skip.limit = opts.time_budget_ms;
        skip
    };
    for (i, c) in scope.commits.iter().enumerate() {
        if let Err(TimedOut) = scan_object_text(
            engine,
            &c.raw,
            c.message_start,
            "commit",
            Some(i),
            &scope,
            opts.deadline,
            &mut report.findings,
        ) {
            report.skips.push(over_budget(c.id.to_string(), "commit", c.raw.len()));
        }
    }
    for t in &scope.tags {
        let mut found = Vec::new();
        if let Err(TimedOut) = scan_object_text(
            engine,
            &t.raw,
            t.message_start,
            "tag",
            None,
            &scope,
            opts.deadline,
            &mut found,
        ) {
            report.skips.push(over_budget(t.id.to_string(), "tag", t.raw.len()));
        }
        for f in &mut found {
            f.commit = Some(t.id.to_string());
            f.refname = Some(t.refname.clone());
        }
        report.findings.extend(found);
    }

    let unreached = unreached_objects(views, &scope, &plan)?;
    for (id, kind) in unreached {
        match kind {
            Kind::Blob => plan.jobs.push(BlobJob {
                commit: None,
                path: format!("(blob {id} that no pushed ref reaches)").into(),
                blob: id,
                bases: Vec::new(),
                rename_candidates: Vec::new(),
            }),
            Kind::Commit | Kind::Tag => {
                let mut buf = Vec::new();
                scope::read(views, &id, "unreferenced object", &mut buf)?;
                let mut found = Vec::new();
                let label = if kind == Kind::Commit { "commit" } else { "tag" };
                if let Err(TimedOut) = scan_object_text(
                    engine,
                    &buf,
                    scope::message_start(&buf),
                    label,
                    None,
                    &scope,
                    opts.deadline,
                    &mut found,
                ) {
                    report.skips.push(over_budget(id.to_string(), label, buf.len()));
                }
                for f in &mut found {
                    f.commit = Some(id.to_string());
                    f.path = format!("{} (not reachable from any pushed ref)", f.path);
                }
                report.findings.extend(found);
            }
            Kind::Tree => {}
        }
    }

    let clean = clean();
    report.prescanned = clean.len();
    let results = scan_jobs(views, engine, &plan.jobs, opts, &clean)?;
    for (job, outcome) in plan.jobs.iter().zip(results) {
        let commit = job.commit.map(|i| &scope.commits[i]);
        match outcome {
            JobOutcome::Scanned { findings, bytes } => {
                report.blobs += 1;
                report.bytes += bytes;
                for mut f in findings {
                    f.commit = commit.map(|c| c.id.to_string());
                    f.refname = commit.map(|c| c.refname.clone());
                    report.findings.push(f);
                }
            }
            JobOutcome::Skipped(limit) => {
                let mut skip = Skip::new(
                    commit.map(|c| c.id.to_string()),
                    display_bytes(&job.path),
                    limit.reason,
                    limit.bytes,
                );
                skip.line = limit.line;
                skip.needed = limit.needed;
                skip.limit = match limit.reason {
                    SkipReason::Binary => None,
                    SkipReason::TooLarge => Some(opts.max_blob_bytes),
                    SkipReason::LineTooLong => Some(opts.max_line_bytes),
                    SkipReason::MemoryLimit => Some(opts.max_memory_bytes),
                    SkipReason::TimeBudget => opts.time_budget_ms,
                };
                report.skips.push(skip);
            }
        }
    }
    if !opts.inline_marker {
        for f in &mut report.findings {
            f.exception = None;
        }
    }
    // Oldest commit first (the walk's parents-first order), then path, line.
    let order: std::collections::HashMap<String, usize> = scope
        .commits
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.to_string(), i))
        .collect();
    report.findings.sort_by(|a, b| {
        let rank = |f: &Finding| {
            f.commit
                .as_ref()
                .and_then(|c| order.get(c))
                .copied()
                .unwrap_or(usize::MAX)
        };
        (rank(a), &a.path, a.line).cmp(&(rank(b), &b.path, b.line))
    });
    Ok(report)
}

/// Refs (or tags) that point straight at a tree or a blob.
fn add_direct_objects(views: &Views, scope: &Scope, plan: &mut Plan) -> Result<(), GitError> {
    for d in &scope.direct {
        match d.kind {
            Kind::Blob => {
                plan.reached.insert(d.id);
                plan.jobs.push(BlobJob {
                    commit: None,
                    path: format!("(blob {} at {})", d.id, d.refname).into(),
                    blob: d.id,
                    bases: Vec::new(),
                    rename_candidates: Vec::new(),
                })
            }
            Kind::Tree => {
                for job in diff::tree_jobs(views, d.id)? {
                    plan.reached.insert(job.blob);
                    if !views.in_main(&job.blob) {
                        plan.jobs.push(job);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Objects in the quarantine that the repository does not have and that
/// the walk did not reach. Thin-pack bases copied into the quarantine are in
/// the repository already and drop out here.
fn unreached_objects(views: &Views, scope: &Scope, plan: &Plan) -> Result<Vec<(ObjectId, Kind)>, GitError> {
    let Some(q) = &views.quarantine else {
        return Ok(Vec::new());
    };
    let list_err = |message: String| GitError::List {
        path: q.clone(),
        message,
    };
    let store = gix::odb::at(q, views.hash).map_err(|e| list_err(e.to_string()))?;
    let known: HashSet<ObjectId> = scope
        .commits
        .iter()
        .map(|c| c.id)
        .chain(scope.tags.iter().map(|t| t.id))
        .collect();
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for id in store.iter().map_err(|e| list_err(e.to_string()))? {
        let id = id.map_err(|e| list_err(e.to_string()))?;
        if known.contains(&id) || plan.reached.contains(&id) || !seen.insert(id) || views.in_main(&id) {
            continue;
        }
        let header = views
            .push
            .try_header(&id)
            .map_err(|e| list_err(format!("object {id}: {e}")))?
            .ok_or_else(|| list_err(format!("object {id} vanished while listing")))?;
        if header.kind != Kind::Tree {
            out.push((id, header.kind));
        }
    }
    out.sort();
    Ok(out)
}

/// Scans a raw commit or tag object (see [`object_text_findings`]) and
/// names the commit of each finding. Gives up when `deadline` passes first.
#[allow(clippy::too_many_arguments)]
fn scan_object_text(
    engine: &Engine,
    raw: &[u8],
    message_start: usize,
    label: &str,
    commit: Option<usize>,
    scope: &Scope,
    deadline: Option<std::time::Instant>,
    out: &mut Vec<Finding>,
) -> Result<(), TimedOut> {
    for mut f in object_text_findings(engine, raw, message_start, label, deadline)? {
        if let Some(c) = commit.map(|i| &scope.commits[i]) {
            f.commit = Some(c.id.to_string());
            f.refname = Some(c.refname.clone());
        }
        out.push(f);
    }
    Ok(())
}

/// Findings in a raw commit or tag object, for the hook and history scans
/// alike. Findings in the message are labelled `(commit message)` (or
/// `(tag message)`) with the line in the message; findings in headers
/// `(commit header)`. Gives up when `deadline` passes first.
pub(crate) fn object_text_findings(
    engine: &Engine,
    raw: &[u8],
    message_start: usize,
    label: &str,
    deadline: Option<std::time::Instant>,
) -> Result<Vec<Finding>, TimedOut> {
    let raw = &scope::scannable_text(raw, message_start)[..];
    let hits = engine.scan_until(raw, |_| true, deadline)?;
    if hits.is_empty() {
        return Ok(Vec::new());
    }
    let starts = text::line_starts(&raw[message_start..]);
    Ok(hits
        .iter()
        .map(|hit| {
            let (path, line) = if hit.secret.start >= message_start {
                (
                    format!("({label} message)"),
                    text::line_of(&starts, hit.secret.start - message_start),
                )
            } else {
                (format!("({label} header)"), 0)
            };
            Finding::from_hit(engine, hit, raw, path, line)
        })
        .collect())
}

#[derive(Debug)]
enum JobOutcome {
    Scanned { findings: Vec<Finding>, bytes: u64 },
    Skipped(NotScanned),
}

/// Why a job was not scanned, with what the message needs.
#[derive(Debug)]
struct NotScanned {
    reason: SkipReason,
    bytes: u64,
    line: Option<usize>,
    needed: Option<u64>,
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
struct MemoryBudget {
    limit: u64,
    used: Mutex<u64>,
    freed: Condvar,
}

struct Reservation<'a> {
    budget: &'a MemoryBudget,
    bytes: u64,
}

impl MemoryBudget {
    fn new(limit: u64) -> MemoryBudget {
        MemoryBudget {
            limit,
            used: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// Waits until `bytes` (at most the limit) fit; `None` when the
    /// deadline passes first.
    fn reserve(&self, bytes: u64, deadline: Option<Instant>) -> Option<Reservation<'_>> {
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
struct Buffers {
    data: Vec<u8>,
    base: Vec<u8>,
    scratch: Vec<u8>,
}

impl Buffers {
    fn release_large(&mut self) {
        for b in [&mut self.data, &mut self.base, &mut self.scratch] {
            if b.capacity() > KEEP_BUFFER {
                *b = Vec::new();
            } else {
                b.clear();
            }
        }
    }
}

/// Scans blob jobs, in parallel when there are enough of them, holding at
/// most `max_memory_bytes` of contents at once.
fn scan_jobs(
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
                return Err(GitError::Read {
                    id: jobs[i].blob,
                    what: display_bytes(&jobs[i].path),
                    message: "not scanned because another object failed".into(),
                })
            }
        }
    }
    Ok(out)
}

/// Worker threads for a setting where 0 means one per core.
pub(crate) fn worker_threads(setting: usize) -> usize {
    match setting {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}

/// Quarantines whose packs hold at least this many bytes get
/// [`prescan_quarantine`]; smaller pushes are read object by object.
const PRESCAN_MIN_PACK_BYTES: u64 = 4 << 20;

/// The quarantine's objects directory when its packs are large.
fn large_quarantine(views: &Views) -> Option<&PathBuf> {
    let dir = views.quarantine.as_ref()?;
    let bytes: u64 = std::fs::read_dir(dir.join("pack"))
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pack"))
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    (bytes >= PRESCAN_MIN_PACK_BYTES).then_some(dir)
}

/// For a large push: the pushed blobs that are clean text, found by one
/// pass over the quarantine's packs in pack order (gix's delta-tree
/// traversal, on all cores: each object inflated and each delta applied
/// once, from a base still in memory), with their sizes. Their jobs then
/// need no random reads of the blob and its earlier versions, which is
/// what a whole-history push spends most of its time on otherwise. The
/// keyword search is switched to a DFA first (faster on gigabytes).
///
/// Only what is certain is taken from the pass: a blob that is binary,
/// over a limit, or has any finding at all goes through the normal job
/// (which diffs it and keeps what the push added). The pass stops at the
/// deadline or when `interrupt` is set; any error just leaves more to the
/// jobs.
fn prescan_quarantine(
    quarantine: &PathBuf,
    hash: gix::hash::Kind,
    engine: &Engine,
    opts: &CheckOptions,
    interrupt: &std::sync::atomic::AtomicBool,
) -> HashMap<ObjectId, u64> {
    engine.prefer_keyword_dfa();
    let clean = Mutex::new(HashMap::new());
    let threads = worker_threads(opts.threads);
    let max_line = usize::try_from(opts.max_line_bytes).unwrap_or(usize::MAX);
    let read_err = |message: String| crate::history::HistoryError::Read {
        path: quarantine.clone(),
        message,
    };
    let _ = crate::history::for_each_object(
        std::slice::from_ref(quarantine),
        hash,
        threads,
        interrupt,
        &read_err,
        &|kind, id, data| {
            if kind != Kind::Blob || data.len() as u64 > opts.max_blob_bytes {
                return;
            }
            if opts.deadline.is_some_and(|d| Instant::now() >= d) {
                interrupt.store(true, Ordering::Relaxed);
                return;
            }
            let mut transcoded = Vec::new();
            let text = text::as_utf8(data, &mut transcoded);
            if text::is_binary(text) || (opts.max_line_bytes > 0 && text::long_line(text, max_line, None).is_some()) {
                return;
            }
            if let Ok(found) = scan_text_until(engine, text, None, "", opts.deadline) {
                if found.is_empty() {
                    if let Ok(mut c) = clean.lock() {
                        c.insert(*id, data.len() as u64);
                    }
                }
            }
        },
    );
    clean.into_inner().unwrap_or_else(PoisonError::into_inner)
}

fn object_size(handle: &gix::odb::Handle, id: &ObjectId, what: &str) -> Result<u64, GitError> {
    Ok(handle
        .try_header(id)
        .map_err(|e| GitError::Read {
            id: *id,
            what: what.to_string(),
            message: e.to_string(),
        })?
        .ok_or_else(|| GitError::Missing {
            id: *id,
            what: what.to_string(),
        })?
        .size)
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

/// Text to scan: UTF-16 is transcoded to UTF-8 in place (with `scratch` as
/// room); `false` when the content is binary.
fn as_text(data: &mut Vec<u8>, scratch: &mut Vec<u8>) -> bool {
    if let Some((order, bom)) = text::utf16_kind(data) {
        text::transcode_utf16(&data[bom..], order, scratch);
        std::mem::swap(data, scratch);
        scratch.clear();
    }
    !text::is_binary(data)
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
        let r = diff::added_ranges(base, data);
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
            .map_err(|e| GitError::Read {
                id: *candidate,
                what: "deleted file".into(),
                message: e.to_string(),
            })?
            .map_or(0, |h| h.size);
        // Only files of comparable size can be the origin.
        if size == 0 || size > (data.len() as u64) * 2 + 64 || (size as usize) < data.len() / 3 {
            continue;
        }
        read_blob(handle, candidate, "deleted file", base)?;
        if !as_text(base, scratch) {
            continue;
        }
        let r = diff::added_ranges(base, data);
        let added: usize = r.0.iter().map(|x| x.len()).sum();
        if added < best_added {
            best_added = added;
            best = Some(r);
        }
    }
    Ok(best)
}

fn read_blob(handle: &gix::odb::Handle, id: &ObjectId, what: &str, buf: &mut Vec<u8>) -> Result<(), GitError> {
    use gix::objs::Find;
    match handle.try_find(id, buf) {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(GitError::Missing {
            id: *id,
            what: what.to_string(),
        }),
        Err(e) => Err(GitError::Read {
            id: *id,
            what: what.to_string(),
            message: crate::engine::spec::one_line(&e),
        }),
    }
}

/// Scans `data` (restricted to `added` when given) and turns hits into
/// findings with 1-based line numbers and inline-marker exceptions.
pub fn scan_text(engine: &Engine, data: &[u8], added: Option<&Ranges>, path: &str) -> Vec<Finding> {
    // Without a deadline the scan cannot time out.
    scan_text_until(engine, data, added, path, None).unwrap_or_default()
}

/// `scan_text` that gives up when `deadline` passes.
pub fn scan_text_until(
    engine: &Engine,
    data: &[u8],
    added: Option<&Ranges>,
    path: &str,
    deadline: Option<Instant>,
) -> Result<Vec<Finding>, crate::engine::TimedOut> {
    let hits = match added {
        Some(r) => engine.scan_until(data, |kw| r.overlaps(kw), deadline)?,
        None => engine.scan_until(data, |_| true, deadline)?,
    };
    // Line starts and marker positions are computed once, so that many
    // hits on one very long line cost no more than on short lines.
    let mut starts: Option<Vec<usize>> = None;
    let mut markers: Option<Vec<usize>> = None;
    let mut out = Vec::new();
    for hit in hits {
        if added.is_some_and(|r| !r.overlaps(&hit.secret)) {
            continue;
        }
        let starts = starts.get_or_insert_with(|| text::line_starts(data));
        let line = text::line_of(starts, hit.secret.start);
        let mut f = Finding::from_hit(engine, &hit, data, path.to_string(), line);
        let markers = markers.get_or_insert_with(|| memchr::memmem::find_iter(data, INLINE_MARKER).collect());
        let line_start = starts[line - 1];
        let line_end = starts.get(line).map_or(data.len(), |&s| s - 1);
        let first = markers.partition_point(|&m| m < line_start);
        if markers.get(first).is_some_and(|&m| m + INLINE_MARKER.len() <= line_end) {
            f.exception = Some("inline-marker".into());
        }
        out.push(f);
    }
    Ok(out)
}
