//! Files pushguard creates are private, or at least not writable by others,
//! also under umask 000 (issue 6).

use crate::support::{assert_mode, path_str, push_checked, pushguard_umask_000, view_dirs, Env};

/// Files the hook and the other commands create are private or at least
/// not writable by others, also under umask 000: the incident log (0640,
/// its new directories 0750), scan reports and baselines (0600), installed
/// hooks (0755, in directories that are not world-writable). The view
/// directories are checked in `crash_safety::hook_killed_mid_run_...` (0700,
/// files 0600).
#[test]
fn created_files_have_restrictive_modes_under_umask_000() {
    let env = Env::new("created_files_have_restrictive_modes_under_umask_000");
    let base = env.commit_file("README.md", "# app\n", "initial");
    env.push(&["origin", "main"]).assert_accepted();

    // install, into a repository without a hooks directory and into GitLab.
    std::fs::remove_dir_all(env.server.join("hooks")).expect("rm hooks");
    pushguard_umask_000(&env, &env.root, &["install", "--repo", path_str(&env.server)]).assert_code(0);
    assert_mode(&env.server.join("hooks"), 0o755);
    assert_mode(&env.server.join("hooks/pre-receive"), 0o755);
    let gitlab = env.root.join("gitlab/custom_hooks");
    pushguard_umask_000(&env, &env.root, &["install", "--gitlab", path_str(&gitlab)]).assert_code(0);
    for d in [env.root.join("gitlab"), gitlab.clone(), gitlab.join("pre-receive.d")] {
        assert_mode(&d, 0o755);
    }
    assert_mode(&gitlab.join("pre-receive.d/pushguard"), 0o755);

    // The incident log, created by the hook in a new directory.
    let log = env.root.join("var/log/pushguard/incidents.jsonl");
    env.set_env("PUSHGUARD_LOG", path_str(&log));
    let token = env.github_token();
    env.commit_file("app.env", &format!("TOKEN={token}\n"), "secret");
    push_checked(&env, &["origin", "main"], true).assert_rejected_for_secrets();
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
    let text = std::fs::read_to_string(&log).expect("the hook wrote the log");
    env.assert_no_leak("the incident log", &text);
    assert_eq!(text.lines().count(), 1);
    assert_mode(&log, 0o640);
    for d in ["var", "var/log", "var/log/pushguard"] {
        assert_mode(&env.root.join(d), 0o750);
    }
    assert!(view_dirs(&env.tmpdir).is_empty());

    // scan reports and baselines.
    let report = env.root.join("report.json");
    let baseline = env.root.join("baseline.json");
    pushguard_umask_000(
        &env,
        &env.root,
        &[
            "scan",
            "--repo",
            path_str(&env.work),
            "--format",
            "json",
            "--output",
            path_str(&report),
            "--write-baseline",
            path_str(&baseline),
        ],
    )
    .assert_code(1);
    assert_mode(&report, 0o600);
    assert_mode(&baseline, 0o600);
}
