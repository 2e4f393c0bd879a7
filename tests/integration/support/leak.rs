//! The central leak assertion: no raw secret, and no fragment of one, may
//! appear in anything pushguard prints or writes. `Env` registers every fake
//! secret it hands out and runs this check on the output of every push and
//! every pushguard run, and on the incident log after each of them
//! (`Env::push`, `Env::pushguard`; see `env/push.rs`). A new test gets it
//! for free by using those methods; output that a test captures some other
//! way goes through `Env::assert_no_leak`.

/// Length of the secret fragments that must not appear anywhere. Previews may
/// show a short prefix (at most 6 bytes); 12 consecutive bytes of a secret in
/// the output means it leaked.
const LEAK_FRAGMENT: usize = 12;

/// Fails when `text` holds any of `secrets`, or any fragment of one of
/// `LEAK_FRAGMENT` bytes.
#[track_caller]
pub fn assert_no_secret_leak(secrets: &[String], what: &str, text: &str) {
    for s in secrets {
        assert!(!text.contains(s.as_str()), "raw secret {s} appears in {what}:\n{text}");
        let bytes = s.as_bytes();
        for w in bytes.windows(LEAK_FRAGMENT.min(bytes.len())) {
            let frag = std::str::from_utf8(w).expect("ascii secret");
            assert!(
                !text.contains(frag),
                "fragment {frag:?} of secret {s} appears in {what}:\n{text}"
            );
        }
    }
}
