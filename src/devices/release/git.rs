//! The git command, run as a child process: fetch the network's content repository into a bare
//! mirror, list its tags newest first, verify a tag's SSH signature against the site's allowed
//! signers, and export a commit's files.
//!
//! Signatures are checked by git itself (`git verify-tag`, which hands SSH signatures to
//! `ssh-keygen -Y verify` with `gpg.ssh.allowedSignersFile`): relais never reads a signature.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, bail};

/// A bare mirror of the content repository, under the kiosk root.
pub struct Mirror {
    git_dir: PathBuf,
}

/// What git says of a tag's signature.
pub enum Signature {
    /// Signed by a key of the allowed-signers file: git's "Good signature" line.
    Good(String),
    /// A lightweight tag, or an annotated one with no signature.
    Unsigned,
    /// Signed, but not by an allowed key (or the signature does not match): git's words.
    Refused(String),
}

impl Mirror {
    /// Opens the mirror at `git_dir`, creating an empty bare repository the first time.
    pub fn open(git_dir: &Path) -> anyhow::Result<Mirror> {
        let mirror = Mirror {
            git_dir: git_dir.to_path_buf(),
        };
        if !git_dir.join("HEAD").is_file() {
            std::fs::create_dir_all(git_dir)
                .with_context(|| format!("{} cannot be created", git_dir.display()))?;
            mirror.run(&["init", "--quiet", "--bare"])?;
        }
        Ok(mirror)
    }

    fn command(&self) -> Command {
        let mut command = Command::new("git");
        command
            .arg("--git-dir")
            .arg(&self.git_dir)
            // Never wait for a password on a terminal: a timer has none.
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
            .stdin(Stdio::null());
        command
    }

    /// Runs git with `args`; its standard output, or an error with what it printed.
    fn run(&self, args: &[&str]) -> anyhow::Result<String> {
        let output = self
            .command()
            .args(args)
            .output()
            .context("git cannot be started (is it installed?)")?;
        if !output.status.success() {
            bail!(
                "git {} failed: {}",
                args.first().unwrap_or(&""),
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Fetches every branch and tag of `url`, as they are there (moved and deleted ones too).
    pub fn fetch(&self, url: &str) -> anyhow::Result<()> {
        self.run(&[
            "fetch",
            "--quiet",
            "--force",
            "--prune",
            "--no-write-fetch-head",
            url,
            "+refs/heads/*:refs/heads/*",
            "+refs/tags/*:refs/tags/*",
        ])
        .with_context(|| format!("the content repository {url} cannot be fetched"))?;
        Ok(())
    }

    /// Every tag, newest first in git's version order (`v10` after `v9`, `2026.12.03` after
    /// `2026.11.30`).
    pub fn tags(&self) -> anyhow::Result<Vec<String>> {
        Ok(self
            .run(&["tag", "--list", "--sort=-v:refname"])?
            .lines()
            .map(str::to_string)
            .collect())
    }

    /// Every branch with the commit it is at.
    pub fn branches(&self) -> anyhow::Result<Vec<(String, String)>> {
        Ok(self
            .run(&[
                "for-each-ref",
                "--format=%(refname:short) %(objectname)",
                "refs/heads",
            ])?
            .lines()
            .filter_map(|line| line.split_once(' '))
            .map(|(name, commit)| (name.to_string(), commit.to_string()))
            .collect())
    }

    /// The commit a tag names.
    pub fn commit_of(&self, tag: &str) -> anyhow::Result<String> {
        Ok(self
            .run(&[
                "rev-parse",
                "--verify",
                &format!("refs/tags/{tag}^{{commit}}"),
            ])?
            .trim()
            .to_string())
    }

    /// Whether some tag names `commit`.
    pub fn is_tagged(&self, commit: &str) -> anyhow::Result<bool> {
        Ok(!self.run(&["tag", "--points-at", commit])?.trim().is_empty())
    }

    /// Asks git whether `tag` is signed by a key of `allowed_signers`.
    pub fn verify(&self, tag: &str, allowed_signers: &Path) -> anyhow::Result<Signature> {
        let kind = self.run(&["cat-file", "-t", &format!("refs/tags/{tag}")])?;
        if kind.trim() != "tag" {
            return Ok(Signature::Unsigned);
        }
        let body = self.run(&["cat-file", "tag", &format!("refs/tags/{tag}")])?;
        if !body.contains("-----BEGIN ") {
            return Ok(Signature::Unsigned);
        }
        let output = self
            .command()
            .arg("-c")
            .arg(format!(
                "gpg.ssh.allowedSignersFile={}",
                allowed_signers.display()
            ))
            .args(["verify-tag", "--", tag])
            .output()
            .context("git cannot be started (is it installed?)")?;
        // git writes its verdict on the error stream, for good signatures too.
        let said = String::from_utf8_lossy(&output.stderr);
        let said = said
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        Ok(if output.status.success() {
            Signature::Good(said)
        } else {
            Signature::Refused(said)
        })
    }

    /// Writes the files of `commit` into the empty folder `into` (git archive, read by tar).
    pub fn export(&self, commit: &str, into: &Path) -> anyhow::Result<()> {
        let mut archive = self
            .command()
            .args(["archive", "--format=tar", commit])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("git cannot be started (is it installed?)")?;
        let stdout = archive.stdout.take().context("git archive has no output")?;
        let tar = Command::new("tar")
            .arg("-x")
            .arg("-C")
            .arg(into)
            .stdin(stdout)
            .output()
            .context("tar cannot be started")?;
        let archived = archive.wait_with_output()?;
        if !archived.status.success() {
            bail!(
                "git archive failed: {}",
                String::from_utf8_lossy(&archived.stderr).trim()
            );
        }
        if !tar.status.success() {
            bail!(
                "the files cannot be written: {}",
                String::from_utf8_lossy(&tar.stderr).trim()
            );
        }
        Ok(())
    }
}
