//! Step 3, object reading: the repository's objects as the hook and the
//! history scan see them. May not know about findings, detectors or policy.
//!
//! gix does not read git's quarantine variables, so the hook keeps two views
//! of the object database (see `DESIGN.md`):
//! - `main`: only what the repository already has (never refreshed, since
//!   nothing new reaches the main store while the hook runs);
//! - `push`: the quarantine plus the repository, built from a private,
//!   temporary objects directory whose `info/alternates` lists them.
//!
//! [`read`] reads one object by id; [`packs`] decodes every object of a set
//! of packs in pack order, for the history scan and a large push's pass.

pub mod packs;
pub mod read;
mod views;

pub(crate) use views::with_cache_share;
pub use views::{split_alternates, QuarantineEnv, Views};

use std::path::PathBuf;

use gix::ObjectId;

use crate::text::one_line;

/// A lower layer's error, kept as the source of a [`GitError`].
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Errors reading the repository. Each names the object or path involved
/// and keeps the underlying error as its source; the message folds that
/// source into one line.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot open repository {path}: {}", one_line(source))]
    Open {
        path: PathBuf,
        #[source]
        source: Box<gix::Error>,
    },
    #[error("repository {path} uses SHA-256 object ids; pushguard supports SHA-1 repositories only, so this push cannot be checked")]
    Sha256 { path: PathBuf },
    #[error("cannot prepare a view of the pushed objects in {path}: {source}")]
    Quarantine { path: PathBuf, source: std::io::Error },
    #[error("object {id} ({what}) is missing from the repository and the push")]
    Missing { id: ObjectId, what: String },
    #[error("object {id} ({what}) cannot be read: {}", one_line(source))]
    Read {
        id: ObjectId,
        what: String,
        #[source]
        source: BoxError,
    },
    #[error("object {id} ({what}) cannot be read: tags nest more than {depth} levels deep")]
    TagDepth { id: ObjectId, what: String, depth: usize },
    #[error("object {id} ({what}) cannot be read: not scanned because another object failed")]
    Abandoned { id: ObjectId, what: String },
    #[error("object {id} ({what}) is a {actual}, expected a {expected}")]
    Kind {
        id: ObjectId,
        what: String,
        actual: gix::objs::Kind,
        expected: gix::objs::Kind,
    },
    #[error("cannot list the pushed objects in {path}: {}", one_line(source))]
    List {
        path: PathBuf,
        #[source]
        source: BoxError,
    },
    #[error("cannot list the pushed objects in {path}: object {id}: {}", one_line(source))]
    ListObject {
        path: PathBuf,
        id: ObjectId,
        #[source]
        source: BoxError,
    },
    #[error("cannot list the pushed objects in {path}: object {id} vanished while listing")]
    Vanished { path: PathBuf, id: ObjectId },
    #[error("cannot compare trees of commit {commit}: {}", one_line(source))]
    Diff {
        commit: ObjectId,
        #[source]
        source: BoxError,
    },
    #[error("cannot compare trees of commit {commit}: tree {tree}: {}", one_line(source))]
    CommitTree {
        commit: ObjectId,
        tree: ObjectId,
        #[source]
        source: BoxError,
    },
    #[error(
        "cannot compare trees of commit {commit}: tree {tree} of parent {parent}: {}",
        one_line(source)
    )]
    ParentTree {
        commit: ObjectId,
        tree: ObjectId,
        parent: ObjectId,
        #[source]
        source: BoxError,
    },
    #[error("cannot compare trees of commit {commit}: a tree-diff thread panicked")]
    DiffPanicked { commit: ObjectId },
}

impl GitError {
    /// [`GitError::Read`] of object `id`, read for `what`.
    pub fn read(id: ObjectId, what: impl Into<String>, source: impl Into<BoxError>) -> GitError {
        GitError::Read {
            id,
            what: what.into(),
            source: source.into(),
        }
    }
}
