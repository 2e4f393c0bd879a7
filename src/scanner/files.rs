//! `pushguard scan PATH...`: plain files and directories through the same
//! scanner core as the hook (no git).

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::engine::Engine;
use crate::findings::{Finding, Skip, SkipReason};
use crate::scanner::blob::scan_text;
use crate::text::{as_utf8, display_bytes, is_binary};

#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot read stdin: {0}")]
    Stdin(std::io::Error),
}

#[derive(Debug, Default)]
pub struct ScanReport {
    pub findings: Vec<Finding>,
    pub skips: Vec<Skip>,
    pub files: usize,
    pub bytes: u64,
}

/// Scans every path; directories recursively (symlinks are not followed,
/// `.git` directories are skipped). `-` reads stdin.
pub fn scan_paths(engine: &Engine, paths: &[PathBuf], max_bytes: u64) -> Result<ScanReport, ScanError> {
    let mut report = ScanReport::default();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut data = Vec::new();
            std::io::stdin()
                .lock()
                .take(max_bytes + 1)
                .read_to_end(&mut data)
                .map_err(ScanError::Stdin)?;
            scan_one(engine, "(stdin)".into(), data, max_bytes, &mut report);
        } else {
            walk(engine, p, max_bytes, &mut report)?;
        }
    }
    Ok(report)
}

fn walk(engine: &Engine, root: &Path, max_bytes: u64, report: &mut ScanReport) -> Result<(), ScanError> {
    let read_err = |path: &Path, source| ScanError::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut stack = vec![root.to_path_buf()];
    while let Some(path) = stack.pop() {
        let meta = std::fs::symlink_metadata(&path).map_err(|e| read_err(&path, e))?;
        if meta.is_dir() {
            let mut children = Vec::new();
            for entry in std::fs::read_dir(&path).map_err(|e| read_err(&path, e))? {
                let entry = entry.map_err(|e| read_err(&path, e))?;
                if entry.file_name() != ".git" {
                    children.push(entry.path());
                }
            }
            children.sort();
            stack.extend(children.into_iter().rev());
        } else if meta.is_file() {
            let label = display_bytes(path.as_os_str().as_encoded_bytes());
            if meta.len() > max_bytes {
                let mut skip = Skip::new(None, label, SkipReason::TooLarge, meta.len());
                skip.limit = Some(max_bytes);
                report.skips.push(skip);
                continue;
            }
            let data = std::fs::read(&path).map_err(|e| read_err(&path, e))?;
            scan_one(engine, label, data, max_bytes, report);
        }
    }
    Ok(())
}

/// Scans one file's bytes; UTF-16 text is transcoded first, as the hook
/// and history scans do.
fn scan_one(engine: &Engine, label: String, data: Vec<u8>, max_bytes: u64, report: &mut ScanReport) {
    let bytes = data.len() as u64;
    let mut transcoded = Vec::new();
    let text = as_utf8(&data, &mut transcoded);
    let reason = if bytes > max_bytes {
        Some(SkipReason::TooLarge)
    } else if is_binary(text) {
        Some(SkipReason::Binary)
    } else {
        None
    };
    if let Some(reason) = reason {
        let mut skip = Skip::new(None, label, reason, bytes);
        if reason == SkipReason::TooLarge {
            skip.limit = Some(max_bytes);
        }
        report.skips.push(skip);
        return;
    }
    report.files += 1;
    report.bytes += bytes;
    report.findings.extend(scan_text(engine, text, None, &label));
}
