//! Every object of a set of object directories, decoded in pack order.
//!
//! gix's delta-tree traversal inflates each object and applies each delta
//! once, from a base still in memory, on all cores: the fastest way through
//! a whole history, and what the history scan and a large push's pass use.
//! The packs are memory-mapped; pages the traversal has passed are dropped
//! from the resident set as it goes (see `release_mapped_pages`).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use gix::objs::Kind;
use gix::ObjectId;

type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Why the pass over the objects stopped.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("pack {}: {}", path.display(), crate::text::one_line(source))]
    Pack {
        path: PathBuf,
        #[source]
        source: BoxError,
    },
    #[error("loose objects in {}: {}", path.display(), crate::text::one_line(source))]
    Loose {
        path: PathBuf,
        #[source]
        source: BoxError,
    },
    #[error("the pass over the objects was interrupted")]
    Interrupted,
}

/// Calls `f` with every object of every pack (decoded in pack order, in
/// parallel, each delta resolved once from its base) and every loose object.
/// Setting `interrupt` stops the traversal with an error.
pub fn for_each_object(
    dirs: &[PathBuf],
    hash: gix::hash::Kind,
    threads: usize,
    interrupt: &AtomicBool,
    f: &(dyn Fn(Kind, &ObjectId, &[u8]) + Sync),
) -> Result<(), PackError> {
    for dir in dirs {
        let mut idx_files: Vec<PathBuf> = match std::fs::read_dir(dir.join("pack")) {
            Ok(rd) => rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "idx"))
                .collect(),
            Err(_) => Vec::new(),
        };
        idx_files.sort();
        for idx in idx_files {
            let pack_err = |source: BoxError| PackError::Pack {
                path: idx.clone(),
                source,
            };
            let bundle = gix::odb::pack::Bundle::at(&idx, hash).map_err(|e| pack_err(e.into()))?;
            let mapped = bundle.pack.entry_slice(0..bundle.pack.data_len() as u64);
            let done = AtomicU64::new(0);
            let processor = |kind: Kind, data: &[u8], entry: &gix::odb::pack::index::Entry, _: &dyn gix::Progress| {
                f(kind, &entry.oid, data);
                if done.fetch_add(1, Ordering::Relaxed) % RELEASE_EVERY == RELEASE_EVERY - 1 {
                    if let Some(m) = mapped {
                        release_mapped_pages(m);
                    }
                }
                Ok(())
            };
            bundle
                .index
                .traverse(
                    &bundle.pack,
                    &mut gix::progress::Discard,
                    interrupt,
                    processor,
                    gix::odb::pack::index::traverse::Options {
                        traversal: gix::odb::pack::index::traverse::Algorithm::DeltaTreeLookup,
                        thread_limit: Some(threads),
                        check: gix::odb::pack::index::traverse::SafetyCheck::SkipFileAndObjectChecksumVerification,
                        alloc_limit_bytes: None,
                        make_pack_lookup_cache: || gix::odb::pack::cache::Never,
                    },
                )
                .map_err(|e| pack_err(e.into()))?;
        }
        let loose = gix::odb::loose::Store::at(dir, hash);
        let mut buf = Vec::new();
        for id in loose.iter() {
            if interrupt.load(Ordering::Relaxed) {
                return Err(PackError::Interrupted);
            }
            let id = id.map_err(|e| PackError::Loose {
                path: dir.clone(),
                source: e.into(),
            })?;
            if let Ok(Some(obj)) = loose.try_find(&id, &mut buf) {
                let kind = obj.kind;
                f(kind, &id, &buf);
            }
        }
    }
    Ok(())
}

/// Objects between two calls of [`release_mapped_pages`] on a pack.
const RELEASE_EVERY: u64 = 1 << 12;

/// Drops the pages of a pack's read-only mapping from this process's
/// resident set. The traversal reads each entry once, so pages it has passed
/// are not needed again soon; without this, the resident set grows by the
/// whole pack (half a gigabyte for git/git) although those pages are clean
/// page cache that the kernel can reclaim anyway. A page read again is
/// mapped back from the page cache (or the file); its content never
/// changes, because the mapping is private and never written.
fn release_mapped_pages(mapped: &[u8]) {
    #[cfg(target_os = "linux")]
    // SAFETY: `mapped` is a whole read-only private file mapping (it starts
    // at offset 0 of the pack, which the mapping aligns to a page).
    // MADV_DONTNEED on such a mapping only drops clean pages; later reads
    // fault them in again with the same bytes, so no reference into the
    // mapping sees different data.
    unsafe {
        libc::madvise(mapped.as_ptr() as *mut libc::c_void, mapped.len(), libc::MADV_DONTNEED);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = mapped;
}
