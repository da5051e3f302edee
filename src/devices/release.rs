//! Content releases from the network's git repository: `relais content update`, `status` and
//! `rollback` (docs/fleet.md).
//!
//! The kiosk root (`[content] kiosk-root`) holds:
//! - `mirror.git/`: a bare mirror of the repository (`release::git`);
//! - `releases/<tag>/`: one folder per release taken, with `release.toml` (where it came from);
//! - `current`: a symbolic link to `releases/<tag>`, which the configuration's `root` names;
//! - `history.tsv` (when each release was put in use), `held-back` (tags an admin rolled back
//!   from, never taken again) and `notice.txt` (the last update's refusals, for the admin screen);
//! - `update.lock`: held (`flock`) by the update or rollback under way, so that the timer's
//!   update and the admin screen's never work in the same folders at once.
//!
//! A release is written into `releases/.incoming-<tag>/`, checked and given its speech clips
//! there, renamed to `releases/<tag>/` only when complete, and put in use by renaming a new
//! link over `current` (one atomic step). Anything that fails on the way (a refused signature,
//! a failed check, a full disk) leaves `current` as it was; the running kiosk notices the new
//! files through `current` at its next content poll and takes them between visits, as after
//! an edit (`reload`).

pub mod git;

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use crate::config::Config;
use git::{Mirror, Signature};

/// The file in each release's folder that says where it came from (`ReleaseInfo`).
pub const RELEASE_FILE: &str = "release.toml";
const INCOMING: &str = ".incoming-";

/// Where a release came from, kept in its folder.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReleaseInfo {
    pub tag: String,
    pub commit: String,
    pub repository: String,
    /// git's words on the signature ("Good "git" signature for … with ED25519 key …").
    pub signature: String,
}

/// What an update did.
#[derive(Debug, Default)]
pub struct UpdateReport {
    /// The release put in use, if a new one was.
    pub switched_to: Option<String>,
    /// The release in use at the end.
    pub current: Option<String>,
    /// One plain line per thing refused.
    pub refused: Vec<String>,
}

/// The folders of a kiosk root.
pub struct KioskRoot {
    root: PathBuf,
}

impl KioskRoot {
    pub fn new(root: &Path) -> KioskRoot {
        KioskRoot {
            root: root.to_path_buf(),
        }
    }

    fn releases(&self) -> PathBuf {
        self.root.join("releases")
    }

    /// Waits until no other update or rollback works on this kiosk root, and holds it until
    /// the returned file is dropped.
    fn lock(&self) -> anyhow::Result<std::fs::File> {
        let path = self.root.join("update.lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("{} cannot be opened", path.display()))?;
        file.lock()
            .with_context(|| format!("{} cannot be locked", path.display()))?;
        Ok(file)
    }

    fn current_link(&self) -> PathBuf {
        self.root.join("current")
    }

    /// The file that lists the last update's refusals, empty or absent when there were none.
    pub fn notice_file(&self) -> PathBuf {
        self.root.join("notice.txt")
    }

    /// The tag of the release in use.
    pub fn current(&self) -> Option<String> {
        let target = std::fs::read_link(self.current_link()).ok()?;
        Some(target.file_name()?.to_string_lossy().into_owned())
    }

    fn held_back(&self) -> Vec<String> {
        std::fs::read_to_string(self.root.join("held-back"))
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    fn info(&self, tag: &str) -> anyhow::Result<ReleaseInfo> {
        let file = self.releases().join(tag).join(RELEASE_FILE);
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("{} cannot be read", file.display()))?;
        toml::from_str(&text).with_context(|| format!("{} is damaged", file.display()))
    }

    /// Puts `releases/<tag>` in use: a new link renamed over `current`, one atomic step.
    fn switch(&self, tag: &str, why: &str) -> anyhow::Result<()> {
        let next = self.root.join(".current.next");
        let _ = std::fs::remove_file(&next);
        std::os::unix::fs::symlink(Path::new("releases").join(tag), &next)
            .with_context(|| format!("{} cannot be created", next.display()))?;
        std::fs::rename(&next, self.current_link())
            .with_context(|| format!("{} cannot be replaced", self.current_link().display()))?;
        let line = format!("{}\t{why}\t{tag}\n", chrono::Local::now().to_rfc3339());
        append(&self.root.join("history.tsv"), &line)
    }

    /// When `tag` was last put in use, from the history.
    fn since(&self, tag: &str) -> Option<String> {
        let history = std::fs::read_to_string(self.root.join("history.tsv")).ok()?;
        history
            .lines()
            .rev()
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some((fields.next()?, fields.next()?, fields.next()?))
            })
            .find(|(_, _, t)| *t == tag)
            .map(|(when, why, _)| format!("{when} ({why})"))
    }

    fn write_notice(&self, refused: &[String]) -> anyhow::Result<()> {
        let file = self.notice_file();
        if refused.is_empty() {
            match std::fs::remove_file(&file) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e)?,
                _ => Ok(()),
            }
        } else {
            std::fs::write(&file, refused.join("\n") + "\n")
                .with_context(|| format!("{} cannot be written", file.display()))
        }
    }
}

/// The release whose files are under `root` (`kiosk-root/current`, or one of `releases/`), if
/// `root` is a release taken by `relais content update`.
pub fn release_of(root: &Path) -> Option<ReleaseInfo> {
    let text = std::fs::read_to_string(root.join(RELEASE_FILE)).ok()?;
    toml::from_str(&text).ok()
}

fn append(file: &Path, line: &str) -> anyhow::Result<()> {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
        .and_then(|mut f| f.write_all(line.as_bytes()))
        .with_context(|| format!("{} cannot be written", file.display()))
}

/// A tag name that can name a folder: letters, digits, `.`, `_`, `-`, not starting with `.`.
fn is_plain_tag(tag: &str) -> bool {
    !tag.is_empty()
        && !tag.starts_with('.')
        && tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// `relais content update`: fetches the repository and puts its newest good release in use.
/// Every tag newer than the release in use is looked at, newest first: the first one signed
/// by an allowed key whose content passes the full check is taken; the others are refused.
pub fn update(config: &Config) -> anyhow::Result<UpdateReport> {
    let settings = &config.content;
    let Some(url) = settings.repository.as_deref() else {
        bail!("no content repository: set `repository` under [content] in the configuration");
    };
    if !settings.allowed_signers.is_file() {
        bail!(
            "the allowed-signers file {} does not exist: no release can be trusted without it",
            settings.allowed_signers.display()
        );
    }
    let kiosk = KioskRoot::new(&settings.kiosk_root);
    std::fs::create_dir_all(kiosk.releases())
        .with_context(|| format!("{} cannot be created", kiosk.releases().display()))?;
    let _lock = kiosk.lock()?;
    remove_incoming(&kiosk.releases());
    let mirror = Mirror::open(&settings.kiosk_root.join("mirror.git"))?;
    mirror.fetch(url)?;

    let mut report = UpdateReport {
        current: kiosk.current(),
        ..UpdateReport::default()
    };
    let held = kiosk.held_back();
    for tag in mirror.tags()? {
        if Some(&tag) == report.current.as_ref() {
            break;
        }
        if held.contains(&tag) {
            continue;
        }
        match take(&kiosk, &mirror, url, &tag, config) {
            Ok(()) => {
                kiosk.switch(&tag, "update")?;
                report.switched_to = Some(tag.clone());
                report.current = Some(tag);
                break;
            }
            Err(refusal) => report
                .refused
                .push(format!("tag {tag} refused: {refusal:#}")),
        }
    }
    for (branch, commit) in mirror.branches()? {
        if !mirror.is_tagged(&commit)? {
            report.refused.push(format!(
                "branch {branch} moved to {} without a tag: not taken; publish it with a signed tag",
                &commit[..commit.len().min(12)]
            ));
        }
    }
    kiosk.write_notice(&report.refused)?;
    Ok(report)
}

/// Verifies, exports, checks and completes one release, or says why not. Leaves nothing
/// behind when it fails.
fn take(
    kiosk: &KioskRoot,
    mirror: &Mirror,
    url: &str,
    tag: &str,
    config: &Config,
) -> anyhow::Result<()> {
    if !is_plain_tag(tag) {
        bail!("its name is not made of letters, digits, `.`, `_` and `-`");
    }
    let signature = match mirror.verify(tag, &config.content.allowed_signers)? {
        Signature::Good(said) => said,
        Signature::Unsigned => bail!("it is not signed"),
        Signature::Refused(said) => bail!(
            "not signed by a key of {} ({said})",
            config.content.allowed_signers.display()
        ),
    };
    let commit = mirror.commit_of(tag)?;
    let incoming = kiosk.releases().join(format!("{INCOMING}{tag}"));
    let previous = kiosk.current().map(|tag| kiosk.releases().join(tag));
    let result =
        build_release(mirror, &commit, &incoming, previous.as_deref(), config).and_then(|()| {
            let info = ReleaseInfo {
                tag: tag.to_string(),
                commit: commit.clone(),
                repository: url.to_string(),
                signature,
            };
            let file = incoming.join(RELEASE_FILE);
            std::fs::write(&file, toml::to_string(&info)?)
                .with_context(|| format!("{} cannot be written", file.display()))?;
            let folder = kiosk.releases().join(tag);
            if folder.exists() {
                // A tag taken before and rolled past: its new copy replaces it.
                std::fs::remove_dir_all(&folder)
                    .with_context(|| format!("{} cannot be replaced", folder.display()))?;
            }
            std::fs::rename(&incoming, &folder)
                .with_context(|| format!("{} cannot be renamed", incoming.display()))
        });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&incoming);
    }
    result
}

/// The files of `commit` in `into`, checked in full, with their speech clips. The clips of the
/// `previous` release are copied in first: `clips::build` keeps those whose text is unchanged
/// and makes only the others (copies, not links: a clip made again is written in place).
fn build_release(
    mirror: &Mirror,
    commit: &str,
    into: &Path,
    previous: Option<&Path>,
    config: &Config,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(into)
        .with_context(|| format!("{} cannot be created", into.display()))?;
    mirror.export(commit, into)?;
    if let Some(previous) = previous {
        copy_generated_clips(previous, into)?;
    }
    // The errors of `relais check`: its warnings (clips not built yet, which the next lines
    // build; translations and sources for editors to review) never refuse a release.
    let (catalog, diagnostics, _) = crate::loader::load_site(
        into,
        config.kiosk.languages.clone(),
        config.site.places.as_deref(),
    );
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity.is_error())
        .collect();
    let (Some(catalog), None) = (catalog, errors.first()) else {
        let first = errors
            .first()
            .map_or_else(String::new, |d| format!("; the first: {d}"));
        bail!(
            "`relais check` finds {} error(s){}",
            errors.len(),
            first.lines().next().unwrap_or_default()
        );
    };
    for language in &catalog.languages {
        crate::clips::build(into, &catalog, &language.code)
            .with_context(|| format!("the speech clips in {} cannot be built", language.code))?;
    }
    Ok(())
}

fn copy_generated_clips(from: &Path, into: &Path) -> anyhow::Result<()> {
    let Ok(languages) = std::fs::read_dir(from.join("audio")) else {
        return Ok(());
    };
    for language in languages.flatten() {
        let generated = language.path().join(crate::audio::GENERATED_DIR);
        let Ok(files) = std::fs::read_dir(&generated) else {
            continue;
        };
        let target = into
            .join("audio")
            .join(language.file_name())
            .join(crate::audio::GENERATED_DIR);
        std::fs::create_dir_all(&target)
            .with_context(|| format!("{} cannot be created", target.display()))?;
        for file in files.flatten() {
            std::fs::copy(file.path(), target.join(file.file_name()))
                .with_context(|| format!("{} cannot be copied", file.path().display()))?;
        }
    }
    Ok(())
}

/// Folders left by an update that stopped half-way (a power cut, a full disk).
fn remove_incoming(releases: &Path) {
    let Ok(entries) = std::fs::read_dir(releases) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(INCOMING) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// `relais content status`: the release in use, where it came from and since when.
pub fn status(config: &Config) -> anyhow::Result<String> {
    let kiosk = KioskRoot::new(&config.content.kiosk_root);
    let Some(tag) = kiosk.current() else {
        return Ok(format!(
            "no release in use under {} (run `relais content update`)\n",
            config.content.kiosk_root.display()
        ));
    };
    let info = kiosk.info(&tag)?;
    let mut out = format!(
        "version: {tag} (commit {})\nfrom: {}\nsignature: {}\nsince: {}\n",
        &info.commit[..info.commit.len().min(12)],
        info.repository,
        info.signature,
        kiosk.since(&tag).unwrap_or_else(|| "unknown".to_string())
    );
    if let Ok(notice) = std::fs::read_to_string(kiosk.notice_file()) {
        for line in notice.lines() {
            out.push_str(&format!("last update: {line}\n"));
        }
    }
    Ok(out)
}

/// `relais content rollback`: puts the release before the one in use back in use, and holds
/// the one in use back so that the next update does not take it again.
pub fn rollback(config: &Config) -> anyhow::Result<String> {
    let kiosk = KioskRoot::new(&config.content.kiosk_root);
    kiosk.current().context("no release is in use")?;
    let _lock = kiosk.lock()?;
    let current = kiosk.current().context("no release is in use")?;
    let mirror = Mirror::open(&config.content.kiosk_root.join("mirror.git"))?;
    // The releases kept, in the tags' order (newest first); the one after the current is older.
    let kept: Vec<String> = mirror
        .tags()?
        .into_iter()
        .filter(|tag| kiosk.releases().join(tag).join(RELEASE_FILE).is_file())
        .collect();
    let previous = kept
        .iter()
        .skip_while(|tag| **tag != current)
        .nth(1)
        .with_context(|| format!("no release older than {current} is kept"))?;
    kiosk.switch(previous, "rollback")?;
    append(
        &config.content.kiosk_root.join("held-back"),
        &format!("{current}\n"),
    )?;
    Ok(previous.clone())
}
