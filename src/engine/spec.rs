//! The on-disk detector format (`detectors/*.toml`) and its loading.
//!
//! Files are parsed into plain data here; compiling patterns happens in
//! [`super::compile`].

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Severity;

/// Errors while reading or parsing detector files. Each names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("detector directory {path}: {source}")]
    ReadDir { path: PathBuf, source: std::io::Error },
    #[error("detector file {path}: {source}")]
    ReadFile { path: PathBuf, source: std::io::Error },
    #[error("detector file {file}: {message}")]
    Parse { file: String, message: String },
}

/// One `[[detector]]` table as written in a file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorSpec {
    pub id: String,
    pub name: String,
    pub severity: Severity,
    pub keywords: Vec<String>,
    pub pattern: String,
    #[serde(default)]
    pub min_entropy: f64,
    #[serde(default)]
    pub stopwords: Vec<String>,
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub allow_context: Vec<String>,
    #[serde(default)]
    pub validate: Option<String>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub window: Option<usize>,
    #[serde(default = "yes")]
    pub global_filters: bool,
    #[serde(default)]
    pub generic: bool,
    #[serde(default)]
    pub examples: Examples,
}

fn yes() -> bool {
    true
}

/// Examples every detector carries; run through the real engine by tests and
/// by `pushguard detectors check`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub positive: Vec<String>,
    #[serde(default)]
    pub negative: Vec<String>,
}

/// Filters shared by all detectors (`_global.toml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlobalSpec {
    #[serde(default)]
    pub stopwords: Vec<String>,
    #[serde(default)]
    pub allow: Vec<String>,
}

/// One `[[decoder]]` table: where encoded credentials commonly sit. The
/// `value` group is decoded and the result, prefixed by the `key` group
/// when there is one (`key: decoded`), is scanned by every detector.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecoderSpec {
    pub id: String,
    pub name: String,
    pub keywords: Vec<String>,
    pub pattern: String,
    /// Only `base64` (standard or URL-safe alphabet, padding optional).
    pub encoding: String,
    /// Text put before the decoded value instead of `key: `, so that a
    /// detector can recognise what the value is (e.g. `basic-credential: `).
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub window: Option<usize>,
    #[serde(default)]
    pub examples: Examples,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    detector: Vec<DetectorSpec>,
    #[serde(default)]
    decoder: Vec<DecoderSpec>,
    #[serde(default)]
    global: Option<GlobalSpec>,
}

/// A detector together with the file it came from, for error messages.
#[derive(Debug, Clone)]
pub struct Sourced {
    pub file: String,
    pub spec: DetectorSpec,
    /// Compiled into the binary (and checked by its tests): patterns are
    /// compiled lazily. Other files are compiled when loaded.
    pub embedded: bool,
}

/// Everything read from a set of detector files.
#[derive(Debug, Clone, Default)]
pub struct SpecSet {
    pub detectors: Vec<Sourced>,
    pub decoders: Vec<(String, DecoderSpec)>,
    pub global: GlobalSpec,
}

impl SpecSet {
    /// Parses one file's text and adds its detectors and global filters.
    pub fn add_text(&mut self, file: &str, text: &str) -> Result<(), LoadError> {
        let parsed: FileSpec = toml::from_str(text).map_err(|e| LoadError::Parse {
            file: file.to_string(),
            message: one_line(&e),
        })?;
        self.add_parsed(file, parsed);
        Ok(())
    }

    fn add_parsed(&mut self, file: &str, parsed: FileSpec) {
        if let Some(g) = parsed.global {
            self.global.stopwords.extend(g.stopwords);
            self.global.allow.extend(g.allow);
        }
        self.decoders
            .extend(parsed.decoder.into_iter().map(|d| (file.to_string(), d)));
        self.detectors.extend(parsed.detector.into_iter().map(|spec| Sourced {
            file: file.to_string(),
            spec,
            embedded: false,
        }));
    }

    /// The detector files compiled into the binary (without examples).
    pub fn embedded() -> Result<Self, LoadError> {
        let files: Vec<(String, FileSpec)> = serde_json::from_str(EMBEDDED).map_err(|e| LoadError::Parse {
            file: "(embedded detectors)".into(),
            message: e.to_string(),
        })?;
        let mut set = SpecSet::default();
        for (name, parsed) in files {
            set.add_parsed(&format!("detectors/{name}"), parsed);
        }
        for d in &mut set.detectors {
            d.embedded = true;
        }
        Ok(set)
    }

    /// Adds every `*.toml` file of `dir`, in name order.
    pub fn add_dir(&mut self, dir: &Path) -> Result<(), LoadError> {
        let entries = std::fs::read_dir(dir).map_err(|source| LoadError::ReadDir {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|source| LoadError::ReadDir {
                path: dir.to_path_buf(),
                source,
            })?;
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "toml") {
                files.push(path);
            }
        }
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|source| LoadError::ReadFile {
                path: path.clone(),
                source,
            })?;
            self.add_text(&path.display().to_string(), &text)?;
        }
        Ok(())
    }
}

/// The embedded detector files: a JSON array of `[file name, contents]`.
static EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/embedded_detectors.json"));

/// Folds a multi-line error message (toml's carets and snippets) into one line.
pub(crate) fn one_line(e: &dyn std::fmt::Display) -> String {
    let text = e.to_string();
    let mut out = String::new();
    for part in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // toml's snippet lines are "12 | text" and "   |   ^^^"; keep the text only.
        let snippet = part
            .split_once('|')
            .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
        if snippet || part.chars().all(|c| c == '^' || c == '|' || c == ' ') {
            continue;
        }
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_are_one_line_with_position() {
        let mut set = SpecSet::default();
        let e = set.add_text("d.toml", "[[detector]]\nid = \n").unwrap_err().to_string();
        assert!(!e.contains('\n'), "{e}");
        assert!(e.starts_with("detector file d.toml: "), "{e}");
        assert!(e.contains("line 2"), "{e}");
        let e = set
            .add_text("d.toml", "[[detector]]\nid = \"x\"\nbogus = 1\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("bogus") || e.contains("missing"), "{e}");
    }
}
