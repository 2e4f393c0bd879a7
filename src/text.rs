//! Byte-level helpers shared by the hook and `scan`: binary detection, line
//! numbers, added-line ranges and safe display of paths.

use std::ops::Range;

/// How many leading bytes git inspects for a NUL to call a blob binary.
pub const BINARY_SNIFF_LEN: usize = 8000;

/// Git's rule: a NUL byte among the first 8,000 bytes means binary.
pub fn is_binary(data: &[u8]) -> bool {
    memchr::memchr(0, &data[..data.len().min(BINARY_SNIFF_LEN)]).is_some()
}

/// Byte offsets at which each line starts.
pub fn line_starts(data: &[u8]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(data.len() / 32 + 1);
    starts.push(0);
    starts.extend(
        memchr::memchr_iter(b'\n', data)
            .map(|p| p + 1)
            .filter(|&p| p < data.len()),
    );
    starts
}

/// 1-based line number of `offset`, given `line_starts`.
pub fn line_of(starts: &[usize], offset: usize) -> usize {
    match starts.binary_search(&offset) {
        Ok(i) => i + 1,
        Err(i) => i,
    }
}

/// The bytes of the line containing `offset`.
pub fn line_at(data: &[u8], offset: usize) -> &[u8] {
    let offset = offset.min(data.len());
    let start = memchr::memrchr(b'\n', &data[..offset]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &data[offset..]).map_or(data.len(), |p| offset + p);
    &data[start..end]
}

/// Sorted, non-overlapping byte ranges of a file; used for "lines this commit
/// added". `None` stands for the whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ranges(pub Vec<Range<usize>>);

impl Ranges {
    /// True when `r` overlaps any range (an empty `r` counts at its position).
    pub fn overlaps(&self, r: &Range<usize>) -> bool {
        let end = r.end.max(r.start + 1);
        let i = self.0.partition_point(|x| x.end <= r.start);
        self.0.get(i).is_some_and(|x| x.start < end)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps only what lies in both.
    pub fn intersect(&self, other: &Ranges) -> Ranges {
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        while i < self.0.len() && j < other.0.len() {
            let (a, b) = (&self.0[i], &other.0[j]);
            let (lo, hi) = (a.start.max(b.start), a.end.min(b.end));
            if lo < hi {
                out.push(lo..hi);
            }
            if a.end < b.end {
                i += 1;
            } else {
                j += 1;
            }
        }
        Ranges(out)
    }
}

/// Renders a path (or any label) given as bytes for a terminal or log:
/// valid UTF-8 stays, other bytes and control characters become `\xNN`.
pub fn display_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() {
                out.push_str(&format!("\\x{:02x}", c as u32));
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_offsets() {
        let data = b"a\nbb\n\nccc";
        let s = line_starts(data);
        assert_eq!(s, vec![0, 2, 5, 6]);
        assert_eq!(line_of(&s, 0), 1);
        assert_eq!(line_of(&s, 3), 2);
        assert_eq!(line_of(&s, 7), 4);
        assert_eq!(line_at(data, 3), b"bb");
    }

    #[test]
    fn ranges_overlap_and_intersect() {
        let r = Ranges(vec![2..5, 10..12]);
        assert!(r.overlaps(&(4..6)));
        assert!(!r.overlaps(&(5..10)));
        assert!(r.overlaps(&(11..11)));
        assert_eq!(r.intersect(&Ranges(vec![0..3, 11..20])), Ranges(vec![2..3, 11..12]));
    }

    #[test]
    fn non_utf8_is_escaped() {
        assert_eq!(display_bytes(b"caf\xe9/x\n"), "caf\\xe9/x\\x0a");
        assert!(is_binary(b"ab\0c"));
        assert!(!is_binary(b"abc"));
    }
}
