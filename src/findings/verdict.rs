//! The push's verdict: what the check's report comes to under the policy.
//!
//! Step "findings and policy" of the hook. A pure function of the policy
//! settings, of which kinds of findings and skips the report holds and of
//! whether a bypass was granted: no I/O, no git, no output. Rendering the
//! message and writing the incident record come after it (`output`).

use crate::config::{FailPolicy, Mode};
use serde::{Deserialize, Serialize};

use super::{Finding, Skip, SkipReason};

/// Why a record was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Blocked,
    Bypassed,
    Warned,
    AllowedByException,
    Error,
    Limit,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Blocked => "blocked",
            Action::Bypassed => "bypassed",
            Action::Warned => "warned",
            Action::AllowedByException => "allowed-by-exception",
            Action::Error => "error",
            Action::Limit => "limit",
        }
    }
}

/// Which kinds of findings and skips a push's report holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Findings the policy blocks (no exception covers them).
    pub blocking: bool,
    /// Findings below the blocking threshold.
    pub warned: bool,
    /// Findings an exception covers.
    pub excepted: bool,
    /// Files left unchecked because of a scan limit.
    pub limits: bool,
}

/// What happens to the push, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// The push is rejected.
    pub rejected: bool,
    /// Blocking findings reject it (enforce mode, no bypass considered).
    pub reject_findings: bool,
    /// Unchecked files reject it (`on_limit = "reject"`).
    pub reject_limits: bool,
    /// A granted bypass turned a rejection into an acceptance.
    pub bypassed: bool,
    /// What the incident record says, when the push gets one.
    pub action: Option<Action>,
}

/// The verdict for a report of kinds `t` under `mode` and `on_limit`. A
/// bypass only counts when the push would otherwise be rejected: ask for
/// one (it reads the push options) only when `verdict(.., false)` rejects.
pub fn verdict(mode: Mode, on_limit: FailPolicy, t: Tally, bypass_granted: bool) -> Verdict {
    let reject_findings = mode == Mode::Enforce && t.blocking;
    let reject_limits = t.limits && on_limit == FailPolicy::Reject;
    let would_reject = reject_findings || reject_limits;
    let bypassed = would_reject && bypass_granted;
    let action = if bypassed {
        Some(Action::Bypassed)
    } else if reject_findings {
        Some(Action::Blocked)
    } else if reject_limits {
        Some(Action::Limit)
    } else if t.blocking || t.warned {
        Some(Action::Warned)
    } else if t.limits {
        Some(Action::Limit)
    } else if t.excepted {
        Some(Action::AllowedByException)
    } else {
        None
    };
    Verdict {
        rejected: would_reject && !bypassed,
        reject_findings,
        reject_limits,
        bypassed,
        action,
    }
}

/// A report's findings and skips, sorted by what the policy makes of them.
pub struct Sorted<'a> {
    pub blocking: Vec<&'a Finding>,
    pub warned: Vec<&'a Finding>,
    pub excepted: Vec<&'a Finding>,
    pub limits: Vec<&'a Skip>,
    pub binary: Vec<&'a Skip>,
}

impl<'a> Sorted<'a> {
    pub fn of(findings: &'a [Finding], skips: &'a [Skip]) -> Sorted<'a> {
        let mut s = Sorted {
            blocking: Vec::new(),
            warned: Vec::new(),
            excepted: Vec::new(),
            limits: skips.iter().filter(|s| s.reason.is_limit()).collect(),
            binary: skips.iter().filter(|s| s.reason == SkipReason::Binary).collect(),
        };
        for f in findings {
            if f.exception.is_some() {
                s.excepted.push(f);
            } else if f.blocking == Some(true) {
                s.blocking.push(f);
            } else {
                s.warned.push(f);
            }
        }
        s
    }

    /// Which kinds are there: all the verdict needs to know.
    pub fn tally(&self) -> Tally {
        Tally {
            blocking: !self.blocking.is_empty(),
            warned: !self.warned.is_empty(),
            excepted: !self.excepted.is_empty(),
            limits: !self.limits.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    const NONE: Tally = Tally {
        blocking: false,
        warned: false,
        excepted: false,
        limits: false,
    };
    const BLOCKING: Tally = Tally { blocking: true, ..NONE };
    const WARNED: Tally = Tally { warned: true, ..NONE };
    const EXCEPTED: Tally = Tally { excepted: true, ..NONE };
    const LIMITS: Tally = Tally { limits: true, ..NONE };
    const BLOCKING_AND_LIMITS: Tally = Tally {
        blocking: true,
        limits: true,
        ..NONE
    };
    const WARNED_AND_LIMITS: Tally = Tally {
        warned: true,
        limits: true,
        ..NONE
    };

    /// mode, on_limit, report, bypass granted => rejected, action
    type Row = (Mode, FailPolicy, Tally, bool, bool, Option<Action>);

    #[test]
    fn the_policy_table() {
        use FailPolicy::{Accept as Open, Reject as Closed};
        use Mode::{Enforce, Off, Warn};
        let table: &[Row] = &[
            (Enforce, Closed, NONE, false, false, None),
            (Enforce, Closed, BLOCKING, false, true, Some(Blocked)),
            (Enforce, Closed, BLOCKING, true, false, Some(Bypassed)),
            (Enforce, Closed, WARNED, false, false, Some(Warned)),
            (Enforce, Closed, WARNED, true, false, Some(Warned)),
            (Enforce, Closed, EXCEPTED, false, false, Some(AllowedByException)),
            (Enforce, Closed, LIMITS, false, true, Some(Limit)),
            (Enforce, Closed, LIMITS, true, false, Some(Bypassed)),
            (Enforce, Open, LIMITS, false, false, Some(Limit)),
            (Enforce, Open, LIMITS, true, false, Some(Limit)),
            (Enforce, Closed, BLOCKING_AND_LIMITS, false, true, Some(Blocked)),
            (Enforce, Open, BLOCKING_AND_LIMITS, false, true, Some(Blocked)),
            (Enforce, Closed, WARNED_AND_LIMITS, false, true, Some(Limit)),
            (Enforce, Open, WARNED_AND_LIMITS, false, false, Some(Warned)),
            (Warn, Closed, BLOCKING, false, false, Some(Warned)),
            (Warn, Closed, BLOCKING, true, false, Some(Warned)),
            (Warn, Closed, LIMITS, false, true, Some(Limit)),
            (Warn, Open, BLOCKING_AND_LIMITS, false, false, Some(Warned)),
            (Off, Closed, BLOCKING, false, false, Some(Warned)),
            (Off, Open, NONE, false, false, None),
        ];
        for &(mode, on_limit, tally, granted, rejected, action) in table {
            let v = verdict(mode, on_limit, tally, granted);
            let row = format!("{mode:?} {on_limit:?} {tally:?} bypass={granted}");
            assert_eq!(v.rejected, rejected, "rejected: {row}");
            assert_eq!(v.action, action, "action: {row}");
            assert_eq!(v.bypassed, v.action == Some(Bypassed), "bypassed: {row}");
            assert!(!(v.rejected && v.bypassed), "{row}");
        }
    }
}
