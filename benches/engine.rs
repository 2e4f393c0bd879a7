//! Detection engine throughput (`cargo bench --bench engine`).
//!
//! - `scan_source_corpus`: `Engine::scan` over real Rust source, the `.rs`
//!   files of the local cargo registry (`$CARGO_HOME/registry/src`, default
//!   `~/.cargo/registry/src`), in path order, capped at 32 MiB. Falls back
//!   to this crate's `src/` when the registry is empty.
//! - `scan_keyword_dense`: a synthetic worst case where every line holds a
//!   credential keyword and an assignment (`password = "..."`, `token: ...`),
//!   so stage two (windows and regexes) runs all the time. Three sizes, to
//!   show whether the cost grows linearly with the text.
//! - `build_engine`: `Engine::builtin()`, which the hook pays on every push
//!   (built-in patterns are compiled lazily, on a detector's first keyword
//!   hit), and `build_engine_compile_all`: the same plus
//!   `Engine::compile_all()`, the cost when a push wakes every detector.
//!
//! The scan benchmarks use one engine, warmed up by `compile_all()` and a
//! first scan of every input, so they measure scanning, not compiling.
//!
//! `PUSHGUARD_BENCH_DETECTORS=DIR` adds a directory of detector files to the
//! built-in ones, as the `detectors.extra_dirs` setting does. Inputs and the
//! engine are built once, before any benchmark runs.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use divan::{black_box, counter::BytesCount, Bencher};
use pushguard::engine::Engine;

/// Upper bound for the source corpus.
const CORPUS_CAP: usize = 32 << 20;
/// Sizes of the keyword-dense text, in KiB. Throughput should not depend on
/// the size; when it falls as the size grows, something is super-linear.
const DENSE_KIB: [usize; 3] = [64, 256, 1024];

struct Corpus {
    text: Vec<u8>,
    files: usize,
    from: PathBuf,
}

static ENGINE: LazyLock<Engine> = LazyLock::new(build);
static CORPUS: LazyLock<Corpus> = LazyLock::new(load_corpus);
static DENSE: LazyLock<Vec<u8>> = LazyLock::new(|| keyword_dense(DENSE_KIB[DENSE_KIB.len() - 1] << 10));

/// The first `kib` KiB of the keyword-dense text, cut at a line end.
fn dense(kib: usize) -> &'static [u8] {
    let text = &DENSE[..(kib << 10).min(DENSE.len())];
    let end = text.iter().rposition(|&b| b == b'\n').map_or(text.len(), |p| p + 1);
    &text[..end]
}

fn main() {
    let (engine, corpus) = (&*ENGINE, &*CORPUS);
    engine.compile_all().expect("detectors compile");
    let dense_hits: Vec<String> = DENSE_KIB
        .iter()
        .map(|&k| format!("{k} KiB: {}", engine.scan(dense(k)).len()))
        .collect();
    eprintln!(
        "engine: {} detectors (built-in{}); source corpus: {:.1} MiB from {} .rs files under {} ({} hits); \
         keyword-dense text hits: {}",
        engine.detectors().len(),
        extra_dirs()
            .iter()
            .map(|d| format!(" + {}", d.display()))
            .collect::<String>(),
        corpus.text.len() as f64 / (1 << 20) as f64,
        corpus.files,
        corpus.from.display(),
        engine.scan(&corpus.text).len(),
        dense_hits.join(", "),
    );
    let stats = engine.keyword_stats(&corpus.text);
    let total: usize = stats.hits.iter().map(|(_, n)| n).sum();
    let mib = corpus.text.len() as f64 / (1 << 20) as f64;
    let top: Vec<String> = stats
        .hits
        .iter()
        .take(15)
        .map(|(k, n)| format!("{k:?} {:.1}", *n as f64 / mib))
        .collect();
    eprintln!(
        "keywords: {} in all; on the source corpus the pair filter proposed {} starts, {total} keyword hits \
         ({:.0}/MiB); most hits per MiB: {}",
        engine.keyword_count(),
        stats.candidates,
        total as f64 / mib,
        top.join(", ")
    );
    if std::env::var_os("PUSHGUARD_BENCH_KEYWORD_COST").is_some() {
        // Leave-one-out over every keyword: seconds, so on 4 MiB only.
        let sample = &corpus.text[..corpus.text.len().min(4 << 20)];
        let costs = engine.keyword_costs(sample);
        let mib = sample.len() as f64 / (1 << 20) as f64;
        let top: Vec<String> = costs
            .iter()
            .take(25)
            .map(|(k, n)| format!("{k:?} {:.0}", *n as f64 / mib))
            .collect();
        eprintln!(
            "keyword cost (extra starts the pair filter names per MiB, leave-one-out): {}",
            top.join(", ")
        );
        if let Some(path) = std::env::var_os("PUSHGUARD_BENCH_KEYWORD_COST_FILE") {
            let lines: String = costs
                .iter()
                .map(|(k, n)| format!("{:.1}\t{k}\n", *n as f64 / mib))
                .collect();
            std::fs::write(path, lines).expect("keyword cost file");
        }
    }
    divan::main();
}

#[divan::bench(sample_count = 15, sample_size = 1)]
fn scan_source_corpus(bencher: Bencher) {
    let (engine, text) = (&*ENGINE, &CORPUS.text);
    bencher
        .counter(BytesCount::of_slice(text))
        .bench(|| engine.scan(black_box(text)));
}

#[divan::bench(args = DENSE_KIB, sample_count = 5, sample_size = 1)]
fn scan_keyword_dense(bencher: Bencher, kib: usize) {
    let (engine, text) = (&*ENGINE, dense(kib));
    bencher
        .counter(BytesCount::of_slice(text))
        .bench(|| engine.scan(black_box(text)));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn build_engine() -> Engine {
    build()
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn build_engine_compile_all() -> Engine {
    let engine = build();
    engine.compile_all().expect("detectors compile");
    engine
}

fn extra_dirs() -> Vec<PathBuf> {
    std::env::var_os("PUSHGUARD_BENCH_DETECTORS")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .into_iter()
        .collect()
}

/// `Engine::builtin()`, plus the directory named by `PUSHGUARD_BENCH_DETECTORS`.
fn build() -> Engine {
    let extra = extra_dirs();
    if extra.is_empty() {
        Engine::builtin().expect("built-in detectors compile")
    } else {
        Engine::with_extra_dirs(&extra, &Default::default()).expect("detectors compile")
    }
}

fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
}

/// The `.rs` files under `$CARGO_HOME/registry/src/*/`, in path order, up to
/// [`CORPUS_CAP`] bytes.
fn load_corpus() -> Corpus {
    let registry = cargo_home().map(|h| h.join("registry/src"));
    let mut files = Vec::new();
    if let Some(dir) = registry.as_deref() {
        collect_rs(dir, &mut files);
    }
    let from = if files.is_empty() {
        let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        collect_rs(&own, &mut files);
        own
    } else {
        registry.unwrap_or_default()
    };
    files.sort();
    let mut text = Vec::with_capacity(CORPUS_CAP);
    let mut used = 0;
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else { continue };
        if text.len() + bytes.len() > CORPUS_CAP {
            break;
        }
        text.extend_from_slice(&bytes);
        used += 1;
    }
    assert!(!text.is_empty(), "no .rs files found under {}", from.display());
    Corpus {
        text,
        files: used,
        from,
    }
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else { continue };
        let path = entry.path();
        if kind.is_dir() {
            collect_rs(&path, out);
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Lines that each hold a credential keyword and an assignment-like value,
/// most values random-looking enough to pass entropy filters. Values are
/// generated here from a fixed seed, so no token-shaped literal sits in
/// this file.
fn keyword_dense(len: usize) -> Vec<u8> {
    const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const HEX: &[u8] = b"0123456789abcdef";
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut word = |alphabet: &[u8], n: usize| -> String {
        (0..n)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize] as char)
            .collect()
    };
    let mut out = String::with_capacity(len + 256);
    let mut i = 0u64;
    while out.len() < len {
        let line = match i % 16 {
            0 => format!("password = \"{}\"\n", word(ALNUM, 16)),
            1 => format!("    token: {}\n", word(ALNUM, 32)),
            2 => format!("api_key={}\n", word(HEX, 32)),
            3 => format!("let secret = \"{}\";\n", word(ALNUM, 24)),
            4 => format!("export AWS_SECRET_ACCESS_KEY={}\n", word(ALNUM, 40)),
            5 => format!(
                "aws_access_key_id = {}{}\n",
                "AKIA",
                word(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
            ),
            6 => format!("GITHUB_TOKEN={}{}\n", "ghp_", word(ALNUM, 36)),
            7 => format!("Authorization: Bearer {}\n", word(ALNUM, 40)),
            8 => format!("slack_token = \"{}{}\"\n", "xoxb-", word(ALNUM, 40)),
            9 => format!("stripe.api_key = \"{}{}\"\n", "sk_live_", word(ALNUM, 24)),
            10 => format!("db_password: \"{}\"\n", word(ALNUM, 12)),
            11 => format!("client_secret = {}\n", word(HEX, 40)),
            12 => "password = \"changeme\"  # placeholder\n".to_string(),
            13 => format!("private_key = \"{}\"\n", word(ALNUM, 48)),
            14 => format!("auth_token: '{}'\n", word(ALNUM, 30)),
            _ => format!("url = \"https://user:{}@example.com/repo.git\"\n", word(ALNUM, 20)),
        };
        out.push_str(&line);
        i += 1;
    }
    out.into_bytes()
}
