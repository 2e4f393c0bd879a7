//! The configuration loader on arbitrary text: errors are one line and name
//! the file; nothing panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = std::path::Path::new("fuzz.toml");
    if let Err(e) = pushguard::config::Config::parse(path, text) {
        let msg = e.to_string();
        assert!(!msg.contains('\n'), "one-line error: {msg}");
        assert!(msg.contains("fuzz.toml"));
    }
    let _ = pushguard::admin::doctor::check_config(path, text);
});
