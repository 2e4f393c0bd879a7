//! Step 1, hook input, and the `pre-receive` run: read git's ref updates
//! ([`input`]) and who pushed ([`pusher`]), then drive the steps below:
//! the push check (`scanner::push`), the verdict (`findings::verdict`), the
//! message (`output::rejection`) and the incident record
//! (`output::incident`). Orchestration only: it scans, decides and
//! formats nothing itself.

pub mod input;
pub mod pusher;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use self::pusher::Pusher;
use crate::config::{Config, ConfigError, FailPolicy, Mode};
use crate::engine::{Engine, EngineError};
use crate::findings::exceptions::{self, RepoFile, REPO_FILE};
use crate::findings::verdict::{self, Sorted};
use crate::objects::{GitError, QuarantineEnv, Views};
use crate::output::incident::{self, Action, Incident};
use crate::output::rejection::{self as report, Message, Shown};
use crate::scanner::push::{check_push, CheckOptions, CheckReport};
use crate::scope::RefUpdate;

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
    #[error(transparent)]
    Baseline(#[from] crate::output::formats::OutputError),
}

#[derive(Debug, Clone, Default)]
pub struct HookArgs {
    pub config: Option<PathBuf>,
}

/// Who pushed where, for messages and records.
struct PushContext {
    git_dir: PathBuf,
    repository: String,
    pusher: Pusher,
    gitlab_web: bool,
    timing: bool,
    started: Instant,
}

impl PushContext {
    fn from_env() -> PushContext {
        let git_dir = std::env::var_os("GIT_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
        PushContext {
            repository: pusher::repository_name(&git_dir),
            git_dir,
            pusher: Pusher::from_env(),
            gitlab_web: std::env::var("GL_PROTOCOL").is_ok_and(|p| p == "web"),
            timing: std::env::var_os("PUSHGUARD_TIMING").is_some(),
            started: Instant::now(),
        }
    }

    fn say(&self, m: &Message) {
        if !m.is_empty() {
            let _ = std::io::stderr().lock().write_all(m.render(self.gitlab_web).as_bytes());
        }
    }

    fn incident(&self, action: Action, rejected: bool, updates: &[RefUpdate]) -> Incident {
        Incident {
            id: incident::new_id(SystemTime::now()),
            time: incident::rfc3339(SystemTime::now()),
            action,
            verdict: if rejected { "rejected" } else { "accepted" }.into(),
            repository: self.repository.clone(),
            pusher: self.pusher.clone(),
            refs: updates.iter().map(Into::into).collect(),
            findings: Vec::new(),
            skipped: Vec::new(),
            error: None,
            bypass_reason: None,
        }
    }
}

/// Runs the hook with the process's stdin, environment and stderr.
pub fn run(args: &HookArgs) -> Outcome {
    let started = Instant::now();
    let ctx = PushContext::from_env();
    // Without a readable configuration the policy is unknown: fail closed.
    let mut config = match Config::load(args.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            ctx.say(&report::error_message(&e.to_string(), FailPolicy::Reject, None));
            return Outcome::Error;
        }
    };
    if config.policy.mode == Mode::Off {
        return Outcome::Accept;
    }
    let outcome = match input::read(std::io::stdin().lock()) {
        Ok(updates) => match check(&mut config, &ctx, &updates) {
            Ok(None) => Outcome::Accept,
            Ok(Some((report, engine))) => decide(&config, &ctx, &updates, report, engine.as_ref()),
            Err(e) => fail(&config, &ctx, &updates, &e),
        },
        Err(e) => fail(&config, &ctx, &[], &e.into()),
    };
    if ctx.timing {
        let mut m = Message::default();
        m.line(format!(
            "pushguard: hook took {:.3} ms, peak RSS {} KiB",
            started.elapsed().as_secs_f64() * 1000.0,
            peak_rss_kib()
        ));
        ctx.say(&m);
    }
    outcome
}

/// Scans the push. `None` when the repository switched the guard off.
fn check(
    config: &mut Config,
    ctx: &PushContext,
    updates: &[RefUpdate],
) -> Result<Option<(CheckReport, Option<Engine>)>, HookError> {
    if updates.iter().all(RefUpdate::is_delete) {
        return Ok(Some((CheckReport::default(), None)));
    }
    let t0 = Instant::now();
    let views = Views::open(&ctx.git_dir, &QuarantineEnv::from_env())?;
    config.apply_overrides(&views.overrides)?;
    if config.policy.mode == Mode::Off {
        return Ok(None);
    }
    let t1 = Instant::now();
    let engine = Engine::with_extra_dirs(&config.detectors.extra_dirs, &Default::default())?;
    let t2 = Instant::now();
    let opts = CheckOptions {
        max_blob_bytes: config.limits.max_blob_bytes,
        max_memory_bytes: config.limits.max_memory_bytes,
        max_line_bytes: config.limits.max_line_bytes,
        time_budget_ms: Some(config.limits.time_budget_ms),
        inline_marker: config.exceptions.inline_marker,
        threads: 0,
        deadline: Some(ctx.started + std::time::Duration::from_millis(config.limits.time_budget_ms)),
    };
    let mut report = check_push(&views, updates, &engine, &opts)?;
    if let Some(e) = engine.failures().into_iter().next() {
        return Err(HookError::Engine(EngineError::Compile(e)));
    }
    if !report.findings.is_empty() {
        let repo_allow = if config.exceptions.repo_file {
            repo_allow_entries(&views, updates, ctx)
        } else {
            Vec::new()
        };
        exceptions::apply_allowlists(&mut report.findings, &config.exceptions, &repo_allow);
        if let Some(path) = &config.exceptions.baseline {
            let known = crate::output::formats::Baseline::load(path)?;
            for f in report.findings.iter_mut().filter(|f| f.exception.is_none()) {
                if known.contains(&f.fingerprint) {
                    f.exception = Some(format!("baseline {}", path.display()));
                }
            }
        }
    }
    if ctx.timing {
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1000.0;
        let mut m = Message::default();
        m.line(format!(
            "pushguard: timing: open {:.2} ms, detectors {:.2} ms, check {:.2} ms ({} commits, {} blobs, {} bytes; {} clean in pack order)",
            ms(t0, t1),
            ms(t1, t2),
            ms(t2, Instant::now()),
            report.commits,
            report.blobs,
            report.bytes,
            report.prescanned
        ));
        ctx.say(&m);
    }
    Ok(Some((report, Some(engine))))
}

/// Allow entries of `.pushguard.toml` at each pushed tip. A broken file is
/// reported and its entries ignored: findings then block as usual.
fn repo_allow_entries(views: &Views, updates: &[RefUpdate], ctx: &PushContext) -> Vec<crate::config::AllowEntry> {
    let mut entries = Vec::new();
    for u in updates.iter().filter(|u| !u.is_delete()) {
        let problem = match views.root_file(&u.new, REPO_FILE) {
            Ok(None) => continue,
            Ok(Some(data)) => match RepoFile::parse(&data) {
                Ok(file) => {
                    entries.extend(file.allow);
                    continue;
                }
                Err(e) => e,
            },
            Err(e) => e.to_string(),
        };
        let mut m = Message::default();
        m.line(format!(
            "warning: pushguard ignores {REPO_FILE} of {} ({}): {problem}",
            u.name,
            &u.new.to_string()[..12]
        ));
        ctx.say(&m);
    }
    entries
}

fn decide(
    config: &Config,
    ctx: &PushContext,
    updates: &[RefUpdate],
    mut report: CheckReport,
    engine: Option<&Engine>,
) -> Outcome {
    // Decided once, shown in the incident record as well.
    for f in &mut report.findings {
        f.blocking = Some(f.exception.is_none() && config.policy.blocks(f));
    }
    let sorted = Sorted::of(&report.findings, &report.skips);
    let tally = sorted.tally();
    let (mode, on_limit) = (config.policy.mode, config.policy.on_limit);
    // A bypass is asked for (the push options read) only when the push
    // would be rejected; it turns the rejection into an audited acceptance.
    let mut bypass_reason = None;
    let mut refusal = None;
    if verdict::verdict(mode, on_limit, tally, false).rejected {
        if let Some(req) = exceptions::bypass_request(&exceptions::push_options()) {
            match exceptions::bypass_refusal(&config.bypass, &req, &ctx.pusher) {
                None => bypass_reason = Some(sanitize_reason(engine, &req.reason)),
                Some(why) => refusal = Some(why),
            }
        }
    }
    let v = verdict::verdict(mode, on_limit, tally, bypass_reason.is_some());
    let mut record = v.action.map(|a| {
        let mut r = ctx.incident(a, v.rejected, updates);
        r.findings = report.findings.clone();
        r.skipped = report.skips.clone();
        r.bypass_reason = bypass_reason.clone();
        r
    });
    let shown = Shown {
        verdict: v,
        bypass_reason: bypass_reason.as_deref(),
        refusal: refusal.as_deref(),
        incident_id: record.as_ref().map(|r| r.id.as_str()),
        pusher: &ctx.pusher.name,
        max: config.limits.max_findings_shown,
    };
    ctx.say(&report::verdict_message(updates, &sorted, &shown));
    if let Some(r) = record.as_mut() {
        record_incident(config, ctx, r);
    }
    if v.rejected {
        Outcome::Reject
    } else {
        Outcome::Accept
    }
}

/// A bypass reason as shown and recorded: one line, at most 500 characters,
/// and any secret in it redacted.
fn sanitize_reason(engine: Option<&Engine>, reason: &str) -> String {
    let one_line: String = reason
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(500)
        .collect();
    match engine {
        Some(engine) => crate::findings::redact_text(engine, &one_line),
        // Without an engine, do not echo free text at all.
        None => "(reason withheld: it could not be checked for secrets)".into(),
    }
}

/// An error stopped the check: report it, record it, apply `on_error`.
fn fail(config: &Config, ctx: &PushContext, updates: &[RefUpdate], e: &HookError) -> Outcome {
    let policy = config.policy.on_error;
    let mut record = ctx.incident(Action::Error, policy == FailPolicy::Reject, updates);
    record.error = Some(e.to_string());
    ctx.say(&report::error_message(&e.to_string(), policy, Some(&record.id)));
    record_incident(config, ctx, &record);
    match policy {
        FailPolicy::Reject => Outcome::Error,
        FailPolicy::Accept => Outcome::Accept,
    }
}

fn record_incident(config: &Config, ctx: &PushContext, record: &Incident) {
    if let Err(e) = incident::append(&config.log.path, record) {
        let mut m = Message::default();
        m.line(format!(
            "warning: pushguard could not record incident {}: {e}",
            record.id
        ));
        ctx.say(&m);
    }
    if config.log.syslog {
        if let Err(e) = incident::send_syslog(&config.log.syslog_socket, record) {
            let mut m = Message::default();
            m.line(format!(
                "warning: pushguard could not send incident {} to syslog: {e}",
                record.id
            ));
            ctx.say(&m);
        }
    }
}

/// The process's peak resident set size so far, in KiB (0 if unknown).
fn peak_rss_kib() -> u64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return 0;
    }
    // Linux reports ru_maxrss in KiB.
    u64::try_from(usage.ru_maxrss).unwrap_or(0)
}

/// Resolves the git directory for commands other than the hook.
pub fn git_dir_of(path: &Path) -> PathBuf {
    let dot_git = path.join(".git");
    if dot_git.is_dir() {
        dot_git
    } else {
        path.to_path_buf()
    }
}
