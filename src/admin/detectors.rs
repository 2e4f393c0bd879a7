//! `pushguard detectors list` and `pushguard detectors check DIR`.

use std::path::Path;

use serde::Serialize;

use crate::engine::{Engine, Limits, SpecSet};

/// One problem found by `detectors check`, naming file, detector and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub detector: String,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: detector {:?}: {}: {}",
            self.file, self.detector, self.field, self.message
        )
    }
}

impl Problem {
    fn new(file: &str, detector: &str, field: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.into(),
            detector: detector.into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Validates a set of detector specs: schema (already enforced by parsing),
/// compilation within limits, unique ids, example counts, and that every
/// example behaves when run through the real engine.
pub fn check_specs(set: &SpecSet, limits: &Limits) -> Vec<Problem> {
    let mut problems = Vec::new();
    // Compile one detector at a time so that every broken one is reported.
    let mut good = SpecSet {
        detectors: Vec::new(),
        decoders: Vec::new(),
        global: set.global.clone(),
    };
    let mut ids = std::collections::HashMap::new();
    let mut duplicate =
        |file: &str, id: &str, problems: &mut Vec<Problem>| match ids.insert(id.to_string(), file.to_string()) {
            Some(first) => {
                problems.push(Problem::new(
                    file,
                    id,
                    "id",
                    format!("duplicate id, first defined in {first}"),
                ));
                true
            }
            None => false,
        };
    for d in &set.detectors {
        if duplicate(&d.file, &d.spec.id, &mut problems) {
            continue;
        }
        let single = SpecSet {
            detectors: vec![d.clone()],
            decoders: Vec::new(),
            global: set.global.clone(),
        };
        match Engine::from_specs(single, limits).and_then(|e| Ok(e.compile_all()?)) {
            Ok(()) => good.detectors.push(d.clone()),
            Err(crate::engine::EngineError::Compile(e)) => {
                problems.push(Problem::new(&e.file, &e.id, e.field, e.message))
            }
            Err(e) => problems.push(Problem::new(&d.file, &d.spec.id, "-", e.to_string())),
        }
        // A detector whose every value is publishable shows its
        // positives as publishable examples.
        let always = d.spec.publishable.as_ref().is_some_and(|p| p.always);
        let shown = if always {
            ("examples.publishable", d.spec.examples.publishable.len())
        } else {
            ("examples.positive", d.spec.examples.positive.len())
        };
        let negative = ("examples.negative", d.spec.examples.negative.len());
        problems.extend(too_few_examples(&d.file, &d.spec.id, [shown, negative]));
    }
    for (file, d) in &set.decoders {
        if duplicate(file, &d.id, &mut problems) {
            continue;
        }
        let single = SpecSet {
            detectors: Vec::new(),
            decoders: vec![(file.clone(), d.clone())],
            global: set.global.clone(),
        };
        match Engine::from_specs(single, limits) {
            Ok(_) => good.decoders.push((file.clone(), d.clone())),
            Err(e) => problems.push(Problem::new(file, &d.id, "-", e.to_string())),
        }
        let counts = [
            ("examples.positive", d.examples.positive.len()),
            ("examples.negative", d.examples.negative.len()),
        ];
        problems.extend(too_few_examples(file, &d.id, counts));
    }
    match Engine::from_specs(good, limits) {
        Ok(engine) => problems.extend(check_examples(&engine)),
        Err(e) => problems.push(Problem::new("(all)", "(all)", "-", e.to_string())),
    }
    problems
}

/// A problem for each kind of example with fewer than two.
fn too_few_examples<'a>(
    file: &'a str,
    id: &'a str,
    counts: [(&'a str, usize); 2],
) -> impl Iterator<Item = Problem> + 'a {
    counts
        .into_iter()
        .filter(|&(_, n)| n < 2)
        .map(move |(field, n)| Problem::new(file, id, field, format!("has {n} examples; at least 2 are required")))
}

/// Runs every detector's examples through `engine`: each positive must
/// yield a finding of that detector, each negative must not. Decoders
/// likewise, with findings made through them.
pub fn check_examples(engine: &Engine) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, d) in engine.detectors().iter().enumerate() {
        let fired = |h: &crate::engine::Hit| h.detector == i;
        check_one(
            engine,
            &d.file,
            &d.id,
            &d.examples,
            "the detector",
            fired,
            &mut problems,
        );
    }
    for (i, d) in engine.decoders().iter().enumerate() {
        let fired = |h: &crate::engine::Hit| h.decoded.as_ref().is_some_and(|(_, dec)| *dec == i);
        check_one(
            engine,
            &d.file,
            &d.id,
            &d.examples,
            "this decoder",
            fired,
            &mut problems,
        );
    }
    problems
}

fn check_one(
    engine: &Engine,
    file: &str,
    id: &str,
    examples: &crate::engine::schema::Examples,
    who: &str,
    fired: impl Fn(&crate::engine::Hit) -> bool,
    problems: &mut Vec<Problem>,
) {
    // (field, texts, a finding is wanted, it must be publishable)
    for (kind, list, want, publishable) in [
        ("positive", &examples.positive, true, false),
        ("negative", &examples.negative, false, false),
        ("publishable", &examples.publishable, true, true),
    ] {
        for (n, text) in list.iter().enumerate() {
            let hits = engine.scan(text.as_bytes());
            let mine: Vec<_> = hits.iter().filter(|h| fired(h)).collect();
            let message = if want && mine.is_empty() {
                format!("no finding: {who} misses this example")
            } else if !want && !mine.is_empty() {
                format!("unexpected finding: {who} fires on this example")
            } else if want && !mine.iter().any(|h| h.publishable == publishable) {
                if publishable {
                    format!("{who} finds it but does not call it publishable")
                } else {
                    format!("{who} calls it publishable; list it under examples.publishable")
                }
            } else {
                continue;
            };
            problems.push(Problem {
                file: file.to_string(),
                detector: id.to_string(),
                field: format!("examples.{kind}[{n}]"),
                message,
            });
        }
    }
}

/// `detectors check DIR`.
pub fn check_dir(dir: &Path) -> Result<Vec<Problem>, crate::engine::LoadError> {
    let mut set = SpecSet::default();
    set.add_dir(dir)?;
    if set.global.stopwords.is_empty() && set.global.allow.is_empty() {
        // Extra directories run with the built-in global filters.
        set.global = SpecSet::embedded()?.global;
    }
    Ok(check_specs(&set, &Limits::default()))
}

#[derive(Debug, Serialize)]
pub struct Listed<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub severity: &'a str,
    pub keywords: &'a [String],
    pub file: &'a str,
}

pub fn list(engine: &Engine) -> Vec<Listed<'_>> {
    engine
        .detectors()
        .iter()
        .map(|d| Listed {
            id: &d.id,
            name: &d.name,
            severity: d.severity.as_str(),
            keywords: &d.keywords,
            file: &d.file,
        })
        .collect()
}

pub fn list_table(engine: &Engine) -> String {
    let rows = list(engine);
    let w_id = rows.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let w_sev = 8;
    let mut out = format!("{:<w_id$}  {:<w_sev$}  NAME\n", "ID", "SEVERITY");
    for r in &rows {
        out.push_str(&format!("{:<w_id$}  {:<w_sev$}  {}\n", r.id, r.severity, r.name));
    }
    out.push_str(&format!("{} detectors\n", rows.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shipped detector's examples, through the real engine.
    #[test]
    fn every_builtin_detector_example_behaves() {
        // The binary embeds these files without their examples; read them
        // from the source tree, as `pushguard detectors check` does.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("detectors");
        let mut set = SpecSet::default();
        set.add_dir(&dir).expect("detector files parse");
        let embedded = SpecSet::embedded().expect("embedded detectors parse");
        assert_eq!(embedded.detectors.len(), set.detectors.len());
        let problems = check_specs(&set, &Limits::default());
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(text.is_empty(), "{} problems:\n{}", text.len(), text.join("\n"));
        assert!(set.detectors.len() >= 40, "only {} detectors", set.detectors.len());
    }

    #[test]
    fn check_reports_file_detector_and_field() {
        let mut set = SpecSet::default();
        set.add_text(
            "x.toml",
            r#"
[[detector]]
id = "broken"
name = "Broken"
severity = "high"
keywords = ["abc_"]
pattern = '(abc_[a-z]{4}'
[detector.examples]
positive = ["abc_defg"]
negative = []
"#,
        )
        .expect("parses");
        let problems = check_specs(&set, &Limits::default());
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            all.iter()
                .any(|p| p.starts_with("x.toml: detector \"broken\": pattern:")),
            "{all:?}"
        );
        assert!(all.iter().any(|p| p.contains("examples.negative")), "{all:?}");
    }
}
