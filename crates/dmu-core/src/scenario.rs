//! Scenarios: situations in which the learner names the role (or roles) someone holds.

use crate::role::Role;
use crate::text::{Block, Inline};
use serde::{Deserialize, Serialize};

/// A file of scenarios around one theme or sector.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioSet {
    /// Stable id from the file's metadata.
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub scenarios: Vec<Scenario>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// Stable id written in the file; progress is keyed by it.
    pub id: String,
    /// The question, e.g. "Wie tekent het contract?".
    pub question: String,
    /// The situation, before the answer options.
    pub situation: Vec<Block>,
    /// The chapter anchor of the section that answers it.
    pub section: String,
    /// A LinkedIn profile card, for profile questions.
    pub profile: Option<Profile>,
    /// One part for a single or multiple answer question; one per person in a case.
    pub parts: Vec<Part>,
    /// `> [!TIP]`: how to approach this person, shown with the feedback.
    pub tip: Option<Vec<Block>>,
    /// `> [!NOTE]`: a prompt a trainer can use to start a discussion.
    pub prompt: Option<Vec<Block>>,
    /// Source line of the heading, for error messages at build time.
    #[serde(skip)]
    pub line: u32,
}

/// A LinkedIn profile as the learner would see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    pub headline: String,
    pub position: Option<String>,
    pub company: Option<String>,
    /// A recent post or activity.
    pub activity: Vec<Inline>,
}

/// A question to answer with one or more roles; for a case, one per person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub person: Option<Person>,
    pub choices: Vec<Choice>,
}

/// A person in a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub about: Vec<Block>,
}

/// An answer option: a role, whether it is right, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub role: Role,
    pub correct: bool,
    pub why: Vec<Inline>,
}

/// The kind of question, derived from its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Single,
    Multiple,
    Profile,
    Matrix,
}

impl Scenario {
    pub fn kind(&self) -> Kind {
        if self.parts.len() > 1 {
            Kind::Matrix
        } else if self.profile.is_some() {
            Kind::Profile
        } else if self
            .parts
            .first()
            .is_some_and(|p| p.right_roles().len() > 1)
        {
            Kind::Multiple
        } else {
            Kind::Single
        }
    }

    /// Every role that is a right answer somewhere in this scenario.
    pub fn right_roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.parts.iter().flat_map(Part::right_roles).collect();
        roles.sort();
        roles.dedup();
        roles
    }

    /// Whether this scenario practises a role (it is a right answer in it).
    pub fn practises(&self, role: Role) -> bool {
        self.parts.iter().any(|p| p.right_roles().contains(&role))
    }
}

impl Part {
    pub fn right_roles(&self) -> Vec<Role> {
        self.choices
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.role)
            .collect()
    }

    pub fn choice(&self, role: Role) -> Option<&Choice> {
        self.choices.iter().find(|c| c.role == role)
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn choice(role: Role, correct: bool) -> Choice {
        Choice {
            role,
            correct,
            why: vec![Inline::Text(format!("{} because", role.key()))],
        }
    }

    pub fn scenario(id: &str, parts: Vec<Vec<(Role, bool)>>) -> Scenario {
        Scenario {
            id: id.into(),
            question: format!("Question {id}"),
            situation: vec![],
            section: "koper".into(),
            profile: None,
            parts: parts
                .into_iter()
                .map(|choices| Part {
                    person: None,
                    choices: choices.into_iter().map(|(r, c)| choice(r, c)).collect(),
                })
                .collect(),
            tip: None,
            prompt: None,
            line: 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::scenario;
    use super::*;
    use Role::*;

    #[test]
    fn kind_is_derived_from_the_shape() {
        let single = scenario("a", vec![vec![(Buyer, true), (User, false)]]);
        assert_eq!(single.kind(), Kind::Single);
        let multiple = scenario("b", vec![vec![(Buyer, true), (User, true)]]);
        assert_eq!(multiple.kind(), Kind::Multiple);
        let matrix = scenario("c", vec![vec![(Buyer, true)], vec![(User, true)]]);
        assert_eq!(matrix.kind(), Kind::Matrix);
        let mut profile = single.clone();
        profile.profile = Some(Profile {
            name: "Sanne".into(),
            headline: "Inkoper".into(),
            position: None,
            company: None,
            activity: vec![],
        });
        assert_eq!(profile.kind(), Kind::Profile);
    }

    #[test]
    fn right_roles_are_collected_over_parts() {
        let matrix = scenario(
            "c",
            vec![
                vec![(Buyer, true), (User, false)],
                vec![(User, true), (Buyer, true)],
            ],
        );
        assert_eq!(matrix.right_roles(), vec![Buyer, User]);
        assert!(matrix.practises(User));
        assert!(!matrix.practises(Gatekeeper));
    }
}
