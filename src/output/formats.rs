//! Step 8: report formats for `pushguard scan` (text, JSON, SARIF 2.1.0),
//! safe output files (never replacing a device or a FIFO), and baselines.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::engine::{Engine, Severity};
use crate::findings::Finding;

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("baseline {path}: {source}")]
    BaselineJson {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("baseline {path}: {message}")]
    Baseline { path: PathBuf, message: String },
}

/// Writes `bytes` to `path`. A regular file (or a new one) is replaced
/// atomically through a temporary file in the same directory; anything else
/// (`/dev/null`, a FIFO, a terminal) is opened and written in place, never
/// renamed over.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let io = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            let mut f = std::fs::OpenOptions::new().write(true).open(path).map_err(io)?;
            f.write_all(bytes).map_err(io)
        }
        _ => {
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
            tmp.write_all(bytes).map_err(io)?;
            tmp.as_file().sync_all().map_err(io)?;
            tmp.persist(path).map_err(|e| io(e.error))?;
            Ok(())
        }
    }
}

pub fn text(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let mut tags = format!("{}, {}, {} confidence", f.detector, f.severity, f.confidence);
        if f.checksum {
            tags.push_str(", checksum verified");
        }
        if f.publishable {
            tags.push_str(", publishable");
        }
        if f.blocking == Some(false) {
            tags.push_str(", not blocking");
        }
        out.push_str(&format!(
            "{}: {} [{tags}] {}  fingerprint {}\n",
            f.location(),
            f.name,
            f.preview,
            &f.fingerprint[..16.min(f.fingerprint.len())]
        ));
        if let Some(c) = &f.commit {
            let who = match (&f.author, &f.date) {
                (Some(a), Some(d)) => format!(" by {a} on {d}"),
                _ => String::new(),
            };
            out.push_str(&format!("    commit {c}{who}\n"));
        }
    }
    out
}

pub fn json(findings: &[Finding]) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(findings)?;
    s.push('\n');
    Ok(s)
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "0.0",
    }
}

/// SARIF 2.1.0, as GitHub code scanning reads it: one rule per detector that
/// fired, results with a relative artifact URI, a region, and the
/// fingerprint as a partial fingerprint.
pub fn sarif(findings: &[Finding], engine: &Engine) -> Result<String, serde_json::Error> {
    let mut rule_index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut rules = Vec::new();
    for f in findings {
        if rule_index.contains_key(f.detector.as_str()) {
            continue;
        }
        rule_index.insert(&f.detector, rules.len());
        let det = engine.detectors().iter().find(|d| d.id == f.detector);
        let name = det.map_or(f.name.as_str(), |d| d.name.as_str());
        // The rule's own severity and confidence, not one finding's (a
        // publishable finding is `info`, a docs example `low`).
        let severity = det.map_or(f.severity, |d| d.severity);
        // SARIF's precision values include `high`, `medium` and `low`.
        let precision = det.map_or(crate::engine::Confidence::High, |d| d.confidence).as_str();
        rules.push(json!({
            "id": f.detector,
            "name": rule_name(&f.detector),
            "shortDescription": {"text": name},
            "fullDescription": {"text": format!("{name}: a credential that must not be committed. Remove it from the history and rotate it.")},
            "help": {"text": "Remove the secret from the file and from the history (amend, or interactive rebase from the commit that added it), then revoke and rotate the credential at its provider."},
            "defaultConfiguration": {"level": level(severity)},
            "properties": {
                "tags": ["security", "secret"],
                "security-severity": security_severity(severity),
                "precision": precision
            }
        }));
    }
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut props = serde_json::Map::new();
            for (k, v) in [("commit", &f.commit), ("author", &f.author), ("date", &f.date)] {
                if let Some(v) = v {
                    props.insert(k.into(), Value::String(v.clone()));
                }
            }
            props.insert("preview".into(), Value::String(f.preview.clone()));
            props.insert("severity".into(), Value::String(f.severity.to_string()));
            props.insert("confidence".into(), Value::String(f.confidence.to_string()));
            props.insert("checksum".into(), Value::Bool(f.checksum));
            props.insert("publishable".into(), Value::Bool(f.publishable));
            if let Some(b) = f.blocking {
                props.insert("blocking".into(), Value::Bool(b));
            }
            json!({
                "ruleId": f.detector,
                "ruleIndex": rule_index[f.detector.as_str()],
                "level": if f.blocking == Some(false) { "note" } else { level(f.severity) },
                "message": {"text": format!("{} found: {} (fingerprint {})", f.name, f.preview, &f.fingerprint[..16.min(f.fingerprint.len())])},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": sarif_uri(&f.path)},
                        "region": {"startLine": f.line.max(1)}
                    }
                }],
                "partialFingerprints": {"pushguardFingerprint/v1": f.fingerprint},
                "properties": props
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "pushguard",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules
            }},
            "columnKind": "utf16CodeUnits",
            "results": results
        }]
    });
    let mut s = serde_json::to_string_pretty(&doc)?;
    s.push('\n');
    Ok(s)
}

/// `github-pat-classic` -> `GithubPatClassic`.
fn rule_name(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A relative URI reference: percent-encode what is not allowed in a path.
fn sarif_uri(path: &str) -> String {
    let p = path.trim_start_matches("./").trim_start_matches('/');
    let mut out = String::new();
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A baseline: today's findings, by fingerprint.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Baseline {
    pub pushguard_baseline: u32,
    pub created: String,
    pub findings: Vec<BaselineEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub detector: String,
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
}

impl Baseline {
    pub fn from_findings(findings: &[Finding]) -> Baseline {
        let mut seen = HashSet::new();
        Baseline {
            pushguard_baseline: 1,
            created: crate::output::incident::rfc3339(std::time::SystemTime::now()),
            findings: findings
                .iter()
                .filter(|f| seen.insert(f.fingerprint.clone()))
                .map(|f| BaselineEntry {
                    fingerprint: f.fingerprint.clone(),
                    detector: f.detector.clone(),
                    path: f.path.clone(),
                    commit: f.commit.clone(),
                })
                .collect(),
        }
    }

    pub fn load(path: &Path) -> Result<HashSet<String>, OutputError> {
        let text = std::fs::read(path).map_err(|source| OutputError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let b: Baseline = serde_json::from_slice(&text).map_err(|source| OutputError::BaselineJson {
            path: path.to_path_buf(),
            source,
        })?;
        if b.pushguard_baseline != 1 {
            return Err(OutputError::Baseline {
                path: path.to_path_buf(),
                message: format!("unsupported baseline version {}", b.pushguard_baseline),
            });
        }
        Ok(b.findings
            .into_iter()
            .map(|e| e.fingerprint.to_ascii_lowercase())
            .collect())
    }
}
