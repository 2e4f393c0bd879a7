//! The filter in front of the keyword automaton.
//!
//! Aho-Corasick over a few hundred case-insensitive keywords has no
//! prefilter of its own: it walks its automaton through every byte, at
//! about 100 MB/s (NFA) to 350 MB/s (DFA) on source code. Most bytes start
//! no keyword, so a cheaper test runs first and the automaton only confirms
//! the places that pass it, with an anchored search.
//!
//! The test is a bucketed shift-or over byte *pairs*, in the spirit of
//! Hyperscan's FDR. Each keyword's first `len = min(len, 8)` bytes are
//! folded (`(b | 0x20) & 0x7f`, which maps both ASCII cases to one value)
//! and the keywords are split into 8 buckets by length. A table indexed by
//! two adjacent text bytes gives one bit per bucket in each of 8 bytes.
//! The keywords of a bucket are right-aligned in the word: the bit in byte
//! `8 - len + k` is clear when some keyword of the bucket has that pair at
//! offsets `k - 1, k` (at offset 0, just its first byte), and the bits in
//! the bytes below are always clear. The state `D = (D << 8) | table[pair]`
//! then has bit `(7, bucket)` clear exactly when the last `len` pairs fit
//! the bucket's keywords, position by position: a candidate that started
//! `len - 1` bytes ago.
//!
//! The test never misses a keyword (folding maps every case-insensitive
//! match to equal bytes), and it lets through few false starts: on 31 MiB of
//! Rust source, 47,072 candidates for 32,421 keyword hits.
//!
//! Each step depends on the one before, so a single pass is bound by that
//! chain. The filter therefore cuts its text into lanes, stepped together;
//! the state before any byte is exactly rebuilt from the 8 bytes before it,
//! because eight shifts push anything older out of the word. On x86_64 each
//! lane's state lives in the low half of an SSE2 register and is shifted by
//! one byte per step, so the top byte of every state moves into the high
//! half, where one comparison per 8 bytes finds any candidate; the steps
//! take no general-purpose ALU work besides the pair load. Elsewhere two
//! lanes of `u64` states run in plain integer code. Only the 8-byte blocks
//! where a candidate ends are noted; the SSE2 lanes name the candidates from
//! the high half, the integer lanes by stepping such a block again byte by
//! byte.

use std::ops::Range;

/// Bytes filtered per batch: candidates are sorted per batch, so memory for
/// them stays bounded whatever the text holds.
const BATCH: usize = 64 << 10;
/// Number of buckets: one bit per bucket in each byte of the state.
const BUCKETS: usize = 8;
/// Bytes of each keyword the filter looks at.
const DEPTH: usize = 8;
/// The byte of the state whose clear bits mark candidates.
const TOP: u64 = 0xff << 56;

/// The folding both keywords and text go through: equal for the two ASCII
/// cases of a letter, so a case-insensitive match is an exact one here.
#[inline(always)]
fn fold(b: u8) -> u8 {
    (b | 0x20) & 0x7f
}

/// Which implementation of the lanes runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lanes {
    /// Two `u64` states in general-purpose registers: the only lanes on
    /// other targets; on x86_64, the tests check it against the SSE2 lanes.
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    Scalar,
    /// `SSE2_LANES` states in SSE2 registers (x86_64 only).
    #[cfg(target_arch = "x86_64")]
    Sse2,
}

impl Lanes {
    /// The fastest implementation this target has.
    pub(crate) const BEST: Lanes = {
        #[cfg(target_arch = "x86_64")]
        {
            Lanes::Sse2
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            Lanes::Scalar
        }
    };
}

/// The pair filter: see the module documentation.
pub(crate) struct PairFilter {
    /// Indexed by `prev | cur << 8` of the raw bytes (`u16::from_le_bytes`),
    /// so the hot loop needs no folding per byte.
    table: Box<[u64; 1 << 16]>,
    /// The prefix length each bucket tests (the shortest in the bucket;
    /// a word-ending keyword counts one byte more).
    lens: [u8; BUCKETS],
    /// The length of the exact prefix test per bucket (its shortest
    /// keyword's own length).
    hash_lens: [u8; BUCKETS],
    /// The state before the first byte of a text: what bytes that match
    /// nothing would leave, so that no candidate starts before the text.
    fresh: u64,
    /// One bit per hash of each keyword's tested prefix (its bucket's
    /// length, folded): see [`PairFilter::is_prefix`].
    prefixes: Box<[u64; PREFIX_WORDS]>,
    /// `false` only to measure what the pair test alone names
    /// ([`PairFilter::without_exact_test`]).
    exact: bool,
}

/// Words of the prefix bit set: 2^16 bits, 8 KiB.
const PREFIX_WORDS: usize = 1 << 10;

/// Folds the first `len` bytes (3 to `DEPTH`) of the little-endian word
/// `w`, clears the others, and hashes the result into an index of the
/// prefix bit set. Word-wide, with no loop: it runs for every start the
/// pair test lets through.
#[inline(always)]
fn prefix_hash(w: u64, len: usize) -> usize {
    const LOW: [u64; DEPTH + 1] = {
        let mut m = [0u64; DEPTH + 1];
        let mut i = 1;
        while i <= DEPTH {
            m[i] = if i == DEPTH { !0 } else { (1u64 << (8 * i)) - 1 };
            i += 1;
        }
        m
    };
    let folded = (w | 0x2020_2020_2020_2020) & 0x7f7f_7f7f_7f7f_7f7f & LOW[len.min(DEPTH)];
    ((folded ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// The little-endian word of the (up to) 8 bytes of `bytes` from `at`,
/// zero-filled past the end.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(b) => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        None => {
            let mut w = [0u8; 8];
            let tail = bytes.get(at..).unwrap_or(&[]);
            w[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(w)
        }
    }
}

/// Each bucket's tested length (its shortest keyword's, capped at
/// `DEPTH`), and the state before a text: a bucket's bit in every byte is
/// set (no match) from its first tested offset up, clear below, and set
/// everywhere for an unused bucket.
fn bucket_lens(buckets: &[Vec<&[u8]>], tested: &dyn Fn(&[u8]) -> usize) -> ([u8; BUCKETS], u64) {
    let mut lens = [0u8; BUCKETS];
    let mut init = 0u64;
    for (b, slot) in lens.iter_mut().enumerate() {
        let len = buckets
            .get(b)
            .and_then(|bucket| bucket.iter().map(|k| tested(k)).min())
            .unwrap_or(0);
        *slot = len as u8;
        let from = if len == 0 { 0 } else { DEPTH - len };
        for byte in from..DEPTH {
            init |= 1 << (byte * BUCKETS + b);
        }
    }
    (lens, init)
}

/// The table of the pair test, indexed by two raw bytes. Built over folded
/// pairs first, then spread to raw pairs. The byte after a word-ending
/// keyword is tested on raw pairs (its case matters: `ipstackKey` ends the
/// word, `ipstackkey` does not), so its bits are kept apart, by the
/// keyword's last byte.
fn pair_table(buckets: &[Vec<&[u8]>], lens: &[u8; BUCKETS], init: u64) -> Option<Box<[u64; 1 << 16]>> {
    let mut folded = vec![init; 1 << 14];
    let mut word_end_bits = [0u64; 128];
    let at = |prev: u8, cur: u8| (usize::from(prev) << 7) | usize::from(cur);
    for (b, bucket) in buckets.iter().enumerate() {
        let base = DEPTH - usize::from(lens[b]);
        for raw in bucket {
            let k: Vec<u8> = raw.iter().map(|&c| fold(c)).collect();
            for prev in 0..128u8 {
                folded[at(prev, k[0])] &= !(1u64 << (base * BUCKETS + b));
            }
            for m in 1..usize::from(lens[b]) {
                match k.get(m) {
                    Some(&c) => folded[at(k[m - 1], c)] &= !(1u64 << ((base + m) * BUCKETS + b)),
                    // Past the keyword: only a word-ending one gets here.
                    None => word_end_bits[usize::from(k[m - 1])] |= 1u64 << ((base + m) * BUCKETS + b),
                }
            }
        }
    }
    // Built on the heap: `Box::new([0; N])` may build 512 KiB on the stack first.
    let mut table: Box<[u64; 1 << 16]> = vec![0u64; 1 << 16].into_boxed_slice().try_into().ok()?;
    for (w, slot) in table.iter_mut().enumerate() {
        let (prev, cur) = (w as u8, (w >> 8) as u8);
        let ends_word = !(cur.is_ascii_lowercase() || cur.is_ascii_digit());
        let end = if ends_word {
            word_end_bits[usize::from(fold(prev))]
        } else {
            0
        };
        *slot = folded[at(fold(prev), fold(cur))] & !end;
    }
    Some(table)
}

/// The exact test: hashes of the keywords' own first bytes, up to the
/// shortest keyword of each bucket (a word-ending one is tested one byte
/// past its end by the pair test, not here).
fn prefix_set(buckets: &[Vec<&[u8]>]) -> Option<([u8; BUCKETS], Box<[u64; PREFIX_WORDS]>)> {
    let mut prefixes: Box<[u64; PREFIX_WORDS]> = vec![0u64; PREFIX_WORDS].into_boxed_slice().try_into().ok()?;
    let mut hash_lens = [0u8; BUCKETS];
    for (b, bucket) in buckets.iter().enumerate() {
        hash_lens[b] = bucket.iter().map(|k| k.len().min(DEPTH)).min().unwrap_or(0) as u8;
        for k in bucket {
            let h = prefix_hash(word_at(k, 0), usize::from(hash_lens[b]));
            prefixes[h / 64] |= 1 << (h % 64);
        }
    }
    Some((hash_lens, prefixes))
}

impl std::fmt::Debug for PairFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PairFilter")
            .field("lens", &self.lens)
            .finish_non_exhaustive()
    }
}

impl PairFilter {
    /// The filter for `keywords`; `None` when there are none or one is
    /// empty. A keyword whose `word_end` flag is set is only proposed where
    /// it ends a word: where the byte after it is not a lowercase ASCII
    /// letter or a digit (`ipstack_key`, `ipstackKey`, `IPSTACK=`, not
    /// `ipstacks`). The filter then tests that byte too, which makes the
    /// keyword one byte more selective; names of long-tail providers are
    /// such keywords (see `keyed`). A keyword at the very end of a text,
    /// with no byte after it, is not proposed.
    pub(crate) fn new(keywords: &[String], word_end: &[bool]) -> Option<PairFilter> {
        if keywords.is_empty() || keywords.iter().any(|k| k.is_empty()) {
            return None;
        }
        // A keyword that ends in punctuation (`ably_`) ends no word.
        let ends_words: std::collections::HashSet<&[u8]> = keywords
            .iter()
            .zip(word_end.iter().chain(std::iter::repeat(&false)))
            .filter(|(k, &w)| w && k.len() < DEPTH && k.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric))
            .map(|(k, _)| k.as_bytes())
            .collect();
        let tested = |k: &[u8]| (k.len() + usize::from(ends_words.contains(k))).min(DEPTH);
        let buckets = assign_buckets(keywords, &tested);
        let (lens, init) = bucket_lens(&buckets, &tested);
        let table = pair_table(&buckets, &lens, init)?;
        let (hash_lens, prefixes) = prefix_set(&buckets)?;
        Some(PairFilter {
            table,
            lens,
            hash_lens,
            fresh: init,
            prefixes,
            exact: true,
        })
    }

    /// This filter without its exact prefix test: every start the pair test
    /// names comes out. For measuring what a keyword costs
    /// (`Engine::keyword_costs`), never for scanning.
    pub(crate) fn without_exact_test(mut self) -> PairFilter {
        self.exact = false;
        self
    }

    /// The table entry for the pair that ends at byte `i`.
    #[inline(always)]
    fn entry(&self, text: &[u8], i: usize) -> u64 {
        let prev = if i == 0 { 0 } else { text[i - 1] };
        self.table[usize::from(u16::from_le_bytes([prev, text[i]]))]
    }

    /// Whether the `len` bytes of `text` at `start` hash like some
    /// keyword's tested prefix of that length. The pair test checks each
    /// position against the union of a bucket's keywords; with hundreds of
    /// keywords per bucket, text often passes it position by position
    /// without being any one keyword's prefix. This exact test (up to hash
    /// collisions, about one in 50 with a thousand keywords) drops those
    /// starts before they are sorted and confirmed. A real keyword start
    /// always passes: its folded bytes are the keyword's folded prefix.
    #[inline(always)]
    fn is_prefix(&self, text: &[u8], start: usize, len: usize) -> bool {
        if !self.exact {
            return true;
        }
        if start + len > text.len() {
            return false;
        }
        let h = prefix_hash(word_at(text, start), len);
        self.prefixes[h / 64] & (1 << (h % 64)) != 0
    }

    /// Appends the candidate starts that the state after byte `i` marks.
    #[inline(always)]
    fn emit(&self, text: &[u8], state: u64, i: usize, out: &mut Vec<usize>) {
        let mut hit = !state & TOP;
        while hit != 0 {
            let bucket = hit.trailing_zeros() as usize - (DEPTH - 1) * BUCKETS;
            hit &= hit - 1;
            let len = usize::from(self.lens[bucket]);
            // Always `Some` from a state this filter made: see `fresh`.
            if let Some(start) = (i + 1).checked_sub(len) {
                if self.is_prefix(text, start, usize::from(self.hash_lens[bucket])) {
                    out.push(start);
                }
            }
        }
    }

    /// Steps over `range` one byte at a time, emitting candidates.
    fn singles(&self, text: &[u8], range: Range<usize>, d: &mut u64, out: &mut Vec<usize>) {
        for i in range {
            *d = (*d << 8) | self.entry(text, i);
            self.emit(text, *d, i, out);
        }
    }

    /// The state before byte `i`, rebuilt from the 8 bytes before it.
    fn state_before(&self, text: &[u8], i: usize) -> u64 {
        let mut d = self.fresh;
        for j in i.saturating_sub(DEPTH)..i {
            d = (d << 8) | self.entry(text, j);
        }
        d
    }

    /// Filters `range` of `text`, carrying `state` from the byte before,
    /// and appends candidate starts (unsorted, maybe repeated) to `out`.
    fn filter(&self, lanes: Lanes, text: &[u8], range: Range<usize>, state: &mut u64, out: &mut Vec<usize>) {
        let (mut start, end) = (range.start, range.end);
        let mut d = *state;
        if start == 0 && start < end {
            self.singles(text, 0..1, &mut d, out);
            start = 1;
        }
        let n = match lanes {
            Lanes::Scalar => 2,
            #[cfg(target_arch = "x86_64")]
            Lanes::Sse2 => SSE2_LANES,
        };
        let len = (end - start) / (8 * n) * 8;
        let mut flagged = Vec::new();
        if len > 0 {
            // `None` only if the lanes left the text, which the bounds above
            // rule out; the byte-wise pass below then covers everything.
            let after = match lanes {
                Lanes::Scalar => self.lanes_scalar(text, start, len, d, &mut flagged),
                #[cfg(target_arch = "x86_64")]
                Lanes::Sse2 => self.lanes_sse2(text, start, len, d, out),
            };
            if let Some(after) = after {
                d = after;
                start += n * len;
            }
        }
        self.singles(text, start..end, &mut d, out);
        *state = d;
        for b in flagged {
            let mut d = self.state_before(text, b);
            self.singles(text, b..b + 8, &mut d, out);
        }
    }

    /// Steps the two lanes `a..a + len` and `a + len..a + 2 * len`, where
    /// `len` is a multiple of 8, from the state `d` before the first.
    /// Returns the state at the end, and notes in `flagged` the start of
    /// each 8 bytes where a candidate ends. `None`, with nothing done,
    /// unless `1 <= a` and `a + 2 * len <= text.len()`.
    #[inline(never)]
    fn lanes_scalar(&self, text: &[u8], a: usize, len: usize, d: u64, flagged: &mut Vec<usize>) -> Option<u64> {
        let b = a.checked_add(len)?;
        if a == 0 || b.checked_add(len)? > text.len() {
            return None;
        }
        let (mut d0, mut d1) = (d, self.state_before(text, b));
        let table = &*self.table;
        let at = |i: usize| {
            // SAFETY: every pair read below ends at some `i` with
            // `1 <= a <= i < b + len <= text.len()`, as checked above, so
            // both of its bytes, `i - 1` and `i`, are inside `text`.
            usize::from(unsafe { text.as_ptr().add(i - 1).cast::<u16>().read_unaligned() })
        };
        for k in (0..len).step_by(8) {
            let (mut all0, mut all1) = (!0u64, !0u64);
            for j in 0..8 {
                d0 = (d0 << 8) | table[at(a + k + j)];
                d1 = (d1 << 8) | table[at(b + k + j)];
                all0 &= d0;
                all1 &= d1;
            }
            if !all0 & TOP != 0 {
                flagged.push(a + k);
            }
            if !all1 & TOP != 0 {
                flagged.push(b + k);
            }
        }
        Some(d1)
    }

    /// Steps the lanes that start at `a`, `a + len`, ... (`SSE2_LANES` of
    /// them), like [`Self::lanes_scalar`], but with each state in the low
    /// half of an SSE2 register: shifting the register by one byte per step
    /// moves the top byte of every state into the high half, so one
    /// comparison per 8 steps covers them all. `None`, with nothing done,
    /// unless `1 <= a` and `a + SSE2_LANES * len <= text.len()`.
    #[cfg(target_arch = "x86_64")]
    #[inline(never)]
    fn lanes_sse2(&self, text: &[u8], a: usize, len: usize, d: u64, out: &mut Vec<usize>) -> Option<u64> {
        use std::arch::x86_64::{__m128i, _mm_cvtsi128_si64, _mm_set_epi64x, _mm_slli_si128};
        const N: usize = SSE2_LANES;
        let end = len.checked_mul(N)?.checked_add(a)?;
        if a == 0 || end > text.len() {
            return None;
        }
        let starts: [usize; N] = std::array::from_fn(|l| a + l * len);
        // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics
        // are available on every x86_64 CPU; none touches memory.
        let (mut s, ones): ([__m128i; N], __m128i) = unsafe {
            // High half all ones: no candidate pending from before the lane.
            let first = |d: u64| _mm_set_epi64x(-1, d as i64);
            (
                std::array::from_fn(|l| first(if l == 0 { d } else { self.state_before(text, starts[l]) })),
                _mm_set_epi64x(-1, -1),
            )
        };
        let mut marks = [(0usize, 0u64); N * GROUP];
        let mut k = 0;
        while k < len {
            let group_end = len.min(k + GROUP * 8);
            // SAFETY: `1 <= a`, `group_end <= len` and `a + N * len <=
            // text.len()`, as `group_sse2` requires.
            let n = unsafe { group_sse2(&self.table, text, starts, k, group_end, &mut s, &mut marks) };
            for &(newest, h) in &marks[..n] {
                self.emit_high(text, h, newest, out);
            }
            k = group_end;
        }
        // SAFETY: as above (SSE2 only, no memory touched).
        unsafe {
            // The state after each lane's last byte is still in the low
            // half: shifted up, it is byte 0 of the high half.
            for (l, &s) in s.iter().enumerate() {
                let last = _mm_slli_si128::<1>(s);
                if sse2_pending(last, ones) {
                    self.emit_high(text, sse2_high(last) | !0xff, starts[l] + len - 1, out);
                }
            }
            Some(_mm_cvtsi128_si64(s[N - 1]) as u64)
        }
    }

    /// Appends the candidate starts that the top bytes in `high` mark,
    /// where byte `r` of `high` is the top byte of the state after `newest - r`.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn emit_high(&self, text: &[u8], high: u64, newest: usize, out: &mut Vec<usize>) {
        let mut hit = !high;
        while hit != 0 {
            let bit = hit.trailing_zeros() as usize;
            hit &= hit - 1;
            let (r, bucket) = (bit / BUCKETS, bit % BUCKETS);
            let len = usize::from(self.lens[bucket]);
            // Always `Some` from a state this filter made: see `fresh`.
            if let Some(start) = (newest + 1).checked_sub(r + len) {
                if self.is_prefix(text, start, usize::from(self.hash_lens[bucket])) {
                    out.push(start);
                }
            }
        }
    }
}

/// Lanes the SSE2 filter steps together. Each step of a lane waits for
/// the one before (a shift, then an OR); the steps of the others fill that
/// wait (four lanes measured no faster than three).
#[cfg(target_arch = "x86_64")]
const SSE2_LANES: usize = 3;
/// 8-byte blocks per lane that [`group_sse2`] steps before the candidates
/// it noted are named.
#[cfg(target_arch = "x86_64")]
const GROUP: usize = 32;

/// Whether a candidate is pending in the high half of `s`: after the 8
/// steps from `i`, it holds the top bytes of the states after bytes
/// `i - 1 .. i + 7`. `ones` is all ones.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn sse2_pending(s: std::arch::x86_64::__m128i, ones: std::arch::x86_64::__m128i) -> bool {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_movemask_epi8};
    _mm_movemask_epi8(_mm_cmpeq_epi8(s, ones)) as u32 & 0xff00 != 0xff00
}

/// The high half of `s` as a word: its byte `r` is the top byte of the
/// state `r` bytes before the newest one.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn sse2_high(s: std::arch::x86_64::__m128i) -> u64 {
    use std::arch::x86_64::{_mm_cvtsi128_si64, _mm_srli_si128};
    _mm_cvtsi128_si64(_mm_srli_si128::<8>(s)) as u64
}

/// Steps the SSE2 lanes of [`PairFilter::lanes_sse2`] over their blocks
/// `k..end` (offsets from each lane's start, multiples of 8), with the
/// states in `s`; notes each block where a lane has a candidate in `marks`
/// (the byte of its newest state and its high half) and returns how many.
/// A function of its own that calls nothing, so that the states stay in
/// registers for the whole loop (with the emitting in the same loop, the
/// compiler kept one of them on the stack).
///
/// # Safety
/// `1 <= starts[0]`, `starts[l] = starts[0] + l * len`, `end <= len`, `end
/// - k <= 8 * GROUP`, and `starts[0] + SSE2_LANES * len <= text.len()`.
#[cfg(target_arch = "x86_64")]
#[inline(never)]
unsafe fn group_sse2(
    table: &[u64; 1 << 16],
    text: &[u8],
    starts: [usize; SSE2_LANES],
    mut k: usize,
    end: usize,
    s: &mut [std::arch::x86_64::__m128i; SSE2_LANES],
    marks: &mut [(usize, u64); SSE2_LANES * GROUP],
) -> usize {
    use std::arch::x86_64::{_mm_and_si128, _mm_loadl_epi64, _mm_or_si128, _mm_set_epi64x, _mm_slli_si128};
    const N: usize = SSE2_LANES;
    let table = table.as_ptr();
    let text = text.as_ptr();
    // SAFETY (for `at`): every pair read ends at some `i` with `1 <=
    // starts[0] <= i < starts[0] + N * len <= text.len()`, as the caller
    // promises, so both of its bytes, `i - 1` and `i`, are inside `text`.
    let at = |i: usize| usize::from(text.add(i - 1).cast::<u16>().read_unaligned());
    let ones = _mm_set_epi64x(-1, -1);
    let mut st = *s;
    let mut n = 0;
    while k < end {
        for j in 0..8 {
            for l in 0..N {
                // In bounds: `at` is a `u16`, the table has 2^16 entries.
                let t = _mm_loadl_epi64(table.add(at(starts[l] + k + j)).cast());
                st[l] = _mm_or_si128(_mm_slli_si128::<1>(st[l]), t);
            }
        }
        // One test for all lanes: a clear bit in any of them stays clear
        // in their AND.
        let mut all = st[0];
        for x in &st[1..] {
            all = _mm_and_si128(all, *x);
        }
        if sse2_pending(all, ones) {
            for l in 0..N {
                // `n < marks.len()` always holds (a group has `GROUP`
                // blocks of `N` lanes); it spares a bounds check.
                if sse2_pending(st[l], ones) && n < marks.len() {
                    // The newest state in the high half is the one after `i + 6`.
                    marks[n] = (starts[l] + k + 6, sse2_high(st[l]));
                    n += 1;
                }
            }
        }
        k += 8;
    }
    *s = st;
    n
}

/// Splits the keywords into buckets: keywords of one prefix length share a
/// bucket (its test uses the shortest length in it); spare buckets go to
/// the most crowded lengths, split in sorted order so that keywords with a
/// common beginning stay together.
fn assign_buckets<'k>(keywords: &'k [String], tested: &dyn Fn(&[u8]) -> usize) -> Vec<Vec<&'k [u8]>> {
    let mut by_len: Vec<Vec<&[u8]>> = vec![Vec::new(); DEPTH + 1];
    for k in keywords {
        by_len[tested(k.as_bytes())].push(k.as_bytes());
    }
    let mut groups: Vec<(Vec<&[u8]>, usize)> = by_len
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(|mut g| {
            g.sort_unstable_by_key(|k| k.to_ascii_lowercase());
            (g, 1)
        })
        .collect();
    let mut used = groups.len();
    while used < BUCKETS {
        let Some(crowded) = groups
            .iter_mut()
            .filter(|(g, n)| g.len() > *n)
            .max_by_key(|(g, n)| g.len().div_ceil(*n))
        else {
            break;
        };
        crowded.1 += 1;
        used += 1;
    }
    let mut buckets = Vec::with_capacity(BUCKETS);
    for (group, n) in groups {
        let size = group.len().div_ceil(n);
        buckets.extend(group.chunks(size).map(<[&[u8]]>::to_vec));
    }
    buckets
}

/// Candidate keyword starts of a text, in increasing order, filtered
/// `BATCH` bytes at a time.
pub(crate) struct Starts<'a> {
    filter: &'a PairFilter,
    lanes: Lanes,
    text: &'a [u8],
    /// Next byte to filter.
    next: usize,
    state: u64,
    /// Sorted candidates of the current batch, and how many were taken.
    batch: Vec<usize>,
    taken: usize,
    /// Candidates held over: starts that a later batch may still precede.
    held: Vec<usize>,
}

impl<'a> Starts<'a> {
    pub(crate) fn new(filter: &'a PairFilter, text: &'a [u8]) -> Starts<'a> {
        Starts::with_lanes(filter, Lanes::BEST, text)
    }

    /// Starts, filtered with a given implementation of the lanes.
    pub(crate) fn with_lanes(filter: &'a PairFilter, lanes: Lanes, text: &'a [u8]) -> Starts<'a> {
        Starts {
            filter,
            lanes,
            text,
            next: 0,
            state: filter.fresh,
            batch: Vec::new(),
            taken: 0,
            held: Vec::new(),
        }
    }
}

impl Starts<'_> {
    /// Bytes before this were filtered: every start before it that passed
    /// was returned or is about to be.
    pub(crate) fn filtered_to(&self) -> usize {
        self.next
    }
}

impl Iterator for Starts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            if let Some(&s) = self.batch.get(self.taken) {
                self.taken += 1;
                return Some(s);
            }
            if self.next >= self.text.len() && self.held.is_empty() {
                return None;
            }
            self.batch.clear();
            self.taken = 0;
            self.batch.append(&mut self.held);
            let end = self.next.saturating_add(BATCH).min(self.text.len());
            self.filter
                .filter(self.lanes, self.text, self.next..end, &mut self.state, &mut self.batch);
            self.next = end;
            self.batch.sort_unstable();
            self.batch.dedup();
            if end < self.text.len() {
                // A later byte can mark a start at most DEPTH - 1 before it.
                let keep = self.batch.partition_point(|&s| s + DEPTH <= end);
                self.held.extend_from_slice(&self.batch[keep..]);
                self.batch.truncate(keep);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Every start of a case-insensitive keyword match, the reference.
    fn all_starts(keywords: &[String], text: &[u8]) -> Vec<usize> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(keywords)
            .expect("automaton");
        let mut starts: Vec<usize> = ac.find_overlapping_iter(text).map(|m| m.start()).collect();
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    fn keywords(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// A small xorshift generator: the tests need no crate for randomness.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn never_misses_a_keyword_start() {
        let list = keywords(&[
            "pat",
            "key",
            "ghp_",
            "token",
            "secret",
            "password",
            "xoxb-",
            "AKIA",
            "-----begin",
            "api_key",
            "sk_live_",
            "github_pat_",
            "hooks.slack.com",
            "é_ü",
            "\u{7f}x\u{80}",
            "a\0b",
        ]);
        let filter = PairFilter::new(&list, &[]).expect("filter");
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for round in 0..200 {
            // Random bytes, biased towards ASCII letters, with keywords in
            // random case planted anywhere, including at both ends.
            let len = rng.below(if round % 10 == 0 { 300_000 } else { 2_000 });
            let mut text: Vec<u8> = (0..len)
                .map(|_| match rng.below(4) {
                    0 => rng.next() as u8,
                    _ => {
                        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz_- .:=\"\n";
                        ALPHABET[rng.below(ALPHABET.len())]
                    }
                })
                .collect();
            for _ in 0..rng.below(40) {
                let k = list[rng.below(list.len())].as_bytes();
                let at = if text.len() < k.len() {
                    0
                } else {
                    rng.below(text.len() - k.len() + 1)
                };
                let at = match rng.below(8) {
                    0 => 0,
                    1 => text.len().saturating_sub(k.len()),
                    2 => (BATCH - rng.below(10)).min(text.len().saturating_sub(k.len())),
                    _ => at,
                };
                for (j, &c) in k.iter().enumerate() {
                    let c = if rng.below(2) == 0 { c.to_ascii_uppercase() } else { c };
                    if at + j < text.len() {
                        text[at + j] = c;
                    }
                }
            }
            let want = all_starts(&list, &text);
            let mut bytewise = Vec::new();
            filter.singles(&text, 0..text.len(), &mut { filter.fresh }, &mut bytewise);
            bytewise.sort_unstable();
            bytewise.dedup();
            for lanes in [Lanes::Scalar, Lanes::BEST] {
                let got: Vec<usize> = Starts::with_lanes(&filter, lanes, &text).collect();
                assert!(
                    got.windows(2).all(|w| w[0] < w[1]),
                    "round {round}, {lanes:?}: starts out of order"
                );
                let missed: Vec<&usize> = want.iter().filter(|s| got.binary_search(s).is_err()).collect();
                assert!(missed.is_empty(), "round {round}, {lanes:?}: missed starts {missed:?}");
                // The lanes and the rebuilt states give exactly what one
                // byte-wise pass over the whole text gives.
                assert_eq!(got, bytewise, "round {round}, {lanes:?}: differs from a byte-wise pass");
            }
        }
    }

    #[test]
    fn lets_few_false_starts_through() {
        let list = keywords(&["password", "token", "secret", "api_key"]);
        let filter = PairFilter::new(&list, &[]).expect("filter");
        let text = b"fn main() { let x = compute(y); println!(\"{x}\"); } // no keywords here\n".repeat(100);
        assert_eq!(Starts::new(&filter, &text).count(), 0);
        let text = b"let token = get(); let Password = 1;";
        assert_eq!(Starts::new(&filter, text).collect::<Vec<_>>(), vec![4, 23]);
    }

    #[test]
    fn buckets_cover_every_keyword_once() {
        let list: Vec<String> = (0..400).map(|i| format!("kw{}{}", i, "x".repeat(i % 13))).collect();
        let buckets = assign_buckets(&list, &|k: &[u8]| k.len().min(DEPTH));
        assert!(buckets.len() <= BUCKETS);
        assert_eq!(buckets.iter().map(Vec::len).sum::<usize>(), list.len());
        assert!(PairFilter::new(&[], &[]).is_none());
        assert!(PairFilter::new(&keywords(&["ok", ""]), &[]).is_none());
    }
}
