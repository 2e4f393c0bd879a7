//! Integration tests of pushguard: real bare repositories in temporary
//! directories, real commits and real `git push` runs against the built
//! binary installed as the server's `pre-receive` hook. No mocks.
//!
//! Run with `cargo test --test integration`. Every hook start compiles all
//! built-in detectors, which takes about 1-3 s in a debug build; to run the
//! suite against a release build instead, name it in `PUSHGUARD_TEST_BIN`:
//! `PUSHGUARD_TEST_BIN=$PWD/target/release/pushguard cargo test --test integration`
//! (build it first: a stale binary tests stale code).

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
