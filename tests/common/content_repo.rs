//! A network's content repository for the tests of `relais content update` (the command in
//! tests/integration/content_update.rs, the admin screen's button in
//! tests/interface/admin_screen.rs): a bare repository in a temporary folder stands for the
//! network's, an editor's working copy pushes to it, and tags are signed with SSH keys made by
//! ssh-keygen. The content is one procedure in French, so that building its speech clips with
//! espeak-ng takes seconds.

use std::path::{Path, PathBuf};
use std::process::Command;

/// git, with no user or system configuration, as an editor on their own machine.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Éditrice")
        .env("GIT_AUTHOR_EMAIL", "editor@example.org")
        .env("GIT_COMMITTER_NAME", "Éditrice")
        .env("GIT_COMMITTER_EMAIL", "editor@example.org")
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn ssh_key(dir: &Path, name: &str) -> PathBuf {
    let key = dir.join(name);
    let status = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(&key)
        .status()
        .expect("ssh-keygen runs");
    assert!(status.success());
    key
}

/// The editors' side: a working copy that pushes to the "network's" bare repository.
pub struct Editor {
    pub work: PathBuf,
}

impl Editor {
    pub fn write(&self, file: &str, text: &str) {
        std::fs::write(self.work.join(file), text).unwrap();
    }

    pub fn commit(&self, message: &str) {
        git(&self.work, &["add", "-A"]);
        git(&self.work, &["commit", "-q", "-m", message]);
        git(&self.work, &["push", "-q", "origin", "HEAD:main"]);
    }

    /// A tag signed with `key` (`None`: an annotated tag without a signature), pushed.
    pub fn tag(&self, name: &str, key: Option<&Path>) {
        match key {
            Some(key) => {
                let signing_key = format!("user.signingkey={}", key.display());
                git(
                    &self.work,
                    &[
                        "-c",
                        "gpg.format=ssh",
                        "-c",
                        &signing_key,
                        "tag",
                        "-s",
                        name,
                        "-m",
                        name,
                    ],
                );
            }
            None => {
                git(&self.work, &["tag", "-a", name, "-m", name]);
            }
        }
        git(&self.work, &["push", "-q", "origin", name]);
    }
}

/// One procedure, its documents and glossary, and the French texts.
pub fn small_content(into: &Path) {
    let repo = super::repo_root();
    std::fs::create_dir_all(into.join("content")).unwrap();
    std::fs::create_dir_all(into.join("locales/fr")).unwrap();
    for file in ["cant-log-in.toml", "documents.toml", "glossary.toml"] {
        std::fs::copy(
            repo.join("content").join(file),
            into.join("content").join(file),
        )
        .unwrap();
    }
    for file in [
        "cant-log-in.ftl",
        "agent.ftl",
        "kiosk.ftl",
        "documents.ftl",
        "glossary.ftl",
        "language.toml",
        "plain-language.toml",
    ] {
        std::fs::copy(
            repo.join("locales/fr").join(file),
            into.join("locales/fr").join(file),
        )
        .unwrap();
    }
}

/// The network's bare repository and an editor's working copy that pushed the small content
/// to its `main` branch (no tag yet).
pub struct Network {
    pub remote: PathBuf,
    pub editor: Editor,
}

impl Network {
    /// `network.git` and `editor/` in `dir`.
    pub fn new(dir: &Path) -> Network {
        let remote = dir.join("network.git");
        std::fs::create_dir(&remote).unwrap();
        git(&remote, &["init", "-q", "--bare", "--initial-branch=main"]);
        let editor = Editor {
            work: dir.join("editor"),
        };
        std::fs::create_dir(&editor.work).unwrap();
        git(&editor.work, &["init", "-q", "--initial-branch=main"]);
        git(
            &editor.work,
            &["remote", "add", "origin", remote.to_str().unwrap()],
        );
        small_content(&editor.work);
        editor.commit("first content");
        Network { remote, editor }
    }
}

/// An allowed-signers file at `file` trusting the public half of `key` (`ssh_key`).
pub fn allowed_signers(file: &Path, key: &Path) {
    let public = std::fs::read_to_string(key.with_extension("pub")).unwrap();
    std::fs::write(file, format!("editor@example.org {public}")).unwrap();
}
