//! pushguard: a server-side git pre-receive hook that rejects pushes which
//! would land leaked credentials.
//!
//! Layers, bottom up: [`engine`] (detectors, two-stage matching), [`text`]
//! and [`finding`] (bytes, lines, redaction), [`git`] (repository views,
//! push scope, tree diffs), [`check`] (what a push brings, scanned),
//! [`hook`] (the verdict), [`scan`] (plain files), [`cli`].

pub mod check;
pub mod cli;
pub mod config;
pub mod detectors_cmd;
pub mod doctor;
pub mod engine;
pub mod exceptions;
pub mod finding;
pub mod git;
pub mod history;
pub mod hook;
pub mod identity;
pub mod incident;
pub mod incidents_cmd;
pub mod install;
pub mod output;
pub mod report;
pub mod scan;
pub mod text;
