//! Generated content for the load benchmarks: a content root with any number of procedures of
//! 50 nodes each, with their texts in four languages, that passes `relais check` without an
//! error or a warning, so that the benchmarks measure the path real content takes.
//!
//! Shared by `benches/kiosk.rs`, `examples/catalog_load.rs` (peak memory, run by
//! `scripts/bench.sh`) and `tests/integration/generated_catalog.rs` (which checks that the
//! generated content really is valid), each through `#[path]`.
//!
//! What is generated, and why:
//! - the shared files (documents, glossary, the kiosk's and the agent's texts, language
//!   manifests, the plain-language rules) are copied from the shipped content, so the
//!   generated root stays valid when those files change;
//! - four languages: French and English as shipped, plus Arabic (right to left) and Ukrainian,
//!   whose kiosk, document and glossary texts are the English ones (only the procedures' texts
//!   are written in their scripts: what grows with the catalog is the procedures);
//! - each procedure `gen-NNNNN` has 40 questions (three answers each), 5 information nodes and
//!   5 outcomes: the questions form a chain ("yes" goes on), "no" ends on one of the outcomes,
//!   "something else" goes to a person; the last question leads through the information nodes
//!   to the first outcome. Every node is reachable and every path ends, as validation demands.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

/// Nodes of each generated procedure, by kind.
pub const QUESTIONS: usize = 40;
pub const INFOS: usize = 5;
pub const OUTCOMES: usize = 5;
/// Every generated procedure has this many nodes.
pub const NODES_PER_PROCEDURE: usize = QUESTIONS + INFOS + OUTCOMES;

/// The languages of the generated root: code, own name, French name, right to left.
const EXTRA_LANGUAGES: [(&str, &str, &str, bool); 2] = [
    ("ar", "العربية", "arabe", true),
    ("uk", "Українська", "ukrainien", false),
];
/// The shipped language whose shared texts the extra languages copy.
const BORROWED_FROM: &str = "en";
const CATEGORIES: [&str; 6] = ["money", "housing", "health", "papers", "work", "login"];

/// The id of the `index`-th generated procedure.
pub fn procedure_id(index: usize) -> String {
    format!("gen-{index:05}")
}

/// Writes a content root with `procedures` generated procedures into `out` (which must be
/// empty or absent), copying the shared files from the shipped root `shipped`.
pub fn write(shipped: &Path, out: &Path, procedures: usize) -> io::Result<()> {
    let shipped_procedures = shipped_procedure_ids(shipped)?;
    let content = out.join("content");
    fs::create_dir_all(&content)?;
    for shared in ["documents.toml", "glossary.toml"] {
        fs::copy(shipped.join("content").join(shared), content.join(shared))?;
    }
    for entry in fs::read_dir(shipped.join("locales"))? {
        let lang_dir = entry?.path();
        if !lang_dir.is_dir() {
            continue;
        }
        let target = out
            .join("locales")
            .join(lang_dir.file_name().unwrap_or_default());
        copy_shared_files(&lang_dir, &target, &shipped_procedures)?;
    }
    let borrowed = shipped.join("locales").join(BORROWED_FROM);
    for (code, name, french_name, rtl) in EXTRA_LANGUAGES {
        let target = out.join("locales").join(code);
        copy_shared_files(&borrowed, &target, &shipped_procedures)?;
        fs::write(
            target.join("language.toml"),
            format!(
                "# Generated for the benchmarks.\nname = \"{name}\"\nfrench-name = \"{french_name}\"\n\
                 direction = \"{}\"\nreviewed = false\nvoice = \"{code}\"\n",
                if rtl { "rtl" } else { "ltr" }
            ),
        )?;
    }

    let today = relais::content::today();
    for index in 0..procedures {
        let id = procedure_id(index);
        fs::write(
            content.join(format!("{id}.toml")),
            procedure_toml(index, today),
        )?;
        for lang in ["fr", "en", "ar", "uk"] {
            let path = out.join("locales").join(lang).join(format!("{id}.ftl"));
            fs::write(path, procedure_ftl(&id, index, lang))?;
        }
    }
    Ok(())
}

/// Ids of the shipped procedures: their files are not copied.
fn shipped_procedure_ids(shipped: &Path) -> io::Result<Vec<String>> {
    let mut ids = Vec::new();
    for entry in fs::read_dir(shipped.join("content"))? {
        let path = entry?.path();
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        if path.extension().is_some_and(|e| e == "toml")
            && stem != "documents"
            && stem != "glossary"
        {
            ids.push(stem.into_owned());
        }
    }
    Ok(ids)
}

/// Copies every file of a shipped language folder except the procedures' texts.
fn copy_shared_files(from: &Path, to: &Path, procedures: &[String]) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let path = entry?.path();
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        if path.is_file() && !procedures.iter().any(|p| *p == stem) {
            fs::copy(&path, to.join(path.file_name().unwrap_or_default()))?;
        }
    }
    Ok(())
}

fn question(k: usize) -> String {
    format!("q{k:02}")
}
fn info(k: usize) -> String {
    format!("i{k:02}")
}
fn outcome(k: usize) -> String {
    format!("o{k:02}")
}

/// The tree described in the module header.
fn procedure_toml(index: usize, today: chrono::NaiveDate) -> String {
    let mut t = String::new();
    let category = CATEGORIES[index % CATEGORIES.len()];
    let _ = write!(
        t,
        "category = \"{category}\"\npictogram = \"something-else\"\nowner = \"Équipe de test\"\nchecked-on = {today}\n\
         review-every-days = 180\nstart = \"{}\"\n\n\
         [[source]]\ntitle = \"Source générée {index}\"\nurl = \"https://example.org/{index}\"\n\
         read-on = {today}\nread = \"live\"\n",
        question(0)
    );
    for k in 0..QUESTIONS {
        let yes = if k + 1 < QUESTIONS {
            question(k + 1)
        } else {
            info(0)
        };
        let no_flags = if k % 7 == 0 { "\"no-email\"" } else { "" };
        let _ = write!(
            t,
            "\n[[node]]\nid = \"{}\"\nkind = \"question\"\n\n\
             [[node.choice]]\nid = \"yes\"\nnext = \"{yes}\"\npictogram = \"yes\"\nhas = [\"id-document\"]\n\n\
             [[node.choice]]\nid = \"no\"\nnext = \"{}\"\npictogram = \"no\"\nflags = [{no_flags}]\nlacks = [\"id-document\"]\n\n\
             [[node.choice]]\nid = \"other\"\nnext = \"person\"\npictogram = \"dont-know\"\n",
            question(k),
            outcome(k % OUTCOMES)
        );
    }
    for k in 0..INFOS {
        let next = if k + 1 < INFOS {
            info(k + 1)
        } else {
            outcome(0)
        };
        let _ = write!(
            t,
            "\n[[node]]\nid = \"{}\"\nkind = \"info\"\nnext = \"{next}\"\n",
            info(k)
        );
    }
    for k in 0..OUTCOMES {
        let _ = write!(
            t,
            "\n[[node]]\nid = \"{}\"\nkind = \"outcome\"\nbring = [\"id-document\"]\n\
             agent-action = \"Aider la personne pour l'étape {k}.\"\n",
            outcome(k)
        );
    }
    t
}

/// Texts of one language: a name, per question a text with a detail line and three answers, per
/// information and outcome node a text.
/// Short sentences with everyday words, so that the French passes the plain-language check.
fn procedure_ftl(id: &str, index: usize, lang: &str) -> String {
    let [name, ask, detail, yes, no, other, read, end] = match lang {
        "fr" => [
            "Démarche numéro",
            "Avez-vous reçu la lettre numéro # ?",
            "Regardez dans votre boîte aux lettres.",
            "Oui",
            "Non",
            "Autre chose",
            "Lisez bien cette page.",
            "Allez au guichet avec votre pièce d'identité.",
        ],
        "en" => [
            "Procedure number",
            "Did you get letter number #?",
            "Look in your letter box.",
            "Yes",
            "No",
            "Something else",
            "Read this page carefully.",
            "Go to the counter with your identity document.",
        ],
        "ar" => [
            "الإجراء رقم",
            "هل وصلتك الرسالة رقم #؟",
            "انظر في صندوق بريدك.",
            "نعم",
            "لا",
            "شيء آخر",
            "اقرأ هذه الصفحة جيدا.",
            "اذهب إلى الشباك مع وثيقة هويتك.",
        ],
        _ => [
            "Процедура номер",
            "Ви отримали лист номер #?",
            "Подивіться у свою поштову скриньку.",
            "Так",
            "Ні",
            "Щось інше",
            "Уважно прочитайте цю сторінку.",
            "Підійдіть до віконця з документом, що посвідчує особу.",
        ],
    };
    let mut t = format!("{id} = {name} {index}\n");
    for k in 0..QUESTIONS {
        let q = question(k);
        let _ = write!(
            t,
            "{id}--{q} = {}\n    .detail = {detail}\n\
             {id}--{q}--yes = {yes}\n{id}--{q}--no = {no}\n{id}--{q}--other = {other}\n",
            ask.replace('#', &k.to_string())
        );
    }
    for k in 0..INFOS {
        let _ = writeln!(t, "{id}--{} = {read}", info(k));
    }
    for k in 0..OUTCOMES {
        let _ = writeln!(t, "{id}--{} = {end}", outcome(k));
    }
    t
}
