//! Hostile and unusual pushes (issue 6): each must end with the policy's
//! verdict and a clear message, within its budget and with the hook's peak
//! memory under 1 GB. Big fixtures are built with `git fast-import`, pushed
//! with the real `git push` to a bare repository whose `pre-receive` hook is
//! pushguard. The hook reports its wall time and peak RSS
//! (`PUSHGUARD_TIMING`); the tests assert the memory bound and print both
//! (`cargo test --test integration hostile -- --nocapture`), but assert no
//! wall-clock time.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::support::{field, finding_block, finding_count, short, utf16, with_clean_main, Env, Run};

/// Peak RSS every hostile push must stay under.
const MAX_PEAK_KIB: u64 = 1 << 20;

/// A `git fast-import` stream.
#[derive(Default)]
struct Stream(Vec<u8>);

impl Stream {
    /// Starts commit `mark` on `refs/heads/main`; the first one names its
    /// parent with `from`.
    fn commit(&mut self, mark: usize, message: &str, from: Option<&str>) {
        self.0.extend_from_slice(
            format!(
                "commit refs/heads/main\nmark :{mark}\ncommitter Test <t@example.invalid> {} +0000\ndata {}\n{message}\n",
                1_700_000_000 + mark,
                message.len()
            )
            .as_bytes(),
        );
        if let Some(from) = from {
            self.0.extend_from_slice(format!("from {from}\n").as_bytes());
        }
    }

    /// A file of the current commit (`mode` 100644, 120000 for a symlink).
    fn file(&mut self, mode: &str, path: &[u8], data: &[u8]) {
        self.0.extend_from_slice(format!("M {mode} inline ").as_bytes());
        self.0.extend_from_slice(path);
        self.0.extend_from_slice(format!("\ndata {}\n", data.len()).as_bytes());
        self.0.extend_from_slice(data);
        self.0.push(b'\n');
    }

    fn import(self, env: &Env) {
        env.git_with_stdin(&env.work, &["fast-import", "--quiet"], &self.0);
    }
}

/// The hook's own wall time (ms) and peak RSS (KiB) from its timing line.
fn hook_stats(run: &Run) -> (f64, u64) {
    let line = run
        .remote_lines()
        .into_iter()
        .find(|l| l.starts_with("pushguard: hook took "))
        .unwrap_or_else(|| panic!("no timing line\n{}", run.describe()));
    let ms = line
        .split_whitespace()
        .nth(3)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("bad timing line {line:?}"));
    let kib = line
        .split("peak RSS ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("bad timing line {line:?}"));
    (ms, kib)
}

/// Prints the hook's time and memory for this case and checks the bound.
#[track_caller]
fn assert_bounded(case: &str, run: &Run) {
    let (ms, kib) = hook_stats(run);
    eprintln!("hostile case {case}: hook took {ms:.0} ms, peak RSS {} MiB", kib / 1024);
    assert!(
        kib < MAX_PEAK_KIB,
        "{case}: peak RSS {kib} KiB is over 1 GB\n{}",
        run.describe()
    );
}

/// A world with a clean `main` on the server, the hook installed, timing
/// on and `config` as the configuration.
fn world(name: &str, config: &str) -> (Env, String) {
    let (env, base) = with_clean_main(name);
    env.set_config(config);
    env.set_env("PUSHGUARD_TIMING", "1");
    (env, base)
}

#[track_caller]
fn assert_one_limit_record(env: &Env, path: &str, reason: &str) {
    let log = env.incidents();
    let last = log.last().unwrap_or_else(|| panic!("no incident record"));
    assert_eq!(last["action"], "limit", "{last}");
    let skipped = last["skipped"].as_array().expect("skipped list");
    assert!(
        skipped.iter().any(|s| s["path"] == path && s["reason"] == reason),
        "no {reason} record for {path}: {last}"
    );
}

#[test]
fn hostile_single_line_blob_of_200_mb_is_a_clear_limit_event() {
    let (env, base) = world("hostile_single_line_blob_of_200_mb_is_a_clear_limit_event", "");
    let size = 200usize << 20;
    let mut data = Vec::with_capacity(size);
    while data.len() < size {
        data.extend_from_slice(b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789+/");
    }
    data.truncate(size);
    let mut s = Stream::default();
    s.commit(1, "one huge line", Some(&base));
    s.file("100644", b"data/huge.txt", &data);
    drop(data);
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    run.assert_remote_contains("pushguard rejected this push: 1 file could not be checked");
    run.assert_remote_contains(
        "data/huge.txt: not scanned: the file is 209715200 bytes (200.0 MiB), over the per-file limit of 33554432 bytes (32.0 MiB), set by limits.max_blob_bytes",
    );
    assert_one_limit_record(&env, "data/huge.txt", "too-large");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert_bounded("200 MB single line", &run);
}

#[test]
fn hostile_commit_with_100000_files_finds_the_one_secret() {
    let (env, base) = world(
        "hostile_commit_with_100000_files_finds_the_one_secret",
        "[limits]\ntime_budget_ms = 600000\n",
    );
    let token = env.github_token();
    let mut s = Stream::default();
    s.commit(1, "a hundred thousand files", Some(&base));
    for i in 0..100_000 {
        let path = format!("tree/d{:03}/f{i:05}.txt", i / 1000);
        if i == 42_042 {
            s.file(
                "100644",
                path.as_bytes(),
                format!("name = x\ntoken = {token}\n").as_bytes(),
            );
        } else {
            s.file("100644", path.as_bytes(), format!("value {i}\n").as_bytes());
        }
    }
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    assert_eq!(field(&finding_block(&run, "f42042"), "where"), "tree/d042/f42042.txt:2");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert_bounded("100,000 files", &run);
}

#[test]
fn hostile_push_of_20000_commits_finds_the_secret_and_its_commit() {
    let (env, base) = world(
        "hostile_push_of_20000_commits_finds_the_secret_and_its_commit",
        "[limits]\ntime_budget_ms = 600000\n",
    );
    let token = env.github_token();
    let (total, leaky_at) = (20_000, 12_345);
    let mut s = Stream::default();
    for i in 1..=total {
        s.commit(i, &format!("change {i}"), (i == 1).then_some(base.as_str()));
        s.file(
            "100644",
            format!("src/f{}.txt", i % 50).as_bytes(),
            format!("line {i}\n").as_bytes(),
        );
        if i == leaky_at {
            s.file(
                "100644",
                b"config/keys.env",
                format!("# keys\nGITHUB_TOKEN={token}\n").as_bytes(),
            );
        }
    }
    s.import(&env);
    let leaky = env.rev(&format!("main~{}", total - leaky_at));
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    let block = finding_block(&run, "config/keys.env");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/main", short(&leaky)));
    assert_eq!(field(&block, "where"), "config/keys.env:2");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert_bounded("20,000 commits", &run);
}

#[test]
fn hostile_tree_1000_levels_deep_finds_the_secret_at_the_bottom() {
    let (env, base) = world("hostile_tree_1000_levels_deep_finds_the_secret_at_the_bottom", "");
    let token = env.github_token();
    let dir = "d/".repeat(1000);
    let path = format!("{dir}secret.env");
    let mut s = Stream::default();
    s.commit(1, "deep tree", Some(&base));
    s.file("100644", format!("{dir}readme.txt").as_bytes(), b"nothing here\n");
    s.file(
        "100644",
        path.as_bytes(),
        format!("a = 1\nb = 2\nTOKEN={token}\n").as_bytes(),
    );
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    assert_eq!(field(&finding_block(&run, "secret.env"), "where"), format!("{path}:3"));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert_bounded("tree 1,000 levels deep", &run);
}

/// Every keyword of every built-in detector, from `detectors list --json`.
fn all_keywords(env: &Env) -> Vec<String> {
    let run = env.pushguard(&env.root, &["detectors", "list", "--json"], b"", &[]);
    run.assert_code(0);
    let list: serde_json::Value = serde_json::from_str(&run.stdout).expect("detector list JSON");
    let mut kws: Vec<String> = list
        .as_array()
        .expect("a list")
        .iter()
        .flat_map(|d| d["keywords"].as_array().cloned().unwrap_or_default())
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    kws.sort();
    kws.dedup();
    assert!(kws.len() > 100, "only {} keywords", kws.len());
    kws
}

#[test]
fn hostile_50_mb_of_dense_keyword_text_is_scanned_or_reported_over_budget() {
    // Raised so that the file is scanned, not skipped for its size.
    let (env, base) = world(
        "hostile_50_mb_of_dense_keyword_text_is_scanned_or_reported_over_budget",
        "[limits]\nmax_blob_bytes = 67108864\n",
    );
    let keywords = all_keywords(&env);
    let token = env.github_token();
    let mut text = Vec::with_capacity(51 << 20);
    let mut line = 0usize;
    let mut secret_line = 0;
    'fill: loop {
        for kw in &keywords {
            if text.len() >= 50 << 20 {
                break 'fill;
            }
            line += 1;
            if line == 600_000 {
                text.extend_from_slice(format!("deploy_token = {token}\n").as_bytes());
                secret_line = line;
                line += 1;
            }
            text.extend_from_slice(format!("{kw}=value_{} {kw}: abc\n", line % 97).as_bytes());
        }
    }
    assert!(secret_line > 0);
    let mut s = Stream::default();
    s.commit(1, "dense keywords", Some(&base));
    s.file("100644", b"dense/keywords.txt", &text);
    drop(text);
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    // Never a silent pass: either the secret is found, or the file is
    // reported as not scanned because the budget ran out.
    run.assert_declined();
    if run.remote().contains("time budget") {
        run.assert_remote_contains(
            "dense/keywords.txt: not scanned: the time budget of 20000 ms for this push ran out",
        );
        assert_one_limit_record(&env, "dense/keywords.txt", "time-budget");
        eprintln!("hostile case dense keywords: over the time budget");
    } else {
        run.assert_rejected_for_secrets();
        assert_eq!(
            field(&finding_block(&run, env.github_id()), "where"),
            format!("dense/keywords.txt:{secret_line}")
        );
    }
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert_bounded("50 MB dense keywords", &run);
}

#[test]
fn hostile_lines_built_to_slow_regexes_still_find_the_secret() {
    let (env, base) = world("hostile_lines_built_to_slow_regexes_still_find_the_secret", "");
    let token = env.github_token();
    let b64: Vec<u8> = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        .iter()
        .copied()
        .cycle()
        .take(1 << 20)
        .collect();
    let hex: Vec<u8> = b"0123456789abcdef".iter().copied().cycle().take(1 << 20).collect();
    let mut text = Vec::new();
    // 1: a megabyte of base64 alphabet after keywords of several detectors.
    for kw in ["AKIA", "ghp_", "xoxb-", "api_key=", "AIza", "sk_live_", "eyJ"] {
        text.extend_from_slice(kw.as_bytes());
        text.extend_from_slice(&b64[..128 << 10]);
    }
    text.push(b'\n');
    // 2: hex runs after secret-ish keys.
    for kw in ["secret=", "token: ", "password = \"", "Authorization: Bearer "] {
        text.extend_from_slice(kw.as_bytes());
        text.extend_from_slice(&hex[..256 << 10]);
        text.push(b' ');
    }
    text.push(b'\n');
    // 3: one line of repeated prefixes.
    text.extend_from_slice(&b"password=".repeat(100_000));
    text.push(b'\n');
    // 4: nested quotes and assignments without values.
    text.extend_from_slice(&b"api_key = \"'".repeat(50_000));
    text.push(b'\n');
    // 5: a megabyte long line, then the real secret at its end.
    text.extend_from_slice(&b64);
    text.extend_from_slice(format!(" token={token}\n").as_bytes());
    let mut s = Stream::default();
    s.commit(1, "slow regex bait", Some(&base));
    s.file("100644", b"bait/lines.txt", &text);
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(
        field(&finding_block(&run, env.github_id()), "where"),
        "bait/lines.txt:5"
    );
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert_bounded("lines built to slow regexes", &run);
}

#[test]
fn hostile_crlf_and_mixed_line_endings_give_the_right_line() {
    let (env, base) = world("hostile_crlf_and_mixed_line_endings_give_the_right_line", "");
    let (t1, t2) = (env.github_token(), env.github_token());
    env.write(
        "win/app.ini",
        format!("[app]\r\nname = x\r\ntoken = {t1}\r\nend = 1\r\n"),
    );
    // A lone CR is not a line break (git and editors agree on LF).
    env.write(
        "mixed/app.cfg",
        format!("a = 1\r\nb = 2\nc = 3\rd = 4\r\n\ntoken = {t2}\n"),
    );
    env.commit_all("line endings");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 2, "{}", run.describe());
    assert_eq!(field(&finding_block(&run, "win/app.ini"), "where"), "win/app.ini:3");
    assert_eq!(field(&finding_block(&run, "mixed/app.cfg"), "where"), "mixed/app.cfg:5");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn hostile_utf16_text_is_scanned_with_line_numbers() {
    let (env, base) = world("hostile_utf16_text_is_scanned_with_line_numbers", "");
    let (t1, t2, t3) = (env.github_token(), env.github_token(), env.github_token());
    env.write(
        "win/le.reg",
        utf16(&format!("Windows Registry\r\n\"Token\"=\"{t1}\"\r\n"), false, true),
    );
    env.write(
        "win/be.txt",
        utf16(&format!("first\nsecond \u{e9}\ntoken {t2}\n"), true, true),
    );
    env.write(
        "win/nobom.ps1",
        utf16(&format!("# script\r\n# more\r\n$t = '{t3}'\r\n"), false, false),
    );
    env.commit_all("utf-16 files");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 3, "{}", run.describe());
    assert_eq!(field(&finding_block(&run, "win/le.reg"), "where"), "win/le.reg:2");
    assert_eq!(field(&finding_block(&run, "win/be.txt"), "where"), "win/be.txt:3");
    assert_eq!(field(&finding_block(&run, "win/nobom.ps1"), "where"), "win/nobom.ps1:3");
    run.assert_remote_lacks("binary");

    // An edit of a UTF-16 file: only its added lines count.
    env.git(&["reset", "-q", "--hard", &base]);
    let old = env.github_token();
    env.write(
        "win/le.reg",
        utf16(&format!("Windows Registry\r\n\"Old\"=\"{old}\"\r\n"), false, true),
    );
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "-m", "known secret"]);
    env.remove_hook();
    env.push(&["origin", "main"]).assert_accepted();
    env.install_hook();
    let fresh = env.github_token();
    env.write(
        "win/le.reg",
        utf16(
            &format!("Windows Registry\r\n\"Old\"=\"{old}\"\r\nx=1\r\n\"New\"=\"{fresh}\"\r\n"),
            false,
            true,
        ),
    );
    env.commit_all("new secret");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    assert_eq!(field(&finding_block(&run, "win/le.reg"), "where"), "win/le.reg:4");
}

#[test]
fn hostile_non_utf8_content_and_path_are_scanned() {
    let (env, base) = world("hostile_non_utf8_content_and_path_are_scanned", "");
    let token = env.github_token();
    let mut content = b"# Konfiguration f\xfcr den Dienst \xff\xfe\xfd\n".to_vec();
    content.extend_from_slice(format!("schl\u{fc}ssel = x\ntoken = {token} # gr\u{fc}n\n").as_bytes());
    content.extend_from_slice(b"ende \xe9\xe8\n");
    let mut s = Stream::default();
    s.commit(1, "latin-1", Some(&base));
    s.file("100644", b"conf/d\xe9faut.cfg", &content);
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(
        field(&finding_block(&run, "conf/d\\xe9faut.cfg"), "where"),
        "conf/d\\xe9faut.cfg:3"
    );
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn hostile_symlink_target_with_secret_is_found() {
    let (env, base) = world("hostile_symlink_target_with_secret_is_found", "");
    let token = env.github_token();
    // A symlink is a blob holding its target: scanned as text.
    let mut s = Stream::default();
    s.commit(1, "odd symlink", Some(&base));
    s.file("120000", b"links/creds", format!("/tmp/token={token}").as_bytes());
    s.file("120000", b"links/plain", b"../README.md");
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    assert_eq!(field(&finding_block(&run, "links/creds"), "where"), "links/creds:1");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn hostile_gitlink_next_to_a_secret_is_skipped_and_the_secret_found() {
    let (env, base) = world("hostile_gitlink_next_to_a_secret_is_skipped_and_the_secret_found", "");
    let token = env.github_token();
    let mut s = Stream::default();
    s.commit(1, "gitlinks", Some(&base));
    // A gitlink names a commit of another repository, which the server
    // never has; it must neither fail the check nor hide the secret.
    s.0.extend_from_slice(b"M 160000 0123456789abcdef0123456789abcdef01234567 vendor/deep/lib\n");
    s.0.extend_from_slice(b"M 160000 fedcba9876543210fedcba9876543210fedcba98 vendor/other\n");
    s.file("100644", b"vendor/.env", format!("TOKEN={token}\n").as_bytes());
    s.import(&env);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    assert_eq!(field(&finding_block(&run, "vendor/.env"), "where"), "vendor/.env:1");
    run.assert_remote_lacks("could not check");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn hostile_empty_commits_are_accepted() {
    let (env, base) = world("hostile_empty_commits_are_accepted", "");
    for i in 0..5 {
        env.git(&["commit", "-q", "--allow-empty", "-m", &format!("empty {i}")]);
    }
    // An empty root commit on another branch too.
    env.git(&["checkout", "-q", "--orphan", "empty-root"]);
    env.git(&["rm", "-q", "-r", "--cached", "."]);
    env.git(&["commit", "-q", "--allow-empty", "-m", "empty root"]);
    let run = env.push(&["origin", "main", "empty-root"]);
    run.assert_accepted();
    assert_ne!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    assert!(env.server_ref("refs/heads/empty-root").is_some());
    assert!(env.incidents().is_empty(), "{}", env.log_text());
}

#[test]
fn hostile_commit_with_unusual_headers_has_its_secrets_found() {
    let (env, base) = world("hostile_commit_with_unusual_headers_has_its_secrets_found", "");
    let (in_header, in_mergetag, in_message) = (env.github_token(), env.github_token(), env.github_token());
    let tree = env.rev("HEAD^{tree}");
    let mut raw = Vec::new();
    raw.extend_from_slice(format!("tree {tree}\nparent {base}\n").as_bytes());
    raw.extend_from_slice(b"author Test Author <author@example.invalid> 1700000000 +0000\n");
    raw.extend_from_slice(b"committer Test Committer <committer@example.invalid> 1700000000 +0000\n");
    raw.extend_from_slice(b"encoding ISO-8859-1\n");
    raw.extend_from_slice(format!("x-deploy-token {in_header}\n").as_bytes());
    raw.extend_from_slice(
        format!(
            "mergetag object {base}\n type commit\n tag v0\n tagger T <t@example.invalid> 1700000000 +0000\n \n release with {in_mergetag}\n"
        )
        .as_bytes(),
    );
    raw.extend_from_slice(
        b"gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEEnotarealsignatureAAAAAAAAAAAAAAA=\n =abcd\n -----END PGP SIGNATURE-----\n",
    );
    raw.extend_from_slice(b"\nCaf\xe9 release\n\n");
    raw.extend_from_slice(format!("deployed with {in_message}\n").as_bytes());
    let file = env.root.join("commit.raw");
    std::fs::write(&file, &raw).expect("write commit");
    let id = env.git(&[
        "hash-object",
        "-t",
        "commit",
        "-w",
        "--literally",
        crate::support::path_str(&file),
    ]);
    env.git(&["update-ref", "refs/heads/main", &id]);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    let message = finding_block(&run, "(commit message)");
    assert_eq!(field(&message, "where"), "(commit message):3");
    assert_eq!(field(&message, "commit"), format!("{} on refs/heads/main", short(&id)));
    // The custom header and the mergetag's tag message are headers too.
    assert_eq!(finding_count(&run), 3, "{}", run.describe());
    assert!(run.remote().contains("(commit header)"), "{}", run.describe());
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn hostile_file_over_the_memory_ceiling_is_a_limit_event() {
    let (env, base) = world(
        "hostile_file_over_the_memory_ceiling_is_a_limit_event",
        "[limits]\nmax_memory_bytes = 1048576\n",
    );
    let line = "just some ordinary text that is not a secret at all\n";
    let notes = line.repeat(600_000 / line.len());
    env.write("big/notes.txt", &notes);
    env.write("small.txt", "fine\n");
    let c = env.commit_all("big notes");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    run.assert_remote_contains("pushguard rejected this push: 1 file could not be checked");
    run.assert_remote_contains(&format!(
        "big/notes.txt: not scanned: the file is {} bytes (585.",
        notes.len()
    ));
    run.assert_remote_contains(&format!(
        "scanning it needs about {} bytes",
        2 * notes.len() + (64 << 10)
    ));
    run.assert_remote_contains("over the memory ceiling of 1048576 bytes (1.0 MiB), set by limits.max_memory_bytes");
    run.assert_remote_lacks("small.txt");
    assert_one_limit_record(&env, "big/notes.txt", "memory-limit");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));

    // The repository's own override raises the ceiling for it alone.
    env.server_git(&["config", "pushguard.maxMemoryBytes", "67108864"]);
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
}

#[test]
fn hostile_long_added_line_over_max_line_bytes_is_a_limit_event() {
    let (env, _) = world("hostile_long_added_line_over_max_line_bytes_is_a_limit_event", "");
    // By default long lines are scanned (in bounded windows).
    let token = env.github_token();
    let long = "x".repeat(5000);
    env.write("min/app.js", format!("a\nb\n{long}\n"));
    let first = env.commit_all("bundle");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(first.as_str()));

    env.set_config("[limits]\nmax_line_bytes = 1000\n");
    // An existing long line does not count: only added lines do.
    env.write("min/app.js", format!("a\nb changed\n{long}\n"));
    let second = env.commit_all("edit next to the long line");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(second.as_str()));

    env.write("min/app.js", format!("a\nb changed\n{long}\nc\n{long}y {token}\n"));
    env.commit_all("another long line");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    let len = long.len() + 2 + token.len();
    run.assert_remote_contains(&format!(
        "min/app.js: not scanned: line 5 is {len} bytes (4.9 KiB), over the per-line limit of 1000 bytes, set by limits.max_line_bytes"
    ));
    assert_one_limit_record(&env, "min/app.js", "line-too-long");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(second.as_str()));

    env.set_config("[limits]\nmax_line_bytes = 1000\n[policy]\non_limit = \"accept\"\n");
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("warning: pushguard accepted files it could not check");
    run.assert_remote_contains(&format!("line 5 is {len} bytes"));
    assert_one_limit_record(&env, "min/app.js", "line-too-long");
}

#[test]
fn hostile_non_utf8_branch_and_path_names_in_limit_messages_are_escaped() {
    let (env, base) = world(
        "hostile_non_utf8_branch_and_path_names_in_limit_messages_are_escaped",
        "[limits]\nmax_blob_bytes = 100\n",
    );
    let mut s = Stream::default();
    s.commit(1, "odd name", Some(&base));
    // fast-import takes a C-quoted path for the newline.
    s.file("100644", b"\"caf\\351\\n.txt\"", "plain words ".repeat(20).as_bytes());
    s.import(&env);
    let run = env.push(&[OsStr::new("origin"), OsStr::from_bytes(b"main:refs/heads/caf\xe9")]);
    run.assert_declined();
    run.assert_remote_contains("caf\\xe9\\x0a.txt: not scanned: the file is 240 bytes");
    assert_one_limit_record(&env, "caf\\xe9\\x0a.txt", "too-large");
}
