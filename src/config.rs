//! Server configuration: `/etc/pushguard/config.toml` by default,
//! `PUSHGUARD_CONFIG` or `--config` to override. Every key is documented in
//! `docs/configuration.md`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::engine::{Confidence, Severity};

pub const DEFAULT_PATH: &str = "/etc/pushguard/config.toml";
pub const DEFAULT_LOG: &str = "/var/log/pushguard/incidents.jsonl";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    /// `message` is the parser's error with the offending line quoted.
    #[error("configuration {path}: {message}")]
    Parse {
        path: PathBuf,
        message: String,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("repository git config {key} = {value:?}: expected {expected}")]
    Override {
        key: String,
        value: String,
        expected: String,
    },
}

/// What a repository's guard does with findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Reject pushes with blocking findings.
    #[default]
    Enforce,
    /// Accept, but print and record the findings.
    Warn,
    /// Do nothing.
    Off,
}

/// What happens to a push when pushguard cannot finish its work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum FailPolicy {
    /// Fail closed.
    #[default]
    Reject,
    /// Fail open: accept, report and record.
    Accept,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub policy: Policy,
    pub limits: LimitsConfig,
    pub log: LogConfig,
    pub detectors: DetectorsConfig,
    pub exceptions: ExceptionsConfig,
    pub bypass: BypassConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    pub mode: Mode,
    /// Findings at or above this severity block; lower ones only warn.
    pub block_severity: Severity,
    /// ... and at or above this confidence: a documentation example or a
    /// value a comment calls an example (confidence `low`) only warns.
    pub block_confidence: Confidence,
    pub on_error: FailPolicy,
    pub on_limit: FailPolicy,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Text blobs larger than this are not scanned (a limit event).
    pub max_blob_bytes: u64,
    /// Findings listed in the rejection message before "and N more".
    pub max_findings_shown: usize,
    /// Wall-time budget for scanning one push, in milliseconds. Files not
    /// scanned when it runs out are a limit event (see `on_limit`).
    pub time_budget_ms: u64,
    /// Ceiling on the memory the scan workers may hold at once for file
    /// contents and their diffs, in bytes. A file whose scan alone would
    /// need more is a limit event.
    pub max_memory_bytes: u64,
    /// Added lines longer than this make their file a limit event; 0 means
    /// no per-line limit (long lines are scanned in bounded windows).
    pub max_line_bytes: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// Incident log path; `PUSHGUARD_LOG` overrides it.
    pub path: PathBuf,
    /// Also send each incident to the local syslog socket (RFC 5424).
    pub syslog: bool,
    /// Syslog socket path.
    pub syslog_socket: PathBuf,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct DetectorsConfig {
    /// Directories of extra detector files, loaded after the built-in ones.
    pub extra_dirs: Vec<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ExceptionsConfig {
    /// Honour `pushguard:allow` on the line of a finding.
    pub inline_marker: bool,
    /// Honour `.pushguard.toml` allow entries in the pushed revision.
    pub repo_file: bool,
    /// Globs of paths that `.pushguard.toml` entries may allow; empty: any.
    pub repo_file_paths: Vec<String>,
    /// Server-side allowlist by fingerprint.
    pub allow: Vec<AllowEntry>,
    /// A baseline file (`pushguard scan --write-baseline`): secrets already
    /// in the repository's history that do not block.
    pub baseline: Option<PathBuf>,
}

/// One allowlisted secret: a fingerprint and why it is allowed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct AllowEntry {
    pub fingerprint: String,
    pub reason: String,
    /// Optional globs: the entry applies only to findings at these paths.
    #[serde(default)]
    pub paths: Vec<String>,
}

/// `git push -o pushguard.bypass="<reason>"`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BypassConfig {
    pub enabled: bool,
    /// Who may bypass: pusher names (`alice`), or `VARIABLE=value` pairs
    /// matched against the hook's environment (`GL_USERNAME=alice`,
    /// `GITEA_PUSHER_NAME=bob`, `REMOTE_USER=carol`). Empty: nobody.
    pub users: Vec<String>,
}

impl Policy {
    /// Whether a finding blocks under this policy (before exceptions and
    /// the mode): its severity and its confidence both reach the thresholds.
    pub fn blocks(&self, f: &crate::findings::Finding) -> bool {
        f.severity >= self.block_severity && f.confidence >= self.block_confidence
    }
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            mode: Mode::Enforce,
            block_severity: Severity::Low,
            block_confidence: Confidence::Medium,
            on_error: FailPolicy::Reject,
            on_limit: FailPolicy::Reject,
        }
    }
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            max_blob_bytes: 32 << 20,
            max_findings_shown: 10,
            time_budget_ms: 20_000,
            max_memory_bytes: 512 << 20,
            max_line_bytes: 0,
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            path: PathBuf::from(DEFAULT_LOG),
            syslog: false,
            syslog_socket: PathBuf::from("/dev/log"),
        }
    }
}

impl Default for ExceptionsConfig {
    fn default() -> Self {
        ExceptionsConfig {
            inline_marker: true,
            repo_file: true,
            repo_file_paths: Vec::new(),
            allow: Vec::new(),
            baseline: None,
        }
    }
}

/// A per-repository override read from the server repository's git config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    /// The git config key, e.g. `pushguard.mode`.
    pub key: String,
    pub value: String,
}

/// The `pushguard.*` git config keys a repository may set.
pub const OVERRIDE_KEYS: &[&str] = &[
    "pushguard.mode",
    "pushguard.blockSeverity",
    "pushguard.blockConfidence",
    "pushguard.onError",
    "pushguard.onLimit",
    "pushguard.maxBlobBytes",
    "pushguard.timeBudgetMs",
    "pushguard.maxMemoryBytes",
    "pushguard.maxLineBytes",
    "pushguard.inlineMarker",
    "pushguard.repoFile",
    "pushguard.bypass",
    "pushguard.baseline",
];

impl Config {
    /// Applies per-repository overrides. Each bad value is an error naming
    /// the key.
    pub fn apply_overrides(&mut self, overrides: &[Override]) -> Result<(), ConfigError> {
        for o in overrides {
            let bad = |expected: &str| ConfigError::Override {
                key: o.key.clone(),
                value: o.value.clone(),
                expected: expected.to_string(),
            };
            let v = o.value.trim();
            let lower = v.to_ascii_lowercase();
            let boolean = || match lower.as_str() {
                "true" | "yes" | "on" | "1" => Ok(true),
                "false" | "no" | "off" | "0" => Ok(false),
                _ => Err(bad("true or false")),
            };
            let fail = || match lower.as_str() {
                "reject" => Ok(FailPolicy::Reject),
                "accept" => Ok(FailPolicy::Accept),
                _ => Err(bad("reject or accept")),
            };
            match o.key.to_ascii_lowercase().as_str() {
                "pushguard.mode" => {
                    self.policy.mode = match lower.as_str() {
                        "enforce" => Mode::Enforce,
                        "warn" => Mode::Warn,
                        "off" => Mode::Off,
                        _ => return Err(bad("enforce, warn or off")),
                    }
                }
                "pushguard.blockseverity" => {
                    self.policy.block_severity =
                        Severity::from_name(&lower).ok_or_else(|| bad("info, low, medium, high or critical"))?
                }
                "pushguard.blockconfidence" => {
                    self.policy.block_confidence =
                        Confidence::from_name(&lower).ok_or_else(|| bad("low, medium or high"))?
                }
                "pushguard.onerror" => self.policy.on_error = fail()?,
                "pushguard.onlimit" => self.policy.on_limit = fail()?,
                "pushguard.maxblobbytes" => {
                    self.limits.max_blob_bytes = v.parse().map_err(|_| bad("a number of bytes"))?
                }
                "pushguard.timebudgetms" => {
                    self.limits.time_budget_ms = v.parse().map_err(|_| bad("a number of milliseconds"))?
                }
                "pushguard.maxmemorybytes" => {
                    self.limits.max_memory_bytes = v.parse().map_err(|_| bad("a number of bytes"))?
                }
                "pushguard.maxlinebytes" => {
                    self.limits.max_line_bytes = v.parse().map_err(|_| bad("a number of bytes"))?
                }
                "pushguard.inlinemarker" => self.exceptions.inline_marker = boolean()?,
                "pushguard.repofile" => self.exceptions.repo_file = boolean()?,
                // A repository may switch bypass off, never on: who may
                // bypass is server-wide policy.
                "pushguard.bypass" => self.bypass.enabled &= boolean()?,
                "pushguard.baseline" => self.exceptions.baseline = Some(PathBuf::from(v)),
                _ => {}
            }
        }
        Ok(())
    }

    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|source| ConfigError::Parse {
            path: path.to_path_buf(),
            message: describe_toml_error(text, &source),
            source: Box::new(source),
        })
    }

    /// Loads the configuration: an explicit path must exist; the default
    /// path may be absent, which means built-in defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let env = std::env::var_os("PUSHGUARD_CONFIG")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let (path, required) = match (explicit, env) {
            (Some(p), _) => (p.to_path_buf(), true),
            (None, Some(p)) => (p, true),
            (None, None) => (PathBuf::from(DEFAULT_PATH), false),
        };
        let mut config = match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(&path, &text)?,
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Config::default(),
            Err(source) => return Err(ConfigError::Read { path, source }),
        };
        if let Some(log) = std::env::var_os("PUSHGUARD_LOG").filter(|v| !v.is_empty()) {
            config.log.path = PathBuf::from(log);
        }
        Ok(config)
    }
}

/// One line: "line L, key K: message".
fn describe_toml_error(text: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim().replace('\n', "; ");
    match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            let key = text
                .lines()
                .nth(line - 1)
                .and_then(|l| l.split('=').next())
                .map(str::trim)
                .filter(|k| !k.is_empty() && !k.starts_with('['))
                .map(|k| format!(", key `{k}`"))
                .unwrap_or_default();
            format!("line {line}{key}: {msg}")
        }
        None => msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_fail_closed() {
        let c = Config::default();
        assert_eq!(c.policy.mode, Mode::Enforce);
        assert_eq!(c.policy.on_error, FailPolicy::Reject);
        assert_eq!(c.policy.on_limit, FailPolicy::Reject);
    }

    #[test]
    fn limit_overrides_parse_and_name_bad_values() {
        let mut c = Config::default();
        let o = |key: &str, value: &str| Override {
            key: key.into(),
            value: value.into(),
        };
        c.apply_overrides(&[
            o("pushguard.maxMemoryBytes", "1048576"),
            o("pushguard.maxLineBytes", "4096"),
        ])
        .expect("valid overrides");
        assert_eq!(c.limits.max_memory_bytes, 1 << 20);
        assert_eq!(c.limits.max_line_bytes, 4096);
        let e = c
            .apply_overrides(&[o("pushguard.maxLineBytes", "lots")])
            .expect_err("bad value")
            .to_string();
        assert!(e.contains("pushguard.maxLineBytes"), "{e}");
    }

    #[test]
    fn errors_name_line_and_key() {
        let text = "[policy]\nmode = \"enforce\"\non_error = \"maybe\"\n";
        let e = Config::parse(Path::new("c.toml"), text).unwrap_err().to_string();
        assert!(e.contains("line 3"), "{e}");
        assert!(e.contains("on_error"), "{e}");
        assert!(!e.contains('\n'));
        let e = Config::parse(Path::new("c.toml"), "[limits]\nmax_blob = 3\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("max_blob"), "{e}");
    }
}
