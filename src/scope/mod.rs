//! Step 2, push scope: what a push brings that the repository does not
//! have yet (new commits, new annotated tags, refs that point straight at a
//! tree or a blob). Reads objects; may not scan or judge them.
//!
//! The walk starts at the pushed tips and stops at every commit the
//! repository already has, so its cost follows the size of the push, not of
//! the repository (no painting of all refs as "hidden").

use std::collections::{HashMap, HashSet};

use gix::{objs::Kind, ObjectId};

use crate::objects::read::read;
use crate::objects::{GitError, Views};

/// One ref command from the hook's stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefUpdate {
    pub old: ObjectId,
    pub new: ObjectId,
    pub name: String,
}

impl RefUpdate {
    pub fn is_delete(&self) -> bool {
        self.new.is_null()
    }
}

/// A commit the push introduces.
#[derive(Debug, Clone)]
pub struct NewCommit {
    pub id: ObjectId,
    pub tree: ObjectId,
    pub parents: Vec<ObjectId>,
    /// The raw commit object (headers and message), scanned as text.
    pub raw: Vec<u8>,
    /// The first ref (in stdin order) whose update reaches this commit.
    pub refname: String,
}

/// An annotated tag object the push introduces.
#[derive(Debug, Clone)]
pub struct NewTag {
    pub id: ObjectId,
    pub raw: Vec<u8>,
    pub refname: String,
}

/// A tree or blob that a ref (or a tag) points at directly.
#[derive(Debug, Clone)]
pub struct DirectObject {
    pub id: ObjectId,
    pub kind: Kind,
    pub refname: String,
}

/// Everything new in a push, commits in topological order (parents first).
#[derive(Debug, Default)]
pub struct Scope {
    pub commits: Vec<NewCommit>,
    pub tags: Vec<NewTag>,
    pub direct: Vec<DirectObject>,
}

/// How deep annotated tags may nest before the push is treated as hostile.
const MAX_TAG_DEPTH: usize = 64;

pub fn compute(views: &Views, updates: &[RefUpdate]) -> Result<Scope, GitError> {
    let mut scope = Scope::default();
    let mut seen_tags = HashSet::new();
    let mut tips: Vec<(ObjectId, &str)> = Vec::new();
    let mut buf = Vec::new();

    for u in updates.iter().filter(|u| !u.is_delete()) {
        let mut id = u.new;
        let mut what = format!("new value of {}", u.name);
        for depth in 0.. {
            if views.has(&id) && depth == 0 {
                // Points at something the repository has: nothing new behind it.
                break;
            }
            let kind = read(views, &id, &what, &mut buf)?;
            match kind {
                Kind::Tag => {
                    let tag = gix::objs::TagRef::from_bytes(&buf, views.hash)
                        .map_err(|e| GitError::read(id, what.clone(), e))?;
                    let target = tag.target();
                    if !views.has(&id) && seen_tags.insert(id) {
                        scope.tags.push(NewTag {
                            id,
                            raw: buf.clone(),
                            refname: u.name.clone(),
                        });
                    }
                    if depth >= MAX_TAG_DEPTH {
                        return Err(GitError::TagDepth {
                            id,
                            what,
                            depth: MAX_TAG_DEPTH,
                        });
                    }
                    if views.has(&target) {
                        break;
                    }
                    what = format!("target of tag {id}");
                    id = target;
                }
                Kind::Commit => {
                    tips.push((id, &u.name));
                    break;
                }
                Kind::Tree | Kind::Blob => {
                    scope.direct.push(DirectObject {
                        id,
                        kind,
                        refname: u.name.clone(),
                    });
                    break;
                }
            }
        }
    }
    scope.commits = walk(views, &tips)?;
    Ok(scope)
}

/// Depth-first walk from the tips that stops at commits the repository has,
/// emitting commits in post-order: every parent before its children.
fn walk(views: &Views, tips: &[(ObjectId, &str)]) -> Result<Vec<NewCommit>, GitError> {
    let mut out: Vec<NewCommit> = Vec::new();
    let mut state: HashMap<ObjectId, bool> = HashMap::new(); // false: entered, true: done
    let mut buf = Vec::new();
    for &(tip, refname) in tips {
        if views.has(&tip) || state.contains_key(&tip) {
            continue;
        }
        // Stack of (commit, parents not yet visited, index of next parent).
        let mut stack: Vec<(NewCommit, usize)> = Vec::new();
        let first = load_commit(views, tip, refname, &format!("new value of {refname}"), &mut buf)?;
        state.insert(tip, false);
        stack.push((first, 0));
        while let Some((commit, next)) = stack.last_mut() {
            if *next < commit.parents.len() {
                let parent = commit.parents[*next];
                *next += 1;
                if state.contains_key(&parent) || views.has(&parent) {
                    continue;
                }
                let what = format!("parent of commit {}", commit.id);
                let p = load_commit(views, parent, refname, &what, &mut buf)?;
                state.insert(parent, false);
                stack.push((p, 0));
            } else if let Some((done, _)) = stack.pop() {
                state.insert(done.id, true);
                out.push(done);
            }
        }
    }
    Ok(out)
}

fn load_commit(
    views: &Views,
    id: ObjectId,
    refname: &str,
    what: &str,
    buf: &mut Vec<u8>,
) -> Result<NewCommit, GitError> {
    let kind = read(views, &id, what, buf)?;
    if kind != Kind::Commit {
        return Err(GitError::Kind {
            id,
            what: what.to_string(),
            actual: kind,
            expected: Kind::Commit,
        });
    }
    let c = gix::objs::CommitRef::from_bytes(buf, views.hash).map_err(|e| GitError::read(id, what, e))?;
    Ok(NewCommit {
        id,
        tree: c.tree(),
        parents: c.parents().collect(),
        raw: buf.clone(),
        refname: refname.to_string(),
    })
}
