//! Step 8: the incident log, one JSON line per push that was blocked, let
//! through by exception, or could not be checked; and its copy to syslog.
//!
//! Each append takes an exclusive lock on the file, writes the whole line
//! with one `write` call on an `O_APPEND` descriptor and fsyncs before the
//! lock is released, so concurrent hooks never interleave or tear records.
//! The file is opened anew for every record, which makes log rotation
//! (rename and create) safe.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use crate::findings::verdict::Action;
use crate::findings::{Finding, Skip};
use crate::hook::pusher::Pusher;
use crate::scope::RefUpdate;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RefRecord {
    pub name: String,
    pub old: String,
    pub new: String,
}

impl From<&RefUpdate> for RefRecord {
    fn from(u: &RefUpdate) -> Self {
        RefRecord {
            name: u.name.clone(),
            old: u.old.to_string(),
            new: u.new.to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Incident {
    pub id: String,
    pub time: String,
    pub action: Action,
    /// What the push was told: `rejected` or `accepted`.
    pub verdict: String,
    pub repository: String,
    pub pusher: Pusher,
    pub refs: Vec<RefRecord>,
    #[serde(default)]
    pub findings: Vec<Finding>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skip>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The pusher's reason, for action `bypassed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bypass_reason: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum LogError {
    #[error("incident log {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("incident log {path} is not a regular file; refusing to write to it")]
    NotRegular { path: PathBuf },
    #[error("incident record cannot be encoded: {0}")]
    Encode(#[from] serde_json::Error),
}

/// Appends one record as a single line.
pub fn append(path: &Path, incident: &Incident) -> Result<(), LogError> {
    let mut line = serde_json::to_vec(incident)?;
    line.push(b'\n');
    let io = |source| LogError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o750)
                .create(dir)
                .map_err(io)?;
        }
    }
    let open = |read: bool| {
        std::fs::OpenOptions::new()
            .read(read)
            .append(true)
            .create(true)
            .mode(0o640)
            .custom_flags(libc::O_CLOEXEC | libc::O_NOFOLLOW)
            .open(path)
    };
    // A log the hook may append to but not read (mode 0620, say) is used
    // without the torn-record repair.
    let file = match open(true) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => open(false),
        other => other,
    }
    .map_err(io)?;
    if !file.metadata().map_err(io)?.is_file() {
        return Err(LogError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    file.lock().map_err(io)?;
    let result = drop_torn_tail(&file)
        .and_then(|_| (&file).write_all(&line))
        .and_then(|_| file.sync_data());
    let _ = file.unlock();
    result.map_err(io)
}

/// A writer killed in the middle of its `write` (SIGKILL may cut a write of
/// several pages short) leaves a record without its newline. Called with
/// the lock held, so no other writer is active: cut the file back to its
/// last whole line, so that the torn record does not swallow the next one.
fn drop_torn_tail(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    let len = file.metadata()?.len();
    let mut last = [0u8; 1];
    // Unreadable (opened write-only): nothing can be checked.
    if len == 0 || file.read_exact_at(&mut last, len - 1).is_err() || last[0] == b'\n' {
        return Ok(());
    }
    let mut buf = vec![0u8; 64 << 10];
    let mut end = len;
    while end > 0 {
        let start = end.saturating_sub(buf.len() as u64);
        let chunk = &mut buf[..(end - start) as usize];
        file.read_exact_at(chunk, start)?;
        if let Some(p) = memchr::memrchr(b'\n', chunk) {
            return file.set_len(start + p as u64 + 1);
        }
        end = start;
    }
    file.set_len(0)
}

/// Sends the record to the local syslog socket as one RFC 5424 message
/// (facility authpriv; warning for blocked and bypassed pushes, notice
/// otherwise). The message is the JSON record, so a log pipeline can parse it.
pub fn send_syslog(socket: &Path, incident: &Incident) -> Result<(), LogError> {
    let io = |source| LogError::Io {
        path: socket.to_path_buf(),
        source,
    };
    let severity = match incident.action {
        Action::Blocked | Action::Bypassed | Action::Error => 4,
        _ => 5,
    };
    let pri = 10 * 8 + severity;
    let host = hostname();
    let json = serde_json::to_string(incident)?;
    let msg = format!(
        "<{pri}>1 {} {host} pushguard {} {} - {json}",
        incident.time,
        std::process::id(),
        incident.action.as_str()
    );
    let sock = std::os::unix::net::UnixDatagram::unbound().map_err(io)?;
    sock.send_to(msg.as_bytes(), socket).map_err(io)?;
    Ok(())
}

fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates
    // on success when the name fits.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    match std::str::from_utf8(&buf[..end]) {
        Ok(h) if rc == 0 && !h.is_empty() && h.bytes().all(|b| b.is_ascii_graphic()) => h.to_string(),
        _ => "-".into(),
    }
}

/// A short unique id: `pg-` + UTC time + 8 hex digits of randomness.
pub fn new_id(now: std::time::SystemTime) -> String {
    let mut bytes = [0u8; 4];
    let random = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if !random {
        let nanos = now
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        bytes = (nanos ^ std::process::id().rotate_left(16)).to_be_bytes();
    }
    let stamp: String = rfc3339(now).chars().filter(|c| c.is_ascii_digit()).take(14).collect();
    format!("pg-{stamp}-{}", crate::findings::hex(&bytes))
}

/// RFC 3339 UTC timestamp with seconds, e.g. `2026-11-29T10:45:12Z`.
pub fn rfc3339(t: std::time::SystemTime) -> String {
    let secs = t.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn timestamps() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(1_795_948_512)),
            "2026-11-29T10:35:12Z"
        );
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00Z"
        );
        let id = new_id(UNIX_EPOCH + Duration::from_secs(1_795_948_512));
        assert!(id.starts_with("pg-20261129103512-"), "{id}");
        assert_eq!(id.len(), "pg-20261129103512-".len() + 8);
    }
}

#[cfg(test)]
mod append_tests {
    use super::*;

    pub(super) fn record(id: &str) -> Incident {
        Incident {
            id: id.into(),
            time: "2026-11-29T10:00:00Z".into(),
            action: Action::Blocked,
            verdict: "rejected".into(),
            repository: "r".into(),
            pusher: Pusher::default(),
            refs: Vec::new(),
            findings: Vec::new(),
            skipped: Vec::new(),
            error: None,
            bypass_reason: None,
        }
    }

    #[test]
    fn a_torn_last_record_is_dropped_before_the_next_append() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("incidents.jsonl");
        append(&log, &record("pg-1")).unwrap();
        let whole = std::fs::read(&log).unwrap();
        // A second writer killed mid-write: half a record, no newline.
        let mut torn = whole.clone();
        torn.extend_from_slice(&whole[..whole.len() / 2]);
        std::fs::write(&log, &torn).unwrap();
        append(&log, &record("pg-2")).unwrap();
        let text = std::fs::read_to_string(&log).unwrap();
        let ids: Vec<String> = text
            .lines()
            .map(|l| serde_json::from_str::<Incident>(l).unwrap().id)
            .collect();
        assert_eq!(ids, ["pg-1", "pg-2"]);
        // A torn first record leaves an empty file behind it.
        std::fs::write(&log, &whole[..10]).unwrap();
        append(&log, &record("pg-3")).unwrap();
        let text = std::fs::read_to_string(&log).unwrap();
        assert_eq!(text.lines().count(), 1);
        assert!(text.contains("pg-3"));
    }
}

#[cfg(test)]
mod syslog_tests {
    use super::*;

    #[test]
    fn syslog_message_is_rfc5424_with_the_json_record() {
        let dir = tempfile::tempdir().unwrap();
        let sock_path = dir.path().join("log.sock");
        let server = std::os::unix::net::UnixDatagram::bind(&sock_path).unwrap();
        let record = Incident {
            repository: "group/app".into(),
            ..super::append_tests::record("pg-1")
        };
        send_syslog(&sock_path, &record).unwrap();
        let mut buf = [0u8; 4096];
        let n = server.recv(&mut buf).unwrap();
        let msg = std::str::from_utf8(&buf[..n]).unwrap();
        // <authpriv(10)*8 + warning(4)>, version 1, timestamp, host, app, pid, msgid, no SD.
        assert!(msg.starts_with("<84>1 2026-11-29T10:00:00Z "), "{msg}");
        assert!(msg.contains(" pushguard "), "{msg}");
        assert!(msg.contains(" blocked - {"), "{msg}");
        let json = &msg[msg.find('{').unwrap()..];
        let back: Incident = serde_json::from_str(json).unwrap();
        assert_eq!(back.id, "pg-1");
    }
}
