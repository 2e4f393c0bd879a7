//! The admin's policy decides what a finding does: `mode` (enforce, warn,
//! off), `block_severity`, and the exceptions that let a finding through
//! and are recorded (the inline `pushguard:allow` marker, allow entries of
//! the repository's `.pushguard.toml`).

use crate::support::{expected_fingerprint, field, finding_block, with_clean_main};

#[test]
fn warn_mode_accepts_and_records_a_warning() {
    let (env, _) = with_clean_main("warn_mode_accepts_and_records_a_warning");
    env.set_config("[policy]\nmode = \"warn\"\n");
    let token = env.github_token();
    let c = env.commit_file("app.env", &format!("TOKEN={token}\n"), "env");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("warning: pushguard found 1 possible secret");
    assert_eq!(field(&finding_block(&run, "app.env"), "where"), "app.env:1");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    let log = env.incidents();
    assert_eq!(log.len(), 1, "{}", env.log_text());
    assert_eq!(log[0]["action"], "warned");
    assert_eq!(log[0]["verdict"], "accepted");
}

#[test]
fn inline_allow_marker_lets_finding_through_and_is_recorded() {
    let (env, _) = with_clean_main("inline_allow_marker_lets_finding_through_and_is_recorded");
    let token = env.github_token();
    let c = env.commit_file(
        "fixtures.txt",
        &format!("intro\nfixture = {token}  # pushguard:allow\n"),
        "fixture",
    );
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("fixtures.txt:2");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    let log = env.incidents();
    assert_eq!(log.len(), 1, "{}", env.log_text());
    assert_eq!(log[0]["action"], "allowed-by-exception");
    assert_eq!(log[0]["findings"][0]["exception"], "inline-marker");
}

#[test]
fn mode_off_accepts_secrets_without_record() {
    let (env, _) = with_clean_main("mode_off_accepts_secrets_without_record");
    env.set_config("[policy]\nmode = \"off\"\n");
    let token = env.github_token();
    let c = env.commit_file("t.env", &format!("T={token}\n"), "secret");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_lacks("pushguard");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    assert!(env.incidents().is_empty());
}

#[test]
fn findings_below_block_severity_only_warn() {
    let (env, base) = with_clean_main("findings_below_block_severity_only_warn");
    // A site-specific detector from an extra directory, of low severity.
    let dir = env.root.join("site-detectors");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("site.toml"),
        r#"[[detector]]
id = "site-internal-key"
name = "Internal service key"
severity = "low"
keywords = ["sitekey_"]
pattern = '''\b(sitekey_[a-z0-9]{24})\b'''
[detector.examples]
positive = []
negative = []
"#,
    )
    .expect("write detector");
    env.set_config_with_detector_dir("[policy]\nblock_severity = \"medium\"\n", &dir);

    let low = env.custom_secret("sitekey_", 24);
    let c = env.commit_file("internal.cfg", &format!("service_key = {low}\n"), "internal key");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("warning: pushguard found 1 possible secret");
    let block = finding_block(&run, "internal.cfg");
    assert!(block.contains("site-internal-key"), "{block}");
    assert_eq!(field(&block, "where"), "internal.cfg:1");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));

    let low2 = env.custom_secret("sitekey_", 24);
    let token = env.github_token();
    let bad = env.commit_file("both.cfg", &format!("service_key = {low2}\ngithub = {token}\n"), "both");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    run.assert_remote_contains("1 secret");
    assert_eq!(field(&finding_block(&run, env.github_id()), "where"), "both.cfg:2");
    assert_eq!(field(&finding_block(&run, "site-internal-key"), "where"), "both.cfg:1");
    assert!(!env.server_has_object(&bad));
    assert_ne!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));

    let log = env.incidents();
    assert_eq!(log.len(), 2, "{}", env.log_text());
    assert_eq!(log[0]["action"], "warned");
    assert_eq!(log[1]["action"], "blocked");
    assert_eq!(
        log[1]["findings"].as_array().map(Vec::len),
        Some(2),
        "{}",
        env.log_text()
    );
}

#[test]
fn repo_allow_file_lets_only_its_fingerprints_through_and_is_recorded() {
    let (env, base) = with_clean_main("repo_allow_file_lets_only_its_fingerprints_through_and_is_recorded");
    let fixture = env.github_token();
    let other = env.github_token();
    let allowed = expected_fingerprint(env.github_id(), &fixture);
    env.write(
        ".pushguard.toml",
        format!("[[allow]]\nfingerprint = \"{allowed}\"\nreason = \"revoked token kept as a test fixture\"\n"),
    );
    env.write("tests/fixture.txt", format!("token = {fixture}\n"));
    env.write("app.env", format!("TOKEN={other}\n"));
    env.commit_all("fixture, allow file and a real leak");
    // The allow file covers the fixture only: the other secret still blocks.
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    run.assert_remote_contains("1 secret");
    assert_eq!(field(&finding_block(&run, "app.env"), "where"), "app.env:1");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));

    env.write("app.env", "TOKEN_FILE=/run/secrets/token\n");
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "--amend", "-m", "fixture and allow file"]);
    let c = env.rev("HEAD");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("tests/fixture.txt:1");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    let log = env.incidents();
    let last = log.last().expect("a record");
    assert_eq!(last["action"], "allowed-by-exception", "{last}");
    assert!(
        last["findings"][0]["exception"]
            .as_str()
            .is_some_and(|e| e.contains(".pushguard.toml")),
        "{last}"
    );
}
