//! Looking at what the hook left on disk: its temporary view directories,
//! permission bits, and modification times set into the past (to make a
//! leftover look stale).

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The `pushguard-view-*` directories directly in `dir`.
pub fn view_dirs(dir: &Path) -> BTreeSet<PathBuf> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with("pushguard-view-"))
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default()
}

/// Permission bits of `path` (not following a symlink).
fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

#[track_caller]
pub fn assert_mode(path: &Path, expected: u32) {
    assert_eq!(mode(path), expected, "mode of {} is {:o}", path.display(), mode(path));
}

/// Sets the modification time of `path` to `ago` in the past.
pub fn backdate(path: &Path, ago: Duration) {
    std::fs::File::open(path)
        .and_then(|f| f.set_modified(SystemTime::now() - ago))
        .unwrap_or_else(|e| panic!("backdate {}: {e}", path.display()));
}
