//! Reading the hook's report as the developer sees it: the finding blocks
//! (`  [n] name (detector, severity)` and the indented lines below it),
//! their fields (`commit`, `where`, `secret`, `fingerprint`) and commit ids
//! shortened the way pushguard prints them.

use super::run::Run;

/// First 12 hex digits of a commit id, as pushguard prints it.
pub fn short(oid: &str) -> &str {
    &oid[..12]
}

/// The finding block of the hook output that contains `needle`: its
/// `  [n] name (detector, severity)` header and the indented lines below it.
pub fn finding_block(run: &Run, needle: &str) -> String {
    let mut blocks: Vec<Vec<String>> = Vec::new();
    let mut open = false;
    for l in run.remote_lines() {
        if is_finding_header(&l) {
            blocks.push(vec![l]);
            open = true;
        } else if open && l.starts_with("      ") {
            blocks.last_mut().expect("block").push(l);
        } else {
            open = false;
        }
    }
    blocks
        .into_iter()
        .map(|b| b.join("\n"))
        .find(|b| b.contains(needle))
        .unwrap_or_else(|| panic!("no finding block containing {needle:?}\n{}", run.describe()))
}

/// Every finding block of the hook output.
pub fn finding_count(run: &Run) -> usize {
    run.remote_lines().iter().filter(|l| is_finding_header(l)).count()
}

fn is_finding_header(l: &str) -> bool {
    l.strip_prefix("  [")
        .and_then(|r| r.split(']').next())
        .is_some_and(|n| n.parse::<usize>().is_ok())
}

/// The value after a label (`commit`, `where`, `secret`, `fingerprint`) in
/// a finding block.
pub fn field(block: &str, label: &str) -> String {
    block
        .lines()
        .map(str::trim_start)
        .find_map(|l| l.strip_prefix(label).filter(|rest| rest.starts_with(' ')))
        .map(|rest| rest.trim().to_string())
        .unwrap_or_else(|| panic!("no `{label}` line in finding block:\n{block}"))
}

/// The lines git printed for the hook, exactly as received (after the
/// `remote: ` prefix, padding kept).
pub fn raw_remote_lines(run: &Run) -> Vec<String> {
    run.all()
        .lines()
        .filter_map(|l| l.strip_prefix("remote: ").or_else(|| l.strip_prefix("remote:")))
        .map(str::to_string)
        .collect()
}
