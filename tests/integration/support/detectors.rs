//! Which detectors the binary under test has: the ids that report the two
//! kinds of fake secret the tests use (a GitHub PAT and an AWS access key
//! id), found once per test run, and a fallback detector file that `Env`
//! adds through `detectors.extra_dirs` when the build lacks one of them.
//! Also the detector directories tests write for themselves (`detector_dir`)
//! and a detector built to be slow (`SLOW_DETECTOR`).

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;
use tempfile::TempDir;

use super::env::Env;
use super::run::bin;
use super::secrets::{aws_access_key_id, github_pat, Rng};

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
    pub(super) fn needs_fallback(&self) -> bool {
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

pub(super) fn fallback_detector_file(ids: &DetectorIds, rng: &mut Rng) -> String {
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

/// Writes a detector directory holding `file` with `text`.
pub fn detector_dir(env: &Env, name: &str, file: &str, text: &str) -> PathBuf {
    let dir = env.root.join(name);
    std::fs::create_dir_all(&dir).expect("mkdir detectors");
    std::fs::write(dir.join(file), text).expect("write detector file");
    dir
}

/// A detector whose matches each look ahead to the end of a long window:
/// iterating over all matches of `q...q` takes time quadratic in its length
/// (each match is one letter, found only after the `[a-z]+Z` branch has
/// failed at the end of the window). Its single-letter candidates never
/// pass the entropy filter, so it reports nothing: it only burns time.
pub const SLOW_DETECTOR: &str = r#"[[detector]]
id = "site-slow-lookahead"
name = "Pattern that looks ahead to the end of its window"
severity = "high"
keywords = ["qqq"]
pattern = '''[a-z]+Z|[a-z]'''
multiline = true
window = 65536
min_entropy = 1.0
"#;
