//! `git daemon`, with receive-pack enabled.

use super::{start_on_free_port, Server};
use crate::support::{path_str, Env};

/// `git daemon` serving `env.root` with receive-pack enabled. The hook gets
/// the daemon's environment (the test's, with pushguard's variables).
pub fn start_daemon(env: &Env) -> (Server, u16) {
    let root = path_str(&env.root).to_string();
    start_on_free_port("git daemon", &env.root.join("daemon.log"), |port| {
        let mut c = env.command("git");
        c.args([
            "daemon",
            "--reuseaddr",
            "--informative-errors",
            "--listen=127.0.0.1",
            &format!("--port={port}"),
            &format!("--base-path={root}"),
            "--export-all",
            "--enable=receive-pack",
            &root,
        ])
        .current_dir(&env.root);
        c
    })
}
