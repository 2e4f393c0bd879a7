//! `Env`: installing pushguard as the server's `pre-receive` hook (a
//! symlink to the binary, a copy of the shipped wrapper script, or what
//! `pushguard install` writes).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::Env;
use crate::support::path_str;
use crate::support::run::bin;

impl Env {
    fn hook_path(&self) -> PathBuf {
        self.server.join("hooks/pre-receive")
    }

    /// Installs the binary as `hooks/pre-receive` through a symlink.
    pub fn install_hook(&self) {
        self.remove_hook();
        install_hook_at(&self.server);
    }

    /// Installs the shipped wrapper script `hooks/pre-receive` (a copy),
    /// which execs `$PUSHGUARD pre-receive`.
    pub fn install_wrapper_hook(&self) {
        self.remove_hook();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("hooks/pre-receive");
        std::fs::copy(&script, self.hook_path()).expect("copy wrapper hook");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(self.hook_path(), std::fs::Permissions::from_mode(0o755)).expect("chmod hook");
    }

    pub fn remove_hook(&self) {
        let _ = std::fs::remove_file(self.hook_path());
    }
}

/// Installs the binary as `<git_dir>/hooks/pre-receive` through a symlink.
pub fn install_hook_at(git_dir: &Path) {
    std::fs::create_dir_all(git_dir.join("hooks")).expect("mkdir hooks");
    std::os::unix::fs::symlink(bin(), git_dir.join("hooks/pre-receive")).expect("symlink hook");
}

/// Installs the hook with the real installer and checks what it wrote: a
/// script that execs the absolute path of the binary under test.
pub fn install_with_installer(env: &Env) {
    env.pushguard(&env.root, &["install", "--repo", path_str(&env.server)], b"", &[])
        .assert_code(0);
    let hook = env.server.join("hooks/pre-receive");
    let script = std::fs::read_to_string(&hook).expect("read installed hook");
    let binary = std::fs::canonicalize(bin()).expect("canonical binary path");
    assert!(
        script.starts_with("#!/bin/sh\n") && script.contains(&format!("exec '{}' pre-receive", binary.display())),
        "unexpected hook script:\n{script}"
    );
    let mode = hook.metadata().expect("hook metadata").permissions().mode();
    assert!(mode & 0o111 != 0, "hook not executable: {mode:o}");
    env.server_git(&["config", "receive.advertisePushOptions", "true"]);
}
