//! Which lines of a file version are new: a Histogram line diff against an
//! earlier version, as byte ranges of the new one.

use imara_diff::{intern::InternedInput, sources::byte_lines_with_terminator, Algorithm};

use crate::text::Ranges;

/// Byte ranges of `new` holding lines that are not in `old` (Histogram diff).
pub fn added_ranges(old: &[u8], new: &[u8]) -> Ranges {
    let input = InternedInput::new(byte_lines_with_terminator(old), byte_lines_with_terminator(new));
    // Hunks come in order, so a cursor over `new` turns line numbers into
    // byte offsets without a table of every line start.
    let mut cursor = LineCursor {
        data: new,
        line: 0,
        offset: 0,
    };
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    imara_diff::diff(
        Algorithm::Histogram,
        &input,
        |_before: std::ops::Range<u32>, after: std::ops::Range<u32>| {
            if after.is_empty() {
                return;
            }
            let s = cursor.seek(after.start as usize);
            let e = cursor.seek(after.end as usize);
            match out.last_mut() {
                Some(last) if last.end == s => last.end = e,
                _ => out.push(s..e),
            }
        },
    );
    Ranges(out)
}

/// Byte offset of the start of a line, for line numbers that only grow.
struct LineCursor<'a> {
    data: &'a [u8],
    line: usize,
    offset: usize,
}

impl LineCursor<'_> {
    /// Offset where 0-based `line` starts (the end of the data past the last).
    fn seek(&mut self, line: usize) -> usize {
        while self.line < line && self.offset < self.data.len() {
            self.offset =
                memchr::memchr(b'\n', &self.data[self.offset..]).map_or(self.data.len(), |p| self.offset + p + 1);
            self.line += 1;
        }
        self.offset
    }
}
