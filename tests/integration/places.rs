//! Network content, local places: an outcome with `where = "caf"` prints and says the site's
//! own Caf office (the example places file, `places.example.toml`) under « Où aller », the
//! network's generic text without a places file, and `relais check` reports a mistyped place
//! id with its file, line and column.

use crate::common;

use std::path::{Path, PathBuf};

use relais::content::Catalog;
use relais::handoff::{Ending, Handoff, HandoffRecord};
use relais::script::ScreenScript;
use relais::session::{PrintState, Screen, Utterance, Visit};

const PROCEDURE: &str = "prime-activite";
const OUTCOME: &str = "apply-online";

/// A copy of the shipped content whose outcome `apply-online` sends visitors to `place`.
fn content_sending_to(place: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_content(dir.path());
    let file = dir.path().join("content").join(format!("{PROCEDURE}.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    let marker = format!("id = \"{OUTCOME}\"\nkind = \"outcome\"\n");
    assert!(
        text.contains(&marker),
        "the outcome is still in the content"
    );
    let text = text.replace(&marker, &format!("{marker}where = \"{place}\"\n"));
    std::fs::write(&file, text).unwrap();
    dir
}

fn example_places() -> PathBuf {
    common::repo_root().join("places.example.toml")
}

fn load(root: &Path, places: Option<&Path>) -> Catalog {
    let (catalog, diagnostics, _) =
        relais::loader::load_site(root, Some(vec!["fr".into(), "en".into()]), places);
    catalog.unwrap_or_else(|| panic!("{diagnostics:#?}"))
}

/// The visitor's part of the ticket, as the spool prints it, with plain spaces.
fn ticket(catalog: &Catalog) -> String {
    let handoff = Handoff::build(
        catalog,
        "fr",
        Some(PROCEDURE),
        &[],
        Ending::Outcome {
            node: OUTCOME.to_string(),
        },
    );
    let record = HandoffRecord {
        ticket: "012".to_string(),
        created_at: chrono::NaiveDate::from_ymd_opt(2026, 12, 3)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap(),
        site: "Test".to_string(),
        handoff,
    };
    let text = relais::print::text::render(&record, 500).replace('\u{a0}', " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the ticket screen says, in `lang`, once the number is there.
fn ticket_speech(catalog: &Catalog, lang: &str) -> Vec<String> {
    let visit = Visit {
        language: lang.to_string(),
        procedure: Some(PROCEDURE.to_string()),
        trail: vec![Screen::Node(OUTCOME.to_string()), Screen::Handoff],
        answers: Vec::new(),
        ticket: Some("012".to_string()),
        print: PrintState::Printed,
        explaining: None,
        slow: false,
        large_text: false,
        high_contrast: false,
        volume_db: 0,
    };
    ScreenScript::of(catalog, Some(&visit))
        .speech()
        .into_iter()
        .filter_map(|u| match u {
            Utterance::Message { lang, id } => Some(catalog.texts.get(&lang, &id)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_site_place_is_printed_and_said_where_to_go_else_the_generic_text() {
    let dir = content_sending_to("caf");
    let generic = "Attendez à l'accueil. Une personne va vous appeler.";

    let local = load(dir.path(), Some(&example_places()));
    let printed = ticket(&local);
    assert!(
        printed.contains(
            "Où aller Caf de la Sarthe, accueil du Mans, 178 avenue Bollée, 72000 Le Mans. \
             Horaires : lun.–ven. 08:30–12:00, 13:30–16:30 ; sam. 09:00–12:00. \
             Téléphone : 3230. Sur rendez-vous. Accès de plain-pied."
        ),
        "{printed}"
    );
    assert!(!printed.contains(generic), "{printed}");
    let said = ticket_speech(&local, "en");
    assert!(
        said.iter()
            .any(|s| s.contains("178 avenue Bollée")
                && s.contains("Opening hours: Mon–Fri 08:30–12:00")),
        "{said:?}"
    );
    // The place's text has its speech clip like any other text.
    let spoken = relais::clips::spoken_texts(&local, "fr");
    assert!(
        spoken
            .get("place--caf")
            .is_some_and(|t| t.contains("178 avenue Bollée")),
        "{spoken:?}"
    );

    // Without a places file: the network's generic text, on paper and aloud.
    let network = load(dir.path(), None);
    assert!(ticket(&network).contains(&format!("Où aller {generic}")));
    assert!(ticket_speech(&network, "fr").iter().any(|s| s == generic));
}

/// `relais check` of the content under `root` for a site whose places file is `places`: its
/// exit code and what it printed.
fn check_with_places(root: &Path, places: &Path) -> (Option<i32>, String) {
    let config = root.join("relais.toml");
    std::fs::write(
        &config,
        format!("[site]\nplaces = \"{}\"\n", places.display()),
    )
    .unwrap();
    let output = crate::cli::relais(
        &[
            "--config",
            config.to_str().unwrap(),
            "check",
            "--root",
            root.to_str().unwrap(),
        ],
        root,
    );
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    (output.status.code(), said)
}

#[test]
fn check_reports_place_mistakes_where_they_are() {
    // A typo in the network's content: the outcome names a place no one declared.
    let dir = content_sending_to("cfa");
    let output = crate::cli::relais(
        &["check", "--root", dir.path().to_str().unwrap()],
        dir.path(),
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains(&format!("content/{PROCEDURE}.toml:"))
            && said.contains(": error: unknown place `cfa`")
            && said.contains("did you mean `caf`?"),
        "{said}"
    );

    // A typo in the site's places file, hours that do not read, and a place no outcome uses.
    let dir = content_sending_to("caf");
    let places = dir.path().join("places.toml");
    let example = std::fs::read_to_string(example_places()).unwrap();
    let text = example.replace("mo-fr 08:30", "lu-ve 08:30")
        + "\n[cpam]\nname = \"CPAM\"\naddress = \"1 rue X\"\n\n[cfa]\nname = \"Caf\"\naddress = \"2 rue Y\"\n";
    std::fs::write(&places, &text).unwrap();
    let (code, said) = check_with_places(dir.path(), &places);
    assert_eq!(code, Some(1), "{said}");
    let shown = places.display().to_string();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    for expected in [
        format!(
            "{shown}:{}:9: error: the hours of `caf` do not read: `lu` is not a day",
            line_of("hours =")
        ),
        format!("{shown}:{}:2: error: unknown place `cfa`", line_of("[cfa]")),
        format!(
            "{shown}:{}:2: warning: no outcome sends visitors to place `cpam`",
            line_of("[cpam]")
        ),
    ] {
        assert!(said.contains(&expected), "expected {expected}\nin {said}");
    }
}

#[test]
fn a_site_places_file_asks_nothing_of_translators() {
    // A place's text is made in every language from the site's file and the kiosk's labels:
    // no translation lock records it, and `relais check` must not ask one to.
    let dir = content_sending_to("caf");
    let (_, said) = check_with_places(dir.path(), &example_places());
    assert!(said.contains(": 0 error(s)"), "{said}");
    assert!(
        !said.contains("`place--"),
        "a place's text is asked of the translation locks:\n{said}"
    );
}
