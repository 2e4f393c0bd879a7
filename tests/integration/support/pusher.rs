//! Who pushed: the account the tests run as, as the hook sees it, and the
//! pusher an incident record must name (name, source, protocol, address).

use std::process::Command;

use serde_json::Value;

/// The account name of the user running the tests, as the hook sees it.
pub fn unix_user() -> String {
    let o = Command::new("id").arg("-un").output().expect("run id -un");
    assert!(o.status.success(), "id -un failed");
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

/// Who the incident records must name as pusher.
pub struct Pusher<'a> {
    pub name: &'a str,
    pub source: &'a str,
    pub protocol: Option<&'a str>,
    pub remote_addr: Option<&'a str>,
}

#[track_caller]
pub fn assert_pusher(record: &Value, p: &Pusher) {
    let got = &record["pusher"];
    assert_eq!(got["name"], p.name, "pusher name in {record}");
    assert_eq!(got["source"], p.source, "pusher source in {record}");
    if let Some(proto) = p.protocol {
        assert_eq!(got["protocol"], proto, "pusher protocol in {record}");
    }
    if let Some(addr) = p.remote_addr {
        assert_eq!(got["remote_addr"], addr, "pusher address in {record}");
    }
}
