//! The raw secret never leaves the hook (issue 6): not in what the pusher
//! sees, the incident log, syslog, `scan` reports or `incidents` output, not
//! in the log when a bypass reason quotes it, not even in a panic. Every test gets this check from the central leak
//! assertion (`support/leak.rs`); the tests here drive every output there
//! is through it.

use crate::support::{
    bypass_config, expected_fingerprint, install_with_installer, path_str, unix_user, with_clean_main, Env,
};

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
