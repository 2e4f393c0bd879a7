//! `pushguard scan --repo`: the whole history of a repository, or a range
//! of it ([`range`]).
//!
//! Phase one decodes every object of every pack in pack order, in parallel
//! ([`crate::objects::packs`]), and scans each blob whole, once, whatever
//! the number of commits and paths that share it. Commit and tag objects are
//! scanned too ([`crate::scanner::message`]), and each commit's tree,
//! parents, author and date are kept for phase two ([`commits`]). Phase two
//! ([`attribute`]) runs only when phase one found something: a second pass
//! over the packs parses trees only and keeps, for every tree that contains
//! a blob with findings, its entries that lead there; then the commits
//! reachable from the refs are walked oldest first, entirely in memory, to
//! name the commit that first introduced each secret, with its path, author
//! and date.
//!
//! Shares the scanner core with the hook's push check; imports nothing of
//! the hook.

mod attribute;
mod commits;
mod range;

pub use range::{scan_range, Range};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use gix::{objs::Kind, ObjectId};

use self::attribute::Attributor;
use self::commits::CommitInfo;
use crate::engine::Engine;
use crate::findings::{Finding, Skip, SkipReason};
use crate::objects::packs::{for_each_object, PackError};
use crate::objects::GitError;
use crate::scanner::{blob, message, pool};
use crate::text;

type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What stops a history scan. Each names the repository and keeps the
/// underlying error as its source.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("cannot open repository {path}: {}", crate::text::one_line(source))]
    Open {
        path: PathBuf,
        #[source]
        source: Box<gix::Error>,
    },
    #[error("repository {path}: {source}")]
    Packs {
        path: PathBuf,
        #[source]
        source: PackError,
    },
    #[error("repository {path}: alternates: {}", crate::text::one_line(source))]
    Alternates {
        path: PathBuf,
        #[source]
        source: Box<gix::Error>,
    },
    #[error("repository {path}: cannot list refs: {}", crate::text::one_line(source))]
    Refs {
        path: PathBuf,
        #[source]
        source: BoxError,
    },
    #[error("repository {path}: commit {id} cannot be parsed")]
    Commit { path: PathBuf, id: ObjectId },
    #[error("repository {path}: cannot resolve {spec:?}: {}", crate::text::one_line(source))]
    Resolve {
        path: PathBuf,
        spec: String,
        #[source]
        source: Box<gix::Error>,
    },
    #[error("repository {path}: {source}")]
    Check {
        path: PathBuf,
        #[source]
        source: GitError,
    },
}

#[derive(Debug, Clone)]
pub struct HistoryOptions {
    pub max_blob_bytes: u64,
    /// 0: one per core.
    pub threads: usize,
}

/// Live counters, for a progress display.
#[derive(Debug, Default)]
pub struct Progress {
    pub objects: AtomicU64,
    pub blobs: AtomicU64,
    pub bytes: AtomicU64,
    pub commits: AtomicU64,
}

#[derive(Debug, Default)]
pub struct HistoryReport {
    pub findings: Vec<Finding>,
    pub skips: Vec<Skip>,
    pub commits: usize,
    pub blobs: u64,
    pub bytes: u64,
    /// Findings in objects that no ref reaches; not reported.
    pub unreachable: usize,
    /// Commits that refs (or other commits) name but the repository lacks
    /// (a partial or damaged clone): what they hold was not scanned.
    pub missing: Vec<ObjectId>,
    /// The repository is a partial clone: objects its promisor remote did
    /// not send are not in it, and were not scanned.
    pub partial_clone: bool,
}

/// Findings of one object, before attribution (path and commit unknown).
#[derive(Debug, Default)]
struct Found {
    blobs: HashMap<ObjectId, Vec<Finding>>,
    commits: HashMap<ObjectId, Vec<Finding>>,
    skips: HashMap<ObjectId, (SkipReason, u64)>,
}

impl Found {
    fn is_empty(&self) -> bool {
        self.blobs.is_empty() && self.commits.is_empty() && self.skips.is_empty()
    }
}

/// Prints when each phase ends, with `PUSHGUARD_TIMING` set.
struct Laps {
    on: bool,
    clock: std::time::Instant,
}

impl Laps {
    fn start() -> Laps {
        Laps {
            on: std::env::var_os("PUSHGUARD_TIMING").is_some(),
            clock: std::time::Instant::now(),
        }
    }

    fn lap(&self, what: &str) {
        if self.on {
            eprintln!(
                "pushguard: timing: {what} done at {} ms",
                self.clock.elapsed().as_millis()
            );
        }
    }
}

pub fn scan_repository(
    path: &Path,
    engine: &Engine,
    opts: &HistoryOptions,
    progress: &Progress,
) -> Result<HistoryReport, HistoryError> {
    let repo = open(path)?;
    let packs_err = |source| HistoryError::Packs {
        path: path.to_path_buf(),
        source,
    };
    let hash = repo.object_hash();
    let threads = pool::worker_threads(opts.threads);
    let laps = Laps::start();

    let dirs = object_dirs(&repo, path)?;
    let (found, known_commits) = phase_one(&dirs, hash, threads, engine, opts, progress).map_err(packs_err)?;
    trim_heap();
    laps.lap("scan of every object");
    let mut report = HistoryReport {
        blobs: progress.blobs.load(Ordering::Relaxed),
        bytes: progress.bytes.load(Ordering::Relaxed),
        // A partial clone lacks objects by design. Counting them would
        // mean hashing every tree entry (about 50% more time on git/git),
        // so the report only says so.
        partial_clone: is_partial_clone(&repo, &dirs),
        ..HistoryReport::default()
    };

    let (commits, missing) = commits::walk_commits(&repo, known_commits, path)?;
    laps.lap("commit walk");
    report.missing = missing;
    report.commits = commits.len();
    progress.commits.store(commits.len() as u64, Ordering::Relaxed);
    if found.is_empty() {
        return Ok(report);
    }

    // Phase two: attribution, only when something was found.
    let targets: HashSet<ObjectId> = found.blobs.keys().chain(found.skips.keys()).copied().collect();
    let containing = attribute::trees_containing(&dirs, hash, threads, &targets).map_err(packs_err)?;
    laps.lap("trees containing findings");
    let mut attribution = Attributor::new(targets, containing, &commits);
    // Every commit: a blob that holds a secret may appear at another path
    // later, and each path is reported (the blast radius). Visits are in
    // memory and stop at trees that lead to no finding.
    for c in &commits {
        attribution.visit(c);
    }
    laps.lap("attribution");
    report.findings = message_findings(&found, &commits);
    report
        .findings
        .extend(blob_findings(&found, &attribution, &commits, &mut report.unreachable));
    report
        .findings
        .sort_by(|a, b| (a.date.as_deref(), &a.path, a.line).cmp(&(b.date.as_deref(), &b.path, b.line)));
    report.skips = attributed_skips(&found, &attribution, &commits, opts);
    Ok(report)
}

/// Opens the repository on its own (no global or user configuration).
fn open(path: &Path) -> Result<gix::Repository, HistoryError> {
    gix::open_opts(path, gix::open::Options::isolated()).map_err(|e| HistoryError::Open {
        path: path.to_path_buf(),
        source: Box::new(e),
    })
}

/// Phase one: every object scanned in pack order, and every commit parsed.
fn phase_one(
    dirs: &[PathBuf],
    hash: gix::hash::Kind,
    threads: usize,
    engine: &Engine,
    opts: &HistoryOptions,
    progress: &Progress,
) -> Result<(Found, HashMap<ObjectId, CommitInfo>), PackError> {
    let found = Mutex::new(Found::default());
    let known_commits: Mutex<HashMap<ObjectId, CommitInfo>> = Mutex::new(HashMap::new());
    for_each_object(dirs, hash, threads, &AtomicBool::new(false), &|kind, id, data| {
        scan_object(engine, opts, progress, &found, kind, id, data);
        if kind == Kind::Commit {
            if let Some(c) = commits::parse_commit(*id, data, hash) {
                if let Ok(mut known) = known_commits.lock() {
                    known.insert(*id, c);
                }
            }
        }
    })?;
    Ok((
        found.into_inner().unwrap_or_else(|p| p.into_inner()),
        known_commits.into_inner().unwrap_or_else(|p| p.into_inner()),
    ))
}

/// Findings in commit and tag messages, named after their commit.
fn message_findings(found: &Found, commits: &[CommitInfo]) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in commits {
        for f in found.commits.get(&c.id).into_iter().flatten() {
            let mut f = f.clone();
            f.commit = Some(c.id.to_string());
            f.author = Some(c.author.clone());
            f.date = Some(c.date.clone());
            out.push(f);
        }
    }
    out
}

/// One finding per secret and path: the commit that introduced it first.
/// Findings in blobs that no ref reaches are counted in `unreachable`.
fn blob_findings(
    found: &Found,
    attribution: &Attributor,
    commits: &[CommitInfo],
    unreachable: &mut usize,
) -> Vec<Finding> {
    let mut best: HashMap<(String, String), (Finding, usize)> = HashMap::new();
    for (blob, fs) in &found.blobs {
        let Some(places) = attribution.places.get(blob) else {
            *unreachable += fs.len();
            continue;
        };
        for (path, ci) in places {
            let c = &commits[*ci];
            for f in fs {
                let mut f = f.clone();
                f.path = text::display_bytes(path);
                f.commit = Some(c.id.to_string());
                f.author = Some(c.author.clone());
                f.date = Some(c.date.clone());
                let key = (f.fingerprint.clone(), f.path.clone());
                if best.get(&key).is_none_or(|(_, old)| *old > *ci) {
                    best.insert(key, (f, *ci));
                }
            }
        }
    }
    best.into_values().map(|(f, _)| f).collect()
}

/// Blobs not scanned (over the size limit), at the first place they appear.
fn attributed_skips(
    found: &Found,
    attribution: &Attributor,
    commits: &[CommitInfo],
    opts: &HistoryOptions,
) -> Vec<Skip> {
    let mut out = Vec::new();
    for (blob, (reason, bytes)) in &found.skips {
        let Some((path, ci)) = attribution.places.get(blob).and_then(|p| p.first()) else {
            continue;
        };
        let mut skip = Skip::new(
            Some(commits[*ci].id.to_string()),
            text::display_bytes(path),
            *reason,
            *bytes,
        );
        if *reason == SkipReason::TooLarge {
            skip.limit = Some(opts.max_blob_bytes);
        }
        out.push(skip);
    }
    out
}

fn scan_object(
    engine: &Engine,
    opts: &HistoryOptions,
    progress: &Progress,
    found: &Mutex<Found>,
    kind: Kind,
    id: &ObjectId,
    data: &[u8],
) {
    progress.objects.fetch_add(1, Ordering::Relaxed);
    match kind {
        Kind::Blob => {
            progress.blobs.fetch_add(1, Ordering::Relaxed);
            progress.bytes.fetch_add(data.len() as u64, Ordering::Relaxed);
            if data.len() as u64 > opts.max_blob_bytes {
                if let Ok(mut f) = found.lock() {
                    f.skips.insert(*id, (SkipReason::TooLarge, data.len() as u64));
                }
            } else if !text::is_binary(data) {
                // Binaries are common in history, and not reported.
                let mut transcoded = Vec::new();
                let fs = blob::scan_text(engine, text::as_utf8(data, &mut transcoded), None, "");
                if !fs.is_empty() {
                    if let Ok(mut f) = found.lock() {
                        f.blobs.insert(*id, fs);
                    }
                }
            }
        }
        Kind::Commit | Kind::Tag => {
            // Without a deadline the scan cannot time out.
            let fs = message::findings(engine, kind, data, None).unwrap_or_default();
            if !fs.is_empty() {
                if let Ok(mut f) = found.lock() {
                    f.commits.insert(*id, fs);
                }
            }
        }
        Kind::Tree => {}
    }
}

/// The object directories of a repository: its own and its alternates.
fn object_dirs(repo: &gix::Repository, path: &Path) -> Result<Vec<PathBuf>, HistoryError> {
    let objects_dir = repo.common_dir().join("objects");
    let mut dirs = vec![objects_dir.clone()];
    let cwd = std::env::current_dir().unwrap_or_default();
    let alternates = gix::odb::alternate::resolve(objects_dir, &cwd).map_err(|e| HistoryError::Alternates {
        path: path.to_path_buf(),
        source: Box::new(e),
    })?;
    dirs.extend(alternates);
    Ok(dirs)
}

/// Whether the repository is a partial clone: `extensions.partialClone`
/// is set, or a pack came from a promisor remote (a `.promisor` file).
fn is_partial_clone(repo: &gix::Repository, dirs: &[PathBuf]) -> bool {
    if repo.config_snapshot().string("extensions.partialClone").is_some() {
        return true;
    }
    dirs.iter().any(|d| {
        std::fs::read_dir(d.join("pack")).is_ok_and(|rd| {
            rd.filter_map(Result::ok)
                .any(|e| e.path().extension().is_some_and(|x| x == "promisor"))
        })
    })
}

/// Gives memory freed by a phase back to the system (glibc keeps freed
/// heap pages otherwise), so the next phase's peak does not stack on it.
fn trim_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap memory.
    unsafe {
        libc::malloc_trim(0);
    }
}
