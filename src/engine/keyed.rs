//! Long-tail detectors as data: `[[keyed]]` entries.
//!
//! Most SaaS APIs issue keys with no prefix of their own: 32 hex digits, 40
//! base62 characters, a UUID. Such a value is only a credential because the
//! provider's name stands next to it (`IPSTACK_ACCESS_KEY=...`,
//! `abstract: {key: ...}`). A `[[keyed]]` entry says just that: the
//! provider's names (the keywords), the value's shape (alphabet and
//! length), and how far after a name the value may start. This module turns
//! an entry into an ordinary detector whose pattern begins with the name, so
//! that stage two searches anchored at each keyword hit (see `anchor`).
//!
//! The pattern is `NAME GAP SEP VALUE END`:
//! - `NAME`: one of the keywords, ASCII case-insensitive;
//! - `GAP`: at most `distance` bytes of anything, line breaks included
//!   (YAML and INI put the name on the line above), lazily, so the first
//!   value-shaped run after the name is taken; with `qualified = true` the
//!   gap must also hold a credential word (`key`, `token`, `secret`, ...),
//!   for providers whose name is an ordinary word;
//! - `SEP`: one byte that cannot be part of the value, so a value is never
//!   the tail of a longer word;
//! - `VALUE`: the optional literal `prefix`, then `length` bytes of the
//!   alphabet (the secret);
//! - `END`: a byte that cannot be part of the value, or the end of a line.
//!
//! This module never touches git or the file system.

use serde::Deserialize;

use super::schema::{DetectorSpec, Examples, PublishableSpec};
use super::{Confidence, Severity};

/// The longest gap an entry may ask for, in bytes.
pub const MAX_DISTANCE: usize = 200;
/// The gap when an entry names none.
pub const DEFAULT_DISTANCE: usize = 40;
/// The longest value an entry may describe.
pub const MAX_LENGTH: usize = 512;

/// One `[[keyed]]` table as written in a file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyedSpec {
    pub id: String,
    pub name: String,
    /// Who issues the key, as people write it (`ipstack`, `OpenWeather`).
    pub provider: String,
    /// The provider's names as they appear next to its keys: each at least
    /// 3 bytes, matched ASCII case-insensitively.
    pub keywords: Vec<String>,
    /// The names the pattern starts with, when they differ from the
    /// keywords: a name whose first bytes are an everyday word
    /// (`positionstack`, `locationiq`) gets a rarer part of itself as its
    /// keyword (`ionstack`, `cationiq`), so that the keyword filter is not
    /// woken by every `position` and `location`. Each keyword must be part
    /// of a name. The detector is then searched in windows around keyword
    /// hits instead of anchored at them.
    #[serde(default)]
    pub names: Vec<String>,
    /// The value's alphabet: a name from [`ALPHABETS`], `uuid`, or a
    /// character class such as `[A-Za-z0-9_]`.
    pub value: String,
    /// Length of the value after `prefix`: `32`, or `[min, max]`. Ignored
    /// for `uuid`.
    #[serde(default)]
    pub length: Option<Length>,
    /// A literal the value starts with (`key-` for a Mailgun key).
    #[serde(default)]
    pub prefix: Option<String>,
    /// Bytes allowed between the end of a keyword and the value.
    #[serde(default)]
    pub distance: Option<usize>,
    /// The gap must hold a credential word (`key`, `token`, `secret`,
    /// `password`, `auth`, `credential`, `bearer`, `access`): for providers
    /// named by an everyday word.
    #[serde(default)]
    pub qualified: bool,
    #[serde(default = "high")]
    pub severity: Severity,
    /// Base confidence; `medium` by default, since the shape alone proves
    /// little.
    #[serde(default)]
    pub confidence: Option<Confidence>,
    /// Default: 3.0 bits per byte for hex, 2.5 for digits, 3.3 otherwise.
    #[serde(default)]
    pub min_entropy: Option<f64>,
    #[serde(default)]
    pub stopwords: Vec<String>,
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub allow_context: Vec<String>,
    #[serde(default)]
    pub publishable: Option<PublishableSpec>,
    #[serde(default)]
    pub examples: Examples,
}

fn high() -> Severity {
    Severity::High
}

/// `32` or `[20, 40]`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(untagged)]
pub enum Length {
    Exact(usize),
    Range([usize; 2]),
}

/// Named alphabets: (name, the bytes of its character class). A `base64`
/// value may end in `=` padding, which the length does not count.
pub const ALPHABETS: &[(&str, &str)] = &[
    ("hex", "0-9a-fA-F"),
    ("hex-lower", "0-9a-f"),
    ("hex-upper", "0-9A-F"),
    ("alnum", "A-Za-z0-9"),
    ("alnum-lower", "a-z0-9"),
    ("alnum-upper", "A-Z0-9"),
    ("base64", "A-Za-z0-9+/"),
    ("base64url", "A-Za-z0-9_\\-"),
    ("digits", "0-9"),
];

const UUID: &str = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/// Credential words a `qualified` gap must hold.
const QUALIFIERS: &str = "key|token|secret|passw|pwd|auth|credential|bearer|access";

/// Text between a name and a hex value that says the value is a hash of
/// something (a lockfile, a commit), not a key.
const HASH_CONTEXT: &str =
    r"(?i:sha-?(?:1|224|256|384|512)|md5|checksum|integrity|digest|commit|revision|\.tgz|\.tar|\.whl|\.zip|\.jar)";

/// A mixed-case value made of four or more capitalised words in a row
/// (`SignUpAuthenticateWithWeb3Params`, a type name after the provider's
/// name) is an identifier, not a key. About 0.2% of random base62 values
/// of 20 to 24 characters read so, fewer at longer lengths.
const CAMEL_CASE_IDENTIFIER: &str = r"^[a-z]*(?:[A-Z]{1,6}[a-z]{2,}|[A-Z][a-z]|[A-Z]?[0-9]{1,2}[a-z]{2,}|[0-9])*(?:[A-Z]{1,6}[a-z]{2,}[0-9]?){4,}(?:[A-Z]{1,6}[a-z]{2,}|[A-Z][a-z]|[A-Z]?[0-9]{1,2}[a-z]{2,}|[0-9])*$";

impl KeyedSpec {
    /// The detector this entry stands for.
    pub fn into_detector(self) -> Result<DetectorSpec, String> {
        let distance = self.checked_distance()?;
        let shape = Shape::parse(&self.value, self.length)?;
        let named = self.names_of_keywords()?.to_vec();
        let pattern = self.pattern(&named, distance, &shape);
        let mut allow_context = self.allow_context;
        if shape.hex {
            allow_context.push(HASH_CONTEXT.to_string());
        }
        let mut allow = self.allow;
        if shape.both_cases {
            allow.push(CAMEL_CASE_IDENTIFIER.to_string());
        }
        let reach = if self.qualified { 2 * distance } else { distance };
        // Around a keyword inside a name, the window also covers the name.
        let name_len = named.iter().map(String::len).max().unwrap_or(0);
        let prefix_len = self.prefix.as_ref().map_or(0, String::len);
        let value_first = value_first(self.prefix.as_deref(), &shape).then(|| super::schema::ValueFirst {
            names: named,
            reach: name_len + reach + 1,
        });
        Ok(DetectorSpec {
            id: self.id,
            name: self.name,
            severity: self.severity,
            keywords: self.keywords,
            pattern,
            min_entropy: self.min_entropy.unwrap_or(shape.min_entropy),
            stopwords: self.stopwords,
            allow,
            allow_context,
            validate: None,
            multiline: true,
            // The name, the gap, a separator, the value and its end.
            window: Some(name_len + reach + 16 + prefix_len + shape.max_len + 2),
            global_filters: true,
            generic: false,
            provider: Some(self.provider),
            confidence: Some(self.confidence.unwrap_or(Confidence::Medium)),
            publishable: self.publishable,
            word_end: true,
            word_end_keywords: Vec::new(),
            syntax_in_comments: false,
            examples: self.examples,
            value_first,
        })
    }

    /// How far after a name the value may start, within the limit.
    fn checked_distance(&self) -> Result<usize, String> {
        if self.keywords.is_empty() {
            return Err("keywords: at least one keyword is required".into());
        }
        let distance = self.distance.unwrap_or(DEFAULT_DISTANCE);
        if distance > MAX_DISTANCE {
            return Err(format!(
                "distance: {distance} is over the limit of {MAX_DISTANCE} bytes"
            ));
        }
        Ok(distance)
    }

    /// The names the pattern starts with (the keywords, unless `names` are
    /// given); every keyword must be part of one of them.
    fn names_of_keywords(&self) -> Result<&[String], String> {
        let named = if self.names.is_empty() {
            &self.keywords
        } else {
            &self.names
        };
        if let Some(k) = self.keywords.iter().find(|k| {
            let k = k.to_ascii_lowercase();
            !named.iter().any(|n| n.to_ascii_lowercase().contains(&k))
        }) {
            return Err(format!("keywords: {k:?} is not part of any of the names"));
        }
        Ok(named)
    }

    /// `NAME GAP SEP VALUE END` (see the module's doc).
    fn pattern(&self, named: &[String], distance: usize, shape: &Shape) -> String {
        let names = named
            .iter()
            .map(|k| regex_syntax::escape(k))
            .collect::<Vec<_>>()
            .join("|");
        let gap = if self.qualified {
            format!("(?s:.){{0,{distance}}}?(?i:{QUALIFIERS})(?s:.){{0,{distance}}}?")
        } else {
            format!("(?s:.){{0,{distance}}}?")
        };
        let prefix = self.prefix.as_deref().map(regex_syntax::escape).unwrap_or_default();
        format!(
            "(?i:{names}){gap}[^{b}](?P<secret>{prefix}{v})(?:[^{a}]|(?m:$))",
            b = shape.before,
            a = shape.after,
            v = shape.regex,
        )
    }
}

/// Whether values of this shape are found from the value (see `runs`):
/// when every value byte can be part of a value run and the shortest value
/// is long enough for one. Hex values read as random from 16 bytes on;
/// others (where digits are rarer) from 24, so that few are missed.
fn value_first(prefix: Option<&str>, shape: &Shape) -> bool {
    let random_from = if shape.hex { super::runs::MIN_LEN } else { 24 };
    let prefix = prefix.unwrap_or("");
    prefix.len() + shape.min_len >= random_from && shape.run_class && prefix.bytes().all(super::runs::in_class)
}

/// A value's shape, ready for the pattern.
struct Shape {
    /// The value's regex (without the prefix).
    regex: String,
    /// Bytes that may not stand just before the value, and just after it.
    /// They differ for `base64`: `=` ends a value (padding) but may start
    /// one (`KEY=value`).
    before: String,
    after: String,
    min_len: usize,
    max_len: usize,
    /// Every byte of the alphabet can be part of a value run, and the
    /// alphabet has letters and digits (value runs are found by their
    /// digits and read as random by their mix: see `runs`).
    run_class: bool,
    min_entropy: f64,
    hex: bool,
    /// The alphabet holds every letter in both cases (`alnum`, `base64`),
    /// so a value can read as a camel-case identifier.
    both_cases: bool,
}

impl Shape {
    fn parse(value: &str, length: Option<Length>) -> Result<Shape, String> {
        if value == "uuid" {
            return Ok(Shape {
                regex: UUID.into(),
                before: "A-Za-z0-9_\\-".into(),
                after: "A-Za-z0-9_\\-".into(),
                min_len: 36,
                max_len: 36,
                run_class: true,
                min_entropy: 3.0,
                hex: true,
                both_cases: false,
            });
        }
        let (min, max) = checked_length(length)?;
        let class = alphabet_class(value)?;
        let count = if min == max {
            format!("{{{min}}}")
        } else {
            format!("{{{min},{max}}}")
        };
        let hex = matches!(value, "hex" | "hex-lower" | "hex-upper");
        let (padding, after) = if value == "base64" {
            ("={0,2}", format!("{class}="))
        } else {
            ("", class.clone())
        };
        let min_entropy = if hex {
            3.0
        } else if value == "digits" {
            2.5
        } else if max >= 16 {
            3.3
        } else {
            2.5
        };
        // Letters, digits and `_` always bound a value, so that a hex value
        // is never the tail of a longer word and no value is a piece of an
        // identifier (`_MULTIPLE_WORD_RE` holds no 8-letter key).
        let set = class_bytes(&class);
        let run_class = set.as_ref().is_some_and(|set| {
            set.iter().all(|&b| super::runs::in_class(b))
                && set.iter().any(u8::is_ascii_digit)
                && set.iter().any(u8::is_ascii_alphabetic)
        });
        let both_cases = set
            .as_ref()
            .is_some_and(|set| (b'A'..=b'Z').chain(b'a'..=b'z').all(|b| set.contains(&b)));
        Ok(Shape {
            regex: format!("[{class}]{count}{padding}"),
            before: format!("A-Za-z0-9_{class}"),
            after: format!("A-Za-z0-9_{after}"),
            min_len: min,
            max_len: max,
            run_class,
            min_entropy,
            hex,
            both_cases,
        })
    }
}

/// A `length` as (min, max), within the limits.
fn checked_length(length: Option<Length>) -> Result<(usize, usize), String> {
    let (min, max) = match length {
        None => return Err("length: required (a number, or [min, max])".into()),
        Some(Length::Exact(n)) => (n, n),
        Some(Length::Range([a, b])) => (a, b),
    };
    if min == 0 || min > max || max > MAX_LENGTH {
        return Err(format!(
            "length: must be 1 to {MAX_LENGTH}, with min <= max (got {min}..{max})"
        ));
    }
    Ok((min, max))
}

/// The inside of the character class a `value` names: a named alphabet,
/// or a class written out (`[A-Za-z0-9_]`).
fn alphabet_class(value: &str) -> Result<String, String> {
    if let Some((_, class)) = ALPHABETS.iter().find(|(name, _)| *name == value) {
        return Ok((*class).to_string());
    }
    match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(inner) if !inner.is_empty() && !inner.starts_with('^') && !inner.contains(']') => Ok(inner.to_string()),
        _ => {
            let names: Vec<&str> = ALPHABETS.iter().map(|(n, _)| *n).collect();
            Err(format!(
                "value: {value:?} is not an alphabet; use one of {}, uuid, or a class such as [A-Za-z0-9_]",
                names.join(", ")
            ))
        }
    }
}

/// The bytes of a character class's inside (`A-Za-z0-9_\\-`): ranges,
/// single bytes and `\\`-escaped bytes. `None` for anything else (a class
/// this small parser cannot read is simply not searched value-first).
fn class_bytes(class: &str) -> Option<Vec<u8>> {
    let b = class.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let take = |i: &mut usize| -> Option<u8> {
        let c = *b.get(*i)?;
        *i += 1;
        if c == b'\\' {
            let e = *b.get(*i)?;
            *i += 1;
            return (!e.is_ascii_alphanumeric()).then_some(e);
        }
        Some(c)
    };
    while i < b.len() {
        let lo = take(&mut i)?;
        if b.get(i) == Some(&b'-') && i + 1 < b.len() {
            i += 1;
            let hi = take(&mut i)?;
            if hi < lo {
                return None;
            }
            out.extend(lo..=hi);
        } else {
            out.push(lo);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(toml_text: &str) -> KeyedSpec {
        toml::from_str(toml_text).expect("keyed entry parses")
    }

    #[test]
    fn builds_an_anchored_pattern_from_the_entry() {
        let d = entry("id = 'x-key'\nname = 'X'\nprovider = 'X'\nkeywords = ['ipstack']\nvalue = 'hex'\nlength = 32\n")
            .into_detector()
            .expect("valid entry");
        assert!(d.pattern.starts_with("(?i:ipstack)"), "{}", d.pattern);
        assert!(d.pattern.contains("[0-9a-fA-F]{32}"), "{}", d.pattern);
        assert_eq!(d.confidence, Some(Confidence::Medium));
        assert_eq!(d.severity, Severity::High);
        assert!(d.multiline);
    }

    #[test]
    fn base64_values_may_follow_an_equals_sign() {
        let d = entry("id = 'x-key'\nname = 'X'\nprovider = 'X'\nkeywords = ['acme']\nvalue = 'base64'\nlength = 20\n")
            .into_detector()
            .expect("valid entry");
        let re = regex_automata::meta::Regex::new(&d.pattern).expect("pattern compiles");
        assert!(re.is_match("ACME_KEY=Zm9vYmFyYmF6cXV4cXV1=="));
        assert!(!re.is_match("ACME_KEY=Zm9vYmFyYmF6cXV4cXV1=x"));
    }

    #[test]
    fn value_first_when_the_alphabet_fits_a_value_run() {
        let first = |v: &str, len: &str| {
            entry(&format!(
                "id = 'x'\nname = 'X'\nprovider = 'X'\nkeywords = ['acme']\nvalue = '{v}'\n{len}"
            ))
            .into_detector()
            .expect("valid entry")
            .value_first
            .is_some()
        };
        assert!(first("hex", "length = 32\n"));
        assert!(first("uuid", ""));
        assert!(first("[A-Za-z0-9_\\-]", "length = 24\n"));
        assert!(!first("hex", "length = 12\n"));
        assert!(!first("digits", "length = 20\n"));
        assert!(!first("[A-Za-z0-9.]", "length = 24\n"));
        assert!(!first("[A-Za-z]", "length = 32\n"));
        assert_eq!(class_bytes("a-c_\\-").as_deref(), Some(&b"abc_-"[..]));
    }

    #[test]
    fn rejects_bad_shapes_with_the_field_named() {
        let bad = |v: &str, len: &str| {
            entry(&format!(
                "id = 'x'\nname = 'X'\nprovider = 'X'\nkeywords = ['abc']\nvalue = '{v}'\n{len}"
            ))
            .into_detector()
            .expect_err("invalid entry")
        };
        assert!(bad("base99", "length = 32\n").starts_with("value:"));
        assert!(bad("hex", "").starts_with("length:"));
        assert!(bad("hex", "length = [40, 20]\n").starts_with("length:"));
        assert!(bad("[^a]", "length = 3\n").starts_with("value:"));
    }
}
