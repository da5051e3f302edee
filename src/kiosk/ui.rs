//! The bridge to the Slint UI: the only Rust module that names the generated Slint types.
//!
//! It turns the catalog and the session into a `ScreenView` (every text already translated),
//! and turns the UI's callbacks into `UiAction`s. The `.slint` files decide how things look;
//! they decide nothing about the visit.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Instant;

use slint::{ComponentHandle, Model, ModelRc, SharedString, VecModel};

use crate::admin::panel::{AdminInput, AdminPanel, Command, Stage as AdminStage};
use crate::content::{Catalog, ids};
use crate::script::{Control, ScreenScript, ScriptKind, Text};
pub use crate::script::{SOMETHING_ELSE, UiAction};
use crate::session::{Screen, Session};

slint::include_modules!();

/// The about box of the attract screen: the licence, and the credits that the pictograms' and
/// the fonts' licences ask for (also in README.md, ui/pictograms/README.md, ui/fonts/README.md).
/// Not translated: it is a legal notice for staff and the curious, in French and English.
pub const CREDITS: &str = "relais — logiciel libre / free software, GPL-3.0-or-later.\n\n\
Pictogrammes / Pictograms: OpenMoji, the open-source emoji and icon project (openmoji.org), \
CC BY-SA 4.0. Some are combined from OpenMoji emojis and shared under the same licence.\n\n\
Polices / Fonts: Atkinson Hyperlegible (Braille Institute of America), Noto Sans and Noto Sans \
Arabic (Google), SIL Open Font License 1.1.\n\n\
Voix / Voices: espeak-ng (GPL-3.0-or-later). Interface: Slint (GPL-3.0).";

/// The about box: the credits, then which languages are machine-drafted and not yet reviewed
/// by a person (`reviewed = false`), so that no one takes their texts for checked ones. Their
/// French names and codes: the box is in French and English, in the interface's Latin font.
pub fn about(languages: &[crate::content::Language]) -> String {
    let unreviewed: Vec<_> = languages
        .iter()
        .filter(|l| !l.reviewed && l.code != ids::REFERENCE_LANGUAGE)
        .collect();
    if unreviewed.is_empty() {
        return CREDITS.to_string();
    }
    let names: Vec<&str> = unreviewed.iter().map(|l| l.french_name.as_str()).collect();
    let codes: Vec<&str> = unreviewed.iter().map(|l| l.code.as_str()).collect();
    format!(
        "{CREDITS}\n\nTraductions automatiques, pas encore relues par une personne : {}. / \
         Machine-drafted translations, not yet reviewed by a person: {}.",
        names.join(", "),
        codes.join(", ")
    )
}

/// A window that shows the kiosk's screen (`KioskScreen`, ui/kiosk.slint): the kiosk's own
/// (`App`) and the editor's preview (`PreviewWindow`). Each window has its own `Kiosk` and
/// `Theme` globals, filled by the same functions.
pub trait KioskWindow: ComponentHandle {
    fn kiosk(&self) -> Kiosk<'_>;
    fn theme(&self) -> Theme<'_>;
}

impl KioskWindow for App {
    fn kiosk(&self) -> Kiosk<'_> {
        self.global::<Kiosk>()
    }
    fn theme(&self) -> Theme<'_> {
        self.global::<Theme>()
    }
}

impl KioskWindow for PreviewWindow {
    fn kiosk(&self) -> Kiosk<'_> {
        self.global::<Kiosk>()
    }
    fn theme(&self) -> Theme<'_> {
        self.global::<Theme>()
    }
}

/// Sends every callback of the window to `handler`.
pub fn connect(app: &impl KioskWindow, handler: Rc<dyn Fn(UiAction)>) {
    let kiosk = app.kiosk();
    let h = handler.clone();
    kiosk.on_touch(move || h(UiAction::Touch));
    let h = handler.clone();
    kiosk.on_choose(move |id| h(UiAction::Choose(id.to_string())));
    let h = handler.clone();
    kiosk.on_hear(move |id| h(UiAction::Hear(id.to_string())));
    let h = handler.clone();
    kiosk.on_primary(move || h(UiAction::Primary));
    let h = handler.clone();
    kiosk.on_back(move || h(UiAction::Back));
    let h = handler.clone();
    kiosk.on_start_over(move || h(UiAction::StartOver));
    let h = handler.clone();
    kiosk.on_talk(move || h(UiAction::Talk));
    let h = handler.clone();
    kiosk.on_listen(move || h(UiAction::Listen));
    let h = handler.clone();
    kiosk.on_slower(move || h(UiAction::Slower));
    let h = handler.clone();
    kiosk.on_large_text(move || h(UiAction::LargeText));
    let h = handler.clone();
    kiosk.on_contrast(move || h(UiAction::Contrast));
    let h = handler.clone();
    kiosk.on_louder(move || h(UiAction::Louder));
    let h = handler.clone();
    kiosk.on_quieter(move || h(UiAction::Quieter));
    let h = handler.clone();
    kiosk.on_hear_control(move |id| h(UiAction::HearControl(id.to_string())));
    let h = handler.clone();
    kiosk.on_still_here(move || h(UiAction::StillHere));
    let h = handler.clone();
    kiosk.on_explain(move |id| h(UiAction::Explain(id.to_string())));
    let h = handler;
    kiosk.on_close_explanation(move || h(UiAction::CloseExplanation));
}

/// Sends the admin screen's touches to `handler`.
pub fn connect_admin(app: &App, handler: Rc<dyn Fn(AdminInput)>) {
    let kiosk = app.global::<Kiosk>();
    let h = handler.clone();
    kiosk.on_admin_summon(move || h(AdminInput::Summon));
    let h = handler.clone();
    kiosk.on_admin_digit(move |d| {
        if let Some(digit) = d.chars().next() {
            h(AdminInput::Digit(digit));
        }
    });
    let h = handler.clone();
    kiosk.on_admin_erase(move || h(AdminInput::Erase));
    let h = handler.clone();
    kiosk.on_admin_submit(move || h(AdminInput::Submit));
    let h = handler.clone();
    kiosk.on_admin_run(move |id| {
        let command = match id.as_str() {
            "print-test" => Command::PrintTest,
            "reload" => Command::Reload,
            "update" => Command::Update,
            "exit" => Command::Exit,
            // "reprint:2026-11-23:007"
            other => {
                let Some((day, ticket)) = other
                    .strip_prefix("reprint:")
                    .and_then(|rest| rest.split_once(':'))
                else {
                    return;
                };
                let Ok(day) = day.parse() else { return };
                Command::Reprint {
                    day,
                    ticket: ticket.to_string(),
                }
            }
        };
        h(AdminInput::Run(command));
    });
    let h = handler;
    kiosk.on_admin_close(move || h(AdminInput::Close));
}

/// A reprint button of the admin panel: its id carries the day and the ticket.
pub struct ReprintButton {
    pub day: chrono::NaiveDate,
    pub ticket: String,
    pub label: String,
}

/// What the admin panel shows besides its fixed buttons.
#[derive(Default)]
pub struct AdminFigures {
    /// Lines: content, printer, today's figures, the print queue.
    pub lines: Vec<String>,
    pub reprints: Vec<ReprintButton>,
    /// Whether the site takes its content from the network's repository (`[content]
    /// repository`): then the panel has a button to look for a new release.
    pub content_updates: bool,
    /// The chart of the last weeks, as PNG bytes (figures::chart_png).
    pub chart_png: Option<Vec<u8>>,
}

/// Puts the admin screen (or nothing, when it is closed) on the window. The staff's words are
/// French (locales/fr/agent.ftl), whatever the visitors' languages.
pub fn show_admin(app: &App, catalog: &Catalog, panel: &AdminPanel, figures: &AdminFigures) {
    let kiosk = app.global::<Kiosk>();
    if panel.is_closed() {
        kiosk.set_admin(AdminView::default());
        return;
    }
    let fr = catalog.reference_language();
    let t = |id: &str| text(catalog.texts.get(fr, id));
    let entering_pin = matches!(panel.stage(), AdminStage::Pin { .. });
    let typed = panel.digits_typed();
    let update = figures
        .content_updates
        .then_some(("update", "admin-update"));
    let actions = [
        Some(("print-test", "admin-print-test")),
        Some(("reload", "admin-reload")),
        update,
        Some(("exit", "admin-exit")),
    ]
    .into_iter()
    .flatten()
    .map(|(id, label)| AdminAction {
        id: text(id),
        label: t(label),
    })
    .chain(figures.reprints.iter().map(|r| AdminAction {
        id: text(format!("reprint:{}:{}", r.day, r.ticket)),
        label: text(r.label.as_str()),
    }))
    .collect::<Vec<_>>();
    kiosk.set_admin(AdminView {
        visible: true,
        entering_pin,
        title: t(if entering_pin {
            "admin-pin-title"
        } else {
            "admin-title"
        }),
        message: text(panel.message()),
        pin_dots: text("● ".repeat(typed).trim_end()),
        pin_dots_label: text(catalog.texts.get_with(
            fr,
            "admin-digits",
            &[("count", typed.into())],
        )),
        erase: t("admin-erase"),
        ok: t("admin-ok"),
        close: t("admin-close"),
        scroll_up: t("button-scroll-up"),
        scroll_down: t("button-scroll-down"),
        actions: model(actions),
        figures: model(figures.lines.iter().map(|f| text(f.as_str())).collect()),
        chart: figures
            .chart_png
            .as_deref()
            .and_then(png_image)
            .unwrap_or_default(),
    });
}

/// Sets (or, with an empty text, clears) the staff notice on the attract screen.
pub fn set_admin_notice(app: &App, notice: &str) {
    app.global::<Kiosk>().set_admin_notice(notice.into());
}

/// Puts the session's current screen on the window.
pub fn show(app: &impl KioskWindow, catalog: &Catalog, session: &Session, now: Instant) {
    let kiosk = app.kiosk();
    // The display modes belong to the visit: a wipe brings the next visitor the defaults.
    let theme = app.theme();
    theme.set_large_text(session.visit().is_some_and(|v| v.large_text));
    theme.set_high_contrast(session.visit().is_some_and(|v| v.high_contrast));
    let language = catalog.language(session.language(catalog));
    theme.set_rtl(language.is_some_and(|l| l.right_to_left));
    theme.set_font_family(font_family(language.map_or("", |l| l.name.as_str())).into());
    kiosk.set_view(screen_view(catalog, session));
    kiosk.set_idle(idle_view(catalog, session, now));
}

/// The embedded font family (ui/fonts/) for a language, told by the script of its own name
/// ("العربية", "Українська", "Français"): Atkinson Hyperlegible was drawn for low vision but
/// covers only Latin; Noto Sans covers Cyrillic and Greek; Noto Sans Arabic, Arabic.
pub fn font_family(own_name: &str) -> &'static str {
    crate::i18n::writing::WritingSystem::of_name(own_name).font()
}

/// What the editor's bar of `relais preview` shows (ui/preview.slint), and the size of the
/// kiosk's screen under it.
#[derive(Debug, Clone, Default)]
pub struct PreviewBar {
    pub languages: Vec<String>,
    pub language: usize,
    /// Sizes as `WxH`.
    pub sizes: Vec<String>,
    pub size: usize,
    /// Node ids of the procedure.
    pub nodes: Vec<String>,
    pub node: usize,
    pub large_text: bool,
    pub high_contrast: bool,
    /// One line: what is shown, or why something else is.
    pub status: String,
    /// The content's errors as `relais check` writes them; empty when it loads.
    pub problems: String,
    pub kiosk_size: (u32, u32),
}

/// What the editor did in the preview's bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PreviewInput {
    Language(String),
    /// A size as `WxH`.
    Size(String),
    Node(String),
    LargeText,
    Contrast,
}

/// Puts the editor's bar (and the content's errors, over the screen) on the preview window,
/// and gives the window the height of the bar plus the kiosk's screen when the size changed.
pub fn show_preview_bar(window: &PreviewWindow, bar: &PreviewBar) {
    let preview = window.global::<Preview>();
    let strings = |items: &[String]| model(items.iter().map(|s| text(s.as_str())).collect());
    let index = |i: usize| i32::try_from(i).unwrap_or(-1);
    preview.set_languages(strings(&bar.languages));
    preview.set_language_index(index(bar.language));
    preview.set_sizes(strings(&bar.sizes));
    preview.set_size_index(index(bar.size));
    preview.set_nodes(strings(&bar.nodes));
    preview.set_node_index(index(bar.node));
    preview.set_large_text(bar.large_text);
    preview.set_high_contrast(bar.high_contrast);
    preview.set_status(text(bar.status.as_str()));
    preview.set_problems(text(bar.problems.as_str()));
    let (width, height) = (bar.kiosk_size.0 as f32, bar.kiosk_size.1 as f32);
    if preview.get_kiosk_width() != width || preview.get_kiosk_height() != height {
        preview.set_kiosk_width(width);
        preview.set_kiosk_height(height);
        window.window().set_size(slint::LogicalSize::new(
            width,
            height + preview.get_bar_height(),
        ));
    }
}

/// Sends the preview bar's choices to `handler`.
pub fn connect_preview(window: &PreviewWindow, handler: Rc<dyn Fn(PreviewInput)>) {
    let preview = window.global::<Preview>();
    let h = handler.clone();
    preview.on_language_chosen(move |value| h(PreviewInput::Language(value.to_string())));
    let h = handler.clone();
    preview.on_size_chosen(move |value| h(PreviewInput::Size(value.to_string())));
    let h = handler.clone();
    preview.on_node_chosen(move |value| h(PreviewInput::Node(value.to_string())));
    let h = handler.clone();
    preview.on_large_text_toggled(move || h(PreviewInput::LargeText));
    let h = handler;
    preview.on_contrast_toggled(move || h(PreviewInput::Contrast));
}

thread_local! {
    /// Pictures already read, by file. `Image` is not `Send`, so the cache lives on the UI
    /// thread; a content reload that changes a file under the same name is picked up at the next
    /// start (editors change pictograms rarely; the reload is about texts and trees).
    static PICTURES: RefCell<HashMap<PathBuf, slint::Image>> = RefCell::new(HashMap::new());
}

/// The picture for a pictogram name; an empty image (nothing drawn) when there is none or the
/// file cannot be read: a missing picture never stops a visit (`relais check` reports it).
fn picture(catalog: &Catalog, name: Option<&str>) -> slint::Image {
    let Some(path) = name.and_then(|n| catalog.pictograms.get(n)) else {
        return slint::Image::default();
    };
    PICTURES.with(|cache| {
        cache
            .borrow_mut()
            .entry(path.clone())
            .or_insert_with(|| load_picture(path))
            .clone()
    })
}

/// A PNG in memory as a Slint image (`None` if it cannot be decoded).
fn png_image(bytes: &[u8]) -> Option<slint::Image> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).ok()?;
    let mut buffer = slint::SharedPixelBuffer::<slint::Rgba8Pixel>::new(info.width, info.height);
    let rgba = buffer.make_mut_bytes();
    match info.color_type {
        png::ColorType::Rgba => rgba.copy_from_slice(&pixels[..rgba.len()]),
        png::ColorType::Rgb => {
            for (to, from) in rgba.chunks_mut(4).zip(pixels.chunks(3)) {
                to[..3].copy_from_slice(from);
                to[3] = 255;
            }
        }
        _ => return None,
    }
    Some(slint::Image::from_rgba8(buffer))
}

fn load_picture(path: &Path) -> slint::Image {
    slint::Image::load_from_path(path).unwrap_or_else(|_| {
        tracing::warn!(
            "pictogram {} cannot be read; shown without it",
            path.display()
        );
        slint::Image::default()
    })
}

/// A control's icon in the language `lang`: its `-rtl` twin in a right-to-left language, when
/// there is one (an arrow that points the other way), named by the file it shows.
fn icon(catalog: &Catalog, lang: &str, control: Control) -> Icon {
    let name = control.icon();
    let mirrored = format!("{name}-rtl");
    let rtl = catalog.language(lang).is_some_and(|l| l.right_to_left);
    let file = if rtl && catalog.pictograms.contains_key(&mirrored) {
        mirrored.as_str()
    } else {
        name
    };
    Icon {
        id: text(file),
        image: picture(catalog, Some(file)),
    }
}

fn text(s: impl Into<SharedString>) -> SharedString {
    s.into()
}

fn model<T: Clone + 'static>(items: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(items))
}

/// Everything the current screen shows, translated into the visit's language: the screen
/// script (`script::ScreenScript`, also the source of what is spoken) made into Slint values.
pub fn screen_view(catalog: &Catalog, session: &Session) -> ScreenView {
    let script = ScreenScript::of(catalog, session.visit());
    let lang = script.lang.as_str();
    let t = |id: &str| catalog.texts.get(lang, id);
    let say = |text: &Option<Text>| {
        text.as_ref()
            .map(|text| SharedString::from(text.resolve(catalog)))
            .unwrap_or_default()
    };
    let visit = session.visit();
    let options: Vec<OptionView> = script
        .options
        .iter()
        .map(|option| {
            let label = option.label.resolve(catalog);
            OptionView {
                id: text(option.id.as_str()),
                // Its speaker button's accessible label, in the option's own language.
                hear_label: text(format!(
                    "{} : {label}",
                    catalog.texts.get(option.label.lang(), "button-hear")
                )),
                label: text(label),
                caption: say(&option.caption),
                picture: picture(catalog, option.pictogram.as_deref()),
                picture_id: text(option.pictogram.as_deref().unwrap_or_default()),
                // Each label in the font of its own language's script (a language's name on
                // the picker in its own script).
                font_family: language_font(catalog, option.label.lang()).into(),
            }
        })
        .collect();
    let items: Vec<ListItem> = script
        .list
        .iter()
        .map(|item| ListItem {
            text: text(item.text.resolve(catalog)),
            picture: picture(catalog, item.pictogram.as_deref()),
        })
        .collect();
    let half = items.len().div_ceil(2);

    let mut view = ScreenView {
        kind: match script.kind {
            ScriptKind::Attract => ScreenKind::Attract,
            ScriptKind::Language => ScreenKind::Language,
            ScriptKind::Procedures => ScreenKind::Procedures,
            ScriptKind::Question => ScreenKind::Question,
            ScriptKind::Info => ScreenKind::Info,
            ScriptKind::Outcome => ScreenKind::Outcome,
            ScriptKind::Review => ScreenKind::Review,
            ScriptKind::Handoff => ScreenKind::Handoff,
        },
        title: say(&script.title),
        detail: say(&script.detail),
        progress: say(&script.progress),
        options: model(options),
        list_heading: if items.is_empty() {
            SharedString::new()
        } else {
            say(&script.list_heading)
        },
        list_first_half: model(items[..half].to_vec()),
        list_second_half: model(items[half..].to_vec()),
        list: model(items),
        note: say(&script.note),
        primary: script
            .primary
            .map(|control| text(t(control.label())))
            .unwrap_or_default(),
        primary_icon: script
            .primary
            .map(|control| icon(catalog, lang, control))
            .unwrap_or_default(),
        // The picture of the ticket screen, once there is a ticket to take.
        ticket_picture: if script.ticket.is_some()
            && visit.is_some_and(|v| v.print != crate::session::PrintState::Failed)
        {
            picture(catalog, Some("ticket-from-printer"))
        } else {
            slint::Image::default()
        },
        ticket: match (&script.ticket, script.kind) {
            (Some(ticket), _) => text(ticket.as_str()),
            // The number is on its way (the commit has not returned yet).
            (None, ScriptKind::Handoff) => text("…"),
            (None, _) => SharedString::new(),
        },
        greetings: model(
            script
                .greetings
                .iter()
                .map(|(greeting, touch)| ForeignLine {
                    text: text(format!(
                        "{} — {}",
                        greeting.resolve(catalog),
                        touch.resolve(catalog)
                    )),
                    font_family: language_font(catalog, greeting.lang()).into(),
                })
                .collect(),
        ),
        credits: if script.kind == ScriptKind::Attract {
            text(about(&catalog.languages))
        } else {
            SharedString::new()
        },
        chrome: ChromeView {
            louder: text(t(Control::Louder.label())),
            quieter: text(t(Control::Quieter.label())),
            icons: ChromeIcons {
                back: icon(catalog, lang, Control::Back),
                start_over: icon(catalog, lang, Control::StartOver),
                talk: icon(catalog, lang, Control::Talk),
                listen: icon(catalog, lang, Control::Listen),
                slower: icon(
                    catalog,
                    lang,
                    if visit.is_some_and(|v| v.slow) {
                        Control::NormalSpeed
                    } else {
                        Control::Slower
                    },
                ),
                large_text: icon(catalog, lang, Control::LargeText),
                contrast: icon(catalog, lang, Control::Contrast),
                louder: icon(catalog, lang, Control::Louder),
                quieter: icon(catalog, lang, Control::Quieter),
                scroll_up: icon(catalog, lang, Control::ScrollUp),
                scroll_down: icon(catalog, lang, Control::ScrollDown),
            },
            back: text(t("button-back")),
            start_over: text(t("button-start-over")),
            talk: text(t("button-talk")),
            listen: text(t("button-listen")),
            large_text: text(t(if visit.is_some_and(|v| v.large_text) {
                "button-normal-text"
            } else {
                "button-large-text"
            })),
            contrast: text(t("button-contrast")),
            scroll_up: text(t("button-scroll-up")),
            scroll_down: text(t("button-scroll-down")),
            slower: text(t(if visit.is_some_and(|v| v.slow) {
                "button-normal-speed"
            } else {
                "button-slower"
            })),
            show_back: script.navigation.back,
            show_start_over: script.navigation.start_over,
            show_talk: script.navigation.talk,
        },
        ..ScreenView::default()
    };
    glossary(catalog, session, &mut view);
    view
}

/// Glossary buttons shown under a screen, at most.
const MAX_GLOSSARY_BUTTONS: usize = 2;

/// The font of a language's script, from its own name.
fn language_font(catalog: &Catalog, code: &str) -> &'static str {
    catalog
        .language(code)
        .map_or("", |language| font_family(&language.name))
}

/// "What is …?" buttons for the glossary words on a node screen, and the open explanation.
fn glossary(catalog: &Catalog, session: &Session, view: &mut ScreenView) {
    let Some(visit) = session.visit() else { return };
    if !matches!(session.screen(), Screen::Node(_)) {
        return;
    }
    let lang = visit.language.as_str();
    let shown = texts_of(view);
    let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
    // At most a few words: the help row must not squeeze the page (more lines of buttons took
    // half of a 1280 × 800 screen in large text). The words the screen shows first come first.
    let reading = shown.join(" ").to_lowercase();
    let mut found = catalog.terms_in(lang, &shown);
    found.sort_by_key(|term| {
        let word = catalog.texts.get(lang, &ids::term(term)).to_lowercase();
        reading.find(&word).unwrap_or(usize::MAX)
    });
    let terms: Vec<OptionView> = found
        .into_iter()
        .take(MAX_GLOSSARY_BUTTONS)
        .map(|term| {
            // The button shows the word and a question mark; its accessible label (read by
            // screen readers, used by the tests) is the whole question.
            let word = catalog.texts.get(lang, &ids::term(term));
            let question =
                catalog
                    .texts
                    .get_with(lang, "term-question", &[("word", word.clone().into())]);
            OptionView {
                id: text(term),
                hear_label: text(question),
                label: text(catalog.texts.get_with(
                    lang,
                    "term-button",
                    &[("word", word.clone().into())],
                )),
                ..OptionView::default()
            }
        })
        .collect();
    view.terms = model(terms);
    if let Some(term) = &visit.explaining {
        view.explanation = ExplanationView {
            visible: true,
            word: text(catalog.texts.get(lang, &ids::term(term))),
            meaning: text(catalog.texts.get(lang, &ids::term_meaning(term))),
            close: text(catalog.texts.get(lang, "button-close")),
            close_icon: icon(catalog, lang, Control::Close),
        };
    }
}

/// The words a screen shows (title, detail, options, list), where glossary words are looked for.
fn texts_of(view: &ScreenView) -> Vec<String> {
    let mut shown: Vec<String> = vec![view.title.to_string(), view.detail.to_string()];
    shown.extend(view.options.iter().map(|o| o.label.to_string()));
    shown.extend(view.list.iter().map(|l| l.text.to_string()));
    shown
}

/// Every line the current screen's view gives to read (not its controls' labels): title,
/// detail, each option's label and caption, the list with its heading, the note. The screen
/// script test holds it against what the screen says.
pub fn screen_lines(catalog: &Catalog, session: &Session) -> Vec<String> {
    let view = screen_view(catalog, session);
    let mut lines: Vec<String> = vec![view.title.to_string(), view.detail.to_string()];
    for option in view.options.iter() {
        lines.push(option.caption.to_string());
        lines.push(option.label.to_string());
    }
    lines.push(view.list_heading.to_string());
    lines.extend(view.list.iter().map(|l| l.text.to_string()));
    lines.push(view.note.to_string());
    lines.retain(|line| !line.is_empty());
    lines
}

/// The words the current screen shows, for tools that look at screens without drawing them.
pub fn screen_texts(catalog: &Catalog, session: &Session) -> Vec<String> {
    texts_of(&screen_view(catalog, session))
}

/// The idle warning, when it shows.
pub fn idle_view(catalog: &Catalog, session: &Session, now: Instant) -> IdleView {
    let Some(seconds) = session.idle_seconds_left(now) else {
        return IdleView::default();
    };
    let lang = session.language(catalog);
    IdleView {
        visible: true,
        title: text(catalog.texts.get(lang, "idle-title")),
        countdown: text(catalog.texts.get_with(
            lang,
            "idle-countdown",
            &[("seconds", seconds.into())],
        )),
        button: text(catalog.texts.get(lang, "button-still-here")),
        icon: icon(catalog, lang, Control::StillHere),
    }
}
