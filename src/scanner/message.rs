//! Scanning a raw commit or tag object into findings: its message, and
//! any header that is not one of git's standard ones. The one
//! implementation, for the push check and the history scan alike.

use std::time::Instant;

use gix::objs::Kind;

use crate::engine::{Engine, TimedOut};
use crate::findings::Finding;
use crate::objects::read::message_start;
use crate::text;

/// Findings in a raw commit or tag object. Findings in the message are
/// labelled `(commit message)` (or `(tag message)`) with the line in the
/// message; findings in headers `(commit header)`. Gives up when
/// `deadline` passes first.
pub fn findings(engine: &Engine, kind: Kind, raw: &[u8], deadline: Option<Instant>) -> Result<Vec<Finding>, TimedOut> {
    let label = label(kind);
    let message_start = message_start(raw);
    let raw = &scannable_text(raw, message_start)[..];
    let hits = engine.scan_until(raw, |_| true, deadline)?;
    if hits.is_empty() {
        return Ok(Vec::new());
    }
    let starts = text::line_starts(&raw[message_start..]);
    Ok(hits
        .iter()
        .map(|hit| {
            let (path, line) = if hit.secret.start >= message_start {
                (
                    format!("({label} message)"),
                    text::line_of(&starts, hit.secret.start - message_start),
                )
            } else {
                (format!("({label} header)"), 0)
            };
            Finding::from_hit(engine, hit, raw, path, line)
        })
        .collect())
}

/// `commit` or `tag`, as messages and paths name the object.
pub fn label(kind: Kind) -> &'static str {
    if kind == Kind::Tag {
        "tag"
    } else {
        "commit"
    }
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
fn scannable_text(raw: &[u8], message_start: usize) -> Vec<u8> {
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
