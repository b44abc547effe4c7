//! The numbers on the progress page: mastery per role, scenarios seen and mastered, and
//! days practised. The rules are here, so the page only draws them.
//!
//! **Mastery of a role** (0..=1). A *sighting* of a role is a part of an answered scenario
//! in which that role is a right answer. Each sighting earns credit:
//! - 1 when the learner chose the role and nothing wrong in that part;
//! - ½ when they chose it but also a wrong role (hedging);
//! - 0 when they missed it;
//! - halved again when the learner said the answer was a guess ("gok").
//!
//! An approach question is a sighting of each role it is about, earning 1 when answered
//! right, ½ when partly right, 0 when wrong (halved again for a guess).
//!
//! Mastery is the credit of the last [`WINDOW`] sightings (newest first), divided by
//! [`WINDOW`]: a role needs eight good recent sightings to be full, a few lucky answers
//! never fill the bar, and old mistakes drop out as the learner improves.
//!
//! **A mastered scenario** is one whose last two answers were right and neither a guess.
//! **Days practised** are the distinct calendar days, the learner's own (see
//! [`super::local_days`]), with at least one answer.

use super::catalog;
use super::local_days::{local_day, QUARTER_HOUR_MS};
use super::record::{Attempt, Confidence, Progress};
use crate::grade::grade_part;
use crate::grade::Outcome;
use crate::role::Role;
use crate::scenario::{Part, Pick, Scenario};
use std::collections::BTreeSet;

/// How many recent sightings of a role count towards its mastery.
pub const WINDOW: usize = 8;

/// How well the learner knows one role.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoleMastery {
    /// The role.
    pub role: Role,
    /// 0.0..=1.0, see the module documentation.
    pub level: f32,
    /// All sightings of the role so far (not only the window), for "based on N answers".
    pub sightings: usize,
}

/// The counts at the top of the progress page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProgressCounts {
    /// Attempts recorded (on any scenario, including ones no longer in the content).
    pub answers: usize,
    /// Scenarios in the content answered at least once.
    pub seen: usize,
    /// Scenarios in the content that are mastered.
    pub mastered: usize,
    /// Scenarios in the content.
    pub total: usize,
    /// Distinct local calendar days with at least one answer.
    pub days_practised: usize,
}

/// Mastery of every role, in [`Role::ALL`] order. Answers on scenarios that are not in
/// `scenarios` are skipped: without the scenario the right roles are unknown.
pub fn mastery<'a>(
    progress: &Progress,
    scenarios: impl IntoIterator<Item = &'a Scenario>,
) -> [RoleMastery; 6] {
    let scenarios = catalog(scenarios);
    let mut windows: [Window; 6] = Default::default();
    for (id, attempts) in progress.scenarios() {
        let Some(scenario) = scenarios.get(id) else {
            continue;
        };
        // What each part asks, worked out once per scenario rather than per answer (a
        // learner with tens of thousands of answers made this the page's longest task).
        let parts: Vec<(&Part, Vec<Role>, Vec<Pick>)> = scenario
            .parts
            .iter()
            .map(|part| {
                let roles = match &scenario.approach {
                    Some(approach) => approach.roles.clone(),
                    None => part.right_roles(),
                };
                (part, roles, part.right_picks())
            })
            .collect();
        for attempt in attempts {
            for (i, (part, roles, right)) in parts.iter().enumerate() {
                let chosen = attempt.chosen.get(i).map_or(&[][..], Vec::as_slice);
                // An approach question grades the part once, whichever role it is about.
                let approach = scenario
                    .approach
                    .as_ref()
                    .map(|_| approach_credit(part, chosen, attempt.confidence));
                for &role in roles {
                    let credit =
                        approach.unwrap_or_else(|| credit(right, chosen, role, attempt.confidence));
                    windows[role.index()].see(attempt.answered_at, credit);
                }
            }
        }
    }
    Role::ALL.map(|role| windows[role.index()].level(role))
}

/// The credit for one sighting of `role`, given the part's right picks (see the module
/// documentation).
fn credit(right: &[Pick], chosen: &[Pick], role: Role, confidence: Confidence) -> f32 {
    let base = if !chosen.contains(&Pick::Role(role)) {
        0.0
    } else if chosen.iter().all(|c| right.contains(c)) {
        1.0
    } else {
        0.5
    };
    guessed(base, confidence)
}

/// The credit an approach question gives each role it is about.
fn approach_credit(part: &Part, chosen: &[Pick], confidence: Confidence) -> f32 {
    let base = match grade_part(part, chosen).outcome {
        Outcome::Right => 1.0,
        Outcome::Partly => 0.5,
        Outcome::Wrong => 0.0,
    };
    guessed(base, confidence)
}

/// A guess earns half.
fn guessed(credit: f32, confidence: Confidence) -> f32 {
    if confidence == Confidence::Guess {
        credit / 2.0
    } else {
        credit
    }
}

/// A role's sightings as they are seen: how many, and the [`WINDOW`] newest (moment,
/// credit), newest first. Of sightings at the same moment, the one seen first counts
/// first, as a stable sort of them all, newest first, would have it.
#[derive(Default)]
struct Window {
    sightings: usize,
    newest: Vec<(u64, f32)>,
}

impl Window {
    fn see(&mut self, at: u64, credit: f32) {
        self.sightings += 1;
        let place = self.newest.partition_point(|&(seen, _)| seen >= at);
        if place < WINDOW {
            self.newest.insert(place, (at, credit));
            self.newest.truncate(WINDOW);
        }
    }

    /// The mastery of `role` from these sightings.
    fn level(&self, role: Role) -> RoleMastery {
        let credit: f32 = self.newest.iter().map(|s| s.1).sum();
        RoleMastery {
            role,
            level: (credit / WINDOW as f32).clamp(0.0, 1.0),
            sightings: self.sightings,
        }
    }
}

/// Whether a scenario with these attempts (oldest first) is mastered: its last two
/// answers were right and neither was a guess.
pub fn is_mastered(attempts: &[Attempt]) -> bool {
    attempts.len() >= 2
        && attempts[attempts.len() - 2..]
            .iter()
            .all(|a| a.outcome == Outcome::Right && a.confidence != Confidence::Guess)
}

/// The distinct local calendar days with at least one answer; `minutes_east_at(ms)` is the
/// learner's offset from UTC at a moment (see [`super::local_days`]).
///
/// The offset is asked once per UTC quarter hour with answers, not once per answer (a
/// browser builds a date object for it): the moments of one quarter hour share their day.
pub fn days_practised(progress: &Progress, minutes_east_at: impl Fn(u64) -> i32) -> usize {
    let quarters: BTreeSet<u64> = progress
        .attempts()
        .map(|(_, a)| a.answered_at / QUARTER_HOUR_MS)
        .collect();
    quarters
        .into_iter()
        .map(|quarter| {
            let start = quarter * QUARTER_HOUR_MS;
            local_day(start, minutes_east_at(start))
        })
        .collect::<BTreeSet<i64>>()
        .len()
}

/// Seen, mastered and total scenarios (of those in `scenarios`), answers and days (local
/// days: `minutes_east_at(ms)` is the learner's offset from UTC at a moment, see
/// [`super::local_days`]).
pub fn summary<'a>(
    progress: &Progress,
    scenarios: impl IntoIterator<Item = &'a Scenario>,
    minutes_east_at: impl Fn(u64) -> i32,
) -> ProgressCounts {
    let ids: BTreeSet<&str> = scenarios.into_iter().map(|s| s.id.as_str()).collect();
    let known = || progress.scenarios().filter(|(id, _)| ids.contains(id));
    ProgressCounts {
        answers: progress.len(),
        seen: known().count(),
        mastered: known().filter(|(_, list)| is_mastered(list)).count(),
        total: ids.len(),
        days_practised: days_practised(progress, minutes_east_at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::record::Attempt;
    use crate::progress::testing::{at, attempt, sure_or};
    use crate::scenario::fixtures::scenario;
    use Confidence::*;
    use Role::*;

    fn content() -> Vec<Scenario> {
        vec![
            scenario("buyer-1", vec![vec![(Buyer, true), (User, false)]]),
            scenario("buyer-2", vec![vec![(Buyer, true), (Gatekeeper, false)]]),
            scenario(
                "tester",
                vec![vec![(User, true), (Influencer, true), (Buyer, false)]],
            ),
            scenario(
                "case",
                vec![
                    vec![(Initiator, true), (Buyer, false)],
                    vec![(Buyer, true), (User, false)],
                ],
            ),
        ]
    }

    fn level_of(progress: &Progress, role: Role) -> RoleMastery {
        mastery(progress, &content())[role.index()]
    }

    #[test]
    fn nothing_answered_is_zero_everywhere() {
        for m in mastery(&Progress::new(), &content()) {
            assert_eq!(m.level, 0.0);
            assert_eq!(m.sightings, 0);
        }
        assert_eq!(
            summary(&Progress::new(), &content(), |_| 0),
            ProgressCounts {
                total: 4,
                ..ProgressCounts::default()
            }
        );
    }

    #[test]
    fn each_clean_right_sighting_adds_an_eighth() {
        let progress = Progress::from_attempts([
            ("buyer-1", attempt(at(0, 9), &[Buyer], Outcome::Right)),
            ("buyer-2", attempt(at(0, 10), &[Buyer], Outcome::Right)),
        ]);
        let buyer = level_of(&progress, Buyer);
        assert_eq!(buyer.level, 2.0 / 8.0);
        assert_eq!(buyer.sightings, 2);
        assert_eq!(level_of(&progress, User).level, 0.0);
    }

    #[test]
    fn hedging_missing_and_guessing_earn_less() {
        let progress = Progress::from_attempts([
            // Found both right roles but added a wrong one: ½ each.
            (
                "tester",
                attempt(at(0, 9), &[User, Influencer, Buyer], Outcome::Partly),
            ),
            // Found User only, as a guess: ½ for User, 0 for Influencer.
            ("tester", sure_or(at(1, 9), &[User], Outcome::Partly, Guess)),
        ]);
        assert_eq!(level_of(&progress, User).level, (0.5 + 0.5) / 8.0);
        assert_eq!(level_of(&progress, Influencer).level, 0.5 / 8.0);
        assert_eq!(level_of(&progress, Influencer).sightings, 2);
        // Buyer was wrongly chosen, but never a right answer here: no sighting.
        assert_eq!(level_of(&progress, Buyer).sightings, 0);
    }

    #[test]
    fn only_the_latest_window_counts() {
        // Eight wrong answers long ago, then eight right ones: full mastery.
        let mut log: Vec<(&str, Attempt)> = (0..8)
            .map(|d| ("buyer-1", attempt(at(d, 9), &[User], Outcome::Wrong)))
            .collect();
        assert_eq!(
            level_of(&Progress::from_attempts(log.clone()), Buyer).level,
            0.0
        );
        log.extend((8..16).map(|d| ("buyer-2", attempt(at(d, 9), &[Buyer], Outcome::Right))));
        let progress = Progress::from_attempts(log);
        assert_eq!(level_of(&progress, Buyer).level, 1.0);
        assert_eq!(level_of(&progress, Buyer).sightings, 16);
    }

    #[test]
    fn every_person_in_a_case_is_a_sighting_of_their_role() {
        let progress = Progress::from_attempts([(
            "case",
            Attempt {
                chosen: vec![Pick::roles(&[Initiator]), Pick::roles(&[User])],
                ..attempt(at(0, 9), &[], Outcome::Partly)
            },
        )]);
        assert_eq!(level_of(&progress, Initiator).level, 1.0 / 8.0);
        assert_eq!(level_of(&progress, Buyer).level, 0.0);
        assert_eq!(level_of(&progress, Buyer).sightings, 1);
    }

    #[test]
    fn answers_on_unknown_scenarios_or_with_missing_parts_are_safe() {
        let progress = Progress::from_attempts([
            ("removed", attempt(at(0, 9), &[Buyer], Outcome::Right)),
            (
                "case",
                Attempt {
                    chosen: vec![],
                    ..attempt(at(0, 9), &[], Outcome::Wrong)
                },
            ),
        ]);
        assert_eq!(level_of(&progress, Buyer).sightings, 1);
        assert_eq!(level_of(&progress, Buyer).level, 0.0);
        let summary = summary(&progress, &content(), |_| 0);
        assert_eq!(summary.answers, 2);
        assert_eq!(summary.seen, 1);
    }

    #[test]
    fn mastered_means_the_last_two_answers_right_and_not_guessed() {
        let right = |d| attempt(at(d, 9), &[Buyer], Outcome::Right);
        let wrong = |d| attempt(at(d, 9), &[User], Outcome::Wrong);
        let guess = |d| sure_or(at(d, 9), &[Buyer], Outcome::Right, Guess);
        let unsure = |d| sure_or(at(d, 9), &[Buyer], Outcome::Right, Unsure);
        assert!(!is_mastered(&[]));
        assert!(!is_mastered(&[right(0)]));
        assert!(is_mastered(&[right(0), right(1)]));
        assert!(is_mastered(&[wrong(0), unsure(1), right(2)]));
        assert!(!is_mastered(&[right(0), right(1), wrong(2)]));
        assert!(!is_mastered(&[right(0), guess(1)]));
    }

    #[test]
    fn the_summary_counts_seen_mastered_and_days() {
        let progress = Progress::from_attempts([
            ("buyer-1", attempt(at(0, 9), &[Buyer], Outcome::Right)),
            ("buyer-1", attempt(at(0, 23), &[Buyer], Outcome::Right)),
            ("buyer-2", attempt(at(2, 0), &[User], Outcome::Wrong)),
            ("removed", attempt(at(5, 9), &[User], Outcome::Wrong)),
        ]);
        assert_eq!(
            summary(&progress, &content(), |_| 0),
            ProgressCounts {
                answers: 4,
                seen: 2,
                mastered: 1,
                total: 4,
                days_practised: 3,
            }
        );
    }

    /// Amsterdam's offset in 2024: UTC+1, and UTC+2 from 31 March 01:00 UTC to 27 October
    /// 01:00 UTC.
    fn amsterdam(ms: u64) -> i32 {
        if (at(90, 1)..at(300, 1)).contains(&ms) {
            120
        } else {
            60
        }
    }

    /// A moment given in Amsterdam time on `day` days after 2024-01-01, at `hour:minute`.
    fn amsterdam_time(day: u64, hour: u64, minute: u64) -> u64 {
        let local = at(day, hour) + minute * 60_000;
        // The offset at the moment itself; near a change the guess is an hour off at most,
        // and none of the moments below is that close to one.
        local - amsterdam(local - 3_600_000) as u64 * 60_000
    }

    fn days(moments: &[u64], minutes_east_at: impl Fn(u64) -> i32) -> usize {
        let log = moments
            .iter()
            .map(|&t| ("a", attempt(t, &[Buyer], Outcome::Right)));
        days_practised(&Progress::from_attempts(log), minutes_east_at)
    }

    #[test]
    fn with_offset_zero_days_are_utc_calendar_days() {
        assert_eq!(days(&[at(1, 0) - 1, at(1, 0), at(1, 23)], |_| 0), 2);
    }

    #[test]
    fn an_answer_at_half_past_midnight_in_amsterdam_counts_on_that_day() {
        // 2 January 00:30 in Amsterdam is 1 January 23:30 UTC.
        let just_after_midnight = amsterdam_time(1, 0, 30);
        assert_eq!(just_after_midnight, at(0, 23) + 30 * 60_000);
        let same_day = amsterdam_time(1, 20, 0);
        assert_eq!(days(&[just_after_midnight, same_day], amsterdam), 1);
        // Counted in UTC, they would be two days.
        assert_eq!(days(&[just_after_midnight, same_day], |_| 0), 2);
    }

    #[test]
    fn answers_at_half_past_eleven_and_half_past_midnight_are_two_days() {
        // Both on 1 January in UTC (22:30 and 23:30), a day apart in Amsterdam.
        let before = amsterdam_time(0, 23, 30);
        let after = amsterdam_time(1, 0, 30);
        assert_eq!(days(&[before, after], amsterdam), 2);
        assert_eq!(days(&[before, after], |_| 0), 1);
    }

    #[test]
    fn the_offset_is_the_one_at_each_answer_across_a_daylight_saving_change() {
        // Summer time starts on 31 March (day 90). 23:30 that night is 21:30 UTC, and
        // 00:30 on 1 April is 22:30 UTC: two days. With the winter offset for both (as
        // when only the offset of the moment the page opens were used), the second would
        // be 23:30 on 31 March, and they would be one.
        let evening = amsterdam_time(90, 23, 30);
        let after_midnight = amsterdam_time(91, 0, 30);
        assert_eq!(evening, at(90, 21) + 30 * 60_000);
        assert_eq!(after_midnight, at(90, 22) + 30 * 60_000);
        assert_eq!(days(&[evening, after_midnight], amsterdam), 2);
        assert_eq!(days(&[evening, after_midnight], |_| 60), 1);
        // The night of the change itself: 00:30 (winter time, 23:30 UTC the day before) and
        // 04:30 (summer time, 02:30 UTC) are one day.
        let before_change = amsterdam_time(90, 0, 30);
        let after_change = at(90, 2) + 30 * 60_000;
        assert_eq!(days(&[before_change, after_change], amsterdam), 1);
        assert_eq!(days(&[before_change, after_change], |_| 0), 2);
    }

    #[test]
    fn the_offset_is_asked_once_per_quarter_hour_with_answers() {
        let asked = std::cell::Cell::new(0);
        let moments: Vec<u64> = (0..100).map(|i| at(0, 9) + i * 1_000).collect();
        let counting = |_| {
            asked.set(asked.get() + 1);
            60
        };
        assert_eq!(days(&moments, counting), 1);
        assert_eq!(asked.get(), 1);
    }

    #[test]
    fn an_approach_question_credits_every_role_it_is_about_by_its_grade() {
        use crate::scenario::fixtures::approach;
        // Steps 0 and 2 are right: both is right (1), step 1 is wrong (0), and both as a
        // guess earns half (0.5); the question is a sighting of the buyer and the user.
        let content = vec![approach(
            "next-step",
            vec![Buyer, User],
            false,
            &[true, false, true],
        )];
        let with = |at: u64, steps: &[u8], confidence: Confidence| {
            let mut answer = sure_or(at, &[], Outcome::Right, confidence);
            answer.chosen = vec![steps.iter().map(|&s| Pick::Step(s)).collect()];
            ("next-step", answer)
        };
        let progress = Progress::from_attempts([
            with(at(0, 9), &[0, 2], Sure),
            with(at(1, 9), &[1], Sure),
            with(at(2, 9), &[0, 2], Guess),
        ]);
        let levels = mastery(&progress, &content);
        for role in [Buyer, User] {
            assert_eq!(levels[role.index()].sightings, 3, "{role:?}");
            assert_eq!(levels[role.index()].level, 1.5 / WINDOW as f32, "{role:?}");
        }
        assert_eq!(levels[Gatekeeper.index()].sightings, 0);
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // compared with the standard library's stable sort
    fn the_window_holds_the_newest_sightings_as_a_stable_sort_would() {
        // Many sightings at few moments, so that ties are common: the window must hold
        // what sorting them all, newest first and stably, then taking eight gives.
        let mut rng = crate::rng::Rng::new(5);
        for len in [0usize, 1, 7, 8, 9, 30, 300] {
            let seen: Vec<(u64, f32)> =
                (0..len).map(|i| (rng.below(12) as u64, i as f32)).collect();
            let mut window = Window::default();
            for &(at, credit) in &seen {
                window.see(at, credit);
            }
            let mut sorted = seen.clone();
            sorted.sort_by_key(|s| std::cmp::Reverse(s.0));
            sorted.truncate(WINDOW);
            assert_eq!(window.newest, sorted, "{len} sightings");
            assert_eq!(window.sightings, len);
        }
    }
}
