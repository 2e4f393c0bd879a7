//! Pushes that run at the same time (issue 6), over smart HTTP and over the
//! file transport: each gets the verdict it would get alone, and the incident log gets exactly one intact record (one
//! whole JSON line) for each push that needs one.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use serde_json::Value;

use crate::support::servers::{require, start_http};
use crate::support::{
    assert_pusher, expected_fingerprint, install_with_installer, short, with_clean_main, Env, Pusher,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Clean,
    Secret,
    Bypass,
    InlineMarker,
    AllowFile,
}

const KINDS: [Kind; 5] = [
    Kind::Clean,
    Kind::Secret,
    Kind::Bypass,
    Kind::InlineMarker,
    Kind::AllowFile,
];

#[test]
fn fifty_concurrent_http_pushes_get_their_verdicts_and_one_intact_record_each() {
    const NAME: &str = "fifty_concurrent_http_pushes_get_their_verdicts_and_one_intact_record_each";
    const PUSHES: usize = 50;
    let started = Instant::now();
    let Some(programs) = require(NAME, &["nginx", "fcgiwrap", "git-http-backend"]) else {
        return;
    };
    let env = Env::new(NAME);
    let http = start_http(&env, &programs, &[("alice", "wonderland")]);
    let url = http.url("alice", "wonderland");
    let base = env.commit_file("README.md", "# shared\n", "base");
    env.push(&[url.as_str(), "main"]).assert_accepted();
    install_with_installer(&env);
    env.set_config(
        "[bypass]\nenabled = true\nusers = [\"alice\"]\n\n[exceptions]\nrepo_file_paths = [\"fixtures/**\"]\n",
    );

    // One branch per push; the kinds take turns.
    struct Push {
        kind: Kind,
        branch: String,
        commit: String,
        path: String,
        fingerprint: Option<String>,
    }
    let mut pushes = Vec::new();
    for i in 0..PUSHES {
        let kind = KINDS[i % KINDS.len()];
        let branch = format!("p{i:02}");
        env.git(&["checkout", "-q", "-b", &branch, &base]);
        let (token, detector) = if i % 2 == 0 {
            (env.github_token(), env.github_id().to_string())
        } else {
            (env.aws_key_id(), env.aws_id().to_string())
        };
        let fingerprint = Some(expected_fingerprint(&detector, &token));
        let (path, fingerprint) = match kind {
            Kind::Clean => {
                let path = format!("svc{i:02}/notes.md");
                env.write(&path, format!("{}\n", env.filler(12)));
                (path, None)
            }
            Kind::Secret | Kind::Bypass => {
                let path = format!("svc{i:02}/token.env");
                env.write(&path, format!("TOKEN={token}\n"));
                (path, fingerprint)
            }
            Kind::InlineMarker => {
                let path = format!("svc{i:02}/fixture.txt");
                env.write(&path, format!("fixture = {token}  # pushguard:allow\n"));
                (path, fingerprint)
            }
            Kind::AllowFile => {
                let path = format!("fixtures/svc{i:02}.txt");
                env.write(&path, format!("token = {token}\n"));
                let fp = fingerprint.as_deref().expect("fingerprint");
                env.write(
                    ".pushguard.toml",
                    format!("[[allow]]\nfingerprint = \"{fp}\"\nreason = \"revoked fixture {i}\"\n"),
                );
                (path, fingerprint)
            }
        };
        let commit = env.commit_all(&format!("push {i}"));
        pushes.push(Push {
            kind,
            branch,
            commit,
            path,
            fingerprint,
        });
    }
    let args: Vec<Vec<String>> = pushes
        .iter()
        .map(|p| {
            let mut a = Vec::new();
            if p.kind == Kind::Bypass {
                a.extend(["-o".to_string(), format!("pushguard.bypass=fixture for {}", p.branch)]);
            }
            a.extend([url.clone(), p.branch.clone()]);
            a
        })
        .collect();
    let args: Vec<Vec<&str>> = args.iter().map(|a| a.iter().map(String::as_str).collect()).collect();
    let push_started = Instant::now();
    // Checks every output and the log for the secrets, and that no view
    // directory is left once all hooks have finished.
    let runs = env.push_concurrently(&args);
    let push_time = push_started.elapsed();

    let mut shown_ids = BTreeMap::new();
    for (p, run) in pushes.iter().zip(&runs) {
        let refname = format!("refs/heads/{}", p.branch);
        match p.kind {
            Kind::Clean => {
                run.assert_accepted();
                assert_eq!(run.incident_id(), None, "{}", run.describe());
            }
            Kind::Secret => {
                run.assert_rejected_for_secrets()
                    .assert_remote_contains(&format!("{}:1", p.path))
                    .assert_remote_contains(&format!("{} on {refname}", short(&p.commit)));
            }
            Kind::Bypass => {
                run.assert_accepted().assert_remote_contains(&format!(
                    "pushguard was bypassed by alice with reason: fixture for {}",
                    p.branch
                ));
            }
            Kind::InlineMarker | Kind::AllowFile => {
                run.assert_accepted().assert_remote_contains(&format!("{}:1", p.path));
            }
        }
        if p.kind == Kind::Secret {
            assert_eq!(env.server_ref(&refname), None, "{refname} must not exist");
            assert!(!env.server_has_object(&p.commit), "rejected {} landed", p.commit);
        } else {
            assert_eq!(env.server_ref(&refname).as_deref(), Some(p.commit.as_str()));
        }
        if p.kind != Kind::Clean {
            let id = run
                .incident_id()
                .unwrap_or_else(|| panic!("no incident id\n{}", run.describe()));
            shown_ids.insert(refname, id);
        }
    }

    // The log: whole lines only, each a record, exactly one per push that
    // needs one.
    let text = env.log_text();
    assert!(text.ends_with('\n'), "the log ends inside a record");
    for (n, line) in text.lines().enumerate() {
        assert!(
            line.starts_with("{\"id\":") && line.ends_with('}'),
            "line {} of the log is not one whole record: {line}",
            n + 1
        );
    }
    let records = env.incidents();
    let mut by_ref: BTreeMap<String, &Value> = BTreeMap::new();
    let mut by_action: BTreeMap<String, usize> = BTreeMap::new();
    for rec in &records {
        assert_eq!(rec["refs"].as_array().map(Vec::len), Some(1), "{rec}");
        let name = rec["refs"][0]["name"].as_str().expect("ref name").to_string();
        assert!(by_ref.insert(name.clone(), rec).is_none(), "two records for {name}");
        *by_action
            .entry(rec["action"].as_str().expect("action").to_string())
            .or_default() += 1;
        assert_eq!(rec["pusher"]["name"], "alice", "{rec}");
        assert_eq!(rec["pusher"]["source"], "REMOTE_USER", "{rec}");
    }
    let per_kind = PUSHES / KINDS.len();
    assert_eq!(
        by_action,
        BTreeMap::from([
            ("allowed-by-exception".to_string(), 2 * per_kind),
            ("blocked".to_string(), per_kind),
            ("bypassed".to_string(), per_kind),
        ]),
        "records by action"
    );
    for p in &pushes {
        let refname = format!("refs/heads/{}", p.branch);
        let Some(rec) = by_ref.get(&refname) else {
            assert_eq!(p.kind, Kind::Clean, "no record for {refname}");
            continue;
        };
        assert_ne!(p.kind, Kind::Clean, "a clean push was recorded: {rec}");
        let (action, verdict, exception) = match p.kind {
            Kind::Secret => ("blocked", "rejected", None),
            Kind::Bypass => ("bypassed", "accepted", None),
            Kind::InlineMarker => ("allowed-by-exception", "accepted", Some("inline-marker")),
            Kind::AllowFile => ("allowed-by-exception", "accepted", Some(".pushguard.toml")),
            Kind::Clean => unreachable!(),
        };
        assert_eq!(rec["action"], action, "{rec}");
        assert_eq!(rec["verdict"], verdict, "{rec}");
        assert_eq!(rec["id"].as_str(), shown_ids.get(&refname).map(String::as_str), "{rec}");
        assert_eq!(rec["refs"][0]["new"], p.commit.as_str(), "{rec}");
        let findings = rec["findings"].as_array().expect("findings");
        assert_eq!(findings.len(), 1, "{rec}");
        assert_eq!(findings[0]["path"], p.path.as_str(), "{rec}");
        assert_eq!(findings[0]["fingerprint"].as_str(), p.fingerprint.as_deref(), "{rec}");
        if let Some(e) = exception {
            assert!(
                findings[0]["exception"].as_str().is_some_and(|x| x.contains(e)),
                "{rec}"
            );
        }
        if p.kind == Kind::Bypass {
            assert_eq!(rec["bypass_reason"], format!("fixture for {}", p.branch), "{rec}");
        }
    }
    drop(http);
    eprintln!(
        "{NAME}: {:.1} s ({PUSHES} concurrent pushes: {:.1} s)",
        started.elapsed().as_secs_f64(),
        push_time.as_secs_f64()
    );
}

#[test]
fn twenty_concurrent_http_pushes_to_one_repository() {
    const NAME: &str = "twenty_concurrent_http_pushes_to_one_repository";
    const PUSHES: usize = 20;
    let started = Instant::now();
    let Some(programs) = require(NAME, &["nginx", "fcgiwrap", "git-http-backend"]) else {
        return;
    };
    let env = Env::new(NAME);
    let http = start_http(&env, &programs, &[("alice", "wonderland")]);
    let url = http.url("alice", "wonderland");
    // The common base lands before the hook is installed.
    let base = env.commit_file("README.md", "# shared\n", "base");
    env.push(&[url.as_str(), "main"]).assert_accepted();
    install_with_installer(&env);

    // One branch per push, every other one with a fake token.
    let mut branches = Vec::new();
    for i in 0..PUSHES {
        let branch = format!("topic-{i:02}");
        env.git(&["checkout", "-q", "-b", &branch, &base]);
        let secret = i % 2 == 1;
        let commit = if secret {
            let token = env.github_token();
            env.commit_file(
                &format!("svc{i:02}/token.env"),
                &format!("# service {i}\nTOKEN={token}\n"),
                &format!("service {i}"),
            )
        } else {
            let text = env.filler(12);
            env.commit_file(
                &format!("svc{i:02}/notes.md"),
                &format!("{text}\n"),
                &format!("notes {i}"),
            )
        };
        branches.push((branch, commit, secret));
    }
    let pushes: Vec<Vec<&str>> = branches
        .iter()
        .map(|(b, _, _)| vec![url.as_str(), b.as_str()])
        .collect();
    let push_started = Instant::now();
    let runs = env.push_concurrently(&pushes);
    let push_time = push_started.elapsed();

    let mut ids = BTreeSet::new();
    for ((branch, commit, secret), run) in branches.iter().zip(&runs) {
        let refname = format!("refs/heads/{branch}");
        if *secret {
            run.assert_rejected_for_secrets()
                .assert_remote_contains(&format!("{branch_dir}/token.env:2", branch_dir = svc_dir(branch)))
                .assert_remote_contains(&format!("{} on {refname}", short(commit)));
            assert_eq!(env.server_ref(&refname), None, "{refname} must not exist");
            assert!(!env.server_has_object(commit), "rejected {commit} landed");
            ids.insert(
                run.incident_id()
                    .unwrap_or_else(|| panic!("no incident id\n{}", run.describe())),
            );
        } else {
            run.assert_accepted();
            assert_eq!(env.server_ref(&refname).as_deref(), Some(commit.as_str()));
            assert_eq!(run.incident_id(), None, "{}", run.describe());
        }
    }

    // Exactly one whole JSON line per blocked push.
    let text = env.log_text();
    assert!(text.ends_with('\n'), "log does not end with a newline:\n{text}");
    assert_eq!(text.lines().count(), PUSHES / 2, "{text}");
    let records = env.incidents();
    let mut logged_refs = BTreeSet::new();
    let mut logged_ids = BTreeSet::new();
    for rec in &records {
        assert_eq!(rec["action"], "blocked", "{rec}");
        assert_eq!(rec["refs"].as_array().map(Vec::len), Some(1), "{rec}");
        assert_eq!(rec["findings"].as_array().map(Vec::len), Some(1), "{rec}");
        let name = rec["refs"][0]["name"].as_str().expect("ref name").to_string();
        let branch = name.trim_start_matches("refs/heads/");
        assert_eq!(
            rec["findings"][0]["path"],
            format!("{}/token.env", svc_dir(branch)),
            "{rec}"
        );
        assert_pusher(
            rec,
            &Pusher {
                name: "alice",
                source: "REMOTE_USER",
                protocol: Some("http"),
                remote_addr: Some("127.0.0.1"),
            },
        );
        logged_refs.insert(name);
        logged_ids.insert(rec["id"].as_str().expect("id").to_string());
    }
    let expected_refs: BTreeSet<String> = branches
        .iter()
        .filter(|(_, _, s)| *s)
        .map(|(b, _, _)| format!("refs/heads/{b}"))
        .collect();
    assert_eq!(logged_refs, expected_refs);
    assert_eq!(logged_ids, ids, "incident ids in the log and in the push output differ");
    env.assert_no_leak("the incident log", &text);
    drop(http);
    eprintln!(
        "{NAME}: {:.1} s ({PUSHES} concurrent pushes: {:.1} s)",
        started.elapsed().as_secs_f64(),
        push_time.as_secs_f64()
    );
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

/// `topic-07` → `svc07`.
fn svc_dir(branch: &str) -> String {
    format!("svc{}", branch.trim_start_matches("topic-"))
}
