//! The configuration file (`relais.toml`): site, kiosk, printer and store settings.
//!
//! Every key is optional and unknown keys are errors, reported with file, line and column.
//! Relative paths in the file are taken relative to the folder that holds the file, so a
//! configuration can be moved with its data; without a file, built-in defaults run from a
//! checkout (relative to the current folder).

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::content::validate::FileContext;
use crate::diagnostics::Diagnostic;
use crate::session::SessionConfig;

/// The name looked for in the current folder when `--config` is not given.
pub const DEFAULT_FILE: &str = "relais.toml";

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// The folder that holds content/, locales/ and audio/ (overridden by `--root`).
    #[serde(default)]
    pub root: Option<PathBuf>,
    #[serde(default)]
    pub site: SiteConfig,
    #[serde(default)]
    pub kiosk: KioskConfig,
    #[serde(default)]
    pub printer: PrinterConfig,
    #[serde(default)]
    pub store: StoreConfig,
    /// Where new content comes from: the network's signed git repository (issue 18).
    #[serde(default)]
    pub content: ContentConfig,
    /// The network's central database for figures and health (issue 18).
    #[serde(default)]
    pub fleet: FleetConfig,
}

/// `[content]`: the network's content repository and where its releases are kept
/// (`relais content update`, docs/fleet.md).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ContentConfig {
    /// The git URL of the network's content repository; none: `relais content update` has
    /// nothing to fetch.
    #[serde(default)]
    pub repository: Option<String>,
    /// The SSH keys allowed to sign a release, in ssh-keygen's allowed-signers format.
    #[serde(default = "default_allowed_signers")]
    pub allowed_signers: PathBuf,
    /// Holds `releases/<tag>/`, `current` (a symbolic link to the release in use: point
    /// `root` at it) and the repository's mirror.
    #[serde(default = "default_kiosk_root")]
    pub kiosk_root: PathBuf,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SiteConfig {
    /// Printed on the handoff.
    #[serde(default = "default_site_name")]
    pub name: String,
    /// The site's own places (addresses, hours) that outcomes name with `where`.
    #[serde(default)]
    pub places: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct KioskConfig {
    /// Languages offered, in this order. Default: every folder under locales/, French first.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    #[serde(default)]
    pub fullscreen: bool,
    #[serde(default = "default_idle_warning")]
    pub idle_warning_seconds: u64,
    #[serde(default = "default_idle_reset")]
    pub idle_reset_seconds: u64,
    /// How far above the normal level the visitor's "Louder" may go, in dB (steps of 3): the
    /// room's ceiling. Default 18, the range EN 301 549 5.1.3.12 asks for.
    #[serde(default = "default_volume_max_db")]
    pub volume_max_db: i32,
}

fn default_volume_max_db() -> i32 {
    crate::session::VOLUME_MAX_DB
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PrinterConfig {
    /// "spool" | "escpos-tcp" | "escpos-usb" | "cups".
    #[serde(default = "default_backend")]
    pub backend: BackendKind,
    #[serde(default = "default_address")]
    pub address: String,
    #[serde(default = "default_device")]
    pub device: PathBuf,
    #[serde(default = "default_queue")]
    pub queue: String,
    /// 80 or 58.
    #[serde(default = "default_paper_width")]
    pub paper_width_mm: u32,
    #[serde(default = "default_spool_dir")]
    pub spool_dir: PathBuf,
    /// The `ESC t` number that selects code page 858 on this ESC/POS printer: 19 on Epson and
    /// most clones; some models number their tables differently (see their manual).
    #[serde(default = "default_code_page")]
    pub code_page: u8,
    /// Ask a TCP printer for its paper status before each job (`DLE EOT 4`). Turn off only for
    /// a model that never answers: then a printer out of paper loses the slip silently.
    #[serde(default = "default_true")]
    pub status_check: bool,
    /// What the cups backend sends to its queue: `escpos` (the default, a receipt printer),
    /// `pdf` (A4, any printer) or `pdf-80mm`.
    #[serde(default = "default_cups_format")]
    pub cups_format: CupsFormatKind,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct StoreConfig {
    #[serde(default = "default_store_path")]
    pub path: PathBuf,
    #[serde(default = "default_retention")]
    pub retention_days: u32,
}

/// `[fleet]`: where `relais stats push` sends figures and heartbeat; none without `database`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct FleetConfig {
    /// `postgresql://role@host/db` (no password in it: see `password-file`).
    pub database: Option<String>,
    /// The site role's password, alone in a file only the service's user may read (0600).
    pub password_file: Option<PathBuf>,
    /// The PEM certificates the server's certificate must chain to; default: the system's.
    pub ca_file: Option<PathBuf>,
    /// This kiosk's name within its site (default: the machine's host name).
    pub kiosk: Option<String>,
}

fn default_site_name() -> String {
    "relais".to_string()
}
fn default_idle_warning() -> u64 {
    60
}
fn default_idle_reset() -> u64 {
    30
}
fn default_backend() -> BackendKind {
    BackendKind::Spool
}
fn default_address() -> String {
    "127.0.0.1:9100".to_string()
}
fn default_device() -> PathBuf {
    PathBuf::from("/dev/usb/lp0")
}
fn default_queue() -> String {
    "receipt".to_string()
}
fn default_paper_width() -> u32 {
    80
}
/// PC858 (Latin with €) in Epson's numbering of code pages (`print::escpos::PC858_EPSON` is this
/// number), kept here so that the configuration, which `print` reads, needs nothing of `print`.
pub const DEFAULT_CODE_PAGE: u8 = 19;

fn default_code_page() -> u8 {
    DEFAULT_CODE_PAGE
}
fn default_true() -> bool {
    true
}
fn default_cups_format() -> CupsFormatKind {
    CupsFormatKind::Escpos
}
fn default_spool_dir() -> PathBuf {
    PathBuf::from("var/spool")
}
fn default_store_path() -> PathBuf {
    PathBuf::from("var/relais.db")
}
fn default_retention() -> u32 {
    30
}
fn default_allowed_signers() -> PathBuf {
    PathBuf::from("allowed_signers")
}
fn default_kiosk_root() -> PathBuf {
    PathBuf::from("var/content")
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            name: default_site_name(),
            places: None,
        }
    }
}
impl Default for KioskConfig {
    fn default() -> Self {
        KioskConfig {
            languages: None,
            fullscreen: false,
            idle_warning_seconds: default_idle_warning(),
            idle_reset_seconds: default_idle_reset(),
            volume_max_db: default_volume_max_db(),
        }
    }
}
impl Default for PrinterConfig {
    fn default() -> Self {
        PrinterConfig {
            backend: default_backend(),
            address: default_address(),
            device: default_device(),
            queue: default_queue(),
            paper_width_mm: default_paper_width(),
            spool_dir: default_spool_dir(),
            code_page: default_code_page(),
            status_check: default_true(),
            cups_format: default_cups_format(),
        }
    }
}
impl Default for ContentConfig {
    fn default() -> Self {
        ContentConfig {
            repository: None,
            allowed_signers: default_allowed_signers(),
            kiosk_root: default_kiosk_root(),
        }
    }
}
impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            path: default_store_path(),
            retention_days: default_retention(),
        }
    }
}

/// Characters per line of font A on a receipt of this width (32 on 58 mm, 48 on 80 mm).
pub fn columns(paper_width_mm: u32) -> usize {
    if paper_width_mm == 58 { 32 } else { 48 }
}

crate::closed_set! {
    /// The printer backends this build can drive: what `[printer] backend` names. The one list
    /// that `config` checks and `print::backend_from_config` builds from.
    pub enum BackendKind {
        Spool => "spool",
        EscposTcp => "escpos-tcp",
        EscposUsb => "escpos-usb",
        Cups => "cups",
    }
}

crate::closed_set! {
    /// What the `cups` backend sends to its queue (`[printer] cups-format`).
    pub enum CupsFormatKind {
        /// Raw ESC/POS for a receipt printer behind CUPS.
        Escpos => "escpos",
        /// An A4 PDF, for any other printer.
        Pdf => "pdf",
        /// A PDF the width of an 80 mm roll.
        Pdf80mm => "pdf-80mm",
    }
}

/// Where the value of `[section] key` lies in a parsed document, if it is written there.
fn value_span(document: &toml::de::DeTable, section: &str, key: &str) -> Option<Range<usize>> {
    let (_, table) = document.iter().find(|(k, _)| k.get_ref() == section)?;
    let toml::de::DeValue::Table(table) = table.get_ref() else {
        return None;
    };
    let (_, value) = table.iter().find(|(k, _)| k.get_ref() == key)?;
    Some(value.span())
}

/// `host:port` with a port number (a name or an address before it).
fn is_host_and_port(address: &str) -> bool {
    address
        .rsplit_once(':')
        .is_some_and(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok_and(|p| p > 0))
}

impl Config {
    /// Parses a configuration file's text. Problems are returned as diagnostics; on any error
    /// the built-in defaults are returned with them so that `relais check` can go on.
    pub fn parse(file: &str, text: &str) -> (Config, Vec<Diagnostic>) {
        let mut ctx = FileContext::new(file, text);
        let config = match toml::from_str::<Config>(text) {
            Ok(config) => {
                config.validate(&mut ctx, text);
                config
            }
            Err(error) => {
                ctx.toml_error(&error);
                if let Some(unknown) = ctx.diagnostics.last_mut()
                    && unknown.message.starts_with("unknown field")
                {
                    unknown.hint = "check the spelling of the key; every key is in the reference \
                        configuration, packaging/relais.toml (installed as \
                        /usr/share/doc/relais/relais.example.toml)"
                        .to_string();
                }
                Config::default()
            }
        };
        (config, ctx.diagnostics)
    }

    fn validate(&self, ctx: &mut FileContext, text: &str) {
        let document = toml::de::DeTable::parse(text).ok();
        // The value as written, to underline it; the file's start when the key is not written.
        let at = |key: &str| {
            let (section, key) = key.split_once('.').expect("keys are `section.key`");
            document
                .as_ref()
                .and_then(|doc| value_span(doc.get_ref(), section, key))
                .unwrap_or(0..0)
        };
        if let BackendKind::Unknown(name) = &self.printer.backend {
            let known: Vec<&str> = BackendKind::KNOWN.iter().map(BackendKind::as_str).collect();
            ctx.error(
                &at("printer.backend"),
                format!("unknown printer backend `{name}`"),
                format!("use one of: {}", known.join(", ")),
            );
        }
        if let CupsFormatKind::Unknown(name) = &self.printer.cups_format {
            ctx.error(
                &at("printer.cups-format"),
                format!("unknown cups format `{name}`"),
                "use escpos (a receipt printer behind CUPS), pdf (A4, any other printer) or pdf-80mm",
            );
        }
        if ![58, 80].contains(&self.printer.paper_width_mm) {
            ctx.error(
                &at("printer.paper-width-mm"),
                format!(
                    "paper width {} mm is not supported",
                    self.printer.paper_width_mm
                ),
                "receipt printers use 80 or 58 mm paper",
            );
        }
        if !(0..=30).contains(&self.kiosk.volume_max_db) {
            ctx.error(
                &at("kiosk.volume-max-db"),
                format!(
                    "a volume ceiling of {} dB is out of range",
                    self.kiosk.volume_max_db
                ),
                "give 0 to 30 (dB above the normal level; 18 or more gives visitors the range EN 301 549 asks for)",
            );
        }
        if self.kiosk.idle_reset_seconds < 20 {
            ctx.error(
                &at("kiosk.idle-reset-seconds"),
                format!(
                    "the idle countdown of {} s is too short",
                    self.kiosk.idle_reset_seconds
                ),
                "give visitors at least 20 seconds to answer the warning (WCAG 2.2.1)",
            );
        }
        if self.kiosk.idle_warning_seconds < 20 {
            ctx.error(
                &at("kiosk.idle-warning-seconds"),
                format!(
                    "an idle time of {} s is too short",
                    self.kiosk.idle_warning_seconds
                ),
                "people who read slowly need time; 60 s is the default",
            );
        }
        if self.printer.backend == BackendKind::EscposTcp
            && !is_host_and_port(&self.printer.address)
        {
            ctx.error(
                &at("printer.address"),
                format!(
                    "printer address `{}` is not host:port",
                    self.printer.address
                ),
                "write the printer's address and port, e.g. \"192.168.1.50:9100\"",
            );
        }
        if self.printer.backend == BackendKind::EscposTcp && !self.printer.status_check {
            ctx.warning(
                &at("printer.status-check"),
                "with `status-check = false` nothing printed is confirmed: a printer that is \
                 off, out of paper or jammed loses the slip without a word"
                    .to_string(),
                "turn it back on unless this printer never answers `DLE EOT 4`; meanwhile its \
                 handoffs are marked \"sent, not confirmed\" (relais print-queue)",
            );
        }
        if self.store.retention_days == 0 {
            ctx.error(
                &at("store.retention-days"),
                "a retention of 0 days would delete handoffs before the agent reads them"
                    .to_string(),
                "keep handoffs at least 1 day; 30 is the default",
            );
        }
    }

    /// Resolves relative paths against `base` (the config file's folder).
    pub fn resolve_paths(&mut self, base: &Path) {
        let resolve = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        };
        resolve(&mut self.printer.spool_dir);
        resolve(&mut self.store.path);
        resolve(&mut self.content.allowed_signers);
        resolve(&mut self.content.kiosk_root);
        if let Some(places) = &mut self.site.places {
            resolve(places);
        }
        let fleet = &mut self.fleet;
        fleet
            .password_file
            .iter_mut()
            .chain(&mut fleet.ca_file)
            .for_each(&resolve);
        if let Some(root) = &mut self.root {
            resolve(root);
        }
    }

    pub fn session(&self) -> SessionConfig {
        SessionConfig {
            idle_warning: Duration::from_secs(self.kiosk.idle_warning_seconds),
            idle_reset: Duration::from_secs(self.kiosk.idle_reset_seconds),
            volume_max_db: self.kiosk.volume_max_db,
        }
    }

    /// Characters per line of the receipt, for the text renderer (font A on ESC/POS printers).
    pub fn paper_columns(&self) -> usize {
        columns(self.printer.paper_width_mm)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_optional() {
        let (config, diagnostics) = Config::parse("relais.toml", "");
        assert!(diagnostics.is_empty());
        assert_eq!(config.printer.backend, BackendKind::Spool);
        assert_eq!(config.kiosk.idle_warning_seconds, 60);
        assert_eq!(config.store.retention_days, 30);
    }

    #[test]
    fn the_product_example_parses() {
        let text = r#"
[site]
name = "France Services — Exemple"
[kiosk]
languages = ["fr", "en", "ar", "uk"]
fullscreen = false
idle-warning-seconds = 60
idle-reset-seconds = 30
[printer]
backend = "spool"
address = "127.0.0.1:9100"
device = "/dev/usb/lp0"
queue = "receipt"
paper-width-mm = 80
spool-dir = "var/spool"
[store]
path = "var/relais.db"
retention-days = 30
"#;
        let (config, diagnostics) = Config::parse("relais.toml", text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(config.site.name, "France Services — Exemple");
        assert_eq!(
            config.kiosk.languages.as_deref().map(<[String]>::len),
            Some(4)
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_are_located() {
        let (_, diagnostics) = Config::parse("relais.toml", "[printer]\nbackend = \"fax\"\n");
        assert_eq!(
            diagnostics[0].to_string().lines().next().unwrap(),
            "relais.toml:2:11: error: unknown printer backend `fax`"
        );
        let (_, diagnostics) = Config::parse("relais.toml", "[kiosk]\nidle-time = 3\n");
        assert!(
            diagnostics[0]
                .to_string()
                .starts_with("relais.toml:2:1: error: unknown field `idle-time`"),
            "{}",
            diagnostics[0]
        );
    }
}
