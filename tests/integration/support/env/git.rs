//! `Env`: running git in the world's repositories, writing and committing
//! files in the working repository, and looking at what the server has.

use std::ffi::OsStr;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use super::Env;

/// git's all-zero object id: the old value of a ref being created, the new
/// value of one being deleted.
pub const ZERO_OID: &str = "0000000000000000000000000000000000000000";

impl Env {
    pub(super) fn git_command<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Command {
        let mut c = self.command("git");
        c.current_dir(dir)
            .args(["-c", "init.defaultBranch=main", "-c", "advice.detachedHead=false"])
            .args(args);
        c
    }

    /// Runs git in `dir` and returns its output whatever the status.
    pub fn git_output(&self, dir: &Path, args: &[&str]) -> Output {
        self.git_command(dir, args).output().expect("run git")
    }

    /// Runs git in `dir`; panics with its output when it fails.
    pub fn git_at(&self, dir: &Path, args: &[&str]) -> String {
        let o = self.git_output(dir, args);
        assert!(
            o.status.success(),
            "git {args:?} in {} failed:\n{}{}",
            dir.display(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).trim_end().to_string()
    }

    /// Runs git in `dir` with `input` on stdin; panics when it fails.
    pub fn git_with_stdin(&self, dir: &Path, args: &[&str], input: &[u8]) -> String {
        let mut c = self.git_command(dir, args);
        c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn git");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write git stdin");
        let o = child.wait_with_output().expect("wait git");
        assert!(
            o.status.success(),
            "git {args:?} failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).trim_end().to_string()
    }

    /// Runs git in the working repository.
    pub fn git(&self, args: &[&str]) -> String {
        self.git_at(&self.work, args)
    }

    /// Runs git in the server repository.
    pub fn server_git(&self, args: &[&str]) -> String {
        self.git_at(&self.server, args)
    }

    // --- the working repository --------------------------------------------

    /// Writes a file of the working tree (creating directories).
    pub fn write(&self, rel: impl AsRef<Path>, content: impl AsRef<[u8]>) {
        let path = self.work.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("mkdir");
        }
        std::fs::write(&path, content).expect("write file");
    }

    /// Stages everything and commits; returns the new commit id.
    pub fn commit_all(&self, message: &str) -> String {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", message]);
        self.rev("HEAD")
    }

    /// Writes one file and commits it; returns the commit id.
    pub fn commit_file(&self, rel: &str, content: &str, message: &str) -> String {
        self.write(rel, content);
        self.commit_all(message)
    }

    pub fn rev(&self, rev: &str) -> String {
        self.git(&["rev-parse", "--verify", "-q", rev])
    }

    // --- the server --------------------------------------------------------

    /// True when the server repository has the object.
    pub fn server_has_object(&self, oid: &str) -> bool {
        self.has_object_at(&self.server, oid)
    }

    /// The commit (or tag object) a server ref points at.
    pub fn server_ref(&self, name: &str) -> Option<String> {
        self.ref_at(&self.server, name)
    }

    pub fn has_object_at(&self, git_dir: &Path, oid: &str) -> bool {
        self.git_output(git_dir, &["cat-file", "-e", oid]).status.success()
    }

    pub fn ref_at(&self, git_dir: &Path, name: &str) -> Option<String> {
        let o = self.git_output(git_dir, &["rev-parse", "--verify", "-q", name]);
        o.status
            .success()
            .then(|| String::from_utf8_lossy(&o.stdout).trim().to_string())
    }
}
