//! Step 1, hook input: the ref commands git feeds a `pre-receive` hook on
//! stdin, parsed as bytes and checked line by line. Reads no objects.

use std::io::Read;

use gix::ObjectId;

use crate::scope::RefUpdate;

/// Most stdin a hook accepts: 64 MiB is about 500,000 ref updates.
pub const MAX_INPUT_BYTES: u64 = 64 << 20;

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read the ref updates from stdin: {0}")]
    Io(#[from] std::io::Error),
    #[error("hook input is larger than {MAX_INPUT_BYTES} bytes")]
    TooLarge,
    #[error("malformed hook input on line {line}: {message} (expected \"<old-oid> <new-oid> <refname>\")")]
    Malformed { line: usize, message: String },
}

pub fn read(mut input: impl Read) -> Result<Vec<RefUpdate>, InputError> {
    let mut buf = Vec::new();
    input.by_ref().take(MAX_INPUT_BYTES + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge);
    }
    parse(&buf)
}

pub fn parse(input: &[u8]) -> Result<Vec<RefUpdate>, InputError> {
    let mut out = Vec::new();
    let mut hex_len = None;
    for (i, raw) in input.split(|&b| b == b'\n').enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.is_empty() {
            continue;
        }
        let bad = |message: String| InputError::Malformed { line, message };
        let mut parts = raw.splitn(3, |&b| b == b' ');
        let (Some(old), Some(new), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad("fewer than three fields".into()));
        };
        let old = parse_oid(old).map_err(|m| bad(format!("old object id: {m}")))?;
        let new = parse_oid(new).map_err(|m| bad(format!("new object id: {m}")))?;
        let this_len = old.kind().len_in_hex();
        if new.kind().len_in_hex() != this_len || hex_len.is_some_and(|l| l != this_len) {
            return Err(bad("object ids of different lengths".into()));
        }
        hex_len = Some(this_len);
        // Git allows any bytes but controls and a few punctuation marks in
        // ref names; keep what it sent, shown with non-UTF-8 bytes escaped.
        if name.is_empty() || name.iter().any(|b| b.is_ascii_control() || *b == b' ') {
            return Err(bad(format!("invalid ref name {:?}", crate::text::display_bytes(name))));
        }
        let name = crate::text::display_bytes(name);
        if old.is_null() && new.is_null() {
            return Err(bad(format!("both object ids are zero for {name}")));
        }
        out.push(RefUpdate { old, new, name });
    }
    Ok(out)
}

fn parse_oid(hex: &[u8]) -> Result<ObjectId, String> {
    if hex.len() == 64 {
        return Err("a 64-digit (SHA-256) id; pushguard supports SHA-1 repositories only".into());
    }
    if hex.len() != 40 {
        return Err(format!("{} characters, expected 40 hex digits", hex.len()));
    }
    ObjectId::from_hex(hex).map_err(|_| "not hexadecimal".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "1111111111111111111111111111111111111111";
    const Z: &str = "0000000000000000000000000000000000000000";

    #[test]
    fn parses_updates_creates_and_deletes() {
        let text = format!("{Z} {A} refs/heads/new\n{A} {Z} refs/heads/old\r\n\n");
        let u = parse(text.as_bytes()).unwrap();
        assert_eq!(u.len(), 2);
        assert!(u[0].old.is_null());
        assert!(u[1].is_delete());
        assert_eq!(u[1].name, "refs/heads/old");
    }

    #[test]
    fn rejects_malformed_lines_with_their_number() {
        for bad in [
            format!("{A} {A}\n"),
            format!("{A} xyz refs/heads/x\n"),
            format!("{A} {A} \n"),
            format!("{Z} {Z} refs/heads/x\n"),
            format!("{A}00 {A} refs/heads/x\n"),
        ] {
            let e = parse(format!("{Z} {A} refs/heads/ok\n{bad}").as_bytes())
                .unwrap_err()
                .to_string();
            assert!(e.contains("line 2"), "{e}");
            assert!(!e.contains('\n'));
        }
        let e = parse(format!("{A}{} {A}{} refs/heads/x", &A[..24], &A[..24]).as_bytes()).unwrap_err();
        assert!(e.to_string().contains("SHA-256"));
    }
}
