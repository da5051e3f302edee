//! The command line as scripts and editors use it: `relais check` and `relais simulate`, run as
//! the real binary on a copy of the content in a temporary folder.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn relais(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relais"))
        .args(args)
        .current_dir(cwd)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the relais binary runs")
}

/// `relais simulate` with its arguments written as one line.
fn simulate(dir: &Path, args: &str) -> Output {
    let mut all = vec!["simulate"];
    all.extend(args.split_whitespace());
    relais(&all, dir)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A copy of content/ and locales/ in a fresh folder, with a config that keeps data there too.
fn copy_of_content() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    let config = dir.path().join("relais.toml");
    std::fs::write(&config, "[site]\nname = \"Test\"\n").unwrap();
    (dir, config)
}

#[test]
fn check_passes_on_the_shipped_content() {
    let output = relais(
        &["check", "--root", common::repo_root().to_str().unwrap()],
        &common::repo_root(),
    );
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        String::from_utf8_lossy(&output.stderr)
    );
    // No errors. Warnings about speech clips depend on whether `relais audio build` has run
    // in this checkout; `make test` runs it, then `relais check --deny-warnings`.
    assert!(
        stdout(&output).contains("ok: 0 error(s)"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_reports_a_broken_copy_with_file_line_and_column() {
    let (dir, _) = copy_of_content();
    let tree = dir.path().join("content/cant-log-in.toml");
    let text = std::fs::read_to_string(&tree).unwrap();
    // A typo in a `next`, and an unknown flag.
    let broken = text
        .replacen("next = \"which-site\"", "next = \"wich-site\"", 1)
        .replacen("flags = [\"no-phone\"]", "flags = [\"no-fone\"]", 1);
    std::fs::write(&tree, &broken).unwrap();

    let output = relais(&["check"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let out = stdout(&output);
    let line_of = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(
        out.contains(&format!(
            "content/cant-log-in.toml:{}:10: error: `next` names node `wich-site`, which does not exist\n  hint: did you mean `which-site`?",
            line_of("wich-site")
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "content/cant-log-in.toml:{}:12: error: unknown flag `no-fone`",
            line_of("no-fone")
        )),
        "{out}"
    );
    assert!(out.contains("failed: 2 error(s)"), "{out}");

    // The JSON form carries the same facts.
    let output = relais(&["check", "--format", "json"], dir.path());
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let first_error = json
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["severity"] == "error")
        .unwrap();
    assert_eq!(first_error["file"], "content/cant-log-in.toml");
    assert!(first_error["line"].as_u64().unwrap() > 1);
}

#[test]
fn check_reports_toml_syntax_and_unknown_keys() {
    let (dir, _) = copy_of_content();
    let tree = dir.path().join("content/cant-log-in.toml");
    let text = std::fs::read_to_string(&tree).unwrap();
    let broken = text.replacen("owner = ", "ownr = ", 1);
    std::fs::write(&tree, &broken).unwrap();
    let line = broken.lines().position(|l| l.starts_with("ownr")).unwrap() + 1;
    let out = stdout(&relais(&["check"], dir.path()));
    // Other files' warnings may come first (the report is sorted by file).
    let error_line = |prefix: &str| out.lines().any(|l| l.starts_with(prefix));
    assert!(
        error_line(&format!(
            "content/cant-log-in.toml:{line}:1: error: unknown field `ownr`, expected one of"
        )),
        "{out}"
    );
    assert!(
        !out.contains("is not used by any content"),
        "no false warnings for the broken file's texts: {out}"
    );

    std::fs::write(&tree, "category = \"login\"\nstart = [\n").unwrap();
    let out = stdout(&relais(&["check"], dir.path()));
    assert!(
        out.lines()
            .any(|l| l.starts_with("content/cant-log-in.toml:") && l.contains(": error: ")),
        "{out}"
    );
    assert!(out.contains("hint: fix the TOML syntax"), "{out}");
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let (dir, _) = copy_of_content();
    let kiosk = dir.path().join("locales/en/kiosk.ftl");
    let text = std::fs::read_to_string(&kiosk).unwrap();
    std::fs::write(&kiosk, text.replace("button-back = Back\n", "")).unwrap();
    let output = relais(&["check"], dir.path());
    assert!(output.status.success(), "{}", stdout(&output));
    assert!(
        stdout(&output).contains(
            "locales/en/kiosk.ftl:1:1: warning: 1 message(s) not translated: button-back"
        )
    );
    let output = relais(&["check", "--deny-warnings"], dir.path());
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn simulate_stores_prints_and_shows_the_ticket() {
    let (dir, _) = copy_of_content();
    let output = simulate(
        dir.path(),
        "--procedure cant-log-in --lang fr --answers no-email,smartphone --print",
    );
    let out = stdout(&output);
    assert!(
        output.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.contains("ticket: 001"), "{out}");
    assert!(out.contains("Pas d'adresse e-mail utilisable"), "{out}");
    let spool: Vec<_> = std::fs::read_dir(dir.path().join("var/spool"))
        .unwrap()
        .collect();
    assert_eq!(spool.len(), 1);

    let store = relais::store::Store::open(&dir.path().join("var/relais.db")).unwrap();
    assert_eq!(store.handoff_count().unwrap(), 1);
    let today = chrono::Local::now().date_naive();
    let stored = store
        .handoff(today, "001")
        .unwrap()
        .expect("the handoff is in the database");
    assert_eq!(stored.print_status, relais::store::PrintStatus::Printed);
    assert_eq!(stored.record.handoff.flag_ids(), vec!["no-email"]);

    // The same walk again gets the next number; without --print nothing is spooled.
    let output = simulate(
        dir.path(),
        "--procedure cant-log-in --lang en --answers no-email,smartphone",
    );
    assert!(stdout(&output).contains("ticket: 002"));
    assert_eq!(
        std::fs::read_dir(dir.path().join("var/spool"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn simulate_random_walks_are_repeatable() {
    let (dir, _) = copy_of_content();
    let walk = |seed: &str| {
        let output = simulate(
            dir.path(),
            &format!("--procedure cant-log-in --lang fr --random {seed} --print"),
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        // Everything but the ticket and date lines says which path was taken.
        stdout(&output)
            .lines()
            .filter(|l| {
                !l.starts_with("Ticket")
                    && !l.starts_with("Date")
                    && !l.starts_with("ticket")
                    && !l.starts_with("printed")
                    && !l.trim().chars().all(|c| c.is_ascii_digit() || c == '/')
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(walk("7"), walk("7"));
    let spooled = std::fs::read_dir(dir.path().join("var/spool"))
        .unwrap()
        .count();
    assert_eq!(spooled, 2);
}

#[test]
fn simulate_explains_wrong_answers() {
    let (dir, _) = copy_of_content();
    let output = simulate(
        dir.path(),
        "--procedure cant-log-in --lang fr --answers no-email,fax",
    );
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("`fax` is not a choice of question `phone`; choices: smartphone, basic-phone, no-phone, dont-know"), "{err}");

    let output = simulate(
        dir.path(),
        "--procedure cant-log-in --lang fr --answers no-email",
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("the answers stop at question `phone`")
    );
    let output = simulate(
        dir.path(),
        "--procedure no-such-procedure --lang fr --answers x",
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains(
        "there is no procedure `no-such-procedure`; known procedures: aah, aides-logement, \
         ants-vehicule-permis, assurance-maladie, c2s, cant-log-in, carte-identite, \
         cheque-energie, courrier, domiciliation, france-travail, impots, prime-activite, \
         retraite, rsa, titre-de-sejour"
    ));
}
