//! The scan engine with the built-in detectors on arbitrary bytes: no
//! panic, every hit lies inside the text, and no redacted preview holds the
//! whole secret.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static ENGINE: LazyLock<pushguard::engine::Engine> =
    LazyLock::new(|| pushguard::engine::Engine::builtin().expect("built-in detectors"));

fuzz_target!(|data: &[u8]| {
    for hit in ENGINE.scan(data) {
        assert!(hit.secret.start <= hit.secret.end && hit.secret.end <= data.len());
        let secret = hit.secret_bytes(data);
        let preview = pushguard::findings::redact(secret);
        let shown = preview.split(' ').next().unwrap_or_default();
        assert!(secret.len() < 4 || !shown.as_bytes().windows(secret.len()).any(|w| w == secret));
    }
    let _ = pushguard::scanner::blob::scan_text(&ENGINE, data, None, "fuzz");
});
