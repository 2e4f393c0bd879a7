//! `pushguard pre-receive`: read git's ref updates, check what the push
//! brings, print a verdict for the developer and record incidents.

pub mod input;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use crate::check::{self, CheckOptions, CheckReport};
use crate::config::{Config, ConfigError, FailPolicy, Mode};
use crate::engine::{Engine, EngineError};
use crate::finding::{Finding, Skip, SkipReason};
use crate::git::{scope::RefUpdate, GitError, QuarantineEnv, Views};
use crate::identity::{self, Pusher};
use crate::incident::{self, Action, Incident};
use crate::report::{self, Message};

/// What the hook decided; `main` maps it to an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Accept,
    /// Exit 1: findings or limits under a rejecting policy.
    Reject,
    /// Exit 2: pushguard could not do its job and the policy is fail-closed.
    Error,
}

/// Everything that can stop the hook from reaching a verdict on content.
#[derive(Debug, thiserror::Error)]
pub enum HookError {
    #[error(transparent)]
    Input(#[from] input::InputError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error(transparent)]
    Git(#[from] GitError),
}

#[derive(Debug, Clone, Default)]
pub struct HookArgs {
    pub config: Option<PathBuf>,
}

/// Runs the hook with the process's stdin, environment and stderr.
pub fn run(args: &HookArgs) -> Outcome {
    let started = Instant::now();
    let stdin = std::io::stdin().lock();
    let mut err = std::io::stderr().lock();
    let gitlab_web = std::env::var("GL_PROTOCOL").is_ok_and(|p| p == "web");
    let mut say = |m: &Message| {
        let _ = err.write_all(m.render(gitlab_web).as_bytes());
    };

    // Without a readable configuration the policy is unknown: fail closed.
    let config = match Config::load(args.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            say(&error_message(&e.to_string(), FailPolicy::Reject, None));
            return Outcome::Error;
        }
    };
    if config.policy.mode == Mode::Off {
        return Outcome::Accept;
    }
    let updates = match input::read(stdin) {
        Ok(u) => u,
        Err(e) => return fail(&config, &[], &e.into(), &mut say),
    };
    let git_dir = std::env::var_os("GIT_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let checked = check(&config, &git_dir, &updates);
    let outcome = match checked {
        Ok(report) => decide(&config, &git_dir, &updates, report, &mut say),
        Err(e) => fail(&config, &updates, &e, &mut say),
    };
    if std::env::var_os("PUSHGUARD_TIMING").is_some() {
        let mut m = Message::default();
        m.line(format!(
            "pushguard: hook took {:.3} ms",
            started.elapsed().as_secs_f64() * 1000.0
        ));
        say(&m);
    }
    outcome
}

fn check(config: &Config, git_dir: &Path, updates: &[RefUpdate]) -> Result<CheckReport, HookError> {
    if updates.iter().all(RefUpdate::is_delete) {
        return Ok(CheckReport::default());
    }
    let t0 = Instant::now();
    let engine = Engine::with_extra_dirs(&config.detectors.extra_dirs, &Default::default())?;
    let t1 = Instant::now();
    let views = Views::open(git_dir, &QuarantineEnv::from_env())?;
    let t2 = Instant::now();
    let opts = CheckOptions {
        max_blob_bytes: config.limits.max_blob_bytes,
        inline_marker: config.exceptions.inline_marker,
        threads: 0,
    };
    let report = check::check_push(&views, updates, &engine, &opts)?;
    if std::env::var_os("PUSHGUARD_TIMING").is_some() {
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1000.0;
        eprintln!(
            "pushguard: timing: detectors {:.2} ms, open {:.2} ms, check {:.2} ms ({} commits, {} blobs, {} bytes)",
            ms(t0, t1),
            ms(t1, t2),
            ms(t2, Instant::now()),
            report.commits,
            report.blobs,
            report.bytes
        );
    }
    Ok(report)
}

fn decide(
    config: &Config,
    git_dir: &Path,
    updates: &[RefUpdate],
    report: CheckReport,
    say: &mut impl FnMut(&Message),
) -> Outcome {
    let max = config.limits.max_findings_shown;
    let mut blocking: Vec<&Finding> = Vec::new();
    let mut warned: Vec<&Finding> = Vec::new();
    let mut excepted: Vec<&Finding> = Vec::new();
    for f in &report.findings {
        if f.exception.is_some() {
            excepted.push(f);
        } else if f.severity >= config.policy.block_severity {
            blocking.push(f);
        } else {
            warned.push(f);
        }
    }
    let limits: Vec<&Skip> = report.skips.iter().filter(|s| s.reason.is_limit()).collect();
    let binary: Vec<&Skip> = report.skips.iter().filter(|s| s.reason == SkipReason::Binary).collect();

    let enforce = config.policy.mode == Mode::Enforce;
    let reject_findings = enforce && !blocking.is_empty();
    let reject_limits = !limits.is_empty() && config.policy.on_limit == FailPolicy::Reject;
    let rejected = reject_findings || reject_limits;

    let action = if reject_findings {
        Some(Action::Blocked)
    } else if reject_limits {
        Some(Action::Limit)
    } else if !blocking.is_empty() || !warned.is_empty() {
        Some(Action::Warned)
    } else if !limits.is_empty() {
        Some(Action::Limit)
    } else if !excepted.is_empty() {
        Some(Action::AllowedByException)
    } else {
        None
    };
    let incident_id = action.map(|_| incident::new_id(SystemTime::now()));

    // Findings that did not reject the push are shown as warnings.
    let mut shown_warnings = warned.clone();
    if !reject_findings {
        shown_warnings.extend(blocking.iter().copied());
    }
    let mut msg;
    if rejected {
        let first_bad = first_bad_commit(&blocking, updates);
        let rej = report::rejection(
            if reject_findings { &blocking } else { &[] },
            if reject_limits { &limits } else { &[] },
            updates,
            first_bad.as_ref().map(|(c, tip)| (c.as_str(), *tip)),
            max,
            None,
        );
        say(&rej);
        if !reject_findings {
            msg = report::warnings(&shown_warnings, &excepted, &binary, max);
        } else {
            msg = report::warnings(&warned, &excepted, &binary, max);
        }
    } else {
        msg = report::warnings(&shown_warnings, &excepted, &binary, max);
        if !limits.is_empty() {
            msg.blank();
            msg.line("warning: pushguard accepted files it could not check (over the scan limits):");
            report::list_skips(&mut msg, &limits, max);
        }
    }
    if let Some(id) = &incident_id {
        msg.blank();
        msg.line(format!("pushguard incident: {id}"));
    }
    if !msg.is_empty() {
        say(&msg);
    }

    if let (Some(action), Some(id)) = (action, incident_id) {
        let record = Incident {
            id,
            time: incident::rfc3339(SystemTime::now()),
            action,
            verdict: if rejected { "rejected" } else { "accepted" }.into(),
            repository: identity::repository_name(git_dir),
            pusher: Pusher::from_env(),
            refs: updates.iter().map(Into::into).collect(),
            findings: report.findings.clone(),
            skipped: report.skips.clone(),
            error: None,
        };
        record_incident(config, &record, say);
    }
    if rejected {
        Outcome::Reject
    } else {
        Outcome::Accept
    }
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

/// An error stopped the check: report it, record it, apply `on_error`.
fn fail(config: &Config, updates: &[RefUpdate], e: &HookError, say: &mut impl FnMut(&Message)) -> Outcome {
    let policy = config.policy.on_error;
    let id = incident::new_id(SystemTime::now());
    say(&error_message(&e.to_string(), policy, Some(&id)));
    let git_dir = std::env::var_os("GIT_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let record = Incident {
        id,
        time: incident::rfc3339(SystemTime::now()),
        action: Action::Error,
        verdict: if policy == FailPolicy::Reject {
            "rejected"
        } else {
            "accepted"
        }
        .into(),
        repository: identity::repository_name(&git_dir),
        pusher: Pusher::from_env(),
        refs: updates.iter().map(Into::into).collect(),
        findings: Vec::new(),
        skipped: Vec::new(),
        error: Some(e.to_string()),
    };
    record_incident(config, &record, say);
    match policy {
        FailPolicy::Reject => Outcome::Error,
        FailPolicy::Accept => Outcome::Accept,
    }
}

fn error_message(error: &str, policy: FailPolicy, incident: Option<&str>) -> Message {
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

fn record_incident(config: &Config, record: &Incident, say: &mut impl FnMut(&Message)) {
    if let Err(e) = incident::append(&config.log.path, record) {
        let mut m = Message::default();
        m.line(format!(
            "warning: pushguard could not record incident {}: {e}",
            record.id
        ));
        say(&m);
    }
}
