//! The binary under test and what its runs produce: `bin()` names the
//! pushguard executable every test runs (cargo's build, or the one
//! `PUSHGUARD_TEST_BIN` names), and `Run` holds the exit status and output
//! of one `git push` or pushguard run, with the assertions tests chain on it
//! (`assert_accepted`, `assert_rejected_for_secrets`, ...).

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

/// The binary under test: the one cargo built for this test run, or the
/// one `PUSHGUARD_TEST_BIN` names (e.g. a release build, whose detector
/// compilation at every hook start is several times faster).
pub fn bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        std::env::var_os("PUSHGUARD_TEST_BIN")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pushguard")))
    })
}

/// What a `git push` (or a pushguard run) printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub what: String,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from_output(what: String, o: Output) -> Run {
        Run {
            what,
            code: o.status.code(),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    /// Lines git printed for the hook (after `remote: `), trailing padding
    /// removed.
    pub fn remote_lines(&self) -> Vec<String> {
        self.all()
            .lines()
            .filter_map(|l| l.strip_prefix("remote:"))
            .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end().to_string())
            .collect()
    }

    /// The remote lines joined, for `contains` checks.
    pub fn remote(&self) -> String {
        self.remote_lines().join("\n")
    }

    pub fn describe(&self) -> String {
        format!(
            "{} exited with {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.what, self.code, self.stdout, self.stderr
        )
    }

    #[track_caller]
    pub fn assert_code(&self, code: i32) -> &Run {
        assert_eq!(self.code, Some(code), "unexpected exit status\n{}", self.describe());
        self
    }

    /// `git push` succeeded and pushguard did not reject anything.
    #[track_caller]
    pub fn assert_accepted(&self) -> &Run {
        assert_eq!(self.code, Some(0), "push should be accepted\n{}", self.describe());
        assert!(!self.all().contains("pushguard rejected"), "{}", self.describe());
        assert!(!self.all().contains("hook declined"), "{}", self.describe());
        self
    }

    /// `git push` failed because the pre-receive hook declined it.
    #[track_caller]
    pub fn assert_declined(&self) -> &Run {
        assert_eq!(self.code, Some(1), "push should be rejected\n{}", self.describe());
        assert!(
            self.stderr.contains("(pre-receive hook declined)"),
            "{}",
            self.describe()
        );
        self
    }

    /// Declined with pushguard's findings message.
    #[track_caller]
    pub fn assert_rejected_for_secrets(&self) -> &Run {
        self.assert_declined();
        assert!(
            self.remote().contains("error: pushguard rejected this push:"),
            "missing rejection headline\n{}",
            self.describe()
        );
        self
    }

    #[track_caller]
    pub fn assert_remote_contains(&self, needle: &str) -> &Run {
        assert!(
            self.remote().contains(needle),
            "expected {needle:?} in the hook output\n{}",
            self.describe()
        );
        self
    }

    #[track_caller]
    pub fn assert_remote_lacks(&self, needle: &str) -> &Run {
        assert!(
            !self.remote().contains(needle),
            "unexpected {needle:?} in the hook output\n{}",
            self.describe()
        );
        self
    }

    /// The `pushguard incident: pg-...` id printed to the developer.
    pub fn incident_id(&self) -> Option<String> {
        self.all()
            .lines()
            .find_map(|l| l.split("pushguard incident: ").nth(1))
            .map(|id| id.trim().to_string())
    }
}
