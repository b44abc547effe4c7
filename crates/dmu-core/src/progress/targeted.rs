//! Picking a review round: the due scenarios, with those that train the learner's
//! most-confused pairs of roles first, topped up with scenarios that contrast exactly those
//! roles when too few are due.
//!
//! Rules:
//! - The confused pairs are the [`TOP_PAIRS`] most frequent in the learner's last
//!   [`RECENT`] answers ([`Confusion::of_latest`]), so a pair they have overcome stops
//!   steering rounds.
//! - A scenario *contrasts* a pair when one part has one role of the pair as a right answer
//!   and the other as a wrong option: its explanations then set exactly those two roles
//!   apart (weight 2 × the pair's count). A scenario that merely has one of the two roles
//!   as a right answer *touches* the pair (weight 1 × count). A scenario's relevance is its
//!   best weight over the pairs.
//! - The round is: the due scenarios by relevance, then most overdue first; then, if room
//!   is left, relevant scenarios that are not due (never answered first, then soonest
//!   due). Unrelated scenarios that are not due are never added: it is a review round.

use super::confusion::{Confusion, Pair};
use super::record::Progress;
use super::review::{schedule, Due};
use crate::role::Role;
use crate::scenario::{Part, Scenario};
use std::cmp::Reverse;
use std::collections::HashMap;

/// How many confused pairs steer a round.
pub const TOP_PAIRS: usize = 3;

/// How many recent answers the confused pairs are taken from.
pub const RECENT: usize = 100;

/// A scenario picked for a review round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewPick {
    /// The scenario id.
    pub scenario: String,
    /// The confused pair this scenario contrasts, so the feedback can set exactly those
    /// two roles apart. `None` when it does not contrast one of the learner's pairs.
    pub contrast: Option<Pair>,
    /// Whether it was due; false for a scenario added to practise a confused pair.
    pub due: bool,
}

/// How many picks are due, and how many were added to practise a confused pair.
pub fn due_and_targeted(picks: &[ReviewPick]) -> (usize, usize) {
    let due = picks.iter().filter(|pick| pick.due).count();
    (due, picks.len() - due)
}

/// A candidate with what it is sorted on.
struct Candidate<'a> {
    scenario: &'a Scenario,
    relevance: u32,
    contrast: Option<Pair>,
    /// When it is due; `None` when never answered.
    due: Option<u64>,
}

/// Picks up to `size` scenarios (of those in `scenarios`) for a review round at `now`.
/// Empty when nothing is due and nothing is confused.
pub fn review_round<'a>(
    progress: &Progress,
    scenarios: impl IntoIterator<Item = &'a Scenario>,
    now: u64,
    size: usize,
) -> Vec<ReviewPick> {
    review_round_from(schedule(progress), progress, scenarios, now, size)
}

/// [`review_round`] on a schedule built already (see [`super::review::Scheduling`]).
pub fn review_round_from<'a>(
    schedule: Vec<Due>,
    progress: &Progress,
    scenarios: impl IntoIterator<Item = &'a Scenario>,
    now: u64,
    size: usize,
) -> Vec<ReviewPick> {
    let scenarios: Vec<&Scenario> = scenarios.into_iter().collect();
    let mut pairs = Confusion::of_latest(progress, RECENT, scenarios.iter().copied()).pairs();
    pairs.truncate(TOP_PAIRS);
    let due: HashMap<String, u64> = schedule.into_iter().map(|d| (d.scenario, d.due)).collect();
    let candidates = scenarios.into_iter().map(|scenario| {
        let (relevance, contrast) = relevance(scenario, &pairs);
        let due = due.get(&scenario.id).copied();
        Candidate {
            scenario,
            relevance,
            contrast,
            due,
        }
    });
    let (mut is_due, mut extra): (Vec<Candidate>, Vec<Candidate>) =
        candidates.partition(|c| c.due.is_some_and(|d| d <= now));
    extra.retain(|c| c.relevance > 0);
    let by_rank = |a: &Candidate, b: &Candidate| {
        (Reverse(a.relevance), a.due, &a.scenario.id).cmp(&(
            Reverse(b.relevance),
            b.due,
            &b.scenario.id,
        ))
    };
    crate::order::sort_by(&mut is_due, by_rank);
    crate::order::sort_by(&mut extra, by_rank);
    let picks = is_due
        .into_iter()
        .map(|c| (c, true))
        .chain(extra.into_iter().map(|c| (c, false)));
    picks
        .take(size)
        .map(|(c, due)| ReviewPick {
            scenario: c.scenario.id.clone(),
            contrast: c.contrast,
            due,
        })
        .collect()
}

/// A scenario's relevance to the confused pairs, and the pair it contrasts, if any.
/// The learner's confused pair (of their top pairs in recent answers) that this scenario
/// contrasts, for feedback that sets exactly those two roles apart; `None` when it
/// contrasts none of them. The same rule the review round uses to pick scenarios.
pub fn contrast_for<'a>(
    progress: &Progress,
    scenarios: impl IntoIterator<Item = &'a Scenario>,
    scenario: &Scenario,
) -> Option<Pair> {
    let mut pairs = Confusion::of_latest(progress, RECENT, scenarios).pairs();
    pairs.truncate(TOP_PAIRS);
    pairs
        .into_iter()
        .find(|pair| scenario.parts.iter().any(|p| contrasts(p, pair)))
}

fn relevance(scenario: &Scenario, pairs: &[Pair]) -> (u32, Option<Pair>) {
    let mut best = (0, None);
    for pair in pairs {
        let weight = if scenario.parts.iter().any(|p| contrasts(p, pair)) {
            (2 * pair.count, Some(*pair))
        } else if scenario.practises(pair.actual) || scenario.practises(pair.chose) {
            (pair.count, None)
        } else {
            (0, None)
        };
        if weight.0 > best.0 {
            best = weight;
        }
    }
    best
}

/// Whether a part has one role of the pair right and the other as a wrong option.
fn contrasts(part: &Part, pair: &Pair) -> bool {
    let right = |role: Role| part.choice(role.into()).is_some_and(|c| c.correct);
    let wrong = |role: Role| part.choice(role.into()).is_some_and(|c| !c.correct);
    (right(pair.actual) && wrong(pair.chose)) || (right(pair.chose) && wrong(pair.actual))
}

#[cfg(test)]
mod contrast_tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::testing::{at, attempt};
    use crate::role::Role::*;
    use crate::scenario::fixtures::scenario;

    #[test]
    fn feedback_contrasts_the_pair_the_learner_confuses() {
        let asked = scenario("asked", vec![vec![(Influencer, true), (Gatekeeper, false)]]);
        let other = scenario("other", vec![vec![(Buyer, true), (User, false)]]);
        let mut progress = Progress::new();
        for day in 0..3 {
            progress.record("asked", attempt(at(day, 9), &[Gatekeeper], Outcome::Wrong));
        }
        let all = [asked.clone(), other.clone()];
        let pair = contrast_for(&progress, &all, &asked).expect("a contrast");
        assert_eq!((pair.chose, pair.actual), (Gatekeeper, Influencer));
        assert_eq!(contrast_for(&progress, &all, &other), None);
        assert_eq!(contrast_for(&Progress::new(), &all, &asked), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::testing::{at, attempt};
    use crate::role::Role::{self, *};
    use crate::scenario::fixtures::scenario;

    fn content() -> Vec<Scenario> {
        vec![
            // Influencer right, Gatekeeper a wrong option: contrasts the pair.
            scenario(
                "infl-vs-gate",
                vec![vec![(Influencer, true), (Gatekeeper, false)]],
            ),
            // Gatekeeper right, Influencer a wrong option: contrasts it the other way.
            scenario(
                "gate-vs-infl",
                vec![vec![(Gatekeeper, true), (Influencer, false)]],
            ),
            // Influencer right, but no Gatekeeper option: touches the pair.
            scenario(
                "infl-vs-user",
                vec![vec![(Influencer, true), (User, false)]],
            ),
            scenario("buyer", vec![vec![(Buyer, true), (User, false)]]),
            scenario("buyer-2", vec![vec![(Buyer, true), (DecisionMaker, false)]]),
        ]
    }

    fn ids(picks: &[ReviewPick]) -> Vec<&str> {
        picks.iter().map(|p| p.scenario.as_str()).collect()
    }

    fn wrong(day: u64, chose: Role) -> crate::progress::Attempt {
        attempt(at(day, 9), &[chose], Outcome::Wrong)
    }

    #[test]
    fn nothing_answered_means_an_empty_round() {
        assert!(review_round(&Progress::new(), &content(), at(0, 9), 10).is_empty());
    }

    #[test]
    fn equally_relevant_due_scenarios_come_most_overdue_first() {
        let progress = Progress::from_attempts([
            ("buyer", attempt(at(1, 9), &[User], Outcome::Wrong)),
            (
                "buyer-2",
                attempt(at(0, 9), &[DecisionMaker], Outcome::Wrong),
            ),
            (
                "infl-vs-user",
                attempt(at(0, 9), &[Influencer], Outcome::Right),
            ),
        ]);
        let picks = review_round(&progress, &content(), at(2, 9), 10);
        // Each wrong answer is a confused pair its own scenario contrasts: equal relevance,
        // so the most overdue comes first. The right answer is not due yet.
        assert_eq!(ids(&picks), vec!["buyer-2", "buyer"]);
        assert!(picks.iter().all(|p| p.due));
    }

    #[test]
    fn due_scenarios_on_the_confused_pair_come_first() {
        let progress = Progress::from_attempts([
            // The learner takes the influencer for the gatekeeper, twice.
            ("infl-vs-gate", wrong(0, Gatekeeper)),
            ("infl-vs-gate", wrong(1, Gatekeeper)),
            // Long overdue, but unrelated.
            ("buyer", attempt(at(0, 8), &[Buyer], Outcome::Right)),
        ]);
        let picks = review_round(&progress, &content(), at(10, 9), 10);
        assert_eq!(picks[0].scenario, "infl-vs-gate");
        assert!(picks[0].due);
        assert_eq!(
            picks[0].contrast,
            Some(Pair {
                chose: Gatekeeper,
                actual: Influencer,
                count: 2
            })
        );
        assert_eq!(picks[1].scenario, "buyer");
        assert_eq!(picks[1].contrast, None);
        // Then, not due, the other scenarios on the pair: contrasting before touching.
        assert_eq!(&ids(&picks)[2..], &["gate-vs-infl", "infl-vs-user"]);
        assert!(!picks[2].due);
        assert!(picks[2].contrast.is_some());
        assert_eq!(picks[3].contrast, None);
        // "buyer-2" is neither due nor on the pair.
        assert!(!ids(&picks).contains(&"buyer-2"));
    }

    #[test]
    fn the_size_is_respected_and_due_scenarios_win_the_places() {
        let progress = Progress::from_attempts([
            ("infl-vs-gate", wrong(0, Gatekeeper)),
            ("buyer", attempt(at(0, 8), &[Buyer], Outcome::Right)),
        ]);
        let picks = review_round(&progress, &content(), at(10, 9), 2);
        assert_eq!(ids(&picks), vec!["infl-vs-gate", "buyer"]);
        assert!(review_round(&progress, &content(), at(10, 9), 0).is_empty());
    }

    #[test]
    fn nothing_due_still_offers_practice_on_the_confused_pair() {
        let progress = Progress::from_attempts([("infl-vs-gate", wrong(0, Gatekeeper))]);
        // Half a day later: the wrong answer is not due yet.
        let picks = review_round(&progress, &content(), at(0, 21), 10);
        assert_eq!(
            ids(&picks),
            vec!["gate-vs-infl", "infl-vs-gate", "infl-vs-user"]
        );
        assert!(picks.iter().all(|p| !p.due));
    }

    #[test]
    fn scenarios_missing_from_the_content_are_never_picked() {
        let progress = Progress::from_attempts([("removed", wrong(0, Gatekeeper))]);
        assert!(review_round(&progress, &content(), at(5, 9), 10).is_empty());
    }
}
