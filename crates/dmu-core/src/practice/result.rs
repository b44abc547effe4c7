//! What a finished round adds up to, ready to show: the score, how each role went (with
//! the share found), which questions were missed, and each answer beside the right one.

use crate::grade::Outcome;
use crate::lang::Lang;
use crate::library::Library;
use crate::percent::percent_of;
use crate::role::Role;
use crate::round::{RoleTally, Round};
use crate::scenario::{Part, Pick, Scenario};

/// A finished (or partly played) round's result.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundResult<'a> {
    /// The sum of the scenario scores (0.0..=1.0 each).
    pub score: f32,
    /// How many questions were answered.
    pub answered: usize,
    /// The roles the round asked or the learner chose wrongly, in [`Role::ALL`] order.
    pub roles: Vec<RoleResult>,
    /// Whether a question was not answered fully right (a retry is possible).
    pub any_missed: bool,
    /// Every answered question, in round order.
    pub questions: Vec<QuestionResult<'a>>,
}

/// How one role went in a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleResult {
    pub role: Role,
    pub tally: RoleTally,
    /// The share of the times it was right that the learner found it.
    pub found_percent: u32,
}

/// One answered question: the verdict, and per part what was chosen and what was right.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionResult<'a> {
    pub scenario: &'a Scenario,
    pub outcome: Outcome,
    pub parts: Vec<PartResult<'a>>,
}

/// One part of an answered question.
#[derive(Clone, Debug, PartialEq)]
pub struct PartResult<'a> {
    /// The person the part is about, when it is about one.
    pub person: Option<&'a str>,
    /// The chosen options' labels, joined; `None` when nothing was chosen.
    pub chosen: Option<String>,
    /// The right options' labels, joined.
    pub right: Option<String>,
}

impl<'a> RoundResult<'a> {
    /// The result of `round` in `library`'s language.
    pub fn of(round: &Round, library: &'a Library) -> RoundResult<'a> {
        let (score, answered) = round.score();
        let tallies = round.role_breakdown(library);
        let roles = Role::ALL
            .into_iter()
            .map(|role| (role, tallies[role.index()]))
            .filter(|(_, t)| t.asked + t.wrongly_chosen > 0)
            .map(|(role, tally)| RoleResult {
                role,
                tally,
                found_percent: percent_of(tally.found.into(), tally.asked.into()),
            })
            .collect();
        let lang = library.lang;
        let questions = round
            .items
            .iter()
            .filter_map(|item| {
                let scenario = library.scenario(&item.scenario)?;
                let answer = item.answer.as_ref()?;
                let parts = scenario
                    .parts
                    .iter()
                    .zip(&answer.chosen)
                    .map(|(part, chosen)| PartResult {
                        person: part.person.as_ref().map(|p| p.name.as_str()),
                        chosen: labels(lang, part, chosen),
                        right: labels(lang, part, &part.right_picks()),
                    })
                    .collect();
                Some(QuestionResult {
                    scenario,
                    outcome: answer.outcome(),
                    parts,
                })
            })
            .collect();
        RoundResult {
            score,
            answered,
            roles,
            any_missed: !round.missed().is_empty(),
            questions,
        }
    }
}

/// The labels of the options picked, in the part's own order: role names joined with a
/// comma, steps (which are sentences) with a middle dot. `None` when none was picked.
pub fn labels(lang: Lang, part: &Part, picks: &[Pick]) -> Option<String> {
    let labels: Vec<&str> = part
        .choices
        .iter()
        .filter(|c| picks.contains(&c.pick))
        .map(|c| c.label(lang))
        .collect();
    if labels.is_empty() {
        return None;
    }
    let steps = part.choices.iter().any(|c| c.role().is_none());
    Some(labels.join(if steps { " · " } else { ", " }))
}
