//! What the developer reads after git's `remote: ` prefix: the rejection
//! (each finding with its commit, `path:line`, detector and redacted
//! preview, and how to fix it), warnings, and errors. Builds text only; the
//! hook writes it to stderr.

use std::fmt::Write as _;

use crate::config::FailPolicy;
use crate::findings::verdict::{Sorted, Verdict};
use crate::findings::{Finding, Skip};
use crate::scope::RefUpdate;

/// Lines for the pushing client. `gitlab_web` prefixes every line with
/// `GL-HOOK-ERR: ` so that GitLab's web editor shows it.
#[derive(Debug, Default)]
pub struct Message {
    lines: Vec<String>,
}

impl Message {
    pub fn line(&mut self, s: impl Into<String>) {
        self.lines.push(s.into());
    }

    pub fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn render(&self, gitlab_web: bool) -> String {
        let mut out = String::new();
        for l in &self.lines {
            if gitlab_web {
                out.push_str("GL-HOOK-ERR: ");
            }
            out.push_str(l);
            out.push('\n');
        }
        out
    }
}

fn short(id: &str) -> &str {
    &id[..id.len().min(12)]
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Lists findings, at most `max` of them, then "... and N more".
pub fn list_findings(msg: &mut Message, findings: &[&Finding], max: usize) {
    for (i, f) in findings.iter().take(max).enumerate() {
        msg.line(format!("  [{}] {} ({}, {})", i + 1, f.name, f.detector, f.severity));
        if let Some(c) = &f.commit {
            match &f.refname {
                Some(r) => msg.line(format!("      commit  {} on {}", short(c), r)),
                None => msg.line(format!("      commit  {}", short(c))),
            }
        }
        msg.line(format!("      where   {}", f.location()));
        msg.line(format!("      secret  {}", f.preview));
        msg.line(format!("      fingerprint {}", f.fingerprint));
        msg.line(format!("      confidence {}", confidence_note(f)));
    }
    if findings.len() > max {
        msg.line(format!(
            "  ... and {} more ({} in all)",
            findings.len() - max,
            findings.len()
        ));
    }
}

/// `high (checksum verified)`, `low (documentation example)`, or for a
/// publishable value why it does not block.
fn confidence_note(f: &Finding) -> String {
    let mut notes = Vec::new();
    if f.checksum {
        notes.push("checksum verified");
    }
    if f.publishable {
        notes.push("publishable key, meant to ship to browsers or apps: not a leak by itself");
    } else if f.confidence == crate::engine::Confidence::Low {
        notes.push("reads as a documentation or comment example");
    }
    if notes.is_empty() {
        f.confidence.to_string()
    } else {
        format!("{} ({})", f.confidence, notes.join("; "))
    }
}

pub fn list_skips(msg: &mut Message, skips: &[&Skip], max: usize) {
    for s in skips.iter().take(max) {
        let c = s.commit.as_deref().map(short).unwrap_or("-");
        msg.line(format!("  {c} {}: {}", s.path, s.explain()));
    }
    if skips.len() > max {
        msg.line(format!("  ... and {} more", skips.len() - max));
    }
}

/// The rejection: what was found, how to fix it, what to rotate, and how
/// to report a false positive.
pub fn rejection(
    blocking: &[&Finding],
    limits: &[&Skip],
    first_bad_commit: Option<(&str, bool)>,
    max: usize,
) -> Message {
    let mut m = Message::default();
    if !blocking.is_empty() {
        m.line(format!(
            "error: pushguard rejected this push: {} in the commits you are pushing",
            plural(blocking.len(), "secret", "secrets")
        ));
        m.blank();
        list_findings(&mut m, blocking, max);
    }
    if !limits.is_empty() {
        if blocking.is_empty() {
            m.line(format!(
                "error: pushguard rejected this push: {} could not be checked",
                plural(limits.len(), "file", "files")
            ));
        }
        m.blank();
        m.line("Not checked (over the server's scan limits):");
        list_skips(&mut m, limits, max);
        m.line("  Keep large files out of the repository (Git LFS), or ask your Git admin to raise the limit.");
    }
    if !blocking.is_empty() {
        m.blank();
        m.line("How to fix:");
        m.line("  1. Remove the secret from the file; load it from the environment or a secret store.");
        match first_bad_commit {
            Some((c, true)) => {
                m.line(format!(
                    "  2. The secret is in the last commit ({}) of its branch:",
                    short(c)
                ));
                m.line("       git commit --amend        then push again.");
            }
            Some((c, false)) => {
                m.line(format!(
                    "  2. The secret is in an earlier commit ({}). Rewrite from there:",
                    short(c)
                ));
                m.line(format!("       git rebase -i {}^", short(c)));
                m.line("     mark that commit 'edit', remove the secret, run");
                m.line("       git commit --amend && git rebase --continue");
                m.line("     then push again. (For a root commit use: git rebase -i --root)");
            }
            None => {
                m.line("  2. The secret is in a tag message or an object no branch reaches:");
                m.line("     delete and recreate the tag (git tag -d NAME), or push only the refs you meant to.");
            }
        }
        m.line("  3. Rotate the credential now: revoke it at the provider and issue a new one.");
        m.line("     A secret that left your machine must be treated as exposed, even though");
        m.line("     this push was refused.");
        m.blank();
        m.line("False positive?");
        m.line("  Add the marker  pushguard:allow  to the flagged line (e.g. in a comment)");
        m.line("  and amend the commit, or send the fingerprint above to your Git admin so");
        m.line("  that it can be allowlisted.");
    }
    m
}

/// Warnings for findings that do not block (warn mode, low severity) and
/// for exceptions that let a finding through.
pub fn warnings(warned: &[&Finding], excepted: &[&Finding], binary: &[&Skip], max: usize) -> Message {
    let mut m = Message::default();
    if !warned.is_empty() {
        m.line(format!(
            "warning: pushguard found {} (not blocking):",
            plural(warned.len(), "possible secret", "possible secrets")
        ));
        list_findings(&mut m, warned, max);
        m.line("  Rotate any real credential listed above and remove it from the history.");
    }
    if !excepted.is_empty() {
        m.blank();
        m.line(format!(
            "warning: pushguard let {} through by exception (recorded):",
            plural(excepted.len(), "finding", "findings")
        ));
        for f in excepted.iter().take(max) {
            let why = f.exception.as_deref().unwrap_or("exception");
            let mut line = format!("  {} at {} ({why})", f.detector, f.location());
            if let Some(c) = &f.commit {
                let _ = write!(line, " in {}", short(c));
            }
            m.line(line);
        }
    }
    if !binary.is_empty() {
        m.blank();
        m.line(format!(
            "pushguard: {} not scanned:",
            plural(binary.len(), "file was", "files were")
        ));
        list_skips(&mut m, binary, max);
    }
    m
}

/// What [`verdict_message`] needs besides the sorted report.
pub struct Shown<'a> {
    pub verdict: Verdict,
    pub bypass_reason: Option<&'a str>,
    pub refusal: Option<&'a str>,
    pub incident_id: Option<&'a str>,
    /// Who pushed, named in a bypass warning.
    pub pusher: &'a str,
    pub max: usize,
}

/// The verdict as the developer reads it: the rejection (with the first
/// bad commit and how to fix it), then the warnings, unchecked files,
/// bypass and incident id.
pub fn verdict_message(updates: &[RefUpdate], s: &Sorted, shown: &Shown) -> Message {
    let v = shown.verdict;
    let mut out = Message::default();
    if v.rejected {
        let first_bad = first_bad_commit(&s.blocking, updates);
        out = rejection(
            if v.reject_findings { &s.blocking } else { &[] },
            if v.reject_limits { &s.limits } else { &[] },
            first_bad.as_ref().map(|(c, tip)| (c.as_str(), *tip)),
            shown.max,
        );
        if let Some(why) = shown.refusal {
            out.line(format!("error: pushguard.bypass refused: {why}"));
        }
    }
    // Findings that did not reject the push are shown as warnings.
    let mut warned = s.warned.clone();
    if !v.reject_findings || v.bypassed {
        warned.extend(s.blocking.iter().copied());
    }
    let mut msg = warnings(&warned, &s.excepted, &s.binary, shown.max);
    if !v.rejected && !s.limits.is_empty() {
        msg.blank();
        msg.line("warning: pushguard accepted files it could not check (over the scan limits):");
        list_skips(&mut msg, &s.limits, shown.max);
    }
    if let Some(reason) = shown.bypass_reason {
        msg.blank();
        msg.line(format!(
            "warning: pushguard was bypassed by {} with reason: {reason}",
            shown.pusher
        ));
        msg.line("warning: the bypass is recorded; rotate any real credential listed above.");
    }
    if let Some(id) = shown.incident_id {
        msg.blank();
        msg.line(format!("pushguard incident: {id}"));
    }
    out.lines.extend(msg.lines);
    out
}

/// The oldest commit with a blocking finding, and whether it is the tip of
/// the ref that brought it (then `--amend` is enough).
fn first_bad_commit(blocking: &[&Finding], updates: &[RefUpdate]) -> Option<(String, bool)> {
    let f = blocking
        .iter()
        .find(|f| f.commit.is_some() && !f.path.starts_with("(tag"))?;
    let c = f.commit.clone()?;
    let tip = updates.iter().any(|u| u.new.to_string().as_str() == c.as_str());
    Some((c, tip))
}

/// Why the push could not be checked, and what the policy made of it.
pub fn error_message(error: &str, policy: FailPolicy, incident: Option<&str>) -> Message {
    let mut m = Message::default();
    match policy {
        FailPolicy::Reject => {
            m.line(format!("error: pushguard could not check this push: {error}"));
            m.line("error: the push is rejected because the server fails closed; contact your Git admin.");
        }
        FailPolicy::Accept => {
            m.line(format!("warning: pushguard could not check this push: {error}"));
            m.line("warning: the push is accepted unchecked because the server fails open.");
        }
    }
    if let Some(id) = incident {
        m.line(format!("pushguard incident: {id}"));
    }
    m
}
