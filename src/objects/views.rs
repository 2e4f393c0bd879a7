//! The two views of the object database (`main` and `push`), opened when
//! the hook starts; the private view directory goes when they are dropped.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use gix::{objs::Exists, odb::Handle, ObjectId};

use super::{read, GitError};

/// Memory for gix's delta-base cache per handle, in bytes.
const PACK_CACHE_BYTES: usize = 64 << 20;
/// Memory for decoded objects (trees and commits mostly) per handle.
const OBJECT_CACHE_BYTES: usize = 16 << 20;

/// The two object views the hook works with.
pub struct Views {
    pub git_dir: PathBuf,
    /// `pushguard.*` keys from the repository's own git config.
    pub overrides: Vec<crate::config::Override>,
    pub hash: gix::hash::Kind,
    /// Objects the repository already has.
    pub main: Handle,
    /// The repository had no objects when the view was opened (no packs,
    /// no loose objects, no alternates): nothing needs looking up in
    /// `main`, which would cost a `stat` per object. Objects that land
    /// meanwhile are only scanned again, so this errs on the safe side.
    main_empty: bool,
    /// Quarantine plus repository.
    pub push: Handle,
    /// The quarantine directory alone, to find objects no ref reaches.
    pub quarantine: Option<PathBuf>,
    /// Commits to treat as already present (range scans: the excluded side).
    pub known: std::collections::HashSet<ObjectId>,
    _tmp: Option<tempfile::TempDir>,
    /// Held while the view exists: tells other hooks that it is in use.
    _lock: Option<std::fs::File>,
}

impl Views {
    /// Opens the repository at `git_dir` and, when `env` names a
    /// quarantine, a view that includes the pushed objects.
    pub fn open(git_dir: &Path, env: &QuarantineEnv) -> Result<Views, GitError> {
        let repo = gix::open_opts(git_dir, gix::open::Options::isolated()).map_err(|e| {
            let message = e.to_string();
            if message.contains("sha256") || message.contains("objectformat") {
                GitError::Sha256 {
                    path: git_dir.to_path_buf(),
                }
            } else {
                GitError::Open {
                    path: git_dir.to_path_buf(),
                    source: Box::new(e),
                }
            }
        })?;
        let hash = repo.object_hash();
        if hash != gix::hash::Kind::Sha1 {
            return Err(GitError::Sha256 {
                path: git_dir.to_path_buf(),
            });
        }
        let snapshot = repo.config_snapshot();
        let overrides = crate::config::OVERRIDE_KEYS
            .iter()
            .filter_map(|k| {
                snapshot.string(*k).map(|v| crate::config::Override {
                    key: (*k).to_string(),
                    value: v.to_string(),
                })
            })
            .collect();
        let objects_dir = repo.common_dir().join("objects");
        let main_empty = holds_no_objects(&objects_dir);
        let mut main = repo.objects.clone().into_inner();
        main.refresh_never();
        with_caches(&mut main);

        let (push, quarantine, tmp, lock) = match &env.quarantine {
            Some(q) => {
                let (tmp, lock) =
                    alternates_dir(q, &env.alternates, &objects_dir, repo.common_dir()).map_err(|source| {
                        GitError::Quarantine {
                            path: q.clone(),
                            source,
                        }
                    })?;
                let mut push =
                    gix::odb::at(tmp.path().join("objects"), hash).map_err(|source| GitError::Quarantine {
                        path: q.clone(),
                        source,
                    })?;
                push.refresh_never();
                with_caches(&mut push);
                (push, Some(q.clone()), Some(tmp), Some(lock))
            }
            None => (main.clone(), None, None, None),
        };
        Ok(Views {
            git_dir: git_dir.to_path_buf(),
            overrides,
            hash,
            main,
            main_empty,
            push,
            quarantine,
            known: Default::default(),
            _tmp: tmp,
            _lock: lock,
        })
    }

    /// A view for scanning commits of a repository as if they were pushed:
    /// nothing counts as present except `known` commits.
    pub fn for_range(git_dir: &Path, known: std::collections::HashSet<ObjectId>) -> Result<Views, GitError> {
        let mut views = Views::open(git_dir, &QuarantineEnv::default())?;
        let tmp = tempfile::Builder::new()
            .prefix("pushguard-empty-")
            .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
            .tempdir()
            .map_err(|source| GitError::Quarantine {
                path: git_dir.to_path_buf(),
                source,
            })?;
        for d in ["objects/pack", "objects/info"] {
            std::fs::create_dir_all(tmp.path().join(d)).map_err(|source| GitError::Quarantine {
                path: git_dir.to_path_buf(),
                source,
            })?;
        }
        views.main = gix::odb::at(tmp.path().join("objects"), views.hash).map_err(|source| GitError::Quarantine {
            path: git_dir.to_path_buf(),
            source,
        })?;
        views.main.refresh_never();
        views.main_empty = true;
        views.known = known;
        views._tmp = Some(tmp);
        Ok(views)
    }

    /// Whether the repository counts as having `id` already.
    pub fn has(&self, id: &gix::oid) -> bool {
        self.known.contains(id) || self.in_main(id)
    }

    /// Whether the repository's own object store has `id`.
    pub fn in_main(&self, id: &gix::oid) -> bool {
        !self.main_empty && self.main.exists(id)
    }
}

/// Whether an `objects` directory holds no object at all: no pack, no
/// loose object directory, no alternates. Anything unexpected, or an error
/// reading it, counts as "may hold objects".
fn holds_no_objects(objects_dir: &Path) -> bool {
    // Whether `dir` holds nothing but `allowed` names; a directory that is
    // not there holds nothing.
    let holds_only = |dir: &Path, allowed: &dyn Fn(&std::ffi::OsStr) -> bool| match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| e.map(|e| e.file_name()))
            .all(|name| name.is_ok_and(|n| allowed(&n))),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound && dir != objects_dir,
    };
    // The push's own quarantine (`tmp_objdir-incoming-*`) sits in here
    // while the hook runs, and holds no object of the repository's; `info`
    // may hold `packs` (an empty list) but not `alternates`; `pack` may hold
    // nothing but temporary files of an aborted write. Checked in that
    // order, each only when the one before passed.
    holds_only(objects_dir, &|n| {
        n == "info" || n == "pack" || n.as_encoded_bytes().starts_with(b"tmp_objdir-")
    }) && holds_only(&objects_dir.join("info"), &|n| n == "packs")
        && holds_only(&objects_dir.join("pack"), &|n| {
            n.as_encoded_bytes().starts_with(b"tmp_")
        })
}

impl Views {
    /// The bytes of file `name` at the root of the commit that `tip` peels
    /// to, if there is one.
    pub fn root_file(&self, tip: &ObjectId, name: &str) -> Result<Option<Vec<u8>>, GitError> {
        use gix::objs::{Find, Kind};
        let mut buf = Vec::new();
        let mut id = *tip;
        for _ in 0..64 {
            let kind = read::read(self, &id, "pushed tip", &mut buf)?;
            let read_err = |e| GitError::read(id, "pushed tip", e);
            match kind {
                Kind::Tag => {
                    id = gix::objs::TagRefIter::from_bytes(&buf, self.hash)
                        .target_id()
                        .map_err(read_err)?
                }
                Kind::Commit => {
                    id = gix::objs::CommitRefIter::from_bytes(&buf, self.hash)
                        .tree_id()
                        .map_err(read_err)?
                }
                Kind::Tree => {
                    let entry = gix::objs::TreeRefIter::from_bytes(&buf, self.hash)
                        .filter_map(Result::ok)
                        .find(|e| e.filename == name.as_bytes() && e.mode.is_blob());
                    let Some(entry) = entry else { return Ok(None) };
                    let blob = entry.oid.to_owned();
                    let mut data = Vec::new();
                    return match self.push.try_find(&blob, &mut data) {
                        Ok(Some(_)) => Ok(Some(data)),
                        Ok(None) => Err(GitError::Missing {
                            id: blob,
                            what: name.to_string(),
                        }),
                        Err(e) => Err(GitError::read(blob, name, e)),
                    };
                }
                Kind::Blob => return Ok(None),
            }
        }
        Ok(None)
    }
}

fn with_caches(h: &mut Handle) {
    with_cache_share(h, 1);
}

/// Gives `h` one `share`-th of the usual cache sizes: for handles that run
/// at the same time, so that together they use no more memory than one.
pub(crate) fn with_cache_share(h: &mut Handle, share: usize) {
    let (pack, object) = (PACK_CACHE_BYTES / share.max(1), OBJECT_CACHE_BYTES / share.max(1));
    h.set_pack_cache(move || Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(pack)));
    h.set_object_cache(move || Box::new(gix::odb::pack::cache::object::MemoryCappedHashmap::new(object)));
}

/// Git's quarantine environment, as `receive-pack` exports it to hooks.
#[derive(Debug, Clone, Default)]
pub struct QuarantineEnv {
    pub quarantine: Option<PathBuf>,
    pub alternates: Vec<PathBuf>,
}

impl QuarantineEnv {
    pub fn from_env() -> QuarantineEnv {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        let quarantine = var("GIT_QUARANTINE_PATH")
            .or_else(|| var("GIT_OBJECT_DIRECTORY"))
            .map(PathBuf::from);
        let alternates = var("GIT_ALTERNATE_OBJECT_DIRECTORIES")
            .map(|v| split_alternates(v.as_encoded_bytes()))
            .unwrap_or_default();
        QuarantineEnv { quarantine, alternates }
    }
}

/// Splits `GIT_ALTERNATE_OBJECT_DIRECTORIES`: `:`-separated, and an entry
/// that starts with `"` is C-quoted (git quotes paths containing `:`).
pub fn split_alternates(value: &[u8]) -> Vec<PathBuf> {
    use gix::bstr::ByteSlice;
    let mut out = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        if rest[0] == b'"' {
            if let Ok((unquoted, consumed)) = gix::quote::ansi_c::undo(rest.as_bstr()) {
                out.push(PathBuf::from(std::ffi::OsStr::from_bytes(&unquoted)));
                rest = &rest[consumed.min(rest.len())..];
                rest = rest.strip_prefix(b":").unwrap_or(rest);
                continue;
            }
        }
        let end = memchr::memchr(b':', rest).unwrap_or(rest.len());
        if end > 0 {
            out.push(PathBuf::from(std::ffi::OsStr::from_bytes(&rest[..end])));
        }
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    out
}

/// A private objects directory (outside the quarantine, which git moves
/// wholesale into the repository) whose alternates are the quarantine, the
/// inherited alternates and the main objects directory, and the lock that
/// marks it as in use.
///
/// It goes in `TMPDIR`, or in the repository's git directory when `TMPDIR`
/// is unusable (missing, full, not writable). Leftovers of killed hooks are
/// removed from both first.
fn alternates_dir(
    quarantine: &Path,
    inherited: &[PathBuf],
    main: &Path,
    git_dir: &Path,
) -> std::io::Result<(tempfile::TempDir, std::fs::File)> {
    let mut lines = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for dir in std::iter::once(quarantine)
        .chain(inherited.iter().map(PathBuf::as_path))
        .chain(std::iter::once(main))
    {
        let abs = if dir.is_absolute() {
            dir.to_path_buf()
        } else {
            std::env::current_dir()?.join(dir)
        };
        if !seen.insert(abs.clone()) {
            continue;
        }
        let bytes = abs.as_os_str().as_bytes();
        if bytes.contains(&b'\n') || bytes.first() == Some(&b'"') {
            lines.extend_from_slice(&c_quote(bytes));
        } else {
            lines.extend_from_slice(bytes);
        }
        lines.push(b'\n');
    }
    let mut first_error = None;
    for parent in [std::env::temp_dir(), git_dir.to_path_buf()] {
        remove_stale_views(&parent);
        match make_view(&parent, &lines) {
            Ok(view) => return Ok(view),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or_else(|| std::io::Error::other("no directory for a temporary object view")))
}

/// Creates `parent/pushguard-view-XXXXXX/` (0700) with `objects/info/alternates`
/// and `objects/pack/`, and takes its lock.
fn make_view(parent: &Path, alternates: &[u8]) -> std::io::Result<(tempfile::TempDir, std::fs::File)> {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    // tempfile creates directories with 0777 & !umask: ask for 0700, or under
    // a permissive umask anybody could swap the alternates the view reads.
    let tmp = tempfile::Builder::new()
        .prefix(VIEW_PREFIX)
        .permissions(std::fs::Permissions::from_mode(0o700))
        .tempdir_in(parent)?;
    let private_file = |path: &Path| {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_CLOEXEC | libc::O_NOFOLLOW)
            .open(path)
    };
    let lock = private_file(&tmp.path().join(VIEW_LOCK))?;
    lock.lock()?;
    let mut dirs = std::fs::DirBuilder::new();
    dirs.recursive(true).mode(0o700);
    dirs.create(tmp.path().join("objects/info"))?;
    dirs.create(tmp.path().join("objects/pack"))?;
    private_file(&tmp.path().join("objects/info/alternates"))?.write_all(alternates)?;
    Ok((tmp, lock))
}

const VIEW_PREFIX: &str = "pushguard-view-";
/// The file in a view directory that its hook keeps locked (`flock`).
const VIEW_LOCK: &str = "lock";
/// A view younger than this is never removed: its hook may be between
/// creating the directory and locking it.
const VIEW_GRACE: std::time::Duration = std::time::Duration::from_secs(60);
/// A view without a lock file is removed once it is this old.
const VIEW_UNLOCKED_MAX_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// A hook killed with SIGKILL cannot remove its view directory (a few
/// hundred bytes). Each hook holds a lock on its view while it runs; a view
/// whose lock nobody holds belongs to no running hook (the kernel releases
/// a dead process's locks) and is removed, as is an old view with no lock
/// file at all. So leftovers never accumulate, and a hook that runs for
/// hours (a raised time budget) keeps its view.
fn remove_stale_views(tmp: &Path) {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let Ok(entries) = std::fs::read_dir(tmp) else { return };
    let now = std::time::SystemTime::now();
    // SAFETY: geteuid has no preconditions and cannot fail.
    let uid = unsafe { libc::geteuid() };
    for e in entries.flatten() {
        if !e.file_name().as_bytes().starts_with(VIEW_PREFIX.as_bytes()) {
            continue;
        }
        // Only real directories of this user (never through a symlink).
        let Ok(meta) = std::fs::symlink_metadata(e.path()) else {
            continue;
        };
        if !meta.is_dir() || meta.uid() != uid {
            continue;
        }
        let age = meta
            .modified()
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .unwrap_or_default();
        if age < VIEW_GRACE {
            continue;
        }
        let lock = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_CLOEXEC | libc::O_NOFOLLOW)
            .open(e.path().join(VIEW_LOCK));
        let stale = match &lock {
            // Taking the lock means no hook holds it.
            Ok(f) => f.try_lock().is_ok(),
            Err(_) => age >= VIEW_UNLOCKED_MAX_AGE,
        };
        if stale {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// C-style quoting as git's alternates parser expects.
fn c_quote(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![b'"'];
    for &b in bytes {
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b if !(0x20..0x7f).contains(&b) => out.extend_from_slice(format!("\\{b:03o}").as_bytes()),
            b => out.push(b),
        }
    }
    out.push(b'"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_views_are_removed_and_fresh_ones_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let old = tmp.path().join("pushguard-view-old");
        let fresh = tmp.path().join("pushguard-view-fresh");
        let other = tmp.path().join("unrelated-old");
        for d in [&old, &fresh, &other] {
            std::fs::create_dir_all(d.join("objects/info")).unwrap();
        }
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for d in [&old, &other] {
            std::fs::File::open(d).unwrap().set_modified(two_hours_ago).unwrap();
        }
        remove_stale_views(tmp.path());
        assert!(!old.exists());
        assert!(fresh.exists());
        assert!(other.exists());
    }

    #[test]
    fn views_of_running_hooks_are_kept_and_of_dead_ones_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let (live, _lock) = make_view(tmp.path(), b"/nowhere\n").unwrap();
        let (dead, dead_lock) = make_view(tmp.path(), b"/nowhere\n").unwrap();
        let dead = dead.keep();
        drop(dead_lock);
        let recent = tmp.path().join("pushguard-view-recent");
        std::fs::create_dir_all(&recent).unwrap();
        std::fs::File::create(recent.join(VIEW_LOCK)).unwrap();
        // Old enough to be past the grace period, young enough to need the lock test.
        let two_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
        for d in [live.path(), &dead] {
            std::fs::File::open(d).unwrap().set_modified(two_minutes_ago).unwrap();
        }
        remove_stale_views(tmp.path());
        assert!(live.path().exists(), "a locked view is in use");
        assert!(!dead.exists(), "nobody holds the lock of a dead hook's view");
        assert!(recent.exists(), "within the grace period");
    }

    #[test]
    fn view_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let (view, _lock) = make_view(tmp.path(), b"/nowhere\n").unwrap();
        for (p, mode) in [
            (view.path().to_path_buf(), 0o700),
            (view.path().join("objects"), 0o700),
            (view.path().join("objects/info"), 0o700),
            (view.path().join("objects/info/alternates"), 0o600),
            (view.path().join(VIEW_LOCK), 0o600),
        ] {
            let m = std::fs::metadata(&p).unwrap().permissions().mode() & 0o7777;
            assert_eq!(m & !mode, 0, "{} has mode {m:o}", p.display());
        }
    }

    #[test]
    fn alternates_split_with_quotes() {
        let v = split_alternates(b"/a/b:\"/c:d/e\":/f");
        assert_eq!(
            v,
            vec![PathBuf::from("/a/b"), PathBuf::from("/c:d/e"), PathBuf::from("/f")]
        );
        assert!(split_alternates(b"").is_empty());
    }

    #[test]
    fn an_object_store_is_empty_only_without_packs_loose_objects_and_alternates() {
        let tmp = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            let out = std::process::Command::new("git")
                .args(args)
                .current_dir(tmp.path())
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "git {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        git(&["init", "-q", "--bare", "fresh.git"]);
        let objects = tmp.path().join("fresh.git/objects");
        assert!(holds_no_objects(&objects), "a new repository holds no objects");
        std::fs::write(objects.join("pack/tmp_pack_abc"), b"").unwrap();
        std::fs::create_dir_all(objects.join("tmp_objdir-incoming-x1y2/ab")).unwrap();
        std::fs::write(objects.join("tmp_objdir-incoming-x1y2/ab/cdef"), b"").unwrap();
        assert!(
            holds_no_objects(&objects),
            "an aborted write's temporary file and a push's quarantine are no objects of the repository"
        );

        std::fs::write(objects.join("info/alternates"), b"/elsewhere/objects\n").unwrap();
        assert!(!holds_no_objects(&objects), "alternates may hold objects");
        std::fs::remove_file(objects.join("info/alternates")).unwrap();

        git(&["init", "-q", "work"]);
        std::fs::write(tmp.path().join("work/f"), b"x\n").unwrap();
        git(&["-C", "work", "add", "f"]);
        git(&[
            "-C",
            "work",
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-qm",
            "m",
        ]);
        let work = tmp.path().join("work/.git/objects");
        assert!(!holds_no_objects(&work), "loose objects");
        git(&["-C", "work", "repack", "-adq"]);
        git(&["-C", "work", "prune-packed"]);
        assert!(!holds_no_objects(&work), "a pack");
        assert!(
            !holds_no_objects(&tmp.path().join("missing")),
            "an unreadable directory counts as holding objects"
        );
    }
}
