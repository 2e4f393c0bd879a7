//! Pushes over a network transport: `git daemon` on a free local port runs
//! receive-pack, which runs the hook with the daemon's environment.

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::support::{bin, short, Env};

/// A running `git daemon`, killed when dropped.
struct Daemon {
    child: Child,
    port: u16,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        // `git daemon` runs `git-daemon` as a child: kill the whole group.
        if let Ok(pgid) = i32::try_from(self.child.id()) {
            // SAFETY: kill has no memory-safety preconditions; the group is
            // the one this child leads (process_group(0)).
            unsafe {
                libc::kill(-pgid, libc::SIGKILL);
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Starts `git daemon` serving `env.root` with receive-pack enabled and the
/// hook's variables (config, log, wrapper's `PUSHGUARD`) in its environment.
/// Retries with another port when the chosen one was taken meanwhile.
fn start_daemon(env: &Env) -> Daemon {
    let root = env.root.to_str().expect("utf-8 root");
    for _attempt in 0..5 {
        let port = free_port();
        let mut c = env.command("git");
        c.args([
            "daemon",
            "--reuseaddr",
            &format!("--base-path={root}"),
            "--export-all",
            "--enable=receive-pack",
            "--listen=127.0.0.1",
            &format!("--port={port}"),
            root,
        ])
        .current_dir(&env.root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0);
        let child = c.spawn().expect("spawn git daemon");
        let mut daemon = Daemon { child, port };
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return daemon;
            }
            if let Ok(Some(_)) = daemon.child.try_wait() {
                break; // port taken: try another
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    panic!("git daemon did not start");
}

#[test]
fn git_daemon_push_clean_accepted_and_secret_rejected() {
    let env = Env::new("git_daemon_push_clean_accepted_and_secret_rejected");
    // The shipped wrapper script, finding the binary through PUSHGUARD.
    env.install_wrapper_hook();
    env.set_env("PUSHGUARD", bin().to_str().expect("utf-8 path"));
    let daemon = start_daemon(&env);
    let url = format!("git://127.0.0.1:{}/server.git", daemon.port);
    env.git(&["remote", "set-url", "origin", &url]);

    let clean = env.commit_file("README.md", "# networked\n", "initial");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));

    let token = env.github_token();
    let bad = env.commit_file("deploy/token.txt", &format!("# CI token\n{token}\n"), "ci token");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    run.assert_remote_contains("deploy/token.txt:2");
    run.assert_remote_contains(&format!("{} on refs/heads/main", short(&bad)));
    run.assert_remote_contains(env.github_id());
    assert!(!env.server_has_object(&bad));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));

    let log = env.incidents();
    assert_eq!(log.len(), 1, "{}", env.log_text());
    assert_eq!(log[0]["action"], "blocked");
    assert_eq!(log[0]["findings"][0]["path"], "deploy/token.txt");
    drop(daemon);
}
