//! Server configuration: `/etc/pushguard/config.toml` by default,
//! `PUSHGUARD_CONFIG` or `--config` to override. Every key is documented in
//! `docs/configuration.md`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::engine::Severity;

pub const DEFAULT_PATH: &str = "/etc/pushguard/config.toml";
pub const DEFAULT_LOG: &str = "/var/log/pushguard/incidents.jsonl";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("configuration {path}: {message}")]
    Parse { path: PathBuf, message: String },
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
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    pub mode: Mode,
    /// Findings at or above this severity block; lower ones only warn.
    pub block_severity: Severity,
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
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// Incident log path; `PUSHGUARD_LOG` overrides it.
    pub path: PathBuf,
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
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            mode: Mode::Enforce,
            block_severity: Severity::Low,
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
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            path: PathBuf::from(DEFAULT_LOG),
        }
    }
}

impl Default for ExceptionsConfig {
    fn default() -> Self {
        ExceptionsConfig { inline_marker: true }
    }
}

impl Config {
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            message: describe_toml_error(text, &e),
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
