//! Step 6, the two-stage detection engine: text in, hits out. It never
//! touches git, and reads no files but detector files.
//!
//! Stage one is a single case-insensitive Aho-Corasick pass over the text for
//! the keywords of every detector. Stage two runs a detector's regex only in
//! a bounded window around each of its keyword hits, extracts the secret
//! through a capture group and applies entropy, stopword, allowlist and
//! structural checks. See `DESIGN.md` for the reasoning.

mod anchor;
mod compile;
pub mod context;
pub mod keyed;
mod prefilter;
mod runs;
pub mod schema;
pub mod spec;
pub mod validate;

use std::ops::Range;

use aho_corasick::AhoCorasick;
use regex_automata::{meta::Regex, Input};
use serde::{Deserialize, Serialize};

pub use compile::{CompileError, Limits};
pub use spec::{LoadError, SpecSet};

/// How bad a leak of this kind of secret is. Ordered from least to most
/// severe. `info` is what a publishable key gets (a value meant to ship to
/// browsers): it is reported, and it never blocks unless an admin sets
/// `block_severity = "info"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn from_name(name: &str) -> Option<Severity> {
        Some(match name {
            "info" => Severity::Info,
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }
}

/// How sure pushguard is that a finding is a live credential rather than an
/// example. A detector states its base confidence; a verified checksum
/// raises it, and context (a documentation file, a comment that calls the
/// value an example) lowers it. See `detectors/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    pub fn from_name(name: &str) -> Option<Confidence> {
        Some(match name {
            "low" => Confidence::Low,
            "medium" => Confidence::Medium,
            "high" => Confidence::High,
            _ => return None,
        })
    }

    /// One step lower, stopping at `low`.
    pub fn lowered(self) -> Confidence {
        match self {
            Confidence::High => Confidence::Medium,
            _ => Confidence::Low,
        }
    }
}

impl std::fmt::Display for Confidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A compiled detector.
#[derive(Debug)]
pub struct Detector {
    pub id: String,
    pub name: String,
    pub severity: Severity,
    pub keywords: Vec<String>,
    pub file: String,
    /// Pattern sources; compiled on first use (most detectors never see a
    /// keyword hit in a typical push, so the hook does not pay for them).
    pub(crate) sources: compile::Sources,
    pub(crate) compiled: std::sync::OnceLock<Result<compile::Compiled, compile::CompileError>>,
    pub(crate) min_entropy: f64,
    pub(crate) stopwords: Vec<Vec<u8>>,
    pub(crate) validate: Option<validate::Validator>,
    pub(crate) multiline: bool,
    pub(crate) window: usize,
    pub(crate) global_filters: bool,
    pub(crate) generic: bool,
    /// Who issues the credential, when one provider does.
    pub provider: Option<String>,
    /// Confidence of a finding before context is weighed.
    pub confidence: Confidence,
    pub(crate) publishable: Option<Publishable>,
    pub(crate) syntax_in_comments: bool,
    pub examples: schema::Examples,
}

/// When a detector's values are publishable (see [`schema::PublishableSpec`]);
/// the context regexes are compiled with the detector's patterns.
#[derive(Debug, Clone)]
pub(crate) struct Publishable {
    pub always: bool,
    pub reach: usize,
    pub jwt_claims: Vec<(String, String)>,
    pub reason: String,
}

impl Detector {
    /// Why this detector's values may be public, if they ever are.
    pub fn publishable_reason(&self) -> Option<&str> {
        self.publishable.as_ref().map(|p| p.reason.as_str())
    }

    pub(crate) fn compiled(&self) -> &Result<compile::Compiled, CompileError> {
        self.compiled
            .get_or_init(|| compile::compile_detector(&self.file, &self.id, &self.keywords, &self.sources))
    }
}

/// A compiled decoder: a place where credentials are commonly encoded.
#[derive(Debug)]
pub struct Decoder {
    pub id: String,
    pub name: String,
    pub file: String,
    pub(crate) regex: Regex,
    pub(crate) key_group: Option<usize>,
    pub(crate) value_group: usize,
    pub(crate) prefix: Option<Vec<u8>>,
    pub(crate) multiline: bool,
    pub(crate) window: usize,
    pub examples: schema::Examples,
}

/// A confirmed secret inside a scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index of the detector in [`Engine::detectors`].
    pub detector: usize,
    /// Byte range of the secret in the text; for a decoded secret, the range
    /// of the encoded value that holds it.
    pub secret: Range<usize>,
    /// For a secret found inside an encoded value: the decoded secret bytes
    /// and the id of the decoder.
    pub decoded: Option<(Vec<u8>, usize)>,
    /// The detector's confidence, raised to `high` by a verified checksum.
    pub confidence: Confidence,
    /// The value passed a provider checksum (GitHub, npm, PyPI, age).
    pub checksum: bool,
    /// The value is meant to ship to browsers or apps (see
    /// [`schema::PublishableSpec`]).
    pub publishable: bool,
}

impl Hit {
    /// The secret's bytes.
    pub fn secret_bytes<'a>(&'a self, text: &'a [u8]) -> &'a [u8] {
        match &self.decoded {
            Some((bytes, _)) => bytes,
            None => &text[self.secret.clone()],
        }
    }
}

/// How many layers of encoding are unwrapped (base64 inside base64).
const MAX_DECODE_DEPTH: usize = 2;
/// Largest encoded value that is decoded, in bytes.
const MAX_DECODE_BYTES: usize = 64 << 10;

/// The names of the `[[keyed]]` detectors that are found from their
/// values (see `runs`), searched before each value run.
#[derive(Debug)]
pub(crate) struct ValueFirstIndex {
    /// Built at the first value run a scan wants: a hook's scan of a few
    /// added lines often has none, and the build is most of the engine's.
    /// `None` if it cannot be built (its size limit): the value-first
    /// detectors then find nothing, which `detectors check` would show.
    names: std::sync::OnceLock<Option<AhoCorasick>>,
    name_list: Vec<String>,
    /// For each name, the detectors whose pattern starts with it.
    owners: Vec<Vec<u32>>,
    /// How far before a value its name may start.
    lookback: usize,
}

/// The value-first pass over one text (see `runs`): for each value run the
/// caller wants, the text before it (and the run itself) is searched for
/// the names of value-first detectors, and each detector whose name stands
/// there is confirmed anchored at the name. Each byte is searched for names
/// once, however many runs follow it.
struct ValuePass<'e> {
    index: &'e ValueFirstIndex,
    runs: runs::ValueRuns,
    /// Text before this was searched for names.
    searched_to: usize,
}

impl<'e> ValuePass<'e> {
    fn new(index: &'e ValueFirstIndex) -> ValuePass<'e> {
        ValuePass {
            index,
            runs: runs::ValueRuns::new(runs::MIN_LEN),
            searched_to: 0,
        }
    }

    /// Looks at the value runs found from the text before `to`.
    fn advance(&mut self, engine: &Engine, to: usize, pass: &mut Pass) -> Result<(), TimedOut> {
        let (index, searched_to) = (self.index, &mut self.searched_to);
        let text = pass.text;
        let mut result = Ok(());
        self.runs.advance(text, to, |run| {
            if result.is_err() || !(pass.wanted)(&run) {
                return;
            }
            if let Err(e) = pass.clock.tick(1) {
                result = Err(e);
                return;
            }
            let from = run.start.saturating_sub(index.lookback).max(*searched_to);
            if from >= run.end {
                return;
            }
            *searched_to = run.end;
            let input = aho_corasick::Input::new(text).span(from..run.end);
            let Some(names) = index
                .names
                .get_or_init(|| compile::names_automaton(&index.name_list).ok())
            else {
                return;
            };
            for m in names.find_overlapping_iter(input) {
                for &d in &index.owners[m.pattern().as_usize()] {
                    let d = d as usize;
                    if m.start() < allocated(&mut pass.matched_to, engine.detectors.len(), 0)[d] {
                        continue;
                    }
                    let det = &engine.detectors[d];
                    let Ok(c) = det.compiled() else { continue };
                    let kw = m.start()..m.end();
                    let span = m.start()..window_end(text, &kw, det.window, det.multiline);
                    if let Some(end) = engine.confirm_at(d, c, text, span, &mut pass.hits) {
                        pass.matched_to[d] = end;
                    }
                }
            }
        });
        result
    }
}

/// All detectors, the keyword automaton and the global filters.
#[derive(Debug)]
pub struct Engine {
    value_first: Option<ValueFirstIndex>,
    detectors: Vec<Detector>,
    decoders: Vec<Decoder>,
    keywords: AhoCorasick,
    /// The filter that proposes where keywords may start; `None` when there
    /// are no keywords.
    keyword_filter: Option<prefilter::PairFilter>,
    /// The keywords (lowercase), pattern ids in order.
    keyword_list: Vec<String>,
    /// For each keyword, whether it counts only where it ends a word.
    keyword_word_end: Vec<bool>,
    /// A DFA of the same keywords, built on demand for bulk scans.
    keywords_dfa: std::sync::OnceLock<Option<AhoCorasick>>,
    /// For each keyword pattern id, the detectors that use it.
    keyword_owners: Vec<Vec<u32>>,
    global_stopwords: Vec<Vec<u8>>,
    global_allow_sources: Vec<String>,
    global_allow: std::sync::OnceLock<Result<Option<Regex>, CompileError>>,
}

impl Engine {
    /// The detectors compiled into the binary.
    pub fn builtin() -> Result<Engine, EngineError> {
        Engine::from_specs(SpecSet::embedded()?, &Limits::default())
    }

    /// The built-in detectors plus every extra directory.
    pub fn with_extra_dirs(dirs: &[std::path::PathBuf], limits: &Limits) -> Result<Engine, EngineError> {
        let mut set = SpecSet::embedded()?;
        for d in dirs {
            set.add_dir(d)?;
        }
        Engine::from_specs(set, limits)
    }

    pub fn from_specs(set: SpecSet, limits: &Limits) -> Result<Engine, EngineError> {
        Ok(compile::build(set, limits)?)
    }

    pub fn detectors(&self) -> &[Detector] {
        &self.detectors
    }

    pub fn decoders(&self) -> &[Decoder] {
        &self.decoders
    }

    /// Distinct keywords (case folded) of all detectors and decoders.
    pub fn keyword_count(&self) -> usize {
        self.keyword_list.len()
    }

    /// Compiles every detector now; the first error, if any. Used by
    /// `detectors check` and tests, which must see every error up front.
    pub fn compile_all(&self) -> Result<(), CompileError> {
        if let Err(e) = self.global_allow() {
            return Err(e.clone());
        }
        for d in &self.detectors {
            if let Err(e) = d.compiled() {
                return Err(e.clone());
            }
        }
        Ok(())
    }

    /// Detectors whose patterns failed to compile when first used.
    pub fn failures(&self) -> Vec<CompileError> {
        self.detectors
            .iter()
            .filter_map(|d| d.compiled.get().and_then(|r| r.as_ref().err().cloned()))
            .chain(self.global_allow.get().and_then(|r| r.as_ref().err().cloned()))
            .collect()
    }

    /// The global allow regexes as one regex matching any of them.
    fn global_allow(&self) -> &Result<Option<Regex>, CompileError> {
        self.global_allow
            .get_or_init(|| compile::compile_many(&self.global_allow_sources))
    }

    /// Switches the keyword search to a DFA (built now, once; tens of
    /// milliseconds): worth it before scanning gigabytes, as a large push
    /// may bring. Pattern ids are the same, so results do not change.
    pub fn prefer_keyword_dfa(&self) {
        self.keywords_dfa
            .get_or_init(|| compile::keyword_automaton(&self.keyword_list, true).ok());
    }

    /// How stage one fares on `text`: the starts the pair filter proposes,
    /// and each keyword's hits, most hits first. The engine benchmark prints
    /// it, so that a keyword that slows every scan shows (see DESIGN.md,
    /// "Keywords and speed").
    pub fn keyword_stats(&self, text: &[u8]) -> KeywordStats {
        let mut counts = vec![0usize; self.keyword_list.len()];
        let mut candidates = 0;
        let starts = self.keyword_filter.as_ref().map(|f| prefilter::Starts::new(f, text));
        for start in starts.into_iter().flatten() {
            candidates += 1;
            let input = aho_corasick::Input::new(text)
                .span(start..text.len())
                .anchored(aho_corasick::Anchored::Yes);
            if let Some(m) = self.keywords.find(input) {
                counts[m.pattern().as_usize()] += 1;
            }
        }
        let mut hits: Vec<(String, usize)> = self
            .keyword_list
            .iter()
            .cloned()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        KeywordStats { candidates, hits }
    }

    /// What each keyword costs the pair filter on `text`: how many more
    /// starts its test names with the keyword than without it (each such
    /// start is looked at, whether or not it turns out to be a keyword).
    /// Highest first. A leave-one-out over all keywords, for the engine
    /// benchmark (`PUSHGUARD_BENCH_KEYWORD_COST=1`): seconds on a few MiB.
    pub fn keyword_costs(&self, text: &[u8]) -> Vec<(String, usize)> {
        let named = |list: &[String], word_end: &[bool]| {
            prefilter::PairFilter::new(list, word_end)
                .map(|f| prefilter::Starts::new(&f.without_exact_test(), text).count())
                .unwrap_or(0)
        };
        let all = named(&self.keyword_list, &self.keyword_word_end);
        let mut costs: Vec<(String, usize)> = (0..self.keyword_list.len())
            .map(|i| {
                let mut list = self.keyword_list.clone();
                let mut ends = self.keyword_word_end.clone();
                list.remove(i);
                ends.remove(i);
                (self.keyword_list[i].clone(), all.saturating_sub(named(&list, &ends)))
            })
            .collect();
        costs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        costs
    }

    /// Finds every secret in `text`.
    pub fn scan(&self, text: &[u8]) -> Vec<Hit> {
        self.scan_where(text, |_| true)
    }

    /// Finds every secret in `text` whose keyword hit satisfies `wanted`
    /// (given the keyword's byte range). The hook uses this to skip keyword
    /// hits on lines a commit did not add, before any regex runs.
    pub fn scan_where(&self, text: &[u8], wanted: impl FnMut(&Range<usize>) -> bool) -> Vec<Hit> {
        // Without a deadline the scan cannot time out.
        self.scan_until(text, wanted, None).unwrap_or_default()
    }

    /// `scan_where` that gives up when `deadline` passes. The clock is read
    /// every few thousand keyword hits and before each regex search, and
    /// each search covers a bounded span, so the scan stops soon after.
    pub fn scan_until(
        &self,
        text: &[u8],
        mut wanted: impl FnMut(&Range<usize>) -> bool,
        deadline: Option<std::time::Instant>,
    ) -> Result<Vec<Hit>, TimedOut> {
        let mut clock = Clock { deadline, ticks: 0 };
        self.scan_depth(text, &mut wanted, 0, &mut clock)
    }

    fn scan_depth(
        &self,
        text: &[u8],
        wanted: &mut dyn FnMut(&Range<usize>) -> bool,
        depth: usize,
        clock: &mut Clock,
    ) -> Result<Vec<Hit>, TimedOut> {
        // Stage one: keyword hits, as windows per detector (or decoder).
        // Each owner's windows start in increasing order, so they are merged
        // as they come and a merged span is confirmed (stage two) as soon as
        // the next window no longer touches it: memory stays proportional to
        // the number of detectors, and merged spans never overlap, so the
        // regex work is linear in the text. Stage two searches a long span in
        // bounded chunks (`MAX_SPAN`).
        let mut pass = Pass {
            text,
            depth,
            wanted,
            clock,
            hits: Vec::new(),
            matched_to: Vec::new(),
            open: Vec::new(),
        };
        // The pair filter proposes starts in increasing order, and an
        // anchored leftmost-longest search confirms the longest keyword at
        // each: keywords that begin inside a longer one are still found,
        // and keywords that are substrings of a longer match share its
        // owners (see `compile::KeywordTable::build`).
        let keywords = self
            .keywords_dfa
            .get()
            .and_then(Option::as_ref)
            .unwrap_or(&self.keywords);
        let mut starts = self.keyword_filter.as_ref().map(|f| prefilter::Starts::new(f, text));
        // The value-first pass (see `runs`) follows the filter a batch
        // behind, while the text it just read is in cache.
        let mut values = self.value_first.as_ref().map(ValuePass::new);
        loop {
            let next = starts.as_mut().and_then(Iterator::next);
            if let Some(value_pass) = &mut values {
                let to = match (&starts, next) {
                    (Some(s), Some(_)) => s.filtered_to(),
                    _ => text.len(),
                };
                value_pass.advance(self, to, &mut pass)?;
            }
            let Some(start) = next else { break };
            pass.clock.tick(1)?;
            let input = aho_corasick::Input::new(text)
                .span(start..text.len())
                .anchored(aho_corasick::Anchored::Yes);
            let Some(m) = keywords.find(input) else { continue };
            self.keyword_hit(&mut pass, m.start()..m.end(), m.pattern().as_usize())?;
        }
        for (slot, span) in std::mem::take(&mut pass.open).into_iter().enumerate() {
            if let Some(span) = span {
                self.stage_two(slot, span, &mut pass)?;
            }
        }
        resolve_overlaps(&self.detectors, &mut pass.hits);
        Ok(pass.hits)
    }

    /// One keyword hit at `kw` (keyword `pattern`): each detector or decoder
    /// that owns the keyword either searches anchored at the hit, or widens
    /// its open span by its window; a span the window no longer touches is
    /// confirmed (stage two).
    fn keyword_hit(&self, pass: &mut Pass, kw: Range<usize>, pattern: usize) -> Result<(), TimedOut> {
        let ndet = self.detectors.len();
        let slots = ndet + self.decoders.len();
        let text = pass.text;
        for &d in &self.keyword_owners[pattern] {
            let (slot, size, multiline) = if d & compile::DECODER_FLAG != 0 {
                if pass.depth >= MAX_DECODE_DEPTH {
                    continue;
                }
                let k = (d & !compile::DECODER_FLAG) as usize;
                let dec = &self.decoders[k];
                (ndet + k, dec.window, dec.multiline)
            } else {
                let det = &self.detectors[d as usize];
                (d as usize, det.window, det.multiline)
            };
            // Hits the caller does not want compile nothing.
            if multiline {
                if !(pass.wanted)(&window(text, &kw, size, true)) {
                    continue;
                }
            } else if !(pass.wanted)(&kw) {
                continue;
            }
            if let Some(Ok(c)) = self.detectors.get(slot).map(Detector::compiled) {
                if c.anchored {
                    // The search starts at the hit: only the window's end matters.
                    if kw.start >= allocated(&mut pass.matched_to, ndet, 0)[slot] {
                        let span = kw.start..window_end(text, &kw, size, multiline);
                        if let Some(end) = self.confirm_at(slot, c, text, span, &mut pass.hits) {
                            pass.matched_to[slot] = end;
                        }
                    }
                    continue;
                }
            }
            let w = window(text, &kw, size, multiline);
            let done = match &mut allocated(&mut pass.open, slots, None)[slot] {
                Some(span) if w.start <= span.end => {
                    span.end = span.end.max(w.end);
                    None
                }
                Some(span) => Some(std::mem::replace(span, w)),
                none => {
                    *none = Some(w);
                    None
                }
            };
            if let Some(span) = done {
                self.stage_two(slot, span, pass)?;
            }
        }
        Ok(())
    }

    /// Confirms one merged span of detector (or decoder) `slot`, in chunks
    /// of `MAX_SPAN` bytes that overlap by more than any match a window can
    /// hold (twice the window, plus the keyword), so that the deadline is
    /// checked between bounded searches and no match is lost at a seam.
    fn stage_two(&self, slot: usize, span: Range<usize>, pass: &mut Pass) -> Result<(), TimedOut> {
        let window = match slot.checked_sub(self.detectors.len()) {
            Some(k) => self.decoders[k].window,
            None => self.detectors[slot].window,
        };
        let overlap = 2 * window + 256;
        let mut start = span.start;
        loop {
            pass.clock.tick(Clock::EVERY)?;
            let end = start.saturating_add(MAX_SPAN + overlap).min(span.end);
            match slot.checked_sub(self.detectors.len()) {
                Some(k) => self.decode(k, start..end, pass)?,
                None => self.confirm(slot, pass.text, start..end, &mut pass.hits, pass.clock)?,
            }
            if end == span.end {
                return Ok(());
            }
            start += MAX_SPAN;
        }
    }

    /// Runs detector `d`'s regex over `span`. Each search is linear in the
    /// span, but iterating over all matches is not (`[a-z]+Z|[a-z]` looks
    /// ahead to the end of the span at each match), so matches count
    /// towards the clock too.
    fn confirm(
        &self,
        d: usize,
        text: &[u8],
        span: Range<usize>,
        hits: &mut Vec<Hit>,
        clock: &mut Clock,
    ) -> Result<(), TimedOut> {
        let det = &self.detectors[d];
        let Ok(c) = det.compiled() else {
            // Reported by `Engine::failures`; the hook turns it into an error.
            return Ok(());
        };
        let input = Input::new(text).span(span);
        for caps in c.regex.captures_iter(input) {
            clock.tick(1)?;
            self.record(d, c, text, &caps, hits);
        }
        Ok(())
    }

    /// Runs anchored detector `d`'s regex at the start of `span` (a keyword
    /// hit, up to the end of its window). Returns where the match ended.
    /// The span is bounded by the window, and most searches give up within
    /// a few bytes, so there is no clock to check.
    fn confirm_at(
        &self,
        d: usize,
        c: &compile::Compiled,
        text: &[u8],
        span: Range<usize>,
        hits: &mut Vec<Hit>,
    ) -> Option<usize> {
        let input = Input::new(text).span(span).anchored(regex_automata::Anchored::Yes);
        let m = c.regex.find(input.clone())?;
        let mut caps = c.regex.create_captures();
        c.regex.search_captures(&input, &mut caps);
        self.record(d, c, text, &caps, hits);
        Some(m.end())
    }

    /// Checks one match of detector `d` and keeps its secret if it passes.
    fn record(
        &self,
        d: usize,
        c: &compile::Compiled,
        text: &[u8],
        caps: &regex_automata::util::captures::Captures,
        hits: &mut Vec<Hit>,
    ) {
        let Some(secret) = caps
            .get_group(c.secret_group)
            .or_else(|| caps.get_match().map(|m| m.span()))
        else {
            return;
        };
        let Some(whole) = caps.get_match() else { return };
        let secret = secret.start..secret.end;
        if secret.is_empty() {
            return;
        }
        let det = &self.detectors[d];
        // A generic pattern's match starts inside a camel-case name
        // (`tToken` of `NextToken`); its allow_context and publishable
        // rules see the whole name.
        let context_start = if det.generic {
            name_start(text, whole.start())
        } else {
            whole.start()
        };
        if !self.accept(det, c, &text[secret.clone()], &text[context_start..whole.end()]) {
            return;
        }
        if det.generic && names_no_literal(text, whole.start()..secret.start, &text[secret.clone()]) {
            return;
        }
        if det.syntax_in_comments && context::url_syntax_in_comment(text, whole.start(), &text[secret.clone()]) {
            return;
        }
        let checksum = det.validate.is_some_and(validate::Validator::is_checksum);
        hits.push(Hit {
            detector: d,
            publishable: self.publishable(det, c, text, &secret, context_start..whole.end()),
            secret,
            decoded: None,
            confidence: if checksum { Confidence::High } else { det.confidence },
            checksum,
        });
    }

    /// Whether the value at `secret` is publishable, by the detector's rules.
    fn publishable(
        &self,
        det: &Detector,
        c: &compile::Compiled,
        text: &[u8],
        secret: &Range<usize>,
        whole: Range<usize>,
    ) -> bool {
        let Some(p) = &det.publishable else {
            return false;
        };
        if p.always || c.publishable_match.iter().any(|r| r.is_match(&text[whole.clone()])) {
            return true;
        }
        if !p.jwt_claims.is_empty() && validate::jwt_has_claim(&text[secret.clone()], &p.jwt_claims) {
            return true;
        }
        if c.publishable_context.is_empty() {
            return false;
        }
        let lo = secret.start.saturating_sub(p.reach);
        let hi = (secret.end + p.reach).min(text.len());
        let around = Input::new(text).span(lo..hi);
        c.publishable_context.iter().any(|r| r.is_match(around.clone()))
    }

    /// Decodes each encoded value the decoder finds in `span` and scans
    /// `key: decoded` with every detector. Hits point at the encoded value.
    fn decode(&self, index: usize, span: Range<usize>, pass: &mut Pass) -> Result<(), TimedOut> {
        let dec = &self.decoders[index];
        let text = pass.text;
        for caps in dec.regex.captures_iter(Input::new(text).span(span)) {
            pass.clock.tick(1)?;
            let Some(value) = caps.get_group(dec.value_group) else {
                continue;
            };
            let value = value.start..value.end;
            if value.len() > MAX_DECODE_BYTES || !(pass.wanted)(&value) {
                continue;
            }
            let Some(decoded) = validate::decode_base64(&text[value.clone()]) else {
                continue;
            };
            if crate::text::is_binary(&decoded) {
                continue;
            }
            let mut inner = Vec::with_capacity(decoded.len() + 64);
            if let Some(p) = &dec.prefix {
                inner.extend_from_slice(p);
            } else if let Some(k) = dec.key_group.and_then(|g| caps.get_group(g)) {
                inner.extend_from_slice(&text[k.start..k.end]);
                inner.extend_from_slice(b": ");
            }
            inner.extend_from_slice(&decoded);
            inner.push(b'\n');
            for h in self.scan_depth(&inner, &mut |_| true, pass.depth + 1, pass.clock)? {
                let bytes = h.secret_bytes(&inner).to_vec();
                pass.hits.push(Hit {
                    detector: h.detector,
                    secret: value.clone(),
                    decoded: Some((bytes, h.decoded.map_or(index, |(_, d)| d))),
                    ..h
                });
            }
        }
        Ok(())
    }

    /// Applies entropy, stopwords, allowlists and the validator to one candidate.
    fn accept(&self, det: &Detector, c: &compile::Compiled, secret: &[u8], whole: &[u8]) -> bool {
        if det.min_entropy > 0.0 && shannon_entropy(secret) < det.min_entropy {
            return false;
        }
        let lower = secret.to_ascii_lowercase();
        let has_stopword = |words: &[Vec<u8>]| words.iter().any(|w| memchr::memmem::find(&lower, w).is_some());
        if has_stopword(&det.stopwords) || c.allow.iter().any(|r| r.is_match(secret)) {
            return false;
        }
        if det.global_filters
            && (has_stopword(&self.global_stopwords)
                || matches!(self.global_allow(), Ok(Some(r)) if r.is_match(secret)))
        {
            return false;
        }
        if c.allow_context.iter().any(|r| r.is_match(whole)) {
            return false;
        }
        match det.validate {
            Some(v) => v.check(secret),
            None => true,
        }
    }
}

/// `slots`, given its `len` slots of `fill` the first time it is wanted:
/// the scan's per-detector slots are made at the first hit, as most texts
/// have none.
fn allocated<T: Clone>(slots: &mut Vec<T>, len: usize, fill: T) -> &mut Vec<T> {
    if slots.is_empty() {
        slots.resize(len, fill);
    }
    slots
}

/// Where the identifier that `at` lies in starts: `at` moved back over
/// name bytes (`[A-Za-z0-9_.-]`), at most [`MAX_NAME_BACK`] of them.
fn name_start(text: &[u8], at: usize) -> usize {
    let lo = at.saturating_sub(MAX_NAME_BACK);
    text[lo..at]
        .iter()
        .rposition(|b| !is_name_byte(b))
        .map_or(lo, |p| lo + p + 1)
}

/// Whether a generic match assigns no literal: its value is a reference to
/// its own name (see [`context::value_names_itself`]), or its name is the
/// last part of a quoted `::` type path (`"AWS::KMS::Key": "9f3a..."`, a
/// schema's hash per type, not a variable).
fn names_no_literal(text: &[u8], before: Range<usize>, value: &[u8]) -> bool {
    let name = assigned_name(text, before);
    if context::value_names_itself(&text[name.clone()], value) {
        return true;
    }
    let path = text[..name.start]
        .iter()
        .rev()
        .take(MAX_NAME_BACK)
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':'))
        .count();
    let head = name.start - path;
    text[head..name.start].ends_with(b"::") && head > 0 && matches!(text[head - 1], b'"' | b'\'')
}

/// Where the name a generic match assigns to lies: the first identifier
/// in `before` (the match up to its value), extended back when the match
/// starts inside it (`tToken` of `NextToken`).
fn assigned_name(text: &[u8], before: Range<usize>) -> Range<usize> {
    let region = &text[before.clone()];
    let Some(first) = region.iter().position(is_name_byte) else {
        return before.start..before.start;
    };
    let len = region[first..].iter().take_while(|b| is_name_byte(b)).count();
    let at = before.start + first;
    name_start(text, at)..at + len
}

/// A byte that can be part of a variable's name (`[A-Za-z0-9_.-]`).
fn is_name_byte(b: &u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-')
}

/// How far [`name_start`] looks back.
const MAX_NAME_BACK: usize = 64;

/// Step between the chunks in which stage two searches a long merged span
/// (text dense with keyword hits); each chunk also overlaps the next.
const MAX_SPAN: usize = 64 << 10;

/// See [`Engine::keyword_stats`].
#[derive(Debug, Clone, Default)]
pub struct KeywordStats {
    /// Starts the pair filter proposed.
    pub candidates: usize,
    /// (keyword, hits) for keywords with any hit, most first.
    pub hits: Vec<(String, usize)>,
}

/// The scan's deadline passed before it finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimedOut;

/// One scan of one text, as the steps of `Engine::scan_depth` share it (a
/// decoded value is scanned by a pass of its own, on the same clock).
struct Pass<'p> {
    text: &'p [u8],
    /// How many decoders this text is inside.
    depth: usize,
    /// The caller's filter: ranges it does not want compile nothing.
    wanted: &'p mut dyn FnMut(&Range<usize>) -> bool,
    clock: &'p mut Clock,
    hits: Vec<Hit>,
    /// Anchored detectors (see `anchor`): where each one's last match
    /// ended, as hits inside it start no new match. Made at the first hit:
    /// most texts have none, and it holds a slot per detector.
    matched_to: Vec<usize>,
    /// Per detector or decoder: the merged span of windows not yet
    /// confirmed. Made at the first hit, like `matched_to`.
    open: Vec<Option<Range<usize>>>,
}

/// Reads the clock every `EVERY` ticks, not on every keyword hit.
struct Clock {
    deadline: Option<std::time::Instant>,
    ticks: u32,
}

impl Clock {
    const EVERY: u32 = 1024;

    fn tick(&mut self, n: u32) -> Result<(), TimedOut> {
        let Some(deadline) = self.deadline else {
            return Ok(());
        };
        self.ticks += n;
        if self.ticks >= Self::EVERY {
            self.ticks = 0;
            if std::time::Instant::now() >= deadline {
                return Err(TimedOut);
            }
        }
        Ok(())
    }
}

/// Errors building an engine: reading files or compiling detectors.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Compile(#[from] CompileError),
}

/// The window around a keyword hit: its line, at most `size` bytes on each
/// side; across lines for multi-line detectors.
fn window(text: &[u8], kw: &Range<usize>, size: usize, multiline: bool) -> Range<usize> {
    let lo = kw.start.saturating_sub(size);
    let end = window_end(text, kw, size, multiline);
    if multiline {
        return lo..end;
    }
    let start = memchr::memrchr(b'\n', &text[lo..kw.start]).map_or(lo, |p| lo + p + 1);
    start..end
}

/// Where the window around a keyword hit ends (see [`window`]).
fn window_end(text: &[u8], kw: &Range<usize>, size: usize, multiline: bool) -> usize {
    let hi = (kw.end + size).min(text.len());
    if multiline {
        return hi;
    }
    memchr::memchr(b'\n', &text[kw.end..hi]).map_or(hi, |p| kw.end + p)
}

/// When hits overlap, keeps the most specific: a specific detector beats a
/// generic one, and a generic hit inside a decoded value beats a generic hit
/// on the encoded text itself.
fn resolve_overlaps(detectors: &[Detector], hits: &mut Vec<Hit>) {
    if hits.len() < 2 {
        return;
    }
    let rank = |h: &Hit| match (detectors[h.detector].generic, h.decoded.is_some()) {
        (false, _) => 2usize,
        (true, true) => 1,
        (true, false) => 0,
    };
    hits.sort_by_key(|h| (h.secret.start, h.secret.end));
    // For each rank: starts in order, and the running maximum of ends, so
    // "does any hit of this rank overlap [s, e)?" is one binary search.
    let mut starts: [Vec<usize>; 3] = Default::default();
    let mut max_end: [Vec<usize>; 3] = Default::default();
    for h in hits.iter() {
        let r = rank(h);
        let m = max_end[r].last().copied().unwrap_or(0).max(h.secret.end);
        starts[r].push(h.secret.start);
        max_end[r].push(m);
    }
    let overlaps = |r: usize, s: usize, e: usize| {
        let n = starts[r].partition_point(|&x| x < e);
        n > 0 && max_end[r][n - 1] > s
    };
    hits.retain(|h| {
        let r = rank(h);
        !(r + 1..3).any(|higher| overlaps(higher, h.secret.start, h.secret.end))
    });
    hits.dedup_by(|a, b| a.detector == b.detector && a.secret == b.secret && a.decoded == b.decoded);
}

/// Shannon entropy in bits per byte.
pub fn shannon_entropy(data: &[u8]) -> f64 {
    if data.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in data {
        counts[b as usize] += 1;
    }
    let n = data.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entropy_of_uniform_and_constant() {
        assert_eq!(shannon_entropy(b"aaaa"), 0.0);
        assert!((shannon_entropy(b"abcd") - 2.0).abs() < 1e-9);
    }

    #[test]
    fn hits_the_caller_does_not_want_compile_no_pattern() {
        let engine = Engine::builtin().expect("built-in detectors");
        let text = b"let path = pattern(patch);\nurl = \"pat\"\nlogzio = 1\n";
        assert!(engine.scan_where(text, |_| false).is_empty());
        let compiled: Vec<&str> = engine
            .detectors()
            .iter()
            .filter(|d| d.compiled.get().is_some())
            .map(|d| d.id.as_str())
            .collect();
        assert!(compiled.is_empty(), "compiled for unwanted hits: {compiled:?}");
        // Wanted, the same hits wake their detectors (anchored ones among them).
        assert!(engine.scan(text).is_empty());
        let woken: Vec<&Detector> = engine
            .detectors()
            .iter()
            .filter(|d| d.compiled.get().is_some())
            .collect();
        assert!(
            woken.iter().any(|d| d.id == "airtable-pat"),
            "airtable-pat woken by \"pat"
        );
        assert!(
            woken
                .iter()
                .any(|d| matches!(d.compiled.get(), Some(Ok(c)) if c.anchored)),
            "an anchored detector woken"
        );
    }

    #[test]
    fn window_stays_on_line() {
        let text = b"first line\nkey = ghp_abc\nthird";
        let kw = 17..21;
        assert_eq!(&text[window(text, &kw, 256, false)], b"key = ghp_abc");
        assert_eq!(window(text, &kw, 256, true), 0..text.len());
    }
}
