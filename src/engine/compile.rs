//! Turns parsed detector specs into an [`Engine`], enforcing size limits.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_automata::{meta, meta::Regex, util::syntax};

use super::schema::{DecoderSpec, DetectorSpec};
use super::spec::{Sourced, SpecSet};
use super::{validate::Validator, Confidence, Decoder, Detector, Engine, Publishable};

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
    /// Build the keyword automaton as a DFA: slower to build (tens of
    /// milliseconds), faster to search. Worth it for bulk scans, not for a
    /// hook that sees a few kilobytes.
    pub keyword_dfa: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            nfa_size: 2 << 20,
            hybrid_cache: 2 << 20,
            pattern_len: 4096,
            max_window: 65536,
            keyword_dfa: false,
        }
    }
}

/// A detector that cannot be built, naming its file, id and field.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{file}: detector {id:?}: {field}: {message}")]
pub struct CompileError {
    pub file: String,
    pub id: String,
    pub field: &'static str,
    pub message: String,
}

pub(super) fn build(set: SpecSet, limits: &Limits) -> Result<Engine, CompileError> {
    // The keywords come first, straight from the specs, so that their
    // automata (most of the build) are made on a second thread while the
    // detectors are checked on this one. A spec that fails its checks
    // below still ends the build with its error, as before; its keywords
    // were merely indexed in vain.
    let keywords = KeywordTable::from_specs(&set);
    let KeywordTable {
        names: NameTable {
            list: keyword_list,
            owners: own,
            ..
        },
        word_end: keyword_word_end,
    } = keywords;
    let dfa = limits.keyword_dfa;
    let automata = || keyword_automata(&keyword_list, &own, dfa);
    let (checked, keyword_filter, (automaton, keyword_owners)) = std::thread::scope(|scope| {
        // Without a thread (the system refused one), on this thread after the checks.
        let background = std::thread::Builder::new()
            .name("pushguard-keywords".into())
            .spawn_scoped(scope, automata)
            .ok();
        let checked = check_specs(set, limits)?;
        let filter = super::prefilter::PairFilter::new(&keyword_list, &keyword_word_end);
        let automata = match background {
            Some(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?,
            None => automata()?,
        };
        Ok::<_, CompileError>((checked, filter, automata))
    })?;
    let Checked {
        detectors,
        decoders,
        value_first,
        global_stopwords,
        global_allow_sources,
    } = checked;
    Ok(Engine {
        value_first,
        keyword_filter,
        detectors,
        decoders,
        keywords: automaton,
        keyword_list,
        keyword_word_end,
        keywords_dfa: std::sync::OnceLock::new(),
        keyword_owners,
        global_stopwords,
        global_allow_sources,
        global_allow: std::sync::OnceLock::new(),
    })
}

/// What [`check_specs`] makes of the specs: everything of an engine but
/// its keywords.
struct Checked {
    detectors: Vec<Detector>,
    decoders: Vec<Decoder>,
    value_first: Option<super::ValueFirstIndex>,
    global_stopwords: Vec<Vec<u8>>,
    global_allow_sources: Vec<String>,
}

/// Checks every detector and decoder spec, in order, and turns it into its
/// engine form; the first spec that fails ends it with its error.
fn check_specs(set: SpecSet, limits: &Limits) -> Result<Checked, CompileError> {
    let global_allow_sources = set.global.allow.clone();
    let global_stopwords = set
        .global
        .stopwords
        .iter()
        .map(|w| w.to_ascii_lowercase().into_bytes())
        .collect();
    let mut seen = HashSet::new();
    let mut value_first = ValueFirstTable::default();
    let mut detectors = Vec::with_capacity(set.detectors.len());
    for src in set.detectors {
        if let Some(v) = &src.spec.value_first {
            // Its names go to the value-first index (see `KeywordTable::from_specs`).
            value_first.add(v, detectors.len() as u32);
        }
        detectors.push(check_detector(src, limits, &mut seen)?);
    }
    let mut decoders = Vec::with_capacity(set.decoders.len());
    for (file, spec) in set.decoders {
        decoders.push(check_decoder(file, spec, limits, &mut seen)?);
    }
    Ok(Checked {
        detectors,
        decoders,
        value_first: value_first.build(),
        global_stopwords,
        global_allow_sources,
    })
}

/// What [`detector_fields`] checks and derives from a detector's table.
struct Fields {
    window: usize,
    publishable: Option<Publishable>,
    validate: Option<Validator>,
}

/// Checks one `[[detector]]` table (its id unique among `seen`) and makes
/// the detector; an admin's file (not embedded) is compiled here, so that
/// its errors surface at load.
fn check_detector(src: Sourced, limits: &Limits, seen: &mut HashSet<String>) -> Result<Detector, CompileError> {
    let mut spec = src.spec;
    let err = |field: &'static str, message: String| CompileError {
        file: src.file.clone(),
        id: spec.id.clone(),
        field,
        message,
    };
    check_id(&spec.id, seen).map_err(|m| err("id", m))?;
    let fields = detector_fields(&spec, limits).map_err(|(field, m)| err(field, m))?;
    // Moved, not copied: the spec's own lists are not used again.
    let (publishable_context, publishable_match) = spec
        .publishable
        .as_mut()
        .map(|p| (std::mem::take(&mut p.context), std::mem::take(&mut p.in_match)))
        .unwrap_or_default();
    let sources = Sources {
        pattern: std::mem::take(&mut spec.pattern),
        allow: std::mem::take(&mut spec.allow),
        allow_context: std::mem::take(&mut spec.allow_context),
        publishable_context,
        publishable_match,
        limits: limits.clone(),
    };
    let compiled = std::sync::OnceLock::new();
    if !src.embedded {
        let _ = compiled.set(Ok(compile_detector(&src.file, &spec.id, &spec.keywords, &sources)?));
    }
    Ok(Detector {
        id: spec.id,
        name: spec.name,
        severity: spec.severity,
        keywords: spec.keywords,
        file: src.file,
        sources,
        compiled,
        min_entropy: spec.min_entropy,
        stopwords: spec
            .stopwords
            .iter()
            .map(|w| w.to_ascii_lowercase().into_bytes())
            .collect(),
        validate: fields.validate,
        multiline: spec.multiline,
        window: fields.window,
        global_filters: spec.global_filters,
        generic: spec.generic,
        provider: spec.provider,
        confidence: spec.confidence.unwrap_or(if spec.generic {
            Confidence::Medium
        } else {
            Confidence::High
        }),
        publishable: fields.publishable,
        syntax_in_comments: spec.syntax_in_comments,
        examples: spec.examples,
    })
}

/// The checks of a detector's fields other than its id; an error names
/// the field.
fn detector_fields(spec: &DetectorSpec, limits: &Limits) -> Result<Fields, (&'static str, String)> {
    if spec.name.trim().is_empty() {
        return Err(("name", "must not be empty".into()));
    }
    check_keywords(&spec.keywords).map_err(|m| ("keywords", m))?;
    if !(0.0..=8.0).contains(&spec.min_entropy) {
        return Err(("min_entropy", "must be between 0.0 and 8.0 bits per byte".into()));
    }
    let window = window_size(spec.window, spec.multiline, limits).map_err(|m| ("window", m))?;
    let publishable = match &spec.publishable {
        None => None,
        Some(p) => Some(publishable(p).map_err(|m| ("publishable", m))?),
    };
    if spec.pattern.len() > limits.pattern_len {
        return Err((
            "pattern",
            format!(
                "pattern is {} bytes, longer than the limit of {}",
                spec.pattern.len(),
                limits.pattern_len
            ),
        ));
    }
    let validate = match &spec.validate {
        None => None,
        Some(name) => Some(Validator::from_name(name).ok_or_else(|| {
            (
                "validate",
                format!("unknown validator {name:?}; known: {}", Validator::NAMES.join(", ")),
            )
        })?),
    };
    // A value-first detector's names are its keywords; the others' word-end
    // keywords must be among their keywords (`KeywordTable::from_specs`).
    if spec.value_first.is_none() {
        if let Some(kw) = spec
            .word_end_keywords
            .iter()
            .find(|kw| !spec.keywords.iter().any(|k| k.eq_ignore_ascii_case(kw)))
        {
            return Err((
                "word_end_keywords",
                format!("{kw:?} is not one of the detector's keywords"),
            ));
        }
    }
    Ok(Fields {
        window,
        publishable,
        validate,
    })
}

/// Checks and compiles one `[[decoder]]` table.
fn check_decoder(
    file: String,
    spec: DecoderSpec,
    limits: &Limits,
    seen: &mut HashSet<String>,
) -> Result<Decoder, CompileError> {
    let err = |field: &'static str, message: String| CompileError {
        file: file.clone(),
        id: spec.id.clone(),
        field,
        message,
    };
    check_id(&spec.id, seen).map_err(|m| err("id", m))?;
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
    Ok(Decoder {
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
    })
}

/// A detector's pattern sources, kept for compilation on first use.
#[derive(Debug, Clone)]
pub struct Sources {
    pub pattern: String,
    pub allow: Vec<String>,
    pub allow_context: Vec<String>,
    pub publishable_context: Vec<String>,
    pub publishable_match: Vec<String>,
    pub limits: Limits,
}

/// A detector's compiled patterns.
#[derive(Debug)]
pub struct Compiled {
    pub regex: Regex,
    pub secret_group: usize,
    pub allow: Vec<Regex>,
    pub allow_context: Vec<Regex>,
    /// Text around a value that makes it publishable.
    pub publishable_context: Vec<Regex>,
    /// Whole matches that make a value publishable.
    pub publishable_match: Vec<Regex>,
    /// Every match begins at one of the detector's keywords (see
    /// [`super::anchor`]), so stage two searches anchored at each hit.
    pub anchored: bool,
}

/// Compiles a detector's patterns; `keywords` are its keywords, which
/// decide whether its matches can be searched for anchored at keyword hits.
pub(crate) fn compile_detector(
    file: &str,
    id: &str,
    keywords: &[String],
    s: &Sources,
) -> Result<Compiled, CompileError> {
    let err = |field: &'static str, message: String| CompileError {
        file: file.to_string(),
        id: id.to_string(),
        field,
        message,
    };
    let hir = parse_pattern(&s.pattern, &s.limits).map_err(|m| err("pattern", m))?;
    let anchored = super::anchor::starts_with_keyword(&hir, keywords);
    let regex = build_regex(&hir, &s.limits).map_err(|m| err("pattern", m))?;
    let secret_group = match regex.group_info().to_index(regex_automata::PatternID::ZERO, "secret") {
        Some(i) => i,
        None if regex.group_info().group_len(regex_automata::PatternID::ZERO) > 1 => 1,
        None => 0,
    };
    let many = |field: &'static str, list: &[String]| {
        list.iter()
            .map(|p| compile_regex(p, &s.limits).map_err(|m| err(field, m)))
            .collect::<Result<Vec<_>, _>>()
    };
    Ok(Compiled {
        allow: many("allow", &s.allow)?,
        allow_context: many("allow_context", &s.allow_context)?,
        publishable_context: many("publishable.context", &s.publishable_context)?,
        publishable_match: many("publishable.in_match", &s.publishable_match)?,
        regex,
        secret_group,
        anchored,
    })
}

/// Checks a `publishable` table and turns it into its compiled form (its
/// context regexes compile with the detector's patterns).
fn publishable(p: &super::schema::PublishableSpec) -> Result<Publishable, String> {
    if p.reason.trim().is_empty() {
        return Err("reason: must say why such a value may be public".into());
    }
    if !p.always && p.context.is_empty() && p.in_match.is_empty() && p.jwt_claims.is_empty() {
        return Err("needs `always = true`, `context`, `in_match` or `jwt_claims`".into());
    }
    let reach = p.reach.unwrap_or(400);
    if reach == 0 || reach > 4096 {
        return Err("reach: must be between 1 and 4096 bytes".into());
    }
    let mut jwt_claims = Vec::with_capacity(p.jwt_claims.len());
    for c in &p.jwt_claims {
        let (k, v) = c
            .split_once('=')
            .filter(|(k, _)| !k.is_empty())
            .ok_or_else(|| format!("jwt_claims: {c:?} is not claim=value"))?;
        jwt_claims.push((k.to_string(), v.to_string()));
    }
    Ok(Publishable {
        always: p.always,
        reach,
        jwt_claims,
        reason: p.reason.clone(),
    })
}

/// Names (folded to lower case), each with the detectors or decoders that
/// own it: the keyword table and the value-first index are both one.
#[derive(Default)]
struct NameTable {
    ids: HashMap<String, usize>,
    list: Vec<String>,
    owners: Vec<Vec<u32>>,
}

impl NameTable {
    /// Adds `owner` to `name` and returns the name's index.
    fn add(&mut self, name: &str, owner: u32) -> usize {
        let key = name.to_ascii_lowercase();
        let id = match self.ids.get(&key) {
            Some(&id) => id,
            None => {
                self.list.push(key.clone());
                self.owners.push(Vec::new());
                self.ids.insert(key, self.list.len() - 1);
                self.list.len() - 1
            }
        };
        if !self.owners[id].contains(&owner) {
            self.owners[id].push(owner);
        }
        id
    }
}

/// Names of the detectors found from their values, each with its owners.
#[derive(Default)]
struct ValueFirstTable {
    names: NameTable,
    lookback: usize,
}

impl ValueFirstTable {
    fn add(&mut self, v: &super::schema::ValueFirst, owner: u32) {
        self.lookback = self.lookback.max(v.reach);
        for n in &v.names {
            self.names.add(n, owner);
        }
    }

    /// The index, whose automaton is built on first use (see
    /// `ValueFirstIndex::names`); `None` without value-first detectors.
    fn build(self) -> Option<super::ValueFirstIndex> {
        (!self.names.list.is_empty()).then(|| super::ValueFirstIndex {
            names: std::sync::OnceLock::new(),
            name_list: self.names.list,
            owners: self.names.owners,
            lookback: self.lookback,
        })
    }
}

/// The automaton of the value-first names: every occurrence, overlapping
/// ones too (`stripe` inside `stripe_connect` must not hide a name that
/// starts later). A DFA: it is searched before every value run, where an
/// NFA's state lookups cost more than the build (a few milliseconds for some
/// hundreds of names, paid at the first run a scan wants).
pub(super) fn names_automaton(names: &[String]) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(names)
}

/// Marks a keyword owner as a decoder rather than a detector.
pub(super) const DECODER_FLAG: u32 = 1 << 31;

/// The keyword automaton and each keyword's owners (pattern ids in order).
type KeywordAutomata = (AhoCorasick, Vec<Vec<u32>>);

/// Keywords of all detectors and decoders, deduplicated case-insensitively,
/// each with the list of its owners.
#[derive(Default)]
struct KeywordTable {
    names: NameTable,
    /// Whether every owner wants the keyword only where it ends a word
    /// (see `prefilter::PairFilter::new`).
    word_end: Vec<bool>,
}

impl KeywordTable {
    fn add(&mut self, keyword: &str, owner: u32, word_end: bool) {
        let id = self.names.add(keyword, owner);
        if id == self.word_end.len() {
            self.word_end.push(true);
        }
        self.word_end[id] &= word_end;
    }

    /// The keywords of every detector that is not found from its values,
    /// then of every decoder, each with its owners: detector `i` of the
    /// set is owner `i`, decoder `k` is `DECODER_FLAG | k`.
    fn from_specs(set: &SpecSet) -> KeywordTable {
        let mut table = KeywordTable::default();
        for (i, src) in set.detectors.iter().enumerate() {
            let spec = &src.spec;
            if spec.value_first.is_some() {
                // Found from its values (see `runs`): its names go to the
                // index searched before each value run, not to the filter.
                continue;
            }
            let ends = |k: &String| spec.word_end || spec.word_end_keywords.iter().any(|w| w.eq_ignore_ascii_case(k));
            for kw in &spec.keywords {
                table.add(kw, i as u32, ends(kw));
            }
        }
        for (k, (_, spec)) in set.decoders.iter().enumerate() {
            for kw in &spec.keywords {
                table.add(kw, DECODER_FLAG | k as u32, false);
            }
        }
        table
    }
}

/// The keyword automaton and each keyword's owners, with the owners of
/// the keywords inside it added (see below).
fn keyword_automata(list: &[String], own: &[Vec<u32>], dfa: bool) -> Result<KeywordAutomata, CompileError> {
    // A keyword that is a substring of another is hidden when the longer
    // one matches at the same place: give the longer one its owners too.
    // The keywords inside each keyword, found with one automaton over
    // all of them (a pairwise test is quadratic: 700,000 comparisons for
    // 850 keywords, most of the engine's build time).
    let mut owners = own.to_vec();
    let inside = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        // Searched once over the keywords themselves: the cheapest build.
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(list)
        .map_err(|e| CompileError {
            file: "(all detectors)".into(),
            id: "(keywords)".into(),
            field: "keywords",
            message: e.to_string(),
        })?;
    for (i, long) in list.iter().enumerate() {
        for m in inside.find_overlapping_iter(long.as_str()) {
            let j = m.pattern().as_usize();
            if j != i && list[j].len() < long.len() {
                for &o in &own[j] {
                    if !owners[i].contains(&o) {
                        owners[i].push(o);
                    }
                }
            }
        }
    }
    let automaton = keyword_automaton(list, dfa)?;
    Ok((automaton, owners))
}

/// The keyword automaton: a DFA (searches faster, takes tens of
/// milliseconds to build) or a contiguous NFA (builds in about a
/// millisecond); the default kind if the chosen one cannot be built.
pub(super) fn keyword_automaton(list: &[String], dfa: bool) -> Result<AhoCorasick, CompileError> {
    let builder = || {
        let mut b = AhoCorasick::builder();
        // Only anchored searches: the pair filter proposes each start.
        b.ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored);
        b
    };
    let kind = if dfa {
        AhoCorasickKind::DFA
    } else {
        AhoCorasickKind::ContiguousNFA
    };
    builder()
        .kind(Some(kind))
        .build(list)
        .or_else(|_| builder().build(list))
        .map_err(|e| CompileError {
            file: "(all detectors)".into(),
            id: "(keywords)".into(),
            field: "keywords",
            message: e.to_string(),
        })
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

/// Ids are lowercase and unique across all detectors and decoders (they are
/// part of every fingerprint).
fn check_id(id: &str, seen: &mut HashSet<String>) -> Result<(), String> {
    if !valid_id(id) {
        return Err("must be 1-64 characters of a-z, 0-9 and '-'".into());
    }
    if !seen.insert(id.to_string()) {
        return Err("duplicate id; detector and decoder ids must be unique across all files".into());
    }
    Ok(())
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
    build_regex(&parse_pattern(pattern, limits)?, limits)
}

/// Parses a pattern over bytes (ASCII semantics), with long counted
/// repetitions relaxed (see [`MAX_COUNTED_REPETITION`]).
fn parse_pattern(pattern: &str, limits: &Limits) -> Result<regex_syntax::hir::Hir, String> {
    if pattern.len() > limits.pattern_len {
        return Err(format!(
            "pattern is {} bytes, longer than the limit of {}",
            pattern.len(),
            limits.pattern_len
        ));
    }
    let hir = syntax::parse_with(pattern, &pattern_syntax()).map_err(|e| crate::text::one_line(&e))?;
    Ok(relax_repetitions(hir))
}

fn pattern_syntax() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

/// Compiles a parsed pattern within the size limits.
fn build_regex(hir: &regex_syntax::hir::Hir, limits: &Limits) -> Result<Regex, String> {
    Regex::builder()
        .syntax(pattern_syntax())
        .configure(
            meta::Config::new()
                .utf8_empty(false)
                .nfa_size_limit(Some(limits.nfa_size))
                .onepass_size_limit(Some(limits.nfa_size))
                .dfa(false)
                .hybrid_cache_capacity(limits.hybrid_cache),
        )
        .build_from_hir(hir)
        .map_err(|e| with_sources(&e))
}

/// An error and its causes on one line: regex-automata's build errors say
/// only "error building NFA" and keep the reason (the size limit) in their
/// source.
fn with_sources(e: &dyn std::error::Error) -> String {
    let mut out = crate::text::one_line(&e);
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&crate::text::one_line(&c));
        cause = c.source();
    }
    out
}

/// One regex matching any of `patterns` (the global allowlist).
pub(crate) fn compile_many(patterns: &[String]) -> Result<Option<Regex>, CompileError> {
    let limits = Limits::default();
    let err = |message: String| CompileError {
        file: "_global.toml".into(),
        id: "(global)".into(),
        field: "allow",
        message,
    };
    if patterns.is_empty() {
        return Ok(None);
    }
    let syntax = pattern_syntax();
    let mut hirs = Vec::with_capacity(patterns.len());
    for p in patterns {
        let hir = syntax::parse_with(p, &syntax).map_err(|e| err(format!("{p:?}: {}", crate::text::one_line(&e))))?;
        hirs.push(relax_repetitions(hir));
    }
    Regex::builder()
        .syntax(syntax)
        .configure(
            meta::Config::new()
                .utf8_empty(false)
                .nfa_size_limit(Some(limits.nfa_size * 4))
                .hybrid_cache_capacity(limits.hybrid_cache),
        )
        .build_many_from_hir(&hirs)
        .map(Some)
        .map_err(|e| err(with_sources(&e)))
}

/// Counted repetitions with an upper bound above this are compiled without
/// the bound. Each allowed repetition is a state of the NFA, so `{63,8191}`
/// costs thousands of states and milliseconds to build, while the window
/// around the keyword bounds the length of any match anyway.
pub const MAX_COUNTED_REPETITION: u32 = 200;

fn relax_repetitions(hir: regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};
    match hir.into_kind() {
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max.filter(|&m| m <= MAX_COUNTED_REPETITION.max(r.min)),
            greedy: r.greedy,
            sub: Box::new(relax_repetitions(*r.sub)),
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name,
            sub: Box::new(relax_repetitions(*c.sub)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(relax_repetitions).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(relax_repetitions).collect()),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
    }
}
