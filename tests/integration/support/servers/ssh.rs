//! ssh: a private sshd with a forced command.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::{is_root, quote, start_on_free_port, Server};
use crate::support::{path_str, unix_user, Env};

pub struct SshServer {
    _sshd: Server,
    port: u16,
    pub user: String,
}

impl SshServer {
    pub fn url(&self, env: &Env) -> String {
        format!("ssh://{}@127.0.0.1:{}{}", self.user, self.port, path_str(&env.server))
    }
}

/// sshd on a free port with a fresh host key; the client key's
/// `authorized_keys` entry forces a script that exports pushguard's
/// variables and runs the requested git command. Sets `GIT_SSH_COMMAND`
/// for every later command of `env`.
pub fn start_sshd(env: &Env, programs: &[PathBuf]) -> SshServer {
    let [sshd, _ssh, keygen] = programs else {
        panic!("start_sshd needs sshd, ssh and ssh-keygen")
    };
    let dir = env.root.join("ssh");
    std::fs::create_dir_all(&dir).expect("mkdir ssh");
    for key in ["host_key", "client_key"] {
        let o = env
            .command(keygen)
            .args(["-q", "-t", "ed25519", "-N", "", "-C", "pushguard-test", "-f"])
            .arg(dir.join(key))
            .output()
            .expect("run ssh-keygen");
        assert!(o.status.success(), "ssh-keygen: {}", String::from_utf8_lossy(&o.stderr));
    }
    // The session's environment is sshd's, not the test's: the forced
    // command sets everything the hook needs.
    let serve = dir.join("serve.sh");
    let path = std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into());
    assert!(!path.contains(['\'', '\n']), "unusual PATH");
    std::fs::write(
        &serve,
        format!(
            "#!/bin/sh\nexport PATH='{path}' HOME='{home}' TMPDIR='{tmp}' LC_ALL=C GIT_CONFIG_NOSYSTEM=1\n\
             export PUSHGUARD_CONFIG='{config}' PUSHGUARD_LOG='{log}'\nexec sh -c \"$SSH_ORIGINAL_COMMAND\"\n",
            home = quote(&env.home),
            tmp = quote(&env.tmpdir),
            config = quote(&env.config),
            log = quote(&env.log),
        ),
    )
    .expect("write serve.sh");
    std::fs::set_permissions(&serve, std::fs::Permissions::from_mode(0o755)).expect("chmod serve.sh");
    let client_pub = std::fs::read_to_string(dir.join("client_key.pub")).expect("read client key");
    std::fs::write(
        dir.join("authorized_keys"),
        format!(
            "command=\"{}\",no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty {}",
            quote(&serve),
            client_pub.trim_end()
        ) + "\n",
    )
    .expect("write authorized_keys");
    if is_root() && !Path::new("/run/sshd").is_dir() {
        // sshd's privilege separation directory (needed when run as root).
        std::fs::create_dir_all("/run/sshd").expect("create /run/sshd");
        std::fs::set_permissions("/run/sshd", std::fs::Permissions::from_mode(0o755)).expect("chmod /run/sshd");
    }
    let d = quote(&dir);
    std::fs::write(
        dir.join("sshd_config"),
        format!(
            "ListenAddress 127.0.0.1\nHostKey {d}/host_key\nAuthorizedKeysFile {d}/authorized_keys\n\
             PidFile {d}/sshd.pid\nStrictModes no\nUsePAM no\nPermitRootLogin prohibit-password\n\
             PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n\
             PermitUserEnvironment no\nUseDNS no\nPrintMotd no\nMaxStartups 50\n"
        ),
    )
    .expect("write sshd_config");
    let (sshd_server, port) = start_on_free_port("sshd", &dir.join("sshd.log"), |port| {
        let mut c = env.command(sshd);
        c.args(["-D", "-e", "-f"])
            .arg(dir.join("sshd_config"))
            .args(["-p", &port.to_string()]);
        c
    });
    env.set_env(
        "GIT_SSH_COMMAND",
        &format!(
            "ssh -F /dev/null -i {d}/client_key -o IdentitiesOnly=yes -o BatchMode=yes \
             -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o ConnectTimeout=20"
        ),
    );
    SshServer {
        _sshd: sshd_server,
        port,
        user: unix_user(),
    }
}
