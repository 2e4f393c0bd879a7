//! `pushguard scan --repo`: the whole history of a repository.
//!
//! Phase one decodes every object of every pack in pack order, in parallel
//! (gix's delta-tree traversal decodes each object once), and scans each
//! blob whole, once, whatever the number of commits and paths that share it.
//! Commit and tag objects are scanned too, and each commit's tree, parents,
//! author and date are kept for phase two. Phase two runs only when phase
//! one found something: a second pass over the packs parses trees only and
//! keeps, for every tree that contains a blob with findings, its entries
//! that lead there; then the commits reachable from the refs are walked
//! oldest first, entirely in memory, to name the commit that first
//! introduced each secret, with its path, author and date.
//!
//! The packs are memory-mapped; pages the traversal has passed are dropped
//! from the resident set as it goes (see `release_mapped_pages`).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
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
    let threads = crate::check::worker_threads(opts.threads);

    let timing = std::env::var_os("PUSHGUARD_TIMING").is_some();
    let clock = std::time::Instant::now();
    let lap = |what: &str| {
        if timing {
            eprintln!("pushguard: timing: {what} done at {} ms", clock.elapsed().as_millis());
        }
    };
    // Phase one: every object, in pack order.
    let found = Mutex::new(Found::default());
    let known_commits: Mutex<HashMap<ObjectId, CommitInfo>> = Mutex::new(HashMap::new());
    let dirs = object_dirs(&repo, &read_err)?;
    for_each_object(
        &dirs,
        hash,
        threads,
        &AtomicBool::new(false),
        &read_err,
        &|kind, id, data| {
            scan_object(engine, opts, progress, &found, kind, id, data);
            if kind == Kind::Commit {
                if let Some(c) = parse_commit(*id, data, hash) {
                    if let Ok(mut known) = known_commits.lock() {
                        known.insert(*id, c);
                    }
                }
            }
        },
    )?;
    trim_heap();
    lap("scan of every object");
    let found = found.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut report = HistoryReport {
        blobs: progress.blobs.load(Ordering::Relaxed),
        bytes: progress.bytes.load(Ordering::Relaxed),
        // A partial clone lacks objects by design. Counting them would
        // mean hashing every tree entry (about 50% more time on git/git),
        // so the report only says so.
        partial_clone: is_partial_clone(&repo, &dirs),
        ..HistoryReport::default()
    };

    // Phase two: attribution, only when something was found.
    let known_commits = known_commits.into_inner().unwrap_or_else(|p| p.into_inner());
    let (commits, missing) = walk_commits(&repo, known_commits, &read_err)?;
    report.missing = missing;
    lap("commit walk");
    report.commits = commits.len();
    progress.commits.store(commits.len() as u64, Ordering::Relaxed);
    if found.blobs.is_empty() && found.commits.is_empty() && found.skips.is_empty() {
        return Ok(report);
    }
    let targets: HashSet<ObjectId> = found.blobs.keys().chain(found.skips.keys()).copied().collect();
    let containing = trees_containing(&dirs, hash, threads, &read_err, &targets)?;
    lap("trees containing findings");
    let mut attribution = Attributor::new(targets, containing, &commits);
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
    }
    // Every commit: a blob that holds a secret may appear at another path
    // later, and each path is reported (the blast radius). Visits are in
    // memory and stop at trees that lead to no finding.
    for c in &commits {
        attribution.visit(c);
    }
    lap("attribution");
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
                let fs = scan_blob(engine, data);
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
            let label = if kind == Kind::Commit { "commit" } else { "tag" };
            // Without a deadline the scan cannot time out.
            let fs = crate::check::object_text_findings(engine, data, start, label, None).unwrap_or_default();
            if fs.is_empty() {
                return;
            }
            if let Ok(mut f) = found.lock() {
                f.commits.insert(*id, fs);
            }
        }
        Kind::Tree => {}
    }
}

/// Scans a text blob whole; UTF-16 is transcoded first.
fn scan_blob(engine: &Engine, data: &[u8]) -> Vec<Finding> {
    let mut transcoded = Vec::new();
    scan_text(engine, text::as_utf8(data, &mut transcoded), None, "")
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

/// The object directories of a repository: its own and its alternates.
fn object_dirs(
    repo: &gix::Repository,
    read_err: &dyn Fn(String) -> HistoryError,
) -> Result<Vec<PathBuf>, HistoryError> {
    let objects_dir = repo.common_dir().join("objects");
    let mut dirs = vec![objects_dir.clone()];
    let cwd = std::env::current_dir().unwrap_or_default();
    dirs.extend(gix::odb::alternate::resolve(objects_dir, &cwd).map_err(|e| read_err(e.to_string()))?);
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

/// Calls `f` with every object of every pack (decoded in pack order, in
/// parallel, each delta resolved once from its base) and every loose object.
/// Setting `interrupt` stops the traversal with an error.
pub(crate) fn for_each_object(
    dirs: &[PathBuf],
    hash: gix::hash::Kind,
    threads: usize,
    interrupt: &AtomicBool,
    read_err: &dyn Fn(String) -> HistoryError,
    f: &(dyn Fn(Kind, &ObjectId, &[u8]) + Sync),
) -> Result<(), HistoryError> {
    for dir in dirs {
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
            let pack_err = |e: &dyn std::error::Error| {
                read_err(format!("pack {}: {}", idx.display(), crate::engine::spec::one_line(e)))
            };
            let bundle = gix::odb::pack::Bundle::at(&idx, hash).map_err(|e| pack_err(&e))?;
            let mapped = bundle.pack.entry_slice(0..bundle.pack.data_len() as u64);
            let done = AtomicU64::new(0);
            let processor = |kind: Kind, data: &[u8], entry: &gix::odb::pack::index::Entry, _: &dyn gix::Progress| {
                f(kind, &entry.oid, data);
                if done.fetch_add(1, Ordering::Relaxed) % RELEASE_EVERY == RELEASE_EVERY - 1 {
                    if let Some(m) = mapped {
                        release_mapped_pages(m);
                    }
                }
                Ok(())
            };
            bundle
                .index
                .traverse(
                    &bundle.pack,
                    &mut gix::progress::Discard,
                    interrupt,
                    processor,
                    gix::odb::pack::index::traverse::Options {
                        traversal: gix::odb::pack::index::traverse::Algorithm::DeltaTreeLookup,
                        thread_limit: Some(threads),
                        check: gix::odb::pack::index::traverse::SafetyCheck::SkipFileAndObjectChecksumVerification,
                        alloc_limit_bytes: None,
                        make_pack_lookup_cache: || gix::odb::pack::cache::Never,
                    },
                )
                .map_err(|e| pack_err(&e))?;
        }
        let loose = gix::odb::loose::Store::at(dir, hash);
        let mut buf = Vec::new();
        for id in loose.iter() {
            if interrupt.load(Ordering::Relaxed) {
                return Err(read_err("interrupted".into()));
            }
            let id = id.map_err(|e| read_err(e.to_string()))?;
            if let Ok(Some(obj)) = loose.try_find(&id, &mut buf) {
                let kind = obj.kind;
                f(kind, &id, &buf);
            }
        }
    }
    Ok(())
}

/// Objects between two calls of [`release_mapped_pages`] on a pack.
const RELEASE_EVERY: u64 = 1 << 12;

/// Drops the pages of a pack's read-only mapping from this process's
/// resident set. The traversal reads each entry once, so pages it has passed
/// are not needed again soon; without this, the resident set grows by the
/// whole pack (half a gigabyte for git/git) although those pages are clean
/// page cache that the kernel can reclaim anyway. A page read again is
/// mapped back from the page cache (or the file); its content never
/// changes, because the mapping is private and never written.
fn release_mapped_pages(mapped: &[u8]) {
    #[cfg(target_os = "linux")]
    // SAFETY: `mapped` is a whole read-only private file mapping (it starts
    // at offset 0 of the pack, which the mapping aligns to a page).
    // MADV_DONTNEED on such a mapping only drops clean pages; later reads
    // fault them in again with the same bytes, so no reference into the
    // mapping sees different data.
    unsafe {
        libc::madvise(mapped.as_ptr() as *mut libc::c_void, mapped.len(), libc::MADV_DONTNEED);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = mapped;
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

fn parse_commit(id: ObjectId, data: &[u8], hash: gix::hash::Kind) -> Option<CommitInfo> {
    let c = gix::objs::CommitRef::from_bytes(data, hash).ok()?;
    let sig = c.author().ok();
    let time = c.committer().ok().and_then(|s| s.time().ok()).map_or(0, |t| t.seconds);
    let author = sig.map_or_else(String::new, |s| {
        format!("{} <{}>", s.name.trim().as_bstr(), s.email.trim().as_bstr())
    });
    let date = sig
        .and_then(|s| s.time().ok())
        .map(|t| {
            crate::incident::rfc3339(std::time::UNIX_EPOCH + std::time::Duration::from_secs(t.seconds.max(0) as u64))
        })
        .unwrap_or_default();
    Some(CommitInfo {
        id,
        tree: c.tree(),
        parents: c.parents().collect(),
        time,
        author,
        date,
    })
}

/// A tree's entries that lead to a target: target blobs, and subtrees that
/// contain one.
type Entries = Vec<(BString, ObjectId, bool)>;

/// For every tree that contains one of `targets` at any depth, its entries
/// that lead to a target. One more pass over the packs parses trees only
/// and records every tree-to-subtree edge and every entry of a target blob
/// (as indices, a few bytes each); walking the edges upwards from the
/// targets then gives the trees that contain them. Reading the same trees
/// one by one from the object database instead would resolve each delta
/// chain anew, for every commit.
fn trees_containing(
    dirs: &[PathBuf],
    hash: gix::hash::Kind,
    threads: usize,
    read_err: &dyn Fn(String) -> HistoryError,
    targets: &HashSet<ObjectId>,
) -> Result<HashMap<ObjectId, Entries>, HistoryError> {
    #[derive(Default)]
    struct Graph {
        index: HashMap<ObjectId, u32>,
        ids: Vec<ObjectId>,
        name_index: HashMap<BString, u32>,
        names: Vec<BString>,
        /// (entry, tree, name | TREE_ENTRY), in chunks of `EDGE_CHUNK`
        /// that never move: a vector doubling its capacity would
        /// briefly hold three times the edges (git/git has 7 million).
        edges: Vec<Vec<(u32, u32, u32)>>,
    }
    const EDGE_CHUNK: usize = 1 << 20;
    /// Set in an edge's name when the entry is a tree.
    const TREE_ENTRY: u32 = 1 << 31;
    fn intern<K: std::hash::Hash + Eq + Clone>(index: &mut HashMap<K, u32>, list: &mut Vec<K>, k: &K) -> u32 {
        if let Some(&i) = index.get(k) {
            return i;
        }
        let i = list.len() as u32;
        list.push(k.clone());
        index.insert(k.clone(), i);
        i
    }
    let graph = Mutex::new(Graph::default());
    for_each_object(
        dirs,
        hash,
        threads,
        &AtomicBool::new(false),
        read_err,
        &|kind, id, data| {
            if kind != Kind::Tree {
                return;
            }
            let entries: Vec<(&gix::bstr::BStr, ObjectId, bool)> = TreeRefIter::from_bytes(data, hash)
                .filter_map(Result::ok)
                .filter(|e| e.mode.is_tree() || (e.mode.is_blob_or_symlink() && targets.contains(e.oid)))
                .map(|e| (e.filename, e.oid.to_owned(), e.mode.is_tree()))
                .collect();
            if entries.is_empty() {
                return;
            }
            let Ok(mut g) = graph.lock() else { return };
            let g = &mut *g;
            let me = intern(&mut g.index, &mut g.ids, id);
            for (name, oid, is_tree) in entries {
                let child = intern(&mut g.index, &mut g.ids, &oid);
                let name = intern(&mut g.name_index, &mut g.names, &name.to_owned());
                let flag = if is_tree { TREE_ENTRY } else { 0 };
                if g.edges.last().is_none_or(|c| c.len() == EDGE_CHUNK) {
                    g.edges.push(Vec::with_capacity(EDGE_CHUNK));
                }
                if let Some(chunk) = g.edges.last_mut() {
                    chunk.push((child, me, name | flag));
                }
            }
        },
    )?;
    let mut g = graph.into_inner().unwrap_or_else(|p| p.into_inner());
    g.index.clear();
    g.name_index.clear();
    let mut edges = Vec::with_capacity(g.edges.iter().map(Vec::len).sum());
    for chunk in std::mem::take(&mut g.edges) {
        edges.extend_from_slice(&chunk);
    }
    edges.sort_unstable();
    let ids = &g.ids;
    let mut marked = vec![false; ids.len()];
    let mut stack: Vec<u32> = (0..ids.len() as u32)
        .filter(|&i| targets.contains(&ids[i as usize]))
        .collect();
    let mut out: HashMap<ObjectId, Entries> = HashMap::new();
    while let Some(t) = stack.pop() {
        if std::mem::replace(&mut marked[t as usize], true) {
            continue;
        }
        let from = edges.partition_point(|&(c, ..)| c < t);
        for &(_, parent, name) in edges[from..].iter().take_while(|&&(c, ..)| c == t) {
            out.entry(ids[parent as usize]).or_default().push((
                g.names[(name & !TREE_ENTRY) as usize].clone(),
                ids[t as usize],
                name & TREE_ENTRY != 0,
            ));
            stack.push(parent);
        }
    }
    Ok(out)
}

/// Orders commits so that every parent comes before its children and,
/// among the commits whose parents are all placed, the oldest (committer
/// time) comes first. Sorting by time alone is not enough: clocks are
/// skewed, and scripted or rebased commits often share one second.
fn oldest_first(commits: Vec<CommitInfo>) -> Vec<CommitInfo> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let pos: HashMap<ObjectId, usize> = commits.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let mut waiting = vec![0usize; commits.len()];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); commits.len()];
    for (i, c) in commits.iter().enumerate() {
        for p in &c.parents {
            if let Some(&pi) = pos.get(p) {
                waiting[i] += 1;
                children[pi].push(i);
            }
        }
    }
    let mut ready: BinaryHeap<Reverse<(i64, usize)>> = (0..commits.len())
        .filter(|&i| waiting[i] == 0)
        .map(|i| Reverse((commits[i].time, i)))
        .collect();
    let mut order = Vec::with_capacity(commits.len());
    while let Some(Reverse((_, i))) = ready.pop() {
        order.push(i);
        for &child in &children[i] {
            waiting[child] -= 1;
            if waiting[child] == 0 {
                ready.push(Reverse((commits[child].time, child)));
            }
        }
    }
    let mut slots: Vec<Option<CommitInfo>> = commits.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// Every commit reachable from a ref, oldest first (committer time, then
/// parents before children for equal times).
fn walk_commits(
    repo: &gix::Repository,
    mut known: HashMap<ObjectId, CommitInfo>,
    read_err: &dyn Fn(String) -> HistoryError,
) -> Result<(Vec<CommitInfo>, Vec<ObjectId>), HistoryError> {
    let mut tips = Vec::new();
    let refs = repo.references().map_err(|e| read_err(e.to_string()))?;
    for r in refs.all().map_err(|e| read_err(e.to_string()))? {
        let Ok(mut r) = r else { continue };
        match r.peel_to_id() {
            Ok(id) => tips.push(id.detach()),
            // A ref to an object the repository lacks: reported as missing.
            Err(_) => tips.extend(r.target().try_id().map(ToOwned::to_owned)),
        }
    }
    if let Ok(head) = repo.head_id() {
        tips.push(head.detach());
    }
    let hash = repo.object_hash();
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let mut stack = tips;
    let mut out = Vec::new();
    let mut missing = Vec::new();
    let mut buf = Vec::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        // Commits decoded in phase one; others (a ref to an object phase
        // one did not see) are read.
        let info = match known.remove(&id) {
            Some(c) => c,
            None => {
                let Ok(Some(obj)) = repo.objects.try_find(&id, &mut buf) else {
                    missing.push(id);
                    continue;
                };
                if obj.kind != Kind::Commit {
                    continue;
                }
                parse_commit(id, &buf, hash).ok_or_else(|| read_err(format!("commit {id} cannot be parsed")))?
            }
        };
        stack.extend(info.parents.iter().copied());
        out.push(info);
    }
    Ok((oldest_first(out), missing))
}

/// Finds, for every blob with findings, the paths and the first commits
/// that introduced it, descending only into trees that contain such blobs.
struct Attributor {
    targets: HashSet<ObjectId>,
    /// Trees that contain a target (transitively), with their entries that
    /// lead to one.
    containing: HashMap<ObjectId, Entries>,
    /// blob -> (path, index of commit) in first-introduced order.
    places: HashMap<ObjectId, Vec<(BString, usize)>>,
    trees_of: HashMap<ObjectId, ObjectId>,
    index: usize,
}

impl Attributor {
    fn new(targets: HashSet<ObjectId>, containing: HashMap<ObjectId, Entries>, commits: &[CommitInfo]) -> Self {
        Attributor {
            targets,
            containing,
            places: HashMap::new(),
            trees_of: commits.iter().map(|c| (c.id, c.tree)).collect(),
            index: 0,
        }
    }

    fn visit(&mut self, c: &CommitInfo) {
        let i = self.index;
        self.index += 1;
        if !self.containing.contains_key(&c.tree) {
            return;
        }
        let parent_trees: Vec<ObjectId> = c.parents.iter().filter_map(|p| self.trees_of.get(p).copied()).collect();
        // (tree, parents' trees at the same path, path prefix). An entry is
        // new unless a parent has the same object under the same name; a
        // parent's entry that leads to no target is not listed, and cannot
        // be the same object as one that does.
        let mut stack: Vec<(ObjectId, Vec<ObjectId>, BString)> = vec![(c.tree, parent_trees, BString::default())];
        while let Some((tree, parents, prefix)) = stack.pop() {
            let Some(entries) = self.containing.get(&tree) else {
                continue;
            };
            let parent_entries: Vec<&Entries> = parents.iter().filter_map(|p| self.containing.get(p)).collect();
            for (name, oid, is_tree) in entries {
                let same = |pe: &&Entries| pe.iter().any(|(n, o, _)| n == name && o == oid);
                if parent_entries.iter().any(same) {
                    continue;
                }
                let mut path = prefix.clone();
                if !path.is_empty() {
                    path.push(b'/');
                }
                path.extend_from_slice(name.as_bytes());
                if *is_tree {
                    let sub_parents = parent_entries
                        .iter()
                        .flat_map(|pe| pe.iter().filter(|(n, _, t)| n == name && *t).map(|(_, o, _)| *o))
                        .collect();
                    stack.push((*oid, sub_parents, path));
                } else if self.targets.contains(oid) {
                    let places = self.places.entry(*oid).or_default();
                    if !places.iter().any(|(p, _)| *p == path) {
                        places.push((path, i));
                    }
                }
            }
        }
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
