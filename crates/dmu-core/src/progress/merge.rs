//! Merging two learners' logs, for an import from another device or a second tab that
//! saved in the meantime. An attempt is identified by scenario id + moment + choices, so
//! the same answer never counts twice.
//!
//! The merge is the union of both logs, which makes it commutative, associative and
//! idempotent: merging in any order, or twice, gives the same log. "Newest wins per
//! scenario" follows from how the review state is kept: it is not stored beside the log
//! but replayed from it ([`crate::progress::review`]), so after a merge each scenario's
//! schedule is driven by its newest answer, whichever device gave it, and older answers
//! from the other device still count in their place in time.

use super::record::Progress;

/// What a merge brought in, for the notice after an import.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Attempts that were not there yet.
    pub added: usize,
    /// Attempts that were already there (the same answer).
    pub already_there: usize,
}

/// The union of two logs. `merge(a, b) == merge(b, a)`.
pub fn merge(a: &Progress, b: &Progress) -> Progress {
    Progress::from_attempts(
        a.attempts()
            .chain(b.attempts())
            .map(|(id, attempt)| (id, attempt.clone())),
    )
}

impl Progress {
    /// Adds every attempt of `other` that this log does not hold yet.
    pub fn merge_from(&mut self, other: &Progress) -> Merged {
        let mut merged = Merged::default();
        for (id, attempt) in other.attempts() {
            if self.record(id, attempt.clone()) {
                merged.added += 1;
            } else {
                merged.already_there += 1;
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::record::Confidence;
    use crate::progress::review::schedule;
    use crate::progress::testing::{at, attempt, sure_or};
    use crate::role::Role::*;

    fn laptop() -> Progress {
        Progress::from_attempts([
            ("a", attempt(at(1, 9), &[Buyer], Outcome::Right)),
            ("a", attempt(at(2, 9), &[User], Outcome::Wrong)),
            ("b", attempt(at(1, 10), &[Gatekeeper], Outcome::Right)),
        ])
    }

    fn phone() -> Progress {
        Progress::from_attempts([
            // Exported from the laptop earlier, so also on the phone.
            ("a", attempt(at(1, 9), &[Buyer], Outcome::Right)),
            ("a", attempt(at(3, 20), &[Buyer], Outcome::Right)),
            ("c", attempt(at(2, 21), &[Influencer], Outcome::Wrong)),
        ])
    }

    #[test]
    fn nothing_is_counted_twice() {
        let merged = merge(&laptop(), &phone());
        assert_eq!(merged.len(), 5);
        assert_eq!(merged.attempts_on("a").len(), 3);
        assert_eq!(merged.attempts_on("c").len(), 1);
    }

    #[test]
    fn the_order_of_the_arguments_does_not_matter() {
        assert_eq!(merge(&laptop(), &phone()), merge(&phone(), &laptop()));
    }

    #[test]
    fn merging_twice_or_in_groups_gives_the_same_log() {
        let once = merge(&laptop(), &phone());
        assert_eq!(merge(&once, &phone()), once);
        assert_eq!(merge(&once, &once), once);
        let third = Progress::from_attempts([("d", attempt(at(5, 9), &[Buyer], Outcome::Right))]);
        assert_eq!(
            merge(&merge(&laptop(), &phone()), &third),
            merge(&laptop(), &merge(&phone(), &third))
        );
        assert_eq!(merge(&Progress::new(), &laptop()), laptop());
    }

    #[test]
    fn conflicting_copies_of_one_answer_resolve_the_same_way_in_any_order() {
        // The same answer (moment and choice) stored with a different confidence: only
        // possible with a hand-edited file, but the result must not depend on order.
        let a = Progress::from_attempts([(
            "a",
            sure_or(at(1, 9), &[Buyer], Outcome::Right, Confidence::Sure),
        )]);
        let b = Progress::from_attempts([(
            "a",
            sure_or(at(1, 9), &[Buyer], Outcome::Right, Confidence::Guess),
        )]);
        assert_eq!(merge(&a, &b), merge(&b, &a));
        assert_eq!(merge(&a, &b).len(), 1);
    }

    #[test]
    fn merge_from_reports_what_was_new() {
        let mut log = laptop();
        let report = log.merge_from(&phone());
        assert_eq!(
            report,
            Merged {
                added: 2,
                already_there: 1
            }
        );
        assert_eq!(log, merge(&laptop(), &phone()));
    }

    #[test]
    fn the_newest_answer_drives_the_review_state() {
        // Scenario "a": wrong on the laptop on day 2, right on the phone on day 3.
        let merged = merge(&laptop(), &phone());
        let due = schedule(&merged);
        let a = due.iter().find(|d| d.scenario == "a").expect("scheduled");
        assert_eq!(a.last_answered, at(3, 20));
        assert!(a.due > at(3, 20));
    }
}
