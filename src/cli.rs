//! The command line: `relais [run|check|simulate|storyboard|review|graph|audio|print-test|print-queue|reprint|store|admin|stats|sources|translations|content|fleet]`.
//!
//! The names are a stable contract (product.md): scripts and docs rely on them. Each command
//! resolves its settings, loads the content when it needs it, and hands over to its module.

use crate::storyboard::DisplayMode;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::content::{Catalog, ContentSources, SourceFile};
use crate::diagnostics::{self, Diagnostic, Severity};
use crate::settings::Settings;

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
    database: String,
    /// The role's password, alone in a file only you may read.
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
    /// The certificates the server's must chain to (default: the system's).
    #[arg(long, value_name = "FILE")]
    ca_file: Option<PathBuf>,
}

impl DatabaseArgs {
    fn connect(&self) -> anyhow::Result<postgres::Client> {
        Ok(crate::fleet::connect(
            &self.database,
            self.password_file.as_deref(),
            self.ca_file.as_deref(),
        )?)
    }
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

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("relais: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(cli.config.as_deref(), cli.root.as_deref())?;
    let command = cli.command.unwrap_or(Command::Run { fullscreen: false });
    if let Command::Check {
        deny_warnings,
        format,
    } = command
    {
        return Ok(check(&settings, deny_warnings, format));
    }
    if let Some(error) = settings.config_errors().next() {
        bail!("the configuration has errors; `relais check` lists them all.\n{error}");
    }
    match command {
        Command::Check { .. } => unreachable!("handled above"),
        Command::Run { fullscreen } => {
            let catalog = load_catalog(&settings)?;
            crate::kiosk::window::run(&settings, catalog, fullscreen)?;
        }
        Command::Simulate {
            procedure,
            lang,
            answers,
            random,
            print,
        } => {
            let catalog = load_catalog(&settings)?;
            let answers = match (answers, random) {
                (_, Some(seed)) => crate::simulate::Answers::Random(seed),
                (Some(list), None) => crate::simulate::Answers::Given(list),
                (None, None) => unreachable!("clap requires one of them"),
            };
            let done =
                crate::simulate::simulate(&settings, catalog, &procedure, &lang, answers, print)?;
            let columns = settings.config.paper_columns();
            print!("{}", crate::print::text::render(&done.record, columns));
            if !done.stored {
                eprintln!("warning: the handoff was not saved in the database");
            }
            match &done.printed {
                Some(Ok(place)) => println!("printed: {place}"),
                Some(Err(error)) => eprintln!(
                    "not printed: {error}\nthe handoff stays in the print queue; the kiosk prints it when the printer is back"
                ),
                None if print && done.stored => println!("queued; the kiosk will print it"),
                None => {}
            }
            println!("ticket: {}", done.record.ticket);
        }
        Command::Storyboard {
            id,
            lang,
            out,
            size,
            mode,
            all,
        } => {
            let catalog = load_catalog(&settings)?;
            let jobs = match (size, all) {
                (Some(size), _) => vec![(parse_size(&size)?, mode, out)],
                (None, false) => [(1920, 1080), (1080, 1920)]
                    .into_iter()
                    .map(|(w, h)| ((w, h), mode, out.join(format!("{w}x{h}"))))
                    .collect(),
                (None, true) => [(1920, 1080), (1080, 1920), (1280, 800)]
                    .into_iter()
                    .flat_map(|(w, h)| {
                        let out = out.join(format!("{w}x{h}"));
                        DisplayMode::ALL.map(|mode| ((w, h), mode, out.join(mode.name())))
                    })
                    .collect(),
            };
            for (size, mode, dir) in jobs {
                // Slint's platform is set once per thread: each size draws on a thread of its own.
                let (catalog, id, lang) = (catalog.clone(), id.clone(), lang.clone());
                let files = std::thread::spawn(move || {
                    crate::storyboard::storyboard(catalog, &id, &lang, &dir, size, mode)
                })
                .join()
                .map_err(|_| anyhow!("the renderer stopped unexpectedly"))??;
                for file in &files {
                    println!("{}", file.display());
                }
            }
        }
        Command::Review { format, on } => {
            let catalog = load_catalog(&settings)?;
            let review = crate::review::review(&catalog, on.unwrap_or_else(crate::content::today));
            match format {
                Format::Human => print!("{}", review.human()),
                Format::Json => println!("{}", serde_json::to_string_pretty(&review)?),
            }
        }
        Command::Graph { id, format } => {
            let catalog = load_catalog(&settings)?;
            let procedure = catalog
                .procedure(&id)
                .with_context(|| format!("there is no procedure `{id}`"))?;
            let text = match format {
                GraphFormat::Dot => crate::graph::dot(&catalog, procedure),
                GraphFormat::Mermaid => crate::graph::mermaid(&catalog, procedure),
            };
            print!("{text}");
        }
        Command::Audio {
            action: AudioCommand::Build { lang },
        } => {
            let catalog = load_catalog(&settings)?;
            let languages: Vec<String> = match lang {
                Some(lang) => vec![lang],
                None => catalog.languages.iter().map(|l| l.code.clone()).collect(),
            };
            for lang in languages {
                let report = crate::clips::build(&settings.root, &catalog, &lang)?;
                println!(
                    "{}: {} generated, {} up to date, {} recorded, {} removed",
                    report.lang, report.generated, report.kept, report.recorded, report.removed
                );
                if report.stale_recordings > 0 {
                    println!(
                        "{}: {} recording(s) say an older text; their generated clip is played until they are recorded again",
                        report.lang, report.stale_recordings
                    );
                }
            }
        }
        Command::Audio {
            action: AudioCommand::Script { lang, missing, out },
        } => {
            let catalog = load_catalog(&settings)?;
            let language = catalog
                .language(&lang)
                .with_context(|| format!("language `{lang}` is not offered"))?;
            let texts = if missing {
                crate::recordings::texts_to_record(&settings.root, &catalog, &lang)
            } else {
                crate::clips::spoken_texts(&catalog, &lang)
            };
            let lines = crate::recording_script::lines(&catalog, &lang, &texts);
            crate::recording_script::write(&out, &language.name, &lines)?;
            println!("{}: {} text(s) to record", out.display(), lines.len());
        }
        Command::Audio {
            action: AudioCommand::Import { dir, lang },
        } => {
            let catalog = load_catalog(&settings)?;
            for clip in crate::recordings::import(&settings.root, &catalog, &lang, &dir)? {
                println!(
                    "{}: {:.1} LUFS -> {:.1} LUFS (true peak {:.1} dBTP), {} ms of silence cut",
                    clip.file.display(),
                    clip.before.integrated_lufs,
                    clip.after.integrated_lufs,
                    clip.after.true_peak_dbtp,
                    clip.trimmed_ms
                );
            }
        }
        Command::PrintTest {
            lang,
            pdf,
            paper,
            image,
        } => {
            let output = match (pdf, image) {
                (Some(file), _) => TestOutput::Pdf(file, paper),
                (None, Some(file)) => TestOutput::Image(file),
                (None, None) => TestOutput::Printer,
            };
            return print_test(&settings, &lang, output);
        }
        Command::PrintQueue => print_queue(&settings)?,
        Command::Reprint { ticket, day } => return reprint(&settings, &ticket, day),
        Command::Store {
            action: StoreCommand::Check,
        } => return store_check(&settings),
        Command::Admin {
            action: AdminCommand::SetPin,
        } => {
            let file = crate::admin::pin::set_pin_from_stdin(&settings.config)?;
            println!("admin PIN set (its hash is in {})", file.display());
        }
        Command::Stats {
            action: Some(StatsCommand::Push { database }),
            ..
        } => return stats_push(&settings, database.as_deref()),
        Command::Stats {
            from,
            to,
            days,
            csv,
            chart,
            action: None,
        } => stats(&settings, from, to, days, csv, chart.as_deref())?,
        Command::Sources { action } => {
            let catalog = load_catalog(&settings)?;
            match action {
                SourcesCommand::Check { update } => {
                    let today = crate::content::today();
                    return crate::tools::sources::check(&settings.root, &catalog, &update, today);
                }
                SourcesCommand::Seed => {
                    let added = crate::tools::sources::seed(&settings.root, &catalog)?;
                    println!("{added} source(s) added to content/sources.lock, as never fetched");
                }
            }
        }
        Command::Translations { lang, action } => {
            let catalog = load_catalog(&settings)?;
            match action {
                None => print!(
                    "{}",
                    crate::tools::translations::table(&settings.root, &catalog, lang.as_deref())?
                ),
                Some(TranslationsCommand::MarkCurrent {
                    lang: own,
                    ids,
                    machine_drafted,
                }) => {
                    let lang = own.or(lang);
                    let done = crate::tools::translations::mark_current(
                        &settings.root,
                        &catalog,
                        lang.as_deref(),
                        &ids,
                        machine_drafted,
                    )?;
                    for (lang, count) in done {
                        println!("{lang}: {count} message(s) recorded as current");
                    }
                }
            }
        }
        Command::Fleet {
            action: FleetCommand::Migrate { db },
        } => {
            let applied = crate::fleet::status::migrate(&mut db.connect()?)?;
            match applied.as_slice() {
                [] => println!("the central database is up to date"),
                files => println!("applied: {}", files.join(", ")),
            }
        }
        Command::Fleet {
            action: FleetCommand::Status { db },
        } => {
            let kiosks = crate::fleet::status::trouble(&mut db.connect()?)?;
            print!("{}", crate::fleet::status::table(&kiosks));
            if !kiosks.is_empty() {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Content { action } => return content(&settings, action),
    }
    Ok(ExitCode::SUCCESS)
}

/// `relais content update|status|rollback`.
fn content(settings: &Settings, action: ContentCommand) -> anyhow::Result<ExitCode> {
    match action {
        ContentCommand::Update => {
            let report = crate::release::update(&settings.config)?;
            for line in &report.refused {
                eprintln!("{line}");
            }
            match (&report.switched_to, &report.current) {
                (Some(tag), _) => println!("switched to {tag}"),
                (None, Some(tag)) => println!("unchanged: {tag} is in use"),
                (None, None) => println!("no release in use yet"),
            }
            if !report.refused.is_empty() {
                return Ok(ExitCode::from(1));
            }
        }
        ContentCommand::Status => print!("{}", crate::release::status(&settings.config)?),
        ContentCommand::Rollback => {
            let tag = crate::release::rollback(&settings.config)?;
            println!("rolled back to {tag}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `relais store check`: the full integrity check, timed (the figure `make bench` keeps).
fn store_check(settings: &Settings) -> anyhow::Result<ExitCode> {
    let path = &settings.config.store.path;
    let started = std::time::Instant::now();
    let problems = crate::store::Store::check_file(path)?;
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    if problems.is_empty() {
        println!(
            "ok: {} passed the full integrity check in {elapsed:.0} ms",
            path.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!("damaged: {} failed the integrity check:", path.display());
    for problem in problems {
        println!("  {problem}");
    }
    println!(
        "stop the kiosk and move the file aside (keep it): the kiosk starts a new one, and the tickets of the last days are in the old file"
    );
    Ok(ExitCode::from(1))
}

/// `relais stats`: the figures of a range of days from the kiosk's database, read without
/// writing to it (a running kiosk is not disturbed).
fn stats(
    settings: &Settings,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    days: u32,
    csv: bool,
    chart: Option<&Path>,
) -> anyhow::Result<()> {
    let path = &settings.config.store.path;
    let store = crate::store::Store::open_read_only(path)
        .with_context(|| format!("no figures to show from {}", path.display()))?;
    let to = to.unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = match from {
        Some(from) if from > to => bail!("--from {from} is after --to {to}"),
        Some(from) => crate::figures::report(&store, from, to)?,
        None => crate::figures::last_days(&store, to, days)?,
    };
    if csv {
        let counts = store.daily_counts(report.from, report.to)?;
        print!("{}", crate::stats::report::csv(&counts));
    } else {
        print!("{}", report.table());
    }
    if let Some(file) = chart {
        crate::figures::chart::write(&report, file)?;
        eprintln!("chart: {}", file.display());
    }
    Ok(())
}

/// `relais stats push`: failures are logged and end in exit 1 (the timer's unit shows it
/// failed); the visitor never sees them, and nothing is lost (the days wait in the store).
fn stats_push(settings: &Settings, database: Option<&str>) -> anyhow::Result<ExitCode> {
    let fleet = &settings.config.fleet;
    if database.or(fleet.database.as_deref()).is_none() {
        println!("no central database in the configuration ([fleet] database): nothing to send");
        return Ok(ExitCode::SUCCESS);
    }
    let mut store = crate::store::Store::open_configured(&settings.config.store)?;
    match crate::fleet::push::push_configured(fleet, database, &mut store, &settings.root) {
        Ok(Some(pushed)) => {
            println!(
                "sent {} day(s) ({} count(s)) and the heartbeat for site {}",
                pushed.days.len(),
                pushed.rows,
                pushed.site
            );
            Ok(ExitCode::SUCCESS)
        }
        Ok(None) => Ok(ExitCode::SUCCESS),
        Err(error) => {
            eprintln!("relais: figures not sent (kept for the next push): {error}");
            Ok(ExitCode::from(1))
        }
    }
}

fn parse_day(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a day written YYYY-MM-DD, e.g. 2026-11-23"))
}

/// Where `relais print-test` sends its sample.
enum TestOutput {
    Printer,
    Pdf(PathBuf, PdfPaper),
    Image(PathBuf),
}

/// `relais print-test`: a sample handoff, ticket 000 and the site marked TEST, on the configured
/// printer or to a file. The sample comes from the content (first procedure, its first outcome,
/// the visitor's part in `lang`); content with errors does not stop a printer installation: the
/// built-in sample is used.
fn print_test(settings: &Settings, lang: &str, output: TestOutput) -> anyhow::Result<ExitCode> {
    let catalog = load_catalog(settings).ok();
    let (record, what) =
        crate::print::sample::test_record(catalog.as_deref(), &settings.config, lang);
    match output {
        TestOutput::Printer => {}
        TestOutput::Pdf(file, paper) => {
            let paper = match paper {
                PdfPaper::A4 => crate::print::pdf::Paper::A4,
                PdfPaper::Roll80 => crate::print::pdf::Paper::Roll80,
            };
            let bytes = crate::print::pdf::render(&record, paper)?;
            std::fs::write(&file, bytes)
                .with_context(|| format!("{} cannot be written", file.display()))?;
            println!("sample handoff ({what}) written to {}", file.display());
            return Ok(ExitCode::SUCCESS);
        }
        TestOutput::Image(file) => {
            let visitor = &record.handoff.visitor;
            let blocks = crate::print::layout::visitor(&record, visitor);
            let image = crate::print::raster::render(
                &blocks,
                crate::print::raster::dots(settings.config.printer.paper_width_mm),
                crate::print::typeset::families(&blocks),
                visitor.right_to_left,
            );
            std::fs::write(&file, image.to_png())
                .with_context(|| format!("{} cannot be written", file.display()))?;
            println!("visitor's part ({what}) drawn to {}", file.display());
            return Ok(ExitCode::SUCCESS);
        }
    }
    let printer = crate::print::backend_from_config(&settings.config);
    println!("sample handoff ({what}) to {}", printer.describe());
    match printer.print(&record) {
        Ok(place) => {
            println!("printed: {place}");
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("relais: not printed: {error}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `relais print-queue`: what the printer has not printed yet, oldest first.
fn print_queue(settings: &Settings) -> anyhow::Result<()> {
    let store = crate::store::Store::open(&settings.config.store.path)?;
    let queue = store.print_queue()?;
    if queue.is_empty() {
        println!("every handoff is printed");
    }
    for queued in queue {
        let next = queued
            .next_attempt
            .map(|t| format!(", next attempt {}", t.format("%H:%M:%S")))
            .unwrap_or_default();
        println!(
            "{} ticket {}: {}{}, {} attempt(s){next}{}",
            queued.record.created_at.date(),
            queued.record.ticket,
            queued.print_status.label(),
            if queued.reprint { " (reprint)" } else { "" },
            queued.print_attempts,
            queued
                .print_error
                .map(|e| format!("\n    {e}"))
                .unwrap_or_default()
        );
    }
    Ok(())
}

/// `relais reprint TICKET`: the handoff goes back in the queue. When another process (the
/// kiosk) owns the printer, that one prints it; otherwise this one takes the printer for one
/// attempt now, recorded in the database like the kiosk's own (a failure leaves it queued).
fn reprint(
    settings: &Settings,
    ticket: &str,
    day: Option<chrono::NaiveDate>,
) -> anyhow::Result<ExitCode> {
    use crate::print::queue::{Attempt, RetryPolicy, print_stored};
    let day = day.unwrap_or_else(|| chrono::Local::now().date_naive());
    let path = &settings.config.store.path;
    let mut store = crate::store::Store::open(path)?;
    let record = store
        .requeue_print(day, ticket)?
        .with_context(|| format!("there is no ticket {ticket} on {day}"))?;
    let Some(owner) = crate::print::owner::PrinterOwner::try_take(path)? else {
        println!("queued; the kiosk will print it");
        return Ok(ExitCode::SUCCESS);
    };
    let printer = crate::print::backend_from_config(&settings.config);
    let (attempt, recorded) = print_stored(
        &mut store,
        printer.as_ref(),
        &owner,
        &record,
        0,
        RetryPolicy::default(),
    )?;
    recorded?;
    match attempt {
        Attempt::Printed(place) => {
            println!("printed: {place}");
            Ok(ExitCode::SUCCESS)
        }
        Attempt::Failed(error, _) => {
            eprintln!("relais: not printed: {error}\nthe handoff stays in the print queue");
            Ok(ExitCode::FAILURE)
        }
        Attempt::NotClaimed => {
            println!("already printed meanwhile");
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn parse_size(size: &str) -> anyhow::Result<(u32, u32)> {
    let (w, h) = size
        .split_once(['x', 'X'])
        .with_context(|| format!("size `{size}` is not WxH, e.g. 1920x1080"))?;
    let w: u32 = w
        .parse()
        .with_context(|| format!("width `{w}` is not a number"))?;
    let h: u32 = h
        .parse()
        .with_context(|| format!("height `{h}` is not a number"))?;
    if !(320..=8000).contains(&w) || !(320..=8000).contains(&h) {
        bail!("size {w}x{h} is out of range (320 to 8000 pixels each way)");
    }
    Ok((w, h))
}

/// Loads the content; on errors, lists them and fails (the kiosk does not start on broken content).
/// Through the validated snapshot (`snapshot`): a start does not validate again what
/// `relais check` or an earlier start validated.
fn load_catalog(settings: &Settings) -> anyhow::Result<Arc<Catalog>> {
    let snapshot = crate::snapshot::path_for(&settings.config.store.path);
    let loaded = crate::snapshot::load(
        &settings.root,
        settings.config.kiosk.languages.clone(),
        settings.config.site.places.as_deref(),
        &snapshot,
        crate::snapshot::Verify::Quick,
    );
    if let Some(why) = &loaded.rebuilt {
        tracing::info!("content validated from the files: {why}");
    }
    if let Some(error) = &loaded.write_error {
        tracing::warn!("{error}; the next start validates the content again");
    }
    let (catalog, diagnostics) = (loaded.catalog, loaded.diagnostics);
    for d in diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
    {
        tracing::warn!("{d}");
    }
    match catalog {
        Some(catalog) => Ok(Arc::new(catalog)),
        None => {
            let errors: Vec<String> = diagnostics
                .iter()
                .filter(|d| d.severity.is_error())
                .map(Diagnostic::to_string)
                .collect();
            bail!(
                "the content under {} has errors; `relais check` lists them all.\n{}",
                settings.root.display(),
                errors.join("\n")
            )
        }
    }
}

/// `relais check`: every problem of configuration and content, then a summary.
fn check(settings: &Settings, deny_warnings: bool, format: Format) -> ExitCode {
    let mut all: Vec<Diagnostic> = settings.config_diagnostics.clone();
    let (catalog, content, sources) = check_content(settings);
    all.extend(content);
    // Clips, sources and translations are checked against texts that load; with broken texts
    // there is nothing to compare. (A content release checks only that its content loads
    // without errors, `release::build_release`: these are warnings for editors.)
    if let Some(catalog) = &catalog {
        all.extend(crate::clips::check(&settings.root, catalog));
        let today = crate::content::today();
        all.extend(crate::tools::sources::lock_warnings(
            &settings.root,
            catalog,
            today,
        ));
        all.extend(crate::tools::translations::check(&settings.root, catalog));
    }
    let config_file = settings
        .config_file
        .as_ref()
        .map(|p| p.display().to_string());
    let text_of = |d: &Diagnostic| {
        if config_file.as_deref() == Some(d.file.as_str()) {
            settings.config_text.as_deref()
        } else {
            sources.text_of(&d.file)
        }
    };
    all.sort_by(|a, b| {
        (&a.file, a.position.line, a.position.column).cmp(&(
            &b.file,
            b.position.line,
            b.position.column,
        ))
    });
    let (errors, warnings) = diagnostics::summary(&all);
    match format {
        Format::Human => {
            for d in &all {
                println!("{}", d.render(text_of(d)));
            }
            println!(
                "{}: {errors} error(s), {warnings} warning(s) in {}",
                if errors > 0 { "failed" } else { "ok" },
                display_root(&settings.root)
            );
        }
        Format::Json => {
            let list: Vec<serde_json::Value> = all.iter().map(Diagnostic::to_json).collect();
            println!("{}", serde_json::Value::Array(list));
        }
    }
    if errors > 0 || (deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The content's catalog and problems for `relais check`: from the snapshot when every file's
/// content is what it was built from, on the same day (review dates); otherwise validated
/// from the files, and the snapshot written anew. Snippets need only the files named by
/// problems, so only those are read when the snapshot is used.
fn check_content(settings: &Settings) -> (Option<Catalog>, Vec<Diagnostic>, ContentSources) {
    let root = &settings.root;
    let offered = settings.config.kiosk.languages.clone();
    let snapshot = crate::snapshot::path_for(&settings.config.store.path);
    let loaded = crate::snapshot::load(
        root,
        offered,
        settings.config.site.places.as_deref(),
        &snapshot,
        crate::snapshot::Verify::Full,
    );
    if let Some(error) = &loaded.write_error {
        eprintln!("note: {error}; the next check validates everything again");
    }
    let mut sources = ContentSources::default();
    let mut named: Vec<&str> = loaded.diagnostics.iter().map(|d| d.file.as_str()).collect();
    named.sort_unstable();
    named.dedup();
    for file in named {
        if let Ok(text) = crate::loader::read_text(&root.join(file)) {
            // `text_of` looks in every list; which one holds a file does not matter to it.
            sources.procedures.push((
                String::new(),
                SourceFile {
                    path: file.to_string(),
                    text,
                },
            ));
        }
    }
    (loaded.catalog, loaded.diagnostics, sources)
}

fn display_root(root: &Path) -> String {
    root.display().to_string()
}
