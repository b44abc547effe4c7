//! A practice round: which scenarios, in which order, the shuffled order of the options,
//! the learner's answers, and what the round adds up to. Serialisable, so a round can be
//! resumed and replayed from its seed.

use crate::grade::{grade, Grade, Outcome};
use crate::library::Library;
use crate::rng::Rng;
use crate::role::Role;
use crate::scenario::{Pick, Scenario};
use serde::{Deserialize, Serialize};

pub mod open;

/// The default number of scenarios in a round.
pub const DEFAULT_SIZE: usize = 10;

/// What to practise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Focus {
    All,
    Role(Role),
    Set(String),
    /// The approach and persona questions: which step or message fits someone's roles.
    Approach,
    /// Exactly these scenarios, e.g. the ones missed in a round.
    Only(Vec<String>),
}

/// A round being played or finished.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub focus: Focus,
    pub seed: u64,
    pub items: Vec<Item>,
    /// The index of the scenario on screen.
    pub current: usize,
}

/// One scenario in a round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub scenario: String,
    /// Per part, the order in which the options are shown (indices into its choices).
    pub order: Vec<Vec<usize>>,
    pub answer: Option<Answer>,
}

/// What the learner chose, and the verdict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub chosen: Vec<Vec<Pick>>,
    pub grade: Grade,
}

impl Answer {
    /// The verdict on the whole question.
    pub fn outcome(&self) -> Outcome {
        self.grade.outcome
    }

    /// The score, 0.0..=1.0 (partial credit for a partly right answer).
    pub fn score(&self) -> f32 {
        self.grade.score
    }

    /// The verdict on part `part`, when it has one.
    pub fn part_outcome(&self, part: usize) -> Option<Outcome> {
        self.grade.parts.get(part).map(|g| g.outcome)
    }
}

/// How the learner did on one role in a round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleTally {
    /// Times the role was a right answer.
    pub asked: u32,
    /// Times the learner chose it there.
    pub found: u32,
    /// Times the learner chose it where it was wrong.
    pub wrongly_chosen: u32,
}

/// The scenarios that fit a focus, in file order.
pub fn candidates<'a>(library: &'a Library, focus: &Focus) -> Vec<&'a Scenario> {
    match focus {
        Focus::All => library.scenarios().collect(),
        Focus::Role(role) => library.scenarios().filter(|s| s.practises(*role)).collect(),
        Focus::Approach => library
            .scenarios()
            .filter(|s| s.kind().is_approach())
            .collect(),
        Focus::Set(id) => library
            .set(id)
            .map(|set| set.scenarios.iter().collect())
            .unwrap_or_default(),
        Focus::Only(ids) => ids.iter().filter_map(|id| library.scenario(id)).collect(),
    }
}

impl Round {
    /// Picks up to `size` scenarios for `focus` and shuffles them and their options with
    /// `seed`. A hand-picked list (`Focus::Only`) keeps its order. `None` when nothing fits.
    pub fn new(library: &Library, focus: Focus, size: usize, seed: u64) -> Option<Round> {
        let mut pool = candidates(library, &focus);
        if pool.is_empty() || size == 0 {
            return None;
        }
        let mut rng = Rng::new(seed);
        if !matches!(focus, Focus::Only(_)) {
            rng.shuffle(&mut pool);
        }
        pool.truncate(size);
        let items = pool
            .into_iter()
            .map(|scenario| Item {
                scenario: scenario.id.clone(),
                order: option_order(scenario, seed),
                answer: None,
            })
            .collect();
        Some(Round {
            focus,
            seed,
            items,
            current: 0,
        })
    }

    /// Records an answer to the current scenario and returns its grade. A scenario is
    /// answered once; answering again returns the first grade.
    pub fn answer(&mut self, scenario: &Scenario, chosen: Vec<Vec<Pick>>) -> Option<&Grade> {
        let item = self.items.get_mut(self.current)?;
        if item.scenario != scenario.id {
            return None;
        }
        if item.answer.is_none() {
            let grade = grade(scenario, &chosen);
            item.answer = Some(Answer { chosen, grade });
        }
        item.answer.as_ref().map(|a| &a.grade)
    }

    /// Moves to the next scenario; returns false at the end.
    pub fn advance(&mut self) -> bool {
        if self.current + 1 < self.items.len() {
            self.current += 1;
            true
        } else {
            self.current = self.items.len();
            false
        }
    }

    /// Whether this round still fits the content: every scenario exists with the same
    /// number of parts and options. A stored round that does not (the content changed
    /// since) is dropped rather than shown half-broken.
    pub fn fits(&self, library: &Library) -> bool {
        self.current <= self.items.len()
            && self.items.iter().all(|item| {
                library.scenario(&item.scenario).is_some_and(|s| {
                    s.parts.len() == item.order.len()
                        && s.parts.iter().zip(&item.order).all(|(part, order)| {
                            let mut sorted = order.clone();
                            crate::order::sort(&mut sorted);
                            sorted.iter().copied().eq(0..part.choices.len())
                        })
                })
            })
    }

    pub fn is_finished(&self) -> bool {
        self.current >= self.items.len()
    }

    pub fn current_item(&self) -> Option<&Item> {
        self.items.get(self.current)
    }

    /// The total score (sum of scenario scores) and the number of scenarios answered.
    pub fn score(&self) -> (f32, usize) {
        let answers = self.items.iter().filter_map(|i| i.answer.as_ref());
        answers.fold((0.0, 0), |(sum, n), a| (sum + a.grade.score, n + 1))
    }

    /// Scenarios answered not fully right, for "retry the ones I missed".
    pub fn missed(&self) -> Vec<String> {
        self.items
            .iter()
            .filter(|i| {
                i.answer
                    .as_ref()
                    .is_some_and(|a| a.grade.outcome != Outcome::Right)
            })
            .map(|i| i.scenario.clone())
            .collect()
    }

    /// Per role (in [`Role::ALL`] order): how often it was right, found, and chosen wrongly.
    /// An approach question asks each role it is about once, found when answered right.
    pub fn role_breakdown(&self, library: &Library) -> [RoleTally; 6] {
        let mut tallies = [RoleTally::default(); 6];
        for item in &self.items {
            let (Some(answer), Some(scenario)) = (&item.answer, library.scenario(&item.scenario))
            else {
                continue;
            };
            if let Some(approach) = &scenario.approach {
                for role in &approach.roles {
                    tallies[role.index()].asked += 1;
                    if answer.grade.outcome == Outcome::Right {
                        tallies[role.index()].found += 1;
                    }
                }
                continue;
            }
            for (part, chosen) in scenario.parts.iter().zip(&answer.chosen) {
                let right = part.right_roles();
                for role in &right {
                    tallies[role.index()].asked += 1;
                    if chosen.contains(&Pick::Role(*role)) {
                        tallies[role.index()].found += 1;
                    }
                }
                let wrong = chosen.iter().filter_map(|p| p.role());
                for role in wrong.filter(|r| !right.contains(r)) {
                    tallies[role.index()].wrongly_chosen += 1;
                }
            }
        }
        tallies
    }
}

/// The shuffled order of each part's options, the same for the same seed and scenario.
pub fn option_order(scenario: &Scenario, seed: u64) -> Vec<Vec<usize>> {
    let mut rng = Rng::derive(seed, &scenario.id);
    scenario
        .parts
        .iter()
        .map(|part| {
            let mut order: Vec<usize> = (0..part.choices.len()).collect();
            rng.shuffle(&mut order);
            order
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;
