//! The on-disk detector format (`detectors/*.toml`) and its loading.
//!
//! Files are parsed into plain data here (the tables' types are in
//! [`super::schema`], `[[keyed]]` entries are expanded by [`super::keyed`]);
//! compiling patterns happens in [`super::compile`].

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::keyed::KeyedSpec;
use super::schema::{DecoderSpec, DetectorSpec, GlobalSpec};
use crate::text::one_line;

/// Errors while reading or parsing detector files. Each names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("detector directory {path}: {source}")]
    ReadDir { path: PathBuf, source: std::io::Error },
    #[error("detector file {path}: {source}")]
    ReadFile { path: PathBuf, source: std::io::Error },
    #[error("detector file {file}: {}", one_line(source))]
    Toml {
        file: String,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("detector file {file}: {message}")]
    Parse { file: String, message: String },
    #[error("the embedded detectors cannot be read: {source}")]
    Embedded {
        #[source]
        source: serde_json::Error,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    detector: Vec<DetectorSpec>,
    #[serde(default)]
    decoder: Vec<DecoderSpec>,
    #[serde(default)]
    keyed: Vec<KeyedSpec>,
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
        let parsed: FileSpec = toml::from_str(text).map_err(|e| LoadError::Toml {
            file: file.to_string(),
            source: Box::new(e),
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
        let files: Vec<(String, FileSpec)> =
            serde_json::from_str(EMBEDDED).map_err(|source| LoadError::Embedded { source })?;
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
