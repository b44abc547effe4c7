//! The audience view: nothing of the answer before reveal, the answer after, and messages
//! that survive the channel. What the projector can show is all in the view, so the view
//! as text (its `Debug` form, every field and value) is what the checks for secrets read.

use super::*;
use crate::role::Role::{self, *};
use crate::scenario::fixtures::scenario;
use crate::scenario::Pick;
use crate::text::{Callout, LinkTarget};
use crate::workshop::fixtures::{letter_for, library};
use crate::workshop::{Selection, Teams};

/// A scenario whose every secret part is marked, with an id and a link that name the role.
fn secretive() -> Scenario {
    let mut s = scenario(
        "koper-secret",
        vec![vec![(Buyer, true), (DecisionMaker, false), (User, false)]],
    );
    s.question = "Who signs the contract?".into();
    s.section = "SECRET-SECTION".into();
    s.situation = vec![Block::Paragraph(vec![
        Inline::Text("Fatma negotiated ".into()),
        Inline::Link {
            to: LinkTarget::Section("koper".into()),
            children: vec![Inline::Strong(vec![Inline::Text("the deal".into())])],
        },
    ])];
    for (i, choice) in s.parts[0].choices.iter_mut().enumerate() {
        choice.why = vec![Inline::Text(format!("SECRET-WHY-{i}"))];
    }
    let callout = |kind, text: &str| {
        vec![Block::Quote {
            kind: Some(kind),
            blocks: vec![Block::Paragraph(vec![Inline::Text(text.into())])],
        }]
    };
    s.tip = Some(callout(Callout::Tip, "SECRET-TIP"));
    s.prompt = Some(callout(Callout::Note, "SECRET-PROMPT"));
    s
}

fn lib_with_secret() -> Library {
    let mut lib = library();
    lib.sets[1].scenarios.insert(0, secretive());
    lib
}

fn session_with_teams(lib: &Library) -> Session {
    let pick = Selection::Hand(vec!["contract".into(), "koper-secret".into()]);
    let mut session = Session::new(lib, pick, 3).expect("playable");
    assert_eq!(
        session.set_teams(Teams::new(["Rood", "Blauw"]).ok()),
        Ok(())
    );
    session
}

fn shown(session: &Session, lib: &Library) -> String {
    format!("{:?}", audience_view(session, lib))
}

fn pick(session: &mut Session, lib: &Library, team: usize, role: Role) {
    let letter = session
        .current()
        .map(|i| letter_for(i, lib, role))
        .unwrap_or(Letter::ALL[5]);
    assert_eq!(session.toggle_team_pick(team, letter), Ok(()));
}

#[test]
fn before_reveal_the_audience_view_holds_nothing_of_the_answer() {
    let lib = lib_with_secret();
    let mut session = session_with_teams(&lib);
    assert_eq!(session.start(), Ok(()));
    pick(&mut session, &lib, 0, Buyer);
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.next(), Ok(()));

    // The secretive scenario, in the question phase and while voting.
    let question_phase = shown(&session, &lib);
    pick(&mut session, &lib, 0, Buyer);
    pick(&mut session, &lib, 1, User);
    let voting_phase = shown(&session, &lib);
    for text in [&question_phase, &voting_phase] {
        assert!(text.contains("Who signs the contract?"), "{text}");
        assert!(text.contains("the deal"), "the link text stays: {text}");
        for secret in [
            "correct",
            "SECRET",
            "why",
            "tip",
            "prompt",
            "koper",
            "right_share",
        ] {
            assert!(
                !text.contains(secret),
                "'{secret}' leaked before reveal: {text}"
            );
        }
    }
    assert!(voting_phase.contains("ballots: 2"), "{voting_phase}");
    assert!(
        !voting_phase.contains("count: "),
        "no distribution before reveal"
    );

    // The scoreboard shows the revealed first scenario only.
    let view = audience_view(&session, &lib);
    let points: Vec<_> = view
        .scores
        .iter()
        .map(|s| (s.name.as_str(), s.points))
        .collect();
    assert_eq!(points, [("Rood", 2), ("Blauw", 0)]);
}

#[test]
fn after_reveal_the_answer_explanations_and_tip_are_shown() {
    let lib = lib_with_secret();
    let mut session = session_with_teams(&lib);
    assert_eq!(session.start(), Ok(()));
    assert_eq!(session.next(), Ok(()));
    pick(&mut session, &lib, 0, Buyer);
    pick(&mut session, &lib, 1, User);
    assert_eq!(session.reveal(), Ok(()));
    let text = shown(&session, &lib);
    for shown in [
        "correct: true",
        "SECRET-WHY-0",
        "SECRET-WHY-2",
        "SECRET-TIP",
    ] {
        assert!(
            text.contains(shown),
            "'{shown}' missing after reveal: {text}"
        );
    }
    for trainer_only in ["SECRET-PROMPT", "SECRET-SECTION", "koper"] {
        assert!(
            !text.contains(trainer_only),
            "'{trainer_only}' is for the console: {text}"
        );
    }
    let view = audience_view(&session, &lib);
    let Screen::Question(question) = &view.screen else {
        panic!("a question is on screen: {view:?}");
    };
    let reveal = question.reveal.as_ref().expect("revealed");
    assert_eq!(reveal.right_share, Some(0.5));
    let buyer = reveal
        .options
        .iter()
        .find(|o| o.pick == Pick::Role(Buyer))
        .expect("an option");
    assert!(buyer.correct);
    assert_eq!((buyer.count, buyer.percent), (1, 50));
    assert_eq!(view.scores[0].name, "Rood", "Rood leads with 2 points");
    assert_eq!(view.scores[0].points, 2);
}

#[test]
fn the_audience_sees_a_question_with_its_letters_and_timer() {
    let lib = lib_with_secret();
    let mut session = session_with_teams(&lib);
    assert_eq!(session.start(), Ok(()));
    session.timer_mut().start(1_000);
    let view = audience_view(&session, &lib);
    assert_eq!(view.lang, Lang::En);
    let Screen::Question(question) = view.screen else {
        panic!("a question is on screen");
    };
    assert_eq!((question.number, question.total), (1, 2));
    assert_eq!(question.phase, Phase::Question);
    assert_eq!(question.timer.remaining(11_000), 50_000);
    let letters: String = question
        .options
        .iter()
        .map(|o| o.letter.as_char())
        .collect();
    assert_eq!(letters, "ABCD");
    let order = &session.items()[0].order;
    let roles: Vec<Pick> = question.options.iter().map(|o| o.pick).collect();
    let expected: Vec<Pick> = lettered(&crate::workshop::fixtures::contract(), order)
        .into_iter()
        .map(|(_, c)| c.pick)
        .collect();
    assert_eq!(roles, expected, "the same letters as the console");
}

#[test]
fn the_lobby_waits_and_the_end_shows_the_summary() {
    let lib = lib_with_secret();
    let mut session = session_with_teams(&lib);
    assert_eq!(
        audience_view(&session, &lib).screen,
        Screen::Waiting { scenarios: 2 }
    );
    assert_eq!(session.start(), Ok(()));
    assert_eq!(session.reveal(), Ok(()));
    assert_eq!(session.end(), Ok(()));
    let view = audience_view(&session, &lib);
    let Screen::Summary(summary) = view.screen else {
        panic!("the summary is on screen");
    };
    assert_eq!(summary.scenarios.len(), 1);
    assert!(
        summary.not_revealed.is_empty(),
        "unrevealed ids stay on the console"
    );
    assert!(!shown(&session, &lib).contains("koper"));
}

#[test]
fn a_missing_scenario_shows_the_waiting_screen() {
    let lib = lib_with_secret();
    let mut session = session_with_teams(&lib);
    assert_eq!(session.start(), Ok(()));
    let view = audience_view(&session, &library().clone_without("contract"));
    assert_eq!(view.screen, Screen::Waiting { scenarios: 2 });
}

#[test]
fn messages_survive_the_channel() {
    let lib = lib_with_secret();
    let mut session = session_with_teams(&lib);
    assert_eq!(session.start(), Ok(()));
    let state = SyncMessage::Session(Box::new(Published {
        lang: Lang::Nl,
        generation: 3,
        session,
    }));
    for message in [
        SyncMessage::Hello,
        SyncMessage::Cleared { generation: 4 },
        state,
    ] {
        let text = message.to_json().unwrap_or_default();
        assert_eq!(SyncMessage::from_json(&text), Some(message));
    }
    assert_eq!(
        SyncMessage::Hello.to_json().ok().as_deref(),
        Some("\"hello\"")
    );
    assert_eq!(
        SyncMessage::Cleared { generation: 4 }
            .to_json()
            .ok()
            .as_deref(),
        Some("{\"cleared\":{\"generation\":4}}")
    );
    assert_eq!(SyncMessage::from_json("\"launch\""), None);
    // A window of the version before, which tagged its messages apart from their content.
    assert_eq!(SyncMessage::from_json("{\"type\":\"hello\"}"), None);
    assert_eq!(SyncMessage::from_json("not json"), None);
    assert_eq!(CHANNEL, "dmu-trainer.workshop");
}

/// A library without one scenario, as after a content change.
trait Without {
    fn clone_without(&self, id: &str) -> Library;
}

impl Without for Library {
    fn clone_without(&self, id: &str) -> Library {
        let mut lib = self.clone();
        for set in &mut lib.sets {
            set.scenarios.retain(|s| s.id != id);
        }
        lib
    }
}

#[test]
fn the_projector_never_goes_back_to_an_older_change() {
    let lib = library();
    let session = Session::new(&lib, Selection::Set("industry".into()), 7).expect("a session");
    let state = SyncMessage::showing(Lang::En, 5, Some(session));
    assert!(matches!(&state, SyncMessage::Session(p) if p.generation == 5 && p.lang == Lang::En));
    assert_eq!(
        SyncMessage::showing(Lang::En, 3, None),
        SyncMessage::Cleared { generation: 3 }
    );
    assert!(is_current(&state, 5));
    assert!(is_current(&state, 4));
    assert!(!is_current(&state, 6));
    assert!(!is_current(&SyncMessage::Cleared { generation: 3 }, 4));
    assert!(!is_current(&SyncMessage::Hello, 0));
}
