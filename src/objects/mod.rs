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

/// Errors reading the repository. Each names the object or path involved.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot open repository {path}: {message}")]
    Open { path: PathBuf, message: String },
    #[error("repository {path} uses SHA-256 object ids; pushguard supports SHA-1 repositories only, so this push cannot be checked")]
    Sha256 { path: PathBuf },
    #[error("cannot prepare a view of the pushed objects in {path}: {source}")]
    Quarantine { path: PathBuf, source: std::io::Error },
    #[error("object {id} ({what}) is missing from the repository and the push")]
    Missing { id: ObjectId, what: String },
    #[error("object {id} ({what}) cannot be read: {message}")]
    Read {
        id: ObjectId,
        what: String,
        message: String,
    },
    #[error("object {id} ({what}) is a {actual}, expected a {expected}")]
    Kind {
        id: ObjectId,
        what: String,
        actual: gix::objs::Kind,
        expected: gix::objs::Kind,
    },
    #[error("cannot list the pushed objects in {path}: {message}")]
    List { path: PathBuf, message: String },
    #[error("cannot compare trees of commit {commit}: {message}")]
    Diff { commit: ObjectId, message: String },
}
