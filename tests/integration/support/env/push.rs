//! `Env`: pushing and running pushguard. Every push and every pushguard run
//! made through these methods ends in `after_run`: the leak assertion on
//! its output and on the incident log, and the check that no temporary view
//! directory was left behind. `push_checked` and `pushguard_umask_000`,
//! for tests that leave a view on purpose or need umask 000, keep the leak
//! assertion.

use std::ffi::OsStr;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};

use super::Env;
use crate::support::run::{bin, Run};

impl Env {
    /// `git push <args>` from the working repository, followed by the
    /// central checks: no secret (or fragment of one) in the output or in
    /// the incident log, and no temporary view directory left behind.
    pub fn push<S: AsRef<OsStr>>(&self, args: &[S]) -> Run {
        self.push_from(&self.work, args)
    }

    /// `git push <args>` from another repository `dir`, with the same checks.
    pub fn push_from<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Run {
        let o = self.push_command(dir, args).output().expect("run git push");
        let run = Run::from_output(push_label(args), o);
        self.after_run(&run);
        run
    }

    /// Several `git push` runs from the working repository at the same
    /// time (their hooks run concurrently), each checked as `push` does.
    pub fn push_concurrently(&self, pushes: &[Vec<&str>]) -> Vec<Run> {
        let children: Vec<_> = pushes
            .iter()
            .map(|args| {
                let mut c = self.push_command(&self.work, args);
                c.stdout(Stdio::piped()).stderr(Stdio::piped());
                (push_label(args), c.spawn().expect("spawn git push"))
            })
            .collect();
        // Wait for every push before checking: a hook still running keeps
        // its temporary directory.
        let runs: Vec<Run> = children
            .into_iter()
            .map(|(label, child)| Run::from_output(label, child.wait_with_output().expect("wait git push")))
            .collect();
        for run in &runs {
            self.after_run(run);
        }
        runs
    }

    /// The `git push <args>` command from `dir`, for callers that spawn it
    /// themselves (and do their own checks).
    pub fn push_command<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Command {
        let mut c = self.git_command(dir, &["push"]);
        c.args(args);
        c
    }

    /// Runs `pushguard <args>` with the test environment, `stdin` as input,
    /// in `dir`.
    pub fn pushguard(&self, dir: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Run {
        let mut c = self.command(bin());
        c.current_dir(dir)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            c.env(k, v);
        }
        let mut child = c.spawn().expect("spawn pushguard");
        let mut input = child.stdin.take().expect("stdin");
        // A process that exits before reading everything is not an error here.
        let _ = input.write_all(stdin);
        drop(input);
        let o = child.wait_with_output().expect("wait pushguard");
        let run = Run::from_output(format!("pushguard {}", args.join(" ")), o);
        self.after_run(&run);
        run
    }

    /// `pushguard pre-receive` run directly in the server repository, the
    /// way receive-pack would (cwd = git dir, `GIT_DIR=.`).
    pub fn run_hook_directly(&self, stdin: &[u8], env: &[(&str, &str)]) -> Run {
        let mut all = vec![("GIT_DIR", ".")];
        all.extend_from_slice(env);
        self.pushguard(&self.server, &["pre-receive"], stdin, &all)
    }

    fn after_run(&self, run: &Run) {
        self.assert_no_leak(&format!("the output of {}", run.what), &run.all());
        self.assert_no_leak("the incident log", &self.log_text());
        let left: Vec<String> = std::fs::read_dir(&self.tmpdir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with("pushguard-view-"))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            left.is_empty(),
            "pushguard left temporary directories behind: {left:?}\n{}",
            run.describe()
        );
    }
}

fn push_label<S: AsRef<OsStr>>(args: &[S]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.as_ref().to_string_lossy().into_owned()).collect();
    format!("git push {}", args.join(" "))
}

/// Runs `cmd` (and so everything it starts: receive-pack, the hook) with
/// umask 000, the most permissive there is.
pub fn with_umask_000(cmd: &mut Command) -> &mut Command {
    // SAFETY: umask is async-signal-safe and touches no memory.
    unsafe {
        cmd.pre_exec(|| {
            libc::umask(0);
            Ok(())
        })
    }
}

/// `git push <args>` from the working repository with the leak checks of
/// `Env::push`, but without its "no view directory left" check (for tests
/// that leave one on purpose) and optionally under umask 000.
pub fn push_checked(env: &Env, args: &[&str], umask_000: bool) -> Run {
    let mut cmd = env.push_command(&env.work, args);
    if umask_000 {
        with_umask_000(&mut cmd);
    }
    let run = Run::from_output(
        format!("git push {}", args.join(" ")),
        cmd.output().expect("run git push"),
    );
    env.assert_no_leak(&format!("the output of {}", run.what), &run.all());
    env.assert_no_leak("the incident log", &env.log_text());
    run
}

/// `pushguard <args>` in `dir` under umask 000, with the leak checks.
pub fn pushguard_umask_000(env: &Env, dir: &Path, args: &[&str]) -> Run {
    let mut cmd = env.command(bin());
    cmd.current_dir(dir).args(args);
    with_umask_000(&mut cmd);
    let run = Run::from_output(
        format!("pushguard {}", args.join(" ")),
        cmd.output().expect("run pushguard"),
    );
    env.assert_no_leak(&format!("the output of {}", run.what), &run.all());
    run
}
