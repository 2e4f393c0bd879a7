//! Step 5, scanning: turns what steps 2 to 4 found (file versions with their
//! added lines, commit and tag messages, plain files) into findings through
//! the engine. The core ([`blob`], [`message`], [`pool`]) exists once and
//! serves the three scans above it:
//! - [`push`]: the hook's push check (with [`jobs`] and a large push's
//!   [`prescan`]);
//! - [`history`]: `pushguard scan --repo`, a whole history or a range;
//! - [`files`]: `pushguard scan PATH`, plain files.
//!
//! Nothing here decides a verdict or writes output; the history scan and
//! the push check do not import the hook, nor the hook the history scan.

pub mod blob;
pub mod files;
pub mod history;
mod jobs;
pub mod message;
mod options;
pub mod pool;
mod prescan;
pub mod push;
