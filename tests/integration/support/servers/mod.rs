//! Real git servers for the tests that push over a network transport, each
//! started by the test as its own child process on 127.0.0.1 with a
//! configuration in the test's temporary directory, and killed (the whole
//! process group) when dropped:
//!
//! - `http.rs`: smart HTTP, nginx with basic auth in front of fcgiwrap
//!   running `git http-backend` (the pusher is `REMOTE_USER`);
//! - `ssh.rs`: a private sshd whose `authorized_keys` forces a command that
//!   sets pushguard's variables (the pusher is the Unix user);
//! - `daemon.rs`: `git daemon` (no identity at all).
//!
//! A test first asks for the programs it needs with `require`, which
//! returns `None` (the test then returns early, a skip) when one is missing,
//! unless `CI` is set: then a missing program fails the test (`.ci/run`
//! installs them). This file has that lookup and the child-process handling
//! the servers share.

use std::fs::File;
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::path_str;

mod daemon;
mod http;
mod ssh;

pub use daemon::start_daemon;
pub use http::start_http;
pub use ssh::start_sshd;

// ---------------------------------------------------------------------------
// Finding the server programs
// ---------------------------------------------------------------------------

/// True when running under CI (`CI` set to anything but empty, `0` or
/// `false`): missing server programs are then a failure, not a skip.
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// `name` on PATH or in the sbin directories (not on a normal user's PATH).
fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/local/sbin", "/usr/sbin", "/sbin"].map(PathBuf::from))
        .map(|d| d.join(name))
        .find(|p| {
            p.metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// A program of git's exec path, e.g. `git-http-backend`.
fn git_program(name: &str) -> Option<PathBuf> {
    let out = Command::new("git").arg("--exec-path").output().ok()?;
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let p = dir.join(name);
    p.is_file().then_some(p)
}

/// The programs a test needs, by name; `None` (with a message) when one is
/// missing outside CI. Under CI a missing program fails the test.
pub(crate) fn require(test: &str, names: &[&str]) -> Option<Vec<PathBuf>> {
    let found: Vec<(&str, Option<PathBuf>)> = names
        .iter()
        .map(|n| {
            let p = if n.starts_with("git-") {
                git_program(n)
            } else {
                find_program(n)
            };
            (*n, p)
        })
        .collect();
    let missing: Vec<&str> = found.iter().filter(|(_, p)| p.is_none()).map(|(n, _)| *n).collect();
    if missing.is_empty() {
        return Some(found.into_iter().filter_map(|(_, p)| p).collect());
    }
    assert!(
        !under_ci(),
        "{test}: CI is set but {missing:?} are not installed (.ci/run installs nginx, fcgiwrap and openssh-server)"
    );
    eprintln!("skipping {test}: {missing:?} not installed (with CI=true this is a failure)");
    None
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

// ---------------------------------------------------------------------------
// Server processes
// ---------------------------------------------------------------------------

/// A server child process in its own process group. Dropping it kills the
/// group (workers, forked children) and reaps the child.
pub struct Server {
    what: String,
    child: Child,
    log: PathBuf,
}

impl Server {
    /// Spawns `cmd` in a new process group, stdout and stderr to `log`.
    fn spawn(what: &str, mut cmd: Command, log: &Path) -> Server {
        let out = File::create(log).expect("create server log");
        cmd.stdin(Stdio::null())
            .stdout(out.try_clone().expect("dup log"))
            .stderr(out)
            .process_group(0);
        let child = cmd.spawn().unwrap_or_else(|e| panic!("spawn {what}: {e}"));
        Server {
            what: what.to_string(),
            child,
            log: log.to_path_buf(),
        }
    }

    fn has_exited(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits until `ready` holds; false when the process exited first (for
    /// example because another process took its port).
    fn wait_ready(&mut self, mut ready: impl FnMut() -> bool) -> bool {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if ready() {
                return true;
            }
            if self.has_exited() {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "{} did not become ready in 15 s; its log:\n{}",
            self.what,
            self.log_text()
        );
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let pgid = self.child.id() as libc::pid_t;
        // SAFETY: kill has no memory-safety preconditions. The group is the
        // one this child leads (process_group(0)); its id cannot be reused
        // while the unreaped child exists.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
        let _ = self.child.wait();
        // Members of the group that outlived the leader (none expected).
        // SAFETY: as above; ESRCH when the group is gone is fine.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

fn port_open(port: u16) -> bool {
    TcpStream::connect(("127.0.0.1", port)).is_ok()
}

/// Starts a TCP server on a free port: `make` builds the command for a
/// port. Tries another port when the process exits before listening (the
/// port was taken between choosing and binding it).
fn start_on_free_port(what: &str, log: &Path, mut make: impl FnMut(u16) -> Command) -> (Server, u16) {
    for _ in 0..5 {
        let port = free_port();
        let mut server = Server::spawn(what, make(port), log);
        if server.wait_ready(|| port_open(port)) {
            return (server, port);
        }
        eprintln!(
            "{what} exited before listening on {port}; retrying:\n{}",
            server.log_text()
        );
    }
    panic!("{what} could not be started; see {}", log.display());
}

fn quote(p: &Path) -> String {
    let s = path_str(p);
    assert!(!s.contains(['"', '\'', '\\', '$', '\n']), "unusual path {s}");
    s.to_string()
}
