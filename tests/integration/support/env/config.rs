//! `Env`: the pushguard configuration file the hook reads and the incident
//! log it writes.

use std::path::Path;

use serde_json::Value;

use super::Env;

impl Env {
    /// Writes the configuration file (plus the fallback detector directory
    /// when the build needs it).
    pub fn set_config(&self, toml: &str) {
        let mut text = toml.to_string();
        if let Some(dir) = &self.fallback_dir {
            text.push_str(&format!("\n[detectors]\nextra_dirs = [\"{}\"]\n", dir.display()));
        }
        std::fs::write(&self.config, text).expect("write config");
    }

    /// Writes the configuration file with `dir` as one more detector
    /// directory (after the fallback one, when the build needs it).
    pub fn set_config_with_detector_dir(&self, toml: &str, dir: &Path) {
        let dirs: Vec<String> = self
            .fallback_dir
            .iter()
            .chain(std::iter::once(&dir.to_path_buf()))
            .map(|d| format!("{:?}", d.display().to_string()))
            .collect();
        let text = format!("{toml}\n[detectors]\nextra_dirs = [{}]\n", dirs.join(", "));
        std::fs::write(&self.config, text).expect("write config");
    }

    /// Writes the configuration file byte for byte.
    pub fn set_raw_config(&self, text: &str) {
        std::fs::write(&self.config, text).expect("write config");
    }

    // --- the incident log --------------------------------------------------

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Every record of the incident log, each line parsed as JSON.
    pub fn incidents(&self) -> Vec<Value> {
        self.log_text()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("incident log line is not JSON ({e}): {l}")))
            .collect()
    }
}

/// The server configuration with bypass enabled for `users`.
pub fn bypass_config(env: &Env, users: &[&str]) {
    let list: Vec<String> = users.iter().map(|u| format!("{u:?}")).collect();
    env.set_config(&format!("[bypass]\nenabled = true\nusers = [{}]\n", list.join(", ")));
}

/// The last record of the incident log (every line must parse).
pub fn last_incident(env: &Env) -> Value {
    env.incidents().pop().expect("an incident record")
}
