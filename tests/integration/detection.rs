//! Detection quality behaviours from issue 13, through the real binary and
//! real pushes: publishable keys warn, documentation examples carry a lower
//! confidence that the policy can block on, failed checksums are not
//! findings, and long-tail keys are found next to their provider's name.

use serde_json::Value;

use crate::support::{with_clean_main, Env};

/// Runs `pushguard scan --format json [--all] PATH` and returns the findings.
fn scan(env: &Env, path: &str, all: bool, code: i32) -> Vec<Value> {
    let mut args = vec!["scan", "--format", "json"];
    if all {
        args.push("--all");
    }
    args.push(path);
    let run = env.pushguard(&env.root, &args, b"", &[]);
    run.assert_code(code);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e})\n{}", run.describe()))
}

/// 32 lower-case hex digits from the test's generator, registered for the
/// leak assertion.
fn hex32(env: &Env) -> String {
    let raw = env.custom_secret("", 32);
    let hex: String = raw
        .bytes()
        .map(|b| char::from(b"0123456789abcdef"[usize::from(b % 16)]))
        .collect();
    env.register_secret(&hex);
    hex
}

#[test]
fn issue_13_firebase_web_config_is_reported_but_does_not_block_a_push() {
    let (env, _) = with_clean_main("issue_13_firebase_web_config_is_reported_but_does_not_block_a_push");
    let key = env.custom_secret("AIza", 35);
    env.commit_file(
        "web/src/firebase.ts",
        &format!(
            "import {{ initializeApp }} from 'firebase/app';\n\nconst firebaseConfig = {{\n  apiKey: '{key}',\n  authDomain: 'shop-prod.firebaseapp.com',\n  projectId: 'shop-prod',\n}};\n\nexport const app = initializeApp(firebaseConfig);\n"
        ),
        "add firebase config",
    );
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("not blocking");
    run.assert_remote_contains("publishable");
}

#[test]
fn issue_13_the_same_key_in_a_server_env_file_blocks() {
    let (env, _) = with_clean_main("issue_13_the_same_key_in_a_server_env_file_blocks");
    let key = env.custom_secret("AIza", 35);
    env.commit_file("deploy/prod.env", &format!("GOOGLE_API_KEY={key}\n"), "add env");
    env.push(&["origin", "main"]).assert_rejected_for_secrets();
}

#[test]
fn issue_13_block_confidence_low_blocks_what_a_comment_calls_an_example() {
    let (env, _) = with_clean_main("issue_13_block_confidence_low_blocks_what_a_comment_calls_an_example");
    let value = env.custom_secret("Zq", 30);
    env.commit_file(
        "app/settings.py",
        &format!("API_TOKEN = \"{value}\"  # for example; set the real one in the environment\n"),
        "settings",
    );
    // Default policy: low confidence warns only.
    env.push(&["origin", "main"])
        .assert_accepted()
        .assert_remote_contains("not blocking");
    // The repository's own setting blocks on low confidence too.
    env.server_git(&["config", "pushguard.blockConfidence", "low"]);
    let again = env.custom_secret("Zq", 30);
    env.commit_file(
        "app/local_settings.py",
        &format!("API_TOKEN = \"{again}\"  # for example; set the real one in the environment\n"),
        "local settings",
    );
    env.push(&["origin", "main"]).assert_rejected_for_secrets();
}

#[test]
fn issue_13_scan_lists_non_blocking_findings_only_with_all() {
    let env = Env::new("issue_13_scan_lists_non_blocking_findings_only_with_all");
    let dir = env.root.join("site");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let pk = env.custom_secret("pk_live_", 24);
    std::fs::write(dir.join("checkout.js"), format!("const stripe = Stripe('{pk}');\n")).expect("write");
    let path = dir.to_str().expect("utf-8");
    assert!(scan(&env, path, false, 0).is_empty());
    let all = scan(&env, path, true, 0);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["publishable"], true, "{all:?}");
    assert_eq!(all[0]["blocking"], false, "{all:?}");
    assert!(all[0]["confidence"].is_string(), "{all:?}");
}

#[test]
fn issue_13_a_github_token_with_a_failing_checksum_is_not_reported() {
    let env = Env::new("issue_13_a_github_token_with_a_failing_checksum_is_not_reported");
    let dir = env.root.join("repo");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let good = env.github_token();
    // Change the last checksum character: same shape, wrong CRC32.
    let mut bad = good.clone().into_bytes();
    let last = bad.len() - 1;
    bad[last] = if bad[last] == b'A' { b'B' } else { b'A' };
    let bad = String::from_utf8(bad).expect("ascii");
    env.register_secret(&bad);
    std::fs::write(dir.join("ci.env"), format!("GITHUB_TOKEN={bad}\n")).expect("write");
    assert!(scan(&env, dir.to_str().expect("utf-8"), true, 0).is_empty());
    std::fs::write(dir.join("ci.env"), format!("GITHUB_TOKEN={good}\n")).expect("write");
    let found = scan(&env, dir.to_str().expect("utf-8"), false, 1);
    assert_eq!(found[0]["confidence"], "high", "{found:?}");
    assert_eq!(found[0]["checksum"], true, "{found:?}");
}

#[test]
fn issue_13_a_long_tail_key_is_found_next_to_its_provider_name_only() {
    let (env, _) = with_clean_main("issue_13_a_long_tail_key_is_found_next_to_its_provider_name_only");
    let key = hex32(&env);
    // A hex value of the same shape with no provider name is a hash.
    env.commit_file(
        "lib/cache.rs",
        &format!("const SEED_DIGEST: &str = \"{key}\";\n"),
        "digest",
    );
    env.push(&["origin", "main"]).assert_accepted();
    let other = hex32(&env);
    env.commit_file(
        "config/geo.yml",
        &format!("geo:\n  provider: ipstack\n  ipstack_access_key: {other}\n"),
        "geo lookup",
    );
    env.push(&["origin", "main"])
        .assert_rejected_for_secrets()
        .assert_remote_contains("ipstack-access-key");
}

#[test]
fn issue_13_private_keys_in_string_literals_and_doc_comments() {
    let env = Env::new("issue_13_private_keys_in_string_literals_and_doc_comments");
    let dir = env.root.join("src");
    std::fs::create_dir_all(&dir).expect("mkdir");
    // A PKCS#8 body of random base64, split the way source code splits it.
    let body: String = env.custom_secret("MIIEv", 635);
    let b64: String = body
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() { b as char } else { 'A' })
        .collect();
    let lines: Vec<&str> = b64
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).expect("ascii"))
        .collect();
    for l in &lines {
        env.register_secret(l);
    }
    let concat: String = lines.iter().map(|l| format!("    \"{l}\\n\",\n")).collect();
    std::fs::write(
        dir.join("keys.rs"),
        format!("const KEY: &str = concat!(\n    \"-----BEGIN PRIVATE KEY-----\\n\",\n{concat}    \"-----END PRIVATE KEY-----\\n\"\n);\n"),
    )
    .expect("write");
    let doc: String = lines.iter().map(|l| format!("//! {l}\n")).collect();
    std::fs::write(
        dir.join("lib.rs"),
        format!("//! ```text\n//! -----BEGIN PRIVATE KEY-----\n{doc}//! -----END PRIVATE KEY-----\n//! ```\n"),
    )
    .expect("write");
    let found = scan(&env, dir.to_str().expect("utf-8"), false, 1);
    let mut paths: Vec<&str> = found.iter().filter_map(|f| f["path"].as_str()).collect();
    paths.sort_unstable();
    assert_eq!(paths.len(), 2, "{found:?}");
    assert!(
        paths[0].ends_with("keys.rs") && paths[1].ends_with("lib.rs"),
        "{paths:?}"
    );
}

#[test]
fn issue_13_pagination_and_idempotency_tokens_are_not_secrets_but_their_neighbours_are() {
    let env = Env::new("issue_13_pagination_and_idempotency_tokens_are_not_secrets_but_their_neighbours_are");
    let dir = env.root.join("docs");
    std::fs::create_dir_all(&dir).expect("mkdir");
    // AWS-style responses: a pagination cursor and an idempotency UUID are
    // request bookkeeping; the camel-case name is read whole (`NextToken`,
    // not just the `tToken` the pattern starts at).
    let cursor = env.custom_secret("", 40);
    std::fs::write(
        dir.join("list.json"),
        format!(
            "{{\n  \"NextToken\": \"{cursor}\",\n  \"IdempotencyToken\": \"527c5358-2a1a-4b9e-b1b9-7293b0ddff42\"\n}}\n"
        ),
    )
    .expect("write");
    let found = scan(&env, dir.to_str().expect("utf-8"), false, 0);
    assert!(found.is_empty(), "{found:?}");
    // The same value under a session token's name is a credential.
    std::fs::write(
        dir.join("creds.json"),
        format!("{{\n  \"SessionToken\": \"{cursor}\"\n}}\n"),
    )
    .expect("write");
    let found = scan(&env, dir.to_str().expect("utf-8"), false, 1);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]["path"].as_str().is_some_and(|p| p.ends_with("creds.json")),
        "{found:?}"
    );
}

#[test]
fn issue_13_references_type_names_and_schema_hashes_are_not_secrets_but_a_literal_beside_them_is() {
    let env = Env::new("issue_13_references_type_names_and_schema_hashes_are_not_secrets");
    let dir = env.root.join("src");
    std::fs::create_dir_all(&dir).expect("mkdir");
    // A value that names its own variable, a type annotation, a generated
    // client's model map, a `my_` template, a `_ref` pointer, a SigV4
    // credential scope and a schema's per-type hash: none holds a literal.
    std::fs::write(
        dir.join("client.py"),
        concat!(
            "cached_token = self._oauth2_access_token\n",
            "def login(self, auth: OneLogin_Saml2_Auth):\n",
            "MODELS = {\"StorageV1TokenRequest\": \".models.storage_v1_token_request\"}\n",
            "body = {\"credentialId\": \"my_credentialId\", \"secret_ref\": \"V1LocalObjectReference\"}\n",
            "url = \"?X-Amz-Credential=assetsbucket%2F20240611%2Feu-west-1%2Fs3%2Faws4_request\"\n",
            "HASHES = {\"AWS::Demo::SigningKey\": \"4be1c07a9d2f6e35\"}\n",
        ),
    )
    .expect("write");
    let found = scan(&env, dir.to_str().expect("utf-8"), false, 0);
    assert!(found.is_empty(), "{found:?}");
    // A literal under the same name is a credential.
    let literal = env.custom_secret("", 32);
    std::fs::write(dir.join("settings.py"), format!("cached_token = \"{literal}\"\n")).expect("write");
    let found = scan(&env, dir.to_str().expect("utf-8"), false, 1);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]["path"].as_str().is_some_and(|p| p.ends_with("settings.py")),
        "{found:?}"
    );
}
