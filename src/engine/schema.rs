//! The tables of a detector file (`detectors/*.toml`) as plain data:
//! `[[detector]]`, `[[decoder]]`, `[global]` and their parts. Parsed by
//! [`super::spec`]; no loading or compiling here.

use serde::Deserialize;

use super::{Confidence, Severity};

/// One `[[detector]]` table as written in a file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorSpec {
    pub id: String,
    pub name: String,
    pub severity: Severity,
    pub keywords: Vec<String>,
    pub pattern: String,
    #[serde(default)]
    pub min_entropy: f64,
    #[serde(default)]
    pub stopwords: Vec<String>,
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub allow_context: Vec<String>,
    #[serde(default)]
    pub validate: Option<String>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub window: Option<usize>,
    #[serde(default = "yes")]
    pub global_filters: bool,
    #[serde(default)]
    pub generic: bool,
    /// Who issues the credential (`Stripe`); defaults to the file's name.
    #[serde(default)]
    pub provider: Option<String>,
    /// Base confidence; `high` by default, `medium` for generic detectors.
    #[serde(default)]
    pub confidence: Option<Confidence>,
    /// When a value is publishable (meant to ship to browsers).
    #[serde(default)]
    pub publishable: Option<PublishableSpec>,
    /// Keywords count only where they end a word (the next byte is not a
    /// lowercase letter or digit): for provider names. Default `false`;
    /// `[[keyed]]` entries always set it.
    #[serde(default)]
    pub word_end: bool,
    /// Keywords of this detector that count only where they end a word, as
    /// `word_end` does for all of them: for a short keyword that would
    /// otherwise start in many everyday words (`auth` in `author`).
    #[serde(default)]
    pub word_end_keywords: Vec<String>,
    /// In a code comment, a URL password that reads as syntax
    /// (`user:pass`, `scott:tiger`) is not a finding.
    #[serde(default)]
    pub syntax_in_comments: bool,
    #[serde(default)]
    pub examples: Examples,
    /// Set for `[[keyed]]` entries whose values the engine looks for first
    /// (see `runs`): the names the pattern starts with and the shortest
    /// value. Not a file key.
    #[serde(skip)]
    pub value_first: Option<ValueFirst>,
}

/// How the engine finds a `[[keyed]]` entry from its value (see `runs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueFirst {
    /// The provider's names, as the pattern begins with them.
    pub names: Vec<String>,
    /// Bytes from the start of a name to the last byte before its value
    /// can begin (the name, the gap and the separator).
    pub reach: usize,
}

fn yes() -> bool {
    true
}

/// When a detector's value is publishable: a key meant to ship to
/// browsers or apps (Stripe `pk_live_`, a Firebase web config, a Supabase
/// anon JWT). Such a finding is reported with severity `info`, which does
/// not block by default.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishableSpec {
    /// Every value of this detector is publishable.
    #[serde(default)]
    pub always: bool,
    /// Regexes searched in the text around the value (`reach` bytes on
    /// each side); any match makes it publishable (`authDomain` of a
    /// Firebase config, `maps.googleapis.com/maps/api/js`).
    #[serde(default)]
    pub context: Vec<String>,
    /// Bytes on each side of the value that `context` sees. Default 400.
    #[serde(default)]
    pub reach: Option<usize>,
    /// Regexes tested against the detector's whole match (the value and
    /// the name in front of it, as `allow_context` is): a match makes it
    /// publishable (`ALGOLIA_SEARCH_KEY=...`).
    #[serde(default)]
    pub in_match: Vec<String>,
    /// `claim=value` pairs: a JWT whose payload has any of them is
    /// publishable (`role=anon`).
    #[serde(default)]
    pub jwt_claims: Vec<String>,
    /// Shown to the developer: why the value may be public.
    pub reason: String,
}

/// Examples every detector carries; run through the real engine by tests and
/// by `pushguard detectors check`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Texts that must yield a finding of this detector that blocks
    /// (not publishable).
    #[serde(default)]
    pub positive: Vec<String>,
    #[serde(default)]
    pub negative: Vec<String>,
    /// Texts that must yield a finding marked publishable.
    #[serde(default)]
    pub publishable: Vec<String>,
}

/// Filters shared by all detectors (`_global.toml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlobalSpec {
    #[serde(default)]
    pub stopwords: Vec<String>,
    #[serde(default)]
    pub allow: Vec<String>,
}

/// One `[[decoder]]` table: where encoded credentials commonly sit. The
/// `value` group is decoded and the result, prefixed by the `key` group
/// when there is one (`key: decoded`), is scanned by every detector.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecoderSpec {
    pub id: String,
    pub name: String,
    pub keywords: Vec<String>,
    pub pattern: String,
    /// Only `base64` (standard or URL-safe alphabet, padding optional).
    pub encoding: String,
    /// Text put before the decoded value instead of `key: `, so that a
    /// detector can recognise what the value is (e.g. `basic-credential: `).
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub window: Option<usize>,
    #[serde(default)]
    pub examples: Examples,
}
