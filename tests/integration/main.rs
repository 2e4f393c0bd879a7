//! Integration tests of pushguard: real bare repositories in temporary
//! directories, real commits and real `git push` runs against the built
//! binary installed as the server's `pre-receive` hook. No mocks.
//!
//! Run with `cargo test --test integration`. Every hook start compiles all
//! built-in detectors, which takes about 1-3 s in a debug build; to run the
//! suite against a release build instead, name it in `PUSHGUARD_TEST_BIN`:
//! `PUSHGUARD_TEST_BIN=$PWD/target/release/pushguard cargo test --test integration`
//! (build it first: a stale binary tests stale code).
//!
//! # Layout
//!
//! This file is the one integration test binary; each module below is one
//! user-visible behaviour, and each file opens with a doc that says what it
//! covers. For the hook: `rejection`, `what_is_new`, `limits`, `policy`,
//! `fail_closed`, `incident_log`, `output_safety`, `tamper_resistance`,
//! `crash_safety`, `file_modes`, `concurrency`, `admin_detectors`,
//! `hostile`, `gitlab`, `installation`, and `servers` and `transport` for
//! pushes over the network. For `pushguard scan`: `scan_cmd`, `history`,
//! `detection` and `corpus`. The helpers are in `support/`; its `mod.rs`
//! says which file holds what.
//!
//! # Adding a test
//!
//! Put it in the file of the behaviour it checks; a new behaviour gets a
//! new file with a `//!` doc and a `mod` line below. A hook test reads:
//!
//! ```ignore
//! use crate::support::with_clean_main;
//!
//! #[test]
//! fn secret_in_a_new_file_is_rejected() {
//!     let (env, base) = with_clean_main("secret_in_a_new_file_is_rejected");
//!     let token = env.github_token();
//!     env.commit_file("app.env", &format!("TOKEN={token}\n"), "settings");
//!     env.push(&["origin", "main"])
//!         .assert_rejected_for_secrets()
//!         .assert_remote_contains("app.env:1");
//!     assert_eq!(env.server_ref("refs/heads/main").as_deref(), Some(base.as_str()));
//! }
//! ```
//!
//! - Name the test after what it guards, and give `Env::new` or
//!   `with_clean_main` that name: it seeds the fake secrets, so a failure
//!   reproduces with the same ones.
//! - Take fake secrets only from `Env` (`github_token`, `aws_key_id`,
//!   `custom_secret`; `register_secret` for another form of one), never
//!   write one into a test. Every push and pushguard run made through `Env`
//!   then checks that no secret, nor a 12-byte piece of one, appears in its
//!   output or in the incident log (`support/leak.rs`).
//! - A test that needs a server program calls `support::servers::require`
//!   first and returns when it gets `None` (a skip; under `CI`, a failure).

mod admin_detectors;
mod concurrency;
mod corpus;
mod crash_safety;
mod detection;
mod fail_closed;
mod file_modes;
mod gitlab;
mod history;
mod hostile;
mod incident_log;
mod installation;
mod limits;
mod output_safety;
mod policy;
mod rejection;
mod scan_cmd;
mod servers;
mod support;
mod tamper_resistance;
mod transport;
mod what_is_new;
