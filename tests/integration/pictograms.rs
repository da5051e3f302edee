//! The shipped pictograms: each file has its credit, and the pictures tell answers apart.
//!
//! CC BY-SA asks for attribution of every OpenMoji file; the table in ui/pictograms/README.md is
//! that attribution (and what scripts/openmoji-pictograms.py builds the files from), so a file
//! without a row, or a row without a file, is a licensing mistake. That every procedure, answer
//! and document names an existing file is `relais check --deny-warnings`'s job (`make test`).

use std::collections::BTreeSet;

use relais::content::NodeKind;

use crate::common;

/// File names (`id-card.svg`) credited in the table of ui/pictograms/README.md.
fn credited() -> BTreeSet<String> {
    let readme = common::repo_root().join("ui/pictograms/README.md");
    std::fs::read_to_string(readme)
        .unwrap()
        .lines()
        .filter_map(|line| line.strip_prefix("| `")?.split_once("` |"))
        .map(|(file, _)| file.to_string())
        .collect()
}

fn shipped_files() -> BTreeSet<String> {
    std::fs::read_dir(common::repo_root().join("ui/pictograms"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".svg") || name.ends_with(".png"))
        .collect()
}

#[test]
fn every_pictogram_file_is_credited_and_every_credit_has_its_file() {
    let credited = credited();
    let files = shipped_files();
    assert!(
        files.len() > 10,
        "the pictograms ship with relais: {files:?}"
    );
    let uncredited: Vec<_> = files.difference(&credited).collect();
    let stale: Vec<_> = credited.difference(&files).collect();
    assert!(
        uncredited.is_empty(),
        "files without a row in ui/pictograms/README.md: {uncredited:?}"
    );
    assert!(
        stale.is_empty(),
        "rows in ui/pictograms/README.md without a file: {stale:?}"
    );
    let license = common::repo_root().join("ui/pictograms/LICENSE-OpenMoji.txt");
    let text = std::fs::read_to_string(license).unwrap();
    assert!(text.starts_with("Attribution-ShareAlike 4.0 International"));
}

#[test]
fn the_kiosk_has_its_own_two_pictograms() {
    let files = shipped_files();
    for name in ["dont-know.svg", "something-else.svg"] {
        assert!(files.contains(name), "ui/pictograms/{name} is missing");
    }
}

/// A visitor who cannot read tells the answers of a question apart by their pictures only.
#[test]
fn no_two_answers_of_a_question_share_a_picture() {
    let catalog = common::shipped_catalog();
    let mut shared = Vec::new();
    for procedure in &catalog.procedures {
        for node in procedure.nodes() {
            let NodeKind::Question { choices } = &node.kind else {
                continue;
            };
            let mut seen = BTreeSet::new();
            for picture in choices.iter().filter_map(|c| c.pictogram.as_deref()) {
                if !seen.insert(picture) {
                    shared.push(format!("{}/{}: {picture}", procedure.id, node.id));
                }
            }
        }
    }
    assert!(
        shared.is_empty(),
        "pictures used twice on one screen: {shared:?}"
    );
}
