//! Edge cases of the hook beyond the required scenarios: what counts as
//! new (renames, merges, rewinds, gitlinks, refs to blobs, alternates),
//! limits, policies, error handling, unusual repositories, concurrency and
//! a simulated quarantine. Tests that fail document product bugs (see the
//! comment in each).

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::support::{
    expected_fingerprint, field, finding_block, finding_count, install_hook_at, path_str, short, with_clean_main, Env,
    ZERO_OID,
};

// Edge cases of "what is new" -------------------------------------------------

#[test]
fn renamed_and_edited_file_with_old_secret_is_not_reported_again() {
    let env = Env::new("renamed_and_edited_file_with_old_secret_is_not_reported_again");
    let token = env.github_token();
    env.commit_file("settings.env", &format!("A=1\nTOKEN={token}\nB=2\n"), "settings");
    env.push(&["origin", "main"]).assert_accepted();

    env.install_hook();
    std::fs::create_dir_all(env.work.join("config")).expect("mkdir");
    env.git(&["mv", "settings.env", "config/settings.env"]);
    env.write("config/settings.env", format!("A=1\nTOKEN={token}\nB=3\n"));
    let c = env.commit_all("move the settings and change B");
    let run = env.push(&["origin", "main"]);
    // The secret is already in the server's history: moving the file must
    // not block the push (nothing the developer could rewrite would help).
    run.assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
}

/// A push with hundreds of files is first read in pack order from the
/// quarantine (clean files are settled there); files with findings still go
/// through the diff, so an old secret in an edited file is not reported and
/// a new one is, with its path and line.
#[test]
fn large_push_reports_only_added_secrets() {
    let env = Env::new("large_push_reports_only_added_secrets");
    let old = env.github_token();
    env.commit_file("settings.env", &format!("A=1\nTOKEN={old}\nB=2\n"), "settings");
    env.push(&["origin", "main"]).assert_accepted();

    env.install_hook();
    // About 8 MB of letters that compress poorly: the pack is over the
    // size from which the hook reads it in pack order first.
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for i in 0..800 {
        let text: String = (0..10_000)
            .map(|k| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                match k % 64 {
                    63 => '\n',
                    n if n % 9 == 8 => ' ',
                    _ => char::from(b'a' + ((state >> 33) % 26) as u8),
                }
            })
            .collect();
        env.write(format!("src/m{:03}/f{i}.txt", i % 37), text);
    }
    env.write("settings.env", format!("A=1\nTOKEN={old}\nB=3\n"));
    let new = env.github_token();
    env.write("deploy/prod.env", format!("# prod\nX=1\nGITHUB_TOKEN={new}\n"));
    let c = env.commit_all("many files");
    env.set_env("PUSHGUARD_TIMING", "1");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets()
        .assert_remote_contains("800 clean in pack order")
        .assert_remote_contains("deploy/prod.env:3")
        .assert_remote_lacks("settings.env");
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    assert!(run.remote().contains(short(&c)), "{}", run.describe());
}

#[test]
fn side_commit_of_merged_new_branch_is_named() {
    let (env, _) = with_clean_main("side_commit_of_merged_new_branch_is_named");
    env.git(&["checkout", "-q", "-b", "feature"]);
    let token = env.github_token();
    let leak = env.commit_file("feature.env", &format!("TOKEN={token}\n"), "feature with token");
    env.commit_file("feature.md", "docs\n", "feature docs");
    env.git(&["checkout", "-q", "main"]);
    env.commit_file("main.txt", "main work\n", "main work");
    env.git(&["merge", "-q", "--no-ff", "-m", "Merge feature", "feature"]);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(
        finding_count(&run),
        1,
        "the merge must not report the side's content again\n{}",
        run.describe()
    );
    let block = finding_block(&run, "feature.env");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/main", short(&leak)));
    run.assert_remote_contains(&format!("git rebase -i {}^", short(&leak)));
}

#[test]
fn existing_annotated_tag_pushed_under_new_name_is_accepted() {
    let env = Env::new("existing_annotated_tag_pushed_under_new_name_is_accepted");
    env.commit_file("README.md", "# app\n", "initial");
    let token = env.github_token();
    env.git(&["tag", "-a", "v1", "-m", &format!("release\n\n{token}\n")]);
    env.push(&["origin", "main", "v1"]).assert_accepted();
    env.install_hook();
    env.push(&["origin", "refs/tags/v1:refs/tags/v1-copy"])
        .assert_accepted();
    assert_eq!(env.server_ref("refs/tags/v1-copy"), env.server_ref("refs/tags/v1"));
}

#[test]
fn rewinding_a_branch_is_accepted() {
    let env = Env::new("rewinding_a_branch_is_accepted");
    let token = env.github_token();
    let first = env.commit_file("a.env", &format!("T={token}\n"), "old secret");
    env.commit_file("b.txt", "b\n", "second");
    env.push(&["origin", "main"]).assert_accepted();
    env.install_hook();
    env.push(&["--force", "origin", "HEAD~1:refs/heads/main"])
        .assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(first.as_str()));
}

#[test]
fn ref_pointing_at_blob_with_secret_is_rejected() {
    let (env, _) = with_clean_main("ref_pointing_at_blob_with_secret_is_rejected");
    let token = env.github_token();
    let file = env.root.join("loose.txt");
    std::fs::write(&file, format!("key={token}\n")).expect("write");
    let blob = env.git(&["hash-object", "-w", path_str(&file)]);
    env.git(&["tag", "blobtag", &blob]);
    let run = env.push(&["origin", "blobtag"]);
    run.assert_rejected_for_secrets();
    let block = finding_block(&run, &blob);
    assert!(field(&block, "where").contains("refs/tags/blobtag"), "{block}");
    assert!(!env.server_has_object(&blob));
}

#[test]
fn submodule_gitlink_is_accepted() {
    let (env, _) = with_clean_main("submodule_gitlink_is_accepted");
    // A gitlink names a commit of another repository, which the server never has.
    env.git(&[
        "update-index",
        "--add",
        "--cacheinfo",
        "160000,0123456789abcdef0123456789abcdef01234567,vendor/lib",
    ]);
    env.git(&["commit", "-q", "-m", "add submodule"]);
    let c = env.rev("HEAD");
    env.push(&["origin", "main"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
}

#[test]
fn non_utf8_branch_name_is_handled() {
    let (env, _) = with_clean_main("non_utf8_branch_name_is_handled");
    let branch = OsStr::from_bytes(b"caf\xe9");
    let ok = env
        .command("git")
        .current_dir(&env.work)
        .arg("branch")
        .arg(branch)
        .status()
        .expect("git branch");
    assert!(ok.success());
    // git accepts the name (check-ref-format allows bytes >= 0x80); a clean
    // push of it must not be rejected as "malformed hook input".
    let run = env.push(&[OsStr::new("origin"), branch]);
    run.assert_accepted();
    let refs = env.server_git(&["for-each-ref", "--format=%(refname)"]);
    assert_eq!(refs.lines().count(), 2, "{refs}");

    env.git(&["checkout", "-q", "--detach"]);
    let token = env.github_token();
    env.commit_file("t.env", &format!("T={token}\n"), "secret");
    let run = env.push(&[OsStr::new("origin"), OsStr::from_bytes(b"HEAD:refs/heads/caf\xe9")]);
    run.assert_rejected_for_secrets();
    run.assert_remote_contains("on refs/heads/caf\\xe9");
}

// Limits -----------------------------------------------------------------------

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

// Policy and configuration -------------------------------------------------------

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

#[test]
fn concurrent_rejected_pushes_each_log_one_intact_record() {
    let (env, _) = with_clean_main("concurrent_rejected_pushes_each_log_one_intact_record");
    let branches = ["c0", "c1", "c2", "c3"];
    for b in branches {
        env.git(&["checkout", "-q", "-b", b, "main"]);
        let token = env.github_token();
        env.commit_file(&format!("{b}.env"), &format!("T={token}\n"), b);
    }
    let pushes: Vec<Vec<&str>> = branches.iter().map(|b| vec!["origin", *b]).collect();
    for run in env.push_concurrently(&pushes) {
        run.assert_rejected_for_secrets();
    }
    let log = env.incidents();
    assert_eq!(log.len(), branches.len(), "{}", env.log_text());
    let mut names: Vec<&str> = log
        .iter()
        .map(|r| r["refs"][0]["name"].as_str().expect("ref name"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        branches.iter().map(|b| format!("refs/heads/{b}")).collect::<Vec<_>>()
    );
}

// Repositories that are not the plain default ---------------------------------------

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
fn server_path_with_colon_and_space_is_handled() {
    let env = Env::new("server_path_with_colon_and_space_is_handled");
    // git C-quotes such a path in GIT_ALTERNATE_OBJECT_DIRECTORIES.
    let server = env.root.join("team: a b.git");
    env.git_at(&env.root, &["init", "-q", "--bare", "team: a b.git"]);
    env.git(&["remote", "set-url", "origin", path_str(&server)]);
    env.commit_file("a.txt", "a\n", "first");
    env.push(&["origin", "main"]).assert_accepted();
    // From here on, the hook must find the parent in the main object store
    // through the quoted alternates entry.
    install_hook_at(&server);
    let second = env.commit_file("a.txt", "a\nb\n", "second");
    env.push(&["origin", "main"]).assert_accepted();
    let token = env.github_token();
    env.commit_file("a.txt", &format!("a\nb\nT={token}\n"), "third");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(field(&finding_block(&run, "a.txt"), "where"), "a.txt:3");
    assert_eq!(env.ref_at(&server, "refs/heads/main").as_deref(), Some(second.as_str()));
}

#[test]
fn fork_sharing_objects_through_alternates_sees_old_content() {
    let env = Env::new("fork_sharing_objects_through_alternates_sees_old_content");
    let token = env.github_token();
    env.commit_file("settings.env", &format!("A=1\nT={token}\nB=2\n"), "settings");
    env.push(&["origin", "main"]).assert_accepted();
    // The fork keeps no objects of its own: they come from the upstream's
    // store through objects/info/alternates, as hosting products do.
    env.git_at(
        &env.root,
        &["clone", "-q", "--bare", "--shared", "server.git", "fork.git"],
    );
    let fork = env.root.join("fork.git");
    install_hook_at(&fork);
    env.git(&["remote", "set-url", "origin", path_str(&fork)]);

    env.write("settings.env", format!("A=1\nT={token}\nB=3\n"));
    let edited = env.commit_all("edit another line");
    env.push(&["origin", "main"]).assert_accepted();
    let fresh = env.github_token();
    env.commit_file("new.env", &format!("N={fresh}\n"), "new secret");
    env.push(&["origin", "main"]).assert_rejected_for_secrets();
    assert_eq!(env.ref_at(&fork, "refs/heads/main").as_deref(), Some(edited.as_str()));
}

#[test]
fn fix_advice_names_the_oldest_commit_with_a_secret() {
    let (env, _) = with_clean_main("fix_advice_names_the_oldest_commit_with_a_secret");
    let in_file = env.github_token();
    let oldest = env.commit_file("a.env", &format!("A={in_file}\n"), "secret in a file");
    let in_message = env.github_token();
    env.write("b.txt", "b\n");
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "-m", &format!("notes\n\nused {in_message}")]);
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 2, "{}", run.describe());
    // Amending the tip would leave the older commit's secret in place.
    run.assert_remote_contains(&format!("git rebase -i {}^", short(&oldest)));
    run.assert_remote_lacks("git commit --amend        then push again");
}

#[test]
fn secret_deep_in_long_pushed_history_names_its_commit() {
    let (env, base) = with_clean_main("secret_deep_in_long_pushed_history_names_its_commit");
    let token = env.github_token();
    let total = 300;
    let leaky_at = 157;
    let mut stream = String::new();
    for i in 1..=total {
        let msg = format!("change {i}\n");
        stream.push_str(&format!(
            "commit refs/heads/main\nmark :{i}\ncommitter Test <t@example.invalid> {} +0000\ndata {}\n{msg}",
            1_700_000_000 + i,
            msg.len()
        ));
        if i == 1 {
            stream.push_str(&format!("from {base}\n"));
        }
        let content = format!("{}\n{}\n", env.filler(6), env.filler(6));
        stream.push_str(&format!(
            "M 100644 inline src/f{}.txt\ndata {}\n{content}\n",
            i % 25,
            content.len()
        ));
        if i == leaky_at {
            let keys = format!("# keys\nGITHUB_TOKEN={token}\n");
            stream.push_str(&format!("M 100644 inline src/keys.env\ndata {}\n{keys}\n", keys.len()));
        }
    }
    env.git_with_stdin(&env.work, &["fast-import", "--quiet"], stream.as_bytes());
    let leaky = env.rev(&format!("main~{}", total - leaky_at));
    let started = std::time::Instant::now();
    let run = env.push(&["origin", "main"]);
    let took = started.elapsed();
    run.assert_rejected_for_secrets();
    assert_eq!(finding_count(&run), 1, "{}", run.describe());
    let block = finding_block(&run, "src/keys.env");
    assert_eq!(field(&block, "commit"), format!("{} on refs/heads/main", short(&leaky)));
    assert_eq!(field(&block, "where"), "src/keys.env:2");
    run.assert_remote_contains(&format!("git rebase -i {}^", short(&leaky)));
    assert!(took.as_secs() < 20, "a 300-commit push took {took:?}");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

/// Copies the loose objects of `from` (an objects directory) into `to`.
fn copy_loose_objects(from: &std::path::Path, to: &std::path::Path) {
    for dir in std::fs::read_dir(from).expect("objects dir").filter_map(Result::ok) {
        let name = dir.file_name();
        let name = name.to_string_lossy();
        if name.len() != 2 || !name.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let target = to.join(&*name);
        std::fs::create_dir_all(&target).expect("mkdir");
        for f in std::fs::read_dir(dir.path())
            .expect("fan-out dir")
            .filter_map(Result::ok)
        {
            std::fs::copy(f.path(), target.join(f.file_name())).expect("copy object");
        }
    }
}

fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").filter_map(Result::ok) {
            let meta = e.metadata().expect("metadata");
            if meta.is_dir() {
                stack.push(e.path());
            } else {
                out.push(format!("{} {}", e.path().display(), meta.len()));
            }
        }
    }
    out.sort();
    out
}

/// The hook run directly with a quarantine set up the way receive-pack sets
/// it up, holding a blob that no pushed ref reaches.
#[test]
fn quarantined_object_no_ref_reaches_is_scanned_and_quarantine_left_untouched() {
    let (env, base) = with_clean_main("quarantined_object_no_ref_reaches_is_scanned_and_quarantine_left_untouched");
    let c = env.commit_file("ok.txt", "fine\n", "clean change");
    let token = env.github_token();
    let loose = env.root.join("dangling.txt");
    std::fs::write(&loose, format!("token={token}\n")).expect("write");
    let blob = env.git(&["hash-object", "-w", path_str(&loose)]);

    let quarantine = env.server.join("objects/tmp_objdir-incoming-test");
    std::fs::create_dir_all(&quarantine).expect("mkdir");
    copy_loose_objects(&env.work.join(".git/objects"), &quarantine);
    let q = path_str(&quarantine).to_string();
    let main_objects = env.server.join("objects");
    let hook_env = [
        ("GIT_QUARANTINE_PATH", q.as_str()),
        ("GIT_OBJECT_DIRECTORY", q.as_str()),
        ("GIT_ALTERNATE_OBJECT_DIRECTORIES", path_str(&main_objects)),
    ];
    let input = format!("{base} {c} refs/heads/main\n");
    let before = listing(&quarantine);

    let run = env.run_hook_directly(input.as_bytes(), &hook_env);
    run.assert_code(1);
    assert!(
        run.stderr.contains("pushguard rejected this push"),
        "{}",
        run.describe()
    );
    assert!(
        run.stderr.contains(&blob),
        "the finding should name the blob\n{}",
        run.describe()
    );
    assert!(run.stderr.contains("no pushed ref reaches"), "{}", run.describe());
    assert_eq!(
        listing(&quarantine),
        before,
        "pushguard must not write inside the quarantine"
    );

    // Without the stray blob the same update is clean.
    std::fs::remove_file(quarantine.join(&blob[..2]).join(&blob[2..])).expect("remove blob");
    env.run_hook_directly(input.as_bytes(), &hook_env).assert_code(0);
}

#[test]
fn base64_secret_in_kubernetes_secret_manifest_is_rejected_without_leaking() {
    use base64::Engine as _;
    let (env, base) = with_clean_main("base64_secret_in_kubernetes_secret_manifest_is_rejected_without_leaking");
    let token = env.github_token();
    let encoded = base64::engine::general_purpose::STANDARD.encode(&token);
    // The encoded form is as good as the token: it must not leak either.
    env.register_secret(&encoded);
    env.write(
        "k8s/secret.yaml",
        format!(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci\ntype: Opaque\ndata:\n  github-token: {encoded}\n"
        ),
    );
    let bad = env.commit_all("ci secret");
    let run = env.push(&["origin", "main"]);
    run.assert_rejected_for_secrets();
    let block = finding_block(&run, "k8s/secret.yaml");
    assert_eq!(field(&block, "where"), "k8s/secret.yaml:7");
    assert_eq!(
        field(&block, "fingerprint"),
        expected_fingerprint(env.github_id(), &token)
    );
    assert!(!env.server_has_object(&bad));
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
}

#[test]
fn broken_detector_file_is_an_error_handled_per_on_error() {
    let (env, base) = with_clean_main("broken_detector_file_is_an_error_handled_per_on_error");
    let dir = env.root.join("site-detectors");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("site.toml"),
        "[[detector]]\nid = \"site\"\nname = \"x\"\nseverity = \"bogus\"\n",
    )
    .expect("write");
    env.set_config_with_detector_dir("", &dir);
    let c = env.commit_file("a.txt", "a\n", "harmless");
    let run = env.push(&["origin", "main"]);
    run.assert_declined();
    run.assert_remote_contains("error: pushguard could not check this push");
    run.assert_remote_contains("site.toml");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));

    env.set_config_with_detector_dir("[policy]\non_error = \"accept\"\n", &dir);
    let run = env.push(&["origin", "main"]);
    run.assert_accepted();
    run.assert_remote_contains("warning: pushguard could not check this push");
    run.assert_remote_contains("site.toml");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    let log = env.incidents();
    assert_eq!(log.len(), 2, "{}", env.log_text());
    assert!(log.iter().all(|r| r["action"] == "error"), "{}", env.log_text());
    assert_eq!(log[1]["verdict"], "accepted");
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
fn deletion_together_with_new_branch_at_existing_commit_is_accepted() {
    let (env, base) = with_clean_main("deletion_together_with_new_branch_at_existing_commit_is_accepted");
    env.push(&["origin", "main:refs/heads/old"]).assert_accepted();
    env.push(&["origin", ":old", "main:refs/heads/new"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/old"), None);
    assert_eq!(env.server_ref("refs/heads/new").as_deref(), Some(base.as_str()));
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
