//! `pushguard incidents`: list and filter the incident log, and the blast
//! radius of each leaked secret (`--by-fingerprint`).

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::output::incident::{Action, Incident};

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("incident log {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    BadTime(String),
}

/// Filters; every given one must match.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Inclusive lower bound, normalised RFC 3339 UTC.
    pub since: Option<String>,
    /// Exclusive upper bound.
    pub until: Option<String>,
    pub repository: Option<String>,
    pub pusher: Option<String>,
    pub detector: Option<String>,
    /// Full fingerprint or a prefix of at least 8 hex digits.
    pub fingerprint: Option<String>,
    pub action: Option<Action>,
}

impl Filter {
    pub fn matches(&self, r: &Incident) -> bool {
        self.since.as_ref().is_none_or(|s| r.time.as_str() >= s.as_str())
            && self.until.as_ref().is_none_or(|u| r.time.as_str() < u.as_str())
            && self
                .repository
                .as_ref()
                .is_none_or(|x| r.repository.contains(x.as_str()))
            && self.pusher.as_ref().is_none_or(|x| r.pusher.name == *x)
            && self.action.is_none_or(|a| r.action == a)
            && (self.detector.is_none() && self.fingerprint.is_none()
                || r.findings
                    .iter()
                    .any(|f| self.finding_matches(&f.detector, &f.fingerprint)))
    }

    pub fn finding_matches(&self, detector: &str, fingerprint: &str) -> bool {
        self.detector.as_ref().is_none_or(|d| d == detector)
            && self
                .fingerprint
                .as_ref()
                .is_none_or(|p| fingerprint.starts_with(&p.to_ascii_lowercase()))
    }
}

/// Parses a time bound: `2026-11-29`, `2026-11-29T10:00:00Z`, or a span back
/// from now such as `90m`, `24h`, `7d`.
pub fn parse_time(s: &str, now: std::time::SystemTime) -> Result<String, QueryError> {
    let bad = || {
        QueryError::BadTime(format!(
            "time {s:?}: use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SSZ, or a span like 90m, 24h, 7d"
        ))
    };
    let s = s.trim();
    if let Some(unit) = s.chars().last().filter(|c| matches!(c, 's' | 'm' | 'h' | 'd')) {
        if let Ok(n) = s[..s.len() - 1].parse::<u64>() {
            let secs = n * match unit {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                _ => 86400,
            };
            let t = now.checked_sub(std::time::Duration::from_secs(secs)).ok_or_else(bad)?;
            return Ok(crate::output::incident::rfc3339(t));
        }
    }
    let b = s.as_bytes();
    let date_ok = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !date_ok {
        return Err(bad());
    }
    match b.len() {
        10 => Ok(format!("{s}T00:00:00Z")),
        20 if b[10] == b'T' && b[19] == b'Z' => Ok(s.to_string()),
        _ => Err(bad()),
    }
}

/// Reads every record; lines that are not valid records are counted.
pub fn read_log(path: &Path) -> Result<(Vec<Incident>, usize), QueryError> {
    let io = |source| QueryError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut records = Vec::new();
    let mut bad = 0;
    for line in std::io::BufReader::new(file).split(b'\n') {
        let line = line.map_err(io)?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Incident>(&line) {
            Ok(r) => records.push(r),
            Err(_) => bad += 1,
        }
    }
    Ok((records, bad))
}

/// Where one secret (one fingerprint) was seen.
#[derive(Debug, Serialize)]
pub struct Spread {
    pub fingerprint: String,
    pub detector: String,
    pub preview: String,
    pub first_seen: String,
    pub last_seen: String,
    pub pushes: usize,
    pub repositories: BTreeSet<String>,
    pub refs: BTreeSet<String>,
    pub pushers: BTreeSet<String>,
    pub locations: BTreeSet<String>,
    pub actions: BTreeSet<String>,
}

pub fn by_fingerprint(records: &[&Incident], filter: &Filter) -> Vec<Spread> {
    let mut map: BTreeMap<String, Spread> = BTreeMap::new();
    for r in records {
        let mut seen_here = BTreeSet::new();
        for f in r
            .findings
            .iter()
            .filter(|f| filter.finding_matches(&f.detector, &f.fingerprint))
        {
            let s = map.entry(f.fingerprint.clone()).or_insert_with(|| Spread {
                fingerprint: f.fingerprint.clone(),
                detector: f.detector.clone(),
                preview: f.preview.clone(),
                first_seen: r.time.clone(),
                last_seen: r.time.clone(),
                pushes: 0,
                repositories: BTreeSet::new(),
                refs: BTreeSet::new(),
                pushers: BTreeSet::new(),
                locations: BTreeSet::new(),
                actions: BTreeSet::new(),
            });
            if r.time < s.first_seen {
                s.first_seen = r.time.clone();
            }
            if r.time > s.last_seen {
                s.last_seen = r.time.clone();
            }
            if seen_here.insert(f.fingerprint.clone()) {
                s.pushes += 1;
            }
            s.repositories.insert(r.repository.clone());
            match &f.refname {
                Some(name) => {
                    s.refs.insert(format!("{}:{name}", r.repository));
                }
                None => s
                    .refs
                    .extend(r.refs.iter().map(|u| format!("{}:{}", r.repository, u.name))),
            }
            s.pushers.insert(r.pusher.name.clone());
            s.locations.insert(format!("{}:{}", r.repository, f.location()));
            s.actions.insert(action_name(r.action).to_string());
        }
    }
    let mut out: Vec<Spread> = map.into_values().collect();
    out.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then(a.fingerprint.cmp(&b.fingerprint)));
    out
}

pub fn action_name(a: Action) -> &'static str {
    a.as_str()
}

pub fn parse_action(s: &str) -> Result<Action, String> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).map_err(|_| {
        format!("unknown action {s:?}; one of: blocked, bypassed, warned, allowed-by-exception, error, limit")
    })
}

/// A readable table of records.
pub fn table(records: &[&Incident]) -> String {
    let mut out = String::from(
        "TIME                  ACTION                ID                          REPOSITORY  PUSHER  FINDINGS\n",
    );
    for r in records {
        let mut detectors: Vec<&str> = r.findings.iter().map(|f| f.detector.as_str()).collect();
        detectors.dedup();
        let what = if let Some(e) = &r.error {
            format!("error: {e}")
        } else {
            format!("{} ({})", r.findings.len(), detectors.join(", "))
        };
        out.push_str(&format!(
            "{:<21} {:<21} {:<27} {}  {}  {}\n",
            r.time,
            action_name(r.action),
            r.id,
            r.repository,
            r.pusher.name,
            what
        ));
    }
    out.push_str(&format!("{} incidents\n", records.len()));
    out
}

pub fn spread_table(spreads: &[Spread]) -> String {
    let mut out = String::new();
    for s in spreads {
        out.push_str(&format!(
            "{}  {}  {}\n  first seen {}, last seen {}, in {} push(es)\n",
            &s.fingerprint[..16.min(s.fingerprint.len())],
            s.detector,
            s.preview,
            s.first_seen,
            s.last_seen,
            s.pushes
        ));
        let list = |label: &str, set: &BTreeSet<String>| {
            format!("  {label}: {}\n", set.iter().cloned().collect::<Vec<_>>().join(", "))
        };
        out.push_str(&list("repositories", &s.repositories));
        out.push_str(&list("refs", &s.refs));
        out.push_str(&list("pushers", &s.pushers));
        out.push_str(&list("locations", &s.locations));
        out.push_str(&list("actions", &s.actions));
    }
    out.push_str(&format!("{} secrets\n", spreads.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn time_bounds() {
        let now = UNIX_EPOCH + Duration::from_secs(1_795_948_512);
        assert_eq!(parse_time("2026-11-29", now).unwrap(), "2026-11-29T00:00:00Z");
        assert_eq!(parse_time("24h", now).unwrap(), "2026-11-28T10:35:12Z");
        assert_eq!(parse_time("2026-11-29T01:02:03Z", now).unwrap(), "2026-11-29T01:02:03Z");
        assert!(parse_time("yesterday", now).is_err());
    }

    #[test]
    fn actions_round_trip() {
        for a in [
            "blocked",
            "bypassed",
            "warned",
            "allowed-by-exception",
            "error",
            "limit",
        ] {
            assert_eq!(action_name(parse_action(a).unwrap()), a);
        }
        assert!(parse_action("nope").is_err());
    }
}
