//! `pushguard scan` on plain files, and the detectors the tests rely on.

use serde_json::Value;

use crate::support::{detectors, expected_fingerprint, is_hex64, utf16, Env};

/// Runs `pushguard scan --format json ARG` with `stdin`, checks the exit
/// code and returns the findings.
fn scan_json(env: &Env, arg: &str, stdin: &[u8], code: i32) -> Vec<Value> {
    let run = env.pushguard(&env.root, &["scan", "--format", "json", arg], stdin, &[]);
    run.assert_code(code);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e})\n{}", run.describe()))
}

#[test]
fn scan_of_dir_with_secret_reports_json_and_exits_1() {
    let env = Env::new("scan_of_dir_with_secret_reports_json_and_exits_1");
    let dir = env.root.join("project");
    let token = env.github_token();
    std::fs::create_dir_all(dir.join("conf")).expect("mkdir");
    std::fs::write(dir.join("README.md"), "# project\n").expect("write");
    std::fs::write(dir.join("conf/prod.env"), format!("# prod\nGITHUB_TOKEN={token}\n")).expect("write");
    let findings = scan_json(&env, dir.to_str().expect("utf-8"), b"", 1);
    assert_eq!(findings.len(), 1, "{findings:?}");
    let f = &findings[0];
    let path = f["path"].as_str().expect("path");
    assert!(path.ends_with("conf/prod.env"), "{path}");
    assert_eq!(f["line"], 2);
    assert_eq!(f["detector"], env.github_id());
    let fp = f["fingerprint"].as_str().expect("fingerprint");
    assert!(is_hex64(fp), "{fp}");
    assert_eq!(fp, expected_fingerprint(env.github_id(), &token));
    assert!(f["preview"].as_str().is_some_and(|p| p.contains('*')), "{f}");
    // The raw secret is checked by the central leak assertion (Env::pushguard).
}

#[test]
fn scan_of_clean_dir_exits_0() {
    let env = Env::new("scan_of_clean_dir_exits_0");
    let dir = env.root.join("project");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("main.py"), format!("print({:?})\n", env.filler(5))).expect("write");
    let findings = scan_json(&env, dir.to_str().expect("utf-8"), b"", 0);
    assert!(findings.is_empty(), "{findings:?}");
}

/// The suite's fake secrets must be caught by detectors compiled into the
/// binary. (Until they are, the other tests run with a fallback detector
/// from `detectors.extra_dirs`; see `support::detectors`.)
#[test]
fn builtin_detectors_report_github_pat_and_aws_key() {
    let ids = detectors();
    assert!(
        ids.builtin_github.is_some(),
        "no built-in detector reports a GitHub classic PAT (ghp_ + 30 + base62 CRC32)"
    );
    assert!(
        ids.builtin_aws.is_some(),
        "no built-in detector reports an AWS access key id (AKIA + 16)"
    );
}

#[test]
fn scan_reads_stdin_and_escapes_non_utf8_names() {
    use std::os::unix::ffi::OsStrExt;
    let env = Env::new("scan_reads_stdin_and_escapes_non_utf8_names");
    let token = env.github_token();
    let findings = scan_json(&env, "-", format!("x\ny = {token}\n").as_bytes(), 1);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["path"], "(stdin)");
    assert_eq!(findings[0]["line"], 2);

    let dir = env.root.join("names");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.env");
    std::fs::write(dir.join(name), format!("T={}\n", env.github_token())).expect("write");
    let run = env.pushguard(
        &env.root,
        &["scan", "--format", "text", dir.to_str().expect("utf-8")],
        b"",
        &[],
    );
    run.assert_code(1);
    assert!(run.stdout.contains("caf\\xe9.env:1"), "{}", run.describe());
}

#[test]
fn scan_skips_binary_files_and_says_so() {
    let env = Env::new("scan_skips_binary_files_and_says_so");
    let dir = env.root.join("bin");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let mut data = b"\x00\x01\x02".to_vec();
    data.extend_from_slice(format!("token={}\n", env.github_token()).as_bytes());
    std::fs::write(dir.join("blob.bin"), data).expect("write");
    let run = env.pushguard(
        &env.root,
        &["scan", "--format", "json", dir.to_str().expect("utf-8")],
        b"",
        &[],
    );
    run.assert_code(0);
    assert!(
        run.stderr.contains("blob.bin") && run.stderr.contains("binary"),
        "{}",
        run.describe()
    );
}

/// Plain-file scans transcode UTF-16 (with a byte order mark, or ASCII
/// with NULs between) as the hook and `scan --repo` do, instead of calling
/// such files binary; stdin too. Line numbers count the text's lines.
#[test]
fn scan_of_files_transcodes_utf16() {
    let env = Env::new("scan_of_files_transcodes_utf16");
    let dir = env.root.join("win");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let (t1, t2, t3) = (env.github_token(), env.github_token(), env.github_token());
    std::fs::write(
        dir.join("le.reg"),
        utf16(&format!("Windows Registry\r\n\"Token\"=\"{t1}\"\r\n"), false, true),
    )
    .expect("write");
    std::fs::write(
        dir.join("be.txt"),
        utf16(&format!("first line\nsecond line\nthird = {t2}\n"), true, false),
    )
    .expect("write");
    let findings = scan_json(&env, dir.to_str().expect("utf-8"), b"", 1);
    let mut places: Vec<(String, i64, String)> = findings
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap_or_default();
            let name = path.rsplit('/').next().unwrap_or_default().to_string();
            let fp = f["fingerprint"].as_str().unwrap_or_default().to_string();
            (name, f["line"].as_i64().unwrap_or(0), fp)
        })
        .collect();
    places.sort();
    assert_eq!(
        places,
        vec![
            ("be.txt".to_string(), 3, expected_fingerprint(env.github_id(), &t2)),
            ("le.reg".to_string(), 2, expected_fingerprint(env.github_id(), &t1)),
        ],
        "{findings:?}"
    );

    let stdin = utf16(&format!("a\r\nb = {t3}\r\n"), false, true);
    let findings = scan_json(&env, "-", &stdin, 1);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["line"], 2);
    assert_eq!(
        findings[0]["fingerprint"].as_str(),
        Some(expected_fingerprint(env.github_id(), &t3).as_str())
    );
}

/// `scan --repo --format sarif` writes SARIF 2.1.0 that validates against
/// the OASIS schema (vendored in `tests/data/`, draft-07, no remote `$ref`)
/// and meets what GitHub code scanning needs beyond the schema.
#[test]
fn scan_repo_sarif_validates_against_the_sarif_2_1_0_schema() {
    let env = Env::new("scan_repo_sarif_validates_against_the_sarif_2_1_0_schema");
    let (token, key) = (env.github_token(), env.aws_key_id());
    env.commit_file("README.md", "# app\n", "initial");
    env.commit_file(
        "config/deploy.env",
        &format!("# deploy\nGITHUB_TOKEN={token}\n"),
        "deploy settings",
    );
    env.commit_file(
        "src/aws settings.py",
        &format!("import os\n\nREGION = 'eu-west-1'\nAWS_ACCESS_KEY_ID = \"{key}\"\n"),
        "aws client",
    );
    let report = env.root.join("report.sarif");
    let run = env.pushguard(
        &env.root,
        &[
            "scan",
            "--repo",
            env.work.to_str().expect("utf-8"),
            "--format",
            "sarif",
            "--output",
            report.to_str().expect("utf-8"),
        ],
        b"",
        &[],
    );
    run.assert_code(1);
    let text = std::fs::read_to_string(&report).expect("read the SARIF report");
    env.assert_no_leak("the SARIF report", &text);
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e})\n{text}"));

    let schema_path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sarif-schema-2.1.0.json");
    let mut schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).expect("read schema")).expect("schema JSON");
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    fix_sarif_language_pattern(&mut schema);
    // Offline, and built without the resolve-http/resolve-file features: a
    // remote $ref would fail to compile instead of being fetched.
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .offline()
        .build(&schema)
        .expect("compile the SARIF schema");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}\n{text}",
        errors.join("\n")
    );
    // The validator is not vacuous: it catches a missing message and line 0.
    let mut broken = doc.clone();
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .expect("result")
        .remove("message");
    broken["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    assert_eq!(validator.iter_errors(&broken).count(), 2, "{broken}");

    // What GitHub code scanning requires or uses beyond the schema.
    assert_eq!(doc["version"], "2.1.0");
    let runs = doc["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1, "{text}");
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "pushguard");
    let rules = driver["rules"].as_array().expect("rules");
    let rule_ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().expect("rule id")).collect();
    for r in rules {
        assert!(
            r["shortDescription"]["text"].as_str().is_some_and(|t| !t.is_empty()),
            "{r}"
        );
        let sev = r["properties"]["security-severity"]
            .as_str()
            .expect("security-severity");
        assert!(sev.parse::<f64>().is_ok_and(|v| (0.0..=10.0).contains(&v)), "{sev}");
    }
    let mut unique = rule_ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), rule_ids.len(), "duplicate rule ids: {rule_ids:?}");

    let results = runs[0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 2, "{text}");
    let mut seen = Vec::new();
    for r in results {
        let id = r["ruleId"].as_str().expect("ruleId");
        let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rule_ids.get(index), Some(&id), "ruleIndex of {r}");
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().expect("level")));
        assert!(r["message"]["text"].as_str().is_some_and(|t| !t.is_empty()), "{r}");
        let locations = r["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), 1, "{r}");
        let loc = &locations[0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(
            !uri.starts_with('/') && !uri.contains("://") && !uri.starts_with("./"),
            "{uri}"
        );
        assert!(!uri.contains(' '), "{uri}");
        assert!(loc["region"]["startLine"].as_u64().is_some_and(|l| l >= 1), "{r}");
        let fp = r["partialFingerprints"].as_object().expect("partialFingerprints");
        assert!(!fp.is_empty(), "{r}");
        assert!(r["properties"]["commit"].as_str().is_some_and(|c| c.len() == 40), "{r}");
        seen.push((
            id.to_string(),
            uri.to_string(),
            loc["region"]["startLine"].as_u64().expect("line"),
        ));
    }
    seen.sort();
    let mut want = vec![
        (env.github_id().to_string(), "config/deploy.env".to_string(), 2),
        (env.aws_id().to_string(), "src/aws%20settings.py".to_string(), 4),
    ];
    want.sort();
    assert_eq!(seen, want, "{text}");
}

/// The OASIS schema's pattern for `language` (BCP 47 tag: `en` or `en-US`)
/// has a stray `]`, so no draft-07 validator accepts the schema itself
/// (`format: regex` of its meta-schema). Replaces it, in memory, with the
/// pattern its description means; pushguard never writes `language`.
fn fix_sarif_language_pattern(v: &mut Value) {
    const BROKEN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "pattern" && child.as_str() == Some(BROKEN) {
                    *child = Value::String("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into());
                } else {
                    fix_sarif_language_pattern(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(fix_sarif_language_pattern),
        _ => {}
    }
}
