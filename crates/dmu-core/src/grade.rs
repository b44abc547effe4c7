//! Grading: what counts as right, partly right and wrong, for one answer and a whole case.
//!
//! The rule for one part (a question, or one person in a case), with R the right options
//! (roles, or steps in an approach question) and C the chosen ones:
//! - right when C equals R;
//! - partly right when the learner found more right options than they added wrong ones
//!   (for example one of two right roles, or both right roles plus one wrong);
//! - wrong otherwise (nothing chosen, only wrong roles, or as many wrong as right).
//!
//! The score of a part is (right chosen - wrong chosen) / |R|, never below 0. A case is
//! right when every person is right, wrong when every person is wrong, else partly right;
//! its score is the mean over the people.

use crate::scenario::{Part, Pick, Scenario};
use serde::{Deserialize, Serialize};

/// The verdict on an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Right,
    Partly,
    Wrong,
}

/// The verdict on one part, with the options the learner missed and added.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartGrade {
    pub outcome: Outcome,
    pub score: f32,
    /// Right options the learner did not choose.
    pub missed: Vec<Pick>,
    /// Options the learner chose that are not right.
    pub wrong: Vec<Pick>,
}

/// The verdict on a whole scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    pub outcome: Outcome,
    pub score: f32,
    pub parts: Vec<PartGrade>,
}

/// Grades the options chosen for one part.
pub fn grade_part(part: &Part, chosen: &[Pick]) -> PartGrade {
    let right = part.right_picks();
    let mut chosen: Vec<Pick> = chosen.to_vec();
    crate::order::sort_dedup(&mut chosen);
    let hits = chosen.iter().filter(|r| right.contains(r)).count();
    let wrong: Vec<Pick> = chosen
        .iter()
        .copied()
        .filter(|r| !right.contains(r))
        .collect();
    let missed: Vec<Pick> = right
        .iter()
        .copied()
        .filter(|r| !chosen.contains(r))
        .collect();
    let outcome = if missed.is_empty() && wrong.is_empty() && hits > 0 {
        Outcome::Right
    } else if hits > wrong.len() {
        Outcome::Partly
    } else {
        Outcome::Wrong
    };
    let score = if right.is_empty() {
        0.0
    } else {
        (hits as f32 - wrong.len() as f32).max(0.0) / right.len() as f32
    };
    PartGrade {
        outcome,
        score,
        missed,
        wrong,
    }
}

/// Grades an answer to a scenario: one list of chosen options per part. Parts without an
/// answer count as answered with nothing.
pub fn grade(scenario: &Scenario, answer: &[Vec<Pick>]) -> Grade {
    let parts: Vec<PartGrade> = scenario
        .parts
        .iter()
        .enumerate()
        .map(|(i, part)| grade_part(part, answer.get(i).map(Vec::as_slice).unwrap_or(&[])))
        .collect();
    let all = |o: Outcome| parts.iter().all(|p| p.outcome == o);
    let outcome = if all(Outcome::Right) {
        Outcome::Right
    } else if all(Outcome::Wrong) {
        Outcome::Wrong
    } else {
        Outcome::Partly
    };
    let score = if parts.is_empty() {
        0.0
    } else {
        parts.iter().map(|p| p.score).sum::<f32>() / parts.len() as f32
    };
    Grade {
        outcome,
        score,
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Role::*;
    use crate::scenario::fixtures::scenario;

    fn single() -> Scenario {
        scenario(
            "contract",
            vec![vec![(Buyer, true), (DecisionMaker, false), (User, false)]],
        )
    }

    fn double() -> Scenario {
        scenario(
            "tester",
            vec![vec![
                (User, true),
                (Influencer, true),
                (Buyer, false),
                (Gatekeeper, false),
            ]],
        )
    }

    #[test]
    fn single_answer_is_right_or_wrong() {
        assert_eq!(
            grade(&single(), &[Pick::roles(&[Buyer])]).outcome,
            Outcome::Right
        );
        assert_eq!(grade(&single(), &[Pick::roles(&[Buyer])]).score, 1.0);
        let wrong = grade(&single(), &[Pick::roles(&[DecisionMaker])]);
        assert_eq!(wrong.outcome, Outcome::Wrong);
        assert_eq!(wrong.parts[0].missed, Pick::roles(&[Buyer]));
        assert_eq!(wrong.parts[0].wrong, Pick::roles(&[DecisionMaker]));
        assert_eq!(wrong.score, 0.0);
    }

    #[test]
    fn nothing_chosen_is_wrong() {
        assert_eq!(grade(&single(), &[vec![]]).outcome, Outcome::Wrong);
        assert_eq!(grade(&single(), &[]).outcome, Outcome::Wrong);
    }

    #[test]
    fn one_of_two_right_roles_is_partly_right() {
        let g = grade(&double(), &[Pick::roles(&[User])]);
        assert_eq!(g.outcome, Outcome::Partly);
        assert_eq!(g.score, 0.5);
        assert_eq!(g.parts[0].missed, Pick::roles(&[Influencer]));
    }

    #[test]
    fn both_right_roles_plus_a_wrong_one_is_partly_right() {
        let g = grade(&double(), &[Pick::roles(&[User, Influencer, Buyer])]);
        assert_eq!(g.outcome, Outcome::Partly);
        assert_eq!(g.score, 0.5);
    }

    #[test]
    fn as_many_wrong_as_right_is_wrong() {
        let g = grade(&double(), &[Pick::roles(&[User, Buyer])]);
        assert_eq!(g.outcome, Outcome::Wrong);
        assert_eq!(g.score, 0.0);
        let everything = grade(
            &double(),
            &[Pick::roles(&[User, Influencer, Buyer, Gatekeeper])],
        );
        assert_eq!(everything.outcome, Outcome::Wrong);
    }

    #[test]
    fn duplicates_in_an_answer_count_once() {
        assert_eq!(
            grade(&single(), &[Pick::roles(&[Buyer, Buyer])]).outcome,
            Outcome::Right
        );
    }

    #[test]
    fn a_case_is_graded_per_person() {
        let case = scenario(
            "case",
            vec![
                vec![(Initiator, true), (Buyer, false)],
                vec![(Buyer, true), (User, false)],
                vec![(DecisionMaker, true), (Gatekeeper, false)],
            ],
        );
        let all_right = grade(
            &case,
            &[
                Pick::roles(&[Initiator]),
                Pick::roles(&[Buyer]),
                Pick::roles(&[DecisionMaker]),
            ],
        );
        assert_eq!(all_right.outcome, Outcome::Right);
        let mixed = grade(
            &case,
            &[
                Pick::roles(&[Initiator]),
                Pick::roles(&[User]),
                Pick::roles(&[DecisionMaker]),
            ],
        );
        assert_eq!(mixed.outcome, Outcome::Partly);
        assert!((mixed.score - 2.0 / 3.0).abs() < 1e-6);
        assert_eq!(mixed.parts[1].outcome, Outcome::Wrong);
        let all_wrong = grade(
            &case,
            &[
                Pick::roles(&[Buyer]),
                Pick::roles(&[User]),
                Pick::roles(&[Gatekeeper]),
            ],
        );
        assert_eq!(all_wrong.outcome, Outcome::Wrong);
    }
}
