//! Errors fail closed. A corrupt or missing configuration, malformed hook
//! input, a SHA-256 repository or a missing object rejects the push with
//! one clear line (the hook exits 2, not 1), unless `on_error = "accept"`
//! lets it through with a warning; an empty hook input is no error; and
//! nothing odd in the input (a non-UTF-8 ref name) turns a checked push
//! into an unchecked one.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::support::{install_hook_at, path_str, with_clean_main, Env, ZERO_OID};

#[test]
fn corrupt_config_fails_closed_naming_file_and_line() {
    let (env, base) = with_clean_main("corrupt_config_fails_closed_naming_file_and_line");
    env.set_raw_config("[limits]\nmax_blob_bytes = 1000\nthis is not toml\n");
    let c = env.commit_file("a.txt", "harmless\n", "harmless change");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    let lines = run.remote_lines();
    let config = env.config.to_str().expect("utf-8");
    let err = lines
        .iter()
        .find(|l| l.starts_with("error:") && l.contains(config))
        .unwrap_or_else(|| panic!("no error line naming {config}\n{}", run.describe()));
    assert!(err.contains("line 3"), "the error should name line 3: {err}");
    assert!(
        !lines
            .iter()
            .any(|l| l.trim_start().starts_with('|') || l.contains("^^")),
        "the error should be one line, not a snippet\n{}",
        run.describe()
    );
    assert!(!env.server_has_object(&c));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    // The exit status behind "hook declined" is 2 (error), not 1 (findings).
    env.run_hook_directly(b"", &[]).assert_code(2);
}

#[test]
fn malformed_hook_input_fails_closed_and_on_error_accept_lets_it_through() {
    let (env, base) = with_clean_main("malformed_hook_input_fails_closed_and_on_error_accept_lets_it_through");
    let input = format!("{ZERO_OID} {base} refs/heads/copy\nthis is not a ref update\n");

    let run = env.run_hook_directly(input.as_bytes(), &[]);
    run.assert_code(2);
    let err: Vec<&str> = run.stderr.lines().filter(|l| l.contains("malformed")).collect();
    assert_eq!(err.len(), 1, "one line names the problem\n{}", run.describe());
    assert!(err[0].contains("line 2"), "{}", run.describe());
    assert!(err[0].starts_with("error:"), "{}", run.describe());

    env.set_config("[policy]\non_error = \"accept\"\n");
    let run = env.run_hook_directly(input.as_bytes(), &[]);
    run.assert_code(0);
    let warn: Vec<&str> = run.stderr.lines().filter(|l| l.contains("malformed")).collect();
    assert_eq!(warn.len(), 1, "{}", run.describe());
    assert!(
        warn[0].contains("line 2") && warn[0].starts_with("warning:"),
        "{}",
        run.describe()
    );

    let log = env.incidents();
    assert_eq!(log.len(), 2, "{}", env.log_text());
    for (rec, verdict) in log.iter().zip(["rejected", "accepted"]) {
        assert_eq!(rec["action"], "error");
        assert_eq!(rec["verdict"], verdict);
        assert!(rec["error"].as_str().is_some_and(|e| e.contains("line 2")), "{rec}");
    }
}

#[test]
fn empty_hook_input_is_accepted() {
    let (env, _) = with_clean_main("empty_hook_input_is_accepted");
    env.run_hook_directly(b"", &[]).assert_code(0);
}

#[test]
fn missing_config_file_fails_closed() {
    let (env, base) = with_clean_main("missing_config_file_fails_closed");
    let missing = env.root.join("does-not-exist.toml");
    env.set_env("PUSHGUARD_CONFIG", path_str(&missing));
    env.commit_file("a.txt", "a\n", "harmless");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    run.assert_remote_contains(path_str(&missing));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn sha256_repository_fails_closed_with_clear_message() {
    let env = Env::new("sha256_repository_fails_closed_with_clear_message");
    let server = env.root.join("s256.git");
    let work = env.root.join("w256");
    env.git_at(
        &env.root,
        &["init", "-q", "--bare", "--object-format=sha256", "s256.git"],
    );
    env.git_at(&env.root, &["init", "-q", "--object-format=sha256", "w256"]);
    install_hook_at(&server);
    std::fs::write(work.join("a.txt"), "a\n").expect("write");
    env.git_at(&work, &["add", "-A"]);
    env.git_at(&work, &["commit", "-q", "-m", "a"]);
    let run = env.push_from(&work, &[path_str(&server), "main"]);
    run.assert_declined();
    run.assert_remote_contains("SHA-256");
    run.assert_remote_contains("error: pushguard could not check this push");
    assert_eq!(env.ref_at(&server, "refs/heads/main"), None);
}

#[test]
fn missing_object_is_an_error_handled_per_on_error() {
    let (env, _) = with_clean_main("missing_object_is_an_error_handled_per_on_error");
    // git feeds the hook commands whose objects failed its connectivity check.
    let missing = "0123456789abcdef0123456789abcdef01234567";
    let input = format!("{ZERO_OID} {missing} refs/heads/ghost\n");
    let run = env.run_hook_directly(input.as_bytes(), &[]);
    run.assert_code(2);
    assert!(
        run.stderr.contains(missing),
        "the error should name the object\n{}",
        run.describe()
    );
    env.set_config("[policy]\non_error = \"accept\"\n");
    let run = env.run_hook_directly(input.as_bytes(), &[]);
    run.assert_code(0);
    assert!(
        run.stderr.contains("warning:") && run.stderr.contains(missing),
        "{}",
        run.describe()
    );
}

#[test]
fn non_utf8_branch_name_cannot_bypass_a_fail_open_policy() {
    let (env, base) = with_clean_main("non_utf8_branch_name_cannot_bypass_a_fail_open_policy");
    env.set_config("[policy]\non_error = \"accept\"\n");
    let token = env.github_token();
    let bad = env.commit_file("t.env", &format!("T={token}\n"), "secret");
    // One odd byte in a ref name must not turn the push into an unchecked one.
    let run = env.push(&[OsStr::new("origin"), OsStr::from_bytes(b"HEAD:refs/heads/x\xff")]);
    run.assert_rejected_for_secrets();
    assert!(!env.server_has_object(&bad), "the secret landed unchecked");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}
