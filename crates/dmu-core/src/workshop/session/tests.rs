//! The session state machine: making a playlist, the transitions and their guards, votes,
//! team scores, and resuming from JSON.

use super::*;
use crate::role::Role::{self, *};
use crate::workshop::fixtures::{letter_for, library};
use crate::workshop::SkipReason;

fn set_session() -> Session {
    Session::new(&library(), Selection::Set("industry".into()), 7)
        .expect("industry has playable scenarios")
}

fn started() -> Session {
    let mut session = set_session();
    assert_eq!(session.start(), Ok(()));
    session
}

fn letter(session: &Session, role: Role) -> Letter {
    let item = session.current().or(session.items().first());
    item.map(|i| letter_for(i, &library(), role))
        .unwrap_or(Letter::ALL[5])
}

fn ids(session: &Session) -> Vec<&str> {
    session
        .items()
        .iter()
        .map(|i| i.scenario.as_str())
        .collect()
}

#[test]
fn a_new_session_waits_in_the_lobby_with_its_playlist() {
    let session = set_session();
    assert_eq!(session.stage(), Stage::Lobby);
    assert_eq!(ids(&session), ["contract", "tester", "profile"]);
    assert_eq!(session.skipped()[0].reason, SkipReason::Case);
    assert!(session.items().iter().all(|i| i.phase == Phase::Question));
    assert_eq!(session.current(), None);
    assert_eq!(
        session.upcoming().map(|i| i.scenario.as_str()),
        Some("contract")
    );
}

#[test]
fn a_choice_with_nothing_playable_is_refused() {
    let lib = library();
    let only_case = Session::new(&lib, Selection::Hand(vec!["case".into()]), 1);
    assert_eq!(only_case, Err(WorkshopError::NothingToPlay));
    let nobody = Session::new(&lib, Selection::Role(Gatekeeper), 1);
    assert_eq!(nobody, Err(WorkshopError::NothingToPlay));
    let unknown = Session::new(&lib, Selection::Set("nope".into()), 1);
    assert_eq!(unknown, Err(WorkshopError::UnknownSet("nope".into())));
}

#[test]
fn options_are_shuffled_by_the_seed_and_fixed_for_the_session() {
    let lib = library();
    let order = |seed| {
        Session::new(&lib, Selection::Hand(vec!["contract".into()]), seed)
            .map(|s| s.items()[0].order.clone())
            .unwrap_or_default()
    };
    let mut sorted = order(3);
    crate::order::sort(&mut sorted);
    assert_eq!(sorted, [0, 1, 2, 3], "a permutation of the options");
    assert_eq!(order(3), order(3));
    let orders: Vec<Vec<usize>> = (0..8).map(order).collect();
    assert!(
        orders.iter().any(|o| *o != orders[0]),
        "seeds give other orders"
    );
}

#[test]
fn nothing_happens_before_the_start() {
    let mut session = set_session();
    let before = session.clone();
    assert_eq!(session.reveal(), Err(WorkshopError::NotStarted));
    assert_eq!(session.open_voting(), Err(WorkshopError::NotStarted));
    assert_eq!(session.next(), Err(WorkshopError::NotStarted));
    assert_eq!(session.previous(), Err(WorkshopError::NotStarted));
    assert_eq!(session.end(), Err(WorkshopError::NotStarted));
    assert_eq!(
        session.add_vote(Letter::ALL[0]),
        Err(WorkshopError::NotStarted)
    );
    assert_eq!(session.clear_votes(), Err(WorkshopError::NotStarted));
    assert_eq!(session, before);
}

#[test]
fn a_whole_session_from_start_to_summary() {
    let mut session = started();
    assert_eq!(session.stage(), Stage::Playing(0));
    assert_eq!(session.start(), Err(WorkshopError::AlreadyStarted));

    // Scenario 1: votes open voting, reveal once.
    assert_eq!(session.current().map(|i| i.phase), Some(Phase::Question));
    let buyer = letter(&session, Buyer);
    assert_eq!(session.set_count(buyer, 9), Ok(()));
    assert_eq!(session.current().map(|i| i.phase), Some(Phase::Voting));
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.reveal(), Err(WorkshopError::AlreadyRevealed));
    assert_eq!(session.open_voting(), Err(WorkshopError::AlreadyRevealed));

    // Scenario 2: open voting by hand.
    assert_eq!(session.next(), Ok(()));
    assert_eq!(session.stage(), Stage::Playing(1));
    assert_eq!(session.open_voting(), Ok(()));
    assert_eq!(session.current().map(|i| i.phase), Some(Phase::Voting));
    assert_eq!(session.reveal(), Ok(()));

    // Scenario 3, then next after the last: the summary.
    assert_eq!(session.next(), Ok(()));
    assert_eq!(session.upcoming(), None);
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.next(), Ok(()));
    assert_eq!(session.stage(), Stage::Summary);

    for refused in [
        session.next(),
        session.reveal(),
        session.end(),
        session.start(),
        session.add_vote(buyer),
    ] {
        assert_eq!(refused, Err(WorkshopError::Ended));
    }
    assert_eq!(session.summary(&library()).scenarios.len(), 3);
}

#[test]
fn previous_goes_back_and_keeps_what_was_revealed() {
    let mut session = started();
    assert_eq!(session.previous(), Err(WorkshopError::AtFirst));
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.next(), Ok(()));
    assert_eq!(session.previous(), Ok(()));
    assert_eq!(session.stage(), Stage::Playing(0));
    assert_eq!(session.current().map(|i| i.phase), Some(Phase::Revealed));
}

#[test]
fn end_early_and_step_back_from_the_summary() {
    let mut session = started();
    assert_eq!(session.next(), Ok(()), "a scenario can be skipped");
    assert_eq!(session.end(), Ok(()));
    assert_eq!(session.stage(), Stage::Summary);
    assert_eq!(session.previous(), Ok(()));
    assert_eq!(
        session.stage(),
        Stage::Playing(2),
        "back to the last scenario"
    );
    let summary = session.summary(&library());
    assert!(summary.scenarios.is_empty(), "nothing was revealed");
    assert_eq!(summary.not_revealed.len(), 3);
}

#[test]
fn a_letter_beyond_the_options_is_refused_and_changes_nothing() {
    let lib = library();
    let mut session =
        Session::new(&lib, Selection::Hand(vec!["profile".into()]), 1).expect("playable");
    assert_eq!(session.start(), Ok(()));
    let before = session.clone();
    let c = Letter::ALL[2];
    assert_eq!(
        session.add_vote(c),
        Err(WorkshopError::NoSuchLetter {
            letter: c,
            options: 2
        })
    );
    assert_eq!(session, before, "the phase did not move to voting either");
}

#[test]
fn room_votes_are_typed_removed_and_cleared() {
    let mut session = started();
    let b = letter(&session, Buyer);
    for _ in 0..3 {
        assert_eq!(session.add_vote(b), Ok(()));
    }
    assert_eq!(session.remove_vote(b), Ok(()));
    assert_eq!(session.current().map(|i| i.votes.count(b)), Some(2));
    assert_eq!(session.clear_votes(), Ok(()));
    assert_eq!(session.current().map(|i| i.votes.ballots()), Some(0));
}

#[test]
fn votes_can_be_corrected_after_reveal() {
    let mut session = started();
    let b = letter(&session, Buyer);
    assert_eq!(session.set_count(b, 5), Ok(()));
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.set_count(b, 6), Ok(()));
    assert_eq!(
        session.current().map(|i| (i.phase, i.votes.count(b))),
        Some((Phase::Revealed, 6))
    );
}

#[test]
fn moving_on_resets_the_timer() {
    let mut session = started();
    session.timer_mut().set_length(45_000);
    session.timer_mut().start(1_000);
    assert!(session.timer().is_running(2_000));
    assert_eq!(session.next(), Ok(()));
    assert_eq!(session.timer().remaining(99_000), 45_000);
    assert!(!session.timer().is_running(99_000));
}

#[test]
fn the_trainer_reorders_in_the_lobby_only() {
    let mut session = set_session();
    assert_eq!(session.move_item(2, 0), Ok(()));
    assert_eq!(ids(&session), ["profile", "contract", "tester"]);
    assert_eq!(
        session.move_item(0, 3),
        Err(WorkshopError::NoSuchPosition(3))
    );
    assert_eq!(session.start(), Ok(()));
    assert_eq!(session.move_item(0, 1), Err(WorkshopError::AlreadyStarted));
}

#[test]
fn teams_are_set_in_the_lobby_and_vote_by_team() {
    let mut session = set_session();
    let teams = Teams::new(["Rood", "Blauw"]).ok();
    assert_eq!(session.set_teams(teams.clone()), Ok(()));
    assert!(session.items().iter().all(|i| i.votes == Votes::teams(2)));
    assert_eq!(session.start(), Ok(()));
    assert_eq!(session.set_teams(None), Err(WorkshopError::AlreadyStarted));
    let b = letter(&session, Buyer);
    let before = session.clone();
    assert_eq!(session.add_vote(b), Err(WorkshopError::TeamVotesOnly));
    assert_eq!(
        session.toggle_team_pick(2, b),
        Err(WorkshopError::NoSuchTeam(2))
    );
    assert_eq!(session, before, "a refused vote does not open voting");
    assert_eq!(session.toggle_team_pick(1, b), Ok(()));
    assert_eq!(session.current().map(|i| i.phase), Some(Phase::Voting));
}

#[test]
fn room_sessions_refuse_team_picks() {
    let mut session = started();
    let b = letter(&session, Buyer);
    assert_eq!(
        session.toggle_team_pick(0, b),
        Err(WorkshopError::RoomVotesOnly)
    );
}

#[test]
fn team_scores_count_revealed_scenarios_only() {
    let lib = library();
    let mut session = set_session();
    assert_eq!(
        session.set_teams(Teams::new(["Rood", "Blauw"]).ok()),
        Ok(())
    );
    assert_eq!(session.start(), Ok(()));
    // contract: Rood right (2), Blauw wrong (0).
    assert_eq!(session.toggle_team_pick(0, letter(&session, Buyer)), Ok(()));
    assert_eq!(session.toggle_team_pick(1, letter(&session, User)), Ok(()));
    let points = |s: &Session| s.scores(&lib).iter().map(|t| t.points).collect::<Vec<_>>();
    assert_eq!(points(&session), [0, 0], "nothing counts before reveal");
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(points(&session), [2, 0]);
    // tester (User and Influencer right): Rood partly (1), Blauw right (2).
    assert_eq!(session.next(), Ok(()));
    assert_eq!(session.toggle_team_pick(0, letter(&session, User)), Ok(()));
    for role in [User, Influencer] {
        assert_eq!(session.toggle_team_pick(1, letter(&session, role)), Ok(()));
    }
    assert_eq!(session.reveal(), Ok(()));
    let scores = session.scores(&lib);
    assert_eq!(points(&session), [3, 2]);
    assert_eq!((scores[0].right, scores[0].partly), (1, 1));
    assert_eq!((scores[1].right, scores[1].partly), (1, 0));
    assert_eq!(scores[1].name, "Blauw");
    assert!(started().scores(&lib).is_empty(), "no teams, no scores");
}

#[test]
fn a_session_survives_json_mid_scenario() {
    let mut session = started();
    assert_eq!(session.add_vote(letter(&session, Buyer)), Ok(()));
    session.timer_mut().start(5_000);
    let json = serde_json::to_string(&session).unwrap_or_default();
    let back: Option<Session> = serde_json::from_str(&json).ok();
    assert_eq!(back.as_ref(), Some(&session));
    assert_eq!(back.map(|s| s.verify(&library())), Some(Ok(())));
}

#[test]
fn verify_catches_content_that_changed_under_a_stored_session() {
    let session = started();
    let mut lib = library();
    lib.sets[0].scenarios.retain(|s| s.id != "tester");
    assert_eq!(
        session.verify(&lib),
        Err(WorkshopError::MissingScenario("tester".into()))
    );

    let mut lib = library();
    if let Some(part) = lib.sets[0].scenarios[0].parts.first_mut() {
        part.choices.pop();
    }
    assert_eq!(
        session.verify(&lib),
        Err(WorkshopError::OptionsChanged("contract".into()))
    );

    // An order that names one option twice is not a way to show the options either.
    let mut repeated = session.clone();
    repeated.items[0].order.push(0);
    assert!(matches!(
        repeated.verify(&library()),
        Err(WorkshopError::OptionsChanged(_))
    ));
}

#[test]
fn a_damaged_stored_session_never_panics() {
    let json = serde_json::to_string(&started()).unwrap_or_default();
    let damaged = json.replace("{\"playing\":0}", "{\"playing\":99}");
    let mut session: Session = serde_json::from_str(&damaged).expect("still valid JSON");
    assert!(matches!(
        session.verify(&library()),
        Err(WorkshopError::Inconsistent(_))
    ));
    assert_eq!(session.current(), None);
    assert_eq!(session.reveal(), Err(WorkshopError::Ended));
    assert_eq!(session.add_vote(Letter::ALL[0]), Err(WorkshopError::Ended));
    assert_eq!(session.next(), Ok(()), "next leads out to the summary");
    assert_eq!(session.stage(), Stage::Summary);

    let teams_json = json.replace("\"teams\":null", "\"teams\":{\"names\":[\"A\",\"B\"]}");
    let mismatched: Session = serde_json::from_str(&teams_json).expect("valid JSON");
    assert!(matches!(
        mismatched.verify(&library()),
        Err(WorkshopError::Inconsistent(_))
    ));
    assert!(mismatched.scores(&library()).iter().all(|s| s.points == 0));
}
