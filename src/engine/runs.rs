//! Value-first search for long-tail providers: runs of token bytes.
//!
//! A `[[keyed]]` entry's value is a run of letters and digits (and `_`,
//! `-`) of a known length, written within a short distance after
//! the provider's name. Looking for hundreds of provider names with the
//! keyword filter crowds it: each bucket of the pair test then admits text
//! that is no keyword at all, and every such start costs a look. So the
//! engine looks for the values instead. Random keys mix letters and digits;
//! in ordinary source code such runs are rare (about 20 to 70 per MiB of
//! Rust source, against hundreds of identifiers per KiB). For each run the
//! text before it is searched for the providers' names, and the entries
//! whose names stand there are confirmed anchored at the name, as the
//! keyword path would.
//!
//! Pure byte work: no git, no I/O.

use std::ops::Range;

/// The shortest value searched for value-first: any run of this many class
/// bytes covers an aligned 8-byte block of them.
pub(crate) const MIN_LEN: usize = 16;

/// Whether `b` can be part of a value run (also what `keyed` checks an
/// entry's alphabet against).
#[inline(always)]
pub(crate) fn in_class(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')
}

/// Calls `each` with every maximal run of class bytes in `text` that is at
/// least `min_len` bytes long and reads as random (see [`looks_random`]),
/// in increasing order. `min_len` must be at least [`MIN_LEN`].
///
/// Any run of 16 or more class bytes covers an aligned 8-byte block of
/// them, so only such blocks are looked at, and of those only blocks that
/// hold a digit (a random key's blocks almost always do; an identifier's
/// rarely). A run is then grown from its block. A value with no aligned
/// block holding a digit is missed: for a random 32-character base62 key,
/// about one in 150; for hex, far fewer.
#[cfg(test)]
pub(crate) fn value_runs(text: &[u8], min_len: usize, each: impl FnMut(Range<usize>)) {
    ValueRuns::new(min_len).advance(text, text.len(), each);
}

/// [`value_runs`] a part at a time, so that the engine can look at each part
/// of a text right after the keyword filter did, while it is in cache.
pub(crate) struct ValueRuns {
    min_len: usize,
    /// The next aligned block to look at.
    at: usize,
    /// Text before `done` is inside a run already looked at.
    done: usize,
}

impl ValueRuns {
    pub(crate) fn new(min_len: usize) -> ValueRuns {
        debug_assert!(min_len >= MIN_LEN);
        ValueRuns {
            min_len,
            at: 0,
            done: 0,
        }
    }

    /// Reports the runs found from the blocks that end at or before `to`
    /// (a multiple of 64, or the end of the text) and were not looked at
    /// yet. Runs may extend past `to`.
    pub(crate) fn advance(&mut self, text: &[u8], to: usize, mut each: impl FnMut(Range<usize>)) {
        let to = to.min(text.len());
        let (min_len, done) = (self.min_len, &mut self.done);
        let mut look = |block: usize| {
            if block < *done {
                return;
            }
            let mut start = block;
            while start > *done && in_class(text[start - 1]) {
                start -= 1;
            }
            let mut end = block + 8;
            while end < text.len() && in_class(text[end]) {
                end += 1;
            }
            *done = end;
            if end - start >= min_len && looks_random(&text[start..end]) {
                each(start..end);
            }
        };
        let mut at = self.at;
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx2") {
                // SAFETY: AVX2 was just detected.
                at = unsafe { blocks64_avx2(text, at, to, &mut look) };
            } else {
                at = blocks64(text, at, to, masks64, &mut look);
            }
        }
        while at + 8 <= to {
            let block = &text[at..at + 8];
            if block.iter().all(|&b| in_class(b)) && block.iter().any(u8::is_ascii_digit) {
                look(at);
            }
            at += 8;
        }
        self.at = at;
    }
}

/// Looks at the candidate blocks of the 64-byte chunks from `at` (a
/// multiple of 64) up to `to`, and returns where it stopped. One bit per
/// byte for class bytes and digits, then the eight aligned blocks tested at
/// once, byte-wise in a word (7% of source code blocks are all class bytes,
/// about 1% also hold a digit: only that final test is worth a branch).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn blocks64(
    text: &[u8],
    mut at: usize,
    to: usize,
    masks: impl Fn(&[u8]) -> (u64, u64),
    look: &mut impl FnMut(usize),
) -> usize {
    while at + 64 <= to {
        let Some(chunk) = text.get(at..at + 64) else { break };
        let (class, digit) = masks(chunk);
        let mut bits = zero_bytes(!class) & nonzero_bytes(digit);
        while bits != 0 {
            let block = bits.trailing_zeros() as usize / 8;
            bits &= bits - 1;
            look(at + 8 * block);
        }
        at += 64;
    }
    at
}

/// [`blocks64`] compiled for AVX2, so that [`masks64_avx2`] is inlined
/// into its loop rather than called for every 64 bytes.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn blocks64_avx2(text: &[u8], at: usize, to: usize, look: &mut impl FnMut(usize)) -> usize {
    // Safe to call here: this function's own target feature is AVX2.
    blocks64(text, at, to, |c| masks64_avx2(c), look)
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is zero (exact, no carries
/// between bytes).
#[inline(always)]
fn zero_bytes(x: u64) -> u64 {
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// The high bit of each byte of `x` that is not zero.
#[inline(always)]
fn nonzero_bytes(x: u64) -> u64 {
    (((x & LOW7) + LOW7) | x) & HIGH
}

/// Whether a run of class bytes reads as random rather than as an
/// identifier: a letter next to a digit, or a digit next to a letter, at
/// least twice (`x86_64`, `utf8` are one such place each). A random
/// 32-character base62 key has about eight; one in 170 has fewer than two.
pub(crate) fn looks_random(run: &[u8]) -> bool {
    let mut mixed = 0;
    for w in run.windows(2) {
        if w[0].is_ascii_alphabetic() != w[1].is_ascii_alphabetic()
            && (w[0].is_ascii_digit() || w[1].is_ascii_digit())
            && (w[0].is_ascii_alphanumeric() && w[1].is_ascii_alphanumeric())
        {
            mixed += 1;
            if mixed >= 2 {
                return true;
            }
        }
    }
    false
}

/// Bit masks over the first 64 bytes of `chunk`: class bytes and digits.
/// SSE2, part of the x86_64 baseline.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn masks64(chunk: &[u8]) -> (u64, u64) {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    assert!(chunk.len() >= 64);
    let (mut class, mut digit) = (0u64, 0u64);
    // SAFETY: SSE2 is in the x86_64 baseline; the loads read the 64 bytes
    // of `chunk`, whose length was just checked.
    unsafe {
        let below = |x, n: u8| _mm_cmpgt_epi8(_mm_set1_epi8(n as i8), x);
        let above = |x, n: u8| _mm_cmpgt_epi8(x, _mm_set1_epi8(n as i8));
        for q in 0..4 {
            let v = _mm_loadu_si128(chunk.as_ptr().add(16 * q).cast());
            // Signed compares: bytes of 0x80 and up are negative and fail all.
            let d = _mm_and_si128(above(v, b'0' - 1), below(v, b'9' + 1));
            let l = _mm_or_si128(v, _mm_set1_epi8(0x20));
            let letter = _mm_and_si128(above(l, b'a' - 1), below(l, b'z' + 1));
            let other = _mm_or_si128(
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8)),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'-' as i8)),
            );
            let c = _mm_or_si128(_mm_or_si128(d, letter), other);
            class |= u64::from(_mm_movemask_epi8(c) as u16) << (16 * q);
            digit |= u64::from(_mm_movemask_epi8(d) as u16) << (16 * q);
        }
    }
    (class, digit)
}

/// [`masks64`] with AVX2: each byte classified by two table lookups, one
/// per nibble, whose bits are ANDed (digit, letter ranges, `_`, `-`).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn masks64_avx2(chunk: &[u8]) -> (u64, u64) {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_set1_epi8,
        _mm256_setr_epi8, _mm256_setzero_si256, _mm256_shuffle_epi8, _mm256_srli_epi16,
    };
    assert!(chunk.len() >= 64);
    // Bits: 1 digit (high nibble 3, low 0-9); 2 letters from x1 to xF of
    // rows 4 and 6; 4 letters from x0 to xA of rows 5 and 7; 8 `_` (5F);
    // 16 `-` (2D). Bytes of 0x80 and up have high nibbles 8-F: no bits.
    const D: i8 = 1;
    const B: i8 = 2;
    const C: i8 = 4;
    const U: i8 = 8;
    const M: i8 = 16;
    let (mut class, mut digit) = (0u64, 0u64);
    // SAFETY: AVX2 is enabled for this function (its callers check); the
    // loads read the 64 bytes of `chunk`, whose length was just checked.
    unsafe {
        #[rustfmt::skip]
        let lo = _mm256_setr_epi8(
            D | C, D | B | C, D | B | C, D | B | C, D | B | C, D | B | C, D | B | C, D | B | C,
            D | B | C, D | B | C, B | C, B, B, B | M, B, B | U,
            D | C, D | B | C, D | B | C, D | B | C, D | B | C, D | B | C, D | B | C, D | B | C,
            D | B | C, D | B | C, B | C, B, B, B | M, B, B | U,
        );
        #[rustfmt::skip]
        let hi = _mm256_setr_epi8(
            0, 0, M, D, B, C | U, B, C, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, M, D, B, C | U, B, C, 0, 0, 0, 0, 0, 0, 0, 0,
        );
        let nibble = _mm256_set1_epi8(0x0f);
        let zero = _mm256_setzero_si256();
        for q in 0..2 {
            let v: __m256i = _mm256_loadu_si256(chunk.as_ptr().add(32 * q).cast());
            let l = _mm256_shuffle_epi8(lo, _mm256_and_si256(v, nibble));
            let h = _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16::<4>(v), nibble));
            let bits = _mm256_and_si256(l, h);
            let none = _mm256_movemask_epi8(_mm256_cmpeq_epi8(bits, zero)) as u32;
            let d = _mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(bits, _mm256_set1_epi8(D)), zero)) as u32;
            class |= u64::from(!none) << (32 * q);
            digit |= u64::from(!d) << (32 * q);
        }
    }
    (class, digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str, min: usize) -> Vec<&str> {
        let mut out = Vec::new();
        value_runs(text.as_bytes(), min, |r| out.push(&text[r]));
        out
    }

    #[test]
    fn finds_mixed_runs_of_the_length_asked() {
        let t = "KEY=2f8a0c9d1b7e4f3a6c5d8e9f0a1b2c3d; name = prefilter_statistics; is_x86_feature_detected; x=ab12cd34ef56gh7";
        assert_eq!(runs(t, 16), vec!["2f8a0c9d1b7e4f3a6c5d8e9f0a1b2c3d"]);
        assert_eq!(runs(t, 40), Vec::<&str>::new());
        // Runs at both ends, across block boundaries, with the other class bytes.
        let t = "a1b2c3d4e5f6g7h8i9j0 mid Zm9vYmFyYmF6cXV4cXV1eA-_1 z9y8x7w6v5u4t3s2r1q0";
        assert_eq!(
            runs(t, 16),
            vec![
                "a1b2c3d4e5f6g7h8i9j0",
                "Zm9vYmFyYmF6cXV4cXV1eA-_1",
                "z9y8x7w6v5u4t3s2r1q0"
            ]
        );
        assert!(looks_random(b"d53c4b0f91f1b29769c9430f2d1c0bcab1170c75"));
        assert!(!looks_random(b"is_x86_feature_detected"));
        assert!(!looks_random(b"org/draft/2020-12/schema"));
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_simd_classes_agree_with_the_scalar_ones() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for chunk in bytes.chunks(64) {
            let (class, digit) = masks64(chunk);
            for (i, &b) in chunk.iter().enumerate() {
                assert_eq!(class >> i & 1 == 1, in_class(b), "byte {b:#04x}");
                assert_eq!(digit >> i & 1 == 1, b.is_ascii_digit(), "byte {b:#04x}");
            }
            if std::is_x86_feature_detected!("avx2") {
                // SAFETY: AVX2 was just detected.
                assert_eq!(unsafe { masks64_avx2(chunk) }, (class, digit));
            }
        }
    }

    #[test]
    fn byte_tests_in_a_word() {
        let x = 0x00ff_0100_8000_ff00u64;
        assert_eq!(zero_bytes(x), 0x8000_0080_0080_0080);
        assert_eq!(nonzero_bytes(x), 0x0080_8000_8000_8000);
    }

    #[test]
    fn matches_a_byte_wise_reference() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut text = Vec::new();
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Mostly class bytes, with separators now and then.
            text.push(match state % 23 {
                0 => b' ',
                1 => b'=',
                2..=6 => b'0' + (state >> 8) as u8 % 10,
                _ => b'a' + (state >> 8) as u8 % 26,
            });
        }
        let mut got = Vec::new();
        value_runs(&text, 16, |r| got.push(r));
        let mut want = Vec::new();
        let mut i = 0;
        while i < text.len() {
            if !in_class(text[i]) {
                i += 1;
                continue;
            }
            let s = i;
            while i < text.len() && in_class(text[i]) {
                i += 1;
            }
            // Reported when long enough, random-looking, and holding an
            // aligned 8-byte block with a digit.
            let block = (s.div_ceil(8) * 8..i.saturating_sub(7))
                .step_by(8)
                .any(|b| text[b..b + 8].iter().any(u8::is_ascii_digit));
            if i - s >= 16 && looks_random(&text[s..i]) && block {
                want.push(s..i);
            }
        }
        assert_eq!(got, want);
    }
}
