//! A push is checked for the secrets it adds. A clean push passes silently;
//! a secret anywhere in what is new (a file, a commit or tag message, a
//! merge resolution, a blob a ref points at, an object only the quarantine
//! holds) rejects the whole push, nothing of it lands, and the message names
//! the commit, `path:line`, the detector, a redacted preview, the
//! fingerprint and how to fix the history. Every test pushes with the real
//! git client (file transport), so receive-pack, the quarantine and the
//! hook's environment are git's own.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::support::{
    expected_fingerprint, field, finding_block, finding_count, os_path, path_str, short, with_clean_main, Env,
};

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
fn non_utf8_branch_name_is_valid_hook_input_and_shown_escaped() {
    // Seeded with the name the test had before: the same fake secrets.
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
