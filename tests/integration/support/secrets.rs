//! Deterministic randomness and fake secrets. Every fake secret is
//! generated at run time from a PRNG seeded with the test's name (no secret
//! is ever written into the repository), and is drawn again when it looks
//! like a placeholder that a detector or filter would skip. The expected
//! fingerprint of a secret is computed here, independently of the product.

use sha2::{Digest, Sha256};

/// splitmix64, seeded from the test name: a failing test reproduces with the
/// same fake secrets.
#[derive(Debug, Clone)]
pub struct Rng(u64);

const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE32_UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/// Substrings that detectors or global filters may treat as placeholders; a
/// generated secret containing one is drawn again.
const PLACEHOLDER_HINTS: &[&str] = &[
    "example", "test", "fake", "dummy", "sample", "xxxx", "your", "change", "demo", "0000", "1234",
];

impl Rng {
    pub fn from_name(name: &str) -> Rng {
        // FNV-1a.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in name.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn string(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len)
            .map(|_| alphabet[(self.next_u64() % alphabet.len() as u64) as usize] as char)
            .collect()
    }

    /// Printable, secret-free filler text.
    pub fn words(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| {
                let len = 3 + (self.next_u64() % 6) as usize;
                self.string(b"abcdefghijklmnopqrstuvwxyz", len)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn looks_like_placeholder(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    PLACEHOLDER_HINTS.iter().any(|p| lower.contains(p))
}

/// A GitHub classic personal access token with a valid checksum:
/// `ghp_` + 30 random alphanumerics + base62(crc32(random part), 6).
pub fn github_pat(rng: &mut Rng) -> String {
    loop {
        let random = rng.string(ALNUM, 30);
        let check = pushguard::engine::validate::base62(crc32fast::hash(random.as_bytes()), 6);
        let body = format!("{random}{check}");
        if !looks_like_placeholder(&body) {
            return format!("{}_{body}", "ghp");
        }
    }
}

/// An AWS access key id: `AKIA` + 16 characters of `[A-Z2-7]`.
pub fn aws_access_key_id(rng: &mut Rng) -> String {
    loop {
        let body = rng.string(BASE32_UPPER, 16);
        if !looks_like_placeholder(&body) {
            return format!("{}{body}", "AKIA");
        }
    }
}

/// What pushguard's fingerprint of `secret` under `detector` must be:
/// sha256(detector id, NUL, secret), lowercase hex. Computed here
/// independently of the product.
pub fn expected_fingerprint(detector: &str, secret: &str) -> String {
    let mut h = Sha256::new();
    h.update(detector.as_bytes());
    h.update([0u8]);
    h.update(secret.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

pub fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
