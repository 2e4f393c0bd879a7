//! The per-test world, `Env`: one temporary directory with the server's bare
//! repository, the developer's working repository, a home, a TMPDIR, the
//! pushguard configuration and the incident log, and an environment for
//! git and pushguard that holds nothing from the machine but `PATH`.
//!
//! This file has the world itself and the fake secrets it hands out; its
//! methods for the rest are split by concern:
//!
//! - `git.rs`: running git, writing and committing files, looking at the
//!   server's objects and refs;
//! - `hook.rs`: installing pushguard as the server's `pre-receive` hook;
//! - `push.rs`: pushing and running pushguard, each followed by the central
//!   leak assertion;
//! - `config.rs`: the configuration file and the incident log.

use std::cell::RefCell;
use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use tempfile::TempDir;

use super::detectors::{detectors, fallback_detector_file, DetectorIds};
use super::leak::assert_no_secret_leak;
use super::secrets::{aws_access_key_id, github_pat, Rng};
use super::text::path_str;

mod config;
mod git;
mod hook;
mod push;

pub use config::{bypass_config, last_incident};
pub use git::ZERO_OID;
pub use hook::{install_hook_at, install_with_installer};
pub use push::{push_checked, pushguard_umask_000, with_umask_000};

/// The user name every test process runs as (the hook's "unix-user" pusher).
pub const TEST_USER: &str = "pg-tester";

/// A temporary directory holding `server.git` (bare, the hook's repository),
/// `work` (the developer's repository, remote `origin` = the server), `home`,
/// `tmp` (TMPDIR of every process, to see what pushguard leaves behind),
/// `config.toml` and `incidents.jsonl`.
pub struct Env {
    _tmp: TempDir,
    pub root: PathBuf,
    pub home: PathBuf,
    pub tmpdir: PathBuf,
    pub server: PathBuf,
    pub work: PathBuf,
    pub config: PathBuf,
    pub log: PathBuf,
    pub detectors: &'static DetectorIds,
    fallback_dir: Option<PathBuf>,
    rng: RefCell<Rng>,
    secrets: RefCell<Vec<String>>,
    extra_env: RefCell<Vec<(String, String)>>,
}

impl Env {
    /// A fresh world with an empty configuration and no hook installed.
    pub fn new(name: &str) -> Env {
        let detectors = detectors();
        let tmp = tempfile::Builder::new()
            .prefix("pushguard-it-")
            .tempdir()
            .expect("tempdir");
        let root = std::fs::canonicalize(tmp.path()).expect("canonical tempdir");
        let home = root.join("home");
        let tmpdir = root.join("tmp");
        for d in [&home, &tmpdir] {
            std::fs::create_dir_all(d).expect("mkdir");
        }
        let mut rng = Rng::from_name(name);
        let fallback_dir = if detectors.needs_fallback() {
            let dir = root.join("test-detectors");
            std::fs::create_dir_all(&dir).expect("mkdir");
            std::fs::write(dir.join("fallback.toml"), fallback_detector_file(detectors, &mut rng))
                .expect("write detector");
            Some(dir)
        } else {
            None
        };
        let env = Env {
            server: root.join("server.git"),
            work: root.join("work"),
            config: root.join("config.toml"),
            log: root.join("incidents.jsonl"),
            _tmp: tmp,
            root,
            home,
            tmpdir,
            detectors,
            fallback_dir,
            rng: RefCell::new(rng),
            secrets: RefCell::new(Vec::new()),
            extra_env: RefCell::new(Vec::new()),
        };
        env.set_config("");
        env.git_at(&env.root, &["init", "-q", "--bare", "server.git"]);
        env.git_at(&env.root, &["init", "-q", "work"]);
        env.git(&["remote", "add", "origin", path_str(&env.server)]);
        env
    }

    // --- secrets -------------------------------------------------------

    /// A new fake GitHub PAT, registered for the leak assertion.
    pub fn github_token(&self) -> String {
        let s = github_pat(&mut self.rng.borrow_mut());
        self.secrets.borrow_mut().push(s.clone());
        s
    }

    /// A new fake AWS access key id, registered for the leak assertion.
    pub fn aws_key_id(&self) -> String {
        let s = aws_access_key_id(&mut self.rng.borrow_mut());
        self.secrets.borrow_mut().push(s.clone());
        s
    }

    /// `prefix` + `len` random characters of `[a-z0-9]`, registered for the
    /// leak assertion (for site-specific detectors defined by a test).
    pub fn custom_secret(&self, prefix: &str, len: usize) -> String {
        let s = format!(
            "{prefix}{}",
            self.rng
                .borrow_mut()
                .string(b"abcdefghijklmnopqrstuvwxyz0123456789", len)
        );
        self.secrets.borrow_mut().push(s.clone());
        s
    }

    /// Registers another form of a secret (e.g. its base64 encoding) for
    /// the leak assertion.
    pub fn register_secret(&self, s: &str) {
        self.secrets.borrow_mut().push(s.to_string());
    }

    pub fn filler(&self, words: usize) -> String {
        self.rng.borrow_mut().words(words)
    }

    pub fn github_id(&self) -> &str {
        self.detectors.github()
    }

    pub fn aws_id(&self) -> &str {
        self.detectors.aws()
    }

    /// Checks every registered secret against `text`.
    pub fn assert_no_leak(&self, what: &str, text: &str) {
        assert_no_secret_leak(&self.secrets.borrow(), what, text);
    }

    // --- the environment of every process ------------------------------------

    /// An environment variable for every later process (git and pushguard).
    pub fn set_env(&self, key: &str, value: &str) {
        self.extra_env.borrow_mut().push((key.to_string(), value.to_string()));
    }

    /// A command with an environment that holds nothing from the machine
    /// but `PATH`: git's system and global configuration are out of reach.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut c = Command::new(program);
        c.env_clear()
            .env(
                "PATH",
                std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()),
            )
            .env("HOME", &self.home)
            .env("TMPDIR", &self.tmpdir)
            .env("USER", TEST_USER)
            .env("LC_ALL", "C")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_AUTHOR_NAME", "Test Author")
            .env("GIT_AUTHOR_EMAIL", "author@example.invalid")
            .env("GIT_COMMITTER_NAME", "Test Committer")
            .env("GIT_COMMITTER_EMAIL", "committer@example.invalid")
            .env("PUSHGUARD_CONFIG", &self.config)
            .env("PUSHGUARD_LOG", &self.log)
            .stdin(Stdio::null());
        for (k, v) in self.extra_env.borrow().iter() {
            c.env(k, v);
        }
        c
    }
}

/// A world with one clean commit on the server's `main`, pushed before the
/// hook was installed (each hook start compiles every detector, so the
/// fixtures avoid runs that test nothing), and the hook installed; returns
/// the environment and that commit.
pub fn with_clean_main(name: &str) -> (Env, String) {
    let env = Env::new(name);
    let base = env.commit_file("README.md", "# service\n\nSome documentation.\n", "initial commit");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    env.install_hook();
    (env, base)
}
