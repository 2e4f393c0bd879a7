//! Byte-level helpers every step may use: binary detection, UTF-16, line
//! numbers, added-line ranges, safe display of paths, and one-line error
//! messages. Depends on nothing else in the crate.

use std::ops::Range;

/// How many leading bytes git inspects for a NUL to call a blob binary.
pub const BINARY_SNIFF_LEN: usize = 8000;

/// Git's rule: a NUL byte among the first 8,000 bytes means binary.
pub fn is_binary(data: &[u8]) -> bool {
    memchr::memchr(0, &data[..data.len().min(BINARY_SNIFF_LEN)]).is_some()
}

/// Byte order of UTF-16 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Utf16 {
    Le,
    Be,
}

/// Whether `data` is UTF-16 text, and where its code units start: a byte
/// order mark (`FF FE` little-endian, `FE FF` big-endian), or, without one,
/// ASCII-range text in UTF-16, where nearly every other byte of the first
/// 8,000 is NUL (the pattern git's binary test trips over).
pub fn utf16_kind(data: &[u8]) -> Option<(Utf16, usize)> {
    match data {
        [0xFF, 0xFE, ..] => return Some((Utf16::Le, 2)),
        [0xFE, 0xFF, ..] => return Some((Utf16::Be, 2)),
        _ => {}
    }
    if data.len() < 16 || !data.len().is_multiple_of(2) {
        return None;
    }
    let sample = &data[..data.len().min(BINARY_SNIFF_LEN) & !1];
    let pairs = sample.len() / 2;
    let (mut le, mut be) = (0, 0);
    for p in sample.chunks_exact(2) {
        match (p[0], p[1]) {
            (0, 0) => return None,
            (_, 0) => le += 1,
            (0, _) => be += 1,
            _ => {}
        }
    }
    // At least 95% of the code units look like ASCII in one byte order.
    if le * 20 >= pairs * 19 {
        Some((Utf16::Le, 0))
    } else if be * 20 >= pairs * 19 {
        Some((Utf16::Be, 0))
    } else {
        None
    }
}

/// Decodes UTF-16 (after its byte order mark) into UTF-8 in `out`. Unpaired
/// surrogates and an odd last byte become U+FFFD. Line breaks map one to
/// one, so line numbers in `out` are those of the original file.
pub fn transcode_utf16(data: &[u8], order: Utf16, out: &mut Vec<u8>) {
    out.clear();
    out.reserve(data.len() / 2 + 16);
    let units = data.chunks_exact(2).map(|p| match order {
        Utf16::Le => u16::from_le_bytes([p[0], p[1]]),
        Utf16::Be => u16::from_be_bytes([p[0], p[1]]),
    });
    let mut tmp = [0u8; 4];
    for c in char::decode_utf16(units) {
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }
    if !data.len().is_multiple_of(2) {
        out.extend_from_slice(char::REPLACEMENT_CHARACTER.encode_utf8(&mut tmp).as_bytes());
    }
}

/// `data` as UTF-8 text to scan: UTF-16 is transcoded into `buf`, anything
/// else is returned as it is.
pub fn as_utf8<'a>(data: &'a [u8], buf: &'a mut Vec<u8>) -> &'a [u8] {
    match utf16_kind(data) {
        Some((order, bom)) => {
            transcode_utf16(&data[bom..], order, buf);
            buf
        }
        None => data,
    }
}

/// The first line longer than `max` bytes (without its line break) among
/// the lines that overlap `within` (all lines when `None`): its 1-based
/// number and length.
pub fn long_line(data: &[u8], max: usize, within: Option<&Ranges>) -> Option<(usize, usize)> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', data).chain(std::iter::once(data.len()));
    for (line, end) in (1..).zip(ends) {
        if end - start > max && within.is_none_or(|r| r.overlaps(&(start..end))) {
            return Some((line, end - start));
        }
        if end == data.len() {
            break;
        }
        start = end + 1;
    }
    None
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

/// Folds a multi-line error message (toml's carets and snippets) into one line.
pub fn one_line(e: &dyn std::fmt::Display) -> String {
    let text = e.to_string();
    let mut out = String::new();
    for part in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // toml's snippet lines are "12 | text" and "   |   ^^^"; keep the text only.
        let snippet = part
            .split_once('|')
            .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
        if snippet || part.chars().all(|c| c == '^' || c == '|' || c == ' ') {
            continue;
        }
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(part);
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
    fn utf16_is_detected_and_transcoded() {
        let text = "key = value\r\nline two\n";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16_kind(&le), Some((Utf16::Le, 2)));
        assert_eq!(utf16_kind(&be), Some((Utf16::Be, 0)));
        assert_eq!(utf16_kind(b"plain ascii text here"), None);
        assert_eq!(utf16_kind(&[0u8; 64]), None);
        let mut out = Vec::new();
        transcode_utf16(&le[2..], Utf16::Le, &mut out);
        assert_eq!(out, text.as_bytes());
        transcode_utf16(&be, Utf16::Be, &mut out);
        assert_eq!(out, text.as_bytes());
        transcode_utf16(&[0x00, 0xD8, 0x41], Utf16::Le, &mut out);
        assert_eq!(String::from_utf8_lossy(&out), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn long_lines_are_found_where_asked() {
        let data = b"short\nthis line is long\nok";
        assert_eq!(long_line(data, 10, None), Some((2, 17)));
        assert_eq!(long_line(data, 20, None), None);
        let first_line = Ranges(std::iter::once(0..6).collect());
        assert_eq!(long_line(data, 10, Some(&first_line)), None);
        assert_eq!(long_line(b"abcdef", 3, None), Some((1, 6)));
    }

    #[test]
    fn non_utf8_is_escaped() {
        assert_eq!(display_bytes(b"caf\xe9/x\n"), "caf\\xe9/x\\x0a");
        assert!(is_binary(b"ab\0c"));
        assert!(!is_binary(b"abc"));
    }
}
