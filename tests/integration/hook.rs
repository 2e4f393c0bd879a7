//! `pushguard` as a `pre-receive` hook on a local bare repository: every
//! test pushes with the real git client (file transport), so receive-pack,
//! the quarantine and the hook's environment are git's own.

use crate::support::{
    bin, expected_fingerprint, field, finding_block, finding_count, is_hex64, os_path, short, with_clean_main, Env,
    TEST_USER, ZERO_OID,
};

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

// 1 -------------------------------------------------------------------------

#[test]
fn clean_push_is_accepted() {
    let env = Env::new("clean_push_is_accepted");
    env.install_hook();
    env.write("src/main.rs", "fn main() {\n    println!(\"hello\");\n}\n");
    env.write("config/app.toml", "region = \"eu-west-1\"\ndebug = false\n");
    let c1 = env.commit_all("first");
    env.write("config/app.toml", "region = \"eu-west-1\"\ndebug = true\n");
    let c2 = env.commit_all("second");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_lacks("pushguard");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c2.as_str()));
    assert!(env.server_has_object(&c1));
    assert!(
        env.incidents().is_empty(),
        "a clean push records no incident:\n{}",
        env.log_text()
    );
}

// 2 -------------------------------------------------------------------------

#[test]
fn secret_push_is_rejected_with_location_preview_and_fix() {
    let (env, base) = with_clean_main("secret_push_is_rejected_with_location_preview_and_fix");
    let token = env.github_token();
    env.write(
        "config/app.env",
        format!("# application settings\nDEBUG=false\nGITHUB_TOKEN={token}\nREGION=eu\n"),
    );
    let bad = env.commit_all("add settings");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    run.assert_remote_contains("1 secret");
    assert_eq!(finding_count(&run), 1, "{}", run.describe());

    let block = finding_block(&run, "config/app.env");
    assert!(block.contains(env.github_id()), "detector id missing:\n{block}");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/main", short(&bad)));
    assert_eq!(field(&block, "where"), "config/app.env:3");
    let preview = field(&block, "secret");
    assert!(
        preview.starts_with(&token[..4]),
        "preview should keep a short prefix: {preview}"
    );
    assert!(preview.contains('*'), "preview should be redacted: {preview}");
    assert_eq!(
        field(&block, "fingerprint"),
        expected_fingerprint(env.github_id(), &token)
    );

    run.assert_remote_contains("How to fix");
    run.assert_remote_contains("git commit --amend");
    assert!(
        run.remote().to_lowercase().contains("rotate"),
        "no rotation advice\n{}",
        run.describe()
    );
    run.assert_remote_contains("pushguard:allow");
    run.assert_remote_contains("pushguard incident: pg-");

    // Nothing of the push landed.
    assert!(!env.server_has_object(&bad), "rejected commit {bad} is on the server");
    let blob = env.rev("HEAD:config/app.env");
    assert!(!env.server_has_object(&blob), "rejected blob {blob} is on the server");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

// 3 -------------------------------------------------------------------------

#[test]
fn secret_added_then_removed_in_same_push_is_rejected() {
    let (env, base) = with_clean_main("secret_added_then_removed_in_same_push_is_rejected");
    let token = env.github_token();
    env.write("deploy.sh", format!("#!/bin/sh\nexport GH_TOKEN={token}\n./deploy\n"));
    let added = env.commit_all("deploy script");
    env.write("deploy.sh", "#!/bin/sh\n./deploy\n");
    let removed = env.commit_all("remove token again");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    let block = finding_block(&run, "deploy.sh");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/main", short(&added)));
    assert_eq!(field(&block, "where"), "deploy.sh:2");
    run.assert_remote_contains(&format!("git rebase -i {}^", short(&added)));
    assert!(!env.server_has_object(&added));
    assert!(!env.server_has_object(&removed));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

// 4 -------------------------------------------------------------------------

#[test]
fn new_branch_at_existing_commit_with_old_secret_is_accepted() {
    let env = Env::new("new_branch_at_existing_commit_with_old_secret_is_accepted");
    // Pushed while the hook was not installed.
    let token = env.github_token();
    env.commit_file("README.md", "# app\n", "initial");
    let leaky = env.commit_file("settings.ini", &format!("[github]\ntoken = {token}\n"), "settings");
    env.push(&["origin", "main"]).assert_accepted();

    env.install_hook();
    let run = env.push(&["origin", "main:refs/heads/feature"]);
    run.assert_accepted();
    run.assert_remote_lacks(&token[..6]);
    assert_eq!(env.server_ref("refs/heads/feature").as_deref(), Some(leaky.as_str()));
    assert!(env.incidents().is_empty(), "{}", env.log_text());
}

#[test]
fn lightweight_tag_at_existing_commit_with_old_secret_is_accepted() {
    let env = Env::new("lightweight_tag_at_existing_commit_with_old_secret_is_accepted");
    let token = env.github_token();
    let leaky = env.commit_file("settings.ini", &format!("token = {token}\n"), "settings");
    env.push(&["origin", "main"]).assert_accepted();
    env.install_hook();
    env.git(&["tag", "v0.1"]);
    env.push(&["origin", "v0.1"]).assert_accepted();
    assert_eq!(env.server_ref("refs/tags/v0.1").as_deref(), Some(leaky.as_str()));
}

// 5 -------------------------------------------------------------------------

#[test]
fn branch_deletion_is_accepted() {
    let env = Env::new("branch_deletion_is_accepted");
    let token = env.github_token();
    env.commit_file("README.md", "# app\n", "initial");
    env.push(&["origin", "main"]).assert_accepted();
    env.git(&["checkout", "-q", "-b", "topic"]);
    env.commit_file("creds.txt", &format!("{token}\n"), "oops");
    // The branch with the secret got in before the hook existed.
    env.push(&["origin", "topic"]).assert_accepted();
    env.install_hook();

    let run = env.push(&["origin", ":topic"]);
    run.assert_accepted();
    assert_eq!(env.server_ref("refs/heads/topic"), None);
    assert!(env.server_ref("refs/heads/main").is_some());
    assert!(env.incidents().is_empty(), "{}", env.log_text());
}

// 6 -------------------------------------------------------------------------

#[test]
fn force_push_of_amended_commit_is_checked() {
    let env = Env::new("force_push_of_amended_commit_is_checked");
    env.commit_file("README.md", "# app\n", "initial");
    let clean = env.commit_file("app.cfg", "user = deploy\n", "config");
    env.push(&["origin", "main"]).assert_accepted();
    env.install_hook();

    // Amend the pushed commit into one that carries a secret.
    let token = env.github_token();
    env.write("app.cfg", format!("user = deploy\ntoken = {token}\n"));
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "--amend", "-m", "config with token"]);
    let amended = env.rev("HEAD");
    let run = env.push(&["--force", "origin", "main"]);
    run.assert_rejected_for_secrets();
    let block = finding_block(&run, "app.cfg");
    assert_eq!(
        field(&block, "commit"),
        format!("{} on refs/heads/main", short(&amended))
    );
    assert_eq!(field(&block, "where"), "app.cfg:2");
    run.assert_remote_contains("git commit --amend");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(clean.as_str()));
    assert!(!env.server_has_object(&amended));

    // Amend again, without the secret: the force push goes through.
    env.write("app.cfg", "user = deploy\ntoken_file = /run/secrets/token\n");
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "--amend", "-m", "config reading the token from a file"]);
    let fixed = env.rev("HEAD");
    env.push(&["--force", "origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(fixed.as_str()));
}

// 7 -------------------------------------------------------------------------

#[test]
fn annotated_tag_with_secret_in_message_is_rejected() {
    let (env, base) = with_clean_main("annotated_tag_with_secret_in_message_is_rejected");
    let token = env.github_token();
    let message = format!("Release 1.0\n\ndeploy with token {token}\n");
    env.git(&["tag", "-a", "v1.0", "-m", &message]);
    let tag = env.rev("refs/tags/v1.0");
    assert_ne!(tag, base, "an annotated tag is its own object");
    let run = env.push(&["origin", "v1.0"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    let block = finding_block(&run, "tag message");
    assert!(block.contains(env.github_id()), "{block}");
    assert_eq!(field(&block, "where"), "(tag message):3");
    assert!(field(&block, "commit").starts_with(short(&tag)), "{block}");
    run.assert_remote_contains("git tag -d");
    assert_eq!(env.server_ref("refs/tags/v1.0"), None);
    assert!(!env.server_has_object(&tag));
}

#[test]
fn secret_in_commit_message_is_rejected() {
    let (env, _) = with_clean_main("secret_in_commit_message_is_rejected");
    let token = env.github_token();
    env.write("notes.txt", "nothing to see\n");
    env.git(&["add", "-A"]);
    env.git(&[
        "commit",
        "-q",
        "-m",
        &format!("Add notes\n\nUsed {token} to test the API."),
    ]);
    let bad = env.rev("HEAD");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    let block = finding_block(&run, "commit message");
    assert_eq!(field(&block, "where"), "(commit message):3");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/main", short(&bad)));
    assert!(!env.server_has_object(&bad));
}

// 8 -------------------------------------------------------------------------

#[test]
fn merge_resolution_adding_secret_is_rejected_naming_merge_commit() {
    let (env, base) = with_clean_main("merge_resolution_adding_secret_is_rejected_naming_merge_commit");
    env.git(&["checkout", "-q", "-b", "feature"]);
    let side = env.commit_file("feature.txt", "a feature\n", "feature work");
    env.git(&["checkout", "-q", "main"]);
    let ours = env.commit_file("service.conf", "port = 8080\nworkers = 4\n", "service config");

    // An "evil merge": the resolution adds content neither side has.
    env.git(&["merge", "-q", "--no-ff", "--no-commit", "feature"]);
    let token = env.github_token();
    env.write(
        "service.conf",
        format!("port = 8080\ngithub_token = {token}\nworkers = 4\n"),
    );
    let merge = env.commit_all("Merge branch 'feature'");
    assert_eq!(
        env.git(&["rev-list", "--parents", "-n1", "HEAD"]).split(' ').count(),
        3,
        "not a merge"
    );

    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    let block = finding_block(&run, "service.conf");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/main", short(&merge)));
    assert_eq!(field(&block, "where"), "service.conf:2");
    for c in [&side, &ours, &merge] {
        assert!(!env.server_has_object(c), "{c} landed");
    }
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn merging_branch_with_secret_already_on_server_is_accepted() {
    let env = Env::new("merging_branch_with_secret_already_on_server_is_accepted");
    env.commit_file("README.md", "# app\n", "initial");
    env.push(&["origin", "main"]).assert_accepted();
    // Before the hook: a branch with a secret reaches the server.
    env.git(&["checkout", "-q", "-b", "legacy"]);
    let token = env.github_token();
    env.commit_file(
        "legacy/secrets.env",
        &format!("A=1\nGITHUB_TOKEN={token}\n"),
        "legacy config",
    );
    env.push(&["origin", "legacy"]).assert_accepted();

    env.install_hook();
    env.git(&["checkout", "-q", "main"]);
    env.commit_file("CHANGELOG.md", "- new things\n", "changelog");
    env.git(&["merge", "-q", "--no-ff", "-m", "Merge branch 'legacy'", "legacy"]);
    let merge = env.rev("HEAD");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_lacks("secret");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(merge.as_str()));
    assert!(env.incidents().is_empty(), "{}", env.log_text());
}

// 9 -------------------------------------------------------------------------

#[test]
fn binary_blob_is_accepted_and_reported_not_scanned() {
    let (env, _) = with_clean_main("binary_blob_is_accepted_and_reported_not_scanned");
    let token = env.github_token();
    let mut data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01".to_vec();
    data.extend_from_slice(format!("\ntoken={token}\n").as_bytes());
    data.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
    env.write("assets/logo.png", &data);
    let c = env.commit_all("logo");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("assets/logo.png");
    run.assert_remote_contains("not scanned");
    assert!(run.remote().contains("binary"), "{}", run.describe());
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
}

#[test]
fn oversized_blob_is_rejected_by_default_and_accepted_with_on_limit_accept() {
    let (env, base) = with_clean_main("oversized_blob_is_rejected_by_default_and_accepted_with_on_limit_accept");
    env.set_config("[limits]\nmax_blob_bytes = 1000\n");
    let mut text = String::new();
    while text.len() < 5000 {
        text.push_str(&env.filler(10));
        text.push('\n');
    }
    env.write("data/big.txt", &text);
    let c = env.commit_all("big data");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    run.assert_remote_contains("pushguard rejected this push");
    run.assert_remote_contains("data/big.txt");
    assert!(!env.server_has_object(&c));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));

    env.set_config("[limits]\nmax_blob_bytes = 1000\n[policy]\non_limit = \"accept\"\n");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("warning");
    run.assert_remote_contains("data/big.txt");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));

    let log = env.incidents();
    assert_eq!(log.len(), 2, "{}", env.log_text());
    assert_eq!(log[0]["action"], "limit");
    assert_eq!(log[0]["verdict"], "rejected");
    assert_eq!(log[1]["action"], "limit");
    assert_eq!(log[1]["verdict"], "accepted");
}

// 10 ------------------------------------------------------------------------

#[test]
fn non_utf8_path_with_secret_is_rejected_and_shown_escaped() {
    let (env, _) = with_clean_main("non_utf8_path_with_secret_is_rejected_and_shown_escaped");
    let token = env.github_token();
    env.write(os_path(b"caf\xe9.env"), format!("NAME=cafe\nGITHUB_TOKEN={token}\n"));
    let bad = env.commit_all("non-UTF-8 file name");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    let block = finding_block(&run, "caf");
    assert_eq!(field(&block, "where"), "caf\\xe9.env:2");
    assert!(!env.server_has_object(&bad));
    let log = env.incidents();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["findings"][0]["path"], "caf\\xe9.env");
}

// 11 ------------------------------------------------------------------------

#[test]
fn old_secret_in_modified_file_is_not_reported_again() {
    let env = Env::new("old_secret_in_modified_file_is_not_reported_again");
    let token = env.github_token();
    env.commit_file(
        "settings.py",
        &format!("DEBUG = False\nGITHUB_TOKEN = \"{token}\"\nWORKERS = 2\n"),
        "settings",
    );
    env.push(&["origin", "main"]).assert_accepted();

    env.install_hook();
    env.write(
        "settings.py",
        format!("DEBUG = False\nGITHUB_TOKEN = \"{token}\"\nWORKERS = 8\n"),
    );
    let c = env.commit_all("more workers");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_lacks("settings.py");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    assert!(env.incidents().is_empty(), "{}", env.log_text());
}

// 12 ------------------------------------------------------------------------

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
fn one_secret_branch_rejects_the_whole_multi_ref_push() {
    let (env, base) = with_clean_main("one_secret_branch_rejects_the_whole_multi_ref_push");
    env.git(&["checkout", "-q", "-b", "docs"]);
    let docs = env.commit_file("docs.md", "clean docs\n", "docs");
    env.git(&["checkout", "-q", "-b", "leak", "main"]);
    let key = env.aws_key_id();
    let leak = env.commit_file("aws.txt", &format!("aws_access_key_id = {key}\n"), "aws");
    let run = env.push(&["origin", "docs", "leak"]);
    run.assert_rejected_for_secrets();
    let block = finding_block(&run, "aws.txt");
    assert!(block.contains(env.aws_id()), "{block}");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/leak", short(&leak)));
    // pre-receive decides for the push as a whole.
    assert_eq!(
        run.stderr.matches("pre-receive hook declined").count(),
        2,
        "{}",
        run.describe()
    );
    assert_eq!(env.server_ref("refs/heads/docs"), None);
    assert_eq!(env.server_ref("refs/heads/leak"), None);
    assert!(!env.server_has_object(&docs));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn secret_in_push_kept_as_pack_is_rejected() {
    let (env, _) = with_clean_main("secret_in_push_kept_as_pack_is_rejected");
    // Keep every push as a pack in the quarantine, as big pushes are.
    env.server_git(&["config", "receive.unpackLimit", "1"]);
    for i in 0..20 {
        env.write(format!("module{i}.txt"), format!("{}\n", env.filler(8)));
    }
    let token = env.github_token();
    env.write("module7.txt", format!("{}\nkey = {token}\n", env.filler(8)));
    let bad = env.commit_all("many modules");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(field(&finding_block(&run, "module7.txt"), "where"), "module7.txt:2");
    assert!(!env.server_has_object(&bad));
}

#[test]
fn thin_pack_base_with_old_secret_is_not_reported() {
    let env = Env::new("thin_pack_base_with_old_secret_is_not_reported");
    // A long file whose old version holds a secret, pushed before the hook.
    let token = env.github_token();
    let mut lines: Vec<String> = (0..200).map(|_| env.filler(8)).collect();
    lines[100] = format!("token = {token}");
    env.commit_file("big.txt", &(lines.join("\n") + "\n"), "big file");
    env.push(&["origin", "main"]).assert_accepted();

    env.install_hook();
    // Packs are kept, and index-pack --fix-thin copies the delta base (the
    // old version, with the secret) into the quarantine.
    env.server_git(&["config", "receive.unpackLimit", "1"]);
    lines[5] = env.filler(8);
    let c = env.commit_file("big.txt", &(lines.join("\n") + "\n"), "edit line 6");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_lacks("big.txt");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    assert!(env.incidents().is_empty(), "{}", env.log_text());
}

// 13 ------------------------------------------------------------------------

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

// 14 ------------------------------------------------------------------------

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

// Installation through the shipped wrapper script ---------------------------

#[test]
fn wrapper_script_hook_runs_the_binary_named_by_pushguard() {
    let env = Env::new("wrapper_script_hook_runs_the_binary_named_by_pushguard");
    env.install_wrapper_hook();
    env.set_env("PUSHGUARD", bin().to_str().expect("utf-8 path"));
    let base = env.commit_file("README.md", "# app\n", "initial");
    env.push(&["origin", "main"]).assert_accepted();
    let token = env.github_token();
    env.commit_file("x.env", &format!("T={token}\n"), "token");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(field(&finding_block(&run, "x.env"), "where"), "x.env:1");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn wrapper_script_without_binary_fails_closed() {
    let env = Env::new("wrapper_script_without_binary_fails_closed");
    env.install_wrapper_hook();
    env.set_env("PUSHGUARD", env.root.join("no-such-binary").to_str().expect("utf-8"));
    env.commit_file("README.md", "# app\n", "initial");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    run.assert_remote_contains("pushguard is not installed");
    assert_eq!(env.server_ref("refs/heads/main"), None);
}
