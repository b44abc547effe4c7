//! The practice use cases, as the practice part calls them: start a round (everything, a
//! role, a set, the approach questions, the ones missed, a review), answer (graded once:
//! the round and the progress take the same record), advance, and the result of a
//! finished round. Time comes in as `now` (ms since the epoch); a round's shuffle seed is
//! the moment it starts, so two rounds started apart are shuffled apart.

mod result;

pub use crate::grade::Outcome;
pub use result::{labels, PartResult, QuestionResult, RoleResult, RoundResult};

use crate::library::Library;
#[cfg(doc)]
use crate::progress::{review_round, review_round_from};
use crate::progress::{Attempt, Confidence, Progress, ReviewPick};
use crate::round::{Focus, Round};
use crate::scenario::Pick;

/// What a new round is made of.
#[derive(Clone, Debug, PartialEq)]
pub enum Start<'a> {
    /// Up to `size` scenarios of a focus (everything, a role, a set, the approach
    /// questions), shuffled.
    Focus(Focus, usize),
    /// The scenarios of a finished round that were not answered fully right, in their
    /// order.
    Missed(&'a Round),
    /// A review round of the scenarios [`review_round`] (or [`review_round_from`], built
    /// in steps) picked: what is due, and what trains the learner's confused roles, in
    /// that order.
    Review(&'a [ReviewPick]),
}

/// Starts a round at `now`. `None` when nothing fits (an empty set, nothing missed,
/// nothing to review).
pub fn start(library: &Library, start: Start<'_>, now: u64) -> Option<Round> {
    match start {
        Start::Focus(focus, size) => Round::new(library, focus, size, now),
        Start::Missed(round) => {
            let missed = round.missed();
            let size = missed.len();
            Round::new(library, Focus::Only(missed), size, now)
        }
        Start::Review(picks) => {
            let ids: Vec<String> = picks.iter().map(|pick| pick.scenario.clone()).collect();
            let size = ids.len();
            Round::new(library, Focus::Only(ids), size, now)
        }
    }
}

/// Why an answer was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAnswered {
    /// Nothing was chosen in any part: the learner is asked to choose first.
    NothingChosen,
    /// There is no open question: the round is finished, the question was answered
    /// already, or its scenario is no longer in the content.
    NoQuestion,
}

/// An answer taken: the scenario and the attempt the progress recorded, for saving.
#[derive(Clone, Debug, PartialEq)]
pub struct Answered {
    pub scenario: String,
    pub attempt: Attempt,
}

/// Answers the round's current question with `chosen` (per part, the options picked):
/// graded once, kept in the round and recorded in the progress as the same attempt.
/// Nothing changes when the answer is not taken.
pub fn answer(
    round: &mut Round,
    progress: &mut Progress,
    library: &Library,
    chosen: Vec<Vec<Pick>>,
    confidence: Confidence,
    now: u64,
) -> Result<Answered, NotAnswered> {
    let item = round.current_item().ok_or(NotAnswered::NoQuestion)?;
    if item.answer.is_some() {
        return Err(NotAnswered::NoQuestion);
    }
    let scenario = library
        .scenario(&item.scenario)
        .ok_or(NotAnswered::NoQuestion)?;
    if chosen.iter().all(Vec::is_empty) {
        return Err(NotAnswered::NothingChosen);
    }
    let grade = round
        .answer(scenario, chosen.clone())
        .ok_or(NotAnswered::NoQuestion)?
        .clone();
    let attempt = Attempt::from_grade(&grade, chosen, confidence, now);
    progress.record(&scenario.id, attempt.clone());
    Ok(Answered {
        scenario: scenario.id.clone(),
        attempt,
    })
}

#[cfg(test)]
mod tests;
