//! The incident log: one JSON record per blocked push, with the incident id
//! the developer was shown, the repository, the pusher, the refs and each
//! finding's place and fingerprint (never the secret). A log that cannot be
//! written does not change the verdict.

use crate::support::{expected_fingerprint, is_hex64, path_str, with_clean_main, TEST_USER};

/// The name and uid of the account the tests run as, as `id` reports them;
/// the name falls back to `$USER` of the test processes when the password
/// database has no entry.
fn unix_account() -> (String, String) {
    let id = |arg: &str| {
        std::process::Command::new("id")
            .arg(arg)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    (
        id("-un").unwrap_or_else(|| TEST_USER.to_string()),
        id("-u").expect("id -u"),
    )
}

#[test]
fn incident_log_records_blocked_push_without_raw_secret() {
    let (env, base) = with_clean_main("incident_log_records_blocked_push_without_raw_secret");
    let token = env.github_token();
    env.write("ci/secrets.yml", format!("env:\n  GH_TOKEN: {token}\n"));
    let bad = env.commit_all("ci");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();

    let log = env.incidents();
    assert_eq!(log.len(), 1, "exactly one record per push:\n{}", env.log_text());
    let rec = &log[0];
    assert_eq!(rec["action"], "blocked");
    assert_eq!(rec["verdict"], "rejected");
    let id = rec["id"].as_str().expect("id");
    assert!(id.starts_with("pg-"), "{id}");
    assert_eq!(
        run.incident_id().as_deref(),
        Some(id),
        "the id shown to the developer is the logged one"
    );
    assert!(rec["time"].as_str().is_some_and(|t| t.ends_with('Z')), "{rec}");
    let server = std::fs::canonicalize(&env.server).expect("canonical server");
    assert_eq!(rec["repository"], server.to_str().expect("utf-8"));
    // Without a hosting product's variables the pusher is the Unix account
    // the hook runs as (from the password database when it has an entry).
    let (account, uid) = unix_account();
    assert_eq!(rec["pusher"]["name"], account.as_str(), "{rec}");
    assert_eq!(rec["pusher"]["source"], "unix-user");
    assert_eq!(rec["pusher"]["id"], uid.as_str(), "{rec}");
    assert_eq!(rec["refs"].as_array().map(Vec::len), Some(1), "{rec}");
    assert_eq!(rec["refs"][0]["name"], "refs/heads/main");
    assert_eq!(rec["refs"][0]["old"], base.as_str());
    assert_eq!(rec["refs"][0]["new"], bad.as_str());

    let findings = rec["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{rec}");
    let f = &findings[0];
    assert_eq!(f["detector"], env.github_id());
    assert_eq!(f["commit"], bad.as_str());
    assert_eq!(f["refname"], "refs/heads/main");
    assert_eq!(f["path"], "ci/secrets.yml");
    assert_eq!(f["line"], 2);
    assert!(f["preview"].as_str().is_some_and(|p| p.contains('*')), "{f}");
    let fp = f["fingerprint"].as_str().expect("fingerprint");
    assert!(is_hex64(fp), "{fp}");
    assert_eq!(fp, expected_fingerprint(env.github_id(), &token));
    // The raw secret is checked by the central leak assertion (support::Env::push).
}

#[test]
fn unwritable_incident_log_keeps_the_verdict() {
    let (env, base) = with_clean_main("unwritable_incident_log_keeps_the_verdict");
    let dir = env.root.join("log-is-a-directory");
    std::fs::create_dir_all(&dir).expect("mkdir");
    env.set_env("PUSHGUARD_LOG", path_str(&dir));
    let token = env.github_token();
    env.commit_file("t.env", &format!("T={token}\n"), "secret");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    run.assert_remote_contains("could not record incident");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}
