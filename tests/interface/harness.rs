//! The kiosk wired as `relais run` wires it (controller, visitor callbacks, admin screen), on
//! Slint's testing backend and a clock the test moves, with its database, spool folder and
//! PIN file in a temporary folder. The interface tests find everything by accessible label,
//! as a screen reader would.

use crate::common;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use relais::admin::desk::AdminDesk;
use relais::app::Controller;
use relais::config::Config;
use relais::content::Catalog;
use relais::ui;
use slint::ComponentHandle;
use slint::platform::{PointerEventButton, WindowEvent};

pub struct Kiosk {
    pub app: ui::App,
    pub controller: Rc<RefCell<Controller>>,
    pub desk: Rc<RefCell<AdminDesk>>,
    clock: Rc<Cell<Instant>>,
    pub dir: tempfile::TempDir,
}

/// A kiosk on the shipped content, with no admin PIN set.
pub fn start() -> Kiosk {
    start_with_pin(None)
}

thread_local! {
    /// Slint's platform is set once per thread; a test may start several kiosks.
    static PLATFORM: () = i_slint_backend_testing::init_no_event_loop();
}

pub fn start_with_pin(pin: Option<&str>) -> Kiosk {
    start_with_all(pin, None, |_| {})
}

/// A kiosk on `catalog` instead of the shipped content, with no admin PIN set.
pub fn start_on(catalog: Arc<Catalog>) -> Kiosk {
    start_on_with_all(catalog, None, None, |_| {})
}

/// A kiosk whose configuration `configure` changes (after the defaults of the tests).
pub fn start_with(pin: Option<&str>, configure: impl FnOnce(&mut Config)) -> Kiosk {
    start_with_all(pin, None, configure)
}

/// A kiosk with its PIN and a printer of the test's (`None`: the spool folder).
pub fn start_with_printer(
    pin: Option<&str>,
    printer: Option<Box<dyn relais::print::PrinterBackend>>,
) -> Kiosk {
    start_with_all(pin, printer, |_| {})
}

fn start_with_all(
    pin: Option<&str>,
    printer: Option<Box<dyn relais::print::PrinterBackend>>,
    configure: impl FnOnce(&mut Config),
) -> Kiosk {
    start_on_with_all(common::shipped_catalog(), pin, printer, configure)
}

fn start_on_with_all(
    catalog: Arc<Catalog>,
    pin: Option<&str>,
    printer: Option<Box<dyn relais::print::PrinterBackend>>,
    configure: impl FnOnce(&mut Config),
) -> Kiosk {
    PLATFORM.with(|_| ());
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.store.path = dir.path().join("relais.db");
    config.printer.spool_dir = dir.path().join("spool");
    configure(&mut config);
    if let Some(pin) = pin {
        relais::admin::pin::set_pin(dir.path(), pin).unwrap();
    }
    let controller = Rc::new(RefCell::new(match printer {
        None => common::controller(dir.path(), catalog),
        Some(printer) => Controller::new(
            catalog,
            relais::session::SessionConfig::default(),
            common::services(
                Some(relais::store::Store::open(&dir.path().join("relais.db")).unwrap()),
                Some(printer),
            ),
        ),
    }));
    let desk = Rc::new(RefCell::new(AdminDesk::new(&config, &common::repo_root())));
    let app = ui::App::new().unwrap();
    app.window().set_size(slint::PhysicalSize::new(1920, 1080));
    app.show().unwrap();
    let weak = app.as_weak();
    controller
        .borrow_mut()
        .on_show(Box::new(move |catalog, session, now| {
            ui::show(&weak.upgrade().unwrap(), catalog, session, now);
        }));
    let clock = Rc::new(Cell::new(Instant::now()));
    let (handler, open, now) = (controller.clone(), desk.clone(), clock.clone());
    ui::connect(
        &app,
        Rc::new(move |action| {
            if open.borrow().is_closed() {
                handler.borrow_mut().act(action, now.get());
            }
        }),
    );
    let (admin, admin_controller, weak) = (desk.clone(), controller.clone(), app.as_weak());
    ui::connect_admin(
        &app,
        Rc::new(move |input| {
            admin
                .borrow_mut()
                .input(input, &admin_controller, &weak.upgrade().unwrap());
        }),
    );
    controller.borrow().refresh(clock.get());
    Kiosk {
        app,
        controller,
        desk,
        clock,
        dir,
    }
}

impl Kiosk {
    /// Every text on screen, in tree order.
    pub fn texts(&self) -> Vec<String> {
        self.labels(AccessibleRole::Text)
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect()
    }

    pub fn buttons(&self) -> Vec<String> {
        self.labels(AccessibleRole::Button)
    }

    fn labels(&self, role: AccessibleRole) -> Vec<String> {
        ElementQuery::from_root(&self.app)
            .match_accessible_role(role)
            .find_all()
            .iter()
            .filter_map(|e| e.accessible_label().map(|l| l.to_string()))
            .collect()
    }

    /// Taps the one button labelled `label`; fails if there is none or more than one. A button
    /// further down a long page is brought into sight first with the page's arrows, as a
    /// visitor would (`scroll_to`).
    pub fn tap(&self, label: &str) {
        self.scroll_to(label);
        let found: Vec<ElementHandle> = ElementHandle::find_by_accessible_label(&self.app, label)
            .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
            .collect();
        assert_eq!(
            found.len(),
            1,
            "expected one button `{label}`; buttons on screen: {:?}",
            self.buttons()
        );
        found[0].invoke_accessible_default_action();
        // What the event loop does before it draws: run the `changed` handlers (a new page
        // scrolls back to its top).
        slint::platform::update_timers_and_animations();
    }

    /// Taps the page's "see more" arrow until a button labelled `label` is on screen, or the
    /// arrow is gone (the page is at its end, or it does not scroll).
    pub fn scroll_to(&self, label: &str) {
        let controller = self.controller.borrow();
        let catalog = controller.catalog();
        let more: Vec<String> = catalog
            .languages
            .iter()
            .map(|l| catalog.texts.get(&l.code, "button-scroll-down"))
            .collect();
        // Taps redraw through the controller: let go of it first.
        drop(controller);
        for _ in 0..20 {
            let buttons = self.buttons();
            if buttons.iter().any(|b| b == label) {
                return;
            }
            let Some(arrow) = buttons.iter().find(|b| more.contains(b)) else {
                return;
            };
            let arrow = arrow.clone();
            ElementHandle::find_by_accessible_label(&self.app, &arrow)
                .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
                .for_each(|e| e.invoke_accessible_default_action());
        }
    }

    pub fn shows(&self, text: &str) -> bool {
        self.texts().iter().any(|t| t == text)
    }

    pub fn assert_shows(&self, expected: &[&str]) {
        let texts = self.texts();
        for text in expected {
            assert!(
                texts.iter().any(|t| t == text),
                "`{text}` is not on screen; texts: {texts:?}"
            );
        }
    }

    /// The navigation buttons that must be in place on every screen of a visit.
    pub fn assert_navigation(&self) {
        let buttons = self.buttons();
        for label in [
            "Retour",
            "Recommencer",
            "Écouter encore",
            "Parler à une personne",
        ] {
            assert!(
                buttons.iter().any(|b| b == label),
                "`{label}` missing; buttons: {buttons:?}"
            );
        }
    }

    /// Lets `seconds` pass without a touch; the kiosk's timer ticks once at the end.
    pub fn wait(&self, seconds: u64) {
        self.clock
            .set(self.clock.get() + Duration::from_secs(seconds));
        self.controller
            .borrow_mut()
            .dispatch(relais::session::Event::Tick, self.clock.get());
    }

    /// Lets the kiosk's clock tick until the admin command running off the UI thread (printer
    /// test, reload) has reported; fails after 20 s.
    pub fn finish_admin_command(&self) {
        self.finish_admin_command_within(Duration::from_secs(20));
    }

    /// The same with a longer limit, for an update from the network (`relais content update`:
    /// a git fetch, the full check and the speech clips, tens of seconds on a busy machine).
    pub fn finish_admin_command_within(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while self.desk.borrow().is_busy() {
            assert!(
                Instant::now() < deadline,
                "the admin command did not finish within {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(10));
            self.desk.borrow_mut().tick(&self.controller, &self.app);
        }
    }

    /// Holds a finger on the top-left corner for `seconds` of Slint's mock time, then lifts it.
    pub fn long_press(&self, seconds: u64) {
        let position = slint::LogicalPosition::new(20.0, 20.0);
        let window = self.app.window();
        window.dispatch_event(WindowEvent::PointerPressed {
            position,
            button: PointerEventButton::Left,
        });
        i_slint_backend_testing::mock_elapsed_time(Duration::from_secs(seconds));
        slint::platform::update_timers_and_animations();
        window.dispatch_event(WindowEvent::PointerReleased {
            position,
            button: PointerEventButton::Left,
        });
    }

    /// Types a PIN on the admin pad and validates it.
    pub fn type_pin(&self, pin: &str) {
        for digit in pin.chars() {
            self.tap(&digit.to_string());
        }
        self.tap("Valider");
    }
}
