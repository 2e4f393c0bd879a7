//! Turns parsed detector specs into an [`Engine`], enforcing size limits.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_automata::{meta, meta::Regex, util::syntax};

use super::{spec::SpecSet, validate::Validator, Decoder, Detector, Engine};

/// Explicit size limits for compiled patterns. A detector file that needs
/// more is rejected with an error instead of slowing every push.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Heap budget for one pattern's NFA, in bytes.
    pub nfa_size: usize,
    /// Cache budget for one pattern's lazy DFA, in bytes.
    pub hybrid_cache: usize,
    /// Longest pattern source accepted, in bytes.
    pub pattern_len: usize,
    /// Largest window a detector may ask for, in bytes.
    pub max_window: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            nfa_size: 2 << 20,
            hybrid_cache: 2 << 20,
            pattern_len: 4096,
            max_window: 65536,
        }
    }
}

/// A detector that cannot be built, naming its file, id and field.
#[derive(Debug, thiserror::Error)]
#[error("{file}: detector {id:?}: {field}: {message}")]
pub struct CompileError {
    pub file: String,
    pub id: String,
    pub field: &'static str,
    pub message: String,
}

pub(super) fn build(set: SpecSet, limits: &Limits) -> Result<Engine, CompileError> {
    let global_err = |field, message: String| CompileError {
        file: "_global.toml".into(),
        id: "(global)".into(),
        field,
        message,
    };
    let global_allow = set
        .global
        .allow
        .iter()
        .map(|p| compile_regex(p, limits).map_err(|m| global_err("allow", m)))
        .collect::<Result<Vec<_>, _>>()?;
    let global_stopwords = set
        .global
        .stopwords
        .iter()
        .map(|w| w.to_ascii_lowercase().into_bytes())
        .collect();

    let mut detectors = Vec::with_capacity(set.detectors.len());
    let mut seen = HashSet::new();
    let mut keywords = KeywordTable::default();

    for src in set.detectors {
        let spec = src.spec;
        let err = |field: &'static str, message: String| CompileError {
            file: src.file.clone(),
            id: spec.id.clone(),
            field,
            message,
        };
        if !valid_id(&spec.id) {
            return Err(err("id", "must be 1-64 characters of a-z, 0-9 and '-'".into()));
        }
        if !seen.insert(spec.id.clone()) {
            return Err(err(
                "id",
                "duplicate id; ids must be unique across all detector files".into(),
            ));
        }
        if spec.name.trim().is_empty() {
            return Err(err("name", "must not be empty".into()));
        }
        check_keywords(&spec.keywords).map_err(|m| err("keywords", m))?;
        if !(0.0..=8.0).contains(&spec.min_entropy) {
            return Err(err("min_entropy", "must be between 0.0 and 8.0 bits per byte".into()));
        }
        let window = window_size(spec.window, spec.multiline, limits).map_err(|m| err("window", m))?;
        let regex = compile_regex(&spec.pattern, limits).map_err(|m| err("pattern", m))?;
        let secret_group = match regex.group_info().to_index(regex_automata::PatternID::ZERO, "secret") {
            Some(i) => i,
            None if regex.group_info().group_len(regex_automata::PatternID::ZERO) > 1 => 1,
            None => 0,
        };
        let allow = spec
            .allow
            .iter()
            .map(|p| compile_regex(p, limits).map_err(|m| err("allow", m)))
            .collect::<Result<Vec<_>, _>>()?;
        let allow_context = spec
            .allow_context
            .iter()
            .map(|p| compile_regex(p, limits).map_err(|m| err("allow_context", m)))
            .collect::<Result<Vec<_>, _>>()?;
        let validate = match &spec.validate {
            None => None,
            Some(name) => Some(Validator::from_name(name).ok_or_else(|| {
                err(
                    "validate",
                    format!("unknown validator {name:?}; known: {}", Validator::NAMES.join(", ")),
                )
            })?),
        };
        keywords.add(&spec.keywords, detectors.len() as u32);
        detectors.push(Detector {
            id: spec.id,
            name: spec.name,
            severity: spec.severity,
            keywords: spec.keywords,
            file: src.file,
            regex,
            secret_group,
            min_entropy: spec.min_entropy,
            stopwords: spec
                .stopwords
                .iter()
                .map(|w| w.to_ascii_lowercase().into_bytes())
                .collect(),
            allow,
            allow_context,
            validate,
            multiline: spec.multiline,
            window,
            global_filters: spec.global_filters,
            generic: spec.generic,
            examples: spec.examples,
        });
    }

    let mut decoders = Vec::with_capacity(set.decoders.len());
    for (file, spec) in set.decoders {
        let err = |field: &'static str, message: String| CompileError {
            file: file.clone(),
            id: spec.id.clone(),
            field,
            message,
        };
        if !valid_id(&spec.id) {
            return Err(err("id", "must be 1-64 characters of a-z, 0-9 and '-'".into()));
        }
        if !seen.insert(spec.id.clone()) {
            return Err(err(
                "id",
                "duplicate id; detector and decoder ids must be unique".into(),
            ));
        }
        if spec.encoding != "base64" {
            return Err(err(
                "encoding",
                format!("unknown encoding {:?}; known: base64", spec.encoding),
            ));
        }
        check_keywords(&spec.keywords).map_err(|m| err("keywords", m))?;
        let window = window_size(spec.window, spec.multiline, limits).map_err(|m| err("window", m))?;
        let regex = compile_regex(&spec.pattern, limits).map_err(|m| err("pattern", m))?;
        let info = regex.group_info();
        let value_group = info
            .to_index(regex_automata::PatternID::ZERO, "value")
            .ok_or_else(|| err("pattern", "needs a capture group named `value`".into()))?;
        let key_group = info.to_index(regex_automata::PatternID::ZERO, "key");
        keywords.add(&spec.keywords, DECODER_FLAG | decoders.len() as u32);
        decoders.push(Decoder {
            id: spec.id,
            name: spec.name,
            file,
            regex,
            key_group,
            value_group,
            prefix: spec.prefix.map(String::into_bytes),
            multiline: spec.multiline,
            window,
            examples: spec.examples,
        });
    }

    let (automaton, keyword_owners) = keywords.build()?;
    Ok(Engine {
        detectors,
        decoders,
        keywords: automaton,
        keyword_owners,
        global_stopwords,
        global_allow,
    })
}

/// Marks a keyword owner as a decoder rather than a detector.
pub(super) const DECODER_FLAG: u32 = 1 << 31;

/// Keywords of all detectors and decoders, deduplicated case-insensitively,
/// each with the list of its owners.
#[derive(Default)]
struct KeywordTable {
    ids: HashMap<String, usize>,
    list: Vec<String>,
    owners: Vec<Vec<u32>>,
}

impl KeywordTable {
    fn add(&mut self, keywords: &[String], owner: u32) {
        for kw in keywords {
            let key = kw.to_ascii_lowercase();
            let id = *self.ids.entry(key.clone()).or_insert_with(|| {
                self.list.push(key);
                self.owners.push(Vec::new());
                self.list.len() - 1
            });
            if !self.owners[id].contains(&owner) {
                self.owners[id].push(owner);
            }
        }
    }

    fn build(self) -> Result<(AhoCorasick, Vec<Vec<u32>>), CompileError> {
        let builder = || {
            let mut b = AhoCorasick::builder();
            b.ascii_case_insensitive(true).match_kind(MatchKind::Standard);
            b
        };
        let automaton = builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(&self.list)
            .or_else(|_| builder().build(&self.list))
            .map_err(|e| CompileError {
                file: "(all detectors)".into(),
                id: "(keywords)".into(),
                field: "keywords",
                message: e.to_string(),
            })?;
        Ok((automaton, self.owners))
    }
}

fn check_keywords(keywords: &[String]) -> Result<(), String> {
    if keywords.is_empty() {
        return Err("at least one keyword is required".into());
    }
    match keywords.iter().find(|k| k.len() < 3) {
        Some(k) => Err(format!("keyword {k:?} is shorter than 3 bytes")),
        None => Ok(()),
    }
}

fn window_size(window: Option<usize>, multiline: bool, limits: &Limits) -> Result<usize, String> {
    let window = window.unwrap_or(if multiline { 4096 } else { 256 });
    if window == 0 || window > limits.max_window {
        return Err(format!("must be between 1 and {}", limits.max_window));
    }
    Ok(window)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Compiles a pattern over bytes (ASCII semantics) within the size limits.
pub(crate) fn compile_regex(pattern: &str, limits: &Limits) -> Result<Regex, String> {
    if pattern.len() > limits.pattern_len {
        return Err(format!(
            "pattern is {} bytes, longer than the limit of {}",
            pattern.len(),
            limits.pattern_len
        ));
    }
    Regex::builder()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .configure(
            meta::Config::new()
                .utf8_empty(false)
                .nfa_size_limit(Some(limits.nfa_size))
                .onepass_size_limit(Some(limits.nfa_size))
                .dfa(false)
                .hybrid_cache_capacity(limits.hybrid_cache),
        )
        .build(pattern)
        .map_err(|e| super::spec::one_line(&e))
}
