//! The log of every answer a learner gives (what they chose, the verdict, how sure they
//! were, and when), filed per scenario id. Everything on the progress page and the review
//! queue is derived from this log, so it is the one thing that must never be lost.

use crate::grade::{grade, Grade, Outcome};
use crate::scenario::{Pick, Scenario};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// How sure the learner said they were, before the answer was revealed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// "gok": the learner guessed.
    Guess,
    /// "twijfel": the learner was unsure.
    Unsure,
    /// "zeker": the learner was sure.
    Sure,
}

impl Confidence {
    /// All levels, from least to most sure (the order of the buttons).
    pub const ALL: [Confidence; 3] = [Confidence::Guess, Confidence::Unsure, Confidence::Sure];
}

/// One recorded answer. The scenario id is not repeated here: a [`Progress`] files each
/// attempt under its scenario, which keeps the stored form small.
///
/// Stored as a five-element array, `[answered_at, chosen, outcome, score, confidence]`,
/// e.g. `[1718013600000, [["buyer"]], "right", 100, "sure"]`, because a learner's log holds
/// thousands of these: field names would take a fifth of the storage budget. A chosen step
/// of an approach question is its number (`[[2]]`), see [`Pick`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// When the answer was given, in ms since the Unix epoch (UTC).
    pub answered_at: u64,
    /// Per part, the options chosen (sorted, without duplicates).
    pub chosen: Vec<Vec<Pick>>,
    /// The verdict when the answer was given.
    pub outcome: Outcome,
    /// The score in percent (0..=100): [`Grade::score`] rounded.
    pub score: u8,
    /// How sure the learner was.
    pub confidence: Confidence,
}

/// The stored shape of an attempt (see [`Attempt`]).
type StoredAttempt = (u64, Vec<Vec<Pick>>, Outcome, u8, Confidence);

impl Serialize for Attempt {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let stored = (
            self.answered_at,
            &self.chosen,
            self.outcome,
            self.score,
            self.confidence,
        );
        stored.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Attempt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Attempt, D::Error> {
        let (answered_at, chosen, outcome, score, confidence) =
            StoredAttempt::deserialize(deserializer)?;
        Ok(Attempt {
            answered_at,
            chosen,
            outcome,
            score,
            confidence,
        })
    }
}

impl Attempt {
    /// Grades `chosen` against `scenario` and records the result, with the learner's
    /// confidence and the moment (ms since the epoch) the answer was given.
    pub fn graded(
        scenario: &Scenario,
        chosen: Vec<Vec<Pick>>,
        confidence: Confidence,
        answered_at: u64,
    ) -> Attempt {
        let grade = grade(scenario, &chosen);
        Attempt::from_grade(&grade, chosen, confidence, answered_at)
    }

    /// Records an answer that was already graded (e.g. by a round).
    pub fn from_grade(
        grade: &Grade,
        chosen: Vec<Vec<Pick>>,
        confidence: Confidence,
        answered_at: u64,
    ) -> Attempt {
        Attempt {
            answered_at,
            chosen,
            outcome: grade.outcome,
            score: percent(grade.score),
            confidence,
        }
        .normalised()
    }

    /// The score as a fraction, 0.0..=1.0.
    pub fn score_fraction(&self) -> f32 {
        f32::from(self.score) / 100.0
    }

    /// Whether this is the same answer as `other`: same moment and same choices. Two
    /// devices that exchanged progress hold the same attempt under this identity.
    pub fn same_answer(&self, other: &Attempt) -> bool {
        self.answered_at == other.answered_at && self.chosen == other.chosen
    }

    /// Sorted, duplicate-free choices and a score within 0..=100, whatever was read.
    fn normalised(mut self) -> Attempt {
        for roles in &mut self.chosen {
            crate::order::sort_dedup(roles);
        }
        self.score = self.score.min(100);
        self
    }

    /// The order attempts are kept in: by time, then by content, so that two logs holding
    /// the same attempts are equal however they were put together.
    fn order(&self, other: &Attempt) -> Ordering {
        self.answered_at
            .cmp(&other.answered_at)
            .then_with(|| self.chosen.cmp(&other.chosen))
            .then_with(|| self.confidence.cmp(&other.confidence))
            .then_with(|| outcome_rank(self.outcome).cmp(&outcome_rank(other.outcome)))
            .then_with(|| self.score.cmp(&other.score))
    }
}

/// A score fraction as a whole percentage; anything odd (NaN, out of range) is clamped.
fn percent(score: f32) -> u8 {
    if score.is_nan() {
        return 0;
    }
    (score.clamp(0.0, 1.0) * 100.0).round() as u8
}

/// A fixed order of outcomes, for sorting.
pub(crate) fn outcome_rank(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Right => 0,
        Outcome::Partly => 1,
        Outcome::Wrong => 2,
    }
}

/// One learner's progress: every attempt, filed per scenario id, oldest first.
///
/// Invariants (kept by every constructor, deserialisation included): each scenario's
/// attempts are sorted by time, hold no two attempts that are the [same
/// answer](Attempt::same_answer), and a scenario without attempts is not listed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    attempts: BTreeMap<String, Vec<Attempt>>,
}

impl Progress {
    /// An empty log.
    pub fn new() -> Progress {
        Progress::default()
    }

    /// Builds a log from attempts in any order, dropping repeated answers.
    pub fn from_attempts<I, S>(attempts: I) -> Progress
    where
        I: IntoIterator<Item = (S, Attempt)>,
        S: Into<String>,
    {
        let mut map: BTreeMap<String, Vec<Attempt>> = BTreeMap::new();
        for (scenario, attempt) in attempts {
            map.entry(scenario.into()).or_default().push(attempt);
        }
        Progress::from_map(map)
    }

    /// Restores the invariants on a map read from anywhere.
    pub(crate) fn from_map(mut attempts: BTreeMap<String, Vec<Attempt>>) -> Progress {
        attempts.retain(|_, list| !list.is_empty());
        for list in attempts.values_mut() {
            let taken = std::mem::take(list);
            *list = taken.into_iter().map(Attempt::normalised).collect();
            crate::order::sort_by(list, Attempt::order);
            list.dedup_by(|later, earlier| later.same_answer(earlier));
        }
        Progress { attempts }
    }

    /// The log split into parts by `key` (a month, say), in the order each key first
    /// appears (scenarios by id, each oldest first). A part of a sorted, duplicate-free
    /// list is one too, so nothing is sorted or compared again: with 60,000 answers,
    /// adding them one by one took several times as long.
    pub(crate) fn split_by<K: PartialEq>(&self, key: impl Fn(&Attempt) -> K) -> Vec<(K, Progress)> {
        let mut parts: Vec<(K, Progress)> = Vec::new();
        for (id, list) in &self.attempts {
            for attempt in list {
                let k = key(attempt);
                let at = match parts.iter().position(|(p, _)| *p == k) {
                    Some(at) => at,
                    None => {
                        parts.push((k, Progress::new()));
                        parts.len() - 1
                    }
                };
                let part = &mut parts[at].1.attempts;
                match part.get_mut(id.as_str()) {
                    Some(list) => list.push(attempt.clone()),
                    None => {
                        part.insert(id.clone(), vec![attempt.clone()]);
                    }
                }
            }
        }
        parts
    }

    /// Adds an answer to a scenario. Returns false (and changes nothing) when the log
    /// already holds the same answer.
    pub fn record(&mut self, scenario: &str, attempt: Attempt) -> bool {
        let attempt = attempt.normalised();
        let list = self.attempts.entry(scenario.to_string()).or_default();
        if list.iter().any(|a| a.same_answer(&attempt)) {
            return false;
        }
        let at = list.partition_point(|a| a.order(&attempt) != Ordering::Greater);
        list.insert(at, attempt);
        true
    }

    /// The attempts on one scenario, oldest first (empty when never answered).
    pub fn attempts_on(&self, scenario: &str) -> &[Attempt] {
        self.attempts.get(scenario).map_or(&[], Vec::as_slice)
    }

    /// Every answered scenario with its attempts, by scenario id.
    pub fn scenarios(&self) -> impl Iterator<Item = (&str, &[Attempt])> {
        self.attempts
            .iter()
            .map(|(id, list)| (id.as_str(), list.as_slice()))
    }

    /// Every attempt with its scenario id, grouped by scenario.
    pub fn attempts(&self) -> impl Iterator<Item = (&str, &Attempt)> {
        self.scenarios()
            .flat_map(|(id, list)| list.iter().map(move |attempt| (id, attempt)))
    }

    /// The `n` most recent attempts, newest first.
    pub fn latest(&self, n: usize) -> Vec<(&str, &Attempt)> {
        let mut all: Vec<(&str, &Attempt)> = self.attempts().collect();
        crate::order::sort_by(&mut all, |a, b| b.1.order(a.1).then_with(|| b.0.cmp(a.0)));
        all.truncate(n);
        all
    }

    /// The number of recorded attempts.
    pub fn len(&self) -> usize {
        self.attempts.values().map(Vec::len).sum()
    }

    /// Whether nothing was recorded yet.
    pub fn is_empty(&self) -> bool {
        self.attempts.is_empty()
    }

    /// Clears the log and hands back what it held, so the app can offer an undo.
    pub fn reset(&mut self) -> Progress {
        std::mem::take(self)
    }

    /// Undoes a [`reset`](Progress::reset): brings back the old log, keeping any answer
    /// given since the reset.
    pub fn undo_reset(&mut self, old: Progress) {
        self.merge_from(&old);
    }
}

impl<'de> Deserialize<'de> for Progress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Progress, D::Error> {
        /// The stored shape, before the invariants are restored.
        #[derive(Deserialize)]
        struct Stored {
            attempts: BTreeMap<String, Vec<Attempt>>,
        }
        let stored = Stored::deserialize(deserializer)?;
        Ok(Progress::from_map(stored.attempts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::{at, attempt};
    use crate::role::Role::*;
    use crate::scenario::fixtures::scenario;

    #[test]
    fn an_answer_is_graded_and_recorded() {
        let s = scenario(
            "tester",
            vec![vec![(User, true), (Influencer, true), (Buyer, false)]],
        );
        let a = Attempt::graded(
            &s,
            vec![Pick::roles(&[User, User])],
            Confidence::Unsure,
            1_000,
        );
        assert_eq!(a.outcome, Outcome::Partly);
        assert_eq!(a.score, 50);
        assert_eq!(a.chosen, vec![Pick::roles(&[User])]);
        assert_eq!(a.answered_at, 1_000);
        assert_eq!(a.confidence, Confidence::Unsure);
        let mut progress = Progress::new();
        assert!(progress.record("tester", a.clone()));
        assert_eq!(progress.attempts_on("tester"), &[a]);
        assert_eq!(progress.len(), 1);
        assert!(progress.attempts_on("other").is_empty());
    }

    #[test]
    fn scores_are_whole_percentages() {
        assert_eq!(percent(2.0 / 3.0), 67);
        assert_eq!(percent(1.0), 100);
        assert_eq!(percent(-1.0), 0);
        assert_eq!(percent(f32::NAN), 0);
        assert_eq!(percent(f32::INFINITY), 100);
    }

    #[test]
    fn the_same_answer_is_recorded_once() {
        let mut progress = Progress::new();
        assert!(progress.record("a", attempt(at(1, 9), &[Buyer], Outcome::Right)));
        assert!(!progress.record("a", attempt(at(1, 9), &[Buyer], Outcome::Right)));
        // Same moment, different choice: a different answer.
        assert!(progress.record("a", attempt(at(1, 9), &[User], Outcome::Wrong)));
        // Same answer on another scenario is another attempt.
        assert!(progress.record("b", attempt(at(1, 9), &[Buyer], Outcome::Right)));
        assert_eq!(progress.len(), 3);
    }

    #[test]
    fn attempts_stay_in_time_order_whatever_the_recording_order() {
        let mut progress = Progress::new();
        for day in [3, 1, 2] {
            progress.record("a", attempt(at(day, 9), &[Buyer], Outcome::Right));
        }
        let times: Vec<u64> = progress
            .attempts_on("a")
            .iter()
            .map(|a| a.answered_at)
            .collect();
        assert_eq!(times, vec![at(1, 9), at(2, 9), at(3, 9)]);
    }

    #[test]
    fn latest_lists_the_newest_first() {
        let progress = Progress::from_attempts([
            ("a", attempt(at(1, 9), &[Buyer], Outcome::Right)),
            ("b", attempt(at(3, 9), &[Buyer], Outcome::Right)),
            ("a", attempt(at(2, 9), &[Buyer], Outcome::Right)),
        ]);
        let latest: Vec<(&str, u64)> = progress
            .latest(2)
            .into_iter()
            .map(|(id, a)| (id, a.answered_at))
            .collect();
        assert_eq!(latest, vec![("b", at(3, 9)), ("a", at(2, 9))]);
        assert_eq!(progress.latest(10).len(), 3);
    }

    #[test]
    fn reset_hands_back_the_old_log_and_undo_keeps_new_answers() {
        let mut progress = Progress::from_attempts([
            ("a", attempt(at(1, 9), &[Buyer], Outcome::Right)),
            ("b", attempt(at(2, 9), &[User], Outcome::Wrong)),
        ]);
        let before = progress.clone();
        let old = progress.reset();
        assert!(progress.is_empty());
        assert_eq!(old, before);
        progress.record("c", attempt(at(3, 9), &[Buyer], Outcome::Right));
        progress.undo_reset(old);
        assert_eq!(progress.len(), 3);
        assert_eq!(progress.attempts_on("a"), before.attempts_on("a"));
    }

    #[test]
    fn reading_restores_the_invariants() {
        let raw = r#"{"attempts":{
            "a":[[5,[["user","buyer","user"]],"right",250,"sure"],
                 [1,[["buyer"]],"wrong",0,"guess"],
                 [5,[["buyer","user"]],"right",100,"sure"]],
            "empty":[]}}"#;
        let progress: Progress = serde_json::from_str(raw).expect("readable");
        let list = progress.attempts_on("a");
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].answered_at, 1);
        assert_eq!(list[1].chosen, vec![Pick::roles(&[Buyer, User])]);
        assert_eq!(list[1].score, 100);
        assert_eq!(progress.scenarios().count(), 1);
    }

    #[test]
    fn the_stored_form_is_compact() {
        let progress =
            Progress::from_attempts([("a", attempt(1_700_000_000_000, &[Buyer], Outcome::Right))]);
        let json = serde_json::to_string(&progress).expect("serialises");
        assert_eq!(
            json,
            r#"{"attempts":{"a":[[1700000000000,[["buyer"]],"right",100,"sure"]]}}"#
        );
    }
}
