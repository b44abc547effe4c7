//! What the room got right and wrong, at the end of a session: per scenario, per role,
//! the roles the room confused most, and what to revisit. Only revealed scenarios count.
//!
//! The rules:
//! - per scenario: the share right as in [`super::votes`], and the wrong option chosen
//!   most (ties: the earlier letter);
//! - per role: how often it was a right answer, how many votes found it there out of all
//!   votes on those scenarios, and how many votes chose it where it was wrong; an approach
//!   question counts for each role it is about, found by the votes on its right steps;
//! - confusions, pairs (chosen wrong role, missed right role) weighted by votes: room
//!   votes for a wrong option count once for every right role of that scenario (counts per
//!   letter cannot say more); a team's answer counts once for every pair of a wrong role it
//!   chose and a right role it missed. Heaviest first;
//! - revisit: the scenarios under [`REVISIT_BELOW`] right, lowest first, at most
//!   [`MAX_REVISIT`]; equal shares keep playlist order.

use super::letter::Letter;
use super::session::{Item, Phase, Session};
use super::teams::{scores, standings, TeamScore};
use super::votes::{tally, team_grade, Tally, Votes};
use crate::library::Library;
use crate::role::Role;
use crate::scenario::{Pick, Scenario};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

/// A scenario is suggested for revisiting when less than this share of the room was right.
pub const REVISIT_BELOW: f64 = 0.75;
/// The most scenarios suggested for revisiting.
pub const MAX_REVISIT: usize = 3;

/// The session summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// The revealed scenarios, in playlist order.
    pub scenarios: Vec<ScenarioResult>,
    /// One per role, in [`Role::ALL`] order.
    pub roles: Vec<RoleResult>,
    /// Heaviest first.
    pub confusions: Vec<Confusion>,
    /// Scenario ids to revisit, weakest first.
    pub revisit: Vec<String>,
    /// Team standings, highest first; empty without teams.
    pub teams: Vec<TeamScore>,
    /// Scenarios of the playlist never revealed: they do not count.
    pub not_revealed: Vec<String>,
}

/// How the room did on one scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub id: String,
    pub question: String,
    /// The right options as the room read them: role names, or steps.
    pub right: Vec<String>,
    /// Hands raised, or teams that answered.
    pub ballots: u32,
    /// `None` without votes.
    pub right_share: Option<f64>,
    /// The wrong option chosen most, if any wrong option was chosen.
    pub top_wrong: Option<WrongPick>,
}

/// A wrong option and how many chose it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrongPick {
    pub letter: Letter,
    pub pick: Pick,
    /// The role's name or the step, in the library's language.
    pub label: String,
    pub count: u32,
}

/// How the room did on one role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleResult {
    pub role: Role,
    /// Revealed scenarios in which it was a right answer.
    pub asked: u32,
    /// Votes that chose it there.
    pub found: u32,
    /// All votes on those scenarios.
    pub of: u32,
    /// Votes that chose it where it was wrong.
    pub wrongly: u32,
}

impl RoleResult {
    /// `found` over `of`; `None` without votes.
    pub fn found_share(&self) -> Option<f64> {
        super::votes::share(self.found, self.of)
    }
}

/// A pair of roles the room mixed up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confusion {
    /// The wrong role chosen.
    pub chosen: Role,
    /// The right role missed.
    pub instead_of: Role,
    /// How many votes made this mix-up.
    pub votes: u32,
}

/// Sums up a session over its revealed scenarios. Scenarios missing from the library are
/// left out.
pub fn summarize(session: &Session, library: &Library) -> SessionSummary {
    let revealed: Vec<(&Item, &Scenario)> = session
        .items()
        .iter()
        .filter(|item| item.phase == Phase::Revealed)
        .filter_map(|item| Some((item, library.scenario(&item.scenario)?)))
        .collect();
    let tallies: Vec<Tally> = revealed
        .iter()
        .map(|(item, scenario)| tally(scenario, &item.order, &item.votes))
        .collect();
    let scenarios: Vec<ScenarioResult> = revealed
        .iter()
        .zip(&tallies)
        .map(|((_, scenario), tally)| scenario_result(scenario, tally, library))
        .collect();
    SessionSummary {
        roles: role_results(&revealed, &tallies),
        confusions: confusions(&revealed, &tallies),
        revisit: revisit(&scenarios),
        teams: standings(scores(session, library)),
        not_revealed: session
            .items()
            .iter()
            .filter(|item| item.phase != Phase::Revealed)
            .map(|item| item.scenario.clone())
            .collect(),
        scenarios,
    }
}

fn scenario_result(scenario: &Scenario, tally: &Tally, library: &Library) -> ScenarioResult {
    let label = |pick: Pick| {
        let part = scenario.parts.first();
        let choice = part.and_then(|p| p.choice(pick));
        choice.map_or_else(String::new, |c| c.label(library.lang).to_string())
    };
    let top_wrong = tally
        .options
        .iter()
        .filter(|o| !o.correct && o.count > 0)
        .min_by_key(|o| Reverse(o.count))
        .map(|o| WrongPick {
            letter: o.letter,
            pick: o.pick,
            label: label(o.pick),
            count: o.count,
        });
    let right = scenario.parts.iter().flat_map(|p| p.right_picks());
    ScenarioResult {
        id: scenario.id.clone(),
        question: scenario.question.clone(),
        right: right.map(label).collect(),
        ballots: tally.ballots,
        right_share: tally.right_share,
        top_wrong,
    }
}

fn role_results(revealed: &[(&Item, &Scenario)], tallies: &[Tally]) -> Vec<RoleResult> {
    let mut roles: Vec<RoleResult> = Role::ALL
        .into_iter()
        .map(|role| RoleResult {
            role,
            asked: 0,
            found: 0,
            of: 0,
            wrongly: 0,
        })
        .collect();
    for ((_, scenario), tally) in revealed.iter().zip(tallies) {
        if let Some(approach) = &scenario.approach {
            let found = tally.options.iter().filter(|o| o.correct).map(|o| o.count);
            let found = found.fold(0, u32::saturating_add);
            for role in &approach.roles {
                let result = &mut roles[role.index()];
                result.asked = result.asked.saturating_add(1);
                result.found = result.found.saturating_add(found);
                result.of = result.of.saturating_add(tally.ballots);
            }
            continue;
        }
        for option in &tally.options {
            let Some(result) = option.pick.role().and_then(|r| roles.get_mut(r.index())) else {
                continue;
            };
            if option.correct {
                result.asked = result.asked.saturating_add(1);
                result.found = result.found.saturating_add(option.count);
                result.of = result.of.saturating_add(tally.ballots);
            } else {
                result.wrongly = result.wrongly.saturating_add(option.count);
            }
        }
    }
    roles
}

/// A (chosen wrong role, missed right role) pair and its weight in votes.
type Pair = ((Role, Role), u32);

fn confusions(revealed: &[(&Item, &Scenario)], tallies: &[Tally]) -> Vec<Confusion> {
    let mut weights: BTreeMap<(Role, Role), u32> = BTreeMap::new();
    for ((item, scenario), tally) in revealed.iter().zip(tallies) {
        let pairs = match &item.votes {
            Votes::Room { .. } => room_pairs(scenario, tally),
            Votes::Teams { picks } => team_pairs(scenario, &item.order, picks),
        };
        for (pair, votes) in pairs {
            let weight = weights.entry(pair).or_default();
            *weight = weight.saturating_add(votes);
        }
    }
    let mut list: Vec<Confusion> = weights
        .into_iter()
        .filter(|(_, votes)| *votes > 0)
        .map(|((chosen, instead_of), votes)| Confusion {
            chosen,
            instead_of,
            votes,
        })
        .collect();
    crate::order::sort_by_key(&mut list, |c| Reverse(c.votes));
    list
}

/// Room votes on a wrong option, paired with every right role of the scenario.
fn room_pairs(scenario: &Scenario, tally: &Tally) -> Vec<Pair> {
    let right = scenario.right_roles();
    let wrong = tally.options.iter().filter(|o| !o.correct && o.count > 0);
    wrong
        .filter_map(|o| Some((o.pick.role()?, o.count)))
        .flat_map(|(role, count)| right.iter().map(move |r| ((role, *r), count)))
        .collect()
}

/// Each team's wrong roles, paired with the right roles it missed.
fn team_pairs(scenario: &Scenario, order: &[usize], picks: &[BTreeSet<Letter>]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    for answer in picks.iter().filter(|p| !p.is_empty()) {
        for part in team_grade(scenario, order, answer).parts {
            let roles = |picks: &[Pick]| picks.iter().filter_map(|p| p.role()).collect::<Vec<_>>();
            let (wrong, missed) = (roles(&part.wrong), roles(&part.missed));
            pairs.extend(
                wrong
                    .iter()
                    .flat_map(|w| missed.iter().map(|m| ((*w, *m), 1))),
            );
        }
    }
    pairs
}

fn revisit(scenarios: &[ScenarioResult]) -> Vec<String> {
    let mut weak: Vec<(f64, &str)> = scenarios
        .iter()
        .filter_map(|s| Some((s.right_share?, s.id.as_str())))
        .filter(|(share, _)| *share < REVISIT_BELOW)
        .collect();
    crate::order::sort_by(&mut weak, |a, b| a.0.total_cmp(&b.0));
    weak.into_iter()
        .take(MAX_REVISIT)
        .map(|(_, id)| id.to_string())
        .collect()
}

#[cfg(test)]
mod tests;
