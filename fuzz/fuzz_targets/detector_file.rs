//! The detector file loader and compiler on arbitrary text: errors, never
//! panics, and a detector that compiles can scan its own examples.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pushguard::engine::{Engine, Limits, SpecSet};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut set = SpecSet::default();
    match set.add_text("fuzz.toml", text) {
        Err(e) => assert!(!e.to_string().contains('\n'), "one-line error: {e}"),
        Ok(()) => {
            if let Ok(engine) = Engine::from_specs(set, &Limits::default()) {
                if engine.compile_all().is_ok() {
                    for d in engine.detectors() {
                        for ex in d.examples.positive.iter().chain(&d.examples.negative) {
                            let _ = engine.scan(ex.as_bytes());
                        }
                    }
                }
            }
        }
    }
});
