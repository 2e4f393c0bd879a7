//! Pushes through real git servers, each started by the test as its own
//! child process on 127.0.0.1 with a configuration in the test's temporary
//! directory, and killed (the whole process group) when the test ends:
//!
//! - smart HTTP: nginx with basic auth in front of fcgiwrap running
//!   `git http-backend` (the pusher is `REMOTE_USER`);
//! - ssh: a private sshd whose `authorized_keys` forces a command that sets
//!   pushguard's variables (the pusher is the Unix user);
//! - `git daemon` (no identity at all);
//! - and GitLab's identity variables over a `file://` push.
//!
//! The hook is put in place by the real installer (`pushguard install
//! --repo`). A test skips when a server program is missing, unless `CI` is
//! set: then a missing program fails it (`.ci/run` installs them).

use std::collections::BTreeSet;
use std::fs::File;
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{bin, path_str, short, Env, Rng, Run};

// ---------------------------------------------------------------------------
// Finding the server programs
// ---------------------------------------------------------------------------

/// True when running under CI (`CI` set to anything but empty, `0` or
/// `false`): missing server programs are then a failure, not a skip.
fn under_ci() -> bool {
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

/// The account name of the user running the tests, as the hook sees it.
pub(crate) fn unix_user() -> String {
    let o = Command::new("id").arg("-un").output().expect("run id -un");
    assert!(o.status.success(), "id -un failed");
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

// ---------------------------------------------------------------------------
// Server processes
// ---------------------------------------------------------------------------

/// A server child process in its own process group. Dropping it kills the
/// group (workers, forked children) and reaps the child.
struct Server {
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

// ---------------------------------------------------------------------------
// Smart HTTP: nginx + fcgiwrap + git http-backend
// ---------------------------------------------------------------------------

pub(crate) struct HttpServer {
    // Field order is drop order: nginx first, then its backend.
    _nginx: Server,
    _fcgi: Server,
    port: u16,
}

impl HttpServer {
    /// URL of the test's server repository with `user`'s credentials.
    pub(crate) fn url(&self, user: &str, password: &str) -> String {
        format!("http://{user}:{password}@127.0.0.1:{}/server.git", self.port)
    }
}

/// nginx (basic auth with `users`) in front of fcgiwrap running
/// `git http-backend` for the repositories under `env.root`. The hook gets
/// `PUSHGUARD_CONFIG`, `PUSHGUARD_LOG` and `TMPDIR` only through
/// `fastcgi_param`: fcgiwrap itself runs without them.
pub(crate) fn start_http(env: &Env, programs: &[PathBuf], users: &[(&str, &str)]) -> HttpServer {
    let [nginx, fcgiwrap, backend] = programs else {
        panic!("start_http needs nginx, fcgiwrap and git-http-backend")
    };
    env.server_git(&["config", "http.receivepack", "true"]);
    let dir = env.root.join("http");
    for d in ["", "logs", "temp"] {
        std::fs::create_dir_all(dir.join(d)).expect("mkdir http");
    }
    let htpasswd: String = users.iter().map(|(u, p)| format!("{u}:{{PLAIN}}{p}\n")).collect();
    std::fs::write(dir.join("htpasswd"), htpasswd).expect("write htpasswd");

    let sock = dir.join("fcgi.sock");
    let mut fcgi_cmd = env.command(fcgiwrap);
    fcgi_cmd
        .env_remove("PUSHGUARD_CONFIG")
        .env_remove("PUSHGUARD_LOG")
        .env_remove("TMPDIR")
        .args(["-c", "24", "-s"])
        .arg(format!("unix:{}", path_str(&sock)))
        .current_dir(&dir);
    let mut fcgi = Server::spawn("fcgiwrap", fcgi_cmd, &dir.join("logs/fcgiwrap.log"));
    assert!(
        fcgi.wait_ready(|| UnixStream::connect(&sock).is_ok()),
        "fcgiwrap exited:\n{}",
        fcgi.log_text()
    );

    // `-e` (nginx >= 1.19.5) keeps nginx from opening its default error log
    // before it reads the configuration.
    let help = Command::new(nginx).arg("-h").output().expect("nginx -h");
    let has_e = String::from_utf8_lossy(&help.stderr).contains("-e filename");
    let d = quote(&dir);
    let (nginx_log, config_path) = (dir.join("logs/nginx.log"), dir.join("nginx.conf"));
    let (_nginx, port) = start_on_free_port("nginx", &nginx_log, |port| {
        let user = if is_root() { "user root;\n" } else { "" };
        let conf = format!(
            r#"{user}worker_processes 1;
pid "{d}/nginx.pid";
error_log "{d}/logs/error.log" info;
events {{ worker_connections 512; }}
http {{
    access_log "{d}/logs/access.log";
    client_body_temp_path "{d}/temp/body";
    fastcgi_temp_path "{d}/temp/fastcgi";
    proxy_temp_path "{d}/temp/proxy";
    uwsgi_temp_path "{d}/temp/uwsgi";
    scgi_temp_path "{d}/temp/scgi";
    client_max_body_size 0;
    fastcgi_read_timeout 120s;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            auth_basic "git";
            auth_basic_user_file "{d}/htpasswd";
            fastcgi_pass "unix:{sock}";
            fastcgi_param SCRIPT_FILENAME "{backend}";
            fastcgi_param QUERY_STRING $query_string;
            fastcgi_param REQUEST_METHOD $request_method;
            fastcgi_param CONTENT_TYPE $content_type;
            fastcgi_param CONTENT_LENGTH $content_length;
            fastcgi_param PATH_INFO $uri;
            fastcgi_param GATEWAY_INTERFACE CGI/1.1;
            fastcgi_param SERVER_PROTOCOL $server_protocol;
            fastcgi_param REMOTE_ADDR $remote_addr;
            fastcgi_param REMOTE_USER $remote_user;
            fastcgi_param GIT_PROJECT_ROOT "{root}";
            fastcgi_param GIT_HTTP_EXPORT_ALL 1;
            fastcgi_param PUSHGUARD_CONFIG "{config}";
            fastcgi_param PUSHGUARD_LOG "{log}";
            fastcgi_param TMPDIR "{tmp}";
        }}
    }}
}}
"#,
            sock = quote(&sock),
            backend = quote(backend),
            root = quote(&env.root),
            config = quote(&env.config),
            log = quote(&env.log),
            tmp = quote(&env.tmpdir),
        );
        std::fs::write(&config_path, conf).expect("write nginx.conf");
        let mut c = env.command(nginx);
        c.arg("-p").arg(&dir);
        if has_e {
            c.arg("-e").arg(dir.join("logs/error.log"));
        }
        c.arg("-c").arg(&config_path).args(["-g", "daemon off;"]);
        c
    });
    HttpServer {
        _nginx,
        _fcgi: fcgi,
        port,
    }
}

// ---------------------------------------------------------------------------
// ssh: a private sshd with a forced command
// ---------------------------------------------------------------------------

struct SshServer {
    _sshd: Server,
    port: u16,
    user: String,
}

impl SshServer {
    fn url(&self, env: &Env) -> String {
        format!("ssh://{}@127.0.0.1:{}{}", self.user, self.port, path_str(&env.server))
    }
}

/// sshd on a free port with a fresh host key; the client key's
/// `authorized_keys` entry forces a script that exports pushguard's
/// variables and runs the requested git command. Sets `GIT_SSH_COMMAND`
/// for every later command of `env`.
fn start_sshd(env: &Env, programs: &[PathBuf]) -> SshServer {
    let [sshd, _ssh, keygen] = programs else {
        panic!("start_sshd needs sshd, ssh and ssh-keygen")
    };
    let dir = env.root.join("ssh");
    std::fs::create_dir_all(&dir).expect("mkdir ssh");
    for key in ["host_key", "client_key"] {
        let o = env
            .command(keygen)
            .args(["-q", "-t", "ed25519", "-N", "", "-C", "pushguard-test", "-f"])
            .arg(dir.join(key))
            .output()
            .expect("run ssh-keygen");
        assert!(o.status.success(), "ssh-keygen: {}", String::from_utf8_lossy(&o.stderr));
    }
    // The session's environment is sshd's, not the test's: the forced
    // command sets everything the hook needs.
    let serve = dir.join("serve.sh");
    let path = std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into());
    assert!(!path.contains(['\'', '\n']), "unusual PATH");
    std::fs::write(
        &serve,
        format!(
            "#!/bin/sh\nexport PATH='{path}' HOME='{home}' TMPDIR='{tmp}' LC_ALL=C GIT_CONFIG_NOSYSTEM=1\n\
             export PUSHGUARD_CONFIG='{config}' PUSHGUARD_LOG='{log}'\nexec sh -c \"$SSH_ORIGINAL_COMMAND\"\n",
            home = quote(&env.home),
            tmp = quote(&env.tmpdir),
            config = quote(&env.config),
            log = quote(&env.log),
        ),
    )
    .expect("write serve.sh");
    std::fs::set_permissions(&serve, std::fs::Permissions::from_mode(0o755)).expect("chmod serve.sh");
    let client_pub = std::fs::read_to_string(dir.join("client_key.pub")).expect("read client key");
    std::fs::write(
        dir.join("authorized_keys"),
        format!(
            "command=\"{}\",no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty {}",
            quote(&serve),
            client_pub.trim_end()
        ) + "\n",
    )
    .expect("write authorized_keys");
    if is_root() && !Path::new("/run/sshd").is_dir() {
        // sshd's privilege separation directory (needed when run as root).
        std::fs::create_dir_all("/run/sshd").expect("create /run/sshd");
        std::fs::set_permissions("/run/sshd", std::fs::Permissions::from_mode(0o755)).expect("chmod /run/sshd");
    }
    let d = quote(&dir);
    std::fs::write(
        dir.join("sshd_config"),
        format!(
            "ListenAddress 127.0.0.1\nHostKey {d}/host_key\nAuthorizedKeysFile {d}/authorized_keys\n\
             PidFile {d}/sshd.pid\nStrictModes no\nUsePAM no\nPermitRootLogin prohibit-password\n\
             PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n\
             PermitUserEnvironment no\nUseDNS no\nPrintMotd no\nMaxStartups 50\n"
        ),
    )
    .expect("write sshd_config");
    let (sshd_server, port) = start_on_free_port("sshd", &dir.join("sshd.log"), |port| {
        let mut c = env.command(sshd);
        c.args(["-D", "-e", "-f"])
            .arg(dir.join("sshd_config"))
            .args(["-p", &port.to_string()]);
        c
    });
    env.set_env(
        "GIT_SSH_COMMAND",
        &format!(
            "ssh -F /dev/null -i {d}/client_key -o IdentitiesOnly=yes -o BatchMode=yes \
             -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o ConnectTimeout=20"
        ),
    );
    SshServer {
        _sshd: sshd_server,
        port,
        user: unix_user(),
    }
}

// ---------------------------------------------------------------------------
// git daemon
// ---------------------------------------------------------------------------

/// `git daemon` serving `env.root` with receive-pack enabled. The hook gets
/// the daemon's environment (the test's, with pushguard's variables).
fn start_daemon(env: &Env) -> (Server, u16) {
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

// ---------------------------------------------------------------------------
// Shared checks
// ---------------------------------------------------------------------------

/// Installs the hook with the real installer and checks what it wrote: a
/// script that execs the absolute path of the binary under test.
pub(crate) fn install_with_installer(env: &Env) {
    env.pushguard(&env.root, &["install", "--repo", path_str(&env.server)], b"", &[])
        .assert_code(0);
    let hook = env.server.join("hooks/pre-receive");
    let script = std::fs::read_to_string(&hook).expect("read installed hook");
    let binary = std::fs::canonicalize(bin()).expect("canonical binary path");
    assert!(
        script.starts_with("#!/bin/sh\n") && script.contains(&format!("exec '{}' pre-receive", binary.display())),
        "unexpected hook script:\n{script}"
    );
    let mode = hook.metadata().expect("hook metadata").permissions().mode();
    assert!(mode & 0o111 != 0, "hook not executable: {mode:o}");
    env.server_git(&["config", "receive.advertisePushOptions", "true"]);
}

/// The server configuration with bypass enabled for `users`.
pub(crate) fn bypass_config(env: &Env, users: &[&str]) {
    let list: Vec<String> = users.iter().map(|u| format!("{u:?}")).collect();
    env.set_config(&format!("[bypass]\nenabled = true\nusers = [{}]\n", list.join(", ")));
}

/// Who the incident records must name as pusher.
struct Pusher<'a> {
    name: &'a str,
    source: &'a str,
    protocol: Option<&'a str>,
    remote_addr: Option<&'a str>,
}

#[track_caller]
fn assert_pusher(record: &Value, p: &Pusher) {
    let got = &record["pusher"];
    assert_eq!(got["name"], p.name, "pusher name in {record}");
    assert_eq!(got["source"], p.source, "pusher source in {record}");
    if let Some(proto) = p.protocol {
        assert_eq!(got["protocol"], proto, "pusher protocol in {record}");
    }
    if let Some(addr) = p.remote_addr {
        assert_eq!(got["remote_addr"], addr, "pusher address in {record}");
    }
}

/// The last record of the incident log (every line must parse).
fn last_incident(env: &Env) -> Value {
    env.incidents().pop().expect("an incident record")
}

/// The standard scenario over one transport, the hook already installed
/// and bypass enabled for `pusher` (by name, or through `users`):
/// a clean push lands; a push with a fake token is rejected naming detector
/// and `path:line`, and the ref stays; a bypass with an empty reason and a
/// bypass by someone not allowed are refused; a bypass with a reason by an
/// allowed pusher lands and is recorded as `bypassed` with reason and pusher.
///
/// `url` is where the allowed pusher pushes; `outsider` makes the next push
/// come from someone not allowed (another URL, or a changed configuration)
/// and returns the URL and what the refusal must name; `insider` undoes it.
fn standard_scenario(
    env: &Env,
    url: &str,
    pusher: &Pusher,
    outsider: &dyn Fn() -> (String, String),
    insider: &dyn Fn(),
) {
    let clean = env.commit_file("README.md", "# service\n\nDocumentation only.\n", "initial commit");
    env.push(&[url, "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));
    assert_eq!(env.log_text(), "", "a clean push must not be recorded");

    // A push with a fake secret: rejected, named, nothing lands.
    let token = env.github_token();
    let bad = env.commit_file(
        "config/deploy.env",
        &format!("REGION=eu-west-1\nWORKERS=4\nGITHUB_TOKEN={token}\n"),
        "deploy settings",
    );
    let run = env.push(&[url, "main"]);
    run.assert_rejected_for_secrets()
        .assert_remote_contains(env.github_id())
        .assert_remote_contains("config/deploy.env:3")
        .assert_remote_contains(&format!("{} on refs/heads/main", short(&bad)));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));
    assert!(!env.server_has_object(&bad), "rejected commit landed");
    let rec = last_incident(env);
    assert_eq!(rec["action"], "blocked", "{rec}");
    assert_eq!(rec["verdict"], "rejected", "{rec}");
    assert_eq!(rec["findings"][0]["path"], "config/deploy.env", "{rec}");
    assert_eq!(rec["findings"][0]["line"], 3, "{rec}");
    assert_eq!(rec["refs"][0]["name"], "refs/heads/main", "{rec}");
    assert_eq!(rec["refs"][0]["new"], bad.as_str(), "{rec}");
    assert_eq!(Some(rec["id"].as_str().expect("id").to_string()), run.incident_id());
    assert_pusher(&rec, pusher);

    // Bypass without a reason: refused.
    let run = env.push(&["-o", "pushguard.bypass=", url, "main"]);
    run.assert_rejected_for_secrets()
        .assert_remote_contains("pushguard.bypass refused: a reason is required");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));
    assert_eq!(last_incident(env)["action"], "blocked");

    // Bypass by someone who may not: refused, and says who.
    let (outsider_url, refusal) = outsider();
    let run = env.push(&[
        "-o",
        "pushguard.bypass=fixture for a test",
        outsider_url.as_str(),
        "main",
    ]);
    run.assert_rejected_for_secrets()
        .assert_remote_contains(&format!("pushguard.bypass refused: {refusal}"));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));
    let rec = last_incident(env);
    assert_eq!(rec["action"], "blocked", "{rec}");
    assert!(rec.get("bypass_reason").is_none_or(Value::is_null), "{rec}");
    insider();

    // Bypass with a reason by an allowed pusher: accepted and recorded.
    let run = env.push(&["-o", "pushguard.bypass=fixture for a test", url, "main"]);
    run.assert_accepted()
        .assert_remote_contains(&format!(
            "pushguard was bypassed by {} with reason: fixture for a test",
            pusher.name
        ))
        .assert_remote_contains("config/deploy.env:3");
    let id = run
        .incident_id()
        .unwrap_or_else(|| panic!("no incident id\n{}", run.describe()));
    assert!(id.starts_with("pg-"), "{id}");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(bad.as_str()));
    let rec = last_incident(env);
    assert_eq!(rec["id"], id.as_str(), "{rec}");
    assert_eq!(rec["action"], "bypassed", "{rec}");
    assert_eq!(rec["verdict"], "accepted", "{rec}");
    assert_eq!(rec["bypass_reason"], "fixture for a test", "{rec}");
    assert_eq!(rec["findings"][0]["path"], "config/deploy.env", "{rec}");
    assert_pusher(&rec, pusher);

    let actions: Vec<Value> = env.incidents().iter().map(|r| r["action"].clone()).collect();
    assert_eq!(
        actions,
        ["blocked", "blocked", "blocked", "bypassed"],
        "{}",
        env.log_text()
    );
}

/// The lines git printed for the hook, exactly as received (after the
/// `remote: ` prefix, padding kept).
fn raw_remote_lines(run: &Run) -> Vec<String> {
    run.all()
        .lines()
        .filter_map(|l| l.strip_prefix("remote: ").or_else(|| l.strip_prefix("remote:")))
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

#[test]
fn smart_http_through_nginx_and_fcgiwrap() {
    const NAME: &str = "smart_http_through_nginx_and_fcgiwrap";
    let started = Instant::now();
    let Some(programs) = require(NAME, &["nginx", "fcgiwrap", "git-http-backend"]) else {
        return;
    };
    let env = Env::new(NAME);
    install_with_installer(&env);
    bypass_config(&env, &["alice"]);
    let http = start_http(&env, &programs, &[("alice", "wonderland"), ("bob", "builder")]);

    // Basic auth is in force: a wrong password never reaches git.
    env.commit_file("NOTES.md", "notes\n", "notes");
    let run = env.push(&[http.url("alice", "wrong").as_str(), "main"]);
    assert_ne!(run.code, Some(0), "{}", run.describe());
    assert!(
        run.all().contains("401") || run.all().contains("Authentication failed"),
        "{}",
        run.describe()
    );
    assert_eq!(env.server_ref("refs/heads/main"), None);

    let pusher = Pusher {
        name: "alice",
        source: "REMOTE_USER",
        protocol: Some("http"),
        remote_addr: Some("127.0.0.1"),
    };
    let bob = http.url("bob", "builder");
    standard_scenario(
        &env,
        &http.url("alice", "wonderland"),
        &pusher,
        &|| (bob.clone(), "bob (REMOTE_USER) may not bypass pushguard".into()),
        &|| {},
    );

    // A push big enough for git to send the pack with chunked transfer
    // encoding (over http.postBuffer, 1 MiB) and for receive-pack to keep
    // it as a pack (over receive.unpackLimit, 100 objects).
    env.git(&["checkout", "-q", "-b", "bulk"]);
    for i in 0..120 {
        env.write(format!("bulk/part{i:03}.txt"), format!("{}\n", env.filler(8)));
    }
    let token = env.github_token();
    env.write("bulk/part077.txt", format!("{}\nAPI_TOKEN={token}\n", env.filler(8)));
    env.write("bulk/blob.bin", noise(1_300_000, NAME));
    let bulk = env.commit_all("bulk import");
    let run = env.push(&[http.url("alice", "wonderland").as_str(), "bulk"]);
    run.assert_rejected_for_secrets()
        .assert_remote_contains("bulk/part077.txt:2");
    assert_eq!(env.server_ref("refs/heads/bulk"), None);
    assert!(!env.server_has_object(&bulk), "rejected commit landed");
    assert_eq!(last_incident(&env)["refs"][0]["name"], "refs/heads/bulk");
    drop(http);
    eprintln!("{NAME}: {:.1} s", started.elapsed().as_secs_f64());
}

/// `len` incompressible bytes (binary: a NUL comes first).
fn noise(len: usize, seed: &str) -> Vec<u8> {
    let mut rng = Rng::from_name(seed);
    let mut out = vec![0u8];
    while out.len() < len {
        out.extend_from_slice(&rng.next_u64().to_le_bytes());
    }
    out.truncate(len);
    out
}

#[test]
fn ssh_through_private_sshd_with_forced_command() {
    const NAME: &str = "ssh_through_private_sshd_with_forced_command";
    let started = Instant::now();
    let Some(programs) = require(NAME, &["sshd", "ssh", "ssh-keygen"]) else {
        return;
    };
    let env = Env::new(NAME);
    install_with_installer(&env);
    let ssh = start_sshd(&env, &programs);
    let user = ssh.user.clone();
    bypass_config(&env, &[&user]);
    unix_user_scenario(&env, &ssh.url(&env), &user, Some("ssh"));
    drop(ssh);
    eprintln!("{NAME}: {:.1} s", started.elapsed().as_secs_f64());
}

/// The standard scenario for a transport whose pusher is the Unix user the
/// server runs the hook as (ssh, git daemon).
fn unix_user_scenario(env: &Env, url: &str, user: &str, protocol: Option<&str>) {
    let pusher = Pusher {
        name: user,
        source: "unix-user",
        protocol,
        remote_addr: Some("127.0.0.1"),
    };
    let url = url.to_string();
    standard_scenario(
        env,
        &url,
        &pusher,
        &|| {
            bypass_config(env, &["somebody-else"]);
            (url.clone(), format!("{user} (unix-user) may not bypass pushguard"))
        },
        &|| bypass_config(env, &[user]),
    );
}

#[test]
fn git_daemon_push_and_bypass() {
    const NAME: &str = "git_daemon_push_and_bypass";
    let started = Instant::now();
    if require(NAME, &["git-daemon"]).is_none() {
        return;
    }
    let env = Env::new(NAME);
    install_with_installer(&env);
    // git daemon authenticates nobody: the hook can only name the Unix user
    // the daemon runs as.
    let user = unix_user();
    bypass_config(&env, &[&user]);
    let (daemon, port) = start_daemon(&env);
    unix_user_scenario(&env, &format!("git://127.0.0.1:{port}/server.git"), &user, None);
    drop(daemon);
    eprintln!("{NAME}: {:.1} s", started.elapsed().as_secs_f64());
}

/// git daemon exports `REMOTE_ADDR` to receive-pack (daemon.c), like a CGI
/// server does. A daemon push is not an HTTP push and must not be recorded
/// as one.
#[test]
fn git_daemon_push_is_not_recorded_as_http() {
    const NAME: &str = "git_daemon_push_is_not_recorded_as_http";
    if require(NAME, &["git-daemon"]).is_none() {
        return;
    }
    let env = Env::new(NAME);
    install_with_installer(&env);
    let (daemon, port) = start_daemon(&env);
    let url = format!("git://127.0.0.1:{port}/server.git");
    let token = env.github_token();
    env.commit_file("app.env", &format!("TOKEN={token}\n"), "app settings");
    env.push(&[url.as_str(), "main"]).assert_rejected_for_secrets();
    drop(daemon);
    let rec = last_incident(&env);
    assert_ne!(rec["pusher"]["protocol"], "http", "git:// push recorded as HTTP: {rec}");
}

#[test]
fn gitlab_identity_variables_over_file_transport() {
    const NAME: &str = "gitlab_identity_variables_over_file_transport";
    let started = Instant::now();
    let env = Env::new(NAME);
    install_with_installer(&env);
    bypass_config(&env, &["GL_USERNAME=alice"]);
    for (k, v) in [
        ("GL_USERNAME", "alice"),
        ("GL_ID", "user-42"),
        ("GL_PROTOCOL", "ssh"),
        ("GL_PROJECT_PATH", "group/app"),
        ("GL_REPOSITORY", "project-7"),
    ] {
        env.set_env(k, v);
    }
    let url = format!("file://{}", path_str(&env.server));
    let pusher = Pusher {
        name: "alice",
        source: "GL_USERNAME",
        protocol: Some("ssh"),
        remote_addr: None,
    };

    let clean = env.commit_file("README.md", "# app\n", "initial commit");
    env.push(&[url.as_str(), "main"]).assert_accepted();
    let token = env.github_token();
    let bad = env.commit_file("ci/token.txt", &format!("# CI\n{token}\n"), "ci token");
    env.push(&[url.as_str(), "main"])
        .assert_rejected_for_secrets()
        .assert_remote_contains("ci/token.txt:2");
    let rec = last_incident(&env);
    assert_eq!(rec["repository"], "group/app", "{rec}");
    assert_eq!(rec["pusher"]["id"], "user-42", "{rec}");
    assert_pusher(&rec, &pusher);

    // A reason of blanks is no reason.
    env.push(&["-o", "pushguard.bypass=   ", url.as_str(), "main"])
        .assert_rejected_for_secrets()
        .assert_remote_contains("pushguard.bypass refused: a reason is required");
    // Another GitLab user does not match `GL_USERNAME=alice`.
    env.set_env("GL_USERNAME", "mallory");
    env.push(&["-o", "pushguard.bypass=fixture for a test", url.as_str(), "main"])
        .assert_rejected_for_secrets()
        .assert_remote_contains("pushguard.bypass refused: mallory (GL_USERNAME) may not bypass pushguard");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));
    env.set_env("GL_USERNAME", "alice");

    // GitLab's web editor shows only lines prefixed with `GL-HOOK-ERR: `.
    env.set_env("GL_PROTOCOL", "web");
    let run = env.push(&[url.as_str(), "main"]);
    run.assert_rejected_for_secrets();
    let lines = raw_remote_lines(&run);
    assert!(lines.len() > 5, "{}", run.describe());
    for l in &lines {
        assert!(
            l.starts_with("GL-HOOK-ERR: "),
            "line without the GitLab prefix: {l:?}\n{}",
            run.describe()
        );
    }
    assert!(lines.iter().any(|l| l.contains("ci/token.txt:2")), "{}", run.describe());

    // An allowed bypass from the web editor: accepted, prefixed, recorded.
    let run = env.push(&["-o", "pushguard.bypass=fixture for a test", url.as_str(), "main"]);
    run.assert_accepted();
    let lines = raw_remote_lines(&run);
    assert!(!lines.is_empty(), "{}", run.describe());
    for l in &lines {
        assert!(
            l.starts_with("GL-HOOK-ERR: "),
            "line without the GitLab prefix: {l:?}\n{}",
            run.describe()
        );
    }
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(bad.as_str()));
    let rec = last_incident(&env);
    assert_eq!(Some(rec["id"].as_str().expect("id").to_string()), run.incident_id());
    assert_eq!(rec["action"], "bypassed", "{rec}");
    assert_eq!(rec["bypass_reason"], "fixture for a test", "{rec}");
    assert_eq!(rec["repository"], "group/app", "{rec}");
    assert_pusher(
        &rec,
        &Pusher {
            protocol: Some("web"),
            ..pusher
        },
    );
    let actions: Vec<Value> = env.incidents().iter().map(|r| r["action"].clone()).collect();
    assert_eq!(
        actions,
        ["blocked", "blocked", "blocked", "blocked", "bypassed"],
        "{}",
        env.log_text()
    );
    eprintln!("{NAME}: {:.1} s", started.elapsed().as_secs_f64());
}

#[test]
fn twenty_concurrent_http_pushes_to_one_repository() {
    const NAME: &str = "twenty_concurrent_http_pushes_to_one_repository";
    const PUSHES: usize = 20;
    let started = Instant::now();
    let Some(programs) = require(NAME, &["nginx", "fcgiwrap", "git-http-backend"]) else {
        return;
    };
    let env = Env::new(NAME);
    let http = start_http(&env, &programs, &[("alice", "wonderland")]);
    let url = http.url("alice", "wonderland");
    // The common base lands before the hook is installed.
    let base = env.commit_file("README.md", "# shared\n", "base");
    env.push(&[url.as_str(), "main"]).assert_accepted();
    install_with_installer(&env);

    // One branch per push, every other one with a fake token.
    let mut branches = Vec::new();
    for i in 0..PUSHES {
        let branch = format!("topic-{i:02}");
        env.git(&["checkout", "-q", "-b", &branch, &base]);
        let secret = i % 2 == 1;
        let commit = if secret {
            let token = env.github_token();
            env.commit_file(
                &format!("svc{i:02}/token.env"),
                &format!("# service {i}\nTOKEN={token}\n"),
                &format!("service {i}"),
            )
        } else {
            let text = env.filler(12);
            env.commit_file(
                &format!("svc{i:02}/notes.md"),
                &format!("{text}\n"),
                &format!("notes {i}"),
            )
        };
        branches.push((branch, commit, secret));
    }
    let pushes: Vec<Vec<&str>> = branches
        .iter()
        .map(|(b, _, _)| vec![url.as_str(), b.as_str()])
        .collect();
    let push_started = Instant::now();
    let runs = env.push_concurrently(&pushes);
    let push_time = push_started.elapsed();

    let mut ids = BTreeSet::new();
    for ((branch, commit, secret), run) in branches.iter().zip(&runs) {
        let refname = format!("refs/heads/{branch}");
        if *secret {
            run.assert_rejected_for_secrets()
                .assert_remote_contains(&format!("{branch_dir}/token.env:2", branch_dir = svc_dir(branch)))
                .assert_remote_contains(&format!("{} on {refname}", short(commit)));
            assert_eq!(env.server_ref(&refname), None, "{refname} must not exist");
            assert!(!env.server_has_object(commit), "rejected {commit} landed");
            ids.insert(
                run.incident_id()
                    .unwrap_or_else(|| panic!("no incident id\n{}", run.describe())),
            );
        } else {
            run.assert_accepted();
            assert_eq!(env.server_ref(&refname).as_deref(), Some(commit.as_str()));
            assert_eq!(run.incident_id(), None, "{}", run.describe());
        }
    }

    // Exactly one whole JSON line per blocked push.
    let text = env.log_text();
    assert!(text.ends_with('\n'), "log does not end with a newline:\n{text}");
    assert_eq!(text.lines().count(), PUSHES / 2, "{text}");
    let records = env.incidents();
    let mut logged_refs = BTreeSet::new();
    let mut logged_ids = BTreeSet::new();
    for rec in &records {
        assert_eq!(rec["action"], "blocked", "{rec}");
        assert_eq!(rec["refs"].as_array().map(Vec::len), Some(1), "{rec}");
        assert_eq!(rec["findings"].as_array().map(Vec::len), Some(1), "{rec}");
        let name = rec["refs"][0]["name"].as_str().expect("ref name").to_string();
        let branch = name.trim_start_matches("refs/heads/");
        assert_eq!(
            rec["findings"][0]["path"],
            format!("{}/token.env", svc_dir(branch)),
            "{rec}"
        );
        assert_pusher(
            rec,
            &Pusher {
                name: "alice",
                source: "REMOTE_USER",
                protocol: Some("http"),
                remote_addr: Some("127.0.0.1"),
            },
        );
        logged_refs.insert(name);
        logged_ids.insert(rec["id"].as_str().expect("id").to_string());
    }
    let expected_refs: BTreeSet<String> = branches
        .iter()
        .filter(|(_, _, s)| *s)
        .map(|(b, _, _)| format!("refs/heads/{b}"))
        .collect();
    assert_eq!(logged_refs, expected_refs);
    assert_eq!(logged_ids, ids, "incident ids in the log and in the push output differ");
    env.assert_no_leak("the incident log", &text);
    drop(http);
    eprintln!(
        "{NAME}: {:.1} s ({PUSHES} concurrent pushes: {:.1} s)",
        started.elapsed().as_secs_f64(),
        push_time.as_secs_f64()
    );
}

/// The reason of a bypass is printed back and written to the incident log
/// verbatim. A reason that holds the secret itself (a developer pasting the
/// token to say it was rotated) must not put the raw secret in the log,
/// which otherwise never holds one.
#[test]
fn bypass_reason_holding_the_secret_is_not_logged_raw() {
    let env = Env::new("bypass_reason_holding_the_secret_is_not_logged_raw");
    install_with_installer(&env);
    let user = unix_user();
    bypass_config(&env, &[&user]);
    let token = env.github_token();
    env.commit_file("app.env", &format!("TOKEN={token}\n"), "app settings");
    let reason = format!("pushguard.bypass=revoked already: {token}");
    let o = env
        .command("git")
        .current_dir(&env.work)
        .args(["push", "-o", &reason, path_str(&env.server), "main"])
        .output()
        .expect("run git push");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    env.assert_no_leak("the incident log", &env.log_text());
}

/// A missing server program skips a test on a developer's machine and
/// fails it under CI.
#[test]
fn missing_server_program_skips_only_outside_ci() {
    let r = std::panic::catch_unwind(|| require("probe", &["pushguard-no-such-server-program"]));
    if under_ci() {
        assert!(r.is_err(), "under CI a missing program must fail the test");
    } else {
        assert!(matches!(r, Ok(None)), "outside CI a missing program must skip the test");
    }
}

/// `topic-07` → `svc07`.
fn svc_dir(branch: &str) -> String {
    format!("svc{}", branch.trim_start_matches("topic-"))
}
