//! TLS towards the central database: the certificates trusted (the system's or `[fleet]
//! ca-file`), libpq's `sslmode` words read as ours, and the handshake's failures said plainly.
//!
//! The postgres client knows only `sslmode=disable|prefer|require`; libpq users write
//! `verify-full` (what relais always does: the certificate and the host name checked) or
//! `verify-ca`, `allow`. Those are read as "TLS, checked" before the client parses the URL, so
//! that an address copied from psql works as it is, and is never weaker than verify-full. The
//! same for libpq's `sslrootcert=FILE` (unknown to the client): the certificates to trust when
//! `[fleet] ca-file` does not say.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::CertificateError;

use super::FleetError;

/// A database address as libpq reads it, made readable by the postgres client.
#[derive(Debug, PartialEq, Eq)]
pub struct LibpqUrl {
    /// The address with every `sslmode` other than `disable`, `prefer` and `require` that
    /// libpq knows written `require` (relais checks certificates and names for all of them),
    /// and without `sslrootcert`.
    pub url: String,
    /// `sslrootcert=FILE`: the certificates to trust (`system`, libpq's word for the system's
    /// roots, gives none: those are the default).
    pub root_cert: Option<PathBuf>,
}

/// Reads libpq's `sslmode` and `sslrootcert` out of `url`, in the URL form
/// (`postgresql://…?sslmode=verify-full`) and the key-value form (`host=… sslmode=verify-full`).
/// Anything else is left for the client's parser to accept or refuse.
pub fn libpq_url(url: &str) -> LibpqUrl {
    const CHECKED: [&str; 3] = ["allow", "verify-ca", "verify-full"];
    let mut root_cert = None;
    let mut keep = |param: &str| match param.split_once('=') {
        Some(("sslmode", mode)) if CHECKED.contains(&mode) => Some("sslmode=require".to_string()),
        Some(("sslrootcert", file)) => {
            root_cert = (file != "system").then(|| PathBuf::from(file));
            None
        }
        _ => Some(param.to_string()),
    };
    let url = if url.starts_with("postgresql://") || url.starts_with("postgres://") {
        match url.split_once('?') {
            Some((base, query)) => {
                let params: Vec<String> = query.split('&').filter_map(&mut keep).collect();
                if params.is_empty() {
                    base.to_string()
                } else {
                    format!("{base}?{}", params.join("&"))
                }
            }
            None => url.to_string(),
        }
    } else {
        let params: Vec<String> = url.split(' ').filter_map(&mut keep).collect();
        params.join(" ")
    };
    LibpqUrl { url, root_cert }
}

/// rustls with certificate and host-name checking (its only mode: there is no "accept all"),
/// trusting the certificates of `ca_file`, or else the system's.
pub fn client_config(ca_file: Option<&Path>) -> Result<rustls::ClientConfig, FleetError> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    match ca_file {
        Some(path) => {
            let failed = |reason: String| FleetError::CaFile {
                path: path.display().to_string(),
                reason,
            };
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| failed(e.to_string()))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| failed(e.to_string()))?;
            if certs.is_empty() {
                return Err(failed("it holds no PEM certificate".to_string()));
            }
            for cert in certs {
                roots.add(cert).map_err(|e| failed(e.to_string()))?;
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
        }
    }
    if roots.is_empty() {
        return Err(FleetError::NoRoots);
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| FleetError::CaFile {
            path: "the TLS library".to_string(),
            reason: e.to_string(),
        })?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

/// A failed connection to `host` in plain words when TLS is what failed (the server's
/// certificate, or a server without TLS); `None` for any other failure.
pub fn explain(error: &postgres::Error, host: &str, ca_file: Option<&Path>) -> Option<FleetError> {
    let host = host.to_string();
    let cause = std::error::Error::source(error);
    if cause.is_some_and(|c| c.to_string() == "server does not support TLS") {
        return Some(FleetError::ServerWithoutTls { host });
    }
    let rustls_error = cause
        .and_then(|c| c.downcast_ref::<std::io::Error>())
        .and_then(|io| io.get_ref())
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())?;
    let trusted = match ca_file {
        Some(file) => format!("the certificate authority of {}", file.display()),
        None => "an authority this system trusts".to_string(),
    };
    Some(match rustls_error {
        rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer) => {
            FleetError::UntrustedCertificate { host, trusted }
        }
        rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext {
            presented,
            ..
        }) => FleetError::CertificateForAnotherHost {
            host,
            names: presented
                .iter()
                .map(|name| plain_name(name))
                .collect::<Vec<_>>()
                .join(", "),
        },
        rustls::Error::InvalidCertificate(CertificateError::NotValidForName) => {
            FleetError::CertificateForAnotherHost {
                host,
                names: "other names".to_string(),
            }
        }
        rustls::Error::InvalidCertificate(
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. },
        ) => FleetError::CertificateOutOfDate { host },
        other => FleetError::Tls {
            host,
            reason: other.to_string(),
        },
    })
}

/// A name the certificate presents as rustls writes it (`DnsName("figures.example.org")`),
/// without the wrapping: the name alone when it is quoted.
fn plain_name(presented: &str) -> &str {
    match (presented.find('"'), presented.rfind('"')) {
        (Some(first), Some(last)) if first < last => &presented[first + 1..last],
        _ => presented,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn libpq_sslmode(url: &str) -> String {
        libpq_url(url).url
    }

    #[test]
    fn libpq_sslrootcert_names_the_certificates_to_trust() {
        assert_eq!(
            libpq_url("postgresql://k@db/relais?sslmode=verify-full&sslrootcert=/etc/ca.pem"),
            LibpqUrl {
                url: "postgresql://k@db/relais?sslmode=require".to_string(),
                root_cert: Some(PathBuf::from("/etc/ca.pem")),
            }
        );
        assert_eq!(
            libpq_url("postgresql://k@db/relais?sslrootcert=system"),
            LibpqUrl {
                url: "postgresql://k@db/relais".to_string(),
                root_cert: None,
            }
        );
        assert_eq!(
            libpq_url("host=db sslrootcert=/etc/ca.pem user=k").url,
            "host=db user=k"
        );
    }

    #[test]
    fn libpq_sslmodes_are_read_as_checked_tls() {
        assert_eq!(
            libpq_sslmode("postgresql://kiosk@db.example.org/relais?sslmode=verify-full"),
            "postgresql://kiosk@db.example.org/relais?sslmode=require"
        );
        assert_eq!(
            libpq_sslmode("postgres://k@db/relais?connect_timeout=5&sslmode=verify-ca&x=y"),
            "postgres://k@db/relais?connect_timeout=5&sslmode=require&x=y"
        );
        assert_eq!(
            libpq_sslmode("host=db.example.org user=k sslmode=verify-full dbname=relais"),
            "host=db.example.org user=k sslmode=require dbname=relais"
        );
        for kept in [
            "postgresql://k@localhost/relais?sslmode=disable",
            "postgresql://k@db/relais",
            "postgresql://k@db/relais?sslmode=sometimes",
        ] {
            assert_eq!(libpq_sslmode(kept), kept);
        }
        assert_eq!(plain_name(r#"DnsName("localhost")"#), "localhost");
        assert_eq!(
            plain_name("IpAddress(V4(127.0.0.1))"),
            "IpAddress(V4(127.0.0.1))"
        );
        for url in [
            "postgresql://k@db.example.org/relais?sslmode=verify-full",
            "host=db.example.org user=k sslmode=verify-ca",
        ] {
            let config: postgres::Config = libpq_sslmode(url).parse().unwrap();
            assert_eq!(config.get_ssl_mode(), postgres::config::SslMode::Require);
        }
    }
}
