//! Smart HTTP: nginx + fcgiwrap + git http-backend.

use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::process::Command;

use super::{is_root, quote, start_on_free_port, Server};
use crate::support::{path_str, Env};

pub struct HttpServer {
    // Field order is drop order: nginx first, then its backend.
    _nginx: Server,
    _fcgi: Server,
    port: u16,
}

impl HttpServer {
    /// URL of the test's server repository with `user`'s credentials.
    pub fn url(&self, user: &str, password: &str) -> String {
        format!("http://{user}:{password}@127.0.0.1:{}/server.git", self.port)
    }
}

/// nginx (basic auth with `users`) in front of fcgiwrap running
/// `git http-backend` for the repositories under `env.root`. The hook gets
/// `PUSHGUARD_CONFIG`, `PUSHGUARD_LOG` and `TMPDIR` only through
/// `fastcgi_param`: fcgiwrap itself runs without them.
pub fn start_http(env: &Env, programs: &[PathBuf], users: &[(&str, &str)]) -> HttpServer {
    let [nginx, fcgiwrap, backend] = programs else {
        panic!("start_http needs nginx, fcgiwrap and git-http-backend")
    };
    env.server_git(&["config", "http.receivepack", "true"]);
    let dir = env.root.join("http");
    for d in ["", "logs", "temp"] {
        std::fs::create_dir_all(dir.join(d)).expect("mkdir http");
    }
    let htpasswd: String = users.iter().map(|(u, p)| format!("{u}:{{PLAIN}}{p}\n")).collect();
    std::fs::write(dir.join("htpasswd"), htpasswd).expect("write htpasswd");

    let sock = dir.join("fcgi.sock");
    let mut fcgi_cmd = env.command(fcgiwrap);
    fcgi_cmd
        .env_remove("PUSHGUARD_CONFIG")
        .env_remove("PUSHGUARD_LOG")
        .env_remove("TMPDIR")
        .args(["-c", "24", "-s"])
        .arg(format!("unix:{}", path_str(&sock)))
        .current_dir(&dir);
    let mut fcgi = Server::spawn("fcgiwrap", fcgi_cmd, &dir.join("logs/fcgiwrap.log"));
    assert!(
        fcgi.wait_ready(|| UnixStream::connect(&sock).is_ok()),
        "fcgiwrap exited:\n{}",
        fcgi.log_text()
    );

    // `-e` (nginx >= 1.19.5) keeps nginx from opening its default error log
    // before it reads the configuration.
    let help = Command::new(nginx).arg("-h").output().expect("nginx -h");
    let has_e = String::from_utf8_lossy(&help.stderr).contains("-e filename");
    let d = quote(&dir);
    let (nginx_log, config_path) = (dir.join("logs/nginx.log"), dir.join("nginx.conf"));
    let (_nginx, port) = start_on_free_port("nginx", &nginx_log, |port| {
        let user = if is_root() { "user root;\n" } else { "" };
        let conf = format!(
            r#"{user}worker_processes 1;
pid "{d}/nginx.pid";
error_log "{d}/logs/error.log" info;
events {{ worker_connections 512; }}
http {{
    access_log "{d}/logs/access.log";
    client_body_temp_path "{d}/temp/body";
    fastcgi_temp_path "{d}/temp/fastcgi";
    proxy_temp_path "{d}/temp/proxy";
    uwsgi_temp_path "{d}/temp/uwsgi";
    scgi_temp_path "{d}/temp/scgi";
    client_max_body_size 0;
    fastcgi_read_timeout 120s;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            auth_basic "git";
            auth_basic_user_file "{d}/htpasswd";
            fastcgi_pass "unix:{sock}";
            fastcgi_param SCRIPT_FILENAME "{backend}";
            fastcgi_param QUERY_STRING $query_string;
            fastcgi_param REQUEST_METHOD $request_method;
            fastcgi_param CONTENT_TYPE $content_type;
            fastcgi_param CONTENT_LENGTH $content_length;
            fastcgi_param PATH_INFO $uri;
            fastcgi_param GATEWAY_INTERFACE CGI/1.1;
            fastcgi_param SERVER_PROTOCOL $server_protocol;
            fastcgi_param REMOTE_ADDR $remote_addr;
            fastcgi_param REMOTE_USER $remote_user;
            fastcgi_param GIT_PROJECT_ROOT "{root}";
            fastcgi_param GIT_HTTP_EXPORT_ALL 1;
            fastcgi_param PUSHGUARD_CONFIG "{config}";
            fastcgi_param PUSHGUARD_LOG "{log}";
            fastcgi_param TMPDIR "{tmp}";
        }}
    }}
}}
"#,
            sock = quote(&sock),
            backend = quote(backend),
            root = quote(&env.root),
            config = quote(&env.config),
            log = quote(&env.log),
            tmp = quote(&env.tmpdir),
        );
        std::fs::write(&config_path, conf).expect("write nginx.conf");
        let mut c = env.command(nginx);
        c.arg("-p").arg(&dir);
        if has_e {
            c.arg("-e").arg(dir.join("logs/error.log"));
        }
        c.arg("-c").arg(&config_path).args(["-g", "daemon off;"]);
        c
    });
    HttpServer {
        _nginx,
        _fcgi: fcgi,
        port,
    }
}
