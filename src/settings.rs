//! Where things are: the configuration file and the content root, from the command line, the
//! configuration and the built-in defaults, in that order of precedence.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::config::{Config, DEFAULT_FILE};
use crate::diagnostics::Diagnostic;

pub struct Settings {
    pub config: Config,
    /// The configuration file used, if any.
    pub config_file: Option<PathBuf>,
    /// Problems found in the configuration file (errors stop every command but `check`).
    pub config_diagnostics: Vec<Diagnostic>,
    /// The configuration file's text, to show its problems in context.
    pub config_text: Option<String>,
    pub root: PathBuf,
}

impl Settings {
    /// `--config FILE` (must exist), else `relais.toml` in the current folder if present, else
    /// defaults. `--root DIR`, else the configuration's `root`, else the current folder.
    pub fn resolve(config_arg: Option<&Path>, root_arg: Option<&Path>) -> anyhow::Result<Settings> {
        let cwd = std::env::current_dir().context("the current folder cannot be read")?;
        let config_file = match config_arg {
            Some(path) => {
                if !path.is_file() {
                    bail!("the configuration file {} does not exist", path.display());
                }
                Some(path.to_path_buf())
            }
            None => Some(cwd.join(DEFAULT_FILE)).filter(|p| p.is_file()),
        };
        let config_text = match &config_file {
            Some(path) => Some(std::fs::read_to_string(path).with_context(|| {
                format!("the configuration file {} cannot be read", path.display())
            })?),
            None => None,
        };
        let (mut config, config_diagnostics) = match (&config_file, &config_text) {
            (Some(path), Some(text)) => Config::parse(&path.display().to_string(), text),
            _ => (Config::default(), Vec::new()),
        };
        let base = config_file
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| cwd.clone());
        config.resolve_paths(&base);
        let root = match root_arg {
            Some(root) => root.to_path_buf(),
            None => config.root.clone().unwrap_or(cwd),
        };
        Ok(Settings {
            config,
            config_file,
            config_diagnostics,
            config_text,
            root,
        })
    }

    pub fn config_errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.config_diagnostics
            .iter()
            .filter(|d| d.severity.is_error())
    }
}
