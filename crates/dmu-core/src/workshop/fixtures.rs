//! Test fixtures for the workshop: a small library with a single answer, a multiple
//! answer, a profile and a case scenario, and helpers to find a role's letter.

use super::letter::Letter;
use super::session::Item;
use crate::chapter::Chapter;
use crate::lang::Lang;
use crate::library::Library;
use crate::role::Role::{self, *};
use crate::scenario::fixtures::scenario;
use crate::scenario::{Profile, Scenario, ScenarioSet};

/// Single answer: Buyer is right (file order DecisionMaker, Buyer, User, Gatekeeper).
pub fn contract() -> Scenario {
    scenario(
        "contract",
        vec![vec![
            (DecisionMaker, false),
            (Buyer, true),
            (User, false),
            (Gatekeeper, false),
        ]],
    )
}

/// Multiple answer: User and Influencer are right.
pub fn tester() -> Scenario {
    scenario(
        "tester",
        vec![vec![
            (User, true),
            (Influencer, true),
            (Buyer, false),
            (Gatekeeper, false),
        ]],
    )
}

/// A case with two people.
pub fn case() -> Scenario {
    scenario(
        "case",
        vec![
            vec![(Initiator, true), (Buyer, false)],
            vec![(User, true), (Buyer, false)],
        ],
    )
}

/// A profile question: Influencer is right.
pub fn profile() -> Scenario {
    let mut s = scenario(
        "profile",
        vec![vec![(Influencer, true), (DecisionMaker, false)]],
    );
    s.profile = Some(Profile {
        name: "Yvonne Bos".into(),
        headline: "Kwaliteitsmanager".into(),
        position: None,
        company: None,
        activity: vec![],
    });
    s
}

/// Single answer: Initiator is right.
pub fn initiator() -> Scenario {
    scenario(
        "initiator",
        vec![vec![(Initiator, true), (Buyer, false), (User, false)]],
    )
}

fn set(id: &str, scenarios: Vec<Scenario>) -> ScenarioSet {
    ScenarioSet {
        file: String::new(),
        id: id.into(),
        title: id.into(),
        description: None,
        scenarios,
    }
}

/// Set `industry`: contract, tester, case, profile. Set `care`: initiator.
pub fn library() -> Library {
    Library {
        lang: Lang::En,
        chapter: Chapter {
            title: "DMU".into(),
            intro: vec![],
            sections: vec![],
        },
        sets: vec![
            set("industry", vec![contract(), tester(), case(), profile()]),
            set("care", vec![initiator()]),
        ],
    }
}

/// The letter a role has in a session item.
pub fn letter_for(item: &Item, library: &Library, role: Role) -> Letter {
    library
        .scenario(&item.scenario)
        .and_then(|s| s.parts.first())
        .and_then(|part| {
            item.order
                .iter()
                .position(|&i| part.choices.get(i).is_some_and(|c| c.role() == Some(role)))
        })
        .and_then(Letter::from_index)
        .unwrap_or(Letter::ALL[5])
}
