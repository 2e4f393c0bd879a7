//! The push check: what a push brings (new commits with their added lines
//! and messages, new annotated tags, new blobs that no pushed ref reaches),
//! scanned into one report. The hook's verdict and the range scan both
//! start from here; this module decides nothing.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};

use gix::{
    objs::{FindHeader, Kind},
    ObjectId,
};

use super::jobs::{scan_jobs, JobOutcome};
use super::message;
pub use super::options::CheckOptions;
use super::prescan::{large_quarantine, prescan_quarantine};
use crate::engine::{Engine, TimedOut};
use crate::findings::{Finding, Skip, SkipReason};
use crate::lines::{self, BlobJob, Plan};
use crate::objects::{read, BoxError, GitError, Views};
use crate::scope::{self, RefUpdate, Scope};
use crate::text::display_bytes;

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
    let interrupt = AtomicBool::new(false);
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

/// The check's steps: scope, plan, messages, objects no ref reaches, blob
/// jobs, then the order the developer reads them in.
fn check_planned(
    views: &Views,
    updates: &[RefUpdate],
    engine: &Engine,
    opts: &CheckOptions,
    clean: &mut dyn FnMut() -> HashMap<ObjectId, u64>,
) -> Result<CheckReport, GitError> {
    let scope = scope::compute(views, updates)?;
    let mut plan = lines::plan(views, &scope)?;
    add_direct_objects(views, &scope, &mut plan)?;
    let mut report = CheckReport {
        commits: scope.commits.len(),
        tags: scope.tags.len(),
        ..CheckReport::default()
    };
    let messages = Messages { engine, opts };
    for c in &scope.commits {
        messages.scan(&mut report, Kind::Commit, c.id, &c.raw, |f| {
            f.commit = Some(c.id.to_string());
            f.refname = Some(c.refname.clone());
        });
    }
    for t in &scope.tags {
        messages.scan(&mut report, Kind::Tag, t.id, &t.raw, |f| {
            f.commit = Some(t.id.to_string());
            f.refname = Some(t.refname.clone());
        });
    }
    for (id, kind) in unreached_objects(views, &scope, &plan)? {
        match kind {
            Kind::Blob => plan
                .jobs
                .push(BlobJob::whole(id, format!("(blob {id} that no pushed ref reaches)"))),
            Kind::Commit | Kind::Tag => {
                let mut buf = Vec::new();
                read::read(views, &id, "unreferenced object", &mut buf)?;
                messages.scan(&mut report, kind, id, &buf, |f| {
                    f.commit = Some(id.to_string());
                    f.path = format!("{} (not reachable from any pushed ref)", f.path);
                });
            }
            Kind::Tree => {}
        }
    }
    let clean = clean();
    report.prescanned = clean.len();
    let results = scan_jobs(views, engine, &plan.jobs, opts, &clean)?;
    for (job, outcome) in plan.jobs.iter().zip(results) {
        add_outcome(&mut report, &scope, job, outcome, opts);
    }
    if !opts.inline_marker {
        for f in &mut report.findings {
            f.exception = None;
        }
    }
    sort_by_commit_order(&mut report.findings, &scope);
    Ok(report)
}

/// Scans commit and tag messages into a report; a message still being
/// scanned when the time budget runs out is a limit event, like a file.
struct Messages<'a> {
    engine: &'a Engine,
    opts: &'a CheckOptions,
}

impl Messages<'_> {
    fn scan(&self, report: &mut CheckReport, kind: Kind, id: ObjectId, raw: &[u8], name: impl Fn(&mut Finding)) {
        match message::findings(self.engine, kind, raw, self.opts.deadline) {
            Ok(found) => report.findings.extend(found.into_iter().map(|mut f| {
                name(&mut f);
                f
            })),
            Err(TimedOut) => {
                let label = message::label(kind);
                let mut skip = Skip::new(
                    Some(id.to_string()),
                    format!("({label} message)"),
                    SkipReason::TimeBudget,
                    raw.len() as u64,
                );
                skip.limit = self.opts.time_budget_ms;
                report.skips.push(skip);
            }
        }
    }
}

/// A job's findings or skip, named after its commit, into the report.
fn add_outcome(report: &mut CheckReport, scope: &Scope, job: &BlobJob, outcome: JobOutcome, opts: &CheckOptions) {
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

/// Oldest commit first (the walk's parents-first order), then path, line.
fn sort_by_commit_order(findings: &mut [Finding], scope: &Scope) {
    let order: HashMap<String, usize> = scope
        .commits
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.to_string(), i))
        .collect();
    findings.sort_by(|a, b| {
        let rank = |f: &Finding| {
            f.commit
                .as_ref()
                .and_then(|c| order.get(c))
                .copied()
                .unwrap_or(usize::MAX)
        };
        (rank(a), &a.path, a.line).cmp(&(rank(b), &b.path, b.line))
    });
}

/// Refs (or tags) that point straight at a tree or a blob.
fn add_direct_objects(views: &Views, scope: &Scope, plan: &mut Plan) -> Result<(), GitError> {
    for d in &scope.direct {
        match d.kind {
            Kind::Blob => {
                plan.reached.insert(d.id);
                plan.jobs
                    .push(BlobJob::whole(d.id, format!("(blob {} at {})", d.id, d.refname)))
            }
            Kind::Tree => {
                for job in lines::tree_jobs(views, d.id)? {
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
    let list_err = |source: BoxError| GitError::List {
        path: q.clone(),
        source,
    };
    let store = gix::odb::at(q, views.hash).map_err(|e| list_err(e.into()))?;
    let known: HashSet<ObjectId> = scope
        .commits
        .iter()
        .map(|c| c.id)
        .chain(scope.tags.iter().map(|t| t.id))
        .collect();
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for id in store.iter().map_err(|e| list_err(e.into()))? {
        let id = id.map_err(|e| list_err(e.into()))?;
        if known.contains(&id) || plan.reached.contains(&id) || !seen.insert(id) || views.in_main(&id) {
            continue;
        }
        let header = views
            .push
            .try_header(&id)
            .map_err(|e| GitError::ListObject {
                path: q.clone(),
                id,
                source: e.into(),
            })?
            .ok_or_else(|| GitError::Vanished { path: q.clone(), id })?;
        if header.kind != Kind::Tree {
            out.push((id, header.kind));
        }
    }
    out.sort();
    Ok(out)
}
