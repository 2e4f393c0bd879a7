//! What a push brings that the repository does not have yet.
//!
//! The walk starts at the pushed tips and stops at every commit the
//! repository already has, so its cost follows the size of the push, not of
//! the repository (no painting of all refs as "hidden").

use std::collections::{HashMap, HashSet};

use gix::{
    objs::{Find, Kind},
    ObjectId,
};

use super::{GitError, Views};

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
    /// Offset of the message in `raw`.
    pub message_start: usize,
    /// The first ref (in stdin order) whose update reaches this commit.
    pub refname: String,
}

/// An annotated tag object the push introduces.
#[derive(Debug, Clone)]
pub struct NewTag {
    pub id: ObjectId,
    pub raw: Vec<u8>,
    pub message_start: usize,
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
                    let tag = gix::objs::TagRef::from_bytes(&buf, views.hash).map_err(|e| GitError::Read {
                        id,
                        what: what.clone(),
                        message: e.to_string(),
                    })?;
                    let target = tag.target();
                    if !views.has(&id) && seen_tags.insert(id) {
                        scope.tags.push(NewTag {
                            id,
                            message_start: message_start(&buf),
                            raw: buf.clone(),
                            refname: u.name.clone(),
                        });
                    }
                    if depth >= MAX_TAG_DEPTH {
                        return Err(GitError::Read {
                            id,
                            what,
                            message: format!("tags nest more than {MAX_TAG_DEPTH} levels deep"),
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
    let c = gix::objs::CommitRef::from_bytes(buf, views.hash).map_err(|e| GitError::Read {
        id,
        what: what.to_string(),
        message: e.to_string(),
    })?;
    Ok(NewCommit {
        id,
        tree: c.tree(),
        parents: c.parents().collect(),
        message_start: message_start(buf),
        raw: buf.clone(),
        refname: refname.to_string(),
    })
}

/// Reads an object from the push view into `buf` and returns its kind.
pub fn read(views: &Views, id: &ObjectId, what: &str, buf: &mut Vec<u8>) -> Result<Kind, GitError> {
    read_from(&views.push, id, what, buf)
}

/// [`read`] through a given object handle (one per thread).
pub fn read_from(objects: &gix::odb::Handle, id: &ObjectId, what: &str, buf: &mut Vec<u8>) -> Result<Kind, GitError> {
    match objects.try_find(id, buf) {
        Ok(Some(data)) => Ok(data.kind),
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

/// Where the message starts in a raw commit or tag: after the first empty line.
pub fn message_start(raw: &[u8]) -> usize {
    memchr::memmem::find(raw, b"\n\n").map_or(raw.len(), |p| p + 2)
}

/// Standard headers of commits and tags that hold ids, names, emails and
/// dates but never a secret worth reporting; blanked before scanning so that
/// words like `author` do not wake keyword-driven detectors on every push.
const PLAIN_HEADERS: &[&[u8]] = &[
    b"tree ",
    b"parent ",
    b"author ",
    b"committer ",
    b"encoding ",
    b"object ",
    b"type ",
    b"tag ",
    b"tagger ",
];

/// The object's bytes with its standard header lines blanked (same length,
/// so offsets and line numbers stay valid). Other headers, such as unusual
/// or custom ones, and the message are kept.
pub fn scannable_text(raw: &[u8], message_start: usize) -> Vec<u8> {
    let mut out = raw.to_vec();
    let mut pos = 0;
    while pos < message_start.min(raw.len()) {
        let end = memchr::memchr(b'\n', &raw[pos..]).map_or(raw.len(), |p| pos + p);
        if PLAIN_HEADERS.iter().any(|h| raw[pos..end].starts_with(h)) {
            out[pos..end].fill(b' ');
        }
        pos = end + 1;
    }
    out
}
