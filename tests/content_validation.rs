//! Content problems as an editor sees them: small procedures built in memory, each with one
//! mistake, and the exact message `relais check` prints for it.

use chrono::NaiveDate;
use relais::content::{self, ContentSources, LanguageSources, SourceFile};

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.to_string(),
        text: text.to_string(),
    }
}

const HEAD: &str = "category = \"login\"\nowner = \"Test\"\nchecked-on = 2026-11-01\nstart = \"q\"\n\n[[source]]\ntitle = \"Source\"\nurl = \"https://example.org/\"\n\n";

/// A procedure `p` with the given nodes, and French texts for the usual ids.
fn sources(nodes: &str, french: &str) -> ContentSources {
    let kiosk: String = relais::i18n::KIOSK_MESSAGES
        .iter()
        .map(|id| format!("{id} = x\n"))
        .collect();
    let mut agent: String = relais::i18n::AGENT_MESSAGES
        .iter()
        .map(|id| format!("{id} = x\n"))
        .collect();
    for flag in relais::content::catalog::KNOWN_FLAGS {
        agent.push_str(&format!("flag--{flag} = x\n"));
    }
    ContentSources {
        procedures: vec![(
            "p".into(),
            file("content/p.toml", &format!("{HEAD}{nodes}")),
        )],
        documents: Some(file(
            "content/documents.toml",
            "[[document]]\nid = \"id-document\"\n",
        )),
        languages: vec![LanguageSources {
            code: "fr".into(),
            manifest: Some(file(
                "locales/fr/language.toml",
                "name = \"Français\"\nfrench-name = \"français\"\nreviewed = true\n",
            )),
            files: vec![
                ("kiosk".into(), file("locales/fr/kiosk.ftl", &kiosk)),
                ("agent".into(), file("locales/fr/agent.ftl", &agent)),
                (
                    "documents".into(),
                    file(
                        "locales/fr/documents.ftl",
                        "document--id-document = Pièce d'identité\n",
                    ),
                ),
                ("p".into(), file("locales/fr/p.ftl", french)),
            ],
            plain_language: None,
        }],
        offered: None,
    }
}

const GOOD_NODES: &str = "[[node]]\nid = \"q\"\nkind = \"question\"\n\n  [[node.choice]]\n  id = \"a\"\n  next = \"end\"\n\n[[node]]\nid = \"end\"\nkind = \"outcome\"\nagent-action = \"Aider.\"\n";
const GOOD_FRENCH: &str = "p = Démarche\np--q = Question ?\np--q--a = Réponse\np--end = Fin.\n";

/// Every diagnostic, rendered as an editor sees it.
fn check(nodes: &str, french: &str) -> Vec<String> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let (_, diagnostics) = content::build(&sources(nodes, french), today);
    diagnostics.iter().map(|d| d.to_string()).collect()
}

#[test]
fn the_fixture_itself_is_clean() {
    assert_eq!(check(GOOD_NODES, GOOD_FRENCH), Vec::<String>::new());
}

#[test]
fn a_key_on_the_wrong_kind_of_node() {
    let nodes = GOOD_NODES.replace(
        "agent-action = \"Aider.\"\n",
        "agent-action = \"Aider.\"\nnext = \"q\"\n",
    );
    assert_eq!(
        check(&nodes, GOOD_FRENCH),
        vec![
            "content/p.toml:22:8: error: `next` is only for info nodes, and `end` is of kind outcome\n  hint: remove `next`, or change `kind`"
        ]
    );
}

#[test]
fn a_node_id_used_twice() {
    let nodes = format!(
        "{GOOD_NODES}\n[[node]]\nid = \"end\"\nkind = \"outcome\"\nagent-action = \"Encore.\"\n"
    );
    let found = check(&nodes, GOOD_FRENCH);
    assert_eq!(
        found,
        vec![
            "content/p.toml:24:6: error: node id `end` is used twice\n  hint: the first is at line 19; give each node its own id"
        ]
    );
}

#[test]
fn a_loop_and_an_unreachable_node() {
    let nodes = GOOD_NODES.replace("next = \"end\"", "next = \"q\"")
        + "\n[[node]]\nid = \"lost\"\nkind = \"outcome\"\nagent-action = \"x\"\n";
    let found = check(&nodes, &format!("{GOOD_FRENCH}p--lost = Perdu.\n"));
    assert!(found.contains(&"content/p.toml:11:6: error: the tree loops: `q` leads back to `q`\n  hint: every path must end on an outcome or a person; change one `next`".to_string()), "{found:#?}");
    assert!(
        found.iter().any(|d| d.starts_with(
            "content/p.toml:19:6: warning: node `end` cannot be reached from `start`"
        )),
        "{found:#?}"
    );
}

#[test]
fn an_outcome_without_agent_action_and_a_missing_text() {
    let nodes = GOOD_NODES.replace("agent-action = \"Aider.\"\n", "");
    let french = GOOD_FRENCH.replace("p--q--a = Réponse\n", "");
    let found = check(&nodes, &french);
    assert_eq!(
        found[0],
        "content/p.toml:19:6: error: outcome `end` has no `agent-action`\n  hint: write, in French, what the agent at the counter should do next"
    );
    // With the tree broken, its texts are not checked against it; fix the tree and they are.
    let found = check(GOOD_NODES, &french);
    assert_eq!(
        found,
        vec![
            "locales/fr/p.ftl:1:1: error: message `p--q--a` is missing\n  hint: add a line `p--q--a = …` with the French text"
        ]
    );
}

#[test]
fn a_source_past_its_review_period() {
    let nodes = GOOD_NODES.to_string();
    let sources = sources(&nodes, GOOD_FRENCH);
    let a_year_later = NaiveDate::from_ymd_opt(2027, 11, 23).unwrap();
    let (catalog, diagnostics) = content::build(&sources, a_year_later);
    assert!(catalog.is_some(), "a warning does not stop the content");
    assert_eq!(
        diagnostics[0].to_string(),
        "content/p.toml:3:14: warning: the sources were checked on 2026-11-01, 387 days ago; the review period is 180 days\n  hint: read the official pages again, update the tree if needed, then set `checked-on` to today"
    );
}
