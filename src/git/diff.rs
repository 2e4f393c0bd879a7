//! From new commits to blob jobs: which file versions to scan, and which of
//! their lines each commit adds.

use std::collections::{HashMap, HashSet};

use gix::{
    bstr::BString,
    diff::tree::{recorder::Change, Recorder, State},
    objs::{FindExt, TreeRefIter},
    ObjectId,
};
use imara_diff::{intern::InternedInput, sources::byte_lines_with_terminator, Algorithm};

use super::{scope::Scope, GitError, Views};
use crate::text::Ranges;

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
    // Trees are diffed newest commit first: packs store older versions as
    // deltas against newer ones, so this order finds each delta's base
    // already decoded in the cache. Jobs are then assigned oldest first,
    // so a blob belongs to the first commit that brings it.
    let trees: HashMap<ObjectId, ObjectId> = scope.commits.iter().map(|c| (c.id, c.tree)).collect();
    let mut diffs: Vec<CommitChanges> = Vec::with_capacity(scope.commits.len());
    let mut state = State::default();
    let (mut lhs_buf, mut rhs_buf) = (Vec::new(), Vec::new());
    for commit in scope.commits.iter().rev() {
        let diff_err = |message: String| GitError::Diff {
            commit: commit.id,
            message,
        };
        views
            .push
            .find_tree_iter(&commit.tree, &mut rhs_buf)
            .map_err(|e| diff_err(format!("tree {}: {e}", commit.tree)))?;
        let rhs = || TreeRefIter::from_bytes(&rhs_buf, views.hash);

        let mut per_parent: Vec<Changes> = Vec::with_capacity(commit.parents.len().max(1));
        let mut deleted = Vec::new();
        let mut trees_changed = vec![commit.tree];
        if commit.parents.is_empty() {
            let empty = TreeRefIter::from_bytes(&[], views.hash);
            per_parent
                .push(changes(views, empty, rhs(), &mut state, &mut deleted, &mut trees_changed).map_err(diff_err)?);
        }
        for parent in &commit.parents {
            let ptree = match trees.get(parent) {
                Some(t) => *t,
                None => parent_tree(views, parent, &mut lhs_buf)?,
            };
            views
                .push
                .find_tree_iter(&ptree, &mut lhs_buf)
                .map_err(|e| diff_err(format!("tree {ptree} of parent {parent}: {e}")))?;
            let lhs = TreeRefIter::from_bytes(&lhs_buf, views.hash);
            per_parent
                .push(changes(views, lhs, rhs(), &mut state, &mut deleted, &mut trees_changed).map_err(diff_err)?);
        }
        deleted.truncate(MAX_RENAME_CANDIDATES);
        diffs.push(CommitChanges {
            files: new_in_every_parent(&per_parent),
            deleted,
            trees: trees_changed,
        });
    }

    let mut plan = Plan::default();
    let mut whole_seen: HashSet<ObjectId> = HashSet::new();
    let mut diff_seen: HashSet<(ObjectId, Vec<ObjectId>)> = HashSet::new();
    for (ci, (commit, diff)) in scope.commits.iter().zip(diffs.into_iter().rev()).enumerate() {
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

/// What one commit changes: files new relative to every parent (path,
/// blob, bases), the first blobs it deletes (rename candidates), and its
/// trees that differ from a parent's (so that they count as reached).
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
    let err = |message: String| GitError::Read {
        id: tree,
        what: "tree a ref points at".into(),
        message,
    };
    views
        .push
        .find_tree_iter(&tree, &mut buf)
        .map_err(|e| err(e.to_string()))?;
    let empty = TreeRefIter::from_bytes(&[], views.hash);
    let all = changes(
        views,
        empty,
        TreeRefIter::from_bytes(&buf, views.hash),
        &mut State::default(),
        &mut Vec::new(),
        &mut Vec::new(),
    )
    .map_err(err)?;
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

fn parent_tree(views: &Views, parent: &ObjectId, buf: &mut Vec<u8>) -> Result<ObjectId, GitError> {
    let what = "parent commit".to_string();
    let kind = super::scope::read(views, parent, &what, buf)?;
    if kind != gix::objs::Kind::Commit {
        return Err(GitError::Kind {
            id: *parent,
            what,
            actual: kind,
            expected: gix::objs::Kind::Commit,
        });
    }
    gix::objs::CommitRefIter::from_bytes(buf, views.hash)
        .tree_id()
        .map_err(|e| GitError::Read {
            id: *parent,
            what,
            message: e.to_string(),
        })
}

/// Blob-level changes from `lhs` to `rhs`: path -> (new blob, old blob).
/// Blobs that `rhs` no longer has go to `deleted`, and subtrees that are
/// new or changed in `rhs` to `trees`.
fn changes(
    views: &Views,
    lhs: TreeRefIter<'_>,
    rhs: TreeRefIter<'_>,
    state: &mut State,
    deleted: &mut Vec<ObjectId>,
    trees: &mut Vec<ObjectId>,
) -> Result<Changes, String> {
    let mut rec = Recorder::default();
    gix::diff::tree(lhs, rhs, &mut *state, &views.push, &mut rec).map_err(|e| crate::engine::spec::one_line(&e))?;
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

/// Byte ranges of `new` holding lines that are not in `old` (Histogram diff).
pub fn added_ranges(old: &[u8], new: &[u8]) -> Ranges {
    let input = InternedInput::new(byte_lines_with_terminator(old), byte_lines_with_terminator(new));
    // Hunks come in order, so a cursor over `new` turns line numbers into
    // byte offsets without a table of every line start.
    let mut cursor = LineCursor {
        data: new,
        line: 0,
        offset: 0,
    };
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    imara_diff::diff(
        Algorithm::Histogram,
        &input,
        |_before: std::ops::Range<u32>, after: std::ops::Range<u32>| {
            if after.is_empty() {
                return;
            }
            let s = cursor.seek(after.start as usize);
            let e = cursor.seek(after.end as usize);
            match out.last_mut() {
                Some(last) if last.end == s => last.end = e,
                _ => out.push(s..e),
            }
        },
    );
    Ranges(out)
}

/// Byte offset of the start of a line, for line numbers that only grow.
struct LineCursor<'a> {
    data: &'a [u8],
    line: usize,
    offset: usize,
}

impl LineCursor<'_> {
    /// Offset where 0-based `line` starts (the end of the data past the last).
    fn seek(&mut self, line: usize) -> usize {
        while self.line < line && self.offset < self.data.len() {
            self.offset =
                memchr::memchr(b'\n', &self.data[self.offset..]).map_or(self.data.len(), |p| self.offset + p + 1);
            self.line += 1;
        }
        self.offset
    }
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

    #[test]
    fn identical_files_add_nothing() {
        assert!(added_ranges(b"same\n", b"same\n").is_empty());
    }
}
