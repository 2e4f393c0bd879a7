//! `pushguard scan --repo`: full-history scans, ranges and baselines, on
//! repositories built with the real git client (packed and loose objects).

use serde_json::Value;

use crate::support::{expected_fingerprint, Env};

/// `pushguard scan --format json ARGS...` in the working repository; checks
/// the exit code and returns the findings.
fn history_json(env: &Env, args: &[&str], code: i32) -> Vec<Value> {
    let mut all = vec!["scan", "--format", "json"];
    all.extend_from_slice(args);
    let run = env.pushguard(&env.work, &all, b"", &[]);
    run.assert_code(code);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e})\n{}", run.describe()))
}

/// (path, line, short commit) of each finding, sorted.
fn places(findings: &[Value]) -> Vec<(String, u64, String)> {
    let mut out: Vec<(String, u64, String)> = findings
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
                f["commit"].as_str().unwrap_or_default().chars().take(12).collect(),
            )
        })
        .collect();
    out.sort();
    out
}

fn short(id: &str) -> String {
    id.chars().take(12).collect()
}

#[test]
fn history_scan_names_the_commit_path_and_line_that_introduced_each_secret() {
    let env = Env::new("history_scan_names_the_commit_path_and_line_that_introduced_each_secret");
    let token = env.github_token();
    let key = env.aws_key_id();
    env.write("README.md", format!("# app\n{}\n", env.filler(30)));
    env.commit_all("start");
    let settings = format!("# settings\nDEBUG=1\nGITHUB_TOKEN={token}\n");
    env.write("conf/deep/er/app.env", &settings);
    let introduced = env.commit_all("add settings");
    env.write("README.md", format!("# app\n{}\n", env.filler(40)));
    env.commit_all("docs");
    // The same blob under a second path, later: its own finding there.
    env.write("backup/app.env", &settings);
    let copied = env.commit_all("backup");
    // Removing the secret does not remove it from history.
    env.write("conf/deep/er/app.env", "# settings\nDEBUG=1\n");
    env.commit_all("remove token");
    // Everything so far in one pack; what follows stays loose.
    env.git(&["repack", "-adq"]);
    env.write("infra/keys.txt", format!("aws\n\nAWS_ACCESS_KEY_ID = {key}\n"));
    let loose = env.commit_all("infra");
    let message = env.commit_all(&format!("rotate\n\nold token was {token}\n"));

    let findings = history_json(&env, &["--repo", "."], 1);
    assert_eq!(
        places(&findings),
        vec![
            ("(commit message)".to_string(), 3, short(&message)),
            ("backup/app.env".to_string(), 3, short(&copied)),
            ("conf/deep/er/app.env".to_string(), 3, short(&introduced)),
            ("infra/keys.txt".to_string(), 3, short(&loose)),
        ],
        "{findings:#?}"
    );
    for f in &findings {
        assert!(f["author"].as_str().is_some_and(|a| a.contains('@')), "{f}");
        assert!(f["date"].as_str().is_some_and(|d| d.len() >= 20), "{f}");
        let detector = f["detector"].as_str().unwrap_or_default();
        let secret = if detector == env.aws_id() { &key } else { &token };
        assert_eq!(
            f["fingerprint"].as_str(),
            Some(expected_fingerprint(detector, secret).as_str())
        );
    }
}

#[test]
fn history_scan_attributes_a_merged_secret_to_the_branch_commit() {
    let env = Env::new("history_scan_attributes_a_merged_secret_to_the_branch_commit");
    let token = env.github_token();
    env.write("a.txt", "one\n");
    env.commit_all("base");
    env.git(&["checkout", "-q", "-b", "feature"]);
    env.write(
        "svc/config.yml",
        format!("service:\n  name: api\n  github_token: {token}\n"),
    );
    let on_branch = env.commit_all("feature: config");
    env.git(&["checkout", "-q", "-"]);
    env.write("b.txt", "two\n");
    env.commit_all("main work");
    env.git(&["merge", "-q", "--no-ff", "-m", "merge feature", "feature"]);
    // A branch deleted after the merge: still reachable through the merge.
    env.git(&["branch", "-q", "-D", "feature"]);
    env.git(&["gc", "-q"]);
    // The same file copied elsewhere later: that path is reported too.
    let content = std::fs::read(env.work.join("svc/config.yml")).expect("read");
    env.write("deploy/config.yml", content);
    let copied = env.commit_all("copy config");

    let findings = history_json(&env, &["--repo", "."], 1);
    assert_eq!(
        places(&findings),
        vec![
            ("deploy/config.yml".to_string(), 3, short(&copied)),
            ("svc/config.yml".to_string(), 3, short(&on_branch)),
        ],
        "{findings:#?}"
    );
}

#[test]
fn history_scan_of_a_clean_history_exits_0_and_ignores_unreachable_secrets() {
    let env = Env::new("history_scan_of_a_clean_history_exits_0_and_ignores_unreachable_secrets");
    let token = env.github_token();
    env.write("src/main.rs", "fn main() {\n    println!(\"hello\");\n}\n");
    env.commit_all("hello");
    // A blob no ref reaches (written, never committed).
    env.git_with_stdin(
        &env.work,
        &["hash-object", "-w", "--stdin"],
        format!("t = {token}\n").as_bytes(),
    );
    let findings = history_json(&env, &["--repo", "."], 0);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn history_range_and_since_commit_report_only_lines_added_there() {
    let env = Env::new("history_range_and_since_commit_report_only_lines_added_there");
    let old = env.github_token();
    let new = env.github_token();
    env.write("conf.env", format!("A=1\nOLD_TOKEN={old}\n"));
    let first = env.commit_all("old secret");
    env.write("notes.txt", "nothing\n");
    let middle = env.commit_all("notes");
    env.write("conf.env", format!("A=1\nOLD_TOKEN={old}\nNEW_TOKEN={new}\n"));
    let last = env.commit_all("new secret");

    let range = format!("{middle}..{last}");
    let in_range = history_json(&env, &["--repo", ".", "--range", &range], 1);
    assert_eq!(
        places(&in_range),
        vec![("conf.env".to_string(), 3, short(&last))],
        "{in_range:#?}"
    );

    let since = history_json(&env, &["--repo", ".", "--since-commit", &first], 1);
    assert_eq!(
        places(&since),
        vec![("conf.env".to_string(), 3, short(&last))],
        "{since:#?}"
    );

    let clean = history_json(&env, &["--repo", ".", "--range", &format!("{first}..{middle}")], 0);
    assert!(clean.is_empty(), "{clean:#?}");
}

#[test]
fn history_baseline_suppresses_known_secrets_and_reports_new_ones() {
    let env = Env::new("history_baseline_suppresses_known_secrets_and_reports_new_ones");
    let old = env.github_token();
    env.write("legacy.env", format!("TOKEN={old}\n"));
    env.commit_all("legacy");
    let baseline = env.root.join("baseline.json");
    let b = baseline.to_str().expect("utf-8 path");

    let recorded = history_json(&env, &["--repo", ".", "--write-baseline", b], 1);
    assert_eq!(recorded.len(), 1);
    let text = std::fs::read_to_string(&baseline).expect("baseline written");
    assert!(text.contains(&expected_fingerprint(env.github_id(), &old)), "{text}");

    // With the baseline: nothing new, exit 0.
    assert!(history_json(&env, &["--repo", ".", "--baseline", b], 0).is_empty());

    // A new secret is reported; the old one stays suppressed.
    let new = env.github_token();
    env.write("new.env", format!("TOKEN={new}\n"));
    let c = env.commit_all("new");
    let found = history_json(&env, &["--repo", ".", "--baseline", b], 1);
    assert_eq!(
        places(&found),
        vec![("new.env".to_string(), 1, short(&c))],
        "{found:#?}"
    );
}

#[test]
fn history_scan_says_which_commits_refs_name_but_the_repository_lacks() {
    let env = Env::new("history_scan_says_which_commits_refs_name_but_the_repository_lacks");
    env.write("a.txt", "one\n");
    env.commit_all("one");
    // A ref to a commit that is not there, as a partial mirror can have.
    let ghost = "1234567890abcdef1234567890abcdef12345678";
    std::fs::write(env.work.join(".git/refs/heads/ghost"), format!("{ghost}\n")).expect("write ref");
    let run = env.pushguard(&env.work, &["scan", "--repo", "."], b"", &[]);
    run.assert_code(0);
    assert!(
        run.stderr.contains(&format!(
            "1 commits that refs name are missing from the repository (first: {ghost})"
        )),
        "{}",
        run.describe()
    );
}

/// A partial clone (`--filter=blob:none`) lacks blobs by design: the scan
/// says so, so nobody takes a clean result for a complete one. A full clone
/// says nothing of the kind.
#[test]
fn history_scan_of_a_partial_clone_says_what_it_could_not_scan() {
    let env = Env::new("history_scan_of_a_partial_clone_says_what_it_could_not_scan");
    env.write("a.txt", "one\n");
    env.write("dir/b.txt", "two\n");
    env.commit_all("one");
    env.write("a.txt", "one, edited\n");
    env.commit_all("two");
    env.git(&["config", "uploadpack.allowFilter", "true"]);
    let source = format!("file://{}", env.work.display());
    let partial = env.root.join("partial.git");
    let full = env.root.join("full.git");
    let (p, f) = (partial.to_str().expect("utf-8"), full.to_str().expect("utf-8"));
    env.git_at(&env.root, &["clone", "-q", "--bare", "--filter=blob:none", &source, p]);
    env.git_at(&env.root, &["clone", "-q", "--bare", "--no-local", &source, f]);
    // The three blob versions are not in the partial clone.
    let missing = env.git_at(&partial, &["rev-list", "--objects", "--all", "--missing=print"]);
    assert_eq!(missing.lines().filter(|l| l.starts_with('?')).count(), 3, "{missing}");

    let run = env.pushguard(&env.root, &["scan", "--repo", p], b"", &[]);
    run.assert_code(0);
    assert!(
        run.stderr.contains(
            "this repository is a partial clone: objects its promisor remote did not send are not in it and were not scanned"
        ),
        "{}",
        run.describe()
    );
    let run = env.pushguard(&env.root, &["scan", "--repo", f], b"", &[]);
    run.assert_code(0);
    assert!(!run.stderr.contains("partial clone"), "{}", run.describe());
}
