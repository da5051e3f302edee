//! The configuration file: the reference file (`packaging/relais.toml`, installed as
//! `/etc/relais/relais.toml`) is valid and names every key; `relais check` reports mistakes
//! in a configuration (unknown key, wrong type, bad value) as `file:line:col` with a hint,
//! and the kiosk refuses to start on them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use relais::config::Config;

use crate::common;

fn reference_file() -> PathBuf {
    common::repo_root().join("packaging/relais.toml")
}

/// Every `section.key` of a TOML document (top-level keys as `key`).
fn keys(table: &toml::Table) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (name, value) in table {
        match value {
            toml::Value::Table(section) => {
                keys.extend(section.keys().map(|key| format!("{name}.{key}")));
            }
            _ => {
                keys.insert(name.clone());
            }
        }
    }
    keys
}

/// The reference file with its commented-out settings (`# key = value`) switched on.
fn with_commented_settings_on(text: &str) -> String {
    text.lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest)
                if rest.split_once(" = ").is_some_and(|(key, _)| {
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                }) =>
            {
                rest
            }
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_reference_configuration_is_valid_and_names_every_key() {
    let text = std::fs::read_to_string(reference_file()).unwrap();
    let (config, diagnostics) = Config::parse("relais.toml", &text);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert!(config.kiosk.fullscreen, "a kiosk runs fullscreen");
    assert_eq!(config.store.path, Path::new("/var/lib/relais/relais.db"));
    assert_eq!(config.root.as_deref(), Some(Path::new("/usr/share/relais")));

    // The settings left at their default, once switched on, are valid too.
    let all_on = with_commented_settings_on(&text);
    let (_, diagnostics) = Config::parse("relais.toml", &all_on);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");

    // Every key the program knows is in the file (a new key must be documented there), and
    // only those. The default configuration, written out, lists the keys (optional ones that
    // default to nothing are added by hand).
    let mut known = keys(&toml::Table::try_from(Config::default()).unwrap());
    known.extend(
        [
            "root",
            "kiosk.languages",
            "site.places",
            "content.repository",
        ]
        .map(String::from),
    );
    known.extend(
        ["database", "password-file", "ca-file", "kiosk"].map(|key| format!("fleet.{key}")),
    );
    let documented = keys(&toml::from_str(&all_on).unwrap());
    assert_eq!(documented, known);
}

fn check(config_text: &str) -> (tempfile::TempDir, Output) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("relais.toml");
    std::fs::write(&config, config_text).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_relais"))
        .arg("--config")
        .arg(&config)
        .arg("--root")
        .arg(common::repo_root())
        .arg("check")
        .current_dir(dir.path())
        .env("RUST_LOG", "warn")
        .output()
        .expect("the relais binary runs");
    (dir, output)
}

/// The first report of `relais check` about the configuration file, as
/// `relais.toml:line:col: message` and its hint line.
fn config_report(dir: &Path, output: &Output) -> (String, String) {
    assert_eq!(output.status.code(), Some(1), "check must fail");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let file = dir.join("relais.toml").display().to_string();
    let mut lines = stdout.lines().skip_while(|l| !l.starts_with(&file));
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no report about {file}:\n{stdout}"));
    let hint = lines.next().unwrap_or_default().trim().to_string();
    (first.replacen(&file, "relais.toml", 1), hint)
}

#[test]
fn an_unknown_key_is_located_with_a_hint() {
    let (dir, output) = check("[kiosk]\nfullscreen = true\nidle-time = 30\n");
    let (report, hint) = config_report(dir.path(), &output);
    assert!(
        report.starts_with("relais.toml:3:1: error: unknown field `idle-time`, expected one of"),
        "{report}"
    );
    assert!(hint.starts_with("hint: check the spelling"), "{hint}");
    assert!(hint.contains("packaging/relais.toml"), "{hint}");
    let (dir, output) = check("[sight]\nname = \"x\"\n");
    let (report, _) = config_report(dir.path(), &output);
    assert!(
        report.starts_with("relais.toml:1:2: error: unknown field `sight`"),
        "{report}"
    );
}

#[test]
fn a_wrong_type_is_located() {
    let (dir, output) = check("[kiosk]\nfullscreen = \"yes\"\n");
    let (report, hint) = config_report(dir.path(), &output);
    assert_eq!(
        report,
        "relais.toml:2:14: error: invalid type: string \"yes\", expected a boolean"
    );
    assert!(hint.starts_with("hint: "), "{hint}");
}

#[test]
fn a_bad_value_points_at_the_value_not_at_a_comment() {
    // The comments name the keys first: the report must point at the setting itself.
    let text = "# backend: the printer. paper-width-mm: 80 or 58.\n\
                [printer]\n\
                backend = \"fax\"\n\
                paper-width-mm = 60\n";
    let (dir, output) = check(text);
    let (report, hint) = config_report(dir.path(), &output);
    assert_eq!(
        report,
        "relais.toml:3:11: error: unknown printer backend `fax`"
    );
    assert_eq!(
        hint,
        "hint: use one of: spool, escpos-tcp, escpos-usb, cups"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("relais.toml:4:18: error: paper width 60 mm is not supported"),
        "{stdout}"
    );
    // Both problems in one run, counted.
    assert!(stdout.contains("failed: 2 error(s)"), "{stdout}");
}

#[test]
fn a_network_printer_needs_host_and_port() {
    let (dir, output) = check("[printer]\nbackend = \"escpos-tcp\"\naddress = \"192.168.1.50\"\n");
    let (report, _) = config_report(dir.path(), &output);
    assert_eq!(
        report,
        "relais.toml:3:11: error: printer address `192.168.1.50` is not host:port"
    );
    let (_, output) =
        check("[printer]\nbackend = \"escpos-tcp\"\naddress = \"printer.local:9100\"\n");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn the_kiosk_does_not_start_on_a_configuration_with_errors() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("relais.toml");
    std::fs::write(&config, "[store]\nretention-days = 0\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_relais"))
        .arg("--config")
        .arg(&config)
        .args(["run", "--fullscreen"])
        // No display at all: it must stop on the configuration before it tries one.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the relais binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the configuration has errors")
            && stderr.contains("relais.toml:2:18: error: a retention of 0 days"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_cups_format_is_reported_at_its_value() {
    // It once made the check itself fail: the key was looked up without its section.
    let (dir, output) = check("[printer]\nbackend = \"cups\"\ncups-format = \"ps\"\n");
    let (report, hint) = config_report(dir.path(), &output);
    assert_eq!(report, "relais.toml:3:15: error: unknown cups format `ps`");
    assert!(hint.contains("pdf-80mm"), "{hint}");
}
