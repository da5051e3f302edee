//! Every path of every shipped tree, walked through the session: each ends on an outcome or a
//! person, with a handoff that names the procedure and carries the flags of the answers given.

use crate::common;

use std::time::Instant;

use relais::content::{Catalog, Next, NodeKind, Procedure};
use relais::handoff::Ending;
use relais::session::{Effect, Event, Screen, Session, SessionConfig};

/// Every sequence of choice ids from the start to an end (outcome, or a person).
fn paths(procedure: &Procedure) -> Vec<Vec<String>> {
    fn walk(
        procedure: &Procedure,
        node: &str,
        so_far: &mut Vec<String>,
        out: &mut Vec<Vec<String>>,
    ) {
        let node = procedure.node(node).expect("validated");
        match &node.kind {
            NodeKind::Question { choices } => {
                for choice in choices {
                    so_far.push(choice.id.clone());
                    match &choice.next {
                        Next::Node(next) => walk(procedure, next, so_far, out),
                        Next::Person => out.push(so_far.clone()),
                    }
                    so_far.pop();
                }
            }
            NodeKind::Info {
                next: Next::Node(next),
            } => walk(procedure, next, so_far, out),
            NodeKind::Info { next: Next::Person } | NodeKind::Outcome { .. } => {
                out.push(so_far.clone())
            }
        }
    }
    let mut out = Vec::new();
    walk(procedure, &procedure.start, &mut Vec::new(), &mut out);
    out
}

fn visit(catalog: &Catalog, procedure: &Procedure, answers: &[String]) -> relais::handoff::Handoff {
    let now = Instant::now();
    let mut session = Session::new(SessionConfig::default());
    for event in [
        Event::Touch,
        Event::ChooseLanguage("fr".into()),
        Event::ChooseProcedure(procedure.id.clone()),
    ] {
        session.handle(catalog, event, now);
    }
    let mut answers = answers.iter();
    loop {
        let node = match session.screen() {
            Screen::Node(node) => node,
            // The review of the answers, confirmed.
            Screen::Review(_) => {
                session.handle(catalog, Event::Continue, now);
                continue;
            }
            _ => panic!(
                "{}: the visit left the tree without a handoff",
                procedure.id
            ),
        };
        let event = match &procedure.node(&node).unwrap().kind {
            NodeKind::Question { .. } => Event::Answer(
                answers
                    .next()
                    .expect("a path has an answer per question")
                    .clone(),
            ),
            _ => Event::Continue,
        };
        let effects = session.handle(catalog, event, now);
        if let Some(handoff) = effects.into_iter().find_map(|e| match e {
            Effect::Commit(handoff) => Some(*handoff),
            _ => None,
        }) {
            assert_eq!(session.screen(), Screen::Handoff);
            return handoff;
        }
    }
}

#[test]
fn every_path_of_every_tree_ends_on_an_outcome_or_a_person() {
    let catalog = common::shipped_catalog();
    assert!(
        catalog.procedures.len() >= 10,
        "the ten procedures of issue 4"
    );
    let mut walked = 0;
    for procedure in &catalog.procedures {
        let all = paths(procedure);
        assert!(all.len() >= 2, "{} has a single path", procedure.id);
        for answers in all {
            let handoff = visit(&catalog, procedure, &answers);
            let agent = &handoff.agent;
            assert_eq!(
                agent.procedure.as_ref().map(|p| p.id.as_str()),
                Some(procedure.id.as_str())
            );
            assert_eq!(
                agent.answers.len(),
                answers.len(),
                "{}: {answers:?}",
                procedure.id
            );
            // Every flag of every answer given is on the handoff, once.
            for (line, choice_id) in agent.answers.iter().zip(&answers) {
                let choice = procedure
                    .node(&line.node)
                    .unwrap()
                    .choice(choice_id)
                    .unwrap();
                for flag in &choice.flags {
                    assert!(
                        handoff.flag_ids().contains(&flag.as_str()),
                        "{}: {answers:?} lost flag {flag}",
                        procedure.id
                    );
                }
            }
            match &agent.ending {
                Ending::Outcome { .. } => {
                    assert!(agent.next_action.as_deref().is_some_and(|a| !a.is_empty()))
                }
                Ending::ToPerson { .. } => assert!(agent.stopped_at.is_some()),
                Ending::AskedForPerson { .. } => panic!("nobody asked for a person on this walk"),
            }
            walked += 1;
        }
    }
    println!("{walked} paths walked");
    assert!(walked >= 50);
}
