//! The title test: how far would a learner get who answers every role question from the
//! person's job title alone (secretaries are gatekeepers, directors decide, purchasers
//! buy)? The chapter's lesson is that a title is not a role, so that learner must do
//! badly. The stereotypes are the ones learners bring: a title that matches none of them
//! predicts nothing.

use crate::grade::grade_part;
use crate::role::Role;
use crate::scenario::{Part, Pick, Scenario};

/// Title words and the role a learner would guess from them, first match wins (so a
/// "directiesecretaresse" is a secretary before she is "directie").
const STEREOTYPES: &[(Role, &[&str])] = &[
    (
        Role::Gatekeeper,
        &[
            "secretar",
            "assistent",
            "assistant",
            "officemanager",
            "office manager",
            "receptie",
            "reception",
            "coördinator",
            "coordinator",
            "managementondersteun",
        ],
    ),
    (
        Role::Buyer,
        &[
            "inkoop",
            "inkoper",
            "purchas",
            "procurement",
            "buyer",
            "contractmanager",
            "contract manager",
            "categoriemanager",
            "category manager",
        ],
    ),
    (
        Role::DecisionMaker,
        &[
            "directeur",
            "director",
            "eigenaar",
            "owner",
            "bestuurder",
            "voorzitter",
            "chair",
            "ceo",
            "wethouder",
            "alderman",
            "rector",
            "oprichter",
            "founder",
            "dga",
            "partner",
        ],
    ),
    (
        Role::Influencer,
        &[
            "adviseur",
            "advisor",
            "adviser",
            "consultant",
            "specialist",
            "architect",
            "manager",
            "hoofd",
            "head of",
            "teamleider",
            "team leader",
            "controller",
            "jurist",
            "lawyer",
            "functionaris",
            "officer",
            "lid managementteam",
        ],
    ),
    (
        Role::User,
        &[
            "medewerker",
            "employee",
            "planner",
            "verpleegkundige",
            "nurse",
            "monteur",
            "mechanic",
            "technician",
            "docent",
            "teacher",
            "chauffeur",
            "driver",
            "operator",
            "verzorgende",
            "carer",
        ],
    ),
];

/// The role a job title makes a learner think of, if any.
pub fn stereotype(title: &str) -> Option<Role> {
    let title = title.to_lowercase();
    STEREOTYPES
        .iter()
        .find(|(_, words)| words.iter().any(|w| title.contains(w)))
        .map(|(role, _)| *role)
}

/// The job title of the person a part is about: the `###` heading after its comma, or
/// the profile's position (else its headline). Groups and untitled people have none.
pub fn title_of<'a>(scenario: &'a Scenario, part: &'a Part) -> Option<&'a str> {
    if let Some(person) = &part.person {
        return person.title();
    }
    let profile = scenario.profile.as_ref()?;
    Some(profile.position.as_deref().unwrap_or(&profile.headline))
}

/// What the title-only learner achieves over the role questions of some scenarios.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TitleTest {
    /// Parts about a person with a job title.
    pub titled: usize,
    /// Of those, parts whose title matches a stereotype.
    pub guessable: usize,
    /// The title-only learner's mean score over the guessable parts (0..=1).
    pub score: f64,
    /// Titled parts in which the person holds a role their title does not suggest.
    pub misleading: usize,
}

impl TitleTest {
    /// Runs the test over some scenarios (approach questions are left out: their answers
    /// are steps).
    pub fn run<'a>(scenarios: impl IntoIterator<Item = &'a Scenario>) -> TitleTest {
        let mut test = TitleTest::default();
        let mut total = 0.0;
        for scenario in scenarios {
            if scenario.approach.is_some() {
                continue;
            }
            for part in &scenario.parts {
                let Some(title) = title_of(scenario, part) else {
                    continue;
                };
                test.titled += 1;
                let guess = stereotype(title);
                if part.right_roles().iter().any(|r| Some(*r) != guess) {
                    test.misleading += 1;
                }
                if let Some(role) = guess {
                    test.guessable += 1;
                    total += f64::from(grade_part(part, &[Pick::Role(role)]).score);
                }
            }
        }
        if test.guessable > 0 {
            test.score = total / test.guessable as f64;
        }
        test
    }

    /// The share of titled parts whose title misleads (0..=1).
    pub fn misleading_share(&self) -> f64 {
        if self.titled == 0 {
            0.0
        } else {
            self.misleading as f64 / self.titled as f64
        }
    }

    /// Whether titles predict too much: the title-only learner scores two thirds or more,
    /// or fewer than a third of the titled people hold a role their title does not suggest.
    pub fn too_predictable(&self) -> bool {
        self.score >= 2.0 / 3.0 || self.misleading_share() < 1.0 / 3.0
    }
}
