//! The hook's stdin parser on arbitrary bytes: never panics, every accepted
//! update has a ref name and a non-zero object id, and every error is one
//! line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match pushguard::hook::input::parse(data) {
        Ok(updates) => {
            for u in updates {
                assert!(!u.name.is_empty());
                assert!(!(u.old.is_null() && u.new.is_null()));
            }
        }
        Err(e) => assert!(!e.to_string().contains('\n'), "one-line error: {e}"),
    }
});
