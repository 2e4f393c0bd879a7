//! `pushguard scan --repo DIR --since X` or `--range A..B`: the commits of
//! a range, checked the way the hook checks a push (only the lines each
//! commit adds, and its message), through the push check itself.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use gix::bstr::ByteSlice;
use gix::objs::{Find, Kind};
use gix::ObjectId;

use super::commits::{all_refs, author_and_date};
use super::{HistoryError, HistoryOptions, HistoryReport};
use crate::engine::Engine;
use crate::objects::Views;
use crate::scanner::push::{check_push, CheckOptions};
use crate::scope::RefUpdate;

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
    let repo = super::open(path)?;
    let (tips, exclude) = range_ends(&repo, path, range)?;
    let views =
        Views::for_range(repo.git_dir(), reachable_from(&repo, exclude)).map_err(|source| HistoryError::Check {
            path: path.to_path_buf(),
            source,
        })?;
    let updates: Vec<RefUpdate> = tips
        .into_iter()
        .map(|(id, name)| RefUpdate {
            old: ObjectId::null(repo.object_hash()),
            new: id,
            name,
        })
        .collect();
    let check_opts = CheckOptions {
        max_blob_bytes: opts.max_blob_bytes,
        max_memory_bytes: crate::config::LimitsConfig::default().max_memory_bytes,
        max_line_bytes: 0,
        time_budget_ms: None,
        inline_marker: false,
        threads: opts.threads,
        deadline: None,
    };
    let checked = check_push(&views, &updates, engine, &check_opts).map_err(|source| HistoryError::Check {
        path: path.to_path_buf(),
        source,
    })?;
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

/// The tips to scan (with their names) and the commit whose history counts
/// as present.
fn range_ends(
    repo: &gix::Repository,
    path: &Path,
    range: &Range,
) -> Result<(Vec<(ObjectId, String)>, ObjectId), HistoryError> {
    let resolve = |spec: &str| -> Result<ObjectId, HistoryError> {
        repo.rev_parse_single(spec.as_bytes().as_bstr())
            .map(|id| id.detach())
            .map_err(|e| HistoryError::Resolve {
                path: path.to_path_buf(),
                spec: spec.to_string(),
                source: Box::new(e),
            })
    };
    Ok(match range {
        Range::Between { from, to } => (vec![(resolve(to)?, to.clone())], resolve(from)?),
        Range::Since(x) => {
            let mut tips = Vec::new();
            for mut r in all_refs(repo, path)? {
                let name = r.name().as_bstr().to_string();
                if let Ok(id) = r.peel_to_id() {
                    tips.push((id.detach(), name));
                }
            }
            (tips, resolve(x)?)
        }
    })
}

/// Every object id reachable from `tip` through commit parents and tag
/// targets: what counts as present in a range scan.
fn reachable_from(repo: &gix::Repository, tip: ObjectId) -> HashSet<ObjectId> {
    let mut known = HashSet::new();
    let mut stack = vec![tip];
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
    known
}

/// Author and date of `commit`, empty when it cannot be read.
fn author_of(repo: &gix::Repository, commit: &str) -> (String, String) {
    let mut buf = Vec::new();
    let Ok(id) = ObjectId::from_hex(commit.as_bytes()) else {
        return Default::default();
    };
    match repo.objects.try_find(&id, &mut buf) {
        Ok(Some(obj)) if obj.kind == Kind::Commit => gix::objs::CommitRefIter::from_bytes(&buf, repo.object_hash())
            .author()
            .map(author_and_date)
            .unwrap_or_default(),
        _ => Default::default(),
    }
}
