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
