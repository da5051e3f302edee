//! `relais run`: the kiosk window on the real display, with the clock that drives idle timeouts.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use slint::ComponentHandle;

use crate::app::{Controller, Services};
use crate::content::Catalog;
use crate::settings::Settings;
use crate::ui;

/// How often the session hears the clock: often enough for a countdown in whole seconds.
const TICK: Duration = Duration::from_millis(500);

/// How often the content files are looked at for changes.
const CONTENT_POLL: Duration = Duration::from_secs(3);

pub fn run(settings: &Settings, catalog: Arc<Catalog>, fullscreen: bool) -> anyhow::Result<()> {
    let config = &settings.config;
    let store = match crate::store::Store::open(&config.store.path) {
        Ok(store) => Some(store),
        Err(error) => {
            tracing::error!("{error}. Handoffs are printed but not kept until this is fixed.");
            None
        }
    };
    let printer = crate::print::backend_from_config(config);
    tracing::info!("printing to {}", printer.describe());
    let services = Services {
        store,
        printer: Some(printer),
        speaker: crate::audio::open_speaker(),
        root: settings.root.clone(),
        site: config.site.name.clone(),
    };

    let app = ui::App::new().context("the window could not be created")?;
    if fullscreen || config.kiosk.fullscreen {
        app.window().set_fullscreen(true);
        // In a public room the window must not be closed by a visitor (Alt+F4, a close
        // gesture): stopping the service (systemd) or, later, the admin screen ends the kiosk.
        app.window().on_close_requested(|| {
            tracing::info!("close request ignored: the kiosk runs fullscreen");
            slint::CloseRequestResponse::KeepWindowShown
        });
    }
    let controller = Rc::new(RefCell::new(Controller::new(
        catalog,
        config.session(),
        services,
    )));
    let weak = app.as_weak();
    controller
        .borrow_mut()
        .on_show(Box::new(move |catalog, session, now| {
            if let Some(app) = weak.upgrade() {
                ui::show(&app, catalog, session, now);
            }
        }));
    let handler = controller.clone();
    ui::connect(
        &app,
        Rc::new(move |action| handler.borrow_mut().act(action, Instant::now())),
    );
    controller.borrow().refresh(Instant::now());

    let clock = slint::Timer::default();
    let ticking = controller.clone();
    clock.start(slint::TimerMode::Repeated, TICK, move || {
        ticking
            .borrow_mut()
            .dispatch(crate::session::Event::Tick, Instant::now());
    });

    let mut watcher =
        crate::reload::ContentWatcher::new(&settings.root, config.kiosk.languages.clone());
    let reloading = controller.clone();
    let content_clock = slint::Timer::default();
    let weak = app.as_weak();
    content_clock.start(slint::TimerMode::Repeated, CONTENT_POLL, move || {
        let Some(app) = weak.upgrade() else { return };
        match watcher.poll() {
            Some(crate::reload::ReloadOutcome::Loaded(catalog)) => {
                reloading
                    .borrow_mut()
                    .offer_catalog(catalog, Instant::now());
                ui::set_admin_notice(&app, "");
            }
            Some(crate::reload::ReloadOutcome::Refused(problems)) => {
                let mut controller = reloading.borrow_mut();
                controller.refuse_content(problems);
                ui::set_admin_notice(&app, &controller.refused_content_notice());
            }
            None => {}
        }
    });

    log_first_frame(&app);
    app.run().context("the window closed with an error")?;
    Ok(())
}

/// Logs "first frame shown" at info level once the window's first frame is drawn: the signal
/// `scripts/bench.sh` times start-up with (process start to this log line's timestamp), and a
/// plain fact for whoever reads the log of a slow kiosk.
///
/// Slint's software renderer has no rendering notifier, so this watches winit's events: Slint
/// draws and presents a frame while it handles `RedrawRequested`, after this filter returns,
/// and a zero-delay timer runs once the event loop is done with that event.
fn log_first_frame(app: &ui::App) {
    use slint::winit_030::{EventResult, WinitWindowAccessor, winit::event::WindowEvent};
    let mut waiting = true;
    app.window().on_winit_window_event(move |_, event| {
        if waiting && matches!(event, WindowEvent::RedrawRequested) {
            waiting = false;
            slint::Timer::single_shot(Duration::ZERO, || tracing::info!("first frame shown"));
        }
        EventResult::Propagate
    });
}
