//! A learner's progress: the log of answers and everything derived from it (mastery per
//! role, the role-confusion matrix, the spaced-repetition review queue), learner profiles,
//! merging on import, and the export file. Time is always passed in as `now` (ms since
//! the Unix epoch, UTC), and the learner's time zone as an offset; nothing here reads a
//! clock.

pub mod buckets;
pub mod confusion;
pub mod export;
pub mod import;
pub mod local_days;
pub mod mastery;
pub mod merge;
pub mod profile_store;
pub mod profiles;
pub mod record;
pub mod review;
pub mod schema;
pub mod store;
pub mod targeted;

pub use confusion::{Confusion, Pair};
pub use export::export;
pub use import::{parse_import, ImportError, Imported, Reading};
pub use mastery::{mastery, summary, ProgressCounts, RoleMastery};
pub use merge::{merge, Merged};
pub use profiles::{LearnerProfile, ProfileError, Profiles};
pub use record::{Attempt, Confidence, Progress};
pub use review::{due, schedule, Due, Scheduling};
pub use targeted::{contrast_for, review_round, review_round_from, ReviewPick};

use crate::scenario::Scenario;
use std::collections::HashMap;

/// One day in ms.
pub const DAY_MS: u64 = 86_400_000;

/// The scenarios by id, to look up what a recorded answer was about. Attempts on ids that
/// are not in the content (a scenario removed or renamed) are simply not found.
pub(crate) fn catalog<'a>(
    scenarios: impl IntoIterator<Item = &'a Scenario>,
) -> HashMap<&'a str, &'a Scenario> {
    scenarios.into_iter().map(|s| (s.id.as_str(), s)).collect()
}

#[cfg(test)]
pub(crate) mod testing {
    //! Shorthands for the progress tests.

    use super::record::{Attempt, Confidence, Progress};
    use super::DAY_MS;
    use crate::grade::Outcome;
    use crate::role::Role;

    /// A moment: `day` days after 2024-01-01 00:00 UTC, at `hour` o'clock.
    pub fn at(day: u64, hour: u64) -> u64 {
        1_704_067_200_000 + day * DAY_MS + hour * 3_600_000
    }

    /// Two answers on two scenarios: a small log for round-trip tests.
    pub fn sample() -> Progress {
        Progress::from_attempts([
            ("a", attempt(at(0, 9), &[Role::Buyer], Outcome::Right)),
            (
                "b",
                attempt(at(1, 9), &[Role::User, Role::Influencer], Outcome::Partly),
            ),
        ])
    }

    /// A single-part attempt given with confidence "sure".
    pub fn attempt(answered_at: u64, chosen: &[Role], outcome: Outcome) -> Attempt {
        sure_or(answered_at, chosen, outcome, Confidence::Sure)
    }

    /// A single-part attempt with a confidence.
    pub fn sure_or(
        answered_at: u64,
        chosen: &[Role],
        outcome: Outcome,
        confidence: Confidence,
    ) -> Attempt {
        let score = match outcome {
            Outcome::Right => 100,
            Outcome::Partly => 50,
            Outcome::Wrong => 0,
        };
        Attempt {
            answered_at,
            chosen: vec![crate::scenario::Pick::roles(chosen)],
            outcome,
            score,
            confidence,
        }
    }
}
