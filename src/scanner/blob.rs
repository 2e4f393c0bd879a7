//! Scanning one text into findings: the engine's hits with 1-based line
//! numbers, restricted to added lines when those are known, and the
//! `pushguard:allow` marker. The one place where hits become findings for
//! file contents, shared by the push check, the history scan and `scan`.

use std::time::Instant;

use crate::engine::{Engine, TimedOut};
use crate::findings::Finding;
use crate::text::{self, Ranges};

/// The marker a developer puts on a line to let a false positive through.
pub const INLINE_MARKER: &[u8] = b"pushguard:allow";

/// Text to scan: UTF-16 is transcoded to UTF-8 in place (with `scratch` as
/// room); `false` when the content is binary.
pub fn as_text(data: &mut Vec<u8>, scratch: &mut Vec<u8>) -> bool {
    if let Some((order, bom)) = text::utf16_kind(data) {
        text::transcode_utf16(&data[bom..], order, scratch);
        std::mem::swap(data, scratch);
        scratch.clear();
    }
    !text::is_binary(data)
}

/// Scans `data` (restricted to `added` when given) and turns hits into
/// findings with 1-based line numbers and inline-marker exceptions.
pub fn scan_text(engine: &Engine, data: &[u8], added: Option<&Ranges>, path: &str) -> Vec<Finding> {
    // Without a deadline the scan cannot time out.
    scan_text_until(engine, data, added, path, None).unwrap_or_default()
}

/// `scan_text` that gives up when `deadline` passes.
pub fn scan_text_until(
    engine: &Engine,
    data: &[u8],
    added: Option<&Ranges>,
    path: &str,
    deadline: Option<Instant>,
) -> Result<Vec<Finding>, TimedOut> {
    let hits = match added {
        Some(r) => engine.scan_until(data, |kw| r.overlaps(kw), deadline)?,
        None => engine.scan_until(data, |_| true, deadline)?,
    };
    // Line starts and marker positions are computed once, so that many
    // hits on one very long line cost no more than on short lines.
    let mut starts: Option<Vec<usize>> = None;
    let mut markers: Option<Vec<usize>> = None;
    let mut out = Vec::new();
    for hit in hits {
        if added.is_some_and(|r| !r.overlaps(&hit.secret)) {
            continue;
        }
        let starts = starts.get_or_insert_with(|| text::line_starts(data));
        let line = text::line_of(starts, hit.secret.start);
        let mut f = Finding::from_hit(engine, &hit, data, path.to_string(), line);
        let markers = markers.get_or_insert_with(|| memchr::memmem::find_iter(data, INLINE_MARKER).collect());
        let line_start = starts[line - 1];
        let line_end = starts.get(line).map_or(data.len(), |&s| s - 1);
        let first = markers.partition_point(|&m| m < line_start);
        if markers.get(first).is_some_and(|&m| m + INLINE_MARKER.len() <= line_end) {
            f.exception = Some("inline-marker".into());
        }
        out.push(f);
    }
    Ok(out)
}
