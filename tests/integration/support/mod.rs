//! Helpers of the integration tests, one concern a file. Test files import
//! what they need from `crate::support` (the names are re-exported here, so
//! a test never needs to know which file holds one; only the servers are
//! imported from `crate::support::servers`).
//!
//! - `leak.rs`: the central assertion that no secret, nor a 12-byte piece of
//!   one, appears in any output. Every push and pushguard run made through
//!   `Env` goes through it; nothing needs to be done in a test to get it.
//! - `env/`: the per-test world `Env` (server and working repositories,
//!   home, configuration, incident log) and `with_clean_main`; its methods
//!   are split into `git.rs`, `hook.rs`, `push.rs` and `config.rs`.
//! - `secrets.rs`: the per-test PRNG and the fake secrets drawn from it
//!   (through `Env::github_token` and friends, which register them for the
//!   leak assertion), and the fingerprint pushguard must compute.
//! - `run.rs`: the binary under test (`bin`) and `Run`, the exit status
//!   and output of one run, with its assertions.
//! - `report.rs`: reading the finding blocks of the hook's message.
//! - `files.rs`: what the hook left on disk (view directories, modes).
//! - `detectors.rs`: which built-in detectors report the fake secrets, the
//!   fallback detector used when the build lacks one, and detector
//!   directories a test writes itself.
//! - `text.rs`: paths and encodings of test content.
//! - `pusher.rs`: the account the tests run as and the pusher an incident
//!   record must name.
//! - `servers/`: real nginx + fcgiwrap, sshd and `git daemon` servers on
//!   127.0.0.1 for pushes over the network, and `require`, which skips a
//!   test whose server program is missing.

mod detectors;
mod env;
mod files;
mod leak;
mod pusher;
mod report;
mod run;
mod secrets;
pub mod servers;
mod text;

pub use detectors::{detector_dir, detectors, SLOW_DETECTOR};
pub use env::{
    bypass_config, install_hook_at, install_with_installer, last_incident, push_checked, pushguard_umask_000,
    with_clean_main, with_umask_000, Env, TEST_USER, ZERO_OID,
};
pub use files::{assert_mode, backdate, view_dirs};
pub use pusher::{assert_pusher, unix_user, Pusher};
pub use report::{field, finding_block, finding_count, raw_remote_lines, short};
pub use run::{bin, Run};
pub use secrets::{expected_fingerprint, is_hex64, Rng};
pub use text::{os_path, path_str, utf16};
