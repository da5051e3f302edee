//! `relais storyboard`: every screen of one procedure rendered to PNG, headless, with the same
//! UI code as the kiosk. For editors reviewing a tree and for anyone checking a layout.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, bail};

use crate::content::{Catalog, PathStep};
use crate::render::Headless;
use crate::session::{Effect, Event, Session, SessionConfig};
use crate::ui;

/// The display modes a visitor can switch on, for storyboards of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DisplayMode {
    Normal,
    LargeText,
    HighContrast,
}

impl DisplayMode {
    pub const ALL: [DisplayMode; 3] = [
        DisplayMode::Normal,
        DisplayMode::LargeText,
        DisplayMode::HighContrast,
    ];

    /// The folder name of this mode's pictures.
    pub fn name(self) -> &'static str {
        match self {
            DisplayMode::Normal => "normal",
            DisplayMode::LargeText => "large-text",
            DisplayMode::HighContrast => "high-contrast",
        }
    }

    /// The event that switches it on, if any.
    fn switch(self) -> Option<Event> {
        match self {
            DisplayMode::Normal => None,
            DisplayMode::LargeText => Some(Event::ToggleLargeText),
            DisplayMode::HighContrast => Some(Event::ToggleContrast),
        }
    }
}

/// Renders the screens and returns the files written, in visit order. The display mode is
/// switched on as soon as there is a visit (the attract screen has none).
/// The ticket screen that follows `outcome` (a session on an outcome): the visitor
/// continued and the handoff was stored as ticket 042; `printed`, the printer's answer if it
/// came. The storyboard draws it, and the interface tests measure it.
pub fn ticket_screen(
    catalog: &Catalog,
    outcome: &Session,
    printed: Option<bool>,
    now: Instant,
) -> Session {
    let mut session = outcome.clone();
    let effects = session.handle(catalog, Event::Continue, now);
    debug_assert!(effects.iter().any(|e| matches!(e, Effect::Commit(_))));
    session.handle(
        catalog,
        Event::HandoffStored {
            ticket: "042".to_string(),
        },
        now,
    );
    if let Some(ok) = printed {
        session.handle(catalog, Event::Printed { ok }, now);
    }
    session
}

pub fn storyboard(
    catalog: Arc<Catalog>,
    procedure_id: &str,
    lang: &str,
    out: &Path,
    (width, height): (u32, u32),
    mode: DisplayMode,
) -> anyhow::Result<Vec<PathBuf>> {
    let Some(procedure) = catalog.procedure(procedure_id) else {
        bail!("there is no procedure `{procedure_id}`");
    };
    if catalog.language(lang).is_none() {
        bail!("language `{lang}` is not offered");
    }
    std::fs::create_dir_all(out).with_context(|| format!("{} cannot be created", out.display()))?;
    let headless = Headless::new(width, height)?;
    let mut written = Vec::new();
    let mut shoot = |name: &str, session: &Session, now: Instant| -> anyhow::Result<()> {
        ui::show(&headless.app, &catalog, session, now);
        let path = out.join(format!("{:02}-{name}.png", written.len()));
        headless.save_png(&path)?;
        written.push(path);
        Ok(())
    };

    let config = SessionConfig::default();
    let t0 = Instant::now();
    let begin = |steps: &[Event]| {
        let mut session = Session::new(config);
        for (i, event) in steps.iter().enumerate() {
            session.handle(&catalog, event.clone(), t0);
            if i == 0
                && let Some(switch) = mode.switch()
            {
                session.handle(&catalog, switch, t0);
            }
        }
        session
    };
    let opening = [
        Event::Touch,
        Event::ChooseLanguage(lang.to_string()),
        Event::ChooseProcedure(procedure_id.to_string()),
    ];
    shoot("attract", &begin(&[]), t0)?;
    shoot("language", &begin(&opening[..1]), t0)?;
    shoot("procedures", &begin(&opening[..2]), t0)?;

    let walk = |target: &str| -> Session {
        let mut session = begin(&opening);
        session.follow_path(&catalog, procedure.path_to(target).unwrap_or_default(), t0);
        session
    };
    for node in procedure.nodes() {
        shoot(&node.id, &walk(&node.id), t0)?;
    }

    // The review of the answers, before the first outcome reached through a question.
    if let Some(outcome) = procedure.nodes().iter().find(|n| {
        n.is_outcome()
            && procedure
                .path_to(&n.id)
                .is_some_and(|p| p.iter().any(|s| matches!(s, PathStep::Answer(_))))
    }) {
        let mut session = walk(&outcome.id);
        session.handle(&catalog, Event::Back, t0);
        shoot("review", &session, t0)?;
    }

    // The ticket screen, printed and not printed, after the first outcome.
    if let Some(outcome) = procedure.nodes().iter().find(|n| n.is_outcome()) {
        for (name, ok) in [("ticket", true), ("ticket-not-printed", false)] {
            let session = ticket_screen(&catalog, &walk(&outcome.id), Some(ok), t0);
            shoot(name, &session, t0)?;
        }
    }

    // The idle warning over the first question, ten seconds into its countdown.
    let mut session = walk(&procedure.start);
    let warned = t0 + config.idle_warning;
    session.handle(&catalog, Event::Tick, warned);
    shoot(
        "idle-warning",
        &session,
        warned + std::time::Duration::from_secs(10),
    )?;

    // The first glossary word of the tree explained, over the screen where it appears.
    let explained = procedure.nodes().iter().find_map(|node| {
        let mut session = walk(&node.id);
        let texts: Vec<String> = crate::ui::screen_texts(&catalog, &session);
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let term = catalog.terms_in(lang, &texts).first()?.to_string();
        session.handle(&catalog, Event::Explain(term), t0);
        Some(session)
    });
    if let Some(session) = explained {
        shoot("glossary", &session, t0)?;
    }

    // The first question in each display mode the visitor can switch on.
    for (name, switch) in [
        ("large-text", Event::ToggleLargeText),
        ("high-contrast", Event::ToggleContrast),
    ] {
        let mut session = walk(&procedure.start);
        session.handle(&catalog, switch, t0);
        shoot(name, &session, t0)?;
    }

    // The admin screen over the attract screen: the PIN pad with two digits typed, then the
    // panel (its figures are the kiosk's own; here, the content's).
    use crate::admin::panel::{AdminInput, AdminPanel};
    let mut panel = AdminPanel::default();
    for input in [
        AdminInput::Summon,
        AdminInput::Digit('1'),
        AdminInput::Digit('2'),
    ] {
        panel.input(input, false, t0);
    }
    let figures = ui::AdminFigures {
        lines: vec![crate::admin::desk::content_figure(&catalog)],
        // Every button, the network's update too.
        content_updates: true,
        ..Default::default()
    };
    ui::show_admin(&headless.app, &catalog, &panel, &figures);
    shoot("admin-pin", &begin(&[]), t0)?;
    panel.input(AdminInput::Submit, false, t0);
    panel.pin_checked(true, String::new());
    ui::show_admin(&headless.app, &catalog, &panel, &figures);
    shoot("admin-panel", &begin(&[]), t0)?;
    Ok(written)
}
