//! The on-disk detector format (`detectors/*.toml`) and its loading.
//!
//! Files are parsed into plain data here; compiling patterns happens in
//! [`super::compile`].

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Confidence, Severity};

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
    /// Who issues the credential (`Stripe`); defaults to the file's name.
    #[serde(default)]
    pub provider: Option<String>,
    /// Base confidence; `high` by default, `medium` for generic detectors.
    #[serde(default)]
    pub confidence: Option<Confidence>,
    /// When a value is publishable (meant to ship to browsers).
    #[serde(default)]
    pub publishable: Option<PublishableSpec>,
    /// Keywords count only where they end a word (the next byte is not a
    /// lowercase letter or digit): for provider names. Default `false`;
    /// `[[keyed]]` entries always set it.
    #[serde(default)]
    pub word_end: bool,
    /// Keywords of this detector that count only where they end a word, as
    /// `word_end` does for all of them: for a short keyword that would
    /// otherwise start in many everyday words (`auth` in `author`).
    #[serde(default)]
    pub word_end_keywords: Vec<String>,
    /// In a code comment, a URL password that reads as syntax
    /// (`user:pass`, `scott:tiger`) is not a finding.
    #[serde(default)]
    pub syntax_in_comments: bool,
    #[serde(default)]
    pub examples: Examples,
    /// Set for `[[keyed]]` entries whose values the engine looks for first
    /// (see `runs`): the names the pattern starts with and the shortest
    /// value. Not a file key.
    #[serde(skip)]
    pub value_first: Option<ValueFirst>,
}

/// How the engine finds a `[[keyed]]` entry from its value (see `runs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueFirst {
    /// The provider's names, as the pattern begins with them.
    pub names: Vec<String>,
    /// Bytes from the start of a name to the last byte before its value
    /// can begin (the name, the gap and the separator).
    pub reach: usize,
}

fn yes() -> bool {
    true
}

/// When a detector's value is publishable: a key meant to ship to
/// browsers or apps (Stripe `pk_live_`, a Firebase web config, a Supabase
/// anon JWT). Such a finding is reported with severity `info`, which does
/// not block by default.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishableSpec {
    /// Every value of this detector is publishable.
    #[serde(default)]
    pub always: bool,
    /// Regexes searched in the text around the value (`reach` bytes on
    /// each side); any match makes it publishable (`authDomain` of a
    /// Firebase config, `maps.googleapis.com/maps/api/js`).
    #[serde(default)]
    pub context: Vec<String>,
    /// Bytes on each side of the value that `context` sees. Default 400.
    #[serde(default)]
    pub reach: Option<usize>,
    /// Regexes tested against the detector's whole match (the value and
    /// the name in front of it, as `allow_context` is): a match makes it
    /// publishable (`ALGOLIA_SEARCH_KEY=...`).
    #[serde(default)]
    pub in_match: Vec<String>,
    /// `claim=value` pairs: a JWT whose payload has any of them is
    /// publishable (`role=anon`).
    #[serde(default)]
    pub jwt_claims: Vec<String>,
    /// Shown to the developer: why the value may be public.
    pub reason: String,
}

/// Examples every detector carries; run through the real engine by tests and
/// by `pushguard detectors check`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Texts that must yield a finding of this detector that blocks
    /// (not publishable).
    #[serde(default)]
    pub positive: Vec<String>,
    #[serde(default)]
    pub negative: Vec<String>,
    /// Texts that must yield a finding marked publishable.
    #[serde(default)]
    pub publishable: Vec<String>,
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
    keyed: Vec<super::keyed::KeyedSpec>,
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
        self.add_parsed(file, parsed)
    }

    fn add_parsed(&mut self, file: &str, parsed: FileSpec) -> Result<(), LoadError> {
        if let Some(g) = parsed.global {
            self.global.stopwords.extend(g.stopwords);
            self.global.allow.extend(g.allow);
        }
        self.decoders
            .extend(parsed.decoder.into_iter().map(|d| (file.to_string(), d)));
        let stem = provider_of_file(file);
        let mut add = |mut spec: DetectorSpec| {
            if spec.provider.is_none() {
                spec.provider = stem.clone();
            }
            self.detectors.push(Sourced {
                file: file.to_string(),
                spec,
                embedded: false,
            });
        };
        for spec in parsed.detector {
            add(spec);
        }
        for keyed in parsed.keyed {
            let id = keyed.id.clone();
            let spec = keyed.into_detector().map_err(|message| LoadError::Parse {
                file: file.to_string(),
                message: format!("keyed detector {id:?}: {message}"),
            })?;
            add(spec);
        }
        Ok(())
    }

    /// The detector files compiled into the binary (without examples).
    pub fn embedded() -> Result<Self, LoadError> {
        let files: Vec<(String, FileSpec)> = serde_json::from_str(EMBEDDED).map_err(|e| LoadError::Parse {
            file: "(embedded detectors)".into(),
            message: e.to_string(),
        })?;
        let mut set = SpecSet::default();
        for (name, parsed) in files {
            set.add_parsed(&format!("detectors/{name}"), parsed)?;
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

/// The provider a detector file stands for, from its name: `stripe.toml`
/// is Stripe's. Files of families that no one provider issues (generic
/// assignments, private keys, connection strings, listed in
/// `FAMILY_FILES`), shared settings (`_global.toml`) and long-tail files
/// (`keyed-*.toml`, whose entries name their providers) give none.
fn provider_of_file(file: &str) -> Option<String> {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = name.strip_suffix(".toml").unwrap_or(name);
    if stem.starts_with('_') || FAMILY_FILES.contains(&stem) || stem.starts_with("keyed-") {
        return None;
    }
    Some(stem.to_string())
}

/// Detector files that hold a family of formats rather than one provider's.
const FAMILY_FILES: &[&str] = &[
    "generic",
    "private-keys",
    "database-urls",
    "encoded",
    "jwt",
    "netrc",
    "connection-strings",
    "command-lines",
];

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
