//! Fetching an official page for `relais sources check`: HTTPS with rustls (Mozilla's roots
//! built in), short timeouts, redirects followed by hand so that a moved page is seen as moved,
//! and the page reduced to its main text (`page_text`) and fingerprinted.
//!
//! `RELAIS_SOURCES_HOSTS` (`host=http://127.0.0.1:8080,other=…`) fetches the pages of a host
//! from another address: a local mirror, or the loopback server of the tests. Addresses in the
//! report stay those of the content.

use std::time::Duration;

use url::Url;

use crate::domain::fingerprint;
use crate::domain::page_text;
use crate::domain::source_lock::Fetched;

/// The environment variable that maps hosts to other addresses (see the module's comment).
pub const HOSTS_VARIABLE: &str = "RELAIS_SOURCES_HOSTS";

/// Redirects followed before giving up: official sites chain two or three at most.
const MAX_REDIRECTS: usize = 8;

/// Pages larger than this are not official pages (a procedure page is a few hundred KB).
const MAX_BODY: u64 = 30 * 1024 * 1024;

/// A client for official pages.
pub struct Fetcher {
    agent: ureq::Agent,
    hosts: Vec<(String, String)>,
}

impl Fetcher {
    /// A client with timeouts that fit a slow public site, and the host map from the
    /// environment. A malformed map is refused, naming the part that is wrong.
    pub fn new() -> anyhow::Result<Self> {
        let hosts = match std::env::var(HOSTS_VARIABLE) {
            Ok(map) => parse_hosts(&map)?,
            Err(_) => Vec::new(),
        };
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_global(Some(Duration::from_secs(30)))
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(concat!(
                "relais/",
                env!("CARGO_PKG_VERSION"),
                " (sources check of an orientation kiosk)"
            ))
            .build()
            .into();
        Ok(Fetcher { agent, hosts })
    }

    /// Fetches the page at `url` (an address of the content) and says what it found.
    pub fn fetch(&self, url: &str) -> Fetched {
        let mut current = match Url::parse(url) {
            Ok(u) => u,
            Err(error) => return Fetched::Unreachable(format!("not a web address: {error}")),
        };
        let mut moved = false;
        for _ in 0..=MAX_REDIRECTS {
            let address = self.mapped(&current);
            let mut response = match self.agent.get(address.as_str()).call() {
                Ok(r) => r,
                Err(error) => return Fetched::Unreachable(plain_error(&error)),
            };
            let status = response.status().as_u16();
            if response.status().is_redirection() {
                let Some(next) = response
                    .headers()
                    .get("location")
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| address.join(l).ok())
                else {
                    return Fetched::Refused(status);
                };
                current = self.unmapped(next);
                moved = true;
                continue;
            }
            if matches!(status, 404 | 410) {
                return Fetched::Gone(status);
            }
            if !response.status().is_success() {
                return Fetched::Refused(status);
            }
            let is_html = response
                .headers()
                .get("content-type")
                .and_then(|t| t.to_str().ok())
                .is_none_or(|t| t.contains("html"));
            let body = match response
                .body_mut()
                .with_config()
                .limit(MAX_BODY)
                .read_to_vec()
            {
                Ok(body) => body,
                Err(error) => return Fetched::Unreachable(plain_error(&error)),
            };
            let (title, text_hash) = if is_html {
                let page = page_text::of_html(&String::from_utf8_lossy(&body));
                (page.title, fingerprint::of(&page.text))
            } else {
                (None, fingerprint::of_bytes(&body))
            };
            return Fetched::Page {
                title,
                text_hash,
                moved_to: moved.then(|| current.to_string()),
            };
        }
        Fetched::Unreachable(format!("more than {MAX_REDIRECTS} redirects"))
    }

    /// The address to ask: the mirror of the host, when one is mapped.
    fn mapped(&self, url: &Url) -> Url {
        let Some((_, base)) = self
            .hosts
            .iter()
            .find(|(h, _)| Some(h.as_str()) == url.host_str())
        else {
            return url.clone();
        };
        let mut path = url.path().to_string();
        if let Some(query) = url.query() {
            path = format!("{path}?{query}");
        }
        Url::parse(base)
            .and_then(|b| b.join(&path))
            .unwrap_or_else(|_| url.clone())
    }

    /// An address the mirror gave, written back as the content's host.
    fn unmapped(&self, url: Url) -> Url {
        for (host, base) in &self.hosts {
            if let Some(rest) = url.as_str().strip_prefix(base.trim_end_matches('/'))
                && let Ok(back) = Url::parse(&format!("https://{host}{rest}"))
            {
                return back;
            }
        }
        url
    }
}

fn parse_hosts(map: &str) -> anyhow::Result<Vec<(String, String)>> {
    map.split(',')
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let (host, base) = part.split_once('=').ok_or_else(|| {
                anyhow::anyhow!("{HOSTS_VARIABLE}: `{part}` is not host=http://address:port")
            })?;
            Url::parse(base.trim()).map_err(|e| {
                anyhow::anyhow!("{HOSTS_VARIABLE}: `{base}` is not an address ({e})")
            })?;
            Ok((host.trim().to_string(), base.trim().to_string()))
        })
        .collect()
}

/// The error in words an editor can act on.
fn plain_error(error: &ureq::Error) -> String {
    match error {
        ureq::Error::HostNotFound => "the site's name was not found".into(),
        ureq::Error::Timeout(_) => "no answer in time".into(),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "connection refused".into()
        }
        other => other.to_string(),
    }
}
