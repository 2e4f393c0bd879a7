//! Step 7, findings and policy: what a scan reports (findings with a
//! redacted preview and a fingerprint, and the things it could not scan),
//! the [`exceptions`] that let a finding through, and the [`verdict`] the
//! policy makes of them. The whole secret never leaves here. No git, no
//! output: rendering and records come after, in `output`.

pub mod exceptions;
pub mod verdict;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::engine::{context, Confidence, Engine, Hit, Severity};

/// One confirmed secret at one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub detector: String,
    pub name: String,
    /// The detector's severity; `info` for a publishable value.
    pub severity: Severity,
    /// How sure the finding is (see `engine::context::confidence`).
    #[serde(default = "high")]
    pub confidence: Confidence,
    /// The value passed the provider's checksum.
    #[serde(default, skip_serializing_if = "is_false")]
    pub checksum: bool,
    /// The value is meant to ship to browsers or apps: reported, not a leak.
    #[serde(default, skip_serializing_if = "is_false")]
    pub publishable: bool,
    /// Whether the finding blocks under the policy in force, where a
    /// policy was applied (scan output, incident records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocking: Option<bool>,
    /// Full id of the commit (or tag object) that introduced it, in git scans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// Author of that commit (`Name <email>`), in history scans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Author date of that commit, RFC 3339 UTC, in history scans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The ref whose update brought the commit, in the hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refname: Option<String>,
    /// File path (non-UTF-8 bytes escaped as `\xNN`), or a label such as
    /// `(commit message)`.
    pub path: String,
    /// 1-based line in the new version of the file.
    pub line: usize,
    pub preview: String,
    pub fingerprint: String,
    /// For a secret found by decoding an encoded value: the decoder's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Set when an exception lets this finding through, e.g. `inline-marker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<String>,
}

fn high() -> Confidence {
    Confidence::High
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Finding {
    pub fn from_hit(engine: &Engine, hit: &Hit, text: &[u8], path: String, line: usize) -> Finding {
        let det = &engine.detectors()[hit.detector];
        let secret = hit.secret_bytes(text);
        Finding {
            detector: det.id.clone(),
            name: det.name.clone(),
            severity: if hit.publishable { Severity::Info } else { det.severity },
            confidence: context::confidence(hit.confidence, hit.checksum, &path, text, &hit.secret),
            checksum: hit.checksum,
            publishable: hit.publishable,
            blocking: None,
            commit: None,
            author: None,
            date: None,
            refname: None,
            path,
            line,
            preview: redact(secret),
            fingerprint: fingerprint(&det.id, secret),
            exception: None,
            encoding: hit.decoded.as_ref().map(|(_, d)| engine.decoders()[*d].id.clone()),
        }
    }

    /// `path:line`, or just the label for messages.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.path.clone()
        } else {
            format!("{}:{}", self.path, self.line)
        }
    }
}

/// SHA-256 of the detector id, a NUL byte and the secret, as lowercase hex.
/// The same secret gives the same fingerprint in every repository.
pub fn fingerprint(detector_id: &str, secret: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(detector_id.as_bytes());
    h.update([0u8]);
    h.update(secret);
    hex(&h.finalize())
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// A preview that shows at most a short prefix (never more than a quarter of
/// the secret, at most 6 bytes) and the length.
pub fn redact(secret: &[u8]) -> String {
    let n = secret.len();
    let shown = if n >= 24 { 6 } else { n / 4 }.min(6);
    let prefix: String = secret[..shown]
        .iter()
        .map(|&b| if b.is_ascii_graphic() { b as char } else { '?' })
        .collect();
    format!("{prefix}{}", "*".repeat(8.min(n - shown).max(3))) + &format!(" ({n} chars)")
}

/// `text` with every secret the engine finds replaced by its redacted
/// preview, for free text that is echoed and recorded (a bypass reason).
pub fn redact_text(engine: &Engine, text: &str) -> String {
    let bytes = text.as_bytes();
    let mut hits = engine.scan(bytes);
    hits.sort_by_key(|h| h.secret.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for h in hits {
        if h.secret.start < at {
            continue;
        }
        out.push_str(&String::from_utf8_lossy(&bytes[at..h.secret.start]));
        out.push_str(&format!("[{}]", redact(h.secret_bytes(bytes))));
        at = h.secret.end;
    }
    out.push_str(&String::from_utf8_lossy(&bytes[at..]));
    out
}

/// Something that was not scanned, reported to the developer and recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skip {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    pub path: String,
    pub reason: SkipReason,
    pub bytes: u64,
    /// The limit that was reached, in its own unit (bytes, or milliseconds
    /// for the time budget), so the message can name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// For `line-too-long`: the 1-based line over the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// For `line-too-long`: that line's length; for `memory-limit`: the
    /// memory the scan of this file would need, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed: Option<u64>,
}

impl Skip {
    /// A skip with no limit details.
    pub fn new(commit: Option<String>, path: String, reason: SkipReason, bytes: u64) -> Skip {
        Skip {
            commit,
            path,
            reason,
            bytes,
            limit: None,
            line: None,
            needed: None,
        }
    }

    /// One line saying what was not scanned and why, naming the limit and
    /// the configuration key that sets it.
    pub fn explain(&self) -> String {
        let size = human_bytes(self.bytes);
        match self.reason {
            SkipReason::Binary => format!("binary file, not scanned ({size})"),
            SkipReason::TooLarge => match self.limit {
                Some(l) => format!(
                    "not scanned: the file is {size}, over the per-file limit of {}, set by limits.max_blob_bytes",
                    human_bytes(l)
                ),
                None => format!("not scanned: the file is {size}, over the scan limit"),
            },
            SkipReason::LineTooLong => format!(
                "not scanned: line {} is {}, over the per-line limit of {}, set by limits.max_line_bytes",
                self.line.unwrap_or(0),
                human_bytes(self.needed.unwrap_or(0)),
                human_bytes(self.limit.unwrap_or(0))
            ),
            SkipReason::MemoryLimit => format!(
                "not scanned: the file is {size} and scanning it needs about {} of memory, over the memory ceiling of {}, set by limits.max_memory_bytes",
                human_bytes(self.needed.unwrap_or(0)),
                human_bytes(self.limit.unwrap_or(0))
            ),
            SkipReason::TimeBudget => match self.limit {
                Some(ms) => format!(
                    "not scanned: the time budget of {ms} ms for this push ran out, set by limits.time_budget_ms"
                ),
                None => "not scanned: the time budget for this push ran out".to_string(),
            },
        }
    }
}

/// `123 bytes`, or `209715200 bytes (200.0 MiB)`.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    match UNITS.iter().find(|(_, u)| n >= *u) {
        Some((name, u)) => format!("{n} bytes ({:.1} {name})", n as f64 / *u as f64),
        None => format!("{n} bytes"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// NUL byte in the first 8,000 bytes. Not a limit: binaries are not text.
    Binary,
    /// Larger than `limits.max_blob_bytes`. A limit: the policy decides.
    TooLarge,
    /// An added line longer than `limits.max_line_bytes`. A limit.
    LineTooLong,
    /// Scanning it would need more memory than `limits.max_memory_bytes`.
    /// A limit.
    MemoryLimit,
    /// The push's time budget ran out before this file was scanned. A limit.
    TimeBudget,
}

impl SkipReason {
    pub fn is_limit(self) -> bool {
        !matches!(self, SkipReason::Binary)
    }
    pub fn describe(self) -> &'static str {
        match self {
            SkipReason::Binary => "binary file, not scanned",
            SkipReason::TooLarge => "larger than the scan limit, not scanned",
            SkipReason::LineTooLong => "has a line longer than the line limit, not scanned",
            SkipReason::MemoryLimit => "would need more memory than the memory ceiling, not scanned",
            SkipReason::TimeBudget => "not scanned: the time budget for this push ran out",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_never_shows_whole_secret() {
        for n in 1..80 {
            let s: Vec<u8> = (0..n).map(|i| b'a' + (i % 26) as u8).collect();
            let p = redact(&s);
            let shown = p.split(' ').next().unwrap_or_default();
            assert!(!shown.contains(std::str::from_utf8(&s).unwrap()), "{p}");
            assert!(p.ends_with(&format!("({n} chars)")));
        }
        assert_eq!(
            redact(b"ghp_0123456789abcdefghijklmnopqrstuvwxyz"),
            "ghp_01******** (40 chars)"
        );
    }

    #[test]
    fn fingerprint_is_stable_and_detector_bound() {
        let a = fingerprint("github-pat", b"ghp_x");
        assert_eq!(a.len(), 64);
        assert_eq!(a, fingerprint("github-pat", b"ghp_x"));
        assert_ne!(a, fingerprint("generic", b"ghp_x"));
    }
}
