//! Command-line interface. `main` only maps the result to an exit code.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::admin::detectors;
use crate::config::Config;
use crate::engine::{Engine, EngineError, LoadError};
use crate::hook::{self, HookArgs, Outcome};
use crate::output::rejection::{list_skips, Message};
use crate::scanner::files::{self, ScanError};

#[derive(Debug, Parser)]
#[command(
    name = "pushguard",
    version,
    about = "Server-side git push guard: rejects pushes that would land leaked credentials"
)]
pub struct Cli {
    /// Configuration file (default: $PUSHGUARD_CONFIG, then /etc/pushguard/config.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run as git's pre-receive hook: read ref updates on stdin, exit 0 to accept, 1 to reject, 2 on error.
    PreReceive,
    /// Scan a repository's history (default: the repository in `.`), or files and directories; `-` reads stdin.
    /// Exit 0 when clean, 1 when something is found, 2 on error.
    Scan(ScanArgs),
    /// List or check detector definitions.
    Detectors {
        #[command(subcommand)]
        command: DetectorsCommand,
    },
    /// Validate configuration.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// List and filter the incident log; --by-fingerprint shows where each secret went.
    Incidents(IncidentsArgs),
    /// Install the hook: into a repository, a shared hooks directory, GitLab, or every Gitea/Forgejo repository.
    Install(InstallArgs),
    /// Remove what `install` put in place and restore what was there before.
    Uninstall(InstallArgs),
    /// Check configuration, detectors, incident log and the hooks of the given repositories.
    Doctor {
        /// Repositories whose installation to check.
        #[arg(long = "repo", value_name = "PATH")]
        repos: Vec<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate a configuration file (default: the one the hook would use).
    Check { file: Option<PathBuf> },
}

#[derive(Debug, clap::Args)]
pub struct IncidentsArgs {
    /// Incident log (default: the configured one).
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Only records at or after this time: YYYY-MM-DD, RFC 3339 UTC, or a span such as 24h or 7d.
    #[arg(long)]
    pub since: Option<String>,
    /// Only records before this time.
    #[arg(long)]
    pub until: Option<String>,
    /// Repository name or path (substring).
    #[arg(long)]
    pub repo: Option<String>,
    #[arg(long)]
    pub pusher: Option<String>,
    #[arg(long)]
    pub detector: Option<String>,
    /// Fingerprint or a prefix of at least 8 hex digits.
    #[arg(long)]
    pub fingerprint: Option<String>,
    /// blocked, bypassed, warned, allowed-by-exception, error or limit.
    #[arg(long)]
    pub action: Option<String>,
    /// Group by leaked secret: every repository, ref, pusher and first/last time seen.
    #[arg(long)]
    pub by_fingerprint: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false, id = "target")]
pub struct InstallArgs {
    /// A repository (bare or not): its hooks/pre-receive, chaining an existing hook.
    #[arg(long, value_name = "PATH", group = "target")]
    pub repo: Option<PathBuf>,
    /// A shared hooks directory for core.hooksPath.
    #[arg(long, value_name = "DIR", group = "target")]
    pub hooks_path: Option<PathBuf>,
    /// GitLab's global custom_hooks_dir (installs pre-receive.d/pushguard).
    #[arg(long, value_name = "DIR", group = "target")]
    pub gitlab: Option<PathBuf>,
    /// A Gitea/Forgejo repositories root: every repository's hooks/pre-receive.d/pushguard.
    #[arg(long, value_name = "DIR", group = "target")]
    pub gitea_root: Option<PathBuf>,
    /// Say what would change, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The binary the hook runs (default: this one).
    #[arg(long, value_name = "PATH")]
    pub binary: Option<PathBuf>,
}

impl InstallArgs {
    fn target(&self) -> Option<crate::admin::install::Target> {
        use crate::admin::install::Target;
        self.repo
            .clone()
            .map(Target::Repo)
            .or_else(|| self.hooks_path.clone().map(Target::HooksPath))
            .or_else(|| self.gitlab.clone().map(Target::Gitlab))
            .or_else(|| self.gitea_root.clone().map(Target::GiteaRoot))
    }
}

#[derive(Debug, Subcommand)]
pub enum DetectorsCommand {
    /// Show the built-in detectors (and those of configured extra directories).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Validate a directory of detector files: schema, limits, unique ids, examples.
    Check { dir: PathBuf },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

#[derive(Debug, clap::Args)]
pub struct ScanArgs {
    /// Files or directories to scan instead of a repository's history.
    #[arg(value_name = "PATH", conflicts_with_all = ["repo", "range", "since_commit"])]
    pub paths: Vec<PathBuf>,
    /// Repository whose full history (every commit reachable from any ref) to scan.
    #[arg(long, value_name = "PATH")]
    pub repo: Option<PathBuf>,
    /// Only commits in A..B (reachable from B, not from A).
    #[arg(long, value_name = "A..B", conflicts_with = "since_commit")]
    pub range: Option<String>,
    /// Only commits reachable from a ref but not from this commit.
    #[arg(long, value_name = "COMMIT")]
    pub since_commit: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Suppress findings whose fingerprints are in this baseline.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings as a baseline.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Files (blobs) larger than this many bytes are reported and not scanned.
    #[arg(long, value_name = "BYTES")]
    pub max_bytes: Option<u64>,
    /// Worker threads (default: one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Also list findings that would not block a push under the policy
    /// (publishable keys, documentation examples), marked `blocking: false`.
    #[arg(long)]
    pub all: bool,
}

/// How a successful command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Exit 0: accepted, or nothing found.
    Clean,
    /// Exit 1: rejected, or something found.
    Found,
    /// Exit 2: an error that was already reported.
    Failed,
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Scan(#[from] ScanError),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    #[error("cannot encode JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Query(#[from] crate::admin::incidents::QueryError),
    #[error(transparent)]
    Install(#[from] crate::admin::install::InstallError),
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    History(#[from] crate::scanner::history::HistoryError),
    #[error(transparent)]
    Output2(#[from] crate::output::formats::OutputError),
}

/// True when the binary was invoked as `pre-receive` (a copy or symlink in
/// a hooks directory).
pub fn invoked_as_hook() -> bool {
    std::env::args_os()
        .next()
        .map(PathBuf::from)
        .and_then(|p| p.file_name().map(|n| n == "pre-receive"))
        .unwrap_or(false)
}

pub fn run() -> Result<Status, CliError> {
    if invoked_as_hook() {
        return Ok(hook_status(hook::run(&HookArgs::default())));
    }
    let cli = Cli::parse();
    let config = cli.config;
    match cli.command {
        Command::PreReceive => Ok(hook_status(hook::run(&HookArgs { config }))),
        Command::Scan(args) => scan(config.as_deref(), args),
        Command::Config {
            command: ConfigCommand::Check { file },
        } => config_check(file.or(config)),
        Command::Incidents(args) => incidents(config.as_deref(), args),
        Command::Install(args) | Command::Uninstall(args) if args.target().is_none() => Err(CliError::Usage(
            "name a target: --repo, --hooks-path, --gitlab or --gitea-root".into(),
        )),
        Command::Install(args) => install(config, &args),
        Command::Uninstall(args) => {
            let target = args.target().ok_or_else(|| CliError::Usage("no target".into()))?;
            report_changes(&crate::admin::install::uninstall(&target, args.dry_run)?, args.dry_run);
            Ok(Status::Clean)
        }
        Command::Doctor { repos } => {
            let checks = crate::admin::doctor::doctor(config.as_deref(), &repos);
            for c in &checks {
                println!("{} {}", if c.ok { "ok     " } else { "PROBLEM" }, c.text);
            }
            Ok(found_if(!checks.iter().all(|c| c.ok)))
        }
        Command::Detectors {
            command: DetectorsCommand::List { json },
        } => detectors_list(config.as_deref(), json),
        Command::Detectors {
            command: DetectorsCommand::Check { dir },
        } => detectors_check(&dir),
    }
}

/// `Found` when there is something to report, else `Clean`.
fn found_if(found: bool) -> Status {
    if found {
        Status::Found
    } else {
        Status::Clean
    }
}

/// `pushguard config check [FILE]`: the file named, `--config`,
/// `PUSHGUARD_CONFIG` or the default path.
fn config_check(file: Option<PathBuf>) -> Result<Status, CliError> {
    let path = file
        .or_else(|| std::env::var_os("PUSHGUARD_CONFIG").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(crate::config::DEFAULT_PATH));
    let text = std::fs::read_to_string(&path).map_err(|source| crate::config::ConfigError::Read {
        path: path.clone(),
        source,
    })?;
    let problems = crate::admin::doctor::check_config(&path, &text);
    for p in &problems {
        eprintln!("{p}");
    }
    if problems.is_empty() {
        println!("{}: configuration is valid", path.display());
    }
    Ok(found_if(!problems.is_empty()))
}

fn install(config: Option<PathBuf>, args: &InstallArgs) -> Result<Status, CliError> {
    let binary = match &args.binary {
        Some(b) => std::path::absolute(b).map_err(CliError::Output)?,
        None => crate::admin::install::current_binary()?,
    };
    let opts = crate::admin::install::Options {
        binary,
        config,
        dry_run: args.dry_run,
    };
    let target = args.target().ok_or_else(|| CliError::Usage("no target".into()))?;
    report_changes(&crate::admin::install::install(&target, &opts)?, args.dry_run);
    Ok(Status::Clean)
}

fn detectors_list(config: Option<&std::path::Path>, json: bool) -> Result<Status, CliError> {
    let config = Config::load(config)?;
    let engine = Engine::with_extra_dirs(&config.detectors.extra_dirs, &Default::default())?;
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &detectors::list(&engine))?;
        writeln!(out)?;
    } else {
        out.write_all(detectors::list_table(&engine).as_bytes())?;
    }
    Ok(Status::Clean)
}

fn detectors_check(dir: &std::path::Path) -> Result<Status, CliError> {
    let problems = detectors::check_dir(dir)?;
    let mut err = std::io::stderr().lock();
    for p in &problems {
        writeln!(err, "{p}")?;
    }
    if problems.is_empty() {
        println!("{}: all detectors valid, every example behaves", dir.display());
    } else {
        writeln!(err, "{} problems", problems.len())?;
    }
    Ok(found_if(!problems.is_empty()))
}

fn hook_status(o: Outcome) -> Status {
    match o {
        Outcome::Accept => Status::Clean,
        Outcome::Reject => Status::Found,
        Outcome::Error => Status::Failed,
    }
}

fn report_changes(changes: &[crate::admin::install::Change], dry_run: bool) {
    let prefix = if dry_run { "would be " } else { "" };
    for c in changes {
        println!("{}: {prefix}{}", c.path.display(), c.what);
    }
    if changes.is_empty() {
        println!("nothing to change: already up to date");
    }
}

fn incidents(config: Option<&std::path::Path>, args: IncidentsArgs) -> Result<Status, CliError> {
    use crate::admin::incidents as q;
    let log = match args.log {
        Some(l) => l,
        None => Config::load(config)?.log.path,
    };
    let now = std::time::SystemTime::now();
    let filter = q::Filter {
        since: args.since.as_deref().map(|s| q::parse_time(s, now)).transpose()?,
        until: args.until.as_deref().map(|s| q::parse_time(s, now)).transpose()?,
        repository: args.repo,
        pusher: args.pusher,
        detector: args.detector,
        fingerprint: args.fingerprint,
        action: args
            .action
            .as_deref()
            .map(q::parse_action)
            .transpose()
            .map_err(CliError::Usage)?,
    };
    let (records, bad) = q::read_log(&log)?;
    if bad > 0 {
        eprintln!(
            "pushguard: warning: {} lines of {} are not valid incident records",
            bad,
            log.display()
        );
    }
    let selected: Vec<&crate::output::incident::Incident> = records.iter().filter(|r| filter.matches(r)).collect();
    let mut out = std::io::stdout().lock();
    if args.by_fingerprint {
        let spreads = q::by_fingerprint(&selected, &filter);
        if args.json {
            serde_json::to_writer_pretty(&mut out, &spreads)?;
            writeln!(out)?;
        } else {
            out.write_all(q::spread_table(&spreads).as_bytes())?;
        }
    } else if args.json {
        serde_json::to_writer_pretty(&mut out, &selected)?;
        writeln!(out)?;
    } else {
        out.write_all(q::table(&selected).as_bytes())?;
    }
    Ok(Status::Clean)
}

fn scan(config: Option<&std::path::Path>, args: ScanArgs) -> Result<Status, CliError> {
    let config = Config::load(config)?;
    // Bulk scans search far more text than they spend building: use a DFA
    // for the keyword pass.
    let limits = crate::engine::Limits {
        keyword_dfa: true,
        ..Default::default()
    };
    let engine = Engine::with_extra_dirs(&config.detectors.extra_dirs, &limits)?;
    let max = args.max_bytes.unwrap_or(config.limits.max_blob_bytes);
    let (mut findings, skips, summary) = if !args.paths.is_empty() {
        let r = files::scan_paths(&engine, &args.paths, max)?;
        let summary = format!("scanned {} files ({} bytes)", r.files, r.bytes);
        (r.findings, r.skips, summary)
    } else {
        scan_history(&engine, &args, max)?
    };
    let suppressed = apply_baselines(&args, &mut findings)?;
    for f in &mut findings {
        f.blocking = Some(config.policy.blocks(f));
    }
    let below = NonBlocking::count(&findings);
    if !args.all {
        findings.retain(|f| f.blocking == Some(true));
    }
    write_report(&args, &findings, &engine)?;
    if !skips.is_empty() {
        let mut m = Message::default();
        m.line(format!("pushguard: {} not scanned:", skips.len()));
        list_skips(&mut m, &skips.iter().collect::<Vec<_>>(), 20);
        eprint!("{}", m.render(false));
    }
    let baseline_note = if suppressed > 0 {
        format!(", {suppressed} suppressed by the baseline")
    } else {
        String::new()
    };
    eprintln!(
        "pushguard: {summary}: {} findings{baseline_note}{}",
        findings.len(),
        below.note(args.all)
    );
    Ok(found_if(findings.iter().any(|f| f.blocking == Some(true))))
}

/// `scan --repo`: the whole history, or the range `--range` or
/// `--since-commit` names, with a progress display and a summary line.
fn scan_history(
    engine: &Engine,
    args: &ScanArgs,
    max: u64,
) -> Result<(Vec<crate::findings::Finding>, Vec<crate::findings::Skip>, String), CliError> {
    use crate::scanner::history::{self, HistoryOptions, Progress, Range};
    let repo = args.repo.clone().unwrap_or_else(|| PathBuf::from("."));
    let opts = HistoryOptions {
        max_blob_bytes: max,
        threads: args.threads,
    };
    let range = match (&args.range, &args.since_commit) {
        (Some(r), _) => {
            let (from, to) = r
                .split_once("..")
                .filter(|(a, b)| !a.is_empty() && !b.is_empty() && !b.starts_with('.'))
                .ok_or_else(|| CliError::Usage(format!("--range {r:?}: expected A..B")))?;
            Some(Range::Between {
                from: from.into(),
                to: to.into(),
            })
        }
        (None, Some(x)) => Some(Range::Since(x.clone())),
        (None, None) => None,
    };
    let progress = std::sync::Arc::new(Progress::default());
    let bar = ProgressDisplay::start(progress.clone());
    let result = match &range {
        Some(r) => history::scan_range(&repo, engine, &opts, r),
        None => history::scan_repository(&repo, engine, &opts, &progress),
    };
    drop(bar);
    let r = result?;
    let mut summary = format!("scanned {} commits, {} blobs ({} bytes)", r.commits, r.blobs, r.bytes);
    if r.unreachable > 0 {
        summary.push_str(&format!(
            "; {} findings in objects no ref reaches were not reported",
            r.unreachable
        ));
    }
    if let Some(first) = r.missing.first() {
        summary.push_str(&format!(
            "; {} commits that refs name are missing from the repository (first: {first}): their content was not scanned",
            r.missing.len()
        ));
    }
    if r.partial_clone {
        summary.push_str(
            "; this repository is a partial clone: objects its promisor remote did not send are not in it and were not scanned (clone without --filter to scan everything)",
        );
    }
    Ok((r.findings, r.skips, summary))
}

/// Writes `--write-baseline` and applies `--baseline`; returns how many
/// findings the baseline suppressed.
fn apply_baselines(args: &ScanArgs, findings: &mut Vec<crate::findings::Finding>) -> Result<usize, CliError> {
    use crate::output::formats;
    if let Some(b) = &args.write_baseline {
        let baseline = formats::Baseline::from_findings(findings);
        formats::write_output(b, (serde_json::to_string_pretty(&baseline)? + "\n").as_bytes())?;
        eprintln!(
            "pushguard: wrote a baseline of {} secrets to {}",
            baseline.findings.len(),
            b.display()
        );
    }
    let Some(b) = &args.baseline else { return Ok(0) };
    let known = formats::Baseline::load(b)?;
    let before = findings.len();
    findings.retain(|f| !known.contains(&f.fingerprint));
    Ok(before - findings.len())
}

/// The report in `--format`, to `--output` or stdout.
fn write_report(args: &ScanArgs, findings: &[crate::findings::Finding], engine: &Engine) -> Result<(), CliError> {
    use crate::output::formats;
    let rendered = match args.format {
        Format::Text => formats::text(findings),
        Format::Json => formats::json(findings)?,
        Format::Sarif => formats::sarif(findings, engine)?,
    };
    match &args.output {
        Some(path) => formats::write_output(path, rendered.as_bytes())?,
        None => std::io::stdout().lock().write_all(rendered.as_bytes())?,
    }
    Ok(())
}

/// Findings under the blocking thresholds, by why.
#[derive(Debug, Default)]
struct NonBlocking {
    publishable: usize,
    low_confidence: usize,
    other: usize,
}

impl NonBlocking {
    fn count(findings: &[crate::findings::Finding]) -> NonBlocking {
        let mut n = NonBlocking::default();
        for f in findings.iter().filter(|f| f.blocking == Some(false)) {
            if f.publishable {
                n.publishable += 1;
            } else if f.confidence == crate::engine::Confidence::Low {
                n.low_confidence += 1;
            } else {
                n.other += 1;
            }
        }
        n
    }

    /// `; 3 more below the blocking thresholds (2 publishable keys, ...)`.
    fn note(&self, listed: bool) -> String {
        let total = self.publishable + self.low_confidence + self.other;
        if total == 0 {
            return String::new();
        }
        let mut parts = Vec::new();
        for (n, what) in [
            (self.publishable, "publishable keys"),
            (self.low_confidence, "low-confidence examples"),
            (self.other, "below the policy's severity or confidence"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        let how = if listed {
            "listed with blocking: false"
        } else {
            "not listed; --all lists them"
        };
        format!("; {total} would not block a push ({}): {how}", parts.join(", "))
    }
}

/// A progress bar on stderr while a history scan runs, only on a terminal.
struct ProgressDisplay {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ProgressDisplay {
    fn start(counters: std::sync::Arc<crate::scanner::history::Progress>) -> Option<ProgressDisplay> {
        use std::io::IsTerminal;
        use std::sync::atomic::Ordering;
        if !std::io::stderr().is_terminal() {
            return None;
        }
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let s = stop.clone();
        let thread = std::thread::spawn(move || {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            let started = std::time::Instant::now();
            while !s.load(Ordering::Relaxed) {
                let bytes = counters.bytes.load(Ordering::Relaxed);
                let rate = bytes as f64 / started.elapsed().as_secs_f64().max(0.001) / 1e6;
                bar.set_message(format!(
                    "{} objects, {} blobs, {:.1} MB, {:.1} MB/s, {} commits",
                    counters.objects.load(Ordering::Relaxed),
                    counters.blobs.load(Ordering::Relaxed),
                    bytes as f64 / 1e6,
                    rate,
                    counters.commits.load(Ordering::Relaxed)
                ));
                bar.tick();
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            bar.finish_and_clear();
        });
        Some(ProgressDisplay {
            stop,
            thread: Some(thread),
        })
    }
}

impl Drop for ProgressDisplay {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
