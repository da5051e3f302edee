//! The admin screen through the real Slint UI (testing backend, mock time): the hidden long
//! press opens the PIN pad, a wrong PIN is refused and counted, the right one opens the panel,
//! the printer test prints and the content reloads. Never during a visit.

use crate::common;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use relais::admin_desk::AdminDesk;
use relais::config::Config;
use relais::ui;
use slint::ComponentHandle;
use slint::platform::{PointerEventButton, WindowEvent};

struct Desk {
    app: ui::App,
    controller: Rc<RefCell<relais::app::Controller>>,
    desk: Rc<RefCell<AdminDesk>>,
    dir: tempfile::TempDir,
}

/// The kiosk wired as `relais run` wires it, with its database, spool folder and PIN file in a
/// temporary folder.
fn start(pin: Option<&str>) -> Desk {
    i_slint_backend_testing::init_no_event_loop();
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.store.path = dir.path().join("relais.db");
    config.printer.spool_dir = dir.path().join("spool");
    if let Some(pin) = pin {
        relais::admin::set_pin(dir.path(), pin).unwrap();
    }
    let controller = Rc::new(RefCell::new(common::controller(
        dir.path(),
        common::shipped_catalog(),
    )));
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
    let (handler, open) = (controller.clone(), desk.clone());
    ui::connect(
        &app,
        Rc::new(move |action| {
            if open.borrow().is_closed() {
                handler.borrow_mut().act(action, Instant::now());
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
    controller.borrow().refresh(Instant::now());
    Desk {
        app,
        controller,
        desk,
        dir,
    }
}

impl Desk {
    fn texts(&self) -> Vec<String> {
        ElementQuery::from_root(&self.app)
            .match_accessible_role(AccessibleRole::Text)
            .find_all()
            .iter()
            .filter_map(|e| e.accessible_label().map(|l| l.to_string()))
            .filter(|l| !l.is_empty())
            .collect()
    }

    fn tap(&self, label: &str) {
        let found: Vec<ElementHandle> = ElementHandle::find_by_accessible_label(&self.app, label)
            .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
            .collect();
        assert_eq!(found.len(), 1, "expected one button `{label}`");
        found[0].invoke_accessible_default_action();
    }

    fn type_pin(&self, pin: &str) {
        for digit in pin.chars() {
            self.tap(&digit.to_string());
        }
        self.tap("Valider");
    }

    /// Holds a finger on the top-left corner for `seconds` of mock time, then lifts it.
    fn long_press(&self, seconds: u64) {
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

    fn shows(&self, text: &str) -> bool {
        self.texts().iter().any(|t| t == text)
    }
}

#[test]
fn a_long_press_and_the_pin_open_the_admin_panel_whose_printer_test_prints() {
    let desk = start(Some("2468"));
    // A short press in the corner starts a visit like any touch, and opens nothing.
    desk.long_press(1);
    assert!(desk.desk.borrow().is_closed());
    assert!(desk.controller.borrow().session().visit().is_some());
    // During a visit even a long press opens nothing.
    desk.long_press(6);
    assert!(desk.desk.borrow().is_closed());
    desk.tap("Parler à une personne");
    desk.tap("J'ai terminé");
    assert!(desk.controller.borrow().session().visit().is_none());

    desk.long_press(6);
    assert!(desk.shows("Code de l'administrateur"));
    assert!(
        desk.controller.borrow().session().visit().is_none(),
        "lifting the finger did not start a visit"
    );
    desk.type_pin("1357");
    assert!(desk.shows("Code faux. Encore 2 essais avant un blocage."));
    assert!(!desk.shows("Administration du kiosque"));
    desk.tap("1");
    assert!(desk.shows("1 chiffres tapés"), "{:?}", desk.texts());
    desk.tap("Effacer");
    desk.type_pin("2468");
    assert!(
        desk.shows("Administration du kiosque"),
        "{:?}",
        desk.texts()
    );
    assert!(
        desk.texts().iter().any(|t| t.starts_with("Imprimante : ")),
        "{:?}",
        desk.texts()
    );

    let before = common::spooled(desk.dir.path()).len();
    desk.tap("Imprimer un ticket de test");
    assert_eq!(common::spooled(desk.dir.path()).len(), before + 1);
    assert!(
        desk.texts()
            .iter()
            .any(|t| t.starts_with("Ticket de test imprimé : ")),
        "{:?}",
        desk.texts()
    );
    desk.tap("Recharger le contenu");
    assert!(
        desk.texts()
            .iter()
            .any(|t| t.starts_with("Contenu rechargé : 10 démarches")),
        "{:?}",
        desk.texts()
    );
    desk.tap("Fermer");
    assert!(desk.desk.borrow().is_closed());
    assert!(!desk.shows("Administration du kiosque"));
}

#[test]
fn without_a_pin_the_panel_never_opens() {
    let desk = start(None);
    desk.long_press(6);
    desk.type_pin("0000");
    assert!(
        desk.shows("Aucun code n'est défini : lancez « relais admin set-pin » sur la machine.")
    );
    assert!(!desk.shows("Administration du kiosque"));
    // Closing the pad forgets it; the idle close is tested on `AdminPanel` with a mock clock.
    desk.tap("Fermer");
    assert!(desk.desk.borrow().is_closed());
}
