//! Scans a file many times with the built-in detectors (plus
//! `PUSHGUARD_BENCH_DETECTORS=DIR`): a target for `perf record`, whose
//! profile is then all scanning.
//!
//!     cargo run --release --example scan_loop -- FILE [ROUNDS]
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: scan_loop FILE [ROUNDS]");
    let rounds: usize = args.next().map_or(20, |r| r.parse().expect("ROUNDS is a number"));
    let text = std::fs::read(&path).expect("readable file");
    let dirs: Vec<std::path::PathBuf> = std::env::var_os("PUSHGUARD_BENCH_DETECTORS")
        .map(|d| vec![d.into()])
        .unwrap_or_default();
    // `SCAN_LOOP_DETECTORS=DIR`: only that directory's detectors, not the
    // built-in ones (to compare detector sets with the same code).
    let engine = match std::env::var_os("SCAN_LOOP_DETECTORS") {
        Some(dir) => {
            let mut set = pushguard::engine::SpecSet::default();
            set.add_dir(std::path::Path::new(&dir)).expect("detector directory");
            pushguard::engine::Engine::from_specs(set, &Default::default()).expect("detectors")
        }
        None => pushguard::engine::Engine::with_extra_dirs(&dirs, &Default::default()).expect("detectors"),
    };
    engine.compile_all().expect("detectors compile");
    let _ = engine.scan(&text);
    let t = std::time::Instant::now();
    let mut stats = 0;
    for _ in 0..rounds {
        stats += engine.keyword_stats(&text).candidates;
    }
    let stage_one = t.elapsed() / rounds as u32;
    let t = std::time::Instant::now();
    let mut hits = 0;
    for _ in 0..rounds {
        hits += engine.scan(&text).len();
    }
    let scan = t.elapsed() / rounds as u32;
    eprintln!(
        "{} detectors, {} bytes: stage one {stage_one:?} ({} candidates), whole scan {scan:?} ({} hits)",
        engine.detectors().len(),
        text.len(),
        stats / rounds,
        hits / rounds
    );
}
