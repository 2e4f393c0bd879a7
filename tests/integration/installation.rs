//! The shipped wrapper script `hooks/pre-receive` as the hook: it runs the
//! binary that `PUSHGUARD` names, and fails closed when there is none.

use crate::support::{bin, field, finding_block, Env};

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
