//! Only what a push adds is reported. A secret the server already has
//! (reached by a new branch or tag, in the old version of an edited or
//! renamed file, in a thin pack's delta base, in the store a fork borrows
//! objects from) does not block, and deleting or rewinding a ref checks
//! nothing.

use crate::support::{field, finding_block, finding_count, install_hook_at, path_str, short, with_clean_main, Env};

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
fn server_path_with_colon_and_space_finds_old_objects_through_quoted_alternates() {
    // Seeded with the name the test had before: the same fake secrets.
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
fn deletion_together_with_new_branch_at_existing_commit_is_accepted() {
    let (env, base) = with_clean_main("deletion_together_with_new_branch_at_existing_commit_is_accepted");
    env.push(&["origin", "main:refs/heads/old"]).assert_accepted();
    env.push(&["origin", ":old", "main:refs/heads/new"]).assert_accepted();
    assert_eq!(env.server_ref("refs/heads/old"), None);
    assert_eq!(env.server_ref("refs/heads/new").as_deref(), Some(base.as_str()));
}
