//! Under GitLab (its `GL_*` variables): the pusher and the repository come
//! from GitLab's identity variables, a bypass is granted by GitLab user
//! name, and from the web editor (`GL_PROTOCOL=web`) every line of output
//! carries the `GL-HOOK-ERR: ` prefix, the only lines GitLab shows there.

use std::time::Instant;

use serde_json::Value;

use crate::support::{
    assert_pusher, bypass_config, install_with_installer, last_incident, path_str, raw_remote_lines, with_clean_main,
    Env, Pusher,
};

#[test]
fn gitlab_web_protocol_prefixes_every_output_line() {
    let (env, _) = with_clean_main("gitlab_web_protocol_prefixes_every_output_line");
    env.set_env("GL_PROTOCOL", "web");
    env.set_env("GL_USERNAME", "alice");
    env.set_env("GL_ID", "user-7");
    env.set_env("GL_PROJECT_PATH", "group/app");
    let token = env.github_token();
    env.commit_file("web-edit.txt", &format!("token: {token}\n"), "Edit in the web IDE");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    let lines = run.remote_lines();
    assert!(lines.len() > 5, "{}", run.describe());
    for l in &lines {
        assert!(
            l.starts_with("GL-HOOK-ERR:"),
            "line without GL-HOOK-ERR prefix: {l:?}\n{}",
            run.describe()
        );
    }
    run.assert_remote_contains("GL-HOOK-ERR: error: pushguard rejected this push");
    run.assert_remote_contains("web-edit.txt:1");

    let log = env.incidents();
    assert_eq!(log.len(), 1, "{}", env.log_text());
    assert_eq!(log[0]["repository"], "group/app");
    assert_eq!(log[0]["pusher"]["name"], "alice");
    assert_eq!(log[0]["pusher"]["source"], "GL_USERNAME");
    assert_eq!(log[0]["pusher"]["id"], "user-7");
    assert_eq!(log[0]["pusher"]["protocol"], "web");

    // Errors are prefixed as well (binary called directly).
    let run = env.run_hook_directly(b"garbage\n", &[("GL_PROTOCOL", "web")]);
    run.assert_code(2);
    assert!(!run.stderr.is_empty());
    for l in run.stderr.lines() {
        assert!(
            l.starts_with("GL-HOOK-ERR: "),
            "line without GL-HOOK-ERR prefix: {l:?}\n{}",
            run.describe()
        );
    }
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
