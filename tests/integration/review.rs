//! `relais review` on the review fixture (tests/fixtures/review/ over tests/fixtures/base/):
//! per procedure, its sources with when and how each was read, its open points, the state of
//! each translation and the next review date; and `relais check` listing the open points as
//! information.

use std::path::Path;

use crate::cli::relais;
use crate::content_fixtures::{fixtures, materialise};

fn review_fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    materialise(Some(&fixtures().join("review")), dir.path());
    dir
}

fn run(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["--root", dir.to_str().unwrap()];
    all.extend(args);
    let output = relais(&all, dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

const EXPECTED: &str = "\
p — Démarche de test
  checked on 2026-11-01, every 180 days: next review due 2027-04-30 (in 158 day(s))
  sources:
    - Source (F00001) https://example.org/
      read on 2026-11-01, live page
    - Copie (F00002) https://example.org/copie
      read on 2026-11-02, stored copy dated 2026-05-14
    - Sans lecture https://example.org/ancienne
      when and how it was read: not recorded
  open points:
    - Délai de réponse : non confirmé (page lue en copie stockée).
    - [end] Montant au 1er avril 2026 : non confirmé.
  translations: fr reference; en machine-drafted, not reviewed

q — Autre démarche
  checked on 2026-01-10, every 90 days: next review due 2026-04-10 (OVERDUE by 227 day(s))
  sources:
    - Autre source https://example.org/autre
      read on 2026-01-10, stored copy, its date unknown
  open points: none
  translations: fr reference; en machine-drafted, not reviewed

2 procedure(s) on 2026-11-23: 1 overdue for review, 2 open point(s), 1 source(s) without their reading
";

#[test]
fn review_lists_readings_open_points_translations_and_due_dates() {
    let dir = review_fixture();
    let out = run(dir.path(), &["review", "--on", "2026-11-23"]);
    assert_eq!(out, EXPECTED);
}

#[test]
fn review_as_json_says_the_same() {
    let dir = review_fixture();
    let out = run(
        dir.path(),
        &["review", "--format", "json", "--on", "2026-11-23"],
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["on"], "2026-11-23");
    let p = &json["procedures"][0];
    assert_eq!(p["id"], "p");
    assert_eq!(p["review-due"], "2027-04-30");
    assert_eq!(p["overdue"], false);
    assert_eq!(p["sources"][1]["read"], "stored-copy");
    assert_eq!(p["sources"][1]["copy-date"], "2026-05-14");
    assert_eq!(p["sources"][2]["read-on"], serde_json::Value::Null);
    assert_eq!(p["open-points"][1]["node"], "end");
    assert_eq!(p["translations"][1]["language"], "en");
    assert_eq!(p["translations"][1]["reviewed"], false);
    let q = &json["procedures"][1];
    assert_eq!(q["review-due"], "2026-04-10");
    assert_eq!(q["overdue"], true);
}

#[test]
fn check_lists_open_points_as_information() {
    let dir = review_fixture();
    let out = run(dir.path(), &["check"]);
    for expected in [
        "content/p.toml:7:3: info: open point of the procedure: Délai de réponse : non confirmé (page lue en copie stockée).",
        "content/p.toml:53:15: info: open point of node `end`: Montant au 1er avril 2026 : non confirmé.",
        "content/p.toml:27:7: warning: source `Sans lecture` does not say when and how it was read (no `read-on` nor `read`)",
    ] {
        assert!(out.contains(expected), "{expected}\nnot in:\n{out}");
    }
}
