//! Concurrency, integrity and security properties of the hook (issue 6):
//! many pushes at once to one repository, a hook killed with SIGKILL, and
//! one test per security property (nothing in a push turns scanning off,
//! pushed content never runs, the secret never leaves the process, files
//! are private, admin detectors stay within the budget).

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

use crate::support::servers::{require, start_http};
use crate::support::{
    bin, expected_fingerprint, install_with_installer, path_str, short, unix_user, with_clean_main, Env, Run, ZERO_OID,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The `pushguard-view-*` directories directly in `dir`.
fn view_dirs(dir: &Path) -> BTreeSet<PathBuf> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with("pushguard-view-"))
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default()
}

/// Runs `cmd` (and so everything it starts: receive-pack, the hook) with
/// umask 000, the most permissive there is.
fn with_umask_000(cmd: &mut Command) -> &mut Command {
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
fn push_checked(env: &Env, args: &[&str], umask_000: bool) -> Run {
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
fn pushguard_umask_000(env: &Env, dir: &Path, args: &[&str]) -> Run {
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

/// Permission bits of `path` (not following a symlink).
fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

#[track_caller]
fn assert_mode(path: &Path, expected: u32) {
    assert_eq!(mode(path), expected, "mode of {} is {:o}", path.display(), mode(path));
}

/// Sets the modification time of `path` to `ago` in the past.
fn backdate(path: &Path, ago: Duration) {
    std::fs::File::open(path)
        .and_then(|f| f.set_modified(SystemTime::now() - ago))
        .unwrap_or_else(|e| panic!("backdate {}: {e}", path.display()));
}

/// Writes a detector directory holding `file` with `text`.
fn detector_dir(env: &Env, name: &str, file: &str, text: &str) -> PathBuf {
    let dir = env.root.join(name);
    std::fs::create_dir_all(&dir).expect("mkdir detectors");
    std::fs::write(dir.join(file), text).expect("write detector file");
    dir
}

/// A detector whose matches each look ahead to the end of a long window:
/// iterating over all matches of `q...q` takes time quadratic in its length
/// (each match is one letter, found only after the `[a-z]+Z` branch has
/// failed at the end of the window). Its single-letter candidates never
/// pass the entropy filter, so it reports nothing: it only burns time.
const SLOW_DETECTOR: &str = r#"[[detector]]
id = "site-slow-lookahead"
name = "Pattern that looks ahead to the end of its window"
severity = "high"
keywords = ["qqq"]
pattern = '''[a-z]+Z|[a-z]'''
multiline = true
window = 65536
min_entropy = 1.0
"#;

// ---------------------------------------------------------------------------
// 1. Fifty concurrent pushes over smart HTTP
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Clean,
    Secret,
    Bypass,
    InlineMarker,
    AllowFile,
}

const KINDS: [Kind; 5] = [
    Kind::Clean,
    Kind::Secret,
    Kind::Bypass,
    Kind::InlineMarker,
    Kind::AllowFile,
];

#[test]
fn fifty_concurrent_http_pushes_get_their_verdicts_and_one_intact_record_each() {
    const NAME: &str = "fifty_concurrent_http_pushes_get_their_verdicts_and_one_intact_record_each";
    const PUSHES: usize = 50;
    let started = Instant::now();
    let Some(programs) = require(NAME, &["nginx", "fcgiwrap", "git-http-backend"]) else {
        return;
    };
    let env = Env::new(NAME);
    let http = start_http(&env, &programs, &[("alice", "wonderland")]);
    let url = http.url("alice", "wonderland");
    let base = env.commit_file("README.md", "# shared\n", "base");
    env.push(&[url.as_str(), "main"]).assert_accepted();
    install_with_installer(&env);
    env.set_config(
        "[bypass]\nenabled = true\nusers = [\"alice\"]\n\n[exceptions]\nrepo_file_paths = [\"fixtures/**\"]\n",
    );

    // One branch per push; the kinds take turns.
    struct Push {
        kind: Kind,
        branch: String,
        commit: String,
        path: String,
        fingerprint: Option<String>,
    }
    let mut pushes = Vec::new();
    for i in 0..PUSHES {
        let kind = KINDS[i % KINDS.len()];
        let branch = format!("p{i:02}");
        env.git(&["checkout", "-q", "-b", &branch, &base]);
        let (token, detector) = if i % 2 == 0 {
            (env.github_token(), env.github_id().to_string())
        } else {
            (env.aws_key_id(), env.aws_id().to_string())
        };
        let fingerprint = Some(expected_fingerprint(&detector, &token));
        let (path, fingerprint) = match kind {
            Kind::Clean => {
                let path = format!("svc{i:02}/notes.md");
                env.write(&path, format!("{}\n", env.filler(12)));
                (path, None)
            }
            Kind::Secret | Kind::Bypass => {
                let path = format!("svc{i:02}/token.env");
                env.write(&path, format!("TOKEN={token}\n"));
                (path, fingerprint)
            }
            Kind::InlineMarker => {
                let path = format!("svc{i:02}/fixture.txt");
                env.write(&path, format!("fixture = {token}  # pushguard:allow\n"));
                (path, fingerprint)
            }
            Kind::AllowFile => {
                let path = format!("fixtures/svc{i:02}.txt");
                env.write(&path, format!("token = {token}\n"));
                let fp = fingerprint.as_deref().expect("fingerprint");
                env.write(
                    ".pushguard.toml",
                    format!("[[allow]]\nfingerprint = \"{fp}\"\nreason = \"revoked fixture {i}\"\n"),
                );
                (path, fingerprint)
            }
        };
        let commit = env.commit_all(&format!("push {i}"));
        pushes.push(Push {
            kind,
            branch,
            commit,
            path,
            fingerprint,
        });
    }
    let args: Vec<Vec<String>> = pushes
        .iter()
        .map(|p| {
            let mut a = Vec::new();
            if p.kind == Kind::Bypass {
                a.extend(["-o".to_string(), format!("pushguard.bypass=fixture for {}", p.branch)]);
            }
            a.extend([url.clone(), p.branch.clone()]);
            a
        })
        .collect();
    let args: Vec<Vec<&str>> = args.iter().map(|a| a.iter().map(String::as_str).collect()).collect();
    let push_started = Instant::now();
    // Checks every output and the log for the secrets, and that no view
    // directory is left once all hooks have finished.
    let runs = env.push_concurrently(&args);
    let push_time = push_started.elapsed();

    let mut shown_ids = BTreeMap::new();
    for (p, run) in pushes.iter().zip(&runs) {
        let refname = format!("refs/heads/{}", p.branch);
        match p.kind {
            Kind::Clean => {
                run.assert_accepted();
                assert_eq!(run.incident_id(), None, "{}", run.describe());
            }
            Kind::Secret => {
                run.assert_rejected_for_secrets()
                    .assert_remote_contains(&format!("{}:1", p.path))
                    .assert_remote_contains(&format!("{} on {refname}", short(&p.commit)));
            }
            Kind::Bypass => {
                run.assert_accepted().assert_remote_contains(&format!(
                    "pushguard was bypassed by alice with reason: fixture for {}",
                    p.branch
                ));
            }
            Kind::InlineMarker | Kind::AllowFile => {
                run.assert_accepted().assert_remote_contains(&format!("{}:1", p.path));
            }
        }
        if p.kind == Kind::Secret {
            assert_eq!(env.server_ref(&refname), None, "{refname} must not exist");
            assert!(!env.server_has_object(&p.commit), "rejected {} landed", p.commit);
        } else {
            assert_eq!(env.server_ref(&refname).as_deref(), Some(p.commit.as_str()));
        }
        if p.kind != Kind::Clean {
            let id = run
                .incident_id()
                .unwrap_or_else(|| panic!("no incident id\n{}", run.describe()));
            shown_ids.insert(refname, id);
        }
    }

    // The log: whole lines only, each a record, exactly one per push that
    // needs one.
    let text = env.log_text();
    assert!(text.ends_with('\n'), "the log ends inside a record");
    for (n, line) in text.lines().enumerate() {
        assert!(
            line.starts_with("{\"id\":") && line.ends_with('}'),
            "line {} of the log is not one whole record: {line}",
            n + 1
        );
    }
    let records = env.incidents();
    let mut by_ref: BTreeMap<String, &Value> = BTreeMap::new();
    let mut by_action: BTreeMap<String, usize> = BTreeMap::new();
    for rec in &records {
        assert_eq!(rec["refs"].as_array().map(Vec::len), Some(1), "{rec}");
        let name = rec["refs"][0]["name"].as_str().expect("ref name").to_string();
        assert!(by_ref.insert(name.clone(), rec).is_none(), "two records for {name}");
        *by_action
            .entry(rec["action"].as_str().expect("action").to_string())
            .or_default() += 1;
        assert_eq!(rec["pusher"]["name"], "alice", "{rec}");
        assert_eq!(rec["pusher"]["source"], "REMOTE_USER", "{rec}");
    }
    let per_kind = PUSHES / KINDS.len();
    assert_eq!(
        by_action,
        BTreeMap::from([
            ("allowed-by-exception".to_string(), 2 * per_kind),
            ("blocked".to_string(), per_kind),
            ("bypassed".to_string(), per_kind),
        ]),
        "records by action"
    );
    for p in &pushes {
        let refname = format!("refs/heads/{}", p.branch);
        let Some(rec) = by_ref.get(&refname) else {
            assert_eq!(p.kind, Kind::Clean, "no record for {refname}");
            continue;
        };
        assert_ne!(p.kind, Kind::Clean, "a clean push was recorded: {rec}");
        let (action, verdict, exception) = match p.kind {
            Kind::Secret => ("blocked", "rejected", None),
            Kind::Bypass => ("bypassed", "accepted", None),
            Kind::InlineMarker => ("allowed-by-exception", "accepted", Some("inline-marker")),
            Kind::AllowFile => ("allowed-by-exception", "accepted", Some(".pushguard.toml")),
            Kind::Clean => unreachable!(),
        };
        assert_eq!(rec["action"], action, "{rec}");
        assert_eq!(rec["verdict"], verdict, "{rec}");
        assert_eq!(rec["id"].as_str(), shown_ids.get(&refname).map(String::as_str), "{rec}");
        assert_eq!(rec["refs"][0]["new"], p.commit.as_str(), "{rec}");
        let findings = rec["findings"].as_array().expect("findings");
        assert_eq!(findings.len(), 1, "{rec}");
        assert_eq!(findings[0]["path"], p.path.as_str(), "{rec}");
        assert_eq!(findings[0]["fingerprint"].as_str(), p.fingerprint.as_deref(), "{rec}");
        if let Some(e) = exception {
            assert!(
                findings[0]["exception"].as_str().is_some_and(|x| x.contains(e)),
                "{rec}"
            );
        }
        if p.kind == Kind::Bypass {
            assert_eq!(rec["bypass_reason"], format!("fixture for {}", p.branch), "{rec}");
        }
    }
    drop(http);
    eprintln!(
        "{NAME}: {:.1} s ({PUSHES} concurrent pushes: {:.1} s)",
        started.elapsed().as_secs_f64(),
        push_time.as_secs_f64()
    );
}

// ---------------------------------------------------------------------------
// 2. A hook killed with SIGKILL
// ---------------------------------------------------------------------------

/// The hook is killed while it scans. The push is refused, the log holds no
/// partial record, the killed hook's view directory (private even under
/// umask 000) is the only one left, later hooks add none, and once the grace
/// period is over the next hook removes it. A view whose hook still runs is
/// kept however old it is.
#[test]
fn hook_killed_mid_run_leaves_no_growing_leftovers_and_no_torn_record() {
    const NAME: &str = "hook_killed_mid_run_leaves_no_growing_leftovers_and_no_torn_record";
    let (env, base) = with_clean_main(NAME);
    // A hook that says who it is before it becomes pushguard (exec keeps the pid).
    let pid_file = env.root.join("hook.pid");
    let hook = env.server.join("hooks/pre-receive");
    std::fs::remove_file(&hook).expect("remove hook");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\necho $$ > '{}'\nexec '{}' pre-receive\n",
            path_str(&pid_file),
            path_str(bin())
        ),
    )
    .expect("write hook");
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod hook");

    // Work that takes minutes, and a budget that does not stop it.
    let slow = detector_dir(&env, "slow-detectors", "slow.toml", SLOW_DETECTOR);
    env.set_config_with_detector_dir("[limits]\ntime_budget_ms = 3600000\n", &slow);
    env.write("data/long.txt", format!("{}\n", "q".repeat(300_000)));
    let token = env.github_token();
    env.write("app.env", format!("TOKEN={token}\n"));
    let doomed = env.commit_all("long line");

    let mut cmd = env.push_command(&env.work, &["origin", "main"]);
    with_umask_000(&mut cmd).stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = cmd.spawn().expect("spawn git push");
    let deadline = Instant::now() + Duration::from_secs(60);
    let pid = loop {
        let pid = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|p| p.trim().parse::<i32>().ok());
        if let (Some(pid), false) = (pid, view_dirs(&env.tmpdir).is_empty()) {
            break pid;
        }
        assert!(Instant::now() < deadline, "the hook did not start scanning within 60 s");
        std::thread::sleep(Duration::from_millis(20));
    };
    let exe = std::fs::read_link(format!("/proc/{pid}/exe")).expect("the hook process");
    assert_eq!(
        exe,
        std::fs::canonicalize(bin()).expect("binary"),
        "pid {pid} is not pushguard"
    );
    std::thread::sleep(Duration::from_millis(300));
    // SAFETY: kill has no memory-safety preconditions; pid is the hook, a
    // grandchild of ours that has not been reaped (its parent waits on it).
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0, "kill the hook");
    let run = Run::from_output("git push (hook killed)".into(), child.wait_with_output().expect("wait"));
    env.assert_no_leak("the output of the killed push", &run.all());
    run.assert_declined();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert!(!env.server_has_object(&doomed), "the push landed");
    assert!(env.incidents().is_empty(), "{}", env.log_text());

    // What the killed hook left: one view, private although the hook ran
    // under umask 000.
    let left = view_dirs(&env.tmpdir);
    assert_eq!(left.len(), 1, "{left:?}");
    let leftover = left.iter().next().expect("leftover").clone();
    assert_mode(&leftover, 0o700);
    for rel in ["objects", "objects/info", "objects/pack"] {
        assert_mode(&leftover.join(rel), 0o700);
    }
    for rel in ["lock", "objects/info/alternates"] {
        assert_mode(&leftover.join(rel), 0o600);
    }

    // A record torn by a writer killed in its `write` (SIGKILL can cut a
    // multi-page write short): the next record must not be glued to it.
    std::fs::write(&env.log, "{\"id\": \"pg-torn\", \"time\": \"2026-").expect("write torn record");

    // Later hooks add no view and keep the fresh leftover (its hook might
    // be between creating and locking it).
    env.set_config("");
    env.git(&["reset", "-q", "--hard", &base]);
    env.commit_file("data/notes.txt", "short\n", "notes");
    push_checked(&env, &["origin", "main"], false).assert_accepted();
    let token2 = env.github_token();
    env.commit_file("b.env", &format!("TOKEN={token2}\n"), "secret");
    push_checked(&env, &["origin", "main"], false).assert_rejected_for_secrets();
    assert_eq!(view_dirs(&env.tmpdir), left, "a hook run added or removed a view");
    let text = env.log_text();
    assert_eq!(text.lines().count(), 1, "the torn record is dropped:\n{text}");
    assert_eq!(env.incidents()[0]["action"], "blocked");

    // Stale views: the killed hook's (lock free, past the grace period) and
    // an old one without a lock file go; a recent one without a lock file,
    // an old one whose hook still holds its lock, and other names stay.
    backdate(&leftover, Duration::from_secs(300));
    let mk = |name: &str, ago: Duration, lock: bool| {
        let d = env.tmpdir.join(name);
        std::fs::create_dir_all(d.join("objects/info")).expect("mkdir");
        if lock {
            std::fs::write(d.join("lock"), "").expect("lock file");
        }
        backdate(&d, ago);
        d
    };
    let old_unlocked = mk("pushguard-view-old", Duration::from_secs(7200), false);
    let recent_unlocked = mk("pushguard-view-recent", Duration::from_secs(300), false);
    let busy = mk("pushguard-view-busy", Duration::from_secs(7200), true);
    let other = mk("not-a-view", Duration::from_secs(7200), false);
    let held = std::fs::OpenOptions::new()
        .read(true)
        .open(busy.join("lock"))
        .expect("open lock");
    held.lock().expect("hold the lock like a running hook");
    env.commit_file("c.txt", "more\n", "more");
    let token3 = env.github_token();
    env.commit_file("c.env", &format!("TOKEN={token3}\n"), "another secret");
    push_checked(&env, &["origin", "main"], false).assert_rejected_for_secrets();
    assert!(!leftover.exists(), "the killed hook's view was not removed");
    assert!(
        !old_unlocked.exists(),
        "an hour-old view without a lock was not removed"
    );
    assert!(recent_unlocked.exists(), "a recent view without a lock was removed");
    assert!(busy.exists(), "the view of a running hook was removed");
    assert!(other.exists(), "an unrelated directory was removed");
    drop(held);
    assert_eq!(env.incidents().len(), 2, "{}", env.log_text());
}

/// With `TMPDIR` unusable the hook puts its view in the repository's git
/// directory instead of failing, removes it afterwards, and cleans dead
/// views there too.
#[test]
fn unusable_tmpdir_falls_back_to_the_git_dir() {
    let (env, base) = with_clean_main("unusable_tmpdir_falls_back_to_the_git_dir");
    let not_a_dir = env.root.join("tmpdir-is-a-file");
    std::fs::write(&not_a_dir, "x").expect("write");
    env.set_env("TMPDIR", path_str(&not_a_dir));
    let dead = env.server.join("pushguard-view-dead");
    std::fs::create_dir_all(dead.join("objects/info")).expect("mkdir");
    std::fs::write(dead.join("lock"), "").expect("lock file");
    backdate(&dead, Duration::from_secs(300));

    let token = env.github_token();
    let bad = env.commit_file("app.env", &format!("TOKEN={token}\n"), "secret");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets()
        .assert_remote_contains("app.env:1")
        .assert_remote_lacks("could not check");
    assert!(!env.server_has_object(&bad));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert!(view_dirs(&env.server).is_empty(), "{:?}", view_dirs(&env.server));

    env.git(&["reset", "-q", "--hard", &base]);
    let good = env.commit_file("notes.txt", "notes\n", "notes");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(good.as_str()));
    assert!(view_dirs(&env.server).is_empty(), "{:?}", view_dirs(&env.server));
}

// ---------------------------------------------------------------------------
// 3. Security properties
// ---------------------------------------------------------------------------

/// Nothing in a push turns scanning off: not a `.pushguard.toml` that sets
/// policy, limits or bypass, not an allow entry outside the paths the admin
/// allows, not push options, not the inline marker when the admin switched
/// it off. Only the allowlisting the admin enabled works.
#[test]
fn nothing_in_a_push_turns_scanning_off() {
    let (env, base) = with_clean_main("nothing_in_a_push_turns_scanning_off");
    env.server_git(&["config", "receive.advertisePushOptions", "true"]);
    env.set_config("[exceptions]\ninline_marker = false\nrepo_file_paths = [\"tests/**\"]\n");
    let token = env.github_token();
    let fp = expected_fingerprint(env.github_id(), &token);
    let leak_line = format!("TOKEN={token}  # pushguard:allow\n");

    // A repository file that tries to be a configuration: ignored whole.
    env.write(
        ".pushguard.toml",
        format!(
            "[policy]\nmode = \"off\"\non_limit = \"accept\"\n\n[limits]\nmax_blob_bytes = 1\n\n\
             [bypass]\nenabled = true\nusers = [\"{}\"]\n\n[exceptions]\ninline_marker = true\n\n\
             [[allow]]\nfingerprint = \"{fp}\"\nreason = \"trust me\"\n",
            unix_user()
        ),
    );
    env.write("app.env", &leak_line);
    env.commit_all("switch the guard off");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets()
        .assert_remote_contains("app.env:1")
        .assert_remote_contains("warning: pushguard ignores .pushguard.toml");

    // A well-formed allow entry for a path the admin does not let it allow,
    // next to the inline marker the admin switched off.
    env.write(
        ".pushguard.toml",
        format!("[[allow]]\nfingerprint = \"{fp}\"\nreason = \"trust me\"\n"),
    );
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "--amend", "-m", "allow it"]);
    env.push(&["origin", "main"])
        .assert_rejected_for_secrets()
        .assert_remote_contains("app.env:1")
        .assert_remote_lacks("ignores");

    // Push options: bypass is not enabled, and nothing else is an option.
    std::fs::remove_file(env.work.join(".pushguard.toml")).expect("rm");
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "--amend", "-m", "just the marker"]);
    env.push(&[
        "-o",
        "pushguard.bypass=fixture for a test",
        "-o",
        "pushguard.mode=off",
        "-o",
        "pushguard.inlineMarker=true",
        "origin",
        "main",
    ])
    .assert_rejected_for_secrets()
    .assert_remote_contains("app.env:1")
    .assert_remote_contains("pushguard.bypass refused: bypass is not enabled");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));

    // What the admin enabled does work: an allow entry under tests/**.
    env.git(&["reset", "-q", "--hard", &base]);
    env.write("tests/fixture.txt", format!("token = {token}\n"));
    env.write(
        ".pushguard.toml",
        format!("[[allow]]\nfingerprint = \"{fp}\"\nreason = \"revoked fixture\"\n"),
    );
    let allowed = env.commit_all("fixture");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(allowed.as_str()));
    // ... until the admin switches the file off for this repository.
    env.server_git(&["config", "pushguard.repoFile", "false"]);
    let token2 = env.github_token();
    let fp2 = expected_fingerprint(env.github_id(), &token2);
    env.write("tests/fixture2.txt", format!("token = {token2}\n"));
    env.write(
        ".pushguard.toml",
        format!("[[allow]]\nfingerprint = \"{fp2}\"\nreason = \"revoked fixture\"\n"),
    );
    env.commit_all("second fixture");
    env.push(&["origin", "main"])
        .assert_rejected_for_secrets()
        .assert_remote_contains("tests/fixture2.txt:1");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(allowed.as_str()));

    let actions: Vec<Value> = env.incidents().iter().map(|r| r["action"].clone()).collect();
    assert_eq!(
        actions,
        ["blocked", "blocked", "blocked", "allowed-by-exception", "blocked"],
        "{}",
        env.log_text()
    );
}

/// The hook never runs anything from the push or from the repository's
/// configuration: with filters, textconv, diff and merge drivers, fsmonitor,
/// pager, editor and helpers configured on the server to leave a marker,
/// and a push that asks for all of them (`.gitattributes`, hooks, a config
/// file naming them), no marker appears and the secret is still found.
#[test]
fn pushed_content_is_never_run() {
    let (env, base) = with_clean_main("pushed_content_is_never_run");
    let ran = env.root.join("ran");
    std::fs::create_dir_all(&ran).expect("mkdir");
    let touch = |what: &str| format!("touch '{}'", path_str(&ran.join(what)));
    for (key, value) in [
        ("filter.evil.clean", touch("filter-clean")),
        ("filter.evil.smudge", touch("filter-smudge")),
        ("filter.evil.process", touch("filter-process")),
        ("filter.evil.required", "true".to_string()),
        ("diff.evil.textconv", touch("diff-textconv")),
        ("diff.evil.command", touch("diff-command")),
        ("merge.evil.driver", touch("merge-driver")),
        ("core.fsmonitor", touch("fsmonitor")),
        ("core.pager", touch("pager")),
        ("core.editor", touch("editor")),
        ("core.askPass", touch("askpass")),
        ("core.sshCommand", touch("ssh")),
        ("credential.helper", format!("!{}", touch("credential"))),
        ("gpg.program", touch("gpg")),
    ] {
        env.server_git(&["config", key, &value]);
    }
    let hook_script = format!("#!/bin/sh\n{}\n", touch("pushed-hook"));
    env.write(
        ".gitattributes",
        "* filter=evil diff=evil merge=evil\n*.env binary -text -diff\n",
    );
    for h in [
        "pre-receive",
        "update",
        "post-receive",
        "post-update",
        "reference-transaction",
    ] {
        env.write(format!(".githooks/{h}"), &hook_script);
        env.write(format!("hooks/{h}"), &hook_script);
        std::fs::set_permissions(
            env.work.join(format!(".githooks/{h}")),
            std::fs::Permissions::from_mode(0o755),
        )
        .expect("chmod");
    }
    env.write(
        ".gitconfig",
        format!(
            "[core]\n\thooksPath = .githooks\n\tfsmonitor = {}\n[filter \"evil\"]\n\tsmudge = {}\n",
            touch("pushed-fsmonitor"),
            touch("pushed-filter")
        ),
    );
    env.write(
        ".gitmodules",
        format!(
            "[submodule \"x\"]\n\tpath = x\n\turl = ./x\n\tupdate = !{}\n",
            touch("submodule-update")
        ),
    );
    let token = env.github_token();
    env.write("app.env", format!("TOKEN={token}\n"));
    let bad = env.commit_all("everything that could run");
    let ran_nothing = || {
        let entries: Vec<String> = std::fs::read_dir(&ran)
            .expect("read marker dir")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(entries.is_empty(), "something was run: {entries:?}");
    };

    env.push(&["origin", "main"])
        .assert_rejected_for_secrets()
        .assert_remote_contains("app.env:1");
    assert!(!env.server_has_object(&bad));
    ran_nothing();

    // The same without the secret is accepted, and still nothing ran.
    env.write("app.env", "TOKEN_FILE=/run/secrets/token\n");
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "--amend", "-m", "everything that could run, no secret"]);
    let good = env.rev("HEAD");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(good.as_str()));
    ran_nothing();

    // Control: the configuration is live. git itself starts the filter when
    // it checks the pushed files out with the server's configuration (and
    // then fails: `touch` does not speak the filter protocol).
    let scratch = env.root.join("scratch");
    std::fs::create_dir_all(&scratch).expect("mkdir");
    let _ = env
        .command("git")
        .arg("--git-dir")
        .arg(&env.server)
        .arg("--work-tree")
        .arg(&scratch)
        .args(["checkout", "-f", "main", "--", "."])
        .output()
        .expect("git checkout");
    assert!(
        ran.join("filter-smudge").exists() || ran.join("filter-process").exists(),
        "control failed: git did not run the configured filter"
    );
    let _ = base;
}

/// The raw secret (and every 12-byte piece of it) appears nowhere: not in
/// what the pusher sees on rejection, bypass, warning or exception, not in
/// the incident log or syslog, not in `scan` output of any format (stdout or
/// `--output` and `--write-baseline` files), not in `incidents` in any
/// form, and not when pushguard panics.
#[test]
fn the_secret_appears_in_no_output() {
    let (env, _) = with_clean_main("the_secret_appears_in_no_output");
    env.server_git(&["config", "receive.advertisePushOptions", "true"]);
    let sock_path = env.root.join("syslog.sock");
    let syslog = std::os::unix::net::UnixDatagram::bind(&sock_path).expect("bind syslog socket");
    syslog.set_nonblocking(true).expect("nonblocking");
    let user = unix_user();
    let config = |mode: &str| {
        format!(
            "[policy]\nmode = \"{mode}\"\n\n[bypass]\nenabled = true\nusers = [{user:?}]\n\n\
             [log]\nsyslog = true\nsyslog_socket = {:?}\n",
            path_str(&sock_path)
        )
    };
    env.set_config(&config("enforce"));
    let token = env.github_token();
    let key = env.aws_key_id();
    // Every push and pushguard run below checks its output and the log for
    // every registered secret (`Env::after_run` in support/env/push.rs).
    env.commit_file(
        "deploy/app.env",
        &format!("GITHUB_TOKEN={token}\nAWS_ACCESS_KEY_ID={key}\n"),
        "deploy settings",
    );
    env.push(&["origin", "main"]).assert_rejected_for_secrets();
    // A bypass whose reason quotes the secret.
    let reason = format!("pushguard.bypass=revoked already: {token}");
    env.push(&["-o", &reason, "origin", "main"])
        .assert_accepted()
        .assert_remote_contains("pushguard was bypassed");
    env.set_config(&config("warn"));
    let token2 = env.github_token();
    env.commit_file("warn.env", &format!("T={token2}\n"), "warned");
    env.push(&["origin", "main"])
        .assert_accepted()
        .assert_remote_contains("warning: pushguard found");
    env.set_config(&config("enforce"));
    let token3 = env.github_token();
    env.commit_file("fixture.txt", &format!("t = {token3} # pushguard:allow\n"), "fixture");
    env.push(&["origin", "main"]).assert_accepted();
    let log = env.incidents();
    let actions: Vec<&str> = log.iter().map(|r| r["action"].as_str().expect("action")).collect();
    assert_eq!(actions, ["blocked", "bypassed", "warned", "allowed-by-exception"]);
    // The records do identify the secrets, by fingerprint.
    assert!(env.log_text().contains(&expected_fingerprint(env.github_id(), &token)));

    // Syslog got the same records, and nothing more.
    let mut buf = vec![0u8; 1 << 20];
    let mut messages = 0;
    while let Ok(n) = syslog.recv(&mut buf) {
        env.assert_no_leak("a syslog message", &String::from_utf8_lossy(&buf[..n]));
        messages += 1;
    }
    assert_eq!(messages, 4, "one syslog message per record");

    // scan, every format, of the history, of files and of stdin.
    let work = path_str(&env.work).to_string();
    let out = env.root.join("out");
    std::fs::create_dir_all(&out).expect("mkdir");
    for format in ["text", "json", "sarif"] {
        let report = out.join(format!("history.{format}"));
        let baseline = out.join(format!("baseline-{format}.json"));
        for args in [
            vec!["scan", "--format", format, "--repo", work.as_str()],
            vec!["scan", "--format", format, work.as_str()],
            vec!["scan", "--format", format, "-"],
            vec![
                "scan",
                "--format",
                format,
                "--repo",
                work.as_str(),
                "--output",
                path_str(&report),
                "--write-baseline",
                path_str(&baseline),
            ],
        ] {
            let stdin = format!("token = {token}\n");
            let run = env.pushguard(&env.root, &args, stdin.as_bytes(), &[]);
            run.assert_code(1);
        }
        for file in [&report, &baseline] {
            let text = std::fs::read_to_string(file).expect("scan wrote its file");
            assert!(text.len() > 20, "{} is empty", file.display());
            env.assert_no_leak(&file.display().to_string(), &text);
        }
    }

    // incidents, every form.
    for args in [
        vec!["incidents"],
        vec!["incidents", "--json"],
        vec!["incidents", "--by-fingerprint"],
        vec!["incidents", "--json", "--by-fingerprint"],
    ] {
        let run = env.pushguard(&env.root, &args, b"", &[]);
        run.assert_code(0);
        assert!(run.stdout.len() > 20, "{}", run.describe());
    }

    // A panic prints where, never what (its message may quote content).
    // The trigger exists in debug builds only.
    if cfg!(debug_assertions) && std::env::var_os("PUSHGUARD_TEST_BIN").is_none() {
        let payload = format!("while scanning deploy/app.env: {token} {key}");
        let run = env.pushguard(&env.root, &["scan", "-"], b"", &[("PUSHGUARD_TEST_PANIC", &payload)]);
        run.assert_code(2);
        assert!(run.stderr.contains("internal error"), "{}", run.describe());
        env.set_env("PUSHGUARD_TEST_PANIC", &payload);
        let token4 = env.github_token();
        env.commit_file("late.env", &format!("T={token4}\n"), "late");
        let run = env.push(&["origin", "main"]);
        run.assert_declined().assert_remote_contains("internal error");
        assert_eq!(
            run.remote_lines()
                .iter()
                .filter(|l| l.contains("internal error"))
                .count(),
            1
        );
    }
}

/// Files the hook and the other commands create are private or at least
/// not writable by others, also under umask 000: the incident log (0640,
/// its new directories 0750), scan reports and baselines (0600), installed
/// hooks (0755, in directories that are not world-writable). The view
/// directories are checked in `hook_killed_mid_run_...` (0700, files 0600).
#[test]
fn created_files_have_restrictive_modes_under_umask_000() {
    let env = Env::new("created_files_have_restrictive_modes_under_umask_000");
    let base = env.commit_file("README.md", "# app\n", "initial");
    env.push(&["origin", "main"]).assert_accepted();

    // install, into a repository without a hooks directory and into GitLab.
    std::fs::remove_dir_all(env.server.join("hooks")).expect("rm hooks");
    pushguard_umask_000(&env, &env.root, &["install", "--repo", path_str(&env.server)]).assert_code(0);
    assert_mode(&env.server.join("hooks"), 0o755);
    assert_mode(&env.server.join("hooks/pre-receive"), 0o755);
    let gitlab = env.root.join("gitlab/custom_hooks");
    pushguard_umask_000(&env, &env.root, &["install", "--gitlab", path_str(&gitlab)]).assert_code(0);
    for d in [env.root.join("gitlab"), gitlab.clone(), gitlab.join("pre-receive.d")] {
        assert_mode(&d, 0o755);
    }
    assert_mode(&gitlab.join("pre-receive.d/pushguard"), 0o755);

    // The incident log, created by the hook in a new directory.
    let log = env.root.join("var/log/pushguard/incidents.jsonl");
    env.set_env("PUSHGUARD_LOG", path_str(&log));
    let token = env.github_token();
    env.commit_file("app.env", &format!("TOKEN={token}\n"), "secret");
    push_checked(&env, &["origin", "main"], true).assert_rejected_for_secrets();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    let text = std::fs::read_to_string(&log).expect("the hook wrote the log");
    env.assert_no_leak("the incident log", &text);
    assert_eq!(text.lines().count(), 1);
    assert_mode(&log, 0o640);
    for d in ["var", "var/log", "var/log/pushguard"] {
        assert_mode(&env.root.join(d), 0o750);
    }
    assert!(view_dirs(&env.tmpdir).is_empty());

    // scan reports and baselines.
    let report = env.root.join("report.json");
    let baseline = env.root.join("baseline.json");
    pushguard_umask_000(
        &env,
        &env.root,
        &[
            "scan",
            "--repo",
            path_str(&env.work),
            "--format",
            "json",
            "--output",
            path_str(&report),
            "--write-baseline",
            path_str(&baseline),
        ],
    )
    .assert_code(1);
    assert_mode(&report, 0o600);
    assert_mode(&baseline, 0o600);
}

/// An admin's detector file cannot make the hook run longer than its
/// budget or use unbounded memory. Patterns that are catastrophic for a
/// backtracking engine run in linear time and find their match at the end
/// of 300 kB lines; a pattern whose match iteration is quadratic is cut off
/// by the budget (a limit event, as `on_limit` says); a huge counted
/// repetition or an overlong pattern is refused at load with one line that
/// names the file and the detector (an error, as `on_error` says).
#[test]
fn admin_detectors_run_in_linear_time_within_the_budget() {
    let (env, base) = with_clean_main("admin_detectors_run_in_linear_time_within_the_budget");
    const LEN: usize = 300_000;

    // (a+)+b and (x|x)*y over long lines: linear, and they match.
    let backtracking = detector_dir(
        &env,
        "backtracking",
        "backtracking.toml",
        r#"[[detector]]
id = "site-nested-plus"
name = "Nested quantifiers"
severity = "high"
keywords = ["aaa"]
pattern = '''(a+)+b'''
multiline = true
window = 65536
global_filters = false

[[detector]]
id = "site-alternation-star"
name = "Overlapping alternation under a star"
severity = "high"
keywords = ["xxx"]
pattern = '''(x|x)*y'''
multiline = true
window = 65536
global_filters = false
"#,
    );
    env.set_config_with_detector_dir("", &backtracking);
    env.write("data/a.txt", format!("{}b\n{}y\n", "a".repeat(LEN), "x".repeat(LEN)));
    let c = env.commit_all("long lines");
    let t = Instant::now();
    let run = env.push(&["origin", "main"]);
    let took = t.elapsed();
    run.assert_rejected_for_secrets()
        .assert_remote_contains("site-nested-plus")
        .assert_remote_contains("site-alternation-star")
        .assert_remote_contains("data/a.txt:1")
        .assert_remote_contains("data/a.txt:2")
        .assert_remote_lacks("time budget");
    assert!(took < Duration::from_secs(15), "took {took:?}");
    assert!(!env.server_has_object(&c));

    // Quadratic match iteration: stopped by the budget.
    let slow = detector_dir(&env, "slow", "slow.toml", SLOW_DETECTOR);
    env.git(&["reset", "-q", "--hard", &base]);
    env.write("data/q.txt", format!("{}\n", "q".repeat(LEN)));
    let c = env.commit_all("long q line");
    for (on_limit, accepted) in [("reject", false), ("accept", true)] {
        env.set_config_with_detector_dir(
            &format!("[policy]\non_limit = \"{on_limit}\"\n\n[limits]\ntime_budget_ms = 2000\n"),
            &slow,
        );
        let t = Instant::now();
        let run = env.push(&["origin", "main"]);
        let took = t.elapsed();
        // Without the budget this scan takes minutes.
        assert!(took < Duration::from_secs(15), "took {took:?}\n{}", run.describe());
        run.assert_remote_contains("data/q.txt")
            .assert_remote_contains("ms for this push ran out, set by limits.time_budget_ms");
        if accepted {
            run.assert_accepted();
            assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
        } else {
            run.assert_declined();
            assert!(!env.server_has_object(&c));
        }
        let rec = env.incidents().pop().expect("a record");
        assert_eq!(rec["action"], "limit", "{rec}");
        assert_eq!(rec["verdict"], if accepted { "accepted" } else { "rejected" }, "{rec}");
    }

    // Refused at load: a counted repetition too big for the NFA budget, and
    // a pattern longer than the limit.
    let long_pattern = format!(
        "(?:{})",
        (0..700).map(|i| format!("k{i:04}")).collect::<Vec<_>>().join("|")
    );
    let cases = [
        (
            "repetition.toml",
            "site-huge-repetition",
            "((a{50}){50}){50}".to_string(),
            "limit",
        ),
        ("long.toml", "site-long-pattern", long_pattern, "longer than the limit"),
    ];
    // On top of the long line the last round accepted.
    let head = env.server_ref("refs/heads/main").expect("main");
    let c = env.commit_file("notes.txt", "harmless\n", "harmless");
    for (file, id, pattern, why) in cases {
        let dir = detector_dir(
            &env,
            &format!("refused-{id}"),
            file,
            &format!(
                "[[detector]]\nid = \"{id}\"\nname = \"Refused\"\nseverity = \"high\"\nkeywords = [\"kkk\"]\npattern = '''{pattern}'''\n"
            ),
        );
        env.set_config_with_detector_dir("", &dir);
        let run = env.push(&["origin", "main"]);
        run.assert_declined();
        let lines = run.remote_lines();
        let err = lines
            .iter()
            .find(|l| l.starts_with("error: pushguard could not check this push"))
            .unwrap_or_else(|| panic!("no error line\n{}", run.describe()));
        assert!(
            err.contains(file) && err.contains(id) && err.contains(why),
            "the error should name {file}, {id} and why: {err}"
        );
        // Exit 2 (error), not 1 (findings).
        let input = format!("{ZERO_OID} {base} refs/heads/copy\n");
        env.run_hook_directly(input.as_bytes(), &[]).assert_code(2);
        assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(head.as_str()));

        env.set_config_with_detector_dir("[policy]\non_error = \"accept\"\n", &dir);
        env.run_hook_directly(input.as_bytes(), &[]).assert_code(0);
    }
    // The last one with on_error = accept over a real push.
    let run = env.push(&["origin", "main"]);
    run.assert_accepted()
        .assert_remote_contains("warning: pushguard could not check this push");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    let rec = env.incidents().pop().expect("a record");
    assert_eq!(rec["action"], "error", "{rec}");
    assert_eq!(rec["verdict"], "accepted", "{rec}");
}
