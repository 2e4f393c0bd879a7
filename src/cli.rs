//! Command-line interface. `main` only maps the result to an exit code.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::detectors_cmd;
use crate::engine::{Engine, EngineError, LoadError};
use crate::hook::{self, HookArgs, Outcome};
use crate::report::{list_skips, Message};
use crate::scan::{self, ScanError};

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
    /// Scan files and directories (no git needed); `-` reads stdin. Exit 1 when something is found.
    Scan {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Files larger than this many bytes are reported and not scanned.
        #[arg(long, value_name = "BYTES")]
        max_bytes: Option<u64>,
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
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
    fn target(&self) -> Option<crate::install::Target> {
        use crate::install::Target;
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
    Query(#[from] crate::incidents_cmd::QueryError),
    #[error(transparent)]
    Install(#[from] crate::install::InstallError),
    #[error("{0}")]
    Usage(String),
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
    match cli.command {
        Command::PreReceive => Ok(hook_status(hook::run(&HookArgs { config: cli.config }))),
        Command::Scan {
            format,
            max_bytes,
            paths,
        } => {
            let config = Config::load(cli.config.as_deref())?;
            let engine = Engine::with_extra_dirs(&config.detectors.extra_dirs, &Default::default())?;
            let max = max_bytes.unwrap_or(config.limits.max_blob_bytes);
            let report = scan::scan_paths(&engine, &paths, max)?;
            let mut out = std::io::stdout().lock();
            match format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut out, &report.findings)?;
                    writeln!(out)?;
                }
                Format::Text => {
                    for f in &report.findings {
                        writeln!(
                            out,
                            "{}: {} [{}, {}] {}  fingerprint {}",
                            f.location(),
                            f.name,
                            f.detector,
                            f.severity,
                            f.preview,
                            &f.fingerprint[..16]
                        )?;
                    }
                }
            }
            if !report.skips.is_empty() {
                let mut m = Message::default();
                m.line(format!("pushguard: {} not scanned:", report.skips.len()));
                list_skips(&mut m, &report.skips.iter().collect::<Vec<_>>(), usize::MAX);
                eprint!("{}", m.render(false));
            }
            eprintln!(
                "pushguard: scanned {} files ({} bytes): {} findings",
                report.files,
                report.bytes,
                report.findings.len()
            );
            Ok(if report.findings.is_empty() {
                Status::Clean
            } else {
                Status::Found
            })
        }
        Command::Config {
            command: ConfigCommand::Check { file },
        } => {
            let path = file
                .or(cli.config)
                .or_else(|| std::env::var_os("PUSHGUARD_CONFIG").map(PathBuf::from))
                .unwrap_or_else(|| PathBuf::from(crate::config::DEFAULT_PATH));
            let text = std::fs::read_to_string(&path).map_err(|source| crate::config::ConfigError::Read {
                path: path.clone(),
                source,
            })?;
            let problems = crate::doctor::check_config(&path, &text);
            for p in &problems {
                eprintln!("{p}");
            }
            if problems.is_empty() {
                println!("{}: configuration is valid", path.display());
                Ok(Status::Clean)
            } else {
                Ok(Status::Found)
            }
        }
        Command::Incidents(args) => incidents(cli.config.as_deref(), args),
        Command::Install(args) | Command::Uninstall(args) if args.target().is_none() => Err(CliError::Usage(
            "name a target: --repo, --hooks-path, --gitlab or --gitea-root".into(),
        )),
        Command::Install(args) => {
            let binary = match &args.binary {
                Some(b) => std::path::absolute(b).map_err(CliError::Output)?,
                None => crate::install::current_binary()?,
            };
            let opts = crate::install::Options {
                binary,
                config: cli.config.clone(),
                dry_run: args.dry_run,
            };
            let target = args.target().ok_or_else(|| CliError::Usage("no target".into()))?;
            report_changes(&crate::install::install(&target, &opts)?, args.dry_run);
            Ok(Status::Clean)
        }
        Command::Uninstall(args) => {
            let target = args.target().ok_or_else(|| CliError::Usage("no target".into()))?;
            report_changes(&crate::install::uninstall(&target, args.dry_run)?, args.dry_run);
            Ok(Status::Clean)
        }
        Command::Doctor { repos } => {
            let checks = crate::doctor::doctor(cli.config.as_deref(), &repos);
            for c in &checks {
                println!("{} {}", if c.ok { "ok     " } else { "PROBLEM" }, c.text);
            }
            Ok(if checks.iter().all(|c| c.ok) {
                Status::Clean
            } else {
                Status::Found
            })
        }
        Command::Detectors { command } => match command {
            DetectorsCommand::List { json } => {
                let config = Config::load(cli.config.as_deref())?;
                let engine = Engine::with_extra_dirs(&config.detectors.extra_dirs, &Default::default())?;
                let mut out = std::io::stdout().lock();
                if json {
                    serde_json::to_writer_pretty(&mut out, &detectors_cmd::list(&engine))?;
                    writeln!(out)?;
                } else {
                    out.write_all(detectors_cmd::list_table(&engine).as_bytes())?;
                }
                Ok(Status::Clean)
            }
            DetectorsCommand::Check { dir } => {
                let problems = detectors_cmd::check_dir(&dir)?;
                let mut err = std::io::stderr().lock();
                for p in &problems {
                    writeln!(err, "{p}")?;
                }
                if problems.is_empty() {
                    println!("{}: all detectors valid, every example behaves", dir.display());
                    Ok(Status::Clean)
                } else {
                    writeln!(err, "{} problems", problems.len())?;
                    Ok(Status::Found)
                }
            }
        },
    }
}

fn hook_status(o: Outcome) -> Status {
    match o {
        Outcome::Accept => Status::Clean,
        Outcome::Reject => Status::Found,
        Outcome::Error => Status::Failed,
    }
}

fn report_changes(changes: &[crate::install::Change], dry_run: bool) {
    let prefix = if dry_run { "would be " } else { "" };
    for c in changes {
        println!("{}: {prefix}{}", c.path.display(), c.what);
    }
    if changes.is_empty() {
        println!("nothing to change: already up to date");
    }
}

fn incidents(config: Option<&std::path::Path>, args: IncidentsArgs) -> Result<Status, CliError> {
    use crate::incidents_cmd as q;
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
    let selected: Vec<&crate::incident::Incident> = records.iter().filter(|r| filter.matches(r)).collect();
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
