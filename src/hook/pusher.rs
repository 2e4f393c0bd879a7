//! Step 1, hook input: who pushed, and to which repository, from the
//! variables git servers (plain ssh, GitLab, Gitea/Forgejo) set.

use serde::{Deserialize, Serialize};

/// The pusher as the server knows them. `source` names the variable used.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pusher {
    pub name: String,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_addr: Option<String>,
}

fn var(k: &str) -> Option<String> {
    std::env::var(k).ok().filter(|v| !v.is_empty())
}

impl Pusher {
    /// GitLab, then Gitea/Forgejo, then HTTP `REMOTE_USER`, then the Unix user.
    pub fn from_env() -> Pusher {
        let remote_addr =
            var("REMOTE_ADDR").or_else(|| var("SSH_CLIENT").and_then(|c| c.split(' ').next().map(str::to_string)));
        let protocol = var("GL_PROTOCOL").or_else(|| {
            if var("SSH_CONNECTION").is_some() {
                Some("ssh".into())
            } else if var("GATEWAY_INTERFACE").is_some() || var("REMOTE_USER").is_some() {
                Some("http".into())
            } else if var("REMOTE_ADDR").is_some() {
                // git daemon exports REMOTE_ADDR and REMOTE_PORT, but no CGI variables.
                Some("git".into())
            } else {
                None
            }
        });
        let base = Pusher {
            protocol,
            remote_addr,
            ..Pusher::default()
        };
        if let Some(name) = var("GL_USERNAME") {
            return Pusher {
                name,
                source: "GL_USERNAME".into(),
                id: var("GL_ID"),
                ..base
            };
        }
        if let Some(name) = var("GITEA_PUSHER_NAME") {
            return Pusher {
                name,
                source: "GITEA_PUSHER_NAME".into(),
                id: var("GITEA_PUSHER_ID"),
                email: var("GITEA_PUSHER_EMAIL"),
                ..base
            };
        }
        if let Some(name) = var("REMOTE_USER") {
            return Pusher {
                name,
                source: "REMOTE_USER".into(),
                ..base
            };
        }
        // SAFETY: getuid cannot fail and has no preconditions.
        let uid = unsafe { libc::getuid() };
        let name = user_name(uid)
            .or_else(|| var("USER"))
            .or_else(|| var("LOGNAME"))
            .unwrap_or_else(|| format!("uid {uid}"));
        Pusher {
            name,
            source: "unix-user".into(),
            id: Some(uid.to_string()),
            ..base
        }
    }
}

/// The account name of `uid` from the password database.
fn user_name(uid: libc::uid_t) -> Option<String> {
    let mut pwd = std::mem::MaybeUninit::<libc::passwd>::uninit();
    let mut buf = vec![0 as libc::c_char; 4096];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: all pointers are valid for the given sizes; on success `result`
    // points at `pwd`, whose strings live in `buf`.
    let rc = unsafe { libc::getpwuid_r(uid, pwd.as_mut_ptr(), buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return None;
    }
    // SAFETY: getpwuid_r succeeded, so pw_name is a NUL-terminated string in `buf`.
    let name = unsafe { std::ffi::CStr::from_ptr((*result).pw_name) };
    name.to_str().ok().filter(|n| !n.is_empty()).map(str::to_string)
}

/// The repository's name for records: GitLab's project path, Gitea's
/// owner/name, else the absolute git directory.
pub fn repository_name(git_dir: &std::path::Path) -> String {
    if let Some(p) = var("GL_PROJECT_PATH") {
        return p;
    }
    if let (Some(owner), Some(name)) = (var("GITEA_REPO_USER_NAME"), var("GITEA_REPO_NAME")) {
        return format!("{owner}/{name}");
    }
    let abs = std::fs::canonicalize(git_dir).unwrap_or_else(|_| git_dir.to_path_buf());
    crate::text::display_bytes(abs.as_os_str().as_encoded_bytes())
}
