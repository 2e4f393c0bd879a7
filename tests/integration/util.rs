//! Test fixtures: an isolated git world per test (bare server repository,
//! working repository, home directory, pushguard configuration and incident
//! log, all in one temporary directory), fake secrets generated at run time
//! from a per-test deterministic PRNG, and the central "no secret leaks"
//! assertion that every push and every pushguard run goes through.

use std::cell::RefCell;
use std::ffi::OsStr;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

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

/// The user name every test process runs as (the hook's "unix-user" pusher).
pub const TEST_USER: &str = "pg-tester";

pub const ZERO_OID: &str = "0000000000000000000000000000000000000000";

// ---------------------------------------------------------------------------
// Deterministic randomness and fake secrets
// ---------------------------------------------------------------------------

/// splitmix64, seeded from the test name: a failing test reproduces with the
/// same fake secrets.
#[derive(Debug, Clone)]
pub struct Rng(u64);

const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE32_UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/// Substrings that detectors or global filters may treat as placeholders; a
/// generated secret containing one is drawn again.
const PLACEHOLDER_HINTS: &[&str] = &[
    "example", "test", "fake", "dummy", "sample", "xxxx", "your", "change", "demo", "0000", "1234",
];

impl Rng {
    pub fn from_name(name: &str) -> Rng {
        // FNV-1a.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in name.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn string(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len)
            .map(|_| alphabet[(self.next_u64() % alphabet.len() as u64) as usize] as char)
            .collect()
    }

    /// Printable, secret-free filler text.
    pub fn words(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| {
                let len = 3 + (self.next_u64() % 6) as usize;
                self.string(b"abcdefghijklmnopqrstuvwxyz", len)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn looks_like_placeholder(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    PLACEHOLDER_HINTS.iter().any(|p| lower.contains(p))
}

/// A GitHub classic personal access token with a valid checksum:
/// `ghp_` + 30 random alphanumerics + base62(crc32(random part), 6).
pub fn github_pat(rng: &mut Rng) -> String {
    loop {
        let random = rng.string(ALNUM, 30);
        let check = pushguard::engine::validate::base62(crc32fast::hash(random.as_bytes()), 6);
        let body = format!("{random}{check}");
        if !looks_like_placeholder(&body) {
            return format!("{}_{body}", "ghp");
        }
    }
}

/// An AWS access key id: `AKIA` + 16 characters of `[A-Z2-7]`.
pub fn aws_access_key_id(rng: &mut Rng) -> String {
    loop {
        let body = rng.string(BASE32_UPPER, 16);
        if !looks_like_placeholder(&body) {
            return format!("{}{body}", "AKIA");
        }
    }
}

/// What pushguard's fingerprint of `secret` under `detector` must be:
/// sha256(detector id, NUL, secret), lowercase hex. Computed here
/// independently of the product.
pub fn expected_fingerprint(detector: &str, secret: &str) -> String {
    let mut h = Sha256::new();
    h.update(detector.as_bytes());
    h.update([0u8]);
    h.update(secret.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

pub fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

// ---------------------------------------------------------------------------
// The central leak assertion
// ---------------------------------------------------------------------------

/// Length of the secret fragments that must not appear anywhere. Previews may
/// show a short prefix (at most 6 bytes); 12 consecutive bytes of a secret in
/// the output means it leaked.
const LEAK_FRAGMENT: usize = 12;

/// Fails when `text` holds any of `secrets`, or any fragment of one of
/// `LEAK_FRAGMENT` bytes.
#[track_caller]
pub fn assert_no_secret_leak(secrets: &[String], what: &str, text: &str) {
    for s in secrets {
        assert!(!text.contains(s.as_str()), "raw secret {s} appears in {what}:\n{text}");
        let bytes = s.as_bytes();
        for w in bytes.windows(LEAK_FRAGMENT.min(bytes.len())) {
            let frag = std::str::from_utf8(w).expect("ascii secret");
            assert!(
                !text.contains(frag),
                "fragment {frag:?} of secret {s} appears in {what}:\n{text}"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Which detectors the binary has
// ---------------------------------------------------------------------------

/// Detector ids that report the two kinds of fake secret the tests use.
#[derive(Debug, Clone)]
pub struct DetectorIds {
    /// Built-in detector for GitHub classic PATs, if the binary has one.
    pub builtin_github: Option<String>,
    /// Built-in detector for AWS access key ids, if the binary has one.
    pub builtin_aws: Option<String>,
}

const FALLBACK_GITHUB_ID: &str = "test-fallback-github-pat";
const FALLBACK_AWS_ID: &str = "test-fallback-aws-access-key-id";

impl DetectorIds {
    pub fn github(&self) -> &str {
        self.builtin_github.as_deref().unwrap_or(FALLBACK_GITHUB_ID)
    }
    pub fn aws(&self) -> &str {
        self.builtin_aws.as_deref().unwrap_or(FALLBACK_AWS_ID)
    }
    fn needs_fallback(&self) -> bool {
        self.builtin_github.is_none() || self.builtin_aws.is_none()
    }
}

/// Finds out, once per test run, which built-in detectors report a generated
/// GitHub PAT and AWS key id: `pushguard scan --format json` on a file that
/// holds one of each. When the build lacks one (the detector files are
/// written separately), the fixtures add a minimal detector through
/// `detectors.extra_dirs` so that the hook pipeline is still exercised;
/// `scan_cmd::builtin_detectors_report_github_pat_and_aws_key` fails then.
pub fn detectors() -> &'static DetectorIds {
    static IDS: OnceLock<DetectorIds> = OnceLock::new();
    IDS.get_or_init(|| {
        let dir = TempDir::new().expect("tempdir");
        let mut rng = Rng::from_name("detector discovery");
        let (pat, aws) = (github_pat(&mut rng), aws_access_key_id(&mut rng));
        let file = dir.path().join("probe.txt");
        std::fs::write(&file, format!("github_token = \"{pat}\"\naws_access_key_id = \"{aws}\"\n")).expect("write probe");
        let config = dir.path().join("empty.toml");
        std::fs::write(&config, "").expect("write config");
        let out = Command::new(bin())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("PUSHGUARD_CONFIG", &config)
            .env("PUSHGUARD_LOG", dir.path().join("log.jsonl"))
            .args(["scan", "--format", "json"])
            .arg(&file)
            .output()
            .expect("run pushguard scan");
        let findings: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let on_line = |line: u64| {
            findings
                .iter()
                .find(|f| f["line"].as_u64() == Some(line))
                .and_then(|f| f["detector"].as_str())
                .map(str::to_string)
        };
        let ids = DetectorIds {
            builtin_github: on_line(1),
            builtin_aws: on_line(2),
        };
        if ids.needs_fallback() {
            eprintln!(
                "note: the pushguard build lacks a detector for {}; tests add a fallback detector via detectors.extra_dirs",
                [("GitHub PATs", ids.builtin_github.is_none()), ("AWS key ids", ids.builtin_aws.is_none())]
                    .iter()
                    .filter(|(_, missing)| *missing)
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(" and ")
            );
        }
        ids
    })
}

fn fallback_detector_file(ids: &DetectorIds, rng: &mut Rng) -> String {
    let mut out = String::new();
    if ids.builtin_github.is_none() {
        let (p1, p2) = (github_pat(rng), github_pat(rng));
        out.push_str(&format!(
            r#"[[detector]]
id = "{FALLBACK_GITHUB_ID}"
name = "GitHub personal access token (classic), test fallback"
severity = "critical"
keywords = ["ghp_"]
pattern = '''\b(ghp_[0-9A-Za-z]{{36}})\b'''
validate = "github-crc32"
global_filters = false
[detector.examples]
positive = ["t = {p1}", "{p2}"]
negative = ["ghp_short", "ghp_{bad}"]

"#,
            bad = "a".repeat(36)
        ));
    }
    if ids.builtin_aws.is_none() {
        let (k1, k2) = (aws_access_key_id(rng), aws_access_key_id(rng));
        out.push_str(&format!(
            r#"[[detector]]
id = "{FALLBACK_AWS_ID}"
name = "AWS access key id, test fallback"
severity = "high"
keywords = ["AKIA"]
pattern = '''\b(AKIA[A-Z2-7]{{16}})\b'''
[detector.examples]
positive = ["id = {k1}", "{k2}"]
negative = ["AKIA1", "AKIAshort"]
"#
        ));
    }
    out
}

// ---------------------------------------------------------------------------
// Results of processes
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// The per-test world
// ---------------------------------------------------------------------------

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

    // --- configuration and environment --------------------------------------

    /// Writes the configuration file (plus the fallback detector directory
    /// when the build needs it).
    pub fn set_config(&self, toml: &str) {
        let mut text = toml.to_string();
        if let Some(dir) = &self.fallback_dir {
            text.push_str(&format!("\n[detectors]\nextra_dirs = [\"{}\"]\n", dir.display()));
        }
        std::fs::write(&self.config, text).expect("write config");
    }

    /// Writes the configuration file with `dir` as one more detector
    /// directory (after the fallback one, when the build needs it).
    pub fn set_config_with_detector_dir(&self, toml: &str, dir: &Path) {
        let dirs: Vec<String> = self
            .fallback_dir
            .iter()
            .chain(std::iter::once(&dir.to_path_buf()))
            .map(|d| format!("{:?}", d.display().to_string()))
            .collect();
        let text = format!("{toml}\n[detectors]\nextra_dirs = [{}]\n", dirs.join(", "));
        std::fs::write(&self.config, text).expect("write config");
    }

    /// Writes the configuration file byte for byte.
    pub fn set_raw_config(&self, text: &str) {
        std::fs::write(&self.config, text).expect("write config");
    }

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

    fn git_command<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Command {
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

    // --- hook installation -------------------------------------------------

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

    // --- pushing -----------------------------------------------------------

    /// `git push <args>` from the working repository, followed by the
    /// central checks: no secret (or fragment of one) in the output or in
    /// the incident log, and no temporary view directory left behind.
    pub fn push<S: AsRef<OsStr>>(&self, args: &[S]) -> Run {
        self.push_from(&self.work, args)
    }

    /// `git push <args>` from another repository `dir`, with the same checks.
    pub fn push_from<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Run {
        let o = self.push_command(dir, args).output().expect("run git push");
        let run = Run::from_output(push_label(args), o);
        self.after_run(&run);
        run
    }

    /// Several `git push` runs from the working repository at the same
    /// time (their hooks run concurrently), each checked as `push` does.
    pub fn push_concurrently(&self, pushes: &[Vec<&str>]) -> Vec<Run> {
        let children: Vec<_> = pushes
            .iter()
            .map(|args| {
                let mut c = self.push_command(&self.work, args);
                c.stdout(Stdio::piped()).stderr(Stdio::piped());
                (push_label(args), c.spawn().expect("spawn git push"))
            })
            .collect();
        // Wait for every push before checking: a hook still running keeps
        // its temporary directory.
        let runs: Vec<Run> = children
            .into_iter()
            .map(|(label, child)| Run::from_output(label, child.wait_with_output().expect("wait git push")))
            .collect();
        for run in &runs {
            self.after_run(run);
        }
        runs
    }

    /// The `git push <args>` command from `dir`, for callers that spawn it
    /// themselves (and do their own checks).
    pub fn push_command<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Command {
        let mut c = self.git_command(dir, &["push"]);
        c.args(args);
        c
    }

    /// Runs `pushguard <args>` with the test environment, `stdin` as input,
    /// in `dir`.
    pub fn pushguard(&self, dir: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Run {
        let mut c = self.command(bin());
        c.current_dir(dir)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            c.env(k, v);
        }
        let mut child = c.spawn().expect("spawn pushguard");
        let mut input = child.stdin.take().expect("stdin");
        // A process that exits before reading everything is not an error here.
        let _ = input.write_all(stdin);
        drop(input);
        let o = child.wait_with_output().expect("wait pushguard");
        let run = Run::from_output(format!("pushguard {}", args.join(" ")), o);
        self.after_run(&run);
        run
    }

    /// `pushguard pre-receive` run directly in the server repository, the
    /// way receive-pack would (cwd = git dir, `GIT_DIR=.`).
    pub fn run_hook_directly(&self, stdin: &[u8], env: &[(&str, &str)]) -> Run {
        let mut all = vec![("GIT_DIR", ".")];
        all.extend_from_slice(env);
        self.pushguard(&self.server, &["pre-receive"], stdin, &all)
    }

    fn after_run(&self, run: &Run) {
        self.assert_no_leak(&format!("the output of {}", run.what), &run.all());
        self.assert_no_leak("the incident log", &self.log_text());
        let left: Vec<String> = std::fs::read_dir(&self.tmpdir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with("pushguard-view-"))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            left.is_empty(),
            "pushguard left temporary directories behind: {left:?}\n{}",
            run.describe()
        );
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

    // --- the incident log --------------------------------------------------

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Every record of the incident log, each line parsed as JSON.
    pub fn incidents(&self) -> Vec<Value> {
        self.log_text()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("incident log line is not JSON ({e}): {l}")))
            .collect()
    }
}

fn push_label<S: AsRef<OsStr>>(args: &[S]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.as_ref().to_string_lossy().into_owned()).collect();
    format!("git push {}", args.join(" "))
}

/// Installs the binary as `<git_dir>/hooks/pre-receive` through a symlink.
pub fn install_hook_at(git_dir: &Path) {
    std::fs::create_dir_all(git_dir.join("hooks")).expect("mkdir hooks");
    std::os::unix::fs::symlink(bin(), git_dir.join("hooks/pre-receive")).expect("symlink hook");
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// First 12 hex digits of a commit id, as pushguard prints it.
pub fn short(oid: &str) -> &str {
    &oid[..12]
}

/// A file name from raw bytes (for non-UTF-8 names).
pub fn os_path(bytes: &[u8]) -> PathBuf {
    PathBuf::from(OsStr::from_bytes(bytes))
}

/// The finding block of the hook output that contains `needle`: its
/// `  [n] name (detector, severity)` header and the indented lines below it.
pub fn finding_block(run: &Run, needle: &str) -> String {
    let mut blocks: Vec<Vec<String>> = Vec::new();
    let mut open = false;
    for l in run.remote_lines() {
        if is_finding_header(&l) {
            blocks.push(vec![l]);
            open = true;
        } else if open && l.starts_with("      ") {
            blocks.last_mut().expect("block").push(l);
        } else {
            open = false;
        }
    }
    blocks
        .into_iter()
        .map(|b| b.join("\n"))
        .find(|b| b.contains(needle))
        .unwrap_or_else(|| panic!("no finding block containing {needle:?}\n{}", run.describe()))
}

/// Every finding block of the hook output.
pub fn finding_count(run: &Run) -> usize {
    run.remote_lines().iter().filter(|l| is_finding_header(l)).count()
}

fn is_finding_header(l: &str) -> bool {
    l.strip_prefix("  [")
        .and_then(|r| r.split(']').next())
        .is_some_and(|n| n.parse::<usize>().is_ok())
}

/// The value after a label (`commit`, `where`, `secret`, `fingerprint`) in
/// a finding block.
pub fn field(block: &str, label: &str) -> String {
    block
        .lines()
        .map(str::trim_start)
        .find_map(|l| l.strip_prefix(label).filter(|rest| rest.starts_with(' ')))
        .map(|rest| rest.trim().to_string())
        .unwrap_or_else(|| panic!("no `{label}` line in finding block:\n{block}"))
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

/// `text` as UTF-16, little- or big-endian, with or without a byte order mark.
pub fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFF_u16).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}
