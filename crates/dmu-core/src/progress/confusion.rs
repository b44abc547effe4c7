//! The role-confusion matrix: which role the learner chose where another was right ("you
//! chose Gatekeeper where it was Influencer, 4 times").
//!
//! Rule: in every answered part, each wrongly chosen role is counted once against each
//! right role the learner missed in that part. Choosing a wrong role next to all the
//! right ones confuses nothing (nothing was missed); missing a role without choosing a
//! wrong one is not a confusion either (no role was taken for it). Per-role "missed" and
//! "wrongly chosen" totals are the round's `role_breakdown` and the mastery bars.

use super::catalog;
use super::record::{Attempt, Progress};
use crate::grade::grade_part;
use crate::role::Role;
use crate::scenario::{Pick, Scenario};
use std::collections::HashMap;

/// Counts of chosen-instead-of pairs, indexed by [`Role::index`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Confusion {
    /// `counts[chose][actual]`.
    counts: [[u32; 6]; 6],
}

/// One cell of the matrix: the learner chose `chose` where `actual` was right, `count` times.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pair {
    /// The role the learner chose.
    pub chose: Role,
    /// The right role they missed.
    pub actual: Role,
    /// How often.
    pub count: u32,
}

impl Pair {
    /// Whether this pair is about these two roles, in either direction.
    pub fn involves(&self, a: Role, b: Role) -> bool {
        (self.chose == a && self.actual == b) || (self.chose == b && self.actual == a)
    }
}

impl Confusion {
    /// The matrix over every answer in the log. Answers on scenarios that are not in
    /// `scenarios` are skipped.
    pub fn of<'a>(
        progress: &Progress,
        scenarios: impl IntoIterator<Item = &'a Scenario>,
    ) -> Confusion {
        Confusion::of_attempts(progress.attempts(), scenarios)
    }

    /// The matrix over the learner's `n` most recent answers, so a confusion they have
    /// overcome stops steering review rounds.
    pub fn of_latest<'a>(
        progress: &Progress,
        n: usize,
        scenarios: impl IntoIterator<Item = &'a Scenario>,
    ) -> Confusion {
        Confusion::of_attempts(progress.latest(n), scenarios)
    }

    /// The matrix over some attempts, each with its scenario id.
    pub fn of_attempts<'a, 'p>(
        attempts: impl IntoIterator<Item = (&'p str, &'p Attempt)>,
        scenarios: impl IntoIterator<Item = &'a Scenario>,
    ) -> Confusion {
        let scenarios: HashMap<&str, &Scenario> = catalog(scenarios);
        let mut confusion = Confusion::default();
        for (id, attempt) in attempts {
            if let Some(scenario) = scenarios.get(id) {
                confusion.add(scenario, &attempt.chosen);
            }
        }
        confusion
    }

    /// Counts the confusions in one answer to a scenario. Steps of an approach question
    /// are not roles and confuse none.
    pub fn add(&mut self, scenario: &Scenario, chosen: &[Vec<Pick>]) {
        for (i, part) in scenario.parts.iter().enumerate() {
            let grade = grade_part(part, chosen.get(i).map_or(&[][..], Vec::as_slice));
            for wrong in grade.wrong.iter().filter_map(|p| p.role()) {
                for missed in grade.missed.iter().filter_map(|p| p.role()) {
                    self.counts[wrong.index()][missed.index()] += 1;
                }
            }
        }
    }

    /// How often the learner chose `chose` where `actual` was right.
    pub fn count(&self, chose: Role, actual: Role) -> u32 {
        self.counts[chose.index()][actual.index()]
    }

    /// How often the learner chose `chose` where `actual` was right, as a whole percentage
    /// of the most frequent confusion (0 when there is none): the heat of a matrix cell.
    pub fn heat(&self, chose: Role, actual: Role) -> u32 {
        crate::percent::percent_of(self.count(chose, actual).into(), self.max().into())
    }

    /// The largest count, for scaling a heat map (0 when nothing was confused).
    pub fn max(&self) -> u32 {
        self.counts.iter().flatten().copied().max().unwrap_or(0)
    }

    /// The total number of confusions counted.
    pub fn total(&self) -> u32 {
        self.counts.iter().flatten().sum()
    }

    /// Every confused pair, most frequent first (ties in [`Role::ALL`] order of `actual`,
    /// then `chose`). Pairs that never happened are left out.
    pub fn pairs(&self) -> Vec<Pair> {
        let mut pairs: Vec<Pair> = Role::ALL
            .into_iter()
            .flat_map(|chose| Role::ALL.into_iter().map(move |actual| (chose, actual)))
            .map(|(chose, actual)| Pair {
                chose,
                actual,
                count: self.count(chose, actual),
            })
            .filter(|p| p.count > 0)
            .collect();
        crate::order::sort_by(&mut pairs, |a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.actual.cmp(&b.actual))
                .then_with(|| a.chose.cmp(&b.chose))
        });
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::record::Attempt;
    use crate::progress::testing::{at, attempt};
    use crate::scenario::fixtures::scenario;
    use Role::*;

    fn content() -> Vec<Scenario> {
        vec![
            scenario(
                "influencer",
                vec![vec![(Influencer, true), (Gatekeeper, false), (User, false)]],
            ),
            scenario(
                "tester",
                vec![vec![(User, true), (Influencer, true), (Buyer, false)]],
            ),
            scenario(
                "case",
                vec![
                    vec![(Initiator, true), (Buyer, false)],
                    vec![(Buyer, true), (DecisionMaker, false)],
                ],
            ),
        ]
    }

    fn log(answers: &[(&'static str, u64, Vec<Vec<Pick>>)]) -> Progress {
        Progress::from_attempts(answers.iter().map(|(id, day, chosen)| {
            (
                *id,
                Attempt {
                    chosen: chosen.clone(),
                    ..attempt(at(*day, 9), &[], Outcome::Wrong)
                },
            )
        }))
    }

    #[test]
    fn a_wrong_choice_counts_against_each_missed_role() {
        let progress = log(&[
            ("influencer", 0, vec![Pick::roles(&[Gatekeeper])]),
            ("influencer", 1, vec![Pick::roles(&[Gatekeeper])]),
            ("influencer", 2, vec![Pick::roles(&[Gatekeeper, User])]),
            ("tester", 3, vec![Pick::roles(&[Buyer])]),
        ]);
        let m = Confusion::of(&progress, &content());
        assert_eq!(m.count(Gatekeeper, Influencer), 3);
        assert_eq!(m.count(User, Influencer), 1);
        assert_eq!(m.count(Buyer, User), 1);
        assert_eq!(m.count(Buyer, Influencer), 1);
        assert_eq!(m.count(Influencer, Gatekeeper), 0);
        assert_eq!(m.total(), 6);
        assert_eq!(m.max(), 3);
    }

    #[test]
    fn extra_or_missing_roles_alone_are_not_confusions() {
        let progress = log(&[
            // All right roles plus a wrong one: nothing missed.
            ("tester", 0, vec![Pick::roles(&[User, Influencer, Buyer])]),
            // One right role missed, nothing wrong chosen.
            ("tester", 1, vec![Pick::roles(&[User])]),
            // Nothing chosen at all.
            ("influencer", 2, vec![vec![]]),
        ]);
        assert_eq!(Confusion::of(&progress, &content()).total(), 0);
    }

    #[test]
    fn each_person_in_a_case_is_counted_apart() {
        let progress = log(&[(
            "case",
            0,
            vec![Pick::roles(&[Buyer]), Pick::roles(&[DecisionMaker])],
        )]);
        let m = Confusion::of(&progress, &content());
        assert_eq!(m.count(Buyer, Initiator), 1);
        assert_eq!(m.count(DecisionMaker, Buyer), 1);
        // Buyer was chosen for the first person and is right for the second: no
        // confusion between people.
        assert_eq!(m.count(Buyer, Buyer), 0);
        assert_eq!(m.total(), 2);
    }

    #[test]
    fn pairs_are_sorted_most_confused_first() {
        let progress = log(&[
            ("influencer", 0, vec![Pick::roles(&[User])]),
            ("influencer", 1, vec![Pick::roles(&[Gatekeeper])]),
            ("influencer", 2, vec![Pick::roles(&[Gatekeeper])]),
            (
                "case",
                3,
                vec![Pick::roles(&[Buyer]), Pick::roles(&[Buyer])],
            ),
        ]);
        let pairs = Confusion::of(&progress, &content()).pairs();
        assert_eq!(
            pairs,
            vec![
                Pair {
                    chose: Gatekeeper,
                    actual: Influencer,
                    count: 2
                },
                Pair {
                    chose: Buyer,
                    actual: Initiator,
                    count: 1
                },
                Pair {
                    chose: User,
                    actual: Influencer,
                    count: 1
                },
            ]
        );
        assert!(pairs[0].involves(Influencer, Gatekeeper));
        assert!(!pairs[0].involves(Influencer, User));
    }

    #[test]
    fn recent_confusions_can_be_counted_apart() {
        let progress = log(&[
            ("influencer", 0, vec![Pick::roles(&[Gatekeeper])]),
            ("influencer", 1, vec![Pick::roles(&[Gatekeeper])]),
            ("influencer", 2, vec![Pick::roles(&[User])]),
        ]);
        let recent = Confusion::of_latest(&progress, 1, &content());
        assert_eq!(recent.count(User, Influencer), 1);
        assert_eq!(recent.count(Gatekeeper, Influencer), 0);
    }

    #[test]
    fn unknown_scenarios_and_short_answers_are_safe() {
        let progress = log(&[
            ("removed", 0, vec![Pick::roles(&[Gatekeeper])]),
            ("case", 1, vec![Pick::roles(&[Buyer])]),
            (
                "case",
                2,
                vec![
                    Pick::roles(&[Buyer]),
                    Pick::roles(&[User]),
                    Pick::roles(&[Buyer]),
                ],
            ),
        ]);
        let m = Confusion::of(&progress, &content());
        assert_eq!(m.count(Buyer, Initiator), 2);
        assert_eq!(m.count(User, Buyer), 1);
        assert_eq!(m.total(), 3);
    }
}
