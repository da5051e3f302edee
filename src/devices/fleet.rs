//! The network's central database (PostgreSQL): where `relais stats push` sends the kiosk's
//! daily counts and its heartbeat, and what `relais fleet migrate|status` read and set up.
//!
//! Optional by design: without `[fleet] database` nothing is sent, and a push that fails only
//! logs; the kiosk, its admin screen and `relais stats` read the local store alone.
//!
//! The connection is TLS with the server's certificate checked against the system's roots (or
//! `[fleet] ca-file`) *and* its host name, whatever the URL's `sslmode` says (libpq's
//! `verify-full`; libpq's `sslmode=verify-full`, `verify-ca` and `allow` are read as that, see
//! `fleet::tls`). The one exception is `sslmode=disable` towards this machine itself
//! (localhost, 127.0.0.0/8, ::1, a Unix socket), which nothing on a network can read; towards
//! any other host it is refused. The password never sits in the configuration: it is read from
//! a file only the service's user may read.

pub mod heartbeat;
pub mod push;
pub mod status;
pub mod tls;

use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

use postgres::config::{Host, SslMode};

use crate::store::StoreError;

/// How long a connection attempt waits when the URL does not say (`connect_timeout`): a push
/// from a timer must give up soon when the network is down.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    #[error(
        "the database address cannot be read ({0}); write it as postgresql://role@host/database"
    )]
    BadUrl(postgres::Error),
    #[error(
        "refused to send figures to {host} without TLS (`sslmode=disable`): only a database on this machine may be reached in clear; remove `sslmode=disable`"
    )]
    ClearText { host: String },
    #[error(
        "the password file {path} can be read by other users (mode {mode:04o}); run `chmod 600 {path}` and make the service's user its owner"
    )]
    PasswordFileOpen { path: String, mode: u32 },
    #[error("the password file {path} cannot be read: {source}")]
    PasswordFile {
        path: String,
        source: std::io::Error,
    },
    #[error("the certificates to trust cannot be read from {path}: {reason}")]
    CaFile { path: String, reason: String },
    #[error("no certificate to trust was found on this system; give one with `[fleet] ca-file`")]
    NoRoots,
    #[error(
        "the central database at {host} is not trusted: its certificate is not signed by {trusted}; give the network's certificate authority with `[fleet] ca-file` (docs/fleet.md, \"TLS\")"
    )]
    UntrustedCertificate { host: String, trusted: String },
    #[error(
        "the central database's certificate is not made for {host} (it names {names}): write in `[fleet] database` the host name its certificate names, or have a certificate made for {host}"
    )]
    CertificateForAnotherHost { host: String, names: String },
    #[error(
        "the central database's certificate at {host} has expired or is not valid yet: renew it, or check this kiosk's clock"
    )]
    CertificateOutOfDate { host: String },
    #[error(
        "the central database at {host} does not offer TLS: turn `ssl` on in its postgresql.conf (docs/fleet.md, \"TLS\")"
    )]
    ServerWithoutTls { host: String },
    #[error("the TLS connection to the central database at {host} failed: {reason}")]
    Tls { host: String, reason: String },
    #[error("the central database: {}", describe(.0))]
    Database(#[from] postgres::Error),
    #[error(
        "the database role `{0}` has no site: add it to fleet.site_account (docs/fleet.md, \"Add a kiosk\")"
    )]
    NoSite(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The server's own words when it answered (the client's Display says only "db error"), else
/// the client's with its cause.
fn describe(error: &postgres::Error) -> String {
    match (error.as_db_error(), std::error::Error::source(error)) {
        (Some(db), _) => db.message().to_string(),
        (None, Some(cause)) if !error.to_string().contains(&cause.to_string()) => {
            format!("{error}: {cause}")
        }
        _ => error.to_string(),
    }
}

/// Opens a connection to the central database at `url`, with the password read from
/// `password_file` when given and the server checked against `ca_file` (else the URL's
/// `sslrootcert`, else the system's certificates).
pub fn connect(
    url: &str,
    password_file: Option<&Path>,
    ca_file: Option<&Path>,
) -> Result<postgres::Client, FleetError> {
    let libpq = tls::libpq_url(url);
    let mut config: postgres::Config = libpq.url.parse().map_err(FleetError::BadUrl)?;
    // `[fleet] ca-file` first; else the URL's `sslrootcert`, as psql would read it.
    let ca_file = ca_file.or(libpq.root_cert.as_deref());
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    if let Some(file) = password_file {
        config.password(read_password(file)?);
    }
    if config.get_ssl_mode() == SslMode::Disable {
        if let Some(host) = config.get_hosts().iter().find(|h| !is_this_machine(h)) {
            let host = match host {
                Host::Tcp(name) => name.clone(),
                Host::Unix(path) => path.display().to_string(),
            };
            return Err(FleetError::ClearText { host });
        }
        return Ok(config.connect(postgres::NoTls)?);
    }
    // `prefer` (the default) would fall back to clear text when the server offers no TLS.
    config.ssl_mode(SslMode::Require);
    let tls = tls::client_config(ca_file)?;
    config
        .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
        .map_err(|error| {
            let host = config
                .get_hosts()
                .first()
                .map_or_else(String::new, |host| match host {
                    Host::Tcp(name) => name.clone(),
                    Host::Unix(path) => path.display().to_string(),
                });
            tls::explain(&error, &host, ca_file).unwrap_or(FleetError::Database(error))
        })
}

/// A host nothing on the network can listen to.
fn is_this_machine(host: &Host) -> bool {
    match host {
        Host::Unix(_) => true,
        Host::Tcp(name) => {
            name == "localhost"
                || name
                    .trim_matches(|c| c == '[' || c == ']')
                    .parse::<IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
    }
}

/// The password, alone in its file (a final line break is not part of it). A file others may
/// read is refused: the password lets anyone write this site's figures.
pub fn read_password(path: &Path) -> Result<String, FleetError> {
    use std::os::unix::fs::PermissionsExt;
    let shown = path.display().to_string();
    let failed = |source| FleetError::PasswordFile {
        path: shown.clone(),
        source,
    };
    let mode = std::fs::metadata(path)
        .map_err(failed)?
        .permissions()
        .mode()
        & 0o7777;
    if mode & 0o077 != 0 {
        return Err(FleetError::PasswordFileOpen { path: shown, mode });
    }
    let text = std::fs::read_to_string(path).map_err(failed)?;
    Ok(text.trim_end_matches(['\n', '\r']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn clear_text_only_towards_this_machine() {
        let refused = connect(
            "postgresql://site@figures.example.org/relais?sslmode=disable",
            None,
            None,
        );
        assert!(
            matches!(&refused, Err(FleetError::ClearText { host }) if host == "figures.example.org"),
            "{:?}",
            refused.err()
        );
        for host in ["localhost", "127.0.0.1", "[::1]"] {
            assert!(is_this_machine(&Host::Tcp(host.to_string())), "{host}");
        }
        assert!(!is_this_machine(&Host::Tcp("10.0.0.1".to_string())));
    }

    #[test]
    fn a_password_file_others_can_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("password");
        std::fs::write(&file, "s3cret\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let error = read_password(&file).unwrap_err().to_string();
        assert!(
            error.contains("mode 0644") && error.contains("chmod 600"),
            "{error}"
        );
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(read_password(&file).unwrap(), "s3cret");
    }
}
