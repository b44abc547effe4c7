//! The summary: per scenario, per role, confusions, what to revisit, and the CSV of a real
//! session.

use super::*;
use crate::lang::Lang;
use crate::role::Role::*;
use crate::scenario::Pick;
use crate::workshop::fixtures::{letter_for, library};
use crate::workshop::{summary_csv, Selection, Teams, WorkshopError};

/// Sets the room's counts per role on the scenario on screen, then reveals it.
fn play(session: &mut Session, lib: &Library, counts: &[(Role, u32)]) {
    for (role, count) in counts {
        let letter = session
            .current()
            .map(|item| letter_for(item, lib, *role))
            .unwrap_or(Letter::ALL[5]);
        assert_eq!(session.set_count(letter, *count), Ok(()));
    }
    assert_eq!(session.reveal(), Ok(()));
}

/// contract 12 of 20 right, tester 9 of 12 hands right, initiator 2 of 18 right, profile
/// skipped.
fn room_session(lib: &Library) -> Session {
    let pick = Selection::Hand(
        ["contract", "tester", "initiator", "profile"]
            .map(String::from)
            .to_vec(),
    );
    let mut session = Session::new(lib, pick, 11).expect("playable");
    assert_eq!(session.start(), Ok(()));
    play(
        &mut session,
        lib,
        &[(DecisionMaker, 3), (Buyer, 12), (Gatekeeper, 5)],
    );
    assert_eq!(session.next(), Ok(()));
    play(&mut session, lib, &[(User, 6), (Influencer, 3), (Buyer, 3)]);
    assert_eq!(session.next(), Ok(()));
    play(&mut session, lib, &[(Initiator, 2), (Buyer, 8), (User, 8)]);
    assert_eq!(session.next(), Ok(()));
    assert_eq!(session.end(), Ok(()));
    session
}

#[test]
fn per_scenario_share_right_and_most_chosen_wrong_option() {
    let lib = library();
    let session = room_session(&lib);
    let summary = session.summary(&lib);
    let rows: Vec<_> = summary
        .scenarios
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.ballots,
                s.right_share.map(crate::workshop::percent),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("contract", 20, Some(60)),
            ("tester", 12, Some(75)),
            ("initiator", 18, Some(11))
        ]
    );
    assert_eq!(summary.scenarios[0].right, ["Buyer"]);
    assert_eq!(summary.scenarios[0].question, "Question contract");
    assert_eq!(
        summary.scenarios[0]
            .top_wrong
            .as_ref()
            .map(|w| (w.pick, w.count)),
        Some((Pick::Role(Gatekeeper), 5))
    );
    assert_eq!(
        summary.scenarios[1]
            .top_wrong
            .as_ref()
            .map(|w| (w.pick, w.count)),
        Some((Pick::Role(Buyer), 3))
    );
    assert_eq!(summary.not_revealed, ["profile"]);
}

#[test]
fn a_tie_for_most_chosen_wrong_goes_to_the_earlier_letter() {
    let lib = library();
    let session = room_session(&lib);
    let summary = session.summary(&lib);
    let item = &session.items()[2];
    let (buyer, user) = (letter_for(item, &lib, Buyer), letter_for(item, &lib, User));
    let expected = if buyer < user { Buyer } else { User };
    assert_eq!(
        summary.scenarios[2].top_wrong.as_ref().map(|w| w.pick),
        Some(Pick::Role(expected))
    );
}

#[test]
fn per_role_the_room_found_it_or_chose_it_wrongly() {
    let lib = library();
    let summary = room_session(&lib).summary(&lib);
    let role = |r: Role| summary.roles[r.index()];
    assert_eq!(summary.roles.len(), 6);
    let buyer = role(Buyer);
    assert_eq!(
        (buyer.asked, buyer.found, buyer.of, buyer.wrongly),
        (1, 12, 20, 11)
    );
    assert_eq!(buyer.found_share(), Some(0.6));
    let user = role(User);
    assert_eq!(
        (user.asked, user.found, user.of, user.wrongly),
        (1, 6, 12, 8)
    );
    let initiator = role(Initiator);
    assert_eq!((initiator.asked, initiator.found, initiator.of), (1, 2, 18));
    let decision = role(DecisionMaker);
    assert_eq!((decision.asked, decision.wrongly), (0, 3));
    assert_eq!(decision.found_share(), None);
}

#[test]
fn confusions_are_weighted_by_votes_heaviest_first() {
    let lib = library();
    let summary = room_session(&lib).summary(&lib);
    let pairs: Vec<_> = summary
        .confusions
        .iter()
        .map(|c| (c.chosen, c.instead_of, c.votes))
        .collect();
    assert_eq!(
        pairs,
        [
            (Buyer, Initiator, 8),
            (User, Initiator, 8),
            (Gatekeeper, Buyer, 5),
            (DecisionMaker, Buyer, 3),
            (Buyer, Influencer, 3),
            (Buyer, User, 3),
        ]
    );
}

#[test]
fn the_weakest_scenarios_are_suggested_for_revisiting() {
    let lib = library();
    let summary = room_session(&lib).summary(&lib);
    assert_eq!(
        summary.revisit,
        ["initiator", "contract"],
        "tester at 75% is fine"
    );
}

#[test]
fn revisit_takes_at_most_three() {
    let results: Vec<ScenarioResult> = (0..5)
        .map(|i| ScenarioResult {
            id: format!("s{i}"),
            question: String::new(),
            right: vec![],
            ballots: 10,
            right_share: Some(f64::from(5 - i) / 10.0),
            top_wrong: None,
        })
        .collect();
    assert_eq!(revisit(&results), ["s4", "s3", "s2"]);
}

#[test]
fn team_confusions_pair_wrong_choices_with_missed_roles() {
    let lib = library();
    let pick = Selection::Hand(vec!["contract".into(), "tester".into()]);
    let mut session = Session::new(&lib, pick, 5).expect("playable");
    assert_eq!(session.set_teams(Teams::new(["A", "B"]).ok()), Ok(()));
    assert_eq!(session.start(), Ok(()));
    let pick = |s: &mut Session, team: usize, role: Role| {
        let letter = s
            .current()
            .map(|i| letter_for(i, &lib, role))
            .unwrap_or(Letter::ALL[5]);
        assert_eq!(s.toggle_team_pick(team, letter), Ok(()));
    };
    pick(&mut session, 0, User);
    pick(&mut session, 1, Buyer);
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.next(), Ok(()));
    pick(&mut session, 0, User);
    pick(&mut session, 0, Buyer);
    pick(&mut session, 1, User);
    pick(&mut session, 1, Influencer);
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.next(), Ok(()));
    let summary = session.summary(&lib);
    let pairs: Vec<_> = summary
        .confusions
        .iter()
        .map(|c| (c.chosen, c.instead_of, c.votes))
        .collect();
    assert_eq!(pairs, [(Buyer, Influencer, 1), (User, Buyer, 1)]);
    assert_eq!(summary.scenarios[0].right_share, Some(0.5));
    assert_eq!(summary.scenarios[1].right_share, Some(0.5));
    let standings: Vec<_> = summary
        .teams
        .iter()
        .map(|t| (t.name.as_str(), t.points))
        .collect();
    assert_eq!(
        standings,
        [("B", 4), ("A", 0)],
        "A: wrong, then as many wrong as right"
    );
}

#[test]
fn a_session_with_nothing_revealed_sums_to_nothing() {
    let lib = library();
    let session = Session::new(&lib, Selection::Set("care".into()), 1).expect("playable");
    let summary = session.summary(&lib);
    assert!(summary.scenarios.is_empty());
    assert!(summary.confusions.is_empty());
    assert!(summary.revisit.is_empty());
    assert!(summary.roles.iter().all(|r| r.asked == 0 && r.wrongly == 0));
    assert_eq!(summary.not_revealed, ["initiator"]);
    assert_eq!(
        summary_csv(&summary, Lang::En).lines().count(),
        1,
        "only the header"
    );
}

#[test]
fn a_revealed_scenario_without_votes_has_no_share() {
    let lib = library();
    let mut session = Session::new(&lib, Selection::Set("care".into()), 1).expect("playable");
    assert_eq!(session.start(), Ok(()));
    assert_eq!(session.reveal(), Ok(()));
    let summary = session.summary(&lib);
    assert_eq!(summary.scenarios[0].right_share, None);
    assert_eq!(summary.scenarios[0].top_wrong, None);
    assert!(summary.revisit.is_empty(), "no votes, no verdict");
    assert_eq!(summary.roles[Initiator.index()].asked, 1);
}

#[test]
fn the_csv_of_a_session_quotes_a_tricky_question() {
    let mut lib = library();
    lib.sets[1].scenarios[0].question = "Who starts it, \"really\"?\nThink first".into();
    let mut session = Session::new(&lib, Selection::Set("care".into()), 1).expect("playable");
    assert_eq!(session.start(), Ok(()));
    play(&mut session, &lib, &[(Initiator, 3), (Buyer, 1)]);
    assert_eq!(session.end(), Ok(()));
    let csv = summary_csv(&session.summary(&lib), Lang::En);
    assert!(
        csv.ends_with(
            "\r\ninitiator,\"Who starts it, \"\"really\"\"?\nThink first\",Initiator,4,75,Buyer,1\r\n"
        ),
        "{csv}"
    );
    assert_eq!(session.end(), Err(WorkshopError::Ended));
}
