//! `relais preview PROCEDURE [--lang L] [--node N] [--size WxH]`: the editor's live window.
//!
//! It shows the kiosk's screen exactly as a visitor sees it (the kiosk's own Slint component,
//! `KioskScreen`, drawn by `ui::show` from a `Session` walked to the node as `relais storyboard`
//! walks it), in a window (never fullscreen) under a small editor's bar: language, screen size,
//! large text, high contrast, and a jump to any node by its id. Taps on the kiosk's screen act
//! as a visitor's; speech plays through the kiosk's `Speaker` (silent without a sound device).
//!
//! It follows `content/` and `locales/` by the system's change notices (`notify`, a save's
//! burst of writes gathered by its debouncer; no polling), loads the content again on the
//! watcher's thread through the loader as `relais check` loads it, and hands the result to the
//! window's thread: the same node shows the new text (else the procedure's start, with a line
//! saying why); errors leave the last good screen in place and show over it, each
//! `file:line:col: error: message` and its hint as `relais check` writes them (also written to
//! standard error with their snippets), until a save fixes them.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use notify_debouncer_mini::notify::RecursiveMode;
use slint::ComponentHandle;

use crate::audio::Speaker;
use crate::content::Catalog;
use crate::diagnostics::{self, Diagnostic};
use crate::session::{Effect, Event, Screen, Session, SessionConfig};
use crate::ui::{self, PreviewBar, PreviewInput, UiAction};

/// How long the watcher waits for a save's writes to end before loading: well within the
/// second an editor waits to see the change.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// The screen sizes offered in the bar: the three of the kiosk's layout tests (issue 5).
const SIZES: [(u32, u32); 3] = [(1280, 800), (1920, 1080), (1080, 1920)];

/// What `relais preview` was asked for.
#[derive(Debug, Clone)]
pub struct PreviewOptions {
    pub root: PathBuf,
    /// The languages the kiosk offers (`[kiosk] languages`), as the kiosk loads them.
    pub offered: Option<Vec<String>>,
    /// The site's places file, loaded with the content as the kiosk loads it.
    pub site_places: Option<PathBuf>,
    pub session: SessionConfig,
    pub procedure: String,
    pub lang: String,
    /// The node to open on; the procedure's start by default.
    pub node: Option<String>,
    pub size: (u32, u32),
}

/// One load of the content, as `relais check` makes it.
struct Loaded {
    catalog: Option<Arc<Catalog>>,
    /// The errors, each as `relais check` writes its first lines (`file:line:col: …`, hint).
    errors: Vec<String>,
}

/// Loads the content under the options' root; writes every problem to standard error as
/// `relais check` prints it (message, hint, snippet), then its closing line.
fn load(options: &PreviewOptions) -> Loaded {
    let (catalog, mut found, sources) = crate::loader::load_site(
        &options.root,
        options.offered.clone(),
        options.site_places.as_deref(),
    );
    diagnostics::sort_by_place(&mut found);
    let (errors, warnings) = diagnostics::summary(&found);
    if errors > 0 {
        for d in &found {
            eprintln!("{}", d.render(sources.text_of(&d.file)));
        }
        eprintln!(
            "failed: {errors} error(s), {warnings} warning(s) in {}; the preview keeps the last good screen",
            options.root.display()
        );
    }
    Loaded {
        catalog: catalog.map(Arc::new),
        errors: found
            .iter()
            .filter(|d| d.severity.is_error())
            .map(Diagnostic::to_string)
            .collect(),
    }
}

/// The preview's state, on the window's thread.
struct Desk {
    options: PreviewOptions,
    /// The last content that loaded.
    catalog: Option<Arc<Catalog>>,
    session: Session,
    lang: String,
    /// The node last shown (a tap may lead elsewhere; a reload comes back to the node shown).
    node: String,
    size: (u32, u32),
    /// Why the preview shows something else than asked, if it does.
    notice: String,
    /// The content's errors, while it has some.
    problems: Vec<String>,
    speaker: Box<dyn Speaker>,
    window: slint::Weak<ui::PreviewWindow>,
}

impl Desk {
    /// A new visit walked to `node` in the desk's language, with the display modes given.
    fn open(&mut self, node: &str, large_text: bool, high_contrast: bool) {
        let Some(catalog) = self.catalog.clone() else {
            return;
        };
        let Some(procedure) = catalog.procedure(&self.options.procedure) else {
            self.notice = format!(
                "There is no procedure `{}` in the content any more.",
                self.options.procedure
            );
            return;
        };
        if catalog.language(&self.lang).is_none() {
            self.notice = format!(
                "The language `{}` is not offered: shown in French.",
                self.lang
            );
            self.lang = catalog.reference_language().to_string();
        }
        let target = match procedure.path_to(node) {
            _ if node.is_empty() => (procedure.start.clone(), Vec::new()),
            Some(path) => (node.to_string(), path),
            None => {
                self.notice = format!(
                    "The node `{node}` is no longer in `{}`: showing its start, `{}`.",
                    procedure.id, procedure.start
                );
                (procedure.start.clone(), Vec::new())
            }
        };
        let now = Instant::now();
        let mut session = Session::new(self.options.session);
        session.handle(&catalog, Event::Touch, now);
        if large_text {
            session.handle(&catalog, Event::ToggleLargeText, now);
        }
        if high_contrast {
            session.handle(&catalog, Event::ToggleContrast, now);
        }
        session.handle(&catalog, Event::ChooseLanguage(self.lang.clone()), now);
        session.handle(&catalog, Event::ChooseProcedure(procedure.id.clone()), now);
        session.follow_path(&catalog, target.1, now);
        self.session = session;
        self.node = target.0;
    }

    /// The display modes of the visit on screen.
    fn modes(&self) -> (bool, bool) {
        self.session
            .visit()
            .map_or((false, false), |v| (v.large_text, v.high_contrast))
    }

    /// Says the screen on show, as the kiosk does when a screen comes.
    fn speak(&self) {
        let (Some(catalog), Some(visit)) = (&self.catalog, self.session.visit()) else {
            return;
        };
        let utterances = crate::session::screen_speech(catalog, visit);
        self.speaker
            .say(crate::app::clips(&self.options.root, catalog, utterances));
    }

    /// A touch on the kiosk's screen, as the kiosk's controller takes it (no store, no printer:
    /// a ticket is "000").
    fn act(&mut self, action: UiAction) {
        let Some(catalog) = self.catalog.clone() else {
            return;
        };
        let now = Instant::now();
        let mut queue = std::collections::VecDeque::from([action.event(&self.session.screen())]);
        while let Some(event) = queue.pop_front() {
            for effect in self.session.handle(&catalog, event, now) {
                match effect {
                    Effect::Speak(utterances) => self.speaker.say(crate::app::clips(
                        &self.options.root,
                        &catalog,
                        utterances,
                    )),
                    Effect::StopSpeech => self.speaker.stop(),
                    Effect::Wipe => self.speaker.reset_volume(),
                    Effect::SetSlow(slow) => self.speaker.set_slow(slow),
                    Effect::SetVolume(db) => self.speaker.set_volume_db(db),
                    Effect::Commit(_) => {
                        queue.push_back(Event::HandoffStored {
                            ticket: "000".to_string(),
                        });
                        queue.push_back(Event::Printed { ok: true });
                    }
                    Effect::Show | Effect::Record(_) => {}
                }
            }
        }
        if let Screen::Node(id) = self.session.screen() {
            self.node = id;
            self.notice.clear();
        }
    }

    /// The editor's bar as it stands.
    fn bar(&self) -> PreviewBar {
        let mut sizes: Vec<(u32, u32)> = SIZES.to_vec();
        if !sizes.contains(&self.size) {
            sizes.insert(0, self.size);
        }
        let (large_text, high_contrast) = self.modes();
        let (languages, nodes) = match &self.catalog {
            Some(catalog) => (
                catalog.languages.iter().map(|l| l.code.clone()).collect(),
                catalog
                    .procedure(&self.options.procedure)
                    .map(|p| p.nodes().iter().map(|n| n.id.clone()).collect())
                    .unwrap_or_default(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        let position = |list: &[String], item: &str| list.iter().position(|x| x == item);
        let status = if self.notice.is_empty() {
            format!(
                "{} · {} · node `{}` · follows {}/content and locales",
                self.options.procedure,
                self.lang,
                self.node,
                self.options.root.display()
            )
        } else {
            self.notice.clone()
        };
        PreviewBar {
            language: position(&languages, &self.lang).unwrap_or(0),
            node: position(&nodes, &self.node).unwrap_or(0),
            languages,
            nodes,
            size: sizes.iter().position(|s| *s == self.size).unwrap_or(0),
            sizes: sizes.iter().map(|(w, h)| format!("{w}x{h}")).collect(),
            large_text,
            high_contrast,
            status,
            problems: self.problems.join("\n"),
            kiosk_size: self.size,
        }
    }

    /// Draws the screen and the bar.
    fn show(&self) {
        let Some(window) = self.window.upgrade() else {
            return;
        };
        if let Some(catalog) = &self.catalog {
            ui::show(&window, catalog, &self.session, Instant::now());
        }
        ui::show_preview_bar(&window, &self.bar());
    }

    /// What the editor chose in the bar.
    fn input(&mut self, input: PreviewInput) {
        let (large_text, high_contrast) = self.modes();
        self.notice.clear();
        match input {
            PreviewInput::Language(lang) => {
                self.lang = lang;
                let node = self.node.clone();
                self.open(&node, large_text, high_contrast);
                self.speak();
            }
            PreviewInput::Node(node) => {
                self.open(&node, large_text, high_contrast);
                self.speak();
            }
            PreviewInput::Size(size) => {
                if let Ok(size) = crate::render::parse_size(&size) {
                    self.size = size;
                }
            }
            PreviewInput::LargeText => self.act(UiAction::LargeText),
            PreviewInput::Contrast => self.act(UiAction::Contrast),
        }
    }

    /// A new load of the content: taken when it loads, its errors shown otherwise.
    fn reloaded(&mut self, loaded: Loaded) {
        self.problems = loaded.errors;
        let Some(catalog) = loaded.catalog else {
            return;
        };
        if catalog.procedure(&self.options.procedure).is_none() {
            self.problems.push(format!(
                "the procedure `{}` is no longer in the content (was its file renamed or removed?)",
                self.options.procedure
            ));
            return;
        }
        let (large_text, high_contrast) = self.modes();
        let node = match self.session.screen() {
            Screen::Node(id) => id,
            _ => self.node.clone(),
        };
        self.catalog = Some(catalog);
        self.notice.clear();
        self.open(&node, large_text, high_contrast);
        eprintln!(
            "content loaded: {} `{}` in {}",
            self.options.procedure, self.node, self.lang
        );
    }
}

thread_local! {
    /// The desk of the preview window on this (the window's) thread, for the watcher's loads.
    static DESK: RefCell<Option<Rc<RefCell<Desk>>>> = const { RefCell::new(None) };
}

/// Opens the preview window and runs until it is closed.
pub fn preview(options: PreviewOptions) -> anyhow::Result<()> {
    let first = load(&options);
    if let Some(catalog) = &first.catalog {
        if catalog.procedure(&options.procedure).is_none() {
            let ids: Vec<&str> = catalog.procedures.iter().map(|p| p.id.as_str()).collect();
            bail!(
                "there is no procedure `{}`; there are: {}",
                options.procedure,
                ids.join(", ")
            );
        }
        if catalog.language(&options.lang).is_none() {
            bail!("language `{}` is not offered", options.lang);
        }
    }
    let window = ui::PreviewWindow::new().context("the preview window cannot be created")?;
    let node = options.node.clone().unwrap_or_default();
    let desk = Rc::new(RefCell::new(Desk {
        catalog: None,
        session: Session::new(options.session),
        lang: options.lang.clone(),
        node: node.clone(),
        size: options.size,
        notice: String::new(),
        problems: Vec::new(),
        speaker: crate::audio::open_speaker(),
        window: window.as_weak(),
        options: options.clone(),
    }));
    {
        let mut desk = desk.borrow_mut();
        desk.problems = first.errors;
        desk.catalog = first.catalog;
        if let Some(catalog) = desk.catalog.clone() {
            let start = catalog
                .procedure(&options.procedure)
                .map(|p| p.start.clone())
                .unwrap_or_default();
            let node = if node.is_empty() { start } else { node };
            desk.open(&node, false, false);
        }
        desk.show();
        desk.speak();
    }

    let acting = desk.clone();
    ui::connect(
        &window,
        Rc::new(move |action| {
            acting.borrow_mut().act(action);
            acting.borrow().show();
        }),
    );
    let editing = desk.clone();
    ui::connect_preview(
        &window,
        Rc::new(move |input| {
            editing.borrow_mut().input(input);
            editing.borrow().show();
        }),
    );
    DESK.with(|slot| *slot.borrow_mut() = Some(desk.clone()));
    let _watcher = watch(&options)?;
    window
        .run()
        .context("the preview window closed with an error")?;
    DESK.with(|slot| slot.borrow_mut().take());
    Ok(())
}

/// Follows `content/` and `locales/` under the root: after each save, loads the content on the
/// watcher's thread and gives the result to the window's thread. Dropping it stops following.
fn watch(
    options: &PreviewOptions,
) -> anyhow::Result<
    notify_debouncer_mini::Debouncer<notify_debouncer_mini::notify::RecommendedWatcher>,
> {
    let loading = options.clone();
    let mut seen = crate::reload::fingerprint(&options.root, options.site_places.as_deref());
    let mut debouncer = notify_debouncer_mini::new_debouncer(
        DEBOUNCE,
        move |events: notify_debouncer_mini::DebounceEventResult| {
            if let Err(error) = events {
                tracing::warn!("following the content files: {error}");
                return;
            }
            // The notices also come when a file is only opened and read (by our own load, by
            // an editor): only a change of a name, a size or a time is a save.
            let now = crate::reload::fingerprint(&loading.root, loading.site_places.as_deref());
            if now == seen {
                return;
            }
            seen = now;
            let loaded = load(&loading);
            let _ = slint::invoke_from_event_loop(move || {
                DESK.with(|slot| {
                    if let Some(desk) = slot.borrow().as_ref() {
                        desk.borrow_mut().reloaded(loaded);
                        desk.borrow().show();
                    }
                });
            });
        },
    )
    .context("the content files cannot be followed")?;
    for folder in ["content", "locales"] {
        let path: &Path = &options.root.join(folder);
        debouncer
            .watcher()
            .watch(path, RecursiveMode::Recursive)
            .with_context(|| format!("{} cannot be followed", path.display()))?;
    }
    if let Some(places) = &options.site_places {
        // A missing places file is a warning of the load, not a reason to stop the preview.
        let _ = debouncer
            .watcher()
            .watch(places, RecursiveMode::NonRecursive);
    }
    Ok(debouncer)
}
