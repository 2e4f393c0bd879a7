//! `pushguard doctor` and `pushguard config check`: say in plain words what
//! is wrong with an installation or a configuration.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::admin::install::{self, CHAINED, DROP_IN, MARKER};
use crate::config::Config;
use crate::engine::Engine;

/// One result line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub ok: bool,
    pub text: String,
}

fn ok(text: impl Into<String>) -> Check {
    Check {
        ok: true,
        text: text.into(),
    }
}

fn bad(text: impl Into<String>) -> Check {
    Check {
        ok: false,
        text: text.into(),
    }
}

/// Validates a configuration beyond its syntax: allow entries, extra
/// detector directories, bypass users. Errors name the key and, where it can
/// be found, the line.
pub fn check_config(path: &Path, text: &str) -> Vec<String> {
    let config = match Config::parse(path, text) {
        Ok(c) => c,
        Err(e) => return vec![e.to_string()],
    };
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map_or(String::new(), |i| format!("line {}, ", i + 1))
    };
    let mut problems = Vec::new();
    for (i, e) in config.exceptions.allow.iter().enumerate() {
        if let Err(m) = crate::findings::exceptions::validate_entry(e) {
            problems.push(format!(
                "configuration {}: {}key `exceptions.allow[{i}]`: {m}",
                path.display(),
                line_of(&e.fingerprint)
            ));
        }
    }
    for d in &config.detectors.extra_dirs {
        if let Err(e) = Engine::with_extra_dirs(std::slice::from_ref(d), &Default::default()) {
            problems.push(format!(
                "configuration {}: {}key `detectors.extra_dirs`: {e}",
                path.display(),
                line_of(&d.display().to_string())
            ));
        }
    }
    if config.bypass.enabled && config.bypass.users.is_empty() {
        problems.push(format!(
            "configuration {}: {}key `bypass.users`: bypass is enabled but nobody may use it; list pusher names",
            path.display(),
            line_of("enabled")
        ));
    }
    problems
}

/// Checks the configuration, detectors, incident log and, for each
/// repository given, its hook and push options.
pub fn doctor(config_path: Option<&Path>, repos: &[PathBuf]) -> Vec<Check> {
    let mut out = Vec::new();
    let config = match Config::load(config_path) {
        Ok(c) => {
            out.push(ok(
                match config_path
                    .map(Path::to_path_buf)
                    .or_else(|| std::env::var_os("PUSHGUARD_CONFIG").map(PathBuf::from))
                {
                    Some(p) => format!("configuration {} is valid", p.display()),
                    None if Path::new(crate::config::DEFAULT_PATH).exists() => {
                        format!("configuration {} is valid", crate::config::DEFAULT_PATH)
                    }
                    None => format!(
                        "no configuration file at {}; built-in defaults apply (enforce, fail closed)",
                        crate::config::DEFAULT_PATH
                    ),
                },
            ));
            c
        }
        Err(e) => {
            out.push(bad(format!("{e}; every push will be rejected until it is fixed")));
            return out;
        }
    };
    match Engine::with_extra_dirs(&config.detectors.extra_dirs, &Default::default()) {
        Ok(e) => out.push(ok(format!("{} detectors load and compile", e.detectors().len()))),
        Err(e) => out.push(bad(format!(
            "detectors do not load: {e}; every push will be handled by on_error"
        ))),
    }
    out.push(log_check(&config.log.path));
    for repo in repos {
        out.extend(repo_checks(repo, &config));
    }
    out
}

fn log_check(path: &Path) -> Check {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let writable = |p: &Path| {
        let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap_or_default();
        // SAFETY: `c` is a valid NUL-terminated path.
        unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
    };
    if path.exists() {
        if writable(path) {
            ok(format!("incident log {} is writable", path.display()))
        } else {
            bad(format!(
                "incident log {} is not writable by this user; the hook must run as a user that can append to it",
                path.display()
            ))
        }
    } else if dir.is_dir() && writable(dir) {
        ok(format!(
            "incident log {} will be created on first incident",
            path.display()
        ))
    } else {
        bad(format!(
            "incident log directory {} does not exist or is not writable; create it, e.g.: install -d -o git -g git -m 0750 {}",
            dir.display(),
            dir.display()
        ))
    }
}

fn git_config(git_dir: &Path, key: &str) -> Option<String> {
    let out = Command::new("git")
        .arg("--git-dir")
        .arg(git_dir)
        .args(["config", "--get", key])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn repo_checks(repo: &Path, config: &Config) -> Vec<Check> {
    let mut out = Vec::new();
    let git_dir = match install::git_dir(repo) {
        Ok(d) => d,
        Err(e) => return vec![bad(e.to_string())],
    };
    let hooks = match git_config(&git_dir, "core.hooksPath") {
        Some(p) => {
            let p = PathBuf::from(p);
            if p.is_absolute() {
                p
            } else {
                git_dir.join(p)
            }
        }
        None => git_dir.join("hooks"),
    };
    let hook = hooks.join("pre-receive");
    let drop_in = hooks.join("pre-receive.d").join(DROP_IN);
    let runs_pushguard = |p: &Path| -> Option<String> {
        let meta = std::fs::metadata(p).ok()?;
        if meta.permissions().mode() & 0o111 == 0 {
            return Some(format!(
                "{} exists but is not executable; git will skip it",
                p.display()
            ));
        }
        if std::fs::read_link(p).is_ok_and(|t| t.file_name().is_some_and(|n| n == "pushguard")) {
            return None;
        }
        let text = std::fs::read_to_string(p).unwrap_or_default();
        if text.contains(MARKER) || text.contains("pushguard") {
            None
        } else {
            Some(format!("{} exists but does not run pushguard", p.display()))
        }
    };
    use std::os::unix::fs::PermissionsExt;
    match (hook.exists(), drop_in.exists()) {
        (false, false) => out.push(bad(format!(
            "{}: no pre-receive hook runs pushguard; install it with: pushguard install --repo {}",
            repo.display(),
            repo.display()
        ))),
        (true, _) => match runs_pushguard(&hook) {
            None => {
                let chained = if hooks.join(CHAINED).exists() {
                    " (chained with the hook that was there before)"
                } else {
                    ""
                };
                out.push(ok(format!("{}: pre-receive runs pushguard{chained}", repo.display())));
            }
            Some(problem) if drop_in.exists() => {
                out.push(ok(format!("{}: pushguard installed in pre-receive.d", repo.display())));
                out.push(bad(problem));
            }
            Some(problem) => out.push(bad(format!("{}: {problem}", repo.display()))),
        },
        (false, true) => out.push(ok(format!(
            "{}: pushguard installed in pre-receive.d (the server must run pre-receive.d hooks, as GitLab and Gitea do)",
            repo.display()
        ))),
    }
    if config.bypass.enabled {
        let advertised = git_config(&git_dir, "receive.advertisePushOptions").is_some_and(|v| v == "true");
        if advertised {
            out.push(ok(format!(
                "{}: push options are advertised, bypass can be used",
                repo.display()
            )));
        } else {
            out.push(bad(format!(
                "{}: bypass is enabled but receive.advertisePushOptions is not true, so `git push -o pushguard.bypass=...` is refused by git; run: git --git-dir {} config receive.advertisePushOptions true",
                repo.display(),
                git_dir.display()
            )));
        }
    }
    out
}
