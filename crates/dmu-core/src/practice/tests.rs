//! Tests of the practice use cases: starting, answering once into round and progress,
//! and the result of a round.

use super::*;
use crate::grade::Outcome;
use crate::lang::Lang;
use crate::progress::testing::{at, attempt};
use crate::role::Role::{self, *};
use crate::round::tests::library;

fn round_of(focus: Focus, size: usize) -> Round {
    start(&library(), Start::Focus(focus, size), at(0, 9)).unwrap()
}

/// Answers the current question with `roles` in every part.
fn answer_with(round: &mut Round, progress: &mut Progress, roles: &[Role]) -> Answered {
    let lib = library();
    let parts = lib
        .scenario(&round.items[round.current].scenario)
        .unwrap()
        .parts
        .len();
    let chosen = vec![roles.iter().map(|r| Pick::Role(*r)).collect(); parts];
    answer(round, progress, &lib, chosen, Confidence::Sure, at(0, 10)).unwrap()
}

#[test]
fn rounds_started_at_different_moments_are_shuffled_apart() {
    let lib = library();
    let first = start(&lib, Start::Focus(Focus::All, 10), 1).unwrap();
    let second = start(&lib, Start::Focus(Focus::All, 10), 2).unwrap();
    assert_ne!(first.items, second.items);
    assert_eq!(first.seed, 1);
    assert_eq!(
        start(&lib, Start::Focus(Focus::Set("none".into()), 10), 1),
        None
    );
}

#[test]
fn an_answer_is_graded_once_and_the_round_and_progress_hold_the_same_record() {
    let mut round = round_of(Focus::Role(Buyer), 3);
    let mut progress = Progress::new();
    let answered = answer_with(&mut round, &mut progress, &[Buyer]);
    let kept = round.items[0].answer.as_ref().unwrap();
    assert_eq!(kept.outcome(), Outcome::Right);
    assert_eq!(answered.attempt.outcome, kept.outcome());
    assert_eq!(answered.attempt.chosen, kept.chosen);
    assert_eq!(
        progress.attempts_on(&answered.scenario),
        std::slice::from_ref(&answered.attempt)
    );
    assert_eq!(answered.attempt.answered_at, at(0, 10));
}

#[test]
fn an_answered_question_takes_no_second_answer_until_the_round_moves_on() {
    let lib = library();
    let mut round = round_of(Focus::Role(Buyer), 3);
    let mut progress = Progress::new();
    answer_with(&mut round, &mut progress, &[User]);
    assert!(round.current_item().unwrap().answer.is_some());
    let again = answer(
        &mut round,
        &mut progress,
        &lib,
        vec![vec![Pick::Role(Buyer)]],
        Confidence::Sure,
        at(0, 11),
    );
    assert_eq!(again, Err(NotAnswered::NoQuestion));
    assert_eq!(progress.len(), 1);
    assert_eq!(
        round.items[0].answer.as_ref().unwrap().outcome(),
        Outcome::Wrong
    );
    assert!(round.advance());
    assert!(round.current_item().unwrap().answer.is_none());
}

#[test]
fn nothing_chosen_is_refused_and_changes_nothing() {
    let lib = library();
    let mut round = round_of(Focus::All, 2);
    let before = round.clone();
    let mut progress = Progress::new();
    let refused = answer(
        &mut round,
        &mut progress,
        &lib,
        vec![vec![]],
        Confidence::Sure,
        5,
    );
    assert_eq!(refused, Err(NotAnswered::NothingChosen));
    assert_eq!(round, before);
    assert!(progress.is_empty());
}

#[test]
fn a_finished_round_takes_no_answer() {
    let lib = library();
    let mut round = round_of(Focus::All, 1);
    round.advance();
    let mut progress = Progress::new();
    let refused = answer(
        &mut round,
        &mut progress,
        &lib,
        vec![vec![Pick::Role(Buyer)]],
        Confidence::Sure,
        5,
    );
    assert_eq!(refused, Err(NotAnswered::NoQuestion));
}

#[test]
fn retrying_the_missed_plays_exactly_those_in_their_order() {
    let lib = library();
    let mut round = round_of(Focus::Role(Buyer), 4);
    let mut progress = Progress::new();
    for right in [true, false, true, false] {
        answer_with(
            &mut round,
            &mut progress,
            if right { &[Buyer] } else { &[User] },
        );
        round.advance();
    }
    let again = start(&lib, Start::Missed(&round), at(1, 9)).unwrap();
    let ids: Vec<&str> = again.items.iter().map(|i| i.scenario.as_str()).collect();
    assert_eq!(
        ids,
        [
            round.items[1].scenario.as_str(),
            round.items[3].scenario.as_str()
        ]
    );

    let mut all_right = round_of(Focus::Role(Buyer), 1);
    answer_with(&mut all_right, &mut progress, &[Buyer]);
    all_right.advance();
    assert_eq!(start(&lib, Start::Missed(&all_right), 0), None);
}

#[test]
fn a_review_round_plays_what_is_due_and_nothing_when_nothing_is() {
    let lib = library();
    let picks = |progress: &Progress| {
        crate::progress::review_round(
            progress,
            lib.scenarios(),
            at(30, 9),
            crate::round::DEFAULT_SIZE,
        )
    };
    assert_eq!(
        start(&lib, Start::Review(&picks(&Progress::new())), at(30, 9)),
        None
    );
    let progress = Progress::from_attempts([
        ("koper-1", attempt(at(0, 9), &[User], Outcome::Wrong)),
        ("koper-2", attempt(at(0, 9), &[Buyer], Outcome::Right)),
    ]);
    let review = start(&lib, Start::Review(&picks(&progress)), at(30, 9)).unwrap();
    let ids: Vec<&str> = review.items.iter().map(|i| i.scenario.as_str()).collect();
    assert!(ids.contains(&"koper-1"), "{ids:?}");
}

#[test]
fn the_result_says_how_each_role_went_and_what_was_chosen() {
    let lib = library();
    let mut round = round_of(Focus::Set("b".into()), 7);
    let mut progress = Progress::new();
    // Set "b": two buyer scenarios and five with user and influencer right.
    while !round.is_finished() {
        let id = round.items[round.current].scenario.clone();
        let chosen: &[Role] = if id.starts_with("duo") {
            &[User, Buyer]
        } else {
            &[Buyer]
        };
        answer_with(&mut round, &mut progress, chosen);
        round.advance();
    }
    let result = RoundResult::of(&round, &lib);
    assert_eq!(result.answered, 7);
    assert!(result.any_missed);
    let role = |r: Role| result.roles.iter().find(|x| x.role == r).copied();
    assert_eq!(role(Buyer).unwrap().found_percent, 100);
    assert_eq!(role(Buyer).unwrap().tally.wrongly_chosen, 5);
    assert_eq!(role(User).unwrap().found_percent, 100);
    assert_eq!(role(Influencer).unwrap().found_percent, 0);
    assert_eq!(role(Gatekeeper), None);
    assert_eq!(role(Initiator), None);
    let duo = result
        .questions
        .iter()
        .find(|q| q.scenario.id.starts_with("duo"))
        .unwrap();
    assert_ne!(duo.outcome, Outcome::Right);
    assert_eq!(duo.parts[0].chosen.as_deref(), Some("Gebruiker, Koper"));
    assert!(duo.parts[0]
        .right
        .as_deref()
        .unwrap()
        .contains("Beïnvloeder"));
}

#[test]
fn labels_say_when_nothing_was_chosen() {
    let lib = library();
    let part = &lib.scenario("koper-0").unwrap().parts[0];
    assert_eq!(result::labels(Lang::Nl, part, &[]), None);
    assert_eq!(
        result::labels(Lang::En, part, &[Pick::Role(Buyer)]).as_deref(),
        Some("Buyer")
    );
}
