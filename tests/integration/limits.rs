//! Limits. Files the hook does not scan (binaries, blobs over
//! `max_blob_bytes`, files left when the time budget runs out) are listed;
//! those over a limit are a limit event that `on_limit` decides (reject by
//! default). `max_findings_shown` shortens the list the developer sees, not
//! the log.

use crate::support::{finding_count, with_clean_main};

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

#[test]
fn large_binary_blob_is_not_a_limit_event() {
    let (env, _) = with_clean_main("large_binary_blob_is_not_a_limit_event");
    env.set_config("[limits]\nmax_blob_bytes = 1000\n");
    // NUL in the first 8,000 bytes: a binary. docs/configuration.md: binary
    // blobs "are never scanned and never block; they are listed as not
    // scanned", whatever their size.
    let mut data = vec![0u8; 16];
    data.extend((0..5000u32).map(|i| b'a' + (i % 26) as u8));
    env.write("assets/archive.bin", &data);
    let c = env.commit_all("binary asset");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("assets/archive.bin");
    run.assert_remote_contains("binary");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
}

#[test]
fn findings_beyond_max_shown_are_summarised() {
    let (env, _) = with_clean_main("findings_beyond_max_shown_are_summarised");
    env.set_config("[limits]\nmax_findings_shown = 2\n");
    let tokens: Vec<String> = (0..3).map(|_| env.github_token()).collect();
    env.write(
        "many.env",
        tokens.iter().map(|t| format!("T={t}\n")).collect::<String>(),
    );
    env.commit_all("three tokens");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    run.assert_remote_contains("3 secrets");
    assert_eq!(finding_count(&run), 2, "{}", run.describe());
    run.assert_remote_contains("and 1 more");
    let log = env.incidents();
    assert_eq!(
        log[0]["findings"].as_array().map(Vec::len),
        Some(3),
        "the log keeps every finding"
    );
}

#[test]
fn time_budget_exhausted_rejects_by_default_and_names_unscanned_files() {
    let (env, base) = with_clean_main("time_budget_exhausted_rejects_by_default_and_names_unscanned_files");
    // A budget of zero has run out before the first file is scanned.
    env.set_config("[limits]\ntime_budget_ms = 0\n");
    env.write("notes/todo.txt", "buy milk\n");
    let c = env.commit_all("notes");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    run.assert_remote_contains("notes/todo.txt");
    run.assert_remote_contains("time budget");
    assert!(!env.server_has_object(&c));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    let log = env.incidents();
    assert_eq!(log.len(), 1, "{}", env.log_text());
    assert_eq!(log[0]["action"], "limit");

    env.set_config("[limits]\ntime_budget_ms = 0\n[policy]\non_limit = \"accept\"\n");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("time budget");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
}
