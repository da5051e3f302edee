//! `relais content update|status|rollback` against a real git repository: a bare repository
//! in a temporary folder stands for the network's, the editors sign tags with SSH keys made by
//! ssh-keygen, and the kiosk takes only what the site's allowed-signers file trusts and
//! `relais check` passes, switching its `current` link and keeping the last good release
//! otherwise. The content is one procedure in French, so that building its speech clips with
//! espeak-ng takes seconds: the production code path, with the configuration's languages.

use crate::common::content_repo::{Network, allowed_signers, ssh_key};

use std::path::PathBuf;
use std::process::Output;

struct Kiosk {
    dir: PathBuf,
    config: PathBuf,
}

impl Kiosk {
    fn relais(&self, args: &[&str]) -> Output {
        let mut all = vec!["--config", self.config.to_str().unwrap(), "content"];
        all.extend(args);
        crate::cli::relais(&all, &self.dir)
    }

    /// The release `current` names.
    fn current(&self) -> String {
        let target = std::fs::read_link(self.dir.join("kiosk/current")).unwrap();
        target.file_name().unwrap().to_string_lossy().into_owned()
    }

    fn text(&self, file: &str) -> String {
        std::fs::read_to_string(self.dir.join("kiosk/current").join(file)).unwrap()
    }
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn a_kiosk_takes_signed_checked_releases_only_and_rolls_back() {
    let dir = tempfile::tempdir().unwrap();
    let Network { remote, editor } = Network::new(dir.path());

    let trusted = ssh_key(dir.path(), "trusted");
    let stranger = ssh_key(dir.path(), "stranger");
    let kiosk_dir = dir.path().join("site");
    std::fs::create_dir(&kiosk_dir).unwrap();
    allowed_signers(&kiosk_dir.join("allowed_signers"), &trusted);
    let config = kiosk_dir.join("relais.toml");
    std::fs::write(
        &config,
        format!(
            "root = \"kiosk/current\"\n[kiosk]\nlanguages = [\"fr\"]\n[store]\npath = \"var/relais.db\"\n\
             [content]\nrepository = \"{}\"\nallowed-signers = \"allowed_signers\"\nkiosk-root = \"kiosk\"\n",
            remote.display()
        ),
    )
    .unwrap();
    let kiosk = Kiosk {
        dir: kiosk_dir,
        config,
    };

    // A signed release is taken, with its speech clips.
    editor.tag("v1", Some(&trusted));
    let output = kiosk.relais(&["update"]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        said(&output).contains("switched to v1"),
        "{}",
        said(&output)
    );
    assert_eq!(kiosk.current(), "v1");
    assert!(
        kiosk
            .text("audio/fr/generated/manifest.toml")
            .contains("[[clip]]")
    );

    // The next one replaces it; the kiosk reads its files through `current`.
    let ftl = "locales/fr/cant-log-in.ftl";
    let v1_text = std::fs::read_to_string(editor.work.join(ftl)).unwrap();
    editor.write(ftl, &format!("{v1_text}\n# relu en décembre\n"));
    editor.commit("reviewed");
    editor.tag("v2", Some(&trusted));
    let output = kiosk.relais(&["update"]);
    assert!(
        said(&output).contains("switched to v2"),
        "{}",
        said(&output)
    );
    assert_eq!(kiosk.current(), "v2");
    assert!(kiosk.text(ftl).contains("relu en décembre"));
    let status = said(&kiosk.relais(&["status"]));
    assert!(status.contains("version: v2"), "{status}");
    // The heartbeat sent to the network's database names the release by its tag.
    assert_eq!(
        relais::fleet::heartbeat::content_version(&kiosk.dir.join("kiosk/current")),
        "v2"
    );
    assert!(
        status.contains(&format!("from: {}", remote.display())),
        "{status}"
    );

    // Refused, each with its reason, v2 staying in use: an unsigned tag, a tag signed by a
    // key the site does not trust, and a signed tag whose content fails the check.
    editor.write("locales/fr/extra.ftl", "extra = Un texte.\n");
    editor.commit("unsigned");
    editor.tag("v3", None);
    let output = kiosk.relais(&["update"]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    assert!(
        said(&output).contains("tag v3 refused: it is not signed"),
        "{}",
        said(&output)
    );
    assert_eq!(kiosk.current(), "v2");

    editor.tag("v4", Some(&stranger));
    let output = kiosk.relais(&["update"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        said(&output).contains("tag v4 refused: not signed by a key of"),
        "{}",
        said(&output)
    );
    assert_eq!(kiosk.current(), "v2");

    let toml = "content/cant-log-in.toml";
    let broken = std::fs::read_to_string(editor.work.join(toml))
        .unwrap()
        .replacen("start = \"", "start = \"nowhere-", 1);
    editor.write(toml, &broken);
    editor.commit("broken");
    editor.tag("v5", Some(&trusted));
    let output = kiosk.relais(&["update"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        said(&output).contains("tag v5 refused: `relais check` finds"),
        "{}",
        said(&output)
    );
    assert_eq!(kiosk.current(), "v2");
    let releases: Vec<_> = std::fs::read_dir(kiosk.dir.join("kiosk/releases"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(releases.len(), 2, "only v1 and v2 are kept: {releases:?}");
    // The admin screen's notice lists what the last update refused.
    let notice = std::fs::read_to_string(kiosk.dir.join("kiosk/notice.txt")).unwrap();
    assert!(notice.contains("tag v5 refused"), "{notice}");

    // A branch that moved without a tag is not taken either.
    editor.write(
        toml,
        &std::fs::read_to_string(editor.work.join(toml))
            .unwrap()
            .replacen("start = \"nowhere-", "start = \"", 1),
    );
    editor.commit("fixed, not tagged");
    let output = kiosk.relais(&["update"]);
    assert!(
        said(&output).contains("branch main moved to"),
        "{}",
        said(&output)
    );
    assert_eq!(kiosk.current(), "v2");

    // Back one release; the next update does not take v2 again.
    let output = kiosk.relais(&["rollback"]);
    assert!(
        said(&output).contains("rolled back to v1"),
        "{}",
        said(&output)
    );
    assert_eq!(kiosk.current(), "v1");
    assert!(!kiosk.text(ftl).contains("relu en décembre"));
    kiosk.relais(&["update"]);
    assert_eq!(kiosk.current(), "v1");
    let status = said(&kiosk.relais(&["status"]));
    assert!(
        status.contains("version: v1") && status.contains("(rollback)"),
        "{status}"
    );
}
