//! The "herhalen" queue: when each answered scenario is due again, scheduled with FSRS
//! (the `rs-fsrs` crate, the algorithm Anki uses).
//!
//! The review state is not stored: each scenario's card is replayed from its attempts, in
//! time order, every time it is needed. The log stays the single source of truth, a merge
//! can never leave a schedule that disagrees with the answers, and a better FSRS version
//! reschedules old answers for free. Replaying 1,000 attempts is a few ms.
//!
//! How an answer rates the card ([`rating`]):
//! - wrong: `Again`;
//! - partly right, or right but a guess or unsure: `Hard`;
//! - right and sure: `Good`; `Easy` when the scenario was already mastered (its two
//!   previous answers right and not guessed, see [`is_mastered`]): a third confident right
//!   answer in a row stretches the interval, leaving more room for what the learner confuses.
//!
//! The long-term scheduler is used (no same-day learning steps of 1-10 minutes): a wrong
//! answer is due the next day, which suits a course the learner opens once a day. Practising
//! the misses straight away is the round's own "retry" feature.

use super::mastery::is_mastered;
use super::record::{Attempt, Confidence, Progress};
use super::DAY_MS;
use crate::grade::Outcome;
use chrono::{DateTime, Utc};
use rs_fsrs::{Card, Parameters, Seed, FSRS};

pub use rs_fsrs::Rating;

/// The longest interval, in days: a course lasts months, so no scenario stays away longer
/// than half a year.
pub const MAX_INTERVAL_DAYS: u64 = 180;

/// The FSRS-5 default weights, as in rs-fsrs 1.2.1 (`Parameters::default().w`; a test
/// checks they agree). Written out so every parameter of the schedule is set here, none
/// left to a default (upstream's `Parameters::default()` read the clock for its seed).
const WEIGHTS: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];

/// The last moment chrono and FSRS handle safely with room to add intervals:
/// 9999-12-31T23:59:59.999Z. Later (corrupt or hand-edited) times are clamped to it.
const MAX_MS: u64 = 253_402_300_799_999;

/// An answered scenario's place in the queue.
#[derive(Clone, Debug, PartialEq)]
pub struct Due {
    /// The scenario id.
    pub scenario: String,
    /// When it is due again, ms since the epoch.
    pub due: u64,
    /// When it was last answered, ms since the epoch.
    pub last_answered: u64,
    /// How many answers the schedule is built on.
    pub reps: u32,
    /// How often a remembered scenario was answered wrong again.
    pub lapses: u32,
}

/// How an answer rates the scenario's card; `mastered_before` tells whether the scenario
/// was mastered before this answer (see the module documentation).
pub fn rating(attempt: &Attempt, mastered_before: bool) -> Rating {
    match (attempt.outcome, attempt.confidence) {
        (Outcome::Wrong, _) => Rating::Again,
        (Outcome::Partly, _) | (Outcome::Right, Confidence::Guess | Confidence::Unsure) => {
            Rating::Hard
        }
        (Outcome::Right, Confidence::Sure) if mastered_before => Rating::Easy,
        (Outcome::Right, Confidence::Sure) => Rating::Good,
    }
}

/// The schedule of one scenario from its attempts (oldest first); `None` when never answered.
pub fn review_state(scenario: &str, attempts: &[Attempt]) -> Option<Due> {
    let fsrs = FSRS::new(parameters());
    let mut card: Option<Card> = None;
    for (i, attempt) in attempts.iter().enumerate() {
        let now = time(attempt.answered_at);
        let current = card.unwrap_or_else(|| Card {
            due: now,
            last_review: now,
            ..Card::default()
        });
        let rating = rating(attempt, is_mastered(&attempts[..i]));
        card = Some(fsrs.next(current, now, rating).card);
    }
    let card = card?;
    let last_answered = millis(card.last_review);
    // The long-term scheduler can go a day or two past the maximum (it keeps Easy one day
    // beyond Good after clamping); the promise is the maximum.
    let longest = last_answered.saturating_add(MAX_INTERVAL_DAYS * DAY_MS);
    Some(Due {
        scenario: scenario.to_string(),
        due: millis(card.due).min(longest),
        last_answered,
        reps: u32::try_from(card.reps).unwrap_or(0),
        lapses: u32::try_from(card.lapses).unwrap_or(0),
    })
}

/// Every answered scenario with its due moment, soonest first (ties by id).
pub fn schedule(progress: &Progress) -> Vec<Due> {
    let mut scheduling = Scheduling::default();
    scheduling.step(progress, usize::MAX);
    scheduling.into_schedule()
}

/// The schedule built a part at a time: replaying tens of thousands of answers takes a
/// while (about 0.5 µs each natively, more in a browser), so a page with a long history
/// builds it in steps and gives the browser back in between.
#[derive(Debug, Default)]
pub struct Scheduling {
    /// How many of the log's scenarios (in id order) are done.
    done: usize,
    built: Vec<Due>,
}

impl Scheduling {
    /// Replays the next scenarios, about `max_attempts` answers' worth (at least one
    /// scenario). True once every scenario is done. Pass the same log every step.
    pub fn step(&mut self, progress: &Progress, max_attempts: usize) -> bool {
        let mut replayed = 0usize;
        for (id, attempts) in progress.scenarios().skip(self.done) {
            if replayed > 0 && replayed.saturating_add(attempts.len()) > max_attempts {
                return false;
            }
            replayed += attempts.len();
            self.done += 1;
            self.built.extend(review_state(id, attempts));
        }
        true
    }

    /// The schedule, soonest first (ties by id).
    pub fn into_schedule(mut self) -> Vec<Due> {
        crate::order::sort_by(&mut self.built, |a, b| {
            a.due.cmp(&b.due).then_with(|| a.scenario.cmp(&b.scenario))
        });
        self.built
    }
}

/// The scenarios due at `now`, most overdue first.
pub fn due(progress: &Progress, now: u64) -> Vec<Due> {
    let mut all = schedule(progress);
    all.retain(|d| d.due <= now);
    all
}

/// When the next scenario falls due after `now`, for "next review: tomorrow".
pub fn next_due(progress: &Progress, now: u64) -> Option<u64> {
    schedule(progress)
        .into_iter()
        .map(|d| d.due)
        .find(|&due| due > now)
}

/// FSRS-5 with the default weights, long-term scheduling, no fuzz (so the schedule is the
/// same on every device), and a fixed seed (upstream's default read the clock; the vendored
/// copy's does not, see `vendor/rs-fsrs/PATCHED.md`).
fn parameters() -> Parameters {
    Parameters {
        request_retention: 0.9,
        maximum_interval: MAX_INTERVAL_DAYS as i32,
        w: WEIGHTS,
        decay: Parameters::DECAY,
        factor: Parameters::FACTOR,
        enable_short_term: false,
        enable_fuzz: false,
        seed: Seed::String("dmu-trainer".into()),
    }
}

/// A stored moment as a chrono time, clamped to what chrono can hold.
fn time(ms: u64) -> DateTime<Utc> {
    let ms = i64::try_from(ms.min(MAX_MS)).unwrap_or(0);
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// A chrono time as ms since the epoch (0 before the epoch).
fn millis(time: DateTime<Utc>) -> u64 {
    u64::try_from(time.timestamp_millis()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::{at, attempt, sure_or};
    use crate::role::Role::*;
    use Confidence::*;

    #[test]
    fn a_schedule_built_in_steps_is_the_schedule() {
        let log = Progress::from_attempts((0..40u64).map(|i| {
            (
                format!("s{}", i % 7),
                attempt(at(i, 9), &[Buyer], crate::grade::Outcome::Right),
            )
        }));
        let mut steps = Scheduling::default();
        let mut n = 1;
        while !steps.step(&log, 5) {
            n += 1;
        }
        assert_eq!(n, 7, "one scenario of 5 or 6 answers a step");
        assert_eq!(steps.into_schedule(), schedule(&log));
    }

    #[test]
    fn the_weights_are_the_libraries_defaults() {
        assert_eq!(WEIGHTS, Parameters::default().w);
    }

    #[test]
    fn answers_map_to_ratings() {
        let at0 = at(0, 9);
        let wrong = sure_or(at0, &[User], Outcome::Wrong, Sure);
        let partly = sure_or(at0, &[User], Outcome::Partly, Sure);
        let guess = sure_or(at0, &[Buyer], Outcome::Right, Guess);
        let unsure = sure_or(at0, &[Buyer], Outcome::Right, Unsure);
        let sure = sure_or(at0, &[Buyer], Outcome::Right, Sure);
        assert_eq!(rating(&wrong, false), Rating::Again);
        assert_eq!(rating(&wrong, true), Rating::Again);
        assert_eq!(rating(&partly, false), Rating::Hard);
        assert_eq!(rating(&guess, false), Rating::Hard);
        assert_eq!(rating(&unsure, true), Rating::Hard);
        assert_eq!(rating(&sure, false), Rating::Good);
        assert_eq!(rating(&sure, true), Rating::Easy);
    }

    fn due_after(attempts: &[Attempt]) -> u64 {
        review_state("s", attempts).expect("answered").due
    }

    #[test]
    fn a_first_answer_is_due_again_after_a_day_or_more() {
        let t = at(0, 9);
        // Long-term FSRS-5 on a new card: Again 1 day, Hard 2, Good 3 (stability 3.13).
        assert_eq!(
            due_after(&[attempt(t, &[User], Outcome::Wrong)]),
            t + DAY_MS
        );
        assert_eq!(
            due_after(&[sure_or(t, &[Buyer], Outcome::Right, Unsure)]),
            t + 2 * DAY_MS
        );
        assert_eq!(
            due_after(&[attempt(t, &[Buyer], Outcome::Right)]),
            t + 3 * DAY_MS
        );
    }

    #[test]
    fn better_answers_are_due_later() {
        let t = at(0, 9);
        let wrong = due_after(&[attempt(t, &[User], Outcome::Wrong)]);
        let hard = due_after(&[sure_or(t, &[Buyer], Outcome::Right, Guess)]);
        let good = due_after(&[attempt(t, &[Buyer], Outcome::Right)]);
        assert!(wrong < hard && hard < good);
    }

    #[test]
    fn intervals_grow_with_confident_right_answers_and_shrink_after_a_lapse() {
        let mut log = vec![attempt(at(0, 9), &[Buyer], Outcome::Right)];
        let mut previous_interval = 0;
        for _ in 0..4 {
            let state = review_state("s", &log).expect("answered");
            let interval = state.due - state.last_answered;
            assert!(
                interval > previous_interval,
                "{interval} > {previous_interval}"
            );
            previous_interval = interval;
            log.push(attempt(state.due, &[Buyer], Outcome::Right));
        }
        for _ in 0..4 {
            let state = review_state("s", &log).expect("answered");
            assert!(state.due - state.last_answered <= MAX_INTERVAL_DAYS * DAY_MS);
            log.push(attempt(state.due, &[Buyer], Outcome::Right));
        }
        let state = review_state("s", &log).expect("answered");
        assert_eq!(state.due - state.last_answered, MAX_INTERVAL_DAYS * DAY_MS);
        log.push(attempt(state.due, &[User], Outcome::Wrong));
        let lapsed = review_state("s", &log).expect("answered");
        assert_eq!(lapsed.lapses, 1);
        assert_eq!(lapsed.reps, log.len() as u32);
        assert!(lapsed.due - lapsed.last_answered < previous_interval);
    }

    #[test]
    fn due_lists_what_is_due_at_now_most_overdue_first() {
        let progress = Progress::from_attempts([
            ("wrong-day-1", attempt(at(1, 9), &[User], Outcome::Wrong)),
            ("wrong-day-0", attempt(at(0, 9), &[User], Outcome::Wrong)),
            ("right-day-1", attempt(at(1, 9), &[Buyer], Outcome::Right)),
        ]);
        let ids = |list: Vec<Due>| list.into_iter().map(|d| d.scenario).collect::<Vec<_>>();
        assert!(due(&progress, at(1, 8)).is_empty());
        assert_eq!(ids(due(&progress, at(1, 9))), vec!["wrong-day-0"]);
        assert_eq!(
            ids(due(&progress, at(2, 12))),
            vec!["wrong-day-0", "wrong-day-1"]
        );
        assert_eq!(ids(due(&progress, at(4, 9))).len(), 3);
        assert_eq!(next_due(&progress, at(1, 9)), Some(at(2, 9)));
        assert_eq!(next_due(&progress, at(30, 0)), None);
    }

    #[test]
    fn the_schedule_follows_the_answers_and_nothing_else() {
        let answers = vec![
            ("a", attempt(at(0, 9), &[Buyer], Outcome::Right)),
            ("a", sure_or(at(3, 9), &[Buyer], Outcome::Right, Guess)),
            ("b", attempt(at(1, 9), &[User], Outcome::Partly)),
        ];
        let log = Progress::from_attempts(answers.clone());
        let when = |list: Vec<Due>| {
            list.into_iter()
                .map(|d| (d.scenario, d.due))
                .collect::<Vec<_>>()
        };
        // Pinned, so a schedule that drifted with the clock, the device or a random seed
        // (FSRS's fuzz) would fail: b (Hard) 2 days on, a (Good, then Hard 3 days later)
        // 5 days after its second answer.
        let pinned = vec![("b".to_string(), at(3, 9)), ("a".to_string(), at(8, 9))];
        assert_eq!(when(schedule(&log)), pinned);
        // The same answers arriving in another order (a merge from another device) give
        // the same schedule, and the same queue at the same moment.
        let reversed = Progress::from_attempts(answers.iter().cloned().rev());
        assert_eq!(schedule(&reversed), schedule(&log));
        assert_eq!(due(&reversed, at(3, 9)), due(&log, at(3, 9)));
        // One more answer changes it: a wrong answer on `a` brings it back the next day.
        let mut more = answers;
        more.push(("a", attempt(at(4, 9), &[User], Outcome::Wrong)));
        let after = when(schedule(&Progress::from_attempts(more)));
        assert_eq!(
            after,
            vec![("b".to_string(), at(3, 9)), ("a".to_string(), at(5, 9))]
        );
    }

    #[test]
    fn absurd_times_never_panic() {
        for t in [0, 1, MAX_MS, MAX_MS + 1, u64::MAX / 2, u64::MAX] {
            let log = [
                attempt(t, &[User], Outcome::Wrong),
                attempt(t, &[Buyer], Outcome::Right),
                attempt(t, &[Buyer, User], Outcome::Partly),
            ];
            assert!(review_state("s", &log).is_some());
        }
        // Attempts one moment apart, in any number, stay sane.
        let log: Vec<Attempt> = (0..50)
            .map(|i| attempt(at(0, 9) + i, &[Buyer], Outcome::Right))
            .collect();
        assert!(review_state("s", &log).is_some_and(|d| d.due > at(0, 9)));
    }
}
