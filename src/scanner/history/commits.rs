//! Commits of a repository for attribution: parsed in phase one, walked
//! from every ref, and ordered oldest first.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use gix::bstr::ByteSlice;
use gix::objs::{Find, Kind};
use gix::ObjectId;

use super::HistoryError;

/// What phase two needs of a commit.
#[derive(Debug, Clone)]
pub(super) struct CommitInfo {
    pub id: ObjectId,
    pub tree: ObjectId,
    pub parents: Vec<ObjectId>,
    /// Committer time, for the oldest-first order.
    pub time: i64,
    pub author: String,
    pub date: String,
}

pub(super) fn parse_commit(id: ObjectId, data: &[u8], hash: gix::hash::Kind) -> Option<CommitInfo> {
    let c = gix::objs::CommitRef::from_bytes(data, hash).ok()?;
    let time = c.committer().ok().and_then(|s| s.time().ok()).map_or(0, |t| t.seconds);
    let (author, date) = c.author().ok().map(author_and_date).unwrap_or_default();
    Some(CommitInfo {
        id,
        tree: c.tree(),
        parents: c.parents().collect(),
        time,
        author,
        date,
    })
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
pub(super) fn walk_commits(
    repo: &gix::Repository,
    mut known: HashMap<ObjectId, CommitInfo>,
    path: &Path,
) -> Result<(Vec<CommitInfo>, Vec<ObjectId>), HistoryError> {
    let mut tips = Vec::new();
    for mut r in all_refs(repo, path)? {
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
                parse_commit(id, &buf, hash).ok_or_else(|| HistoryError::Commit {
                    path: path.to_path_buf(),
                    id,
                })?
            }
        };
        stack.extend(info.parents.iter().copied());
        out.push(info);
    }
    Ok((oldest_first(out), missing))
}

/// `Name <email>` and the RFC 3339 date of a signature.
pub(super) fn author_and_date(sig: gix::actor::SignatureRef<'_>) -> (String, String) {
    let date = sig
        .time()
        .map(|t| {
            crate::output::incident::rfc3339(
                std::time::UNIX_EPOCH + std::time::Duration::from_secs(t.seconds.max(0) as u64),
            )
        })
        .unwrap_or_default();
    (
        format!("{} <{}>", sig.name.trim().as_bstr(), sig.email.trim().as_bstr()),
        date,
    )
}

/// Every ref of the repository (peeled or not by the caller).
pub(super) fn all_refs<'r>(repo: &'r gix::Repository, path: &Path) -> Result<Vec<gix::Reference<'r>>, HistoryError> {
    let refs_err = |source: Box<dyn std::error::Error + Send + Sync>| HistoryError::Refs {
        path: path.to_path_buf(),
        source,
    };
    let platform = repo.references().map_err(|e| refs_err(e.into()))?;
    let iter = platform.all().map_err(|e| refs_err(e.into()))?;
    Ok(iter.filter_map(Result::ok).collect())
}
