//! `relais sources check` against a real HTTP server on the loopback, started by the test: a
//! page that stays, one that changes, one that moved, one that is gone, and a closed port; then
//! `--update` changing only the named entries, and the plain sentence when nothing answers.
//! The content's `https://` addresses are fetched from the loopback through
//! `RELAIS_SOURCES_HOSTS`, as a local mirror would be.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use crate::common;

/// The text the `/changing` page shows; the test changes it.
type Shared = Arc<Mutex<String>>;

/// Serves the test's pages on 127.0.0.1 until the process ends; returns its port.
fn serve(changing: Shared) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            answer(stream, &changing);
        }
    });
    port
}

fn answer(mut stream: TcpStream, changing: &Shared) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    reader.read_line(&mut request).unwrap();
    // The headers, up to the blank line.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let page = |text: &str| {
        format!(
            "<html><head><title>Page</title></head><body><nav>Menu {path}</nav><main><p>{text}</p></main></body></html>"
        )
    };
    let (status, headers, body) = match path.as_str() {
        "/same" => ("200 OK", String::new(), page("Le texte ne change pas.")),
        "/changing" => ("200 OK", String::new(), page(&changing.lock().unwrap())),
        "/old" => (
            "301 Moved Permanently",
            "Location: /new\r\n".into(),
            String::new(),
        ),
        "/new" => ("200 OK", String::new(), page("La nouvelle page.")),
        _ => ("404 Not Found", String::new(), "not here".to_string()),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n{body}",
        body.len()
    );
}

/// A port nothing listens on: bound, then let go.
fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

const URLS: [&str; 5] = [
    "https://site.test/same",
    "https://site.test/changing",
    "https://site.test/old",
    "https://site.test/gone",
    "https://closed.test/page",
];

/// The shipped content reduced to one procedure whose sources are the test's pages.
fn content(dir: &Path) {
    common::copy_content(dir);
    let keep = "cant-log-in";
    for entry in std::fs::read_dir(dir.join("content")).unwrap().flatten() {
        let stem = entry
            .path()
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if !["documents", "glossary", keep].contains(&stem.as_str()) {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    let tree = dir.join("content/cant-log-in.toml");
    let text = std::fs::read_to_string(&tree).unwrap();
    let (head, rest) = text.split_at(text.find("[[source]]").unwrap());
    let nodes = &rest[rest.find("[[node]]").unwrap()..];
    let sources: String = URLS
        .iter()
        .enumerate()
        .map(|(n, url)| {
            format!("[[source]]\ntitle = \"Page {n}\"\nurl = \"{url}\"\nread-on = 2026-11-20\nread = \"live\"\n\n")
        })
        .collect();
    std::fs::write(&tree, format!("{head}{sources}{nodes}")).unwrap();
    std::fs::write(dir.join("relais.toml"), "[site]\nname = \"Test\"\n").unwrap();
}

fn relais(dir: &Path, args: &[&str], hosts: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relais"))
        .args(args)
        .current_dir(dir)
        .env("RUST_LOG", "error")
        .env("RELAIS_SOURCES_HOSTS", hosts)
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("ALL_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .env_remove("all_proxy")
        .output()
        .expect("the relais binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The verdict printed under a source's address.
fn verdict<'a>(report: &'a str, url: &str) -> &'a str {
    let mut lines = report.lines();
    lines
        .find(|l| l.trim_start().starts_with(&format!("{url} (")))
        .and_then(|_| lines.next())
        .unwrap_or_else(|| panic!("no line for {url} in:\n{report}"))
        .trim()
}

/// The lock's entry of an address, as text.
fn entry(lock: &str, url: &str) -> String {
    let at = lock.find(&format!("url = \"{url}\"")).unwrap();
    let start = lock[..at].rfind("[[source]]").unwrap();
    let end = lock[at..].find("[[source]]").map_or(lock.len(), |e| at + e);
    lock[start..end].to_string()
}

#[test]
fn each_kind_of_page_is_reported_and_update_records_only_the_named_ones() {
    let dir = tempfile::tempdir().unwrap();
    content(dir.path());
    let changing: Shared = Arc::new(Mutex::new("Première version.".to_string()));
    let port = serve(changing.clone());
    let hosts = format!(
        "site.test=http://127.0.0.1:{port},closed.test=http://127.0.0.1:{}",
        closed_port()
    );
    let lock_path = dir.path().join("content/sources.lock");

    let seeded = relais(dir.path(), &["sources", "seed"], &hosts);
    assert!(seeded.status.success(), "{seeded:?}");
    let before = std::fs::read_to_string(&lock_path).unwrap();
    assert!(
        !before.contains("text-hash"),
        "a seeded entry claims a text:\n{before}"
    );

    let update = relais(
        dir.path(),
        &["sources", "check", "--update", URLS[0], URLS[1]],
        &hosts,
    );
    assert!(update.status.success(), "{update:?}");
    let after = std::fs::read_to_string(&lock_path).unwrap();
    let today = chrono::Local::now().date_naive().to_string();
    for url in &URLS[..2] {
        let recorded = entry(&after, url);
        assert!(recorded.contains("status = \"ok\""), "{recorded}");
        assert!(recorded.contains("text-hash = "), "{recorded}");
        assert!(
            recorded.contains(&format!("read-on = \"{today}\"")),
            "{recorded}"
        );
    }
    for url in &URLS[2..] {
        assert_eq!(entry(&after, url), entry(&before, url), "{url} changed");
    }

    *changing.lock().unwrap() = "Deuxième version, changée.".to_string();
    let check = relais(dir.path(), &["sources", "check"], &hosts);
    let report = stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{report}");
    assert!(
        verdict(&report, URLS[0]).starts_with(&format!("unchanged since it was read on {today}")),
        "{report}"
    );
    assert!(
        verdict(&report, URLS[1]).starts_with(&format!("CHANGED since it was read on {today}")),
        "{report}"
    );
    assert!(
        verdict(&report, URLS[2]).starts_with("MOVED to https://site.test/new"),
        "{report}"
    );
    assert!(
        verdict(&report, URLS[3]).starts_with("GONE (404)"),
        "{report}"
    );
    assert!(
        verdict(&report, URLS[4]).starts_with("unreachable (connection refused)"),
        "{report}"
    );
    assert_eq!(
        std::fs::read_to_string(&lock_path).unwrap(),
        after,
        "a check wrote the lock"
    );
}

#[test]
fn offline_says_so_and_leaves_the_lock_alone() {
    let dir = tempfile::tempdir().unwrap();
    content(dir.path());
    let closed = closed_port();
    let hosts =
        format!("site.test=http://127.0.0.1:{closed},closed.test=http://127.0.0.1:{closed}");
    assert!(
        relais(dir.path(), &["sources", "seed"], &hosts)
            .status
            .success()
    );
    let lock_path = dir.path().join("content/sources.lock");
    let before = std::fs::read_to_string(&lock_path).unwrap();

    for args in [
        &["sources", "check"][..],
        &["sources", "check", "--update", URLS[0]],
    ] {
        let output = relais(dir.path(), args, &hosts);
        let said = String::from_utf8_lossy(&output.stderr);
        assert_ne!(output.status.code(), Some(0), "{said}");
        assert!(
            said.contains("No official page could be reached: this computer seems to be offline"),
            "{said}"
        );
        assert_eq!(std::fs::read_to_string(&lock_path).unwrap(), before);
    }
}

#[test]
fn check_warns_about_a_lock_entry_older_than_the_review_period() {
    let dir = tempfile::tempdir().unwrap();
    content(dir.path());
    assert!(
        relais(dir.path(), &["sources", "seed"], "")
            .status
            .success()
    );
    let lock_path = dir.path().join("content/sources.lock");
    let lock = std::fs::read_to_string(&lock_path).unwrap();
    let old = entry(&lock, URLS[3]);
    let lock = lock.replace(&old, &old.replace("2026-11-20", "2020-01-02"));
    std::fs::write(&lock_path, &lock).unwrap();

    let out = stdout(&relais(dir.path(), &["check"], ""));
    let line = lock.lines().position(|l| l.contains(URLS[3])).unwrap() + 1;
    let warned: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("content/sources.lock:"))
        .collect();
    assert_eq!(warned.len(), 1, "{out}");
    assert!(
        warned[0].starts_with(&format!(
            "content/sources.lock:{line}:1: warning: source `Page 3` of `cant-log-in` was read on 2020-01-02"
        )),
        "{out}"
    );
}
