//! The command line's types (clap): every command, option and value of `relais`. Their names
//! are a stable contract (product.md): scripts and docs rely on them. Re-exported by `cli.rs`,
//! whose `run` gives each command to its function.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::storyboard::DisplayMode;

#[derive(Debug, Parser)]
#[command(name = "relais", version, about = "A rights-access orientation kiosk.")]
pub struct Cli {
    /// Configuration file (default: relais.toml in the current folder if present).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Folder that holds content/, locales/ and audio/ (default: the configuration's `root`, else
    /// the current folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the kiosk (windowed, or fullscreen with --fullscreen or the configuration).
    Run {
        #[arg(long)]
        fullscreen: bool,
    },
    /// Validate content, locales, audio and configuration; exit 1 on errors.
    Check {
        /// Also exit 1 on warnings.
        #[arg(long)]
        deny_warnings: bool,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Run one visit without a screen, store its handoff and show it with its ticket number.
    Simulate {
        #[arg(long, value_name = "ID")]
        procedure: String,
        #[arg(long, value_name = "L")]
        lang: String,
        /// Choice ids, in order, separated by commas.
        #[arg(
            long,
            value_delimiter = ',',
            conflicts_with = "random",
            required_unless_present = "random"
        )]
        answers: Option<Vec<String>>,
        /// Pick a path at random from this seed.
        #[arg(long, value_name = "SEED")]
        random: Option<u64>,
        /// Also print the handoff on the configured printer.
        #[arg(long)]
        print: bool,
    },
    /// Render every screen of a procedure to PNG, headless.
    Storyboard {
        id: String,
        #[arg(long, value_name = "L")]
        lang: String,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// One size; by default both reference sizes, 1920x1080 and 1080x1920, in subfolders.
        #[arg(long, value_name = "WxH", conflicts_with = "all")]
        size: Option<String>,
        /// A display mode the visitor can switch on.
        #[arg(long, value_enum, default_value_t = DisplayMode::Normal, conflicts_with = "all")]
        mode: DisplayMode,
        /// Every size (1920x1080, 1080x1920, 1280x800) in every mode, in DIR/<size>/<mode>/.
        #[arg(long)]
        all: bool,
    },
    /// A window showing a procedure's screen as a visitor sees it, following the content files:
    /// each save shows the new text, or the errors over the last good screen.
    Preview {
        procedure: String,
        #[arg(long, value_name = "L", default_value = "fr")]
        lang: String,
        /// The node to open on (default: the procedure's start).
        #[arg(long, value_name = "N")]
        node: Option<String>,
        /// The size of the kiosk's screen in the window (the editor's bar is above it).
        #[arg(long, value_name = "WxH", default_value = "1280x800")]
        size: String,
    },
    /// Per procedure: its sources and when and how they were read, its open points, which
    /// translations are not yet reviewed, and when the next review is due.
    Review {
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Count due dates from this day, YYYY-MM-DD, instead of today.
        #[arg(long, value_name = "D", value_parser = parse_day)]
        on: Option<chrono::NaiveDate>,
    },
    /// Show a procedure's tree for review.
    Graph {
        id: String,
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
    /// Speech clips.
    Audio {
        #[command(subcommand)]
        action: AudioCommand,
    },
    /// Print a sample handoff on the configured printer (or write it to a file).
    PrintTest {
        /// The visitor's language of the sample (its part is printed in it).
        #[arg(long, value_name = "L", default_value = "fr")]
        lang: String,
        /// Write the handoff as a PDF to this file instead of printing it.
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
        /// The PDF's paper.
        #[arg(long, value_enum, default_value_t = PdfPaper::A4)]
        paper: PdfPaper,
        /// Write the visitor's part as the receipt printer's raster image (PNG) to this file.
        #[arg(long, value_name = "FILE", conflicts_with = "pdf")]
        image: Option<PathBuf>,
    },
    /// List the handoffs not printed yet (the print queue), with their last error.
    PrintQueue,
    /// Print a stored handoff again on the configured printer.
    Reprint {
        /// The ticket number, as printed (e.g. 007).
        ticket: String,
        /// Its day, YYYY-MM-DD; today by default.
        #[arg(long, value_name = "DATE")]
        day: Option<chrono::NaiveDate>,
    },
    // ─── the database (issue 15) ───
    /// The kiosk's database.
    Store {
        #[command(subcommand)]
        action: StoreCommand,
    },
    /// Site admin tasks.
    Admin {
        #[command(subcommand)]
        action: AdminCommand,
    },
    /// Anonymous figures: visits per day, languages, procedures, where visitors stop.
    Stats {
        /// First day, YYYY-MM-DD (default: --days before --to).
        #[arg(long, value_name = "D", value_parser = parse_day, conflicts_with = "days")]
        from: Option<chrono::NaiveDate>,
        /// Last day, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "D", value_parser = parse_day)]
        to: Option<chrono::NaiveDate>,
        /// How many days up to --to.
        #[arg(long, value_name = "N", default_value_t = crate::figures::DEFAULT_DAYS,
              value_parser = clap::value_parser!(u32).range(1..=3660))]
        days: u32,
        /// Every kept count as CSV (day,kind,procedure,node,language,count) instead of tables.
        #[arg(long)]
        csv: bool,
        /// Also draw the visits per day to FILE (.svg or .png).
        #[arg(long, value_name = "FILE")]
        chart: Option<PathBuf>,
        #[command(subcommand)]
        action: Option<StatsCommand>,
    },
    // ─── the editor's desk (issue 17) ───
    /// The official pages behind the content, compared with content/sources.lock.
    Sources {
        #[command(subcommand)]
        action: SourcesCommand,
    },
    /// Per language: messages, missing, made from an older French text (stale), reviewed.
    Translations {
        #[arg(long, value_name = "L")]
        lang: Option<String>,
        #[command(subcommand)]
        action: Option<TranslationsCommand>,
    },
    // ─── content from the network's git repository (issue 18) ───
    /// Content releases from the network's signed git repository (docs/fleet.md).
    Content {
        #[command(subcommand)]
        action: ContentCommand,
    },
    // ─── the network's central database (issue 18, docs/fleet.md) ───
    /// The network's central database: its schema and the kiosks in trouble.
    Fleet {
        #[command(subcommand)]
        action: FleetCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum SourcesCommand {
    /// Fetch every source page and report, per procedure: unchanged, changed since it was read,
    /// moved, gone, unreachable. Exit 0 when all are unchanged, 1 otherwise, 2 when offline.
    Check {
        /// Record these pages as read again today (only these entries of the lock change).
        #[arg(long, value_name = "URL", num_args = 1..)]
        update: Vec<String>,
    },
    /// Add to the lock every source it does not have, from the content's `read-on`, as never
    /// fetched (no network needed).
    Seed,
}

#[derive(Debug, Subcommand)]
pub enum TranslationsCommand {
    /// Record that these messages (by default every stale or unrecorded one) now translate the
    /// current French text.
    MarkCurrent {
        #[arg(long, value_name = "L")]
        lang: Option<String>,
        /// Message ids.
        ids: Vec<String>,
        /// Record them as machine drafts, not checked by a person.
        #[arg(long)]
        machine_drafted: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum StatsCommand {
    /// Send the daily counts not sent yet and a heartbeat to the central database of
    /// `[fleet]` (nothing to do without one). Run by relais-stats-push.timer.
    Push {
        /// The database instead of `[fleet] database`: postgresql://role@host/database.
        #[arg(long, value_name = "URL")]
        database: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Fetch the network's content repository and put its newest signed, checked release in
    /// use (with its speech clips); exit 1 when something was refused.
    Update,
    /// The release in use: its version, where it came from, since when.
    Status,
    /// Go back to the release before the one in use (which is then never taken again).
    Rollback,
}

#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// Create or bring up to date the central database's tables, views and roles (as its
    /// owner).
    Migrate {
        #[command(flatten)]
        db: DatabaseArgs,
    },
    /// List the kiosks not seen for an hour or whose printer or store is in trouble; exit 1
    /// when there is one.
    Status {
        #[command(flatten)]
        db: DatabaseArgs,
    },
}

#[derive(Debug, clap::Args)]
pub struct DatabaseArgs {
    /// postgresql://role@host/database (TLS with the server's certificate checked).
    #[arg(long, value_name = "URL")]
    pub(super) database: String,
    /// The role's password, alone in a file only you may read.
    #[arg(long, value_name = "FILE")]
    pub(super) password_file: Option<PathBuf>,
    /// The certificates the server's must chain to (default: the system's).
    #[arg(long, value_name = "FILE")]
    pub(super) ca_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum AudioCommand {
    /// Generate missing or stale clips with espeak-ng.
    Build {
        #[arg(long, value_name = "L")]
        lang: Option<String>,
    },
    /// Write what a voice talent reads aloud: id (the file name), text, where it appears.
    Script {
        #[arg(long, value_name = "L")]
        lang: String,
        /// Only the texts with no recording, or whose recording says an older text.
        #[arg(long)]
        missing: bool,
        /// The script: FILE.html (a page to print) or FILE.csv (a table).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Import recordings named by id (WAV, FLAC or Ogg): trim silence, bring to -16 LUFS,
    /// and file them with the text they say.
    Import {
        /// The folder of recordings, one file per text: `<id>.wav`, `.flac` or `.ogg`.
        dir: PathBuf,
        #[arg(long, value_name = "L")]
        lang: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Run the full integrity check on the database, read only (safe beside a running kiosk);
    /// exit 1 when it finds damage. The kiosk runs a quick check at each start, and the full
    /// one only after an unclean shutdown.
    Check,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Set the admin screen's PIN (4 to 8 digits), read from standard input: asked twice on a
    /// terminal, else the first line. Never give it as an argument (shell history).
    SetPin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PdfPaper {
    A4,
    #[value(name = "80mm")]
    Roll80,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

fn parse_day(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a day written YYYY-MM-DD, e.g. 2026-11-23"))
}
