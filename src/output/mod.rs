//! Step 8, outputs: what the developer reads after `remote:`
//! ([`rejection`]), report formats and output files ([`formats`]), and the
//! incident log with syslog ([`incident`]). Writes what the verdict
//! decided; decides nothing.

pub mod formats;
pub mod incident;
pub mod rejection;
