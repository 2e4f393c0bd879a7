//! Reading one object by id, with errors that name the object and what it
//! was read for.

use gix::objs::{Find, FindHeader, Kind};
use gix::ObjectId;

use super::{GitError, Views};

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
        Err(e) => Err(GitError::read(*id, what, e)),
    }
}

/// Reads a blob (or any object) through `handle` into `buf`.
pub fn read_blob(handle: &gix::odb::Handle, id: &ObjectId, what: &str, buf: &mut Vec<u8>) -> Result<(), GitError> {
    read_from(handle, id, what, buf).map(|_| ())
}

/// The size of an object, from its header (no inflation of the content).
pub fn object_size(handle: &gix::odb::Handle, id: &ObjectId, what: &str) -> Result<u64, GitError> {
    Ok(handle
        .try_header(id)
        .map_err(|e| GitError::read(*id, what, e))?
        .ok_or_else(|| GitError::Missing {
            id: *id,
            what: what.to_string(),
        })?
        .size)
}

/// Where the message starts in a raw commit or tag: after the first empty line.
pub fn message_start(raw: &[u8]) -> usize {
    memchr::memmem::find(raw, b"\n\n").map_or(raw.len(), |p| p + 2)
}
