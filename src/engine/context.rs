//! What the text and the path around a value say about it.
//!
//! A detector proves a value has a credential's shape. Whether it is a live
//! credential or an illustration also shows in where it sits: a
//! documentation page, a comment that calls it an example, a URL in a
//! comment that shows a syntax (`http://user:pass@host`). This module reads
//! those signs; [`confidence`] turns them into a finding's confidence.
//!
//! Pure functions over bytes and path strings: no git, no file system.

use super::Confidence;

/// Words that, in a comment or in documentation prose, call a value an
/// illustration rather than a credential.
const EXAMPLE_WORDS: &[&[u8]] = &[
    b"example",
    b"e.g.",
    b"for instance",
    b"sample",
    b"dummy",
    b"fake",
    b"illustrat",
    b"placeholder",
    b"not a real",
    b"not real",
];

/// File extensions of documentation.
const DOC_EXTENSIONS: &[&str] = &[
    "md", "markdown", "mdx", "rst", "adoc", "asciidoc", "asc", "rdoc", "textile",
];
/// Directory names whose files are documentation (with a text extension).
const DOC_DIRS: &[&str] = &["doc", "docs", "documentation", "man", "wiki"];
/// Text extensions that count as documentation inside [`DOC_DIRS`].
const DOC_DIR_EXTENSIONS: &[&str] = &["txt", "html", "htm", "texi", "tex", "1", "5", "7", "8"];

/// Whether `path` is a documentation file: a Markdown, reStructuredText or
/// AsciiDoc file anywhere, or a text page in a `docs/`-like directory.
pub fn is_documentation(path: &str) -> bool {
    let path = path.replace('\\', "/");
    let name = path.rsplit('/').next().unwrap_or(&path);
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let Some(ext) = ext else { return false };
    if DOC_EXTENSIONS.contains(&ext.as_str()) {
        return true;
    }
    let in_doc_dir = path
        .split('/')
        .rev()
        .skip(1)
        .any(|d| DOC_DIRS.contains(&d.to_ascii_lowercase().as_str()));
    in_doc_dir && DOC_DIR_EXTENSIONS.contains(&ext.as_str())
}

/// The line of `text` that holds byte `at`, without its line break.
fn line_around(text: &[u8], at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let start = memchr::memrchr(b'\n', &text[..at]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &text[at..]).map_or(text.len(), |p| at + p);
    (start, end)
}

/// Where a comment starts on the line `text[start..end]`, if it has one
/// before byte `before`: a line that begins with a comment marker, or a
/// marker after code (`x = 1  # note`, `f(); // note`).
fn comment_start(text: &[u8], start: usize, end: usize, before: usize) -> Option<usize> {
    let line = &text[start..end];
    let indent = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let rest = &line[indent..];
    const LEADING: &[&[u8]] = &[
        b"#", b"//", b"/*", b"*", b"<!--", b"--", b";", b"%", b"rem ", b"REM ", b"'",
    ];
    if LEADING.iter().any(|m| rest.starts_with(m)) {
        return Some(start + indent);
    }
    const TRAILING: &[&[u8]] = &[b" #", b"\t#", b" //", b"\t//", b"/*", b"<!--", b" --"];
    let limit = before.min(end).saturating_sub(start);
    TRAILING
        .iter()
        .filter_map(|m| memchr::memmem::find(&line[..limit], m))
        .min()
        .map(|p| start + p)
}

fn has_example_word(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    // A word, not part of an identifier (`tracing_sample_rate`, `resample`).
    EXAMPLE_WORDS.iter().any(|w| {
        memchr::memmem::find_iter(&lower, w)
            .any(|at| at == 0 || !(lower[at - 1].is_ascii_alphanumeric() || lower[at - 1] == b'_'))
    })
}

/// Whether the text around the value at `secret` calls it an example: a
/// comment on its line (outside the value) with an example word, or the
/// comment line just above when the value's own line is a comment too. In
/// documentation, prose counts as comment: the value's line and the two
/// lines above it.
pub fn called_an_example(text: &[u8], secret: &std::ops::Range<usize>, docs: bool) -> bool {
    let (start, end) = line_around(text, secret.start);
    let outside = |a: usize, b: usize| {
        let mut v = text[a..b.min(secret.start).max(a)].to_vec();
        if secret.end < b {
            v.extend_from_slice(&text[secret.end.max(a)..b]);
        }
        v
    };
    if docs {
        let mut from = start;
        for _ in 0..2 {
            if from == 0 {
                break;
            }
            from = line_around(text, from - 1).0;
        }
        return has_example_word(&outside(from, end));
    }
    let own = comment_start(text, start, end, end);
    if let Some(c) = own {
        if has_example_word(&outside(c, end)) {
            return true;
        }
    }
    // A commented-out block under an "Example:" comment line.
    let line_is_comment = own.is_some_and(|c| c <= secret.start);
    if line_is_comment && start > 0 {
        let (ps, pe) = line_around(text, start - 1);
        if let Some(c) = comment_start(text, ps, pe, pe) {
            return has_example_word(&text[c..pe]);
        }
    }
    false
}

/// A finding's confidence: the detector's (already `high` for a verified
/// checksum), one step lower in documentation, and one more when the text
/// calls the value an example. A value with a verified checksum was minted
/// by the provider's generator, so context lowers it at most to `medium`.
pub fn confidence(
    base: Confidence,
    checksum: bool,
    path: &str,
    text: &[u8],
    secret: &std::ops::Range<usize>,
) -> Confidence {
    let docs = is_documentation(path);
    let mut c = base;
    // A value in documentation is an illustration unless it reads as the
    // output of a generator (see `reads_generated`): documentation that
    // shows a freshly generated key (Flask's `SECRET_KEY` pages, say) is
    // copied verbatim into applications.
    if docs && !reads_generated(&text[secret.clone()]) {
        c = c.lowered();
    }
    if called_an_example(text, secret, docs) {
        c = c.lowered();
    }
    if checksum {
        c = c.max(Confidence::Medium);
    }
    c
}

/// Whether a value reads as a generator's output rather than as typed
/// words: at least 12 bytes, three of the four kinds of character (lower
/// and upper case letters, digits, others) and no run of more than six
/// lower-case letters (`my-secret-key-123` has one; of random 40-character
/// base62 values, about one in eleven has one too, and stays lowered);
/// or 32 hex digits or more that mix letters and digits.
pub fn reads_generated(value: &[u8]) -> bool {
    let kinds = [
        value.iter().any(u8::is_ascii_lowercase),
        value.iter().any(u8::is_ascii_uppercase),
        value.iter().any(u8::is_ascii_digit),
        value.iter().any(|b| !b.is_ascii_alphanumeric()),
    ];
    let mut run = 0;
    let mut longest = 0;
    for b in value {
        run = if b.is_ascii_lowercase() { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    // Hex from a generator (`secrets.token_hex()`, `openssl rand -hex`):
    // 32 digits or more, letters and digits mixed.
    let hex = value.len() >= 32 && value.iter().all(u8::is_ascii_hexdigit) && kinds[2] && (kinds[0] || kinds[1]);
    hex || (value.len() >= 12 && kinds.iter().filter(|&&k| k).count() >= 3 && longest <= 6)
}

/// Whether the URL match that starts at `at` sits in a code comment and its
/// password reads as syntax rather than a secret: a plain word, maybe with
/// a few digits (`pass`, `tiger`, `secret123`), or the user name again.
pub fn url_syntax_in_comment(text: &[u8], at: usize, password: &[u8]) -> bool {
    let (start, end) = line_around(text, at);
    if comment_start(text, start, end, at).is_none_or(|c| c > at) {
        return false;
    }
    let letters = password.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = password[letters..].iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=16).contains(&letters) && digits <= 4 && letters + digits == password.len() {
        return true;
    }
    // `scheme://NAME:PASSWORD@` with the same name and password.
    let after_scheme = memchr::memmem::find(&text[at..end], b"://").map(|p| at + p + 3);
    if let Some(u) = after_scheme {
        if let Some(colon) = memchr::memchr(b':', &text[u..end]) {
            return text[u..u + colon].eq_ignore_ascii_case(password);
        }
    }
    false
}

/// Whether a generic value is a reference to its own name rather than a
/// literal: `decodedToken: entryByScope.decodedToken`,
/// `access_token = self._oauth2_access_token`,
/// `"V1TokenRequest": ".models.v1_token_request"`, or the name again. The
/// value must be identifier-shaped (letters, digits, `_ . $ |`) and hold the
/// whole name (compared without case and separators); a name of fewer than
/// five letters and digits proves nothing. A value that also holds other
/// bytes (`term-token-gPFE...`) or that merely contains a shorter word
/// (`MyPassword2024` under `password`: no separator) stays a candidate.
pub fn value_names_itself(name: &[u8], value: &[u8]) -> bool {
    let norm = |s: &[u8]| -> Vec<u8> {
        s.iter()
            .filter(|b| b.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase)
            .collect()
    };
    let separator = |b: &u8| matches!(b, b'_' | b'.' | b'$' | b'|');
    let (name, folded) = (norm(name), norm(value));
    if name.len() < 5 || !value.iter().all(|b| b.is_ascii_alphanumeric() || separator(b)) {
        return false;
    }
    folded == name || (value.iter().any(separator) && memchr::memmem::find(&folded, &name).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range_of(text: &str, needle: &str) -> std::ops::Range<usize> {
        let s = text.find(needle).expect("needle");
        s..s + needle.len()
    }

    #[test]
    fn documentation_paths() {
        for p in [
            "README.md",
            "docs/setup.rst",
            "guide/x.adoc",
            "docs/api/intro.txt",
            "Documentation/config.txt",
        ] {
            assert!(is_documentation(p), "{p}");
        }
        for p in [
            "src/main.rs",
            "config/app.env",
            "tests/fixtures/keys.txt",
            "notes.txt",
            "docs",
        ] {
            assert!(!is_documentation(p), "{p}");
        }
    }

    #[test]
    fn comments_that_call_a_value_an_example() {
        let t = "api_key = 'k3yV4lue'  # example key, not used\n";
        assert!(called_an_example(t.as_bytes(), &range_of(t, "k3yV4lue"), false));
        let t = "# Example:\n# api_key = 'k3yV4lue'\n";
        assert!(called_an_example(t.as_bytes(), &range_of(t, "k3yV4lue"), false));
        // Code under an "example" comment is still code.
        let t = "# example configuration\napi_key = 'k3yV4lue'\n";
        assert!(!called_an_example(t.as_bytes(), &range_of(t, "k3yV4lue"), false));
        // The word inside the value does not count.
        let t = "api_key = 'exampleK3y'\n";
        assert!(!called_an_example(t.as_bytes(), &range_of(t, "exampleK3y"), false));
        let t = "For example, set the key:\n\n    export KEY=k3yV4lue\n";
        assert!(called_an_example(t.as_bytes(), &range_of(t, "k3yV4lue"), true));
    }

    #[test]
    fn confidence_steps() {
        let t = "KEY=k3yV4lue # for example\n";
        let r = range_of(t, "k3yV4lue");
        assert_eq!(
            confidence(Confidence::High, false, "a.env", t.as_bytes(), &r),
            Confidence::Medium
        );
        assert_eq!(
            confidence(Confidence::High, false, "README.md", t.as_bytes(), &r),
            Confidence::Low
        );
        assert_eq!(
            confidence(Confidence::High, true, "README.md", t.as_bytes(), &r),
            Confidence::Medium
        );
        let t = "KEY=k3yV4lue\n";
        let r = range_of(t, "k3yV4lue");
        assert_eq!(
            confidence(Confidence::High, false, "app.py", t.as_bytes(), &r),
            Confidence::High
        );
    }

    #[test]
    fn example_words_are_words() {
        assert!(has_example_word(b"# for example, a key:"));
        assert!(has_example_word(b"Examples: "));
        assert!(!has_example_word(b"tracing_sample_rate: 1.0"));
        assert!(!has_example_word(b"resample = true"));
    }

    #[test]
    fn generated_values_in_documentation_keep_their_confidence() {
        let t = "app.secret_key = b'_5#y2L\"F4Q8z\\n\\xec]/'\n";
        let r = range_of(t, "_5#y2L");
        let r = r.start..t.len() - 2;
        assert!(reads_generated(&t.as_bytes()[r.clone()]));
        assert_eq!(
            confidence(Confidence::Medium, false, "docs/config.rst", t.as_bytes(), &r),
            Confidence::Medium
        );
        assert!(reads_generated(b"5f352379324c22463451387a0aec5d2f"));
        assert!(!reads_generated(b"0123456789abcdef"));
        let t = "SECRET_KEY = 'my-development-secret-2024'\n";
        let r = range_of(t, "my-development-secret-2024");
        assert!(!reads_generated(&t.as_bytes()[r.clone()]));
        assert_eq!(
            confidence(Confidence::Medium, false, "docs/config.rst", t.as_bytes(), &r),
            Confidence::Low
        );
    }

    #[test]
    fn url_syntax_only_in_comments() {
        let t = "# connect with postgres://scott:tiger@localhost/db\n";
        let at = t.find("postgres").expect("url");
        assert!(url_syntax_in_comment(t.as_bytes(), at, b"tiger"));
        assert!(!url_syntax_in_comment(t.as_bytes(), at, b"T1g3r!x9Qa"));
        let t = "DATABASE_URL=postgres://scott:tiger@localhost/db\n";
        let at = t.find("postgres").expect("url");
        assert!(!url_syntax_in_comment(t.as_bytes(), at, b"tiger"));
        let t = "// http://admin:admin9@host\n";
        assert!(url_syntax_in_comment(t.as_bytes(), 3, b"admin9"));
    }

    #[test]
    fn values_that_name_themselves() {
        for (name, value) in [
            ("decodedToken", "entryByScope.decodedToken"),
            ("access_token", "self._oauth2_access_token"),
            (
                "AuthenticationV1TokenRequest",
                ".models.authentication_v1_token_request",
            ),
            ("InvestmentsAuthAccountDetails401k", "InvestmentsAuthAccountDetails401k"),
            ("token", "self.token"),
            ("credentials", "t.credentials||this.credential"),
        ] {
            assert!(
                value_names_itself(name.as_bytes(), value.as_bytes()),
                "{name} = {value}"
            );
        }
        for (name, value) in [
            ("termToken", "term-token-gPFEGk7CF4wS901w7ppYclt7"),
            ("password", "MyPassword2024"),
            ("pwd", "settings.pwd"),
            ("api_key", "Zk3_9fQ.x7LmPq2R"),
        ] {
            assert!(
                !value_names_itself(name.as_bytes(), value.as_bytes()),
                "{name} = {value}"
            );
        }
    }
}
