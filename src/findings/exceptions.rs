//! Step 7: exceptions that let a finding through, each leaving a trail:
//! the inline marker (found by `scanner::blob`), fingerprint allowlists from the
//! server configuration and from `.pushguard.toml` in the pushed revision,
//! and the `pushguard.bypass` push option.

use gix::bstr::ByteSlice;
use serde::Deserialize;

use crate::config::{AllowEntry, BypassConfig, ExceptionsConfig};
use crate::findings::Finding;
use crate::hook::pusher::Pusher;

/// The in-repository allow file, read from the root of each pushed tip.
pub const REPO_FILE: &str = ".pushguard.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepoFile {
    #[serde(default)]
    pub allow: Vec<AllowEntry>,
}

impl RepoFile {
    /// Parses the file; entries without a reason or a well-formed
    /// fingerprint are errors, so that a typo never widens an exception.
    pub fn parse(text: &[u8]) -> Result<RepoFile, String> {
        let text = std::str::from_utf8(text).map_err(|_| "not UTF-8".to_string())?;
        let file: RepoFile = toml::from_str(text).map_err(|e| crate::text::one_line(&e))?;
        for (i, e) in file.allow.iter().enumerate() {
            validate_entry(e).map_err(|m| format!("allow[{i}]: {m}"))?;
        }
        Ok(file)
    }
}

pub fn validate_entry(e: &AllowEntry) -> Result<(), String> {
    if e.fingerprint.len() != 64 || !e.fingerprint.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("fingerprint {:?} is not 64 hex digits", e.fingerprint));
    }
    if e.reason.trim().is_empty() {
        return Err("reason is required".into());
    }
    Ok(())
}

/// Does `path` match one of the globs (`*`, `?`, `**`, `[...]`)?
pub fn path_matches(globs: &[String], path: &str) -> bool {
    globs.iter().any(|g| {
        gix::glob::wildmatch(
            g.as_bytes().as_bstr(),
            path.as_bytes().as_bstr(),
            gix::glob::wildmatch::Mode::NO_MATCH_SLASH_LITERAL,
        )
    })
}

fn entry_applies(e: &AllowEntry, f: &Finding) -> bool {
    e.fingerprint.eq_ignore_ascii_case(&f.fingerprint) && (e.paths.is_empty() || path_matches(&e.paths, &f.path))
}

/// Marks findings allowed by the server allowlist or by the repository's
/// allow file (restricted to `repo_file_paths` when the admin set them).
pub fn apply_allowlists(findings: &mut [Finding], config: &ExceptionsConfig, repo: &[AllowEntry]) {
    for f in findings.iter_mut().filter(|f| f.exception.is_none()) {
        if let Some(e) = config.allow.iter().find(|e| entry_applies(e, f)) {
            f.exception = Some(format!("server allowlist: {}", e.reason));
            continue;
        }
        if !config.repo_file {
            continue;
        }
        let path_ok = config.repo_file_paths.is_empty() || path_matches(&config.repo_file_paths, &f.path);
        if let Some(e) = repo.iter().find(|e| path_ok && entry_applies(e, f)) {
            f.exception = Some(format!("{REPO_FILE}: {}", e.reason));
        }
    }
}

/// A bypass the pusher asked for with `-o pushguard.bypass=<reason>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BypassRequest {
    pub reason: String,
}

/// Reads `GIT_PUSH_OPTION_COUNT` / `GIT_PUSH_OPTION_<n>`.
pub fn push_options() -> Vec<String> {
    let count: usize = std::env::var("GIT_PUSH_OPTION_COUNT")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
        .min(1000);
    (0..count)
        .filter_map(|i| std::env::var(format!("GIT_PUSH_OPTION_{i}")).ok())
        .collect()
}

pub fn bypass_request(options: &[String]) -> Option<BypassRequest> {
    options.iter().find_map(|o| {
        let rest = o.strip_prefix("pushguard.bypass")?;
        let reason = rest.strip_prefix('=').unwrap_or("");
        (rest.is_empty() || rest.starts_with('=')).then(|| BypassRequest {
            reason: reason.trim().to_string(),
        })
    })
}

/// Why a requested bypass was refused, in words for the pusher.
pub fn bypass_refusal(config: &BypassConfig, req: &BypassRequest, pusher: &Pusher) -> Option<String> {
    if !config.enabled {
        return Some("bypass is not enabled for this repository".into());
    }
    if req.reason.is_empty() {
        return Some("a reason is required: git push -o pushguard.bypass=\"<why this is safe>\"".into());
    }
    let allowed = config.users.iter().any(|u| match u.split_once('=') {
        Some((var, value)) => std::env::var(var).is_ok_and(|v| v == value),
        None => *u == pusher.name,
    });
    if !allowed {
        return Some(format!("{} ({}) may not bypass pushguard", pusher.name, pusher.source));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bypass_option_parsing() {
        let r = bypass_request(&["ci.skip".into(), "pushguard.bypass=test fixture".into()]);
        assert_eq!(r.map(|r| r.reason), Some("test fixture".into()));
        assert_eq!(
            bypass_request(&["pushguard.bypass".into()]).map(|r| r.reason),
            Some(String::new())
        );
        assert_eq!(bypass_request(&["pushguard.bypassx=1".into()]), None);
    }

    #[test]
    fn repo_file_requires_reason_and_fingerprint() {
        let fp = "a".repeat(64);
        assert!(
            RepoFile::parse(format!("[[allow]]\nfingerprint = \"{fp}\"\nreason = \"fixture\"\n").as_bytes()).is_ok()
        );
        let e = RepoFile::parse(format!("[[allow]]\nfingerprint = \"{fp}\"\nreason = \" \"\n").as_bytes()).unwrap_err();
        assert!(e.contains("reason"), "{e}");
        let e = RepoFile::parse(b"[[allow]]\nfingerprint = \"abc\"\nreason = \"x\"\n").unwrap_err();
        assert!(e.contains("64 hex"), "{e}");
    }

    #[test]
    fn globs() {
        assert!(path_matches(&["tests/**".into()], "tests/fixtures/key.pem"));
        assert!(!path_matches(&["tests/*".into()], "tests/fixtures/key.pem"));
        assert!(!path_matches(&["tests/**".into()], "src/main.rs"));
    }
}
