//! Detection quality on the generated corpus (`corpus/generated`, written by
//! `corpus/generate.py` from the providers' documented token formats).
//!
//! `pushguard scan --format json corpus/generated` must find at least 98% of
//! the positive files at the manifest's line (recall), and flag at most 1% of
//! the benign files (a benign file with any finding is a false positive). The
//! scan output must not contain any secret of the corpus.
//!
//! On failure the missed and flagged files are listed with paths, kinds and
//! detector ids only, never secret text.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use serde_json::Value;
use sha2::{Digest, Sha256};

const MIN_RECALL: f64 = 0.98;
const MAX_FP_RATE: f64 = 0.01;
/// Relative to the crate root; the scan runs there, so finding paths start with it.
const CORPUS: &str = "corpus/generated";
/// A run of this many bytes of a secret in the scan output means it leaked
/// (previews show at most 6 bytes).
const LEAK_FRAGMENT: usize = 12;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One positive file of the manifest, with its secrets read back from the file.
struct Positive {
    path: String,
    kind: String,
    provider: String,
    line: u64,
    end_line: u64,
    /// The secret bytes as written, plus the decoded text for base64-wrapped ones.
    secrets: Vec<Vec<u8>>,
}

struct Manifest {
    positives: Vec<Positive>,
    benign: Vec<(String, String)>,
}

fn load_manifest() -> Manifest {
    let dir = root().join(CORPUS);
    let text = std::fs::read_to_string(dir.join("manifest.json")).unwrap_or_else(|e| {
        panic!("cannot read {CORPUS}/manifest.json ({e}); regenerate with `python3 corpus/generate.py --out corpus/generated --seed 1`")
    });
    let doc: Value = serde_json::from_str(&text).expect("manifest.json is JSON");
    let files = doc["files"].as_array().expect("manifest has a files array");
    let mut positives = Vec::new();
    let mut benign = Vec::new();
    for f in files {
        let path = f["path"].as_str().expect("path").to_string();
        let kind = f["kind"].as_str().expect("kind").to_string();
        match f["label"].as_str() {
            Some("benign") => benign.push((path, kind)),
            Some("positive") => {
                let bytes = std::fs::read(dir.join(&path)).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
                let mut secrets = Vec::new();
                for s in f["secrets"].as_array().expect("secrets") {
                    let offset = s["offset"].as_u64().expect("offset") as usize;
                    let length = s["length"].as_u64().expect("length") as usize;
                    let raw = bytes
                        .get(offset..offset + length)
                        .unwrap_or_else(|| panic!("{path}: secret span out of range"))
                        .to_vec();
                    let digest: String = Sha256::digest(&raw).iter().map(|b| format!("{b:02x}")).collect();
                    assert_eq!(
                        Some(digest.as_str()),
                        s["sha256"].as_str(),
                        "{path}: file and manifest disagree; regenerate the corpus"
                    );
                    if s["encoding"].as_str() == Some("base64") {
                        let decoded = base64::engine::general_purpose::STANDARD
                            .decode(&raw)
                            .unwrap_or_else(|e| panic!("{path}: secret is not base64 ({e})"));
                        secrets.push(decoded);
                    }
                    secrets.push(raw);
                }
                positives.push(Positive {
                    path,
                    kind,
                    provider: f["provider"].as_str().expect("provider").to_string(),
                    line: f["line"].as_u64().expect("line"),
                    end_line: f["end_line"].as_u64().or_else(|| f["line"].as_u64()).expect("end_line"),
                    secrets,
                });
            }
            other => panic!("{path}: unknown label {other:?}"),
        }
    }
    Manifest { positives, benign }
}

/// `pushguard scan --format json corpus/generated` from the crate root, with
/// an empty configuration (no /etc/pushguard settings leak in).
fn scan_corpus() -> (Vec<Value>, String) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "").expect("write config");
    let out = Command::new(env!("CARGO_BIN_EXE_pushguard"))
        .current_dir(root())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PUSHGUARD_CONFIG", &config)
        .env("PUSHGUARD_LOG", tmp.path().join("incidents.jsonl"))
        .args(["scan", "--format", "json", CORPUS])
        .output()
        .expect("run pushguard scan");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "pushguard scan failed with {:?}; stderr:\n{stderr}",
        out.status.code()
    );
    let findings: Vec<Value> = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("scan output is not a JSON array ({e}); stderr:\n{stderr}"));
    (findings, format!("{stdout}\n{stderr}"))
}

/// Findings per corpus-relative path: (line, detector id).
fn by_path(findings: &[Value]) -> BTreeMap<String, Vec<(u64, String)>> {
    let prefix = format!("{CORPUS}/");
    let mut map: BTreeMap<String, Vec<(u64, String)>> = BTreeMap::new();
    for f in findings {
        let path = f["path"].as_str().expect("finding has a path");
        let rel = path.strip_prefix(&prefix).unwrap_or(path).to_string();
        let line = f["line"].as_u64().expect("finding has a line");
        let detector = f["detector"].as_str().expect("finding has a detector").to_string();
        map.entry(rel).or_default().push((line, detector));
    }
    map
}

fn detectors_of(found: &[(u64, String)]) -> String {
    let mut ids: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.join(",")
}

#[test]
fn corpus_recall_and_false_positive_rate() {
    let manifest = load_manifest();
    assert!(manifest.positives.len() >= 400, "corpus has too few positives");
    assert!(manifest.benign.len() >= 400, "corpus has too few benign files");
    let (findings, output) = scan_corpus();
    let found = by_path(&findings);
    let none = Vec::new();

    // Recall: a finding on a line of the secret's span.
    let mut missed: Vec<(&Positive, String)> = Vec::new();
    for p in &manifest.positives {
        let here = found.get(&p.path).unwrap_or(&none);
        if !here.iter().any(|(line, _)| (p.line..=p.end_line).contains(line)) {
            let elsewhere = if here.is_empty() {
                String::new()
            } else {
                format!(
                    " (found elsewhere: {})",
                    here.iter()
                        .map(|(l, d)| format!("{d}@{l}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            missed.push((p, elsewhere));
        }
    }
    // False positives: benign files with any finding.
    let flagged: Vec<(&str, &str, String)> = manifest
        .benign
        .iter()
        .filter_map(|(path, kind)| found.get(path).map(|f| (path.as_str(), kind.as_str(), detectors_of(f))))
        .collect();

    let total = manifest.positives.len();
    let recall = (total - missed.len()) as f64 / total as f64;
    let fp_rate = flagged.len() as f64 / manifest.benign.len() as f64;

    let mut report = format!(
        "corpus: recall {:.2}% ({}/{} positives), false positives {:.2}% ({}/{} benign files)\n",
        recall * 100.0,
        total - missed.len(),
        total,
        fp_rate * 100.0,
        flagged.len(),
        manifest.benign.len()
    );
    if !missed.is_empty() {
        let mut per_kind: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for (p, _) in &missed {
            *per_kind.entry((p.provider.as_str(), p.kind.as_str())).or_default() += 1;
        }
        report.push_str("missed per kind:\n");
        for ((provider, kind), n) in &per_kind {
            report.push_str(&format!("  {n:3}  {provider} / {kind}\n"));
        }
        report.push_str("missed files:\n");
        for (p, elsewhere) in &missed {
            report.push_str(&format!("  {} [{}] line {}{}\n", p.path, p.kind, p.line, elsewhere));
        }
    }
    if !flagged.is_empty() {
        report.push_str("flagged benign files:\n");
        for (path, kind, detectors) in &flagged {
            report.push_str(&format!("  {path} [{kind}] by {detectors}\n"));
        }
    }
    eprintln!("{report}");

    assert_no_secret_in_output(&manifest.positives, &output);
    assert!(
        recall >= MIN_RECALL,
        "recall below {:.0}%\n{report}",
        MIN_RECALL * 100.0
    );
    assert!(
        fp_rate <= MAX_FP_RATE,
        "false-positive rate above {:.0}%\n{report}",
        MAX_FP_RATE * 100.0
    );
}

/// No secret of the corpus, nor any `LEAK_FRAGMENT`-byte run of one, appears
/// in what the scan printed. Names the file, never the secret.
fn assert_no_secret_in_output(positives: &[Positive], output: &str) {
    let out = output.as_bytes();
    let windows: HashSet<&[u8]> = out.windows(LEAK_FRAGMENT).collect();
    let mut leaked = Vec::new();
    for p in positives {
        let leaks = p.secrets.iter().any(|s| {
            if s.len() < LEAK_FRAGMENT {
                out.windows(s.len().max(1)).any(|w| w == s.as_slice())
            } else {
                s.windows(LEAK_FRAGMENT).any(|w| windows.contains(w))
            }
        });
        if leaks {
            leaked.push(format!("{} [{}]", p.path, p.kind));
        }
    }
    assert!(
        leaked.is_empty(),
        "the scan output contains (part of) the secret of:\n  {}",
        leaked.join("\n  ")
    );
}

/// The committed corpus is exactly what the generator writes for seed 1, so
/// nobody edits it by hand. Needs python3 (a failure under CI, a skip elsewhere).
#[test]
fn corpus_matches_its_generator() {
    let python = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("python3"))
                .find(|p| p.is_file())
        })
        .unwrap_or_default();
    let Some(python) = python else {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"));
        assert!(!ci, "python3 is needed to regenerate the corpus");
        eprintln!("skipping corpus_matches_its_generator: python3 not found");
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let fresh = tmp.path().join("generated");
    let out = Command::new(python)
        .current_dir(root())
        .args(["corpus/generate.py", "--seed", "1", "--out"])
        .arg(&fresh)
        .output()
        .expect("run corpus/generate.py");
    assert!(
        out.status.success(),
        "generate.py failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = root().join(CORPUS);
    let (a, b) = (list_files(&committed), list_files(&fresh));
    assert_eq!(a, b, "the committed corpus and a fresh one have different files");
    let differing: Vec<&String> = a
        .iter()
        .filter(|rel| std::fs::read(committed.join(rel)).ok() != std::fs::read(fresh.join(rel)).ok())
        .collect();
    assert!(
        differing.is_empty(),
        "these corpus files differ from the generator's output (regenerate with `python3 corpus/generate.py`):\n  {}",
        differing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ")
    );
}

fn list_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display())) {
            let p = e.expect("dir entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).expect("under dir").to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}
