//! `pushguard scan` on plain files, and the detectors the tests rely on.

use serde_json::Value;

use crate::util::{detectors, expected_fingerprint, is_hex64, Env};

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
/// from `detectors.extra_dirs`; see `util::detectors`.)
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
