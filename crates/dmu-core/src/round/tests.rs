//! Tests of round composition, answering and the round's results.

use super::*;
use crate::chapter::Chapter;
use crate::lang::Lang;
use crate::scenario::fixtures::scenario;
use crate::scenario::ScenarioSet;
use Role::*;

pub(crate) fn library() -> Library {
    let mut scenarios = Vec::new();
    for i in 0..12 {
        scenarios.push(scenario(
            &format!("koper-{i}"),
            vec![vec![(Buyer, true), (User, false), (Gatekeeper, false)]],
        ));
    }
    for i in 0..5 {
        scenarios.push(scenario(
            &format!("duo-{i}"),
            vec![vec![(User, true), (Influencer, true), (Buyer, false)]],
        ));
    }
    let (first, second) = scenarios.split_at(10);
    Library {
        lang: Lang::Nl,
        chapter: Chapter {
            title: "t".into(),
            intro: vec![],
            sections: vec![],
        },
        sets: vec![
            ScenarioSet {
                file: String::new(),
                id: "a".into(),
                title: "A".into(),
                description: None,
                scenarios: first.to_vec(),
            },
            ScenarioSet {
                file: String::new(),
                id: "b".into(),
                title: "B".into(),
                description: None,
                scenarios: second.to_vec(),
            },
        ],
    }
}

#[test]
fn a_round_has_ten_scenarios_by_default_without_repeats() {
    let round = Round::new(&library(), Focus::All, DEFAULT_SIZE, 1).unwrap();
    assert_eq!(round.items.len(), 10);
    let mut ids: Vec<&str> = round.items.iter().map(|i| i.scenario.as_str()).collect();
    crate::order::sort(&mut ids);
    ids.dedup();
    assert_eq!(ids.len(), 10);
}

#[test]
fn the_same_seed_replays_the_same_round() {
    let a = Round::new(&library(), Focus::All, 10, 99).unwrap();
    let b = Round::new(&library(), Focus::All, 10, 99).unwrap();
    assert_eq!(a, b);
    let c = Round::new(&library(), Focus::All, 10, 100).unwrap();
    assert_ne!(a.items, c.items);
}

#[test]
fn option_order_is_a_seeded_permutation() {
    let lib = library();
    let s = lib.scenario("koper-0").unwrap();
    let order = option_order(s, 5);
    assert_eq!(order, option_order(s, 5));
    let mut sorted = order[0].clone();
    crate::order::sort(&mut sorted);
    assert_eq!(sorted, vec![0, 1, 2]);
    let differs = (0..20).any(|seed| option_order(s, seed) != order);
    assert!(differs, "other seeds give other orders");
}

#[test]
fn a_role_focus_only_picks_scenarios_that_practise_it() {
    let round = Round::new(&library(), Focus::Role(Influencer), 10, 3).unwrap();
    assert_eq!(round.items.len(), 5);
    assert!(round.items.iter().all(|i| i.scenario.starts_with("duo-")));
    assert!(Round::new(&library(), Focus::Role(DecisionMaker), 10, 3).is_none());
}

#[test]
fn a_set_focus_and_a_hand_picked_list() {
    let round = Round::new(&library(), Focus::Set("b".into()), 10, 3).unwrap();
    assert_eq!(round.items.len(), 7);
    let picked = Focus::Only(vec!["duo-2".into(), "koper-1".into(), "gone".into()]);
    let round = Round::new(&library(), picked, 10, 3).unwrap();
    let ids: Vec<&str> = round.items.iter().map(|i| i.scenario.as_str()).collect();
    assert_eq!(
        ids,
        vec!["duo-2", "koper-1"],
        "order kept, unknown ids skipped"
    );
    assert!(Round::new(&library(), Focus::Set("nope".into()), 10, 3).is_none());
}

#[test]
fn answering_grades_once_and_advancing_reaches_the_end() {
    let lib = library();
    let mut round = Round::new(
        &lib,
        Focus::Only(vec!["koper-0".into(), "duo-0".into()]),
        10,
        1,
    )
    .unwrap();
    let first = lib.scenario("koper-0").unwrap();
    assert_eq!(
        round
            .answer(first, vec![Pick::roles(&[User])])
            .unwrap()
            .outcome,
        Outcome::Wrong
    );
    assert_eq!(
        round
            .answer(first, vec![Pick::roles(&[Buyer])])
            .unwrap()
            .outcome,
        Outcome::Wrong,
        "first answer stands"
    );
    assert!(round.advance());
    let second = lib.scenario("duo-0").unwrap();
    assert!(
        round.answer(first, vec![Pick::roles(&[Buyer])]).is_none(),
        "not the current scenario"
    );
    assert_eq!(
        round
            .answer(second, vec![Pick::roles(&[User])])
            .unwrap()
            .outcome,
        Outcome::Partly
    );
    assert!(!round.advance());
    assert!(round.is_finished());
    assert_eq!(round.score(), (0.5, 2));
    assert_eq!(
        round.missed(),
        vec!["koper-0".to_string(), "duo-0".to_string()]
    );
}

#[test]
fn the_role_breakdown_counts_found_and_wrong_choices() {
    let lib = library();
    let mut round = Round::new(
        &lib,
        Focus::Only(vec!["koper-0".into(), "duo-0".into()]),
        10,
        1,
    )
    .unwrap();
    round.answer(
        lib.scenario("koper-0").unwrap(),
        vec![Pick::roles(&[Gatekeeper])],
    );
    round.advance();
    round.answer(
        lib.scenario("duo-0").unwrap(),
        vec![Pick::roles(&[User, Influencer])],
    );
    let tally = round.role_breakdown(&lib);
    assert_eq!(
        tally[Buyer.index()],
        RoleTally {
            asked: 1,
            found: 0,
            wrongly_chosen: 0
        }
    );
    assert_eq!(
        tally[Gatekeeper.index()],
        RoleTally {
            asked: 0,
            found: 0,
            wrongly_chosen: 1
        }
    );
    assert_eq!(
        tally[User.index()],
        RoleTally {
            asked: 1,
            found: 1,
            wrongly_chosen: 0
        }
    );
    assert_eq!(tally[Influencer.index()].found, 1);
}

#[test]
fn a_round_survives_serialisation() {
    let lib = library();
    let mut round = Round::new(&lib, Focus::Role(Buyer), 4, 8).unwrap();
    let id = round.items[0].scenario.clone();
    round.answer(lib.scenario(&id).unwrap(), vec![Pick::roles(&[Buyer])]);
    let json = serde_json::to_string(&round).unwrap();
    let back: Round = serde_json::from_str(&json).unwrap();
    assert_eq!(back, round);
}

#[test]
fn a_round_that_no_longer_fits_the_content_is_recognised() {
    let lib = library();
    let round = Round::new(&lib, Focus::All, 5, 2).unwrap();
    assert!(round.fits(&lib));
    let mut gone = round.clone();
    gone.items[0].scenario = "deleted".into();
    assert!(!gone.fits(&lib));
    let mut reordered = round.clone();
    reordered.items[0].order[0] = vec![0, 0, 1];
    assert!(!reordered.fits(&lib));
    // Every option, and one of them twice: still not the same options.
    let mut repeated = round.clone();
    let options = repeated.items[0].order[0].len();
    repeated.items[0].order[0] = (0..options).chain([0]).collect();
    assert!(!repeated.fits(&lib));
    let mut beyond = round;
    beyond.current = 99;
    assert!(!beyond.fits(&lib));
}

#[test]
fn an_approach_round_holds_only_approach_questions_and_counts_their_roles() {
    let mut lib = library();
    let step =
        crate::scenario::fixtures::approach("step", vec![Gatekeeper], false, &[true, false, false]);
    let persona = crate::scenario::fixtures::approach(
        "persona",
        vec![DecisionMaker, User],
        true,
        &[false, true, false],
    );
    lib.sets[1]
        .scenarios
        .extend([step.clone(), persona.clone()]);
    let mut round = Round::new(&lib, Focus::Approach, DEFAULT_SIZE, 3).unwrap();
    let mut ids: Vec<&str> = round.items.iter().map(|i| i.scenario.as_str()).collect();
    crate::order::sort(&mut ids);
    assert_eq!(ids, ["persona", "step"]);
    for _ in 0..2 {
        let id = round.current_item().unwrap().scenario.clone();
        let scenario = lib.scenario(&id).unwrap();
        let right = scenario.parts[0].right_picks();
        assert_eq!(
            round.answer(scenario, vec![right]).unwrap().outcome,
            Outcome::Right
        );
        round.advance();
    }
    let tallies = round.role_breakdown(&lib);
    for role in [Gatekeeper, DecisionMaker, User] {
        assert_eq!(
            (tallies[role.index()].asked, tallies[role.index()].found),
            (1, 1),
            "{role:?}"
        );
    }
    assert_eq!(tallies[Buyer.index()].asked, 0);
    assert!(candidates(&library(), &Focus::Approach).is_empty());
}
