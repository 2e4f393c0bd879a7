//! pushguard: a server-side git pre-receive hook that rejects pushes which
//! would land leaked credentials.
//!
//! The modules follow a push through the hook, in this order (see the map
//! at the top of `DESIGN.md`):
//!
//! 1. [`hook`]: hook input (ref updates on stdin, git's environment, who
//!    pushed) and the `pre-receive` run that drives the steps below;
//! 2. [`scope`]: what the push brings that the repository lacks;
//! 3. [`objects`]: reading objects (quarantine views, pack order);
//! 4. [`lines`]: which file versions to scan, and their added lines;
//! 5. [`scanner`]: contents and messages into findings, for the push check,
//!    the history scan and plain files alike;
//! 6. [`engine`]: detectors, keyword prefilter, confirmation, validators;
//! 7. [`findings`]: findings, exceptions and the verdict (pure policy);
//! 8. [`output`]: rejection text, JSON/SARIF, incident log and syslog.
//!
//! Apart from that path: [`admin`] (install, doctor, detectors,
//! incidents), [`cli`] (arguments and dispatch), [`config`] (the server
//! configuration every step reads) and [`text`] (byte helpers).

pub mod hook;
pub mod scope;
pub mod objects;
pub mod lines;
pub mod scanner;
pub mod engine;
pub mod findings;
pub mod output;

pub mod admin;
pub mod cli;
pub mod config;
pub mod text;
