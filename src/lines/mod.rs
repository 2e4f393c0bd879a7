//! Step 4, added lines: from new commits to blob jobs. Which file versions
//! to scan (tree diffs against every parent, renames), and which of their
//! lines each commit adds ([`added`]). Reads trees; may not scan contents.

mod added;

pub use added::added_ranges;

use std::collections::{HashMap, HashSet};

use gix::odb::Handle;
use gix::{
    bstr::BString,
    diff::tree::{recorder::Change, Recorder, State},
    objs::{FindExt, TreeRefIter},
    ObjectId,
};

use crate::objects::{GitError, Views};
use crate::scope::{NewCommit, Scope};

/// One file version to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobJob {
    /// Index into `Scope::commits`, or `None` for objects no commit reaches.
    pub commit: Option<usize>,
    pub path: BString,
    pub blob: ObjectId,
    /// The versions at the same path in each parent. Empty: scan the whole
    /// file. Otherwise scan only lines added relative to every one of them.
    pub bases: Vec<ObjectId>,
    /// For a file the commit adds: blobs the same commit deletes. When one
    /// of them is most of the new file, the file was moved or renamed and
    /// only the lines that differ from it are new.
    pub rename_candidates: Vec<ObjectId>,
}

impl BlobJob {
    /// A blob scanned whole, outside any commit (a ref that points at it,
    /// or an object no pushed ref reaches), under a descriptive path.
    pub fn whole(blob: ObjectId, path: String) -> BlobJob {
        BlobJob {
            commit: None,
            path: path.into(),
            blob,
            bases: Vec::new(),
            rename_candidates: Vec::new(),
        }
    }
}

/// Most deleted files considered as the origin of an added one.
const MAX_RENAME_CANDIDATES: usize = 16;

/// The jobs of a push, plus every new blob and tree they reach (to find
/// objects that no pushed ref reaches).
#[derive(Debug, Default)]
pub struct Plan {
    pub jobs: Vec<BlobJob>,
    pub reached: HashSet<ObjectId>,
}

pub fn plan(views: &Views, scope: &Scope) -> Result<Plan, GitError> {
    let diffs = diff_commits(views, scope)?;
    // Jobs are assigned oldest first, so a blob belongs to the first commit
    // that brings it.
    let mut plan = Plan::default();
    let mut whole_seen: HashSet<ObjectId> = HashSet::new();
    let mut diff_seen: HashSet<(ObjectId, Vec<ObjectId>)> = HashSet::new();
    for (ci, (commit, diff)) in scope.commits.iter().zip(diffs).enumerate() {
        plan.reached.extend(diff.trees);
        for (path, blob, bases) in diff.files {
            plan.reached.insert(blob);
            if views.in_main(&blob) {
                continue;
            }
            let fresh = if bases.is_empty() {
                whole_seen.insert(blob)
            } else {
                !whole_seen.contains(&blob) && diff_seen.insert((blob, bases.clone()))
            };
            if fresh {
                let rename_candidates = if bases.is_empty() && commit.parents.len() == 1 {
                    diff.deleted.clone()
                } else {
                    Vec::new()
                };
                plan.jobs.push(BlobJob {
                    commit: Some(ci),
                    path,
                    blob,
                    bases,
                    rename_candidates,
                });
            }
        }
    }
    Ok(plan)
}

/// Fewest commits for which the tree diffs are split across threads.
const PARALLEL_MIN_COMMITS: usize = 1024;
/// Most threads the tree diffs use. A large push's pack is read on other
/// threads at the same time (`check::prescan_quarantine`), and each diff
/// thread has its own object caches.
const MAX_DIFF_THREADS: usize = 4;

/// The changes of every commit of the scope, in the scope's order. A large
/// push's commits are split into contiguous runs diffed on threads of their
/// own: the tree diffs are the longest chain of work in the hook, and
/// without the split they run alone after the pass over the pack is done.
fn diff_commits(views: &Views, scope: &Scope) -> Result<Vec<CommitChanges>, GitError> {
    let trees: HashMap<ObjectId, ObjectId> = scope.commits.iter().map(|c| (c.id, c.tree)).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(MAX_DIFF_THREADS)
        .min(scope.commits.len() / PARALLEL_MIN_COMMITS)
        .max(1);
    diff_split(views, scope, &trees, threads)
}

/// [`diff_commits`] with a given number of threads.
fn diff_split(
    views: &Views,
    scope: &Scope,
    trees: &HashMap<ObjectId, ObjectId>,
    threads: usize,
) -> Result<Vec<CommitChanges>, GitError> {
    if threads <= 1 || scope.commits.is_empty() {
        return diff_range(&views.push, views.hash, &scope.commits, trees);
    }
    let size = scope.commits.len().div_ceil(threads);
    std::thread::scope(|s| {
        let runs: Vec<_> = scope
            .commits
            .chunks(size)
            .map(|run| {
                let mut objects = views.push.clone();
                crate::objects::with_cache_share(&mut objects, threads);
                let hash = views.hash;
                s.spawn(move || diff_range(&objects, hash, run, trees))
            })
            .collect();
        let mut all = Vec::with_capacity(scope.commits.len());
        for run in runs {
            let changes = run.join().map_err(|_| GitError::DiffPanicked {
                commit: scope.commits[all.len()].id,
            })??;
            all.extend(changes);
        }
        Ok(all)
    })
}

/// The changes of each of `commits`, in their order. Trees are diffed
/// newest commit first: packs store older versions as deltas against newer
/// ones, so this order finds each delta's base already decoded in the cache.
fn diff_range(
    objects: &Handle,
    hash: gix::hash::Kind,
    commits: &[NewCommit],
    trees: &HashMap<ObjectId, ObjectId>,
) -> Result<Vec<CommitChanges>, GitError> {
    let mut diffs: Vec<CommitChanges> = Vec::with_capacity(commits.len());
    let mut state = State::default();
    let (mut lhs_buf, mut rhs_buf) = (Vec::new(), Vec::new());
    for commit in commits.iter().rev() {
        let diff_err = |e: gix::diff::tree::Error| GitError::Diff {
            commit: commit.id,
            source: e.into(),
        };
        objects
            .find_tree_iter(&commit.tree, &mut rhs_buf)
            .map_err(|e| GitError::CommitTree {
                commit: commit.id,
                tree: commit.tree,
                source: e.into(),
            })?;
        let rhs = || TreeRefIter::from_bytes(&rhs_buf, hash);

        let mut per_parent: Vec<Changes> = Vec::with_capacity(commit.parents.len().max(1));
        let mut deleted = Vec::new();
        let mut trees_changed = vec![commit.tree];
        if commit.parents.is_empty() {
            let empty = TreeRefIter::from_bytes(&[], hash);
            per_parent
                .push(changes(objects, empty, rhs(), &mut state, &mut deleted, &mut trees_changed).map_err(diff_err)?);
        }
        for parent in &commit.parents {
            let ptree = match trees.get(parent) {
                Some(t) => *t,
                None => parent_tree(objects, hash, parent, &mut lhs_buf)?,
            };
            objects
                .find_tree_iter(&ptree, &mut lhs_buf)
                .map_err(|e| GitError::ParentTree {
                    commit: commit.id,
                    tree: ptree,
                    parent: *parent,
                    source: e.into(),
                })?;
            let lhs = TreeRefIter::from_bytes(&lhs_buf, hash);
            per_parent
                .push(changes(objects, lhs, rhs(), &mut state, &mut deleted, &mut trees_changed).map_err(diff_err)?);
        }
        deleted.truncate(MAX_RENAME_CANDIDATES);
        diffs.push(CommitChanges {
            files: new_in_every_parent(&per_parent),
            deleted,
            trees: trees_changed,
        });
    }
    diffs.reverse();
    Ok(diffs)
}

/// What one commit changes: files new relative to every parent (path,
/// blob, bases), the first blobs it deletes (rename candidates), and its
/// trees that differ from a parent's (so that they count as reached).
#[derive(Debug, PartialEq, Eq)]
struct CommitChanges {
    files: Vec<(BString, ObjectId, Vec<ObjectId>)>,
    deleted: Vec<ObjectId>,
    trees: Vec<ObjectId>,
}

/// Blob-level changes of one tree diff: (path, new blob) -> old blob, or
/// `None` when the path was added (or was not a file before).
type Changes = HashMap<(BString, ObjectId), Option<ObjectId>>;

/// Every blob of `tree`, as whole-file jobs (a ref pointing at a tree).
pub fn tree_jobs(views: &Views, tree: ObjectId) -> Result<Vec<BlobJob>, GitError> {
    let mut buf = Vec::new();
    views
        .push
        .find_tree_iter(&tree, &mut buf)
        .map_err(|e| GitError::read(tree, "tree a ref points at", e))?;
    let empty = TreeRefIter::from_bytes(&[], views.hash);
    let all = changes(
        &views.push,
        empty,
        TreeRefIter::from_bytes(&buf, views.hash),
        &mut State::default(),
        &mut Vec::new(),
        &mut Vec::new(),
    )
    .map_err(|e| GitError::read(tree, "tree a ref points at", e))?;
    let mut jobs: Vec<BlobJob> = all
        .into_keys()
        .map(|(path, blob)| BlobJob {
            commit: None,
            path,
            blob,
            bases: Vec::new(),
            rename_candidates: Vec::new(),
        })
        .collect();
    jobs.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(jobs)
}

fn parent_tree(
    objects: &Handle,
    hash: gix::hash::Kind,
    parent: &ObjectId,
    buf: &mut Vec<u8>,
) -> Result<ObjectId, GitError> {
    let what = "parent commit".to_string();
    let kind = crate::objects::read::read_from(objects, parent, &what, buf)?;
    if kind != gix::objs::Kind::Commit {
        return Err(GitError::Kind {
            id: *parent,
            what,
            actual: kind,
            expected: gix::objs::Kind::Commit,
        });
    }
    gix::objs::CommitRefIter::from_bytes(buf, hash)
        .tree_id()
        .map_err(|e| GitError::read(*parent, what, e))
}

/// Blob-level changes from `lhs` to `rhs`: path -> (new blob, old blob).
/// Blobs that `rhs` no longer has go to `deleted`, and subtrees that are
/// new or changed in `rhs` to `trees`.
fn changes(
    objects: &Handle,
    lhs: TreeRefIter<'_>,
    rhs: TreeRefIter<'_>,
    state: &mut State,
    deleted: &mut Vec<ObjectId>,
    trees: &mut Vec<ObjectId>,
) -> Result<Changes, gix::diff::tree::Error> {
    let mut rec = Recorder::default();
    gix::diff::tree(lhs, rhs, &mut *state, objects, &mut rec)?;
    let mut out = HashMap::new();
    for change in rec.records {
        match change {
            Change::Addition {
                entry_mode, oid, path, ..
            } if entry_mode.is_blob_or_symlink() => {
                out.insert((path, oid), None);
            }
            Change::Modification {
                previous_entry_mode,
                previous_oid,
                entry_mode,
                oid,
                path,
            } if entry_mode.is_blob_or_symlink() => {
                let base = previous_entry_mode.is_blob_or_symlink().then_some(previous_oid);
                out.insert((path, oid), base);
            }
            Change::Addition { entry_mode, oid, .. } | Change::Modification { entry_mode, oid, .. }
                if entry_mode.is_tree() =>
            {
                trees.push(oid);
            }
            Change::Deletion { entry_mode, oid, .. } if entry_mode.is_blob() => deleted.push(oid),
            _ => {}
        }
    }
    Ok(out)
}

/// Keeps the changes that differ from every parent (what a merge itself
/// introduces), with the bases to diff against; sorted by path.
fn new_in_every_parent(per_parent: &[Changes]) -> Vec<(BString, ObjectId, Vec<ObjectId>)> {
    let Some((first, rest)) = per_parent.split_first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    'changes: for (key, base) in first {
        let mut bases: Vec<ObjectId> = base.iter().copied().collect();
        let mut whole = base.is_none();
        for other in rest {
            match other.get(key) {
                Some(Some(b)) => bases.push(*b),
                Some(None) => whole = true,
                None => continue 'changes,
            }
        }
        if whole {
            bases.clear();
        }
        bases.sort();
        bases.dedup();
        out.push((key.0.clone(), key.1, bases));
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_ranges_cover_only_new_lines() {
        let old = b"a\nb\nc\n";
        let new = b"a\nX\nb\nc\nY";
        let r = added_ranges(old, new);
        assert_eq!(r.0, vec![2..4, 8..9]);
    }

    #[test]
    fn added_ranges_match_line_table() {
        let old = b"a\nb\nc\nd\ne\n";
        let new = b"a\nB\nc\nD\nE\nf";
        assert_eq!(added_ranges(old, new).0, vec![2..4, 6..11]);
        assert_eq!(added_ranges(b"", b"x\ny\n").0, vec![0..4]);
    }

    /// A history of 3,000 commits with edits, deletions, a root commit, a
    /// side branch and two merges, diffed on 1 and on 3 threads: the same
    /// changes for every commit, including those whose parents lie in the
    /// run before theirs.
    #[test]
    fn split_tree_diffs_match_one_thread() {
        use std::io::Write;
        let tmp = tempfile::tempdir().unwrap();
        let repo = tmp.path().join("r.git");
        let git = |args: &[&str]| {
            std::process::Command::new("git")
                .args(args)
                .current_dir(tmp.path())
                .output()
                .unwrap()
        };
        assert!(git(&["init", "-q", "--bare", "r.git"]).status.success());
        let mut stream = String::new();
        let mut side_mark = 0;
        for i in 1..=3000usize {
            // A side branch forks at 950 and is merged at 1100 and 1600.
            let branch = if (951..=960).contains(&i) { "side" } else { "main" };
            stream += &format!(
                "commit refs/heads/{branch}\nmark :{i}\ncommitter T <t@t> {} +0000\ndata 2\nm\n",
                1_700_000_000 + i
            );
            match i {
                1 => {}
                951 | 961 => stream += "from :950\n",
                1100 | 1600 => stream += &format!("from :{}\nmerge :{side_mark}\n", i - 1),
                _ => stream += &format!("from :{}\n", i - 1),
            }
            if branch == "side" {
                side_mark = i;
            }
            let body = format!("line {i}\nshared\n");
            stream += &format!(
                "M 100644 inline d{}/f{}.txt\ndata {}\n{body}",
                i % 7,
                i % 13,
                body.len()
            );
            if i % 50 == 0 {
                stream += &format!("D d{}/f{}.txt\n", (i + 3) % 7, (i + 5) % 13);
            }
        }
        let mut child = std::process::Command::new("git")
            .args(["fast-import", "--quiet"])
            .current_dir(&repo)
            .stdin(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stream.as_bytes()).unwrap();
        assert!(child.wait().unwrap().success());
        let tip = git(&["--git-dir", "r.git", "rev-parse", "refs/heads/main"]);
        let tip = ObjectId::from_hex(String::from_utf8_lossy(&tip.stdout).trim().as_bytes()).unwrap();

        // Scanned as a range from nothing: every commit counts as new.
        let views = Views::for_range(&repo, Default::default()).unwrap();
        let update = crate::scope::RefUpdate {
            old: ObjectId::null(gix::hash::Kind::Sha1),
            new: tip,
            name: "refs/heads/main".into(),
        };
        let scope = crate::scope::compute(&views, &[update]).unwrap();
        assert!(scope.commits.len() > 2900, "{} commits", scope.commits.len());
        let trees: HashMap<ObjectId, ObjectId> = scope.commits.iter().map(|c| (c.id, c.tree)).collect();
        let one = diff_split(&views, &scope, &trees, 1).unwrap();
        let three = diff_split(&views, &scope, &trees, 3).unwrap();
        assert_eq!(one.len(), scope.commits.len());
        assert!(one.iter().all(|c| !c.files.is_empty()), "every commit changes a file");
        assert!(one.iter().any(|c| !c.deleted.is_empty()), "some commits delete files");
        // Commits whose parents lie in another run than their own.
        let run = scope.commits.len().div_ceil(3);
        let index: HashMap<ObjectId, usize> = scope.commits.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        let crossing = |i: usize| scope.commits[i].parents.iter().any(|p| index[p] / run != i / run);
        let merges: Vec<usize> = (0..scope.commits.len())
            .filter(|&i| scope.commits[i].parents.len() == 2)
            .collect();
        assert_eq!(merges.len(), 2);
        // Two run boundaries, and the side branch's first commit: the walk
        // puts the branch just before its merge, in the second run, and
        // its fork point stays in the first.
        assert_eq!((0..scope.commits.len()).filter(|&i| crossing(i)).count(), 3);
        assert!(one == three, "the split diffs differ from the single-threaded ones");
    }

    #[test]
    fn identical_files_add_nothing() {
        assert!(added_ranges(b"same\n", b"same\n").is_empty());
    }
}
