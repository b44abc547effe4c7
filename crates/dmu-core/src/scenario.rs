//! Scenarios: situations in which the learner names the role (or roles) someone holds, or
//! (approach and persona questions) chooses the next step that fits someone's roles.

use crate::lang::Lang;
use crate::role::Role;
use crate::text::{Block, Inline};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A file of scenarios around one theme or sector.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioSet {
    /// Stable id from the file's metadata.
    pub id: String,
    /// The file it was read from, for messages at build time (not part of the model).
    #[serde(skip)]
    pub file: String,
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
    /// For an approach or persona question: which kind, and the roles it practises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approach: Option<Approach>,
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

/// What an approach or persona question asks about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approach {
    /// A persona question (which message fits this combination of roles) rather than an
    /// approach question (which next step fits).
    pub persona: bool,
    /// The roles the question practises: what the learner is told the person holds.
    pub roles: Vec<Role>,
}

/// A question to answer with one or more options; for a case, one per person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// Whom the question is about: one person (or group) in a role question, each person
    /// in a case. `None` when the situation says it all, or the profile is the person.
    pub person: Option<Person>,
    pub choices: Vec<Choice>,
}

/// A person a question is about: the `###` heading ("Noor Bakker, officemanager") and
/// what follows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub about: Vec<Block>,
}

impl Person {
    /// The full name: the heading before its first comma ("Noor Bakker").
    pub fn full_name(&self) -> &str {
        self.name.split(',').next().unwrap_or_default().trim()
    }

    /// The job title: the heading after its first comma ("officemanager"), if any.
    pub fn title(&self) -> Option<&str> {
        let (_, title) = self.name.split_once(',')?;
        Some(title.trim()).filter(|t| !t.is_empty())
    }
}

/// What an answer names: a role, or the n-th step of an approach question (counted from
/// 0 in the order the file lists them, the same in every language).
///
/// Stored as the role's key (`"buyer"`) or the step's number (`2`), so the answers saved
/// before approach questions existed read unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pick {
    Role(Role),
    Step(u8),
}

impl Pick {
    /// Role options for some roles.
    pub fn roles(roles: &[Role]) -> Vec<Pick> {
        roles.iter().copied().map(Pick::Role).collect()
    }

    /// The role, for a role option.
    pub fn role(self) -> Option<Role> {
        match self {
            Pick::Role(role) => Some(role),
            Pick::Step(_) => None,
        }
    }
}

impl From<Role> for Pick {
    fn from(role: Role) -> Pick {
        Pick::Role(role)
    }
}

impl Serialize for Pick {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Pick::Role(role) => serializer.serialize_str(role.key()),
            Pick::Step(n) => serializer.serialize_u8(*n),
        }
    }
}

impl<'de> Deserialize<'de> for Pick {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Pick, D::Error> {
        struct PickVisitor;
        impl Visitor<'_> for PickVisitor {
            type Value = Pick;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a role key or a step number")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Pick, E> {
                Role::from_key(key)
                    .map(Pick::Role)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(key), &self))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Pick, E> {
                u8::try_from(n)
                    .map(Pick::Step)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(n), &self))
            }
        }
        deserializer.deserialize_any(PickVisitor)
    }
}

/// An answer option: a role or a step, whether it is right, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub pick: Pick,
    /// The step (or message) as the learner reads it; empty for a role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub step: String,
    pub correct: bool,
    pub why: Vec<Inline>,
}

impl Choice {
    /// The role, for a role option.
    pub fn role(&self) -> Option<Role> {
        self.pick.role()
    }

    /// What the learner reads as the option: the role's name, or the step.
    pub fn label(&self, lang: Lang) -> &str {
        match self.pick {
            Pick::Role(role) => role.name(lang),
            Pick::Step(_) => &self.step,
        }
    }

    /// A stable, language-neutral name for the option, for element ids and attributes:
    /// the role's key, or `step-N`.
    pub fn key(&self) -> String {
        match self.pick {
            Pick::Role(role) => role.key().to_string(),
            Pick::Step(n) => format!("step-{n}"),
        }
    }
}

/// The kind of question, derived from its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Single,
    Multiple,
    Profile,
    Matrix,
    /// Which next step fits someone's role(s).
    Approach,
    /// Which message fits someone's combination of roles.
    Persona,
}

impl Kind {
    /// Whether the options are steps or messages rather than roles.
    pub fn is_approach(self) -> bool {
        matches!(self, Kind::Approach | Kind::Persona)
    }
}

impl Scenario {
    pub fn kind(&self) -> Kind {
        if let Some(approach) = &self.approach {
            if approach.persona {
                Kind::Persona
            } else {
                Kind::Approach
            }
        } else if self.parts.len() > 1 {
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

    /// Every role that is a right answer somewhere in this scenario (none in an approach
    /// question, whose answers are steps).
    pub fn right_roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.parts.iter().flat_map(Part::right_roles).collect();
        crate::order::sort_dedup(&mut roles);
        roles
    }

    /// The roles this scenario practises: its right roles, or the roles an approach
    /// question is about.
    pub fn roles(&self) -> Vec<Role> {
        match &self.approach {
            Some(approach) => approach.roles.clone(),
            None => self.right_roles(),
        }
    }

    /// Whether this scenario practises a role (see [`Scenario::roles`]).
    pub fn practises(&self, role: Role) -> bool {
        match &self.approach {
            Some(approach) => approach.roles.contains(&role),
            None => self.parts.iter().any(|p| p.right_roles().contains(&role)),
        }
    }
}

impl Part {
    /// The roles marked right (none in an approach question).
    pub fn right_roles(&self) -> Vec<Role> {
        self.right_picks()
            .into_iter()
            .filter_map(Pick::role)
            .collect()
    }

    /// Every option marked right.
    pub fn right_picks(&self) -> Vec<Pick> {
        self.choices
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.pick)
            .collect()
    }

    pub fn choice(&self, pick: Pick) -> Option<&Choice> {
        self.choices.iter().find(|c| c.pick == pick)
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn choice(role: Role, correct: bool) -> Choice {
        Choice {
            pick: Pick::Role(role),
            step: String::new(),
            correct,
            why: vec![Inline::Text(format!("{} because", role.key()))],
        }
    }

    /// An approach question: steps, with the ones marked `true` right.
    pub fn approach(id: &str, roles: Vec<Role>, persona: bool, steps: &[bool]) -> Scenario {
        let mut s = scenario(id, vec![vec![]]);
        s.approach = Some(Approach { persona, roles });
        s.parts[0].choices = steps
            .iter()
            .enumerate()
            .map(|(i, &correct)| Choice {
                pick: Pick::Step(i as u8),
                step: format!("Step {i}"),
                correct,
                why: vec![Inline::Text(format!("step {i} because"))],
            })
            .collect();
        s
    }

    pub fn scenario(id: &str, parts: Vec<Vec<(Role, bool)>>) -> Scenario {
        Scenario {
            id: id.into(),
            question: format!("Question {id}"),
            situation: vec![],
            section: "koper".into(),
            profile: None,
            approach: None,
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

    /// A set `id` of one-part questions (the buyer is right) with these ids.
    pub fn set(id: &str, scenario_ids: &[&str]) -> ScenarioSet {
        ScenarioSet {
            id: id.into(),
            file: String::new(),
            title: format!("Set {id}"),
            description: None,
            scenarios: scenario_ids
                .iter()
                .map(|s| scenario(s, vec![vec![(Role::Buyer, true)]]))
                .collect(),
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
    fn approach_questions_practise_their_declared_roles() {
        let approach = fixtures::approach("a", vec![Gatekeeper], false, &[true, false, false]);
        assert_eq!(approach.kind(), Kind::Approach);
        assert!(approach.kind().is_approach());
        assert_eq!(approach.right_roles(), vec![]);
        assert_eq!(approach.roles(), vec![Gatekeeper]);
        assert!(approach.practises(Gatekeeper));
        assert!(!approach.practises(Buyer));
        assert_eq!(approach.parts[0].right_picks(), vec![Pick::Step(0)]);
        let persona = fixtures::approach("p", vec![DecisionMaker, User], true, &[false, true]);
        assert_eq!(persona.kind(), Kind::Persona);
        assert_eq!(persona.parts[0].choices[1].label(Lang::Nl), "Step 1");
        assert_eq!(persona.parts[0].choices[1].key(), "step-1");
    }

    #[test]
    fn picks_are_stored_as_role_keys_and_step_numbers() {
        let picks = vec![Pick::Role(DecisionMaker), Pick::Step(3)];
        let json = serde_json::to_string(&picks).unwrap();
        assert_eq!(json, r#"["decision-maker",3]"#);
        assert_eq!(serde_json::from_str::<Vec<Pick>>(&json).unwrap(), picks);
        // What the app stored before steps existed reads unchanged.
        let old: Vec<Vec<Pick>> = serde_json::from_str(r#"[["buyer","user"]]"#).unwrap();
        assert_eq!(old, vec![vec![Pick::Role(Buyer), Pick::Role(User)]]);
        for bad in [r#""koper""#, "256", "-1", "1.5", "null", "[]"] {
            assert!(serde_json::from_str::<Pick>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_person_heading_gives_name_and_title() {
        let person = |name: &str| Person {
            name: name.into(),
            about: vec![],
        };
        let noor = person("Noor Bakker, office manager, Bouwgroep Hendriks");
        assert_eq!(noor.full_name(), "Noor Bakker");
        assert_eq!(noor.title(), Some("office manager, Bouwgroep Hendriks"));
        let team = person("De afdeling logistiek");
        assert_eq!(team.full_name(), "De afdeling logistiek");
        assert_eq!(team.title(), None);
        assert_eq!(person("Noor Bakker, ").title(), None);
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
