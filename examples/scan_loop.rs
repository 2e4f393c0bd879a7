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
    // Each round timed on its own: on a shared machine the fastest and
    // the median say more than the mean.
    let mut stats = 0;
    // `SCAN_LOOP_SCAN_ONLY=1`: no stage-one rounds, so that a profile
    // shows the whole scan alone.
    let stage_rounds = if std::env::var_os("SCAN_LOOP_SCAN_ONLY").is_some() {
        1
    } else {
        rounds
    };
    let stage_one = timed(stage_rounds, || stats += engine.keyword_stats(&text).candidates);
    let mut hits = 0;
    let scan = timed(rounds, || hits += engine.scan(&text).len());
    eprintln!(
        "{} detectors, {} bytes: stage one {stage_one} ({} candidates), whole scan {scan} ({} hits)",
        engine.detectors().len(),
        text.len(),
        stats / stage_rounds,
        hits / rounds
    );
}

/// Runs `f` `rounds` times; the fastest and the median round, in wall
/// time and in this thread's CPU time (which time spent waiting for a
/// shared core does not inflate).
fn timed(rounds: usize, mut f: impl FnMut()) -> String {
    let (mut wall, mut cpu): (Vec<_>, Vec<_>) = (0..rounds.max(1))
        .map(|_| {
            let (t, c) = (std::time::Instant::now(), thread_cpu());
            f();
            (t.elapsed(), thread_cpu().saturating_sub(c))
        })
        .unzip();
    wall.sort();
    cpu.sort();
    format!(
        "fastest {:?}, median {:?} (cpu: fastest {:?}, median {:?})",
        wall[0],
        wall[wall.len() / 2],
        cpu[0],
        cpu[cpu.len() / 2]
    )
}

/// This thread's CPU time.
fn thread_cpu() -> std::time::Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec for the call to fill in.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}
