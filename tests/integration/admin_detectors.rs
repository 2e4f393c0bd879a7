//! Detector files an admin adds through `detectors.extra_dirs` (issue 6):
//! their patterns run in linear time, cannot keep the hook past its time
//! budget, and are refused at load, with a clear error, when too big; a
//! broken detector file is an error that `on_error` decides.

use std::time::{Duration, Instant};

use crate::support::{detector_dir, with_clean_main, SLOW_DETECTOR, ZERO_OID};

/// An admin's detector file cannot make the hook run longer than its
/// budget or use unbounded memory. Patterns that are catastrophic for a
/// backtracking engine run in linear time and find their match at the end
/// of 300 kB lines; a pattern whose match iteration is quadratic is cut off
/// by the budget (a limit event, as `on_limit` says); a huge counted
/// repetition or an overlong pattern is refused at load with one line that
/// names the file and the detector (an error, as `on_error` says).
#[test]
fn admin_detectors_run_in_linear_time_within_the_budget() {
    let (env, base) = with_clean_main("admin_detectors_run_in_linear_time_within_the_budget");
    const LEN: usize = 300_000;

    // (a+)+b and (x|x)*y over long lines: linear, and they match.
    let backtracking = detector_dir(
        &env,
        "backtracking",
        "backtracking.toml",
        r#"[[detector]]
id = "site-nested-plus"
name = "Nested quantifiers"
severity = "high"
keywords = ["aaa"]
pattern = '''(a+)+b'''
multiline = true
window = 65536
global_filters = false

[[detector]]
id = "site-alternation-star"
name = "Overlapping alternation under a star"
severity = "high"
keywords = ["xxx"]
pattern = '''(x|x)*y'''
multiline = true
window = 65536
global_filters = false
"#,
    );
    env.set_config_with_detector_dir("", &backtracking);
    env.write("data/a.txt", format!("{}b\n{}y\n", "a".repeat(LEN), "x".repeat(LEN)));
    let c = env.commit_all("long lines");
    let t = Instant::now();
    let run = env.push(&["origin", "main"]);
    let took = t.elapsed();
    run.assert_rejected_for_secrets()
        .assert_remote_contains("site-nested-plus")
        .assert_remote_contains("site-alternation-star")
        .assert_remote_contains("data/a.txt:1")
        .assert_remote_contains("data/a.txt:2")
        .assert_remote_lacks("time budget");
    assert!(took < Duration::from_secs(15), "took {took:?}");
    assert!(!env.server_has_object(&c));

    // Quadratic match iteration: stopped by the budget.
    let slow = detector_dir(&env, "slow", "slow.toml", SLOW_DETECTOR);
    env.git(&["reset", "-q", "--hard", &base]);
    env.write("data/q.txt", format!("{}\n", "q".repeat(LEN)));
    let c = env.commit_all("long q line");
    for (on_limit, accepted) in [("reject", false), ("accept", true)] {
        env.set_config_with_detector_dir(
            &format!("[policy]\non_limit = \"{on_limit}\"\n\n[limits]\ntime_budget_ms = 2000\n"),
            &slow,
        );
        let t = Instant::now();
        let run = env.push(&["origin", "main"]);
        let took = t.elapsed();
        // Without the budget this scan takes minutes.
        assert!(took < Duration::from_secs(15), "took {took:?}\n{}", run.describe());
        run.assert_remote_contains("data/q.txt")
            .assert_remote_contains("ms for this push ran out, set by limits.time_budget_ms");
        if accepted {
            run.assert_accepted();
            assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
        } else {
            run.assert_declined();
            assert!(!env.server_has_object(&c));
        }
        let rec = env.incidents().pop().expect("a record");
        assert_eq!(rec["action"], "limit", "{rec}");
        assert_eq!(rec["verdict"], if accepted { "accepted" } else { "rejected" }, "{rec}");
    }

    // Refused at load: a counted repetition too big for the NFA budget, and
    // a pattern longer than the limit.
    let long_pattern = format!(
        "(?:{})",
        (0..700).map(|i| format!("k{i:04}")).collect::<Vec<_>>().join("|")
    );
    let cases = [
        (
            "repetition.toml",
            "site-huge-repetition",
            "((a{50}){50}){50}".to_string(),
            "limit",
        ),
        ("long.toml", "site-long-pattern", long_pattern, "longer than the limit"),
    ];
    // On top of the long line the last round accepted.
    let head = env.server_ref("refs/heads/main").expect("main");
    let c = env.commit_file("notes.txt", "harmless\n", "harmless");
    for (file, id, pattern, why) in cases {
        let dir = detector_dir(
            &env,
            &format!("refused-{id}"),
            file,
            &format!(
                "[[detector]]\nid = \"{id}\"\nname = \"Refused\"\nseverity = \"high\"\nkeywords = [\"kkk\"]\npattern = '''{pattern}'''\n"
            ),
        );
        env.set_config_with_detector_dir("", &dir);
        let run = env.push(&["origin", "main"]);
        run.assert_declined();
        let lines = run.remote_lines();
        let err = lines
            .iter()
            .find(|l| l.starts_with("error: pushguard could not check this push"))
            .unwrap_or_else(|| panic!("no error line\n{}", run.describe()));
        assert!(
            err.contains(file) && err.contains(id) && err.contains(why),
            "the error should name {file}, {id} and why: {err}"
        );
        // Exit 2 (error), not 1 (findings).
        let input = format!("{ZERO_OID} {base} refs/heads/copy\n");
        env.run_hook_directly(input.as_bytes(), &[]).assert_code(2);
        assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(head.as_str()));

        env.set_config_with_detector_dir("[policy]\non_error = \"accept\"\n", &dir);
        env.run_hook_directly(input.as_bytes(), &[]).assert_code(0);
    }
    // The last one with on_error = accept over a real push.
    let run = env.push(&["origin", "main"]);
    run.assert_accepted()
        .assert_remote_contains("warning: pushguard could not check this push");
    assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(c.as_str()));
    let rec = env.incidents().pop().expect("a record");
    assert_eq!(rec["action"], "error", "{rec}");
    assert_eq!(rec["verdict"], "accepted", "{rec}");
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
