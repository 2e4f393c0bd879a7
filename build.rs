//! Embeds every `detectors/*.toml` file into the binary as one JSON
//! document, without the examples (tests and `pushguard detectors check`
//! read those from the files). JSON parses several times faster than TOML,
//! which matters for a hook that starts on every push.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("detectors");
    println!("cargo:rerun-if-changed=detectors");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("detectors/ directory")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let text = fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let mut value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        for key in ["detector", "decoder", "keyed"] {
            if let Some(toml::Value::Array(items)) = value.get_mut(key) {
                for item in items {
                    if let toml::Value::Table(t) = item {
                        t.remove("examples");
                    }
                }
            }
        }
        let name = f.file_name().expect("file name").to_string_lossy().to_string();
        all.push(serde_json::json!([name, value]));
    }
    let json = serde_json::to_string(&all).expect("detectors as JSON");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_detectors.json");
    fs::write(dest, json).expect("write embedded detectors");
}
