//! The central database over real TLS: a PostgreSQL server (`postgres_server`) with `ssl = on`
//! and a certificate for `localhost` from a throwaway certificate authority, both made here by
//! the `openssl` command. `relais stats push` with `[fleet] ca-file` and libpq's
//! `sslmode=verify-full` sends over TLS (the server says so; libpq's `sslrootcert` in the URL
//! does as `ca-file`); without the authority (the
//! system's roots), to a name the certificate does not carry, or to a server without TLS it is
//! refused with a plain sentence. (`sslmode=disable` towards another machine is refused before
//! any connection: a unit test of `fleet`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use relais::stats::{StatEvent, StatKind};
use relais::store::Store;

use super::fleet::{central_database, password_file, relais};
use super::postgres_server::Postgres;

fn openssl(dir: &Path, args: &[&str]) {
    let output = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs (scripts/install-deps.sh installs it)");
    assert!(
        output.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A certificate authority (`ca.pem`) and a server certificate for `localhost` it signed
/// (`server.crt`, key `server.key`), in `dir`.
fn certificates(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    std::fs::write(
        dir.join("ca.cnf"),
        "[req]\ndistinguished_name = dn\nprompt = no\nx509_extensions = ca\n\
         [dn]\nCN = relais test CA\n\
         [ca]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n\
         subjectKeyIdentifier = hash\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("server.ext"),
        "basicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature\n\
         extendedKeyUsage = serverAuth\nsubjectAltName = DNS:localhost\n",
    )
    .unwrap();
    let p256 = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509", "-config", "ca.cnf", "-days", "2"];
    ca.extend(p256);
    ca.extend(["-keyout", "ca.key", "-out", "ca.pem"]);
    openssl(dir, &ca);
    let mut request = vec!["req", "-new", "-subj", "/CN=localhost"];
    request.extend(p256);
    request.extend(["-keyout", "server.key", "-out", "server.csr"]);
    openssl(dir, &request);
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-set_serial",
            "2",
            "-days",
            "2",
            "-extfile",
            "server.ext",
            "-out",
            "server.crt",
        ],
    );
    (
        dir.join("ca.pem"),
        dir.join("server.crt"),
        dir.join("server.key"),
    )
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// What a refused push said, checked to be a plain sentence: its reason, no debug words of
/// the TLS library.
fn refused(output: &Output, reason: &str) {
    let said = said(output);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains("figures not sent (kept for the next push)") && said.contains(reason),
        "expected `{reason}` in:\n{said}"
    );
    for raw in [
        "UnknownIssuer",
        "NotValidForName",
        "InvalidCertificate",
        "{",
    ] {
        assert!(!said.contains(raw), "debug text `{raw}` in:\n{said}");
    }
}

#[test]
fn figures_go_over_tls_only_to_the_server_whose_certificate_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let (ca, cert, key) = certificates(dir.path());
    let mut pg = Postgres::start_with_tls(&cert, &key);
    central_database(&pg, &[("kiosk_lyon", "lyon")]);
    let password = password_file("kiosk_lyon", dir.path());
    let mut store = Store::open(&dir.path().join("relais.db")).unwrap();
    let event = StatEvent {
        kind: StatKind::VisitStarted,
        language: None,
        procedure: None,
        node: None,
    };
    store
        .record(&event, chrono::Local::now().date_naive())
        .unwrap();
    drop(store);

    let config = dir.path().join("relais.toml");
    let push = |database: &str, ca_file: Option<&Path>| {
        let ca_line = ca_file.map_or_else(String::new, |ca| {
            format!("ca-file = \"{}\"\n", ca.display())
        });
        std::fs::write(
            &config,
            format!(
                "[store]\npath = \"relais.db\"\n[fleet]\ndatabase = \"{database}\"\n\
                 password-file = \"{}\"\n{ca_line}",
                password.display()
            ),
        )
        .unwrap();
        relais(&["--config", config.to_str().unwrap(), "stats", "push"])
    };
    // `hostaddr`: localhost's IPv4 address, where the server listens (a name that also
    // resolves to ::1 would leave the client's last error to the refused IPv6 attempt).
    let localhost = format!(
        "kiosk_lyon@localhost:{}/postgres?hostaddr=127.0.0.1",
        pg.port()
    );
    // As a libpq user writes it: `verify-full`, which the postgres client alone cannot read.
    let verify_full = format!("postgresql://{localhost}&sslmode=verify-full");

    // With the network's authority: sent, and the server saw TLS.
    let sent = push(&verify_full, Some(&ca));
    assert!(sent.status.success(), "{}", said(&sent));
    assert!(said(&sent).contains("for site lyon"), "{}", said(&sent));
    let log = pg.log();
    let kiosk_sessions: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("connection authorized: user=kiosk_lyon"))
        .collect();
    assert!(
        !kiosk_sessions.is_empty() && kiosk_sessions.iter().all(|l| l.contains("SSL enabled")),
        "the kiosk's session was not over TLS:\n{log}"
    );
    let heartbeats: i64 = pg
        .owner()
        .query_one(
            "SELECT count(*) FROM fleet.heartbeat WHERE site = 'lyon'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(heartbeats, 1);
    // The same connection as the library makes it, asked from inside the server; the
    // authority named in the URL, as psql reads it (`sslrootcert`).
    let with_root = format!("{verify_full}&sslrootcert={}", ca.display());
    let mut db = relais::fleet::connect(&with_root, Some(&password), None).unwrap();
    let row = db
        .query_one(
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .unwrap();
    let (ssl, version): (bool, Option<String>) = (row.get(0), row.get(1));
    assert!(ssl, "pg_stat_ssl says the session is in clear");
    assert!(version.is_some_and(|v| v.starts_with("TLSv1.")));
    drop(db);

    // Without the authority the system's roots do not know the server: refused, plainly.
    let url = format!("postgresql://{localhost}");
    refused(
        &push(&url, None),
        "the central database at localhost is not trusted: its certificate is not signed by an authority this system trusts; give the network's certificate authority with `[fleet] ca-file`",
    );

    // A certificate for another name than the one asked for (`hostaddr` reaches the same
    // server while the kiosk asks for figures.example.org).
    let elsewhere = format!(
        "postgresql://kiosk_lyon@figures.example.org:{}/postgres?hostaddr=127.0.0.1&sslmode=verify-ca",
        pg.port()
    );
    refused(
        &push(&elsewhere, Some(&ca)),
        "the central database's certificate is not made for figures.example.org (it names localhost)",
    );

    // A server that does not offer TLS: never a fallback to clear text.
    pg.stop();
    pg.tls = false;
    pg.resume();
    refused(
        &push(&verify_full, Some(&ca)),
        "the central database at localhost does not offer TLS",
    );
}
