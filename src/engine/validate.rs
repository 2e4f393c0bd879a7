//! Structural checks that confirm a candidate secret: checksums and
//! decodable structure. A candidate that fails is not a finding.

use base64::Engine as _;

/// A named validator, chosen with `validate = "..."` in a detector file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    GithubCrc32,
    NpmCrc32,
    Jwt,
    PemPrivateKey,
    PypiMacaroon,
    UrlPassword,
    AgeBech32,
}

impl Validator {
    pub const NAMES: &'static [&'static str] = &[
        "github-crc32",
        "npm-crc32",
        "jwt",
        "pem-private-key",
        "pypi-macaroon",
        "url-password",
        "age-bech32",
    ];

    pub fn from_name(name: &str) -> Option<Validator> {
        Some(match name {
            "github-crc32" => Validator::GithubCrc32,
            "npm-crc32" => Validator::NpmCrc32,
            "jwt" => Validator::Jwt,
            "pem-private-key" => Validator::PemPrivateKey,
            "pypi-macaroon" => Validator::PypiMacaroon,
            "url-password" => Validator::UrlPassword,
            "age-bech32" => Validator::AgeBech32,
            _ => return None,
        })
    }

    pub fn check(self, secret: &[u8]) -> bool {
        match self {
            Validator::GithubCrc32 | Validator::NpmCrc32 => prefixed_crc32(secret),
            Validator::Jwt => jwt(secret),
            Validator::PemPrivateKey => pem_body(secret),
            Validator::PypiMacaroon => pypi_macaroon(secret),
            Validator::UrlPassword => url_password(secret),
            Validator::AgeBech32 => bech32(secret),
        }
    }

    /// Whether passing this check proves the value came from the
    /// provider's generator (a checksum or a signed structure), not from a
    /// human typing a plausible string.
    pub fn is_checksum(self) -> bool {
        matches!(
            self,
            Validator::GithubCrc32 | Validator::NpmCrc32 | Validator::PypiMacaroon | Validator::AgeBech32
        )
    }
}

/// A bech32 string (BIP 173) with a valid checksum: `hrp 1 data`, one case
/// throughout. age secret keys are bech32 with the hrp `age-secret-key-`.
fn bech32(text: &[u8]) -> bool {
    const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    const GEN: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
    let has_lower = text.iter().any(u8::is_ascii_lowercase);
    let has_upper = text.iter().any(u8::is_ascii_uppercase);
    if has_lower && has_upper {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let Some(sep) = lower.iter().rposition(|&b| b == b'1') else {
        return false;
    };
    let (hrp, data) = (&lower[..sep], &lower[sep + 1..]);
    if hrp.is_empty() || data.len() < 6 {
        return false;
    }
    let mut chk: u32 = 1;
    let mut step = |v: u32| {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ v;
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    };
    for &c in hrp {
        step(u32::from(c) >> 5);
    }
    step(0);
    for &c in hrp {
        step(u32::from(c) & 31);
    }
    for &c in data {
        match CHARSET.iter().position(|&x| x == c) {
            Some(v) => step(v as u32),
            None => return false,
        }
    }
    chk == 1
}

/// Whether `token` is a JWT whose payload has one of `claims` (`role`,
/// `anon`): the claim's value as a string, number or boolean.
pub fn jwt_has_claim(token: &[u8], claims: &[(String, String)]) -> bool {
    let mut parts = token.split(|&b| b == b'.');
    let (Some(_), Some(payload)) = (parts.next(), parts.next()) else {
        return false;
    };
    let Some(raw) = b64url_decode(payload) else {
        return false;
    };
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(&raw) else {
        return false;
    };
    claims.iter().any(|(k, want)| match map.get(k) {
        Some(serde_json::Value::String(v)) => v == want,
        Some(serde_json::Value::Number(n)) => want.parse::<serde_json::Number>().is_ok_and(|w| w == *n),
        Some(serde_json::Value::Bool(b)) => want.parse::<bool>().is_ok_and(|w| w == *b),
        _ => false,
    })
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Base62 of `n`, most significant digit first, left-padded with `0` to `width`.
pub fn base62(mut n: u32, width: usize) -> String {
    let mut digits = Vec::with_capacity(width);
    while n > 0 {
        digits.push(BASE62[(n % 62) as usize]);
        n /= 62;
    }
    while digits.len() < width {
        digits.push(b'0');
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// `<prefix>_<30 random><6 checksum>`: the checksum is the base62 CRC32 of the
/// random part (GitHub's documented token format, also used by npm).
fn prefixed_crc32(token: &[u8]) -> bool {
    let Some(us) = memchr::memchr(b'_', token) else {
        return false;
    };
    let body = &token[us + 1..];
    if body.len() != 36 || !body.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let (random, check) = body.split_at(30);
    base62(crc32fast::hash(random), 6).as_bytes() == check
}

/// Decodes standard or URL-safe base64, with or without padding.
pub fn decode_base64(value: &[u8]) -> Option<Vec<u8>> {
    use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
    let trimmed = value.trim_ascii();
    let end = trimmed.iter().rposition(|&b| b != b'=').map_or(0, |p| p + 1);
    let core = &trimmed[..end];
    if core.is_empty() {
        return None;
    }
    STANDARD_NO_PAD
        .decode(core)
        .ok()
        .or_else(|| URL_SAFE_NO_PAD.decode(core).ok())
}

fn b64url_decode(part: &[u8]) -> Option<Vec<u8>> {
    let trimmed: &[u8] = part
        .strip_suffix(b"==")
        .or_else(|| part.strip_suffix(b"="))
        .unwrap_or(part);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(trimmed).ok()
}

fn jwt(token: &[u8]) -> bool {
    let parts: Vec<&[u8]> = token.split(|&b| b == b'.').collect();
    if parts.len() != 3 {
        return false;
    }
    let json = |p: &[u8]| -> Option<serde_json::Map<String, serde_json::Value>> {
        serde_json::from_slice::<serde_json::Value>(&b64url_decode(p)?)
            .ok()?
            .as_object()
            .cloned()
    };
    match (json(parts[0]), json(parts[1])) {
        (Some(header), Some(_payload)) => header.contains_key("alg") && !parts[2].is_empty(),
        _ => false,
    }
}

/// The base64 body between PEM armour lines decodes to a plausible key.
fn pem_body(block: &[u8]) -> bool {
    let mut body = Vec::with_capacity(block.len());
    for line in block.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let t = line.trim_ascii();
        if t.starts_with(b"-----") || t.is_empty() || memchr::memchr(b':', t).is_some() {
            // Armour lines and RFC 1421 headers (Proc-Type, DEK-Info).
            continue;
        }
        // Keys embedded in source often carry quotes, escaped newlines or
        // string concatenation; keep only base64 characters.
        let t = strip_string_noise(strip_line_prefix(t));
        body.extend(
            t.iter()
                .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')),
        );
    }
    let end = body.iter().position(|&b| b == b'=').unwrap_or(body.len());
    let core = &body[..end];
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(&core[..core.len() - core.len() % 4])
        .map(|d| d.len() >= 32)
        .unwrap_or(false)
}

/// A key line inside source code without what the code adds in front of
/// it: a comment marker followed by a space or nothing (`//! `, `# `, `* `)
/// and a string prefix and quote (`b"`, `r'`). Base64 has no spaces or
/// quotes, so neither can be part of the key.
fn strip_line_prefix(line: &[u8]) -> &[u8] {
    let mut t = line;
    for marker in [&b"//!"[..], b"///", b"//", b"#", b"*", b";"] {
        match t.strip_prefix(marker) {
            Some(rest) if rest.is_empty() || rest[0] == b' ' => {
                t = rest.trim_ascii_start();
                break;
            }
            _ => {}
        }
    }
    match t {
        [p, q, rest @ ..] if b"bBrRuUfF".contains(p) && b"\"'`".contains(q) => rest,
        _ => t,
    }
}

/// Removes `\n` escapes that appear when a key sits inside a JSON or code string.
fn strip_string_noise(line: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        if line[i] == b'\\' && i + 1 < line.len() && matches!(line[i + 1], b'n' | b'r' | b't') {
            i += 2;
            continue;
        }
        out.push(line[i]);
        i += 1;
    }
    out
}

fn pypi_macaroon(token: &[u8]) -> bool {
    let Some(body) = token.strip_prefix(b"pypi-") else {
        return false;
    };
    // Whole 4-character groups only: a token split over string literals
    // ends its first part mid-group, with bits a strict decoder rejects.
    let whole = &body[..body.len() / 4 * 4];
    match b64url_decode(whole) {
        Some(raw) => raw.len() >= 32 && (memchr::memmem::find(&raw, b"pypi.org").is_some()),
        None => false,
    }
}

/// Rejects URL passwords that are placeholders or references.
fn url_password(pw: &[u8]) -> bool {
    if pw.len() < 3 {
        return false;
    }
    let lower = pw.to_ascii_lowercase();
    const PLACEHOLDERS: &[&[u8]] = &[
        b"password",
        b"passwd",
        b"pass",
        b"pwd",
        b"secret",
        b"changeme",
        b"example",
        b"xxx",
        b"***",
        b"user",
        b"username",
        b"root",
        b"admin",
        b"test",
        b"mypassword",
        b"yourpassword",
        b"dbpassword",
        b"postgres",
        b"mysql",
        b"guest",
        b"redacted",
        b"hidden",
        b"none",
        b"null",
        b"token",
        b"foo",
        b"bar",
        b"baz",
        b"qux",
    ];
    if PLACEHOLDERS.contains(&lower.as_slice()) {
        return false;
    }
    // `pass@host` from a decoded `user@host:pass@host`: the part before the
    // `@` is what was typed as the password.
    if let Some(at) = memchr::memchr(b'@', &lower) {
        if PLACEHOLDERS.contains(&&lower[..at]) {
            return false;
        }
    }
    // Percent-encoded, a placeholder may hide behind non-ASCII letters
    // (`p%C3%A4ssword` in URL parser tests): decoded, with the non-ASCII
    // bytes left out, it still reads as one.
    if memchr::memchr(b'%', pw).is_some() {
        let ascii: Vec<u8> = percent_decoded(&lower).into_iter().filter(u8::is_ascii).collect();
        // Escaped punctuation around a word (`bar%3a`) is syntax too.
        let start = ascii.iter().position(u8::is_ascii_alphanumeric).unwrap_or(ascii.len());
        let end = ascii
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
            .map_or(start, |e| e + 1);
        let word = &ascii[start..end];
        if PLACEHOLDERS.contains(&word) || word.ends_with(b"ssword") || word.ends_with(b"sswd") {
            return false;
        }
    }
    let first = pw[0];
    if matches!(first, b'$' | b'<' | b'{' | b'%' | b'[') || lower.starts_with(b"***") {
        return false;
    }
    if pw.iter().all(|&b| b == pw[0]) {
        return false;
    }
    true
}

/// `text` with `%XX` escapes decoded (malformed escapes kept as they are).
fn percent_decoded(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if text[i] == b'%' {
            if let (Some(h), Some(l)) = (
                text.get(i + 1).and_then(|&b| hex(b)),
                text.get(i + 2).and_then(|&b| hex(b)),
            ) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn github_token(prefix: &str, random: &str) -> String {
        format!("{prefix}{random}{}", base62(crc32fast::hash(random.as_bytes()), 6))
    }

    #[test]
    fn github_checksum_accepts_good_and_rejects_bad() {
        let good = github_token("ghp_", "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1");
        assert!(Validator::GithubCrc32.check(good.as_bytes()));
        let mut bad = good.clone().into_bytes();
        let last = bad.len() - 1;
        bad[last] = if bad[last] == b'A' { b'B' } else { b'A' };
        assert!(!Validator::GithubCrc32.check(&bad));
    }

    #[test]
    fn pem_bodies_inside_source_code() {
        let body = "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCkZOShS5VXH8Nx";
        let lines = [body, "R5xRIFrJIdFpbDFBKs1MGcMdUi+nAxjRiAcCshFPir5QmV98z96QxBq5uuiqSfJI"];
        for (open, close) in [("//! ", ""), ("        b\"", "\\n\""), ("    \"", "\\n\","), ("# ", "")] {
            let block: String = lines.iter().map(|l| format!("{open}{l}{close}\n")).collect();
            assert!(pem_body(block.as_bytes()), "{open:?} ... {close:?}");
        }
        // A comment marker without its space is base64.
        assert_eq!(strip_line_prefix(b"//8AAAB"), b"//8AAAB");
        assert_eq!(strip_line_prefix(b"//!"), b"");
    }

    #[test]
    fn base62_pads() {
        assert_eq!(base62(0, 6), "000000");
        assert_eq!(base62(61, 6), "00000z");
        assert_eq!(base62(62, 6), "000010");
    }

    #[test]
    fn jwt_requires_json_parts() {
        let h = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let p = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"sub":"1"}"#);
        assert!(Validator::Jwt.check(format!("{h}.{p}.c2lnbmF0dXJl").as_bytes()));
        assert!(!Validator::Jwt.check(format!("{h}.bm90anNvbg.c2ln").as_bytes()));
    }

    #[test]
    fn bech32_checksum() {
        // BIP 173's valid test vectors, and one with a flipped character.
        assert!(bech32(b"A12UEL5L"));
        assert!(bech32(b"abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"));
        assert!(!bech32(b"abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx"));
        assert!(!bech32(b"A12uEL5L"));
    }

    #[test]
    fn jwt_claims() {
        let enc = |j: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(j);
        let t = format!(
            "{}.{}.c2ln",
            enc(br#"{"alg":"HS256"}"#),
            enc(br#"{"role":"anon","n":1}"#)
        );
        let want = |k: &str, v: &str| vec![(k.to_string(), v.to_string())];
        assert!(jwt_has_claim(t.as_bytes(), &want("role", "anon")));
        assert!(jwt_has_claim(t.as_bytes(), &want("n", "1")));
        assert!(!jwt_has_claim(t.as_bytes(), &want("role", "service_role")));
        assert!(!jwt_has_claim(b"not.a.jwt", &want("role", "anon")));
    }

    #[test]
    fn url_password_placeholders() {
        assert!(!Validator::UrlPassword.check(b"password"));
        assert!(!Validator::UrlPassword.check(b"${DB_PASSWORD}"));
        assert!(Validator::UrlPassword.check(b"Xk9#mQ2vLp"));
        assert!(!Validator::UrlPassword.check(b"p%C3%A4ssword"));
        assert!(!Validator::UrlPassword.check(b"bar"));
        assert!(!Validator::UrlPassword.check(b"bar%3a"));
        assert!(!Validator::UrlPassword.check(b"pass@host"));
        assert!(!Validator::UrlPassword.check(b"%70assword"));
        assert!(Validator::UrlPassword.check(b"Xk9%23mQ2vLp"));
    }
}
