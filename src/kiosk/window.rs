//! `relais run`: the kiosk window on the real display, with the clock that drives idle timeouts.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use slint::ComponentHandle;

use crate::app::{Controller, Services};
use crate::content::Catalog;
use crate::settings::Settings;
use crate::ui;

/// How often the session hears the clock: often enough for a countdown in whole seconds.
const TICK: Duration = Duration::from_millis(500);

/// How often the content files are looked at for changes (on the watcher's thread).
const CONTENT_POLL: Duration = Duration::from_secs(3);

/// How often the window's thread takes what the watcher sent, and the update's notice.
const CONTENT_TAKE: Duration = Duration::from_millis(500);

/// Has the C library's allocator serve the kiosk's threads from one arena. By default glibc
/// gives each new thread that allocates an arena of its own (up to eight per core), each with
/// its own partly used pages; the kiosk's threads (sound, printing, the content watcher)
/// allocate little and seldom, so one arena costs them nothing measurable and saves about
/// 0.7 MiB of the kiosk's peak memory (issue 19; measured with `MALLOC_ARENA_MAX=1`, which
/// sets the same, on a visit of the shipped content). Called before those threads start; `relais
/// check` and the other commands keep the default, for their loads on every core.
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only changes a setting of the allocator, which takes its own lock;
    // M_ARENA_MAX with a positive value is valid on every glibc the kiosk runs on.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// The content the kiosk starts on: its catalog, the check of the snapshot that catalog reads
/// its procedures from (run in the background), and the alarm its damaged parts raise.
pub struct StartingContent {
    pub catalog: Arc<Catalog>,
    pub confirm: Option<crate::snapshot::Confirm>,
    pub suspicion: crate::snapshot::Suspicion,
}

pub fn run(settings: &Settings, content: StartingContent, fullscreen: bool) -> anyhow::Result<()> {
    one_malloc_arena();
    let StartingContent {
        catalog,
        confirm,
        suspicion,
    } = content;
    let config = &settings.config;
    let (store, store_error) = match crate::store::Store::open_configured(&config.store) {
        Ok(store) => (Some(store), None),
        Err(error) => {
            tracing::error!("{error}. Handoffs are printed but not kept until this is fixed.");
            (None, Some(error))
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
    if let Some(error) = &store_error {
        controller.borrow_mut().store_unavailable(error);
    }
    let weak = app.as_weak();
    controller
        .borrow_mut()
        .on_show(Box::new(move |catalog, session, now| {
            if let Some(app) = weak.upgrade() {
                ui::show(&app, catalog, session, now);
            }
        }));
    let desk = Rc::new(RefCell::new(crate::admin::desk::AdminDesk::new(
        config,
        &settings.root,
    )));
    let handler = controller.clone();
    let admin_open = desk.clone();
    ui::connect(
        &app,
        Rc::new(move |action| {
            // While the admin screen is up, nothing reaches the visit (the release of the long
            // press that opened it would otherwise start one).
            if admin_open.borrow().is_closed() {
                handler.borrow_mut().act(action, Instant::now());
            }
        }),
    );
    let (admin_desk, admin_controller, weak) = (desk.clone(), controller.clone(), app.as_weak());
    ui::connect_admin(
        &app,
        Rc::new(move |input| {
            if let Some(app) = weak.upgrade() {
                admin_desk
                    .borrow_mut()
                    .input(input, &admin_controller, &app);
            }
        }),
    );
    controller.borrow().refresh(Instant::now());

    // systemd stops the kiosk with SIGTERM (and a terminal with SIGINT). Their default action
    // ends the process on the spot, as a crash would: the database left open (the next start
    // then runs the full integrity check kept for crashes) and the print worker cut off. Here
    // they only raise a flag; the clock reads it and ends the event loop as the admin's
    // « Quitter » does, and everything is dropped in order.
    let stop_requested = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(signal, stop_requested.clone())
            .context("the stop signals could not be handled")?;
    }

    // The clock also keeps the staff's notice (content refused, database trouble) up to date.
    let clock = slint::Timer::default();
    let ticking = controller.clone();
    let weak = app.as_weak();
    let mut notice_shown = None;
    clock.start(slint::TimerMode::Repeated, TICK, move || {
        if stop_requested.swap(false, Ordering::Relaxed) {
            tracing::info!("asked to stop (a signal): closing the window and the database");
            crate::systemd::status("stopping");
            if let Err(error) = slint::quit_event_loop() {
                tracing::error!("the window could not be closed: {error}");
            }
            return;
        }
        ticking
            .borrow_mut()
            .dispatch(crate::session::Event::Tick, Instant::now());
        let Some(app) = weak.upgrade() else { return };
        desk.borrow_mut().tick(&ticking, &app);
        let notice = ticking.borrow().admin_notice();
        if notice_shown.as_ref() != Some(&notice) {
            ui::set_admin_notice(&app, &notice);
            notice_shown = Some(notice);
        }
    });

    // Listing, checking and (after a change) validating the content again all happen on the
    // watcher's thread; the window's thread only takes what it sends.
    let (root, offered) = (settings.root.clone(), config.kiosk.languages.clone());
    let (site_places, snapshot) = (
        config.site.places.clone(),
        crate::snapshot::path_for(&config.store.path),
    );
    let watched = crate::reload::ContentWatcher::spawn(
        move || {
            crate::reload::ContentWatcher::new(&root, offered)
                .with_site_places(site_places)
                .with_snapshot(snapshot)
                .with_suspicion(suspicion)
        },
        CONTENT_POLL,
        confirm,
    )
    .context("the content watcher could not be started")?;
    let reloading = controller.clone();
    let content_clock = slint::Timer::default();
    // What the last `relais content update` refused (the timer's, or the admin screen's).
    let update_notice = crate::release::KioskRoot::new(&config.content.kiosk_root).notice_file();
    content_clock.start(slint::TimerMode::Repeated, CONTENT_TAKE, move || {
        let refused = std::fs::read_to_string(&update_notice).unwrap_or_default();
        reloading.borrow_mut().set_refused_update(refused);
        match watched.try_recv() {
            Ok(crate::reload::ReloadOutcome::Loaded(catalog)) => {
                reloading
                    .borrow_mut()
                    .offer_catalog(catalog, Instant::now());
                crate::systemd::status("running; new content loaded");
            }
            Ok(crate::reload::ReloadOutcome::Refused(problems)) => {
                reloading.borrow_mut().refuse_content(problems);
                crate::systemd::status(
                    "running on the last good content; new content refused (run relais check)",
                );
            }
            Err(_) => {}
        }
    });

    log_first_frame(&app);
    // READY, watchdog pings and status for systemd, all from this (the UI) thread.
    let _service = crate::systemd::start_on_ui_thread("running");
    app.run().context("the window closed with an error")?;
    tracing::info!("the kiosk stopped");
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
