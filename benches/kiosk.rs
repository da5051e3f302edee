//! The kiosk's benchmarks (criterion): content load and validation (shipped content and
//! generated catalogs of 100, 1,000 and 10,000 procedures), one session step, every kind of
//! screen drawn at 1920×1080 by the software renderer, and a handoff rendered as ESC/POS.
//!
//! Run by `make bench` (`scripts/bench.sh`), which turns criterion's results into
//! `docs/benchmarks.md`; not part of `make test`. Benchmark ids are that script's keys: rename
//! one here and there together.
//!
//! One bench target rather than one per area: each target links the whole of Slint in release.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{
    BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use slint::platform::software_renderer::PremultipliedRgbaColor;

use relais::content::Catalog;
use relais::handoff::{Handoff, HandoffRecord};
use relais::render::Headless;
use relais::session::{Effect, Event, Session, SessionConfig};

// Not every item of the generator is used by every target that includes it.
#[allow(dead_code)]
#[path = "support/generated_catalog.rs"]
mod generated_catalog;

/// The repository root: the shipped content.
fn shipped_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(root: &Path) -> Catalog {
    let (catalog, diagnostics) = relais::loader::load(root, None);
    catalog.unwrap_or_else(|| {
        let errors: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        panic!(
            "the content under {} does not load:\n{}",
            root.display(),
            errors.join("\n")
        )
    })
}

/// The procedure the benchmarks walk through: the first shipped one that has a question, an
/// information and an outcome node (so every kind of screen can be drawn from it).
fn showcase(catalog: &Catalog) -> String {
    use relais::content::NodeKind;
    catalog
        .procedures
        .iter()
        .find(|p| {
            let has = |wanted: fn(&NodeKind) -> bool| p.nodes().iter().any(|n| wanted(&n.kind));
            has(|k| matches!(k, NodeKind::Question { .. }))
                && has(|k| matches!(k, NodeKind::Info { .. }))
                && has(|k| matches!(k, NodeKind::Outcome { .. }))
        })
        .map(|p| p.id.clone())
        .expect("a shipped procedure has questions, information and outcomes")
}

/// A walk through the showcase procedure, in French (the reference language, and the longest
/// texts).
struct Walk<'a> {
    catalog: &'a Catalog,
    procedure: &'a str,
    lang: &'a str,
    t0: Instant,
}

impl<'a> Walk<'a> {
    /// A walk through `procedure` in the reference language, all at one instant.
    fn in_french(catalog: &'a Catalog, procedure: &'a str) -> Self {
        Walk {
            catalog,
            procedure,
            lang: catalog.reference_language(),
            t0: Instant::now(),
        }
    }

    /// A session after `events`, all at `t0`.
    fn after(&self, events: &[Event]) -> Session {
        let mut session = Session::new(SessionConfig::default());
        for event in events {
            session.handle(self.catalog, event.clone(), self.t0);
        }
        session
    }

    fn opening(&self) -> [Event; 3] {
        [
            Event::Touch,
            Event::ChooseLanguage(self.lang.to_string()),
            Event::ChooseProcedure(self.procedure.to_string()),
        ]
    }

    /// A session standing on node `target` of the procedure.
    fn to_node(&self, target: &str) -> Session {
        let mut session = self.after(&self.opening());
        let procedure = self
            .catalog
            .procedure(self.procedure)
            .expect("the procedure");
        // As a visitor goes: the review of the answers is confirmed on the way to an outcome.
        let path = procedure.path_to(target).expect("every node is reachable");
        session.follow_path(self.catalog, path, self.t0);
        session
    }

    /// The id of the first node of `kind` ("question", "info", "outcome") in the procedure.
    fn first_node(&self, wanted: fn(&relais::content::NodeKind) -> bool) -> String {
        let procedure = self
            .catalog
            .procedure(self.procedure)
            .expect("the procedure");
        procedure
            .nodes()
            .iter()
            .find(|n| wanted(&n.kind))
            .map(|n| n.id.clone())
            .expect("the procedure has a node of each kind")
    }

    /// The session on the ticket screen after the first outcome, and the handoff it committed.
    fn to_ticket(&self) -> (Session, Handoff) {
        let outcome = self.first_node(|k| matches!(k, relais::content::NodeKind::Outcome { .. }));
        let mut session = self.to_node(&outcome);
        let handoff = session
            .handle(self.catalog, Event::Continue, self.t0)
            .into_iter()
            .find_map(|effect| match effect {
                Effect::Commit(handoff) => Some(*handoff),
                _ => None,
            })
            .expect("an outcome's Continue commits a handoff");
        let stored = Event::HandoffStored {
            ticket: "042".to_string(),
        };
        session.handle(self.catalog, stored, self.t0);
        session.handle(self.catalog, Event::Printed { ok: true }, self.t0);
        (session, handoff)
    }
}

fn content_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    // A load of 10,000 procedures takes seconds: ten samples of one load each (flat sampling;
    // criterion's default would run 1 + 2 + … + 10 loads) are plenty to see its spread.
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.warm_up_time(Duration::from_secs(1));

    let shipped = shipped_root();
    let procedures = load(&shipped).procedures.len() as u64;
    group.throughput(Throughput::Elements(procedures));
    group.bench_function("shipped", |b| {
        b.iter(|| relais::loader::load(black_box(&shipped), None))
    });

    for count in [100, 1_000, 10_000] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        generated_catalog::write(&shipped, dir.path(), count).expect("generate the content");
        let catalog = load(dir.path());
        assert_eq!(catalog.procedures.len(), count);
        drop(catalog);
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(
            BenchmarkId::new("generated", count),
            dir.path(),
            |b, root| b.iter(|| relais::loader::load(black_box(root), None)),
        );
    }
    group.finish();
}

fn session_step(c: &mut Criterion) {
    let catalog = load(&shipped_root());
    let procedure = showcase(&catalog);
    let walk = Walk::in_french(&catalog, &procedure);
    let showcase = catalog.procedure(&procedure).expect("the procedure");
    let start = showcase.start.clone();
    let first_choice = match &showcase.node(&start).expect("start node").kind {
        relais::content::NodeKind::Question { choices } => choices[0].id.clone(),
        _ => panic!("the showcase procedure starts with a question"),
    };

    let mut group = c.benchmark_group("session");
    // The step a visitor's touch causes most: an answer, from one question to the next screen.
    group.bench_function("answer", |b| {
        b.iter_batched(
            || walk.to_node(&start),
            |mut session| {
                session.handle(
                    &catalog,
                    black_box(Event::Answer(first_choice.clone())),
                    walk.t0,
                )
            },
            BatchSize::SmallInput,
        )
    });
    // The clock's tick, twice a second all day long, on a question screen.
    group.bench_function("tick", |b| {
        b.iter_batched(
            || walk.to_node(&start),
            |mut session| session.handle(&catalog, black_box(Event::Tick), walk.t0),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn screens(c: &mut Criterion) {
    const WIDTH: u32 = 1920;
    const HEIGHT: u32 = 1080;
    let catalog = load(&shipped_root());
    let procedure = showcase(&catalog);
    let walk = Walk::in_french(&catalog, &procedure);
    use relais::content::NodeKind;
    let question = walk.first_node(|k| matches!(k, NodeKind::Question { .. }));
    let info = walk.first_node(|k| matches!(k, NodeKind::Info { .. }));
    let outcome = walk.first_node(|k| matches!(k, NodeKind::Outcome { .. }));
    let opening = walk.opening();

    // The idle warning, ten seconds into its countdown.
    let warned = walk.t0 + SessionConfig::default().idle_warning;
    let mut idle = walk.to_node(&question);
    idle.handle(&catalog, Event::Tick, warned);
    // The first glossary word of the procedure explained over its screen.
    let glossary = walk
        .catalog
        .procedure(&procedure)
        .expect("the procedure")
        .nodes()
        .iter()
        .find_map(|node| {
            let mut session = walk.to_node(&node.id);
            let texts = relais::ui::screen_texts(&catalog, &session);
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let term = catalog.terms_in(walk.lang, &texts).first()?.to_string();
            session.handle(&catalog, Event::Explain(term), walk.t0);
            Some(session)
        })
        .expect("a screen of the showcase procedure has a glossary word");

    let cases: Vec<(&str, Session, Instant)> = vec![
        ("attract", walk.after(&[]), walk.t0),
        ("language", walk.after(&opening[..1]), walk.t0),
        ("procedures", walk.after(&opening[..2]), walk.t0),
        ("question", walk.to_node(&question), walk.t0),
        ("info", walk.to_node(&info), walk.t0),
        ("outcome", walk.to_node(&outcome), walk.t0),
        ("ticket", walk.to_ticket().0, walk.t0),
        ("idle-warning", idle, warned + Duration::from_secs(10)),
        ("glossary", glossary, walk.t0),
    ];

    let headless = Headless::new(WIDTH, HEIGHT).expect("the headless renderer");
    let mut frame = vec![PremultipliedRgbaColor::default(); (WIDTH * HEIGHT) as usize];
    let mut group = c.benchmark_group("screen-1920x1080");
    for (name, session, now) in &cases {
        // Each iteration puts the screen on the window and draws it whole, as a screen change
        // does on the kiosk (the view is rebuilt from the session, every pixel is drawn).
        group.bench_function(*name, |b| {
            b.iter(|| {
                relais::ui::show(&headless.app, &catalog, session, *now);
                assert!(headless.draw_frame(&mut frame));
            })
        });
    }
    group.finish();
}

fn handoff_print(c: &mut Criterion) {
    let catalog = load(&shipped_root());
    let procedure = showcase(&catalog);
    let walk = Walk::in_french(&catalog, &procedure);
    let record = HandoffRecord {
        ticket: "042".to_string(),
        created_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|d| d.and_hms_opt(14, 5, 0))
            .expect("a valid date"),
        site: "Maison France Services (benchmark)".to_string(),
        handoff: walk.to_ticket().1,
    };
    let mut group = c.benchmark_group("handoff");
    group.bench_function("escpos-80mm", |b| {
        let settings = relais::print::escpos::Settings {
            paper_width_mm: 80,
            code_page: relais::print::escpos::PC858_EPSON,
        };
        b.iter(|| relais::print::escpos::render(black_box(&record), &settings).expect("rendered"))
    });
    for (name, paper) in [
        ("pdf-a4", relais::print::pdf::Paper::A4),
        ("pdf-80mm", relais::print::pdf::Paper::Roll80),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| relais::print::pdf::render(black_box(&record), paper).expect("rendered"))
        });
    }
    group.finish();
}

criterion_group!(benches, content_load, session_step, screens, handoff_print);
criterion_main!(benches);
