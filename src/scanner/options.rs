//! The settings of a push check: limits, budgets and threads, as the hook
//! (from the server configuration) or a range scan sets them.

/// Settings for one check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub max_blob_bytes: u64,
    /// Ceiling on what the scan workers hold at once for file contents and
    /// their diffs (see `memory_needed`).
    pub max_memory_bytes: u64,
    /// Added lines longer than this are a limit event; 0: no limit.
    pub max_line_bytes: u64,
    /// The time budget behind `deadline`, in milliseconds, for messages.
    pub time_budget_ms: Option<u64>,
    /// Honour `pushguard:allow` on a finding's line.
    pub inline_marker: bool,
    /// Worker threads for blob scanning; 0 means one per core.
    pub threads: usize,
    /// Blobs not started by this time are reported as not scanned.
    pub deadline: Option<std::time::Instant>,
}
