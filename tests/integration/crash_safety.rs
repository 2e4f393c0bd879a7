//! A hook that dies, or finds no usable TMPDIR (issue 6): the push is
//! refused (or checked as usual), the incident log holds no torn record,
//! and the hook's temporary object views do not pile up: a dead hook's view
//! is removed by a later hook once its grace period is over.

use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::{
    assert_mode, backdate, bin, detector_dir, path_str, push_checked, view_dirs, with_clean_main, with_umask_000, Run,
    SLOW_DETECTOR,
};

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
