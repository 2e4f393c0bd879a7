//! Checks what a push brings: new commits (added lines and messages), new
//! annotated tags, and new blobs that no pushed ref reaches.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use gix::{
    objs::{Exists, FindHeader, Kind},
    ObjectId,
};

use crate::engine::Engine;
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
}

pub fn check_push(
    views: &Views,
    updates: &[RefUpdate],
    engine: &Engine,
    opts: &CheckOptions,
) -> Result<CheckReport, GitError> {
    let scope = scope::compute(views, updates)?;
    let mut plan = diff::plan(views, &scope)?;
    add_direct_objects(views, &scope, &mut plan)?;

    let mut report = CheckReport {
        commits: scope.commits.len(),
        tags: scope.tags.len(),
        ..CheckReport::default()
    };

    for (i, c) in scope.commits.iter().enumerate() {
        scan_object_text(
            engine,
            &c.raw,
            c.message_start,
            "commit",
            Some(i),
            &scope,
            &mut report.findings,
        );
    }
    for t in &scope.tags {
        let mut found = Vec::new();
        scan_object_text(engine, &t.raw, t.message_start, "tag", None, &scope, &mut found);
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
                scan_object_text(
                    engine,
                    &buf,
                    scope::message_start(&buf),
                    label,
                    None,
                    &scope,
                    &mut found,
                );
                for f in &mut found {
                    f.commit = Some(id.to_string());
                    f.path = format!("{} (not reachable from any pushed ref)", f.path);
                }
                report.findings.extend(found);
            }
            Kind::Tree => {}
        }
    }

    let results = scan_jobs(views, engine, &plan.jobs, opts)?;
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
            JobOutcome::Skipped(reason, bytes) => report.skips.push(Skip {
                commit: commit.map(|c| c.id.to_string()),
                path: display_bytes(&job.path),
                reason,
                bytes,
            }),
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
                    if !views.main.exists(&job.blob) {
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
        if known.contains(&id) || plan.reached.contains(&id) || !seen.insert(id) || views.main.exists(&id) {
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

/// Scans a raw commit or tag object. Findings in the message are labelled
/// `(commit message)` with the line in the message; findings in headers
/// `(commit header)`.
fn scan_object_text(
    engine: &Engine,
    raw: &[u8],
    message_start: usize,
    label: &str,
    commit: Option<usize>,
    scope: &Scope,
    out: &mut Vec<Finding>,
) {
    let raw = &scope::scannable_text(raw, message_start)[..];
    let hits = engine.scan(raw);
    if hits.is_empty() {
        return;
    }
    let starts = text::line_starts(&raw[message_start..]);
    for hit in hits {
        let (path, line) = if hit.secret.start >= message_start {
            (
                format!("({label} message)"),
                text::line_of(&starts, hit.secret.start - message_start),
            )
        } else {
            (format!("({label} header)"), 0)
        };
        let mut f = Finding::from_hit(engine, &hit, raw, path, line);
        if let Some(c) = commit.map(|i| &scope.commits[i]) {
            f.commit = Some(c.id.to_string());
            f.refname = Some(c.refname.clone());
        }
        out.push(f);
    }
}

#[derive(Debug)]
enum JobOutcome {
    Scanned { findings: Vec<Finding>, bytes: u64 },
    Skipped(SkipReason, u64),
}

/// Scans blob jobs, in parallel when there are enough of them.
fn scan_jobs(
    views: &Views,
    engine: &Engine,
    jobs: &[BlobJob],
    opts: &CheckOptions,
) -> Result<Vec<JobOutcome>, GitError> {
    let threads = match opts.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(jobs.len() / 4 + 1);
    if threads <= 1 {
        let mut buf = (Vec::new(), Vec::new());
        return jobs
            .iter()
            .map(|j| scan_job(&views.push, engine, j, opts, &mut buf))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<JobOutcome, GitError>>>> = Mutex::new((0..jobs.len()).map(|_| None).collect());
    let (next, results_ref) = (&next, &results);
    std::thread::scope(|s| {
        for handle in (0..threads).map(|_| views.push.clone()) {
            s.spawn(move || {
                let mut buf = (Vec::new(), Vec::new());
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let r = scan_job(&handle, engine, job, opts, &mut buf);
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

fn scan_job(
    handle: &gix::odb::Handle,
    engine: &Engine,
    job: &BlobJob,
    opts: &CheckOptions,
    (data, base): &mut (Vec<u8>, Vec<u8>),
) -> Result<JobOutcome, GitError> {
    if opts.deadline.is_some_and(|d| std::time::Instant::now() >= d) {
        return Ok(JobOutcome::Skipped(SkipReason::TimeBudget, 0));
    }
    let what = display_bytes(&job.path);
    let read_err = |message: String| GitError::Read {
        id: job.blob,
        what: what.clone(),
        message,
    };
    let size = handle
        .try_header(&job.blob)
        .map_err(|e| read_err(e.to_string()))?
        .ok_or_else(|| GitError::Missing {
            id: job.blob,
            what: what.clone(),
        })?
        .size;
    if size > opts.max_blob_bytes {
        // Binaries above the limit are still binaries, not a limit event:
        // look at the first bytes, as long as the object fits in memory.
        if size <= MAX_INSPECT_BYTES {
            read_blob(handle, &job.blob, &what, data)?;
            let binary = text::is_binary(data);
            data.clear();
            data.shrink_to(1 << 20);
            if binary {
                return Ok(JobOutcome::Skipped(SkipReason::Binary, size));
            }
        }
        return Ok(JobOutcome::Skipped(SkipReason::TooLarge, size));
    }
    read_blob(handle, &job.blob, &what, data)?;
    if text::is_binary(data) {
        return Ok(JobOutcome::Skipped(SkipReason::Binary, size));
    }
    let mut added: Option<Ranges> = None;
    for b in &job.bases {
        read_blob(handle, b, &format!("previous version of {what}"), base)?;
        if text::is_binary(base) {
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
        added = renamed_from(handle, job, data, base)?;
    }
    if added.as_ref().is_some_and(Ranges::is_empty) {
        return Ok(JobOutcome::Scanned {
            findings: Vec::new(),
            bytes: size,
        });
    }
    let findings = scan_text(engine, data, added.as_ref(), &what);
    Ok(JobOutcome::Scanned { findings, bytes: size })
}

/// For an added file: if a file deleted in the same commit makes up most of
/// it (a move or rename, perhaps with edits), the lines new relative to that
/// file; `None` means the whole file is new.
fn renamed_from(
    handle: &gix::odb::Handle,
    job: &BlobJob,
    data: &[u8],
    base: &mut Vec<u8>,
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
        if text::is_binary(base) {
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
    let hits = match added {
        Some(r) => engine.scan_where(data, |kw| r.overlaps(kw)),
        None => engine.scan(data),
    };
    let mut starts: Option<Vec<usize>> = None;
    let mut out = Vec::new();
    for hit in hits {
        if added.is_some_and(|r| !r.overlaps(&hit.secret)) {
            continue;
        }
        let starts = starts.get_or_insert_with(|| text::line_starts(data));
        let line = text::line_of(starts, hit.secret.start);
        let mut f = Finding::from_hit(engine, &hit, data, path.to_string(), line);
        if memchr::memmem::find(text::line_at(data, hit.secret.start), INLINE_MARKER).is_some() {
            f.exception = Some("inline-marker".into());
        }
        out.push(f);
    }
    out
}
