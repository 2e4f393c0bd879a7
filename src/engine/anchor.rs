//! Which detectors match only where one of their keywords starts.
//!
//! Stage two normally searches the whole window around a keyword hit, as
//! most patterns put context before the secret (`password = ...`). Many
//! provider tokens, though, begin with their keyword (`ghp_...`,
//! `pat....`, `https://user:pass@...`): every match starts at a keyword
//! hit. For those, an anchored search at the hit, which gives up after a
//! few bytes on text like `path` or `https://docs.rs/`, finds the same
//! matches as a search of the window.
//!
//! The proof is a walk over the pattern's syntax tree that collects the
//! strings every match must begin with (ASCII case folded, zero-width
//! assertions skipped). The detector is anchored when each of those strings
//! begins with one of its keywords. The walk gives up, and the detector
//! keeps window searches, whenever it cannot tell: a wide class, an
//! unbounded loop, too many strings.

use regex_syntax::hir::{Class, Hir, HirKind};

/// More prefix strings than this and the walk gives up.
const MAX_STRINGS: usize = 64;
/// A class with more (folded) bytes than this ends the walk.
const MAX_CLASS: usize = 8;

/// Whether every match of `hir` begins with one of `keywords`, compared
/// ASCII case-insensitively. `false` when the walk cannot tell.
pub(crate) fn starts_with_keyword(hir: &Hir, keywords: &[String]) -> bool {
    let keys: Vec<Vec<u8>> = keywords.iter().map(|k| k.as_bytes().to_ascii_lowercase()).collect();
    let Some(need) = keys.iter().map(Vec::len).max() else {
        return false;
    };
    let walk = Walk { need };
    let Some((strings, _)) = walk.extend(hir, vec![Vec::new()]) else {
        return false;
    };
    strings.iter().all(|s| keys.iter().any(|k| s.starts_with(k)))
}

struct Walk {
    /// Strings this long need no more bytes: no keyword is longer.
    need: usize,
}

/// The prefix strings, and whether the walk may go on after the node
/// (false once a node's text is only partly known).
type Prefixes = (Vec<Vec<u8>>, bool);

impl Walk {
    /// The strings that `set` followed by any match of `hir` begins with.
    /// `None` when they are too many to follow.
    fn extend(&self, hir: &Hir, set: Vec<Vec<u8>>) -> Option<Prefixes> {
        if set.iter().all(|s| s.len() >= self.need) {
            return Some((set, false));
        }
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => Some((set, true)),
            HirKind::Literal(lit) => {
                let tail = lit.0.to_ascii_lowercase();
                Some((set.into_iter().map(|s| [s, tail.clone()].concat()).collect(), true))
            }
            HirKind::Class(class) => match folded_bytes(class) {
                Some(bytes) => {
                    let out: Vec<Vec<u8>> = set
                        .iter()
                        .flat_map(|s| bytes.iter().map(move |&b| [s.as_slice(), &[b]].concat()))
                        .collect();
                    (out.len() <= MAX_STRINGS).then_some((out, true))
                }
                None => Some((set, false)),
            },
            HirKind::Capture(cap) => self.extend(&cap.sub, set),
            HirKind::Concat(subs) => {
                let mut cur = set;
                for sub in subs {
                    let (next, open) = self.extend(sub, cur)?;
                    cur = next;
                    if !open {
                        return Some((cur, false));
                    }
                }
                Some((cur, true))
            }
            HirKind::Alternation(subs) => {
                let mut out = Vec::new();
                let mut open = true;
                for sub in subs {
                    let (strings, o) = self.extend(sub, set.clone())?;
                    out.extend(strings);
                    open &= o;
                }
                out.sort_unstable();
                out.dedup();
                (out.len() <= MAX_STRINGS).then_some((out, open))
            }
            HirKind::Repetition(rep) => {
                let once = rep.max == Some(1);
                let (mut strings, open) = self.extend(&rep.sub, set.clone())?;
                if rep.min == 0 {
                    // Possibly absent: the strings so far stay possible.
                    strings.extend(set);
                    strings.sort_unstable();
                    strings.dedup();
                }
                // A second repetition's text is not followed.
                (strings.len() <= MAX_STRINGS).then_some((strings, open && once && rep.min <= 1))
            }
        }
    }
}

/// The distinct ASCII-lowercased bytes of a small class; `None` when it
/// has more than [`MAX_CLASS`] of them.
fn folded_bytes(class: &Class) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    // `top`: the largest value that stands for one byte of text (a byte
    // class's bytes; a Unicode class's ASCII code points).
    let mut add = |lo: u32, hi: u32, top: u32| -> Option<()> {
        if hi > top || hi - lo >= 2 * MAX_CLASS as u32 {
            return None;
        }
        for c in lo..=hi {
            let b = u8::try_from(c).ok()?.to_ascii_lowercase();
            if !bytes.contains(&b) {
                bytes.push(b);
            }
        }
        (bytes.len() <= MAX_CLASS).then_some(())
    };
    match class {
        Class::Bytes(c) => {
            for r in c.iter() {
                add(u32::from(r.start()), u32::from(r.end()), 0xff)?;
            }
        }
        Class::Unicode(c) => {
            for r in c.iter() {
                add(u32::from(r.start()), u32::from(r.end()), 0x7f)?;
            }
        }
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchored(pattern: &str, keywords: &[&str]) -> bool {
        // As detectors are parsed: bytes, ASCII classes.
        let syntax = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .expect("pattern parses");
        let keywords: Vec<String> = keywords.iter().map(|k| k.to_string()).collect();
        starts_with_keyword(&syntax, &keywords)
    }

    #[test]
    fn provider_prefixes_are_anchored() {
        assert!(anchored(r"\b(?P<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b", &["pat"]));
        assert!(anchored(
            r"\b(gh[pousr]_[A-Za-z0-9]{36})\b",
            &["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]
        ));
        assert!(anchored(
            r"(?i:\b(?:https?|ftps?|ssh|git\+https?)://)[^:@/\s]{0,64}:(?P<secret>[^@/\s]{1,128})@",
            &[
                "http://",
                "https://",
                "ftp://",
                "ftps://",
                "ssh://",
                "git+http://",
                "git+https://"
            ]
        ));
        // Case-insensitive keywords match either case in the pattern.
        assert!(anchored(r"(?:AKIA|ASIA)[A-Z2-7]{16}", &["akia", "asia"]));
        assert!(anchored(r"(?m:^)xoxb-[0-9]{10,13}", &["xoxb-"]));
    }

    #[test]
    fn context_before_the_keyword_is_not_anchored() {
        // Text may come before the keyword.
        assert!(!anchored(r"[A-Za-z_]*token\s*=\s*(\S+)", &["token"]));
        assert!(!anchored(r"(?:export\s+)?SECRET=(\S+)", &["secret"]));
        // An alternative without the keyword.
        assert!(!anchored(r"(?:ghp_|[a-z]{4})[A-Za-z0-9]{36}", &["ghp_"]));
        // Only part of the keyword is certain.
        assert!(!anchored(r"ht[a-z]{2}s://", &["https://"]));
        // A keyword that only appears later in the match.
        assert!(!anchored(r"\d{3}pat", &["pat"]));
        // `git+http://` starts no keyword, though `http://` lies inside it.
        assert!(!anchored(
            r"(?:https?|git\+https?)://",
            &["http://", "https://", "git+https://"]
        ));
        // The empty match.
        assert!(!anchored(r"(?:pat)?x", &["pat"]));
        assert!(!anchored(r"pat", &[]));
    }

    #[test]
    fn optional_and_repeated_parts() {
        assert!(anchored(r"https?://", &["http://", "https://"]));
        assert!(!anchored(r"https?://", &["https://"]));
        // After `(?:ab)+`, what follows is not known: `abab...` or `abx`.
        assert!(anchored(r"(?:pat)+x", &["pat"]));
        assert!(!anchored(r"(?:ab)+x", &["abx"]));
    }
}
