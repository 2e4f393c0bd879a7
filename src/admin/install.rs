//! `pushguard install`, `uninstall` and `doctor`: putting the hook where
//! each kind of git server runs it, without losing what the admin had.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// First line after the shebang of every script pushguard writes.
pub const MARKER: &str = "# installed by pushguard install; remove with pushguard uninstall";
/// Where an existing pre-receive hook is kept when pushguard chains it.
pub const CHAINED: &str = "pre-receive.pushguard-chained";
/// Name of the hook inside `pre-receive.d/` directories (GitLab, Gitea).
pub const DROP_IN: &str = "pushguard";

#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path} is not a git repository (no HEAD, objects/ and refs/)")]
    NotRepo { path: PathBuf },
    #[error("{path}: {message}")]
    Refused { path: PathBuf, message: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> InstallError + '_ {
    move |source| InstallError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Where to install.
#[derive(Debug, Clone)]
pub enum Target {
    /// A repository's own `hooks/pre-receive` (chaining an existing hook).
    Repo(PathBuf),
    /// A shared directory for `core.hooksPath` (chaining likewise).
    HooksPath(PathBuf),
    /// GitLab's global `custom_hooks_dir`: `<dir>/pre-receive.d/pushguard`.
    Gitlab(PathBuf),
    /// Every repository under a Gitea/Forgejo root: `hooks/pre-receive.d/pushguard`.
    GiteaRoot(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Options {
    /// The binary the hook runs (absolute).
    pub binary: PathBuf,
    /// A configuration file to pass with `--config`, if any.
    pub config: Option<PathBuf>,
    pub dry_run: bool,
}

/// The script every installed hook consists of.
pub fn hook_script(opts: &Options, chained: bool) -> String {
    let mut cmd = format!("{} pre-receive", sh_quote(&opts.binary.to_string_lossy()));
    if let Some(c) = &opts.config {
        cmd = format!(
            "{} --config {} pre-receive",
            sh_quote(&opts.binary.to_string_lossy()),
            sh_quote(&c.to_string_lossy())
        );
    }
    if !chained {
        return format!("#!/bin/sh\n{MARKER}\nexec {cmd}\n");
    }
    format!(
        r#"#!/bin/sh
{MARKER}
# pushguard runs first; the hook that was here before runs after it, with the
# same input, and keeps its own verdict.
input=$(mktemp "${{TMPDIR:-/tmp}}/pushguard-stdin.XXXXXX") || exit 2
trap 'rm -f "$input"' EXIT
cat > "$input" || exit 2
{cmd} < "$input" || exit $?
"$(dirname "$0")/{CHAINED}" "$@" < "$input"
"#
    )
}

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// One change made (or, with `--dry-run`, that would be made).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub path: PathBuf,
    pub what: String,
}

pub fn install(target: &Target, opts: &Options) -> Result<Vec<Change>, InstallError> {
    match target {
        Target::Repo(path) => {
            let git_dir = git_dir(path)?;
            install_chained(&git_dir.join("hooks"), opts)
        }
        Target::HooksPath(dir) => install_chained(dir, opts),
        Target::Gitlab(dir) => install_drop_in(&dir.join("pre-receive.d"), opts),
        Target::GiteaRoot(root) => {
            let mut changes = Vec::new();
            for repo in find_repositories(root)? {
                changes.extend(install_drop_in(&repo.join("hooks/pre-receive.d"), opts)?);
            }
            Ok(changes)
        }
    }
}

pub fn uninstall(target: &Target, dry_run: bool) -> Result<Vec<Change>, InstallError> {
    match target {
        Target::Repo(path) => uninstall_chained(&git_dir(path)?.join("hooks"), dry_run),
        Target::HooksPath(dir) => uninstall_chained(dir, dry_run),
        Target::Gitlab(dir) => uninstall_drop_in(&dir.join("pre-receive.d"), dry_run),
        Target::GiteaRoot(root) => {
            let mut changes = Vec::new();
            for repo in find_repositories(root)? {
                changes.extend(uninstall_drop_in(&repo.join("hooks/pre-receive.d"), dry_run)?);
            }
            Ok(changes)
        }
    }
}

/// The git directory of a bare repository or of a work tree.
pub fn git_dir(path: &Path) -> Result<PathBuf, InstallError> {
    for candidate in [path.join(".git"), path.to_path_buf()] {
        if is_repo(&candidate) {
            return Ok(candidate);
        }
    }
    Err(InstallError::NotRepo {
        path: path.to_path_buf(),
    })
}

fn is_repo(dir: &Path) -> bool {
    dir.join("HEAD").is_file() && dir.join("objects").is_dir() && dir.join("refs").is_dir()
}

/// Bare repositories below a Gitea/Forgejo root (`owner/name.git`), sorted.
pub fn find_repositories(root: &Path) -> Result<Vec<PathBuf>, InstallError> {
    let mut out = Vec::new();
    let mut stack = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = stack.pop() {
        if is_repo(&dir) {
            out.push(dir);
            continue;
        }
        if depth >= 3 {
            continue;
        }
        for entry in std::fs::read_dir(&dir).map_err(io(&dir))? {
            let entry = entry.map_err(io(&dir))?;
            let ft = entry.file_type().map_err(io(&dir))?;
            if ft.is_dir() {
                stack.push((entry.path(), depth + 1));
            }
        }
    }
    out.sort();
    Ok(out)
}

fn is_ours(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|d| d.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()))
}

fn write_script(path: &Path, content: &str, dry_run: bool) -> Result<Option<Change>, InstallError> {
    if std::fs::read(path).is_ok_and(|d| d == content.as_bytes()) {
        return Ok(None);
    }
    let what = if path.exists() { "updated" } else { "installed" };
    if !dry_run {
        if let Some(dir) = path.parent() {
            // Not world-writable whatever the umask: git runs what is here.
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o755)
                .create(dir)
                .map_err(io(dir))?;
        }
        let tmp = path.with_extension("pushguard-tmp");
        // A fresh file (never one left behind or planted there, never through
        // a symlink), private until it is complete, then 0755 whatever the
        // umask, and renamed into place.
        match std::fs::remove_file(&tmp) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&tmp)(e)),
            _ => {}
        }
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o700)
            .open(&tmp)
            .map_err(io(&tmp))?;
        file.write_all(content.as_bytes()).map_err(io(&tmp))?;
        file.set_permissions(std::fs::Permissions::from_mode(0o755))
            .map_err(io(&tmp))?;
        drop(file);
        std::fs::rename(&tmp, path).map_err(io(path))?;
    }
    Ok(Some(Change {
        path: path.to_path_buf(),
        what: what.into(),
    }))
}

fn install_chained(hooks: &Path, opts: &Options) -> Result<Vec<Change>, InstallError> {
    let hook = hooks.join("pre-receive");
    let chained = hooks.join(CHAINED);
    let mut changes = Vec::new();
    let existing = std::fs::symlink_metadata(&hook).is_ok();
    if existing && !is_ours(&hook) {
        if std::fs::symlink_metadata(&chained).is_ok() {
            return Err(InstallError::Refused {
                path: hook,
                message: format!("a foreign pre-receive hook and {CHAINED} both exist; move one away first"),
            });
        }
        if !opts.dry_run {
            std::fs::rename(&hook, &chained).map_err(io(&hook))?;
        }
        changes.push(Change {
            path: chained.clone(),
            what: "kept the existing pre-receive hook here; it runs after pushguard".into(),
        });
    }
    let chain = std::fs::symlink_metadata(&chained).is_ok() || !changes.is_empty();
    changes.extend(write_script(&hook, &hook_script(opts, chain), opts.dry_run)?);
    Ok(changes)
}

fn uninstall_chained(hooks: &Path, dry_run: bool) -> Result<Vec<Change>, InstallError> {
    let hook = hooks.join("pre-receive");
    let chained = hooks.join(CHAINED);
    let mut changes = Vec::new();
    if std::fs::symlink_metadata(&hook).is_ok() {
        if !is_ours(&hook) {
            return Err(InstallError::Refused {
                path: hook,
                message: "this pre-receive hook was not installed by pushguard; left alone".into(),
            });
        }
        if !dry_run {
            std::fs::remove_file(&hook).map_err(io(&hook))?;
        }
        changes.push(Change {
            path: hook.clone(),
            what: "removed".into(),
        });
    }
    if std::fs::symlink_metadata(&chained).is_ok() {
        if !dry_run {
            std::fs::rename(&chained, &hook).map_err(io(&chained))?;
        }
        changes.push(Change {
            path: hook,
            what: "restored the original pre-receive hook".into(),
        });
    }
    Ok(changes)
}

fn install_drop_in(dir: &Path, opts: &Options) -> Result<Vec<Change>, InstallError> {
    let path = dir.join(DROP_IN);
    if std::fs::symlink_metadata(&path).is_ok() && !is_ours(&path) {
        return Err(InstallError::Refused {
            path,
            message: "a file of that name exists and was not installed by pushguard".into(),
        });
    }
    Ok(write_script(&path, &hook_script(opts, false), opts.dry_run)?
        .into_iter()
        .collect())
}

fn uninstall_drop_in(dir: &Path, dry_run: bool) -> Result<Vec<Change>, InstallError> {
    let path = dir.join(DROP_IN);
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(Vec::new());
    }
    if !is_ours(&path) {
        return Err(InstallError::Refused {
            path,
            message: "not installed by pushguard; left alone".into(),
        });
    }
    if !dry_run {
        std::fs::remove_file(&path).map_err(io(&path))?;
    }
    Ok(vec![Change {
        path,
        what: "removed".into(),
    }])
}

/// What the running binary is, for scripts that must find it again.
pub fn current_binary() -> Result<PathBuf, InstallError> {
    std::env::current_exe().map_err(|source| InstallError::Io {
        path: PathBuf::from("(current executable)"),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Options {
        Options {
            binary: PathBuf::from("/usr/local/bin/pushguard"),
            config: None,
            dry_run: false,
        }
    }

    fn bare(dir: &Path) -> PathBuf {
        let repo = dir.join("r.git");
        for d in ["objects", "refs", "hooks"] {
            std::fs::create_dir_all(repo.join(d)).unwrap();
        }
        std::fs::write(repo.join("HEAD"), "ref: refs/heads/main\n").unwrap();
        repo
    }

    #[test]
    fn chains_and_restores_an_existing_hook() {
        let tmp = tempfile::tempdir().unwrap();
        let repo = bare(tmp.path());
        let original = "#!/bin/sh\necho admin hook\n";
        std::fs::write(repo.join("hooks/pre-receive"), original).unwrap();
        let t = Target::Repo(repo.clone());
        let changes = install(&t, &opts()).unwrap();
        assert_eq!(changes.len(), 2);
        assert_eq!(
            std::fs::read_to_string(repo.join("hooks").join(CHAINED)).unwrap(),
            original
        );
        assert!(is_ours(&repo.join("hooks/pre-receive")));
        // Idempotent.
        assert!(install(&t, &opts()).unwrap().is_empty());
        uninstall(&t, false).unwrap();
        assert_eq!(
            std::fs::read_to_string(repo.join("hooks/pre-receive")).unwrap(),
            original
        );
        assert!(!repo.join("hooks").join(CHAINED).exists());
    }

    #[test]
    fn gitea_root_is_idempotent_with_dry_run() {
        let tmp = tempfile::tempdir().unwrap();
        for r in ["alice/app.git", "bob/lib.git"] {
            let p = tmp.path().join(r);
            for d in ["objects", "refs", "hooks"] {
                std::fs::create_dir_all(p.join(d)).unwrap();
            }
            std::fs::write(p.join("HEAD"), "ref: refs/heads/main\n").unwrap();
        }
        let t = Target::GiteaRoot(tmp.path().to_path_buf());
        let dry = Options {
            dry_run: true,
            ..opts()
        };
        assert_eq!(install(&t, &dry).unwrap().len(), 2);
        assert!(!tmp.path().join("alice/app.git/hooks/pre-receive.d/pushguard").exists());
        assert_eq!(install(&t, &opts()).unwrap().len(), 2);
        assert!(install(&t, &opts()).unwrap().is_empty());
        assert_eq!(uninstall(&t, false).unwrap().len(), 2);
    }
}
