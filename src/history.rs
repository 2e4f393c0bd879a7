//! `pushguard scan --repo`: the whole history of a repository.
//!
//! Phase one decodes every object of every pack in pack order, in parallel
//! (gix's delta-tree traversal decodes each object once), and scans each
//! blob whole, once, whatever the number of commits and paths that share it.
//! Commit and tag objects are scanned too. Phase two runs only when phase one
//! found something: it walks the commits reachable from the refs, oldest
//! first, and descends only into trees that contain a blob with findings, to
//! name the commit that first introduced each secret, with its path, author
//! and date.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

use gix::{
    bstr::{BString, ByteSlice},
    objs::{Find, Kind, TreeRefIter},
    ObjectId,
};

use crate::check::scan_text;
use crate::engine::Engine;
use crate::finding::{Finding, Skip, SkipReason};
use crate::text;

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("cannot open repository {path}: {message}")]
    Open { path: PathBuf, message: String },
    #[error("repository {path}: {message}")]
    Read { path: PathBuf, message: String },
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
}

/// Findings of one object, before attribution (path and commit unknown).
#[derive(Debug, Default)]
struct Found {
    blobs: HashMap<ObjectId, Vec<Finding>>,
    commits: HashMap<ObjectId, Vec<Finding>>,
    skips: HashMap<ObjectId, (SkipReason, u64)>,
}

pub fn scan_repository(
    path: &Path,
    engine: &Engine,
    opts: &HistoryOptions,
    progress: &Progress,
) -> Result<HistoryReport, HistoryError> {
    let repo = gix::open_opts(path, gix::open::Options::isolated()).map_err(|e| HistoryError::Open {
        path: path.to_path_buf(),
        message: crate::engine::spec::one_line(&e),
    })?;
    let read_err = |message: String| HistoryError::Read {
        path: path.to_path_buf(),
        message,
    };
    let hash = repo.object_hash();
    let threads = match opts.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };

    // Phase one: every object, in pack order.
    let found = Mutex::new(Found::default());
    let objects_dir = repo.common_dir().join("objects");
    let mut dirs = vec![objects_dir.clone()];
    let cwd = std::env::current_dir().unwrap_or_default();
    dirs.extend(gix::odb::alternate::resolve(objects_dir.clone(), &cwd).map_err(|e| read_err(e.to_string()))?);
    let seen_loose = AtomicUsize::new(0);
    for dir in &dirs {
        let mut idx_files: Vec<PathBuf> = match std::fs::read_dir(dir.join("pack")) {
            Ok(rd) => rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "idx"))
                .collect(),
            Err(_) => Vec::new(),
        };
        idx_files.sort();
        for idx in idx_files {
            let bundle = gix::odb::pack::Bundle::at(&idx, hash)
                .map_err(|e| read_err(format!("pack {}: {}", idx.display(), crate::engine::spec::one_line(&e))))?;
            let processor = |kind: Kind, data: &[u8], entry: &gix::odb::pack::index::Entry, _: &dyn gix::Progress| {
                scan_object(engine, opts, progress, &found, kind, &entry.oid, data);
                Ok(())
            };
            bundle
                .index
                .traverse(
                    &bundle.pack,
                    &mut gix::progress::Discard,
                    &AtomicBool::new(false),
                    processor,
                    gix::odb::pack::index::traverse::Options {
                        traversal: gix::odb::pack::index::traverse::Algorithm::DeltaTreeLookup,
                        thread_limit: Some(threads),
                        check: gix::odb::pack::index::traverse::SafetyCheck::SkipFileAndObjectChecksumVerification,
                        alloc_limit_bytes: None,
                        make_pack_lookup_cache: || gix::odb::pack::cache::Never,
                    },
                )
                .map_err(|e| read_err(format!("pack {}: {}", idx.display(), crate::engine::spec::one_line(&e))))?;
        }
        // Loose objects.
        let loose = gix::odb::loose::Store::at(dir, hash);
        let mut buf = Vec::new();
        for id in loose.iter() {
            let id = id.map_err(|e| read_err(e.to_string()))?;
            if let Ok(Some(obj)) = loose.try_find(&id, &mut buf) {
                let kind = obj.kind;
                seen_loose.fetch_add(1, Ordering::Relaxed);
                scan_object(engine, opts, progress, &found, kind, &id, &buf);
            }
        }
    }
    let found = found.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut report = HistoryReport {
        blobs: progress.blobs.load(Ordering::Relaxed),
        bytes: progress.bytes.load(Ordering::Relaxed),
        ..HistoryReport::default()
    };

    // Phase two: attribution, only when something was found.
    let commits = walk_commits(&repo, &read_err)?;
    report.commits = commits.len();
    progress.commits.store(commits.len() as u64, Ordering::Relaxed);
    if found.blobs.is_empty() && found.commits.is_empty() && found.skips.is_empty() {
        return Ok(report);
    }
    let mut attribution = Attributor::new(&repo, &found, &commits);
    for c in &commits {
        if let Some(fs) = found.commits.get(&c.id) {
            for f in fs {
                let mut f = f.clone();
                f.commit = Some(c.id.to_string());
                f.author = Some(c.author.clone());
                f.date = Some(c.date.clone());
                report.findings.push(f);
            }
        }
        attribution.visit(c).map_err(read_err)?;
        if attribution.done() {
            break;
        }
    }
    // One finding per secret and path: the commit that introduced it first.
    let mut best: HashMap<(String, String), (Finding, usize)> = HashMap::new();
    for (blob, fs) in &found.blobs {
        let Some(places) = attribution.places.get(blob) else {
            report.unreachable += fs.len();
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
    report.findings.extend(best.into_values().map(|(f, _)| f));
    report
        .findings
        .sort_by(|a, b| (a.date.as_deref(), &a.path, a.line).cmp(&(b.date.as_deref(), &b.path, b.line)));
    for (blob, (reason, bytes)) in &found.skips {
        if let Some(places) = attribution.places.get(blob) {
            if let Some((path, ci)) = places.first() {
                let mut skip = Skip::new(
                    Some(commits[*ci].id.to_string()),
                    text::display_bytes(path),
                    *reason,
                    *bytes,
                );
                if *reason == SkipReason::TooLarge {
                    skip.limit = Some(opts.max_blob_bytes);
                }
                report.skips.push(skip);
            }
        }
    }
    Ok(report)
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
            let skip = if data.len() as u64 > opts.max_blob_bytes {
                Some(SkipReason::TooLarge)
            } else if text::is_binary(data) {
                None // binaries are common in history; not reported
            } else {
                let fs = scan_text(engine, data, None, "");
                if !fs.is_empty() {
                    if let Ok(mut f) = found.lock() {
                        f.blobs.insert(*id, fs);
                    }
                }
                None
            };
            if let Some(reason) = skip {
                if let Ok(mut f) = found.lock() {
                    f.skips.insert(*id, (reason, data.len() as u64));
                }
            }
        }
        Kind::Commit | Kind::Tag => {
            let start = crate::git::scope::message_start(data);
            let starts = text::line_starts(&data[start..]);
            let label = if kind == Kind::Commit { "commit" } else { "tag" };
            let data = &crate::git::scope::scannable_text(data, start)[..];
            let hits = engine.scan(data);
            if hits.is_empty() {
                return;
            }
            let fs: Vec<Finding> = hits
                .iter()
                .map(|h| {
                    let (path, line) = if h.secret.start >= start {
                        (
                            format!("({label} message)"),
                            text::line_of(&starts, h.secret.start - start),
                        )
                    } else {
                        (format!("({label} header)"), 0)
                    };
                    Finding::from_hit(engine, h, data, path, line)
                })
                .collect();
            if let Ok(mut f) = found.lock() {
                f.commits.insert(*id, fs);
            }
        }
        Kind::Tree => {}
    }
}

#[derive(Debug, Clone)]
struct CommitInfo {
    id: ObjectId,
    tree: ObjectId,
    parents: Vec<ObjectId>,
    time: i64,
    author: String,
    date: String,
}

/// Every commit reachable from a ref, oldest first (committer time, then
/// parents before children for equal times).
fn walk_commits(
    repo: &gix::Repository,
    read_err: &dyn Fn(String) -> HistoryError,
) -> Result<Vec<CommitInfo>, HistoryError> {
    let mut tips = Vec::new();
    let refs = repo.references().map_err(|e| read_err(e.to_string()))?;
    for r in refs.all().map_err(|e| read_err(e.to_string()))? {
        let Ok(mut r) = r else { continue };
        if let Ok(id) = r.peel_to_id() {
            tips.push(id.detach());
        }
    }
    if let Ok(head) = repo.head_id() {
        tips.push(head.detach());
    }
    let hash = repo.object_hash();
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let mut stack = tips;
    let mut out = Vec::new();
    let mut buf = Vec::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Ok(Some(obj)) = repo.objects.try_find(&id, &mut buf) else {
            continue;
        };
        if obj.kind != Kind::Commit {
            continue;
        }
        let c = gix::objs::CommitRef::from_bytes(&buf, hash).map_err(|e| read_err(format!("commit {id}: {e}")))?;
        let sig = c.author().ok();
        let time = c.committer().ok().and_then(|s| s.time().ok()).map_or(0, |t| t.seconds);
        let author = sig.map_or_else(String::new, |s| {
            format!("{} <{}>", s.name.trim().as_bstr(), s.email.trim().as_bstr())
        });
        let date = sig
            .and_then(|s| s.time().ok())
            .map(|t| {
                crate::incident::rfc3339(
                    std::time::UNIX_EPOCH + std::time::Duration::from_secs(t.seconds.max(0) as u64),
                )
            })
            .unwrap_or_default();
        let parents: Vec<ObjectId> = c.parents().collect();
        stack.extend(parents.iter().copied());
        out.push(CommitInfo {
            id,
            tree: c.tree(),
            parents,
            time,
            author,
            date,
        });
    }
    // Oldest first; among equal times, a parent before its child.
    let pos: HashMap<ObjectId, usize> = out.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let mut depth = vec![0usize; out.len()];
    // Depth from the roots, for a stable parents-first tie-break.
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out[i].time);
    for &i in &order {
        let d = out[i]
            .parents
            .iter()
            .filter_map(|p| pos.get(p))
            .map(|&p| depth[p] + 1)
            .max()
            .unwrap_or(0);
        depth[i] = d;
    }
    order.sort_by_key(|&i| (out[i].time, depth[i]));
    Ok(order.into_iter().map(|i| out[i].clone()).collect())
}

/// Finds, for every blob with findings, the paths and the first commits
/// that introduced it, descending only into trees that contain such blobs.
struct Attributor<'a> {
    repo: &'a gix::Repository,
    targets: HashSet<ObjectId>,
    remaining: HashSet<ObjectId>,
    /// tree id -> whether it contains a target (transitively).
    contains: HashMap<ObjectId, bool>,
    /// blob -> (path, index of commit) in first-introduced order.
    places: HashMap<ObjectId, Vec<(BString, usize)>>,
    trees_of: HashMap<ObjectId, ObjectId>,
    index: usize,
}

impl<'a> Attributor<'a> {
    fn new(repo: &'a gix::Repository, found: &Found, commits: &[CommitInfo]) -> Self {
        let targets: HashSet<ObjectId> = found.blobs.keys().chain(found.skips.keys()).copied().collect();
        Attributor {
            repo,
            remaining: targets.clone(),
            targets,
            contains: HashMap::new(),
            places: HashMap::new(),
            trees_of: commits.iter().map(|c| (c.id, c.tree)).collect(),
            index: 0,
        }
    }

    fn done(&self) -> bool {
        // Keep going until every target blob has been placed at least once;
        // later places of an already placed blob add nothing new.
        self.remaining.is_empty() && !self.targets.is_empty()
    }

    fn tree_entries(&self, tree: &ObjectId) -> Result<Vec<(BString, gix::objs::tree::EntryMode, ObjectId)>, String> {
        let mut buf = Vec::new();
        let obj = self
            .repo
            .objects
            .try_find(tree, &mut buf)
            .map_err(|e| format!("tree {tree}: {e}"))?
            .ok_or_else(|| format!("tree {tree} is missing"))?;
        if obj.kind != Kind::Tree {
            return Err(format!("object {tree} is a {}, expected a tree", obj.kind));
        }
        Ok(TreeRefIter::from_bytes(&buf, self.repo.object_hash())
            .filter_map(Result::ok)
            .map(|e| (e.filename.to_owned(), e.mode, e.oid.to_owned()))
            .collect())
    }

    /// Whether `tree` contains a target, memoised; iterative post-order.
    fn contains(&mut self, tree: ObjectId) -> Result<bool, String> {
        if let Some(&c) = self.contains.get(&tree) {
            return Ok(c);
        }
        let mut stack: Vec<(ObjectId, Option<Vec<ObjectId>>)> = vec![(tree, None)];
        while let Some((id, children)) = stack.pop() {
            if self.contains.contains_key(&id) {
                continue;
            }
            match children {
                None => {
                    let entries = self.tree_entries(&id)?;
                    let direct = entries
                        .iter()
                        .any(|(_, m, oid)| m.is_blob_or_symlink() && self.targets.contains(oid));
                    if direct {
                        self.contains.insert(id, true);
                        continue;
                    }
                    let subtrees: Vec<ObjectId> = entries
                        .iter()
                        .filter(|(_, m, _)| m.is_tree())
                        .map(|(_, _, o)| *o)
                        .collect();
                    let pending: Vec<ObjectId> = subtrees
                        .iter()
                        .filter(|t| !self.contains.contains_key(*t))
                        .copied()
                        .collect();
                    stack.push((id, Some(subtrees)));
                    stack.extend(pending.into_iter().map(|t| (t, None)));
                }
                Some(subtrees) => {
                    let any = subtrees.iter().any(|t| self.contains.get(t).copied().unwrap_or(false));
                    self.contains.insert(id, any);
                }
            }
        }
        Ok(self.contains.get(&tree).copied().unwrap_or(false))
    }

    fn visit(&mut self, c: &CommitInfo) -> Result<(), String> {
        let i = self.index;
        self.index += 1;
        if !self.contains(c.tree)? {
            return Ok(());
        }
        let parent_trees: Vec<ObjectId> = c.parents.iter().filter_map(|p| self.trees_of.get(p).copied()).collect();
        // (tree, parents' trees at the same path, path prefix)
        let mut stack: Vec<(ObjectId, Vec<ObjectId>, BString)> = vec![(c.tree, parent_trees, BString::default())];
        while let Some((tree, parents, prefix)) = stack.pop() {
            let entries = self.tree_entries(&tree)?;
            let parent_entries: Vec<HashMap<BString, ObjectId>> = parents
                .iter()
                .map(|p| {
                    self.tree_entries(p)
                        .map(|es| es.into_iter().map(|(n, _, o)| (n, o)).collect())
                })
                .collect::<Result<_, _>>()?;
            for (name, mode, oid) in entries {
                let unchanged = parent_entries.iter().any(|pe| pe.get(&name) == Some(&oid));
                if unchanged {
                    continue;
                }
                let mut path = prefix.clone();
                if !path.is_empty() {
                    path.push(b'/');
                }
                path.extend_from_slice(name.as_bytes());
                if mode.is_blob_or_symlink() && self.targets.contains(&oid) {
                    self.remaining.remove(&oid);
                    let places = self.places.entry(oid).or_default();
                    if !places.iter().any(|(p, _)| *p == path) {
                        places.push((path, i));
                    }
                } else if mode.is_tree() && self.contains(oid)? {
                    let sub_parents = parent_entries.iter().filter_map(|pe| pe.get(&name).copied()).collect();
                    stack.push((oid, sub_parents, path));
                }
            }
        }
        Ok(())
    }
}

/// What part of the history to scan with [`scan_range`].
#[derive(Debug, Clone)]
pub enum Range {
    /// `A..B`: commits reachable from B and not from A.
    Between { from: String, to: String },
    /// Commits reachable from any ref that are not reachable from X.
    Since(String),
}

/// Scans the commits of a range the way the hook scans a push: only the
/// lines each commit adds, and its message.
pub fn scan_range(
    path: &Path,
    engine: &Engine,
    opts: &HistoryOptions,
    range: &Range,
) -> Result<HistoryReport, HistoryError> {
    let read_err = |message: String| HistoryError::Read {
        path: path.to_path_buf(),
        message,
    };
    let repo = gix::open_opts(path, gix::open::Options::isolated()).map_err(|e| HistoryError::Open {
        path: path.to_path_buf(),
        message: crate::engine::spec::one_line(&e),
    })?;
    let resolve = |spec: &str| -> Result<ObjectId, HistoryError> {
        repo.rev_parse_single(spec.as_bytes().as_bstr())
            .map(|id| id.detach())
            .map_err(|e| {
                read_err(format!(
                    "cannot resolve {spec:?}: {}",
                    crate::engine::spec::one_line(&e)
                ))
            })
    };
    let (tips, exclude): (Vec<(ObjectId, String)>, ObjectId) = match range {
        Range::Between { from, to } => (vec![(resolve(to)?, to.clone())], resolve(from)?),
        Range::Since(x) => {
            let mut tips = Vec::new();
            let refs = repo.references().map_err(|e| read_err(e.to_string()))?;
            for r in refs.all().map_err(|e| read_err(e.to_string()))? {
                let Ok(mut r) = r else { continue };
                let name = r.name().as_bstr().to_string();
                if let Ok(id) = r.peel_to_id() {
                    tips.push((id.detach(), name));
                }
            }
            (tips, resolve(x)?)
        }
    };
    // Everything reachable from the excluded side counts as present.
    let mut known = HashSet::new();
    let mut stack = vec![exclude];
    let mut buf = Vec::new();
    while let Some(id) = stack.pop() {
        if !known.insert(id) {
            continue;
        }
        let Ok(Some(obj)) = repo.objects.try_find(&id, &mut buf) else {
            continue;
        };
        match obj.kind {
            Kind::Commit => stack.extend(gix::objs::CommitRefIter::from_bytes(&buf, repo.object_hash()).parent_ids()),
            Kind::Tag => {
                if let Ok(t) = gix::objs::TagRefIter::from_bytes(&buf, repo.object_hash()).target_id() {
                    stack.push(t);
                }
            }
            _ => {}
        }
    }
    let views = crate::git::Views::for_range(repo.git_dir(), known).map_err(|e| read_err(e.to_string()))?;
    let updates: Vec<crate::git::scope::RefUpdate> = tips
        .into_iter()
        .map(|(id, name)| crate::git::scope::RefUpdate {
            old: ObjectId::null(repo.object_hash()),
            new: id,
            name,
        })
        .collect();
    let check_opts = crate::check::CheckOptions {
        max_blob_bytes: opts.max_blob_bytes,
        max_memory_bytes: crate::config::LimitsConfig::default().max_memory_bytes,
        max_line_bytes: 0,
        time_budget_ms: None,
        inline_marker: false,
        threads: opts.threads,
        deadline: None,
    };
    let checked =
        crate::check::check_push(&views, &updates, engine, &check_opts).map_err(|e| read_err(e.to_string()))?;
    let mut report = HistoryReport {
        commits: checked.commits,
        blobs: checked.blobs as u64,
        bytes: checked.bytes,
        skips: checked.skips,
        ..HistoryReport::default()
    };
    let mut people: HashMap<String, (String, String)> = HashMap::new();
    for mut f in checked.findings {
        f.refname = None;
        if let Some(c) = f.commit.clone() {
            let (author, date) = people.entry(c.clone()).or_insert_with(|| author_of(&repo, &c)).clone();
            f.author = Some(author);
            f.date = Some(date);
        }
        report.findings.push(f);
    }
    Ok(report)
}

fn author_of(repo: &gix::Repository, commit: &str) -> (String, String) {
    let mut buf = Vec::new();
    let Ok(id) = ObjectId::from_hex(commit.as_bytes()) else {
        return Default::default();
    };
    match repo.objects.try_find(&id, &mut buf) {
        Ok(Some(obj)) if obj.kind == Kind::Commit => {
            let Ok(sig) = gix::objs::CommitRefIter::from_bytes(&buf, repo.object_hash()).author() else {
                return Default::default();
            };
            let date = sig
                .time()
                .map(|t| {
                    crate::incident::rfc3339(
                        std::time::UNIX_EPOCH + std::time::Duration::from_secs(t.seconds.max(0) as u64),
                    )
                })
                .unwrap_or_default();
            (
                format!("{} <{}>", sig.name.trim().as_bstr(), sig.email.trim().as_bstr()),
                date,
            )
        }
        _ => Default::default(),
    }
}
