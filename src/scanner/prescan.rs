//! A large push's pass over its pack: the pushed blobs that are clean
//! text, found in pack order on all cores while the push check works out
//! what the push changed.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use gix::{objs::Kind, ObjectId};

use super::blob::scan_text_until;
use super::options::CheckOptions;
use super::pool::worker_threads;
use crate::engine::Engine;
use crate::objects::packs::for_each_object;
use crate::objects::Views;
use crate::text;

/// Quarantines whose packs hold at least this many bytes get
/// [`prescan_quarantine`]; smaller pushes are read object by object.
const PRESCAN_MIN_PACK_BYTES: u64 = 4 << 20;

/// The quarantine's objects directory when its packs are large.
pub(super) fn large_quarantine(views: &Views) -> Option<&PathBuf> {
    let dir = views.quarantine.as_ref()?;
    let bytes: u64 = std::fs::read_dir(dir.join("pack"))
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pack"))
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    (bytes >= PRESCAN_MIN_PACK_BYTES).then_some(dir)
}

/// For a large push: the pushed blobs that are clean text, found by one
/// pass over the quarantine's packs in pack order (gix's delta-tree
/// traversal, on all cores: each object inflated and each delta applied
/// once, from a base still in memory), with their sizes. Their jobs then
/// need no random reads of the blob and its earlier versions, which is
/// what a whole-history push spends most of its time on otherwise. The
/// keyword search is switched to a DFA first (faster on gigabytes).
///
/// Only what is certain is taken from the pass: a blob that is binary,
/// over a limit, or has any finding at all goes through the normal job
/// (which diffs it and keeps what the push added). The pass stops at the
/// deadline or when `interrupt` is set; any error just leaves more to the
/// jobs.
pub(super) fn prescan_quarantine(
    quarantine: &PathBuf,
    hash: gix::hash::Kind,
    engine: &Engine,
    opts: &CheckOptions,
    interrupt: &AtomicBool,
) -> HashMap<ObjectId, u64> {
    engine.prefer_keyword_dfa();
    let clean = Mutex::new(HashMap::new());
    let threads = worker_threads(opts.threads);
    let max_line = usize::try_from(opts.max_line_bytes).unwrap_or(usize::MAX);
    // Any error just leaves more to the jobs.
    let _ = for_each_object(
        std::slice::from_ref(quarantine),
        hash,
        threads,
        interrupt,
        &|kind, id, data| {
            if kind != Kind::Blob || data.len() as u64 > opts.max_blob_bytes {
                return;
            }
            if opts.deadline.is_some_and(|d| Instant::now() >= d) {
                interrupt.store(true, Ordering::Relaxed);
                return;
            }
            let mut transcoded = Vec::new();
            let text = text::as_utf8(data, &mut transcoded);
            if text::is_binary(text) || (opts.max_line_bytes > 0 && text::long_line(text, max_line, None).is_some()) {
                return;
            }
            if let Ok(found) = scan_text_until(engine, text, None, "", opts.deadline) {
                if found.is_empty() {
                    if let Ok(mut c) = clean.lock() {
                        c.insert(*id, data.len() as u64);
                    }
                }
            }
        },
    );
    clean.into_inner().unwrap_or_else(PoisonError::into_inner)
}
