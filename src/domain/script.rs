//! The screen script: the one description of what each screen says and offers.
//!
//! For the screen in front of the visitor, `ScreenScript::of` lists its texts (as message ids in
//! a language), its pictograms and its choices, in order. Both sides of the kiosk are built from
//! it: `ScreenScript::speech` is what the kiosk says when the screen opens (and on "Listen
//! again"), and `ui::screen_view` turns the same script into the Slint view. A line added to a
//! screen is therefore spoken too, and `tests/integration/screen_script.rs` walks every screen
//! of every procedure to check that nothing shown is left unsaid.
//!
//! It also holds the other half of the contract with the UI: `UiAction`, what the visitor
//! touched, and `UiAction::event`, what that touch means on the current screen.
//!
//! Domain code: no Slint, no devices (checked by `tests/integration/tidy.rs`).

use crate::content::{Catalog, DONT_KNOW, NodeKind, Procedure, ids};
use crate::session::{Event, PrintState, Screen, Utterance, Visit};

mod controls;
pub use controls::Control;

/// Pictograms of the kiosk itself (not of a procedure), under ui/pictograms/.
const SOMETHING_ELSE_PICTOGRAM: &str = "something-else";
const DONT_KNOW_PICTOGRAM: &str = "dont-know";

/// The id of the "I don't know / something else" tile on the procedures screen. It cannot be a
/// procedure id: ids are slugs, and slugs have no colon.
pub const SOMETHING_ELSE: &str = ":something-else";

/// What kind of screen it is, which decides its layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptKind {
    Attract,
    Language,
    Procedures,
    Question,
    Info,
    Outcome,
    Review,
    Handoff,
}

/// A text of a screen, in the language it is shown and said in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A message of the catalog; `attribute` names its second part (`.detail`), if that is the
    /// text meant.
    Message {
        lang: String,
        id: String,
        attribute: Option<&'static str>,
        /// Fluent arguments (the progress hint's numbers).
        args: Vec<(&'static str, i64)>,
    },
    /// Words that are no message: a language's own name on the language screen.
    Verbatim { lang: String, text: String },
}

impl Text {
    fn message(lang: &str, id: impl Into<String>) -> Text {
        Text::Message {
            lang: lang.to_string(),
            id: id.into(),
            attribute: None,
            args: Vec::new(),
        }
    }

    /// The language the text is in.
    pub fn lang(&self) -> &str {
        match self {
            Text::Message { lang, .. } | Text::Verbatim { lang, .. } => lang,
        }
    }

    /// The words, as shown.
    pub fn resolve(&self, catalog: &Catalog) -> String {
        match self {
            Text::Verbatim { text, .. } => text.clone(),
            Text::Message {
                lang,
                id,
                attribute: Some(attribute),
                ..
            } => catalog
                .texts
                .attribute(lang, id, attribute)
                .unwrap_or_default(),
            Text::Message { lang, id, args, .. } if args.is_empty() => catalog.texts.get(lang, id),
            Text::Message { lang, id, args, .. } => {
                let args: Vec<_> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
                catalog.texts.get_with(lang, id, &args)
            }
        }
    }

    /// The same text as speech: a clip is made per message (its `.detail` part has its own),
    /// so only messages without arguments can be said.
    pub fn utterance(&self) -> Option<Utterance> {
        match self {
            Text::Message {
                lang,
                id,
                attribute,
                args,
            } if args.is_empty() => Some(Utterance::Message {
                lang: lang.clone(),
                id: match attribute {
                    Some(attribute) => format!("{id}.{attribute}"),
                    None => id.clone(),
                },
            }),
            _ => None,
        }
    }
}

/// Something to choose on a screen: a language, a procedure, an answer, or an answer to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptOption {
    /// What a touch on it sends (`UiAction::Choose`, `UiAction::Hear`).
    pub id: String,
    pub label: Text,
    /// A smaller line above the label (on the review: the question that was answered).
    pub caption: Option<Text>,
    /// Its picture's file name under `ui/pictograms/`.
    pub pictogram: Option<String>,
    /// What its speaker button says, and what the screen's speech says for it.
    pub said: Vec<Utterance>,
}

/// A line of a list (the papers to bring).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptItem {
    pub text: Text,
    pub pictogram: Option<String>,
}

/// Which navigation buttons the screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Navigation {
    pub back: bool,
    pub start_over: bool,
    pub talk: bool,
}

/// Everything one screen shows and says, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenScript {
    pub kind: ScriptKind,
    /// The language the screen is in.
    pub lang: String,
    pub title: Option<Text>,
    pub detail: Option<Text>,
    /// "Question 2 of about 5": a visual hint, not spoken (it would only delay the question).
    pub progress: Option<Text>,
    pub options: Vec<ScriptOption>,
    pub list_heading: Option<Text>,
    pub list: Vec<ScriptItem>,
    pub note: Option<Text>,
    /// The main button (Continue, Print my ticket, I'm done): a control, not a line; the
    /// speech ends by naming it by its icon (`Control::hint`).
    pub primary: Option<Control>,
    /// The ticket number, shown in large digits and said digit by digit.
    pub ticket: Option<String>,
    /// Said but not shown: on the ticket screen, the papers to bring again (the printed ticket
    /// lists them; EN 301 549 5.1.3.16 asks that a receipt be available as speech).
    pub said_only: Vec<Utterance>,
    /// Attract screen: the greeting and the invitation in each other offered language.
    pub greetings: Vec<(Text, Text)>,
    pub navigation: Navigation,
}

impl ScreenScript {
    fn empty(kind: ScriptKind, lang: &str) -> ScreenScript {
        ScreenScript {
            kind,
            lang: lang.to_string(),
            title: None,
            detail: None,
            progress: None,
            options: Vec::new(),
            list_heading: None,
            list: Vec::new(),
            note: None,
            primary: None,
            ticket: None,
            said_only: Vec::new(),
            greetings: Vec::new(),
            navigation: Navigation {
                back: true,
                start_over: true,
                talk: true,
            },
        }
    }

    /// The script of the screen the visit is on; the attract screen when there is no visit.
    pub fn of(catalog: &Catalog, visit: Option<&Visit>) -> ScreenScript {
        let Some(visit) = visit else {
            return attract(catalog);
        };
        let lang = visit.language.as_str();
        match visit.screen() {
            Screen::Attract => attract(catalog),
            Screen::Language => language(catalog, lang),
            Screen::Procedures => procedures(catalog, lang),
            Screen::Node(node) => match visit_procedure(catalog, visit) {
                Some(procedure) => node_screen(catalog, visit, procedure, node),
                None => ScreenScript::empty(ScriptKind::Info, lang),
            },
            Screen::Review(_) => review(catalog, visit),
            Screen::Handoff => handoff(catalog, visit),
        }
    }

    /// The option a touch names, if the screen offers it.
    pub fn option(&self, id: &str) -> Option<&ScriptOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// What is said when the screen opens, and again on "Listen again".
    pub fn speech(&self) -> Vec<Utterance> {
        let say = |text: &Option<Text>| text.iter().filter_map(Text::utterance).collect::<Vec<_>>();
        let options = self.options.iter().flat_map(|o| o.said.iter().cloned());
        let list: Vec<Utterance> = if self.list.is_empty() {
            Vec::new()
        } else {
            say(&self.list_heading)
                .into_iter()
                .chain(self.list.iter().filter_map(|i| i.text.utterance()))
                .collect()
        };
        let digits = self.ticket.iter().map(|digits| Utterance::Digits {
            lang: self.lang.clone(),
            digits: digits.clone(),
        });
        let mut said: Vec<Utterance> = Vec::new();
        match self.kind {
            ScriptKind::Attract => {}
            // Each language invites the visitor in its own words; the title is one of them.
            ScriptKind::Language => said.extend(options),
            // The hint on how to change an answer comes after the answers it speaks of.
            ScriptKind::Review => {
                said.extend(say(&self.title));
                said.extend(options);
                said.extend(say(&self.detail));
            }
            // Nothing until the commit returned a number; then the number first, whether it
            // printed, and where to go.
            ScriptKind::Handoff if self.ticket.is_none() => return said,
            ScriptKind::Handoff => {
                said.extend(say(&self.title));
                said.extend(digits);
                said.extend(say(&self.note));
                said.extend(say(&self.detail));
            }
            ScriptKind::Procedures
            | ScriptKind::Question
            | ScriptKind::Info
            | ScriptKind::Outcome => {
                said.extend(say(&self.title));
                said.extend(say(&self.detail));
                said.extend(options);
                said.extend(list);
                said.extend(say(&self.note));
            }
        }
        said.extend(self.said_only.iter().cloned());
        // Last, the main button named by its icon, for a visitor who cannot read its words.
        said.extend(
            self.primary
                .and_then(Control::hint)
                .map(|id| Utterance::Message {
                    lang: self.lang.clone(),
                    id: id.to_string(),
                }),
        );
        said
    }

    /// Every text the screen shows as a line to read (not the labels of its controls), for the
    /// check that each is spoken and for tools that look at screens without drawing them.
    pub fn shown_lines(&self) -> Vec<&Text> {
        let mut lines: Vec<&Text> = Vec::new();
        lines.extend(&self.title);
        lines.extend(&self.detail);
        for option in &self.options {
            lines.extend(&option.caption);
            lines.push(&option.label);
        }
        if !self.list.is_empty() {
            lines.extend(&self.list_heading);
        }
        lines.extend(self.list.iter().map(|i| &i.text));
        lines.extend(&self.note);
        lines
    }
}

fn attract(catalog: &Catalog) -> ScreenScript {
    let reference = catalog.reference_language();
    let mut script = ScreenScript::empty(ScriptKind::Attract, reference);
    script.title = Some(Text::message(reference, "attract-greeting"));
    script.detail = Some(Text::message(reference, "attract-touch"));
    script.greetings = catalog
        .languages
        .iter()
        .filter(|l| l.code != reference)
        .map(|l| {
            (
                Text::message(&l.code, "attract-greeting"),
                Text::message(&l.code, "attract-touch"),
            )
        })
        .collect();
    script.navigation = Navigation::default();
    script
}

fn language(catalog: &Catalog, lang: &str) -> ScreenScript {
    let mut script = ScreenScript::empty(ScriptKind::Language, lang);
    script.title = Some(Text::message(lang, "language-question"));
    script.options = catalog
        .languages
        .iter()
        .map(|l| ScriptOption {
            id: l.code.clone(),
            label: Text::Verbatim {
                lang: l.code.clone(),
                text: l.name.clone(),
            },
            caption: None,
            pictogram: None,
            // A language is offered by its question, asked in that language.
            said: vec![Utterance::Message {
                lang: l.code.clone(),
                id: "language-question".to_string(),
            }],
        })
        .collect();
    script
}

fn procedures(catalog: &Catalog, lang: &str) -> ScreenScript {
    let mut script = ScreenScript::empty(ScriptKind::Procedures, lang);
    script.title = Some(Text::message(lang, "procedures-question"));
    script.options = catalog
        .procedures
        .iter()
        .map(|p| {
            spoken_option(
                &p.id,
                Text::message(lang, ids::procedure(&p.id)),
                p.pictogram.clone(),
            )
        })
        .chain(std::iter::once(spoken_option(
            SOMETHING_ELSE,
            Text::message(lang, "procedure-other"),
            Some(SOMETHING_ELSE_PICTOGRAM.to_string()),
        )))
        .collect();
    script
}

/// An option that says its own label.
fn spoken_option(id: &str, label: Text, pictogram: Option<String>) -> ScriptOption {
    ScriptOption {
        id: id.to_string(),
        said: label.utterance().into_iter().collect(),
        label,
        caption: None,
        pictogram,
    }
}

fn node_screen(
    catalog: &Catalog,
    visit: &Visit,
    procedure: &Procedure,
    node_id: &str,
) -> ScreenScript {
    let lang = visit.language.as_str();
    let message = ids::node(&procedure.id, node_id);
    let Some(node) = procedure.node(node_id) else {
        return ScreenScript::empty(ScriptKind::Info, lang);
    };
    let kind = match node.kind {
        NodeKind::Question { .. } => ScriptKind::Question,
        NodeKind::Info { .. } => ScriptKind::Info,
        NodeKind::Outcome { .. } => ScriptKind::Outcome,
    };
    let mut script = ScreenScript::empty(kind, lang);
    script.title = Some(Text::message(lang, message.as_str()));
    script.detail = catalog
        .texts
        .attribute_text(lang, &message, ids::DETAIL_ATTRIBUTE)
        .is_some()
        .then(|| Text::Message {
            lang: lang.to_string(),
            id: message.clone(),
            attribute: Some(ids::DETAIL_ATTRIBUTE),
            args: Vec::new(),
        });
    match &node.kind {
        NodeKind::Question { choices } => {
            let answered = visit.answers.len();
            script.progress = Some(Text::Message {
                lang: lang.to_string(),
                id: "progress".to_string(),
                attribute: None,
                args: vec![
                    ("current", answered as i64 + 1),
                    (
                        "total",
                        (answered + procedure.questions_left(node_id)) as i64,
                    ),
                ],
            });
            script.options = choices
                .iter()
                .map(|c| {
                    spoken_option(
                        &c.id,
                        Text::message(lang, ids::choice(&procedure.id, node_id, &c.id)),
                        choice_pictogram(c),
                    )
                })
                .collect();
        }
        NodeKind::Info { .. } => {
            script.primary = Some(Control::Continue);
        }
        NodeKind::Outcome { bring, .. } => {
            script.list_heading = Some(Text::message(lang, "outcome-bring"));
            script.list = bring_list(catalog, lang, bring);
            script.note = Some(Text::message(lang, "outcome-person"));
            script.primary = Some(Control::Print);
        }
    }
    script
}

/// The papers of an outcome, each with its picture.
fn bring_list(catalog: &Catalog, lang: &str, bring: &[String]) -> Vec<ScriptItem> {
    bring
        .iter()
        .map(|d| ScriptItem {
            text: Text::message(lang, ids::document(d)),
            pictogram: catalog.document(d).and_then(|d| d.pictogram.clone()),
        })
        .collect()
}

fn review(catalog: &Catalog, visit: &Visit) -> ScreenScript {
    let lang = visit.language.as_str();
    let mut script = ScreenScript::empty(ScriptKind::Review, lang);
    let Some(procedure) = visit_procedure(catalog, visit) else {
        return script;
    };
    script.title = Some(Text::message(lang, "review-title"));
    script.detail = Some(Text::message(lang, "review-hint"));
    script.primary = Some(Control::Confirm);
    // One row per answer: the question small above, the answer given; touching the row goes
    // back to that question, and its speaker button says both.
    script.options = visit
        .answers
        .iter()
        .map(|(node, choice)| {
            let caption = Text::message(lang, ids::node(&procedure.id, node));
            let label = Text::message(lang, ids::choice(&procedure.id, node, choice));
            ScriptOption {
                id: node.clone(),
                said: [&caption, &label]
                    .into_iter()
                    .filter_map(Text::utterance)
                    .collect(),
                caption: Some(caption),
                label,
                pictogram: procedure
                    .node(node)
                    .and_then(|n| n.choice(choice))
                    .and_then(choice_pictogram),
            }
        })
        .collect();
    script
}

fn handoff(catalog: &Catalog, visit: &Visit) -> ScreenScript {
    let lang = visit.language.as_str();
    let mut script = ScreenScript::empty(ScriptKind::Handoff, lang);
    script.navigation = Navigation::default();
    script.title = Some(Text::message(lang, "handoff-title"));
    script.ticket = visit.ticket.clone();
    script.note = Some(Text::message(
        lang,
        if visit.print == PrintState::Failed {
            "handoff-not-printed"
        } else {
            "handoff-printed"
        },
    ));
    script.primary = Some(Control::Done);
    // The papers of the outcome the visit ended on, said again after where to go.
    let outcome = visit.trail.iter().rev().find_map(|screen| match screen {
        Screen::Node(node) => visit_procedure(catalog, visit)?.node(node),
        _ => None,
    });
    // Where to go: the site's own place for this outcome, or the network's generic text.
    script.detail = Some(Text::message(lang, catalog.where_message(outcome)));
    if let Some(NodeKind::Outcome { bring, .. }) = outcome.map(|n| &n.kind)
        && !bring.is_empty()
    {
        script.said_only = std::iter::once(Text::message(lang, "outcome-bring"))
            .chain(bring_list(catalog, lang, bring).into_iter().map(|i| i.text))
            .filter_map(|t| t.utterance())
            .collect();
    }
    script
}

/// The procedure the visit is in, if one was chosen (and the content still has it).
fn visit_procedure<'a>(catalog: &'a Catalog, visit: &Visit) -> Option<&'a Procedure> {
    catalog.procedure(visit.procedure.as_deref()?)
}

/// A choice's pictogram; "I don't know" has the kiosk's own.
fn choice_pictogram(choice: &crate::content::Choice) -> Option<String> {
    choice
        .pictogram
        .clone()
        .or_else(|| (choice.id == DONT_KNOW).then(|| DONT_KNOW_PICTOGRAM.to_string()))
}

/// What the visitor touched on screen, before it means anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiAction {
    Touch,
    Choose(String),
    Hear(String),
    Primary,
    Back,
    StartOver,
    Talk,
    Listen,
    Slower,
    LargeText,
    Contrast,
    Louder,
    Quieter,
    StillHere,
    Explain(String),
    CloseExplanation,
    /// A control held down to hear it, named by its icon (`Control::icon`): said, not done.
    HearControl(String),
}

impl UiAction {
    /// What the touch means on this screen: the one place where a tap becomes an event.
    pub fn event(self, screen: &Screen) -> Event {
        match self {
            UiAction::Touch => Event::Touch,
            UiAction::Choose(id) => match screen {
                Screen::Language => Event::ChooseLanguage(id),
                Screen::Procedures if id == SOMETHING_ELSE => Event::SomethingElse,
                Screen::Procedures => Event::ChooseProcedure(id),
                Screen::Review(_) => Event::ChangeAnswer(id),
                _ => Event::Answer(id),
            },
            UiAction::Hear(id) => Event::Hear(id),
            UiAction::Primary if *screen == Screen::Handoff => Event::Finish,
            UiAction::Primary => Event::Continue,
            UiAction::Back => Event::Back,
            UiAction::StartOver => Event::StartOver,
            UiAction::Talk => Event::TalkToPerson,
            UiAction::Listen => Event::ListenAgain,
            UiAction::Slower => Event::ToggleSlow,
            UiAction::LargeText => Event::ToggleLargeText,
            UiAction::Contrast => Event::ToggleContrast,
            UiAction::Louder => Event::Louder,
            UiAction::Quieter => Event::Quieter,
            UiAction::HearControl(icon) => match Control::from_icon(&icon) {
                Some(control) => Event::HearControl(control),
                None => Event::Hear(icon),
            },
            UiAction::StillHere => Event::StillHere,
            UiAction::Explain(id) => Event::Explain(id),
            UiAction::CloseExplanation => Event::CloseExplanation,
        }
    }
}
