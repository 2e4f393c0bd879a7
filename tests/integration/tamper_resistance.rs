//! Nothing a pusher controls changes what the hook does (issue 6): neither
//! a `.pushguard.toml` nor push options nor the inline marker turn scanning
//! off beyond what the admin allows, and nothing from the push or from the
//! repository's configuration is ever run.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::support::{expected_fingerprint, path_str, unix_user, with_clean_main};

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
