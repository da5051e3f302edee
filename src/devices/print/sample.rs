//! A sample handoff, written out by hand: the fixture of the printing tests, independent of
//! the shipped content (which editors change). Every text is labelled as a sample where it
//! would show, and it has French accents (é è à ç ô) and, for `ar` and `uk`, a script that
//! thermal printers cannot encode.

use chrono::NaiveDate;

use crate::handoff::{
    AgentLabels, AgentPart, AnswerLine, Ending, Handoff, HandoffRecord, Labelled, ProcedureLine,
    SourceLine, VisitorPart,
};

/// A handoff of ticket 042 on 23 November 2026 at 14:05, for a visitor speaking `language`
/// (`fr`, `en`, `ar` or `uk`; anything else gets English texts under that code).
pub fn record(language: &str, ending: Ending) -> HandoffRecord {
    let labelled = |id: &str, text: &str| Labelled {
        id: id.to_string(),
        text: text.to_string(),
    };
    let (french_name, own_name) = match language {
        "fr" => ("français", "Français"),
        "ar" => ("arabe", "العربية"),
        "uk" => ("ukrainien", "Українська"),
        _ => ("anglais", "English"),
    };
    let agent = AgentPart {
        language_code: language.to_string(),
        language_own_name: own_name.to_string(),
        language_french_name: french_name.to_string(),
        procedure: Some(ProcedureLine {
            id: "cant-log-in".to_string(),
            title: "Se connecter à son compte (exemple)".to_string(),
            sources: vec![
                SourceLine {
                    title: "Mot de passe oublié".to_string(),
                    url: "https://www.service-public.fr/particuliers/vosdroits/F00000".to_string(),
                    fiche: Some("F00000".to_string()),
                },
                SourceLine {
                    title: "Adresse e-mail (exemple)".to_string(),
                    url: "https://www.service-public.fr/particuliers/vosdroits/F00001".to_string(),
                    fiche: Some("F00001".to_string()),
                },
                SourceLine {
                    title: "Aide du site (exemple)".to_string(),
                    url: "https://example.org/aide".to_string(),
                    fiche: None,
                },
            ],
            checked_on: NaiveDate::from_ymd_opt(2026, 10, 1).expect("a valid date"),
        }),
        ending,
        stopped_at: None,
        answers: vec![
            AnswerLine {
                node: "problem".to_string(),
                choice: "no-email".to_string(),
                question: "Quel problème avez-vous ?".to_string(),
                answer: "Je n'ai pas reçu le code par e-mail".to_string(),
            },
            AnswerLine {
                node: "phone".to_string(),
                choice: "none".to_string(),
                question: "Avez-vous un téléphone ?".to_string(),
                answer: "Non, ça me manque".to_string(),
            },
        ],
        flags: vec![
            labelled("no-email", "Pas d'adresse e-mail utilisable"),
            labelled("no-phone", "Pas de téléphone portable"),
        ],
        documents_has: vec![labelled("id-card", "Pièce d'identité")],
        documents_missing: vec![],
        next_action: Some("Vérifier l'adresse e-mail avec la personne.".into()),
        next_points: vec![
            "Créer un accès à l'hôtel de ville si besoin.".into(),
            "Le code arrive parfois dans les courriers indésirables.".into(),
        ],
        // Like the shipped translations: machine-drafted, not yet reviewed.
        translation_unreviewed: language != "fr",
        labels: AgentLabels {
            heading: "POUR L'AGENT D'ACCUEIL".into(),
            ticket: "Ticket".into(),
            date: "Date".into(),
            site: "Lieu".into(),
            language: "Langue".into(),
            interpreter: "interprète peut-être utile".into(),
            procedure: "Démarche".into(),
            reference: "Référence".into(),
            no_procedure: "Aucune démarche choisie".into(),
            answers: "Réponses".into(),
            flags: "Points bloquants".into(),
            documents_has: "Documents présents".into(),
            documents_missing: "Documents manquants".into(),
            action: "À faire".into(),
            stopped_at: "Arrêt à la question".into(),
            ending_person: "La personne a demandé à parler à quelqu'un.".into(),
            ending_dont_know: "L'arbre renvoie vers une personne.".into(),
            none: "aucun".into(),
            checked_on: "Procédure vérifiée le".into(),
            fiche: "Fiche".into(),
            see_also: "Voir aussi".into(),
            translation_unreviewed: "Traduction automatique, non relue".into(),
        },
    };
    let french = visitor("fr");
    let handoff = Handoff {
        agent,
        visitor: visitor(language),
        visitor_french: (language != "fr").then_some(french),
    };
    HandoffRecord {
        ticket: "042".to_string(),
        created_at: NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|d| d.and_hms_opt(14, 5, 0))
            .expect("a valid time"),
        site: "France Services — Exemple".to_string(),
        handoff,
    }
}

fn visitor(language: &str) -> VisitorPart {
    // number, procedure, bring, where label, where text, link label, guidance, document,
    // translation note
    let t: [&str; 9] = match language {
        "fr" => [
            "Votre numéro",
            "Se connecter à son compte (exemple)",
            "À apporter",
            "Où aller",
            "Attendez à l'accueil. Une personne va vous appeler.",
            "Site officiel",
            "Ce papier vous oriente. La personne de l'accueil va vérifier.",
            "Pièce d'identité",
            "",
        ],
        "ar" => [
            "رقمك",
            "الدخول إلى حسابك (مثال)",
            "ما يجب إحضاره",
            "إلى أين تذهب",
            "انتظر في الاستقبال. سيناديك شخص.",
            "الموقع الرسمي",
            "هذه الورقة للتوجيه. سيتحقق موظف الاستقبال.",
            "بطاقة الهوية",
            "هذه ترجمة آلية. لم يراجعها أحد بعد.",
        ],
        "uk" => [
            "Ваш номер",
            "Увійти до свого акаунта (приклад)",
            "Що принести",
            "Куди йти",
            "Зачекайте на рецепції. Вас покличуть.",
            "Офіційний сайт",
            "Цей папір лише орієнтує. Працівник перевірить.",
            "Посвідчення особи",
            "Це машинний переклад. Людина його ще не перевірила.",
        ],
        _ => [
            "Your number",
            "Log in to your account (sample)",
            "What to bring",
            "Where to go",
            "Wait at the desk. Someone will call you.",
            "Official website",
            "This paper is guidance. The agent will check.",
            "Identity document",
            "This is a machine translation. No person has checked it yet.",
        ],
    };
    VisitorPart {
        language_code: language.to_string(),
        right_to_left: language == "ar",
        heading: "POUR LA PERSONNE".to_string(),
        number_label: t[0].to_string(),
        procedure: Some(t[1].to_string()),
        bring_label: t[2].to_string(),
        bring: vec![t[7].to_string()],
        where_label: t[3].to_string(),
        where_text: t[4].to_string(),
        link_label: t[5].to_string(),
        link: Some("https://www.service-public.fr/particuliers/vosdroits/F00000".to_string()),
        guidance: t[6].to_string(),
        translation_note: (!t[8].is_empty()).then(|| t[8].to_string()),
    }
}

/// The handoff of a printer test (`relais print-test`, the admin screen): the first outcome of
/// the first procedure of the content with the visitor's part in `lang`, or the built-in sample
/// when the content cannot give one; ticket 000, the site marked TEST. Returns it with a word
/// on what it is, for the log.
pub fn test_record(
    catalog: Option<&crate::content::Catalog>,
    config: &crate::config::Config,
    lang: &str,
) -> (HandoffRecord, String) {
    let why_built_in = match catalog {
        None => "the content did not load",
        Some(catalog) if catalog.language(lang).is_none() => {
            "the content does not offer this language"
        }
        Some(_) => "the content has no procedure with an outcome",
    };
    let from_content = catalog.and_then(|catalog| {
        let procedure = catalog.procedures.first()?;
        let outcome = procedure.nodes().iter().find(|n| n.is_outcome())?;
        catalog.language(lang)?;
        let handoff = Handoff::build(
            catalog,
            lang,
            Some(&procedure.id),
            &[],
            Ending::Outcome {
                node: outcome.id.clone(),
            },
        );
        Some((
            handoff,
            format!("procedure {}, outcome {}", procedure.id, outcome.id),
        ))
    });
    let (handoff, what) = from_content.unwrap_or_else(|| {
        let ending = Ending::Outcome {
            node: "reset-password".into(),
        };
        (
            record(lang, ending).handoff,
            format!("the built-in sample: {why_built_in}"),
        )
    });
    let record = HandoffRecord {
        ticket: "000".to_string(),
        created_at: chrono::Local::now().naive_local(),
        site: format!("{} — TEST", config.site.name),
        handoff,
    };
    (record, what)
}
