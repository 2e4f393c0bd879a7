//! Pushes through real git servers, each started by the test as its own
//! child process on 127.0.0.1 with a configuration in the test's temporary
//! directory, and killed (the whole process group) when the test ends:
//!
//! - smart HTTP: nginx with basic auth in front of fcgiwrap running
//!   `git http-backend` (the pusher is `REMOTE_USER`);
//! - ssh: a private sshd whose `authorized_keys` forces a command that sets
//!   pushguard's variables (the pusher is the Unix user);
//! - `git daemon` (no identity at all).
//!
//! The hook is put in place by the real installer (`pushguard install
//! --repo`). A test skips when a server program is missing, unless `CI` is
//! set: then a missing program fails it (`.ci/run` installs them). The
//! servers themselves are started by `crate::support::servers`.

use std::time::Instant;

use serde_json::Value;

use crate::support::servers::{require, start_daemon, start_http, start_sshd, under_ci};
use crate::support::{
    assert_pusher, bypass_config, install_with_installer, last_incident, short, unix_user, Env, Pusher, Rng,
};

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
