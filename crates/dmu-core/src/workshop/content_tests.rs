//! The workshop over the app's real content (feature `markdown`): every set can be played,
//! only cases are left out, both languages show the same letters, and no built-in scenario
//! leaks its answer to the projector before reveal.

use super::*;
use crate::lang::Lang;
use crate::library::Library;
use crate::parse::load_content;
use crate::role::Role;
use crate::scenario::Kind;
use crate::text::plain_text;
use std::path::Path;

fn libraries() -> Vec<Library> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    load_content(&root).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn every_set_plays_and_only_cases_are_left_out() {
    for library in libraries() {
        for set in &library.sets {
            let session = Session::new(&library, Selection::Set(set.id.clone()), 1);
            let session = session.unwrap_or_else(|e| panic!("{}: {e}", set.id));
            assert_eq!(session.verify(&library), Ok(()));
            for skipped in session.skipped() {
                assert_eq!(skipped.reason, SkipReason::Case, "{}", skipped.id);
                let kind = library.scenario(&skipped.id).map(|s| s.kind());
                assert_eq!(kind, Some(Kind::Matrix));
            }
        }
    }
}

#[test]
fn both_languages_give_the_same_letters() {
    let libraries = libraries();
    let session = |lang: Lang| {
        let library = libraries
            .iter()
            .find(|l| l.lang == lang)
            .expect("a library");
        let ids = library.scenarios().map(|s| s.id.clone()).collect();
        let session = Session::new(library, Selection::Hand(ids), 42).expect("playable");
        assert_eq!(session.verify(library), Ok(()));
        session
    };
    assert_eq!(session(Lang::Nl).items(), session(Lang::En).items());
}

#[test]
fn no_built_in_scenario_leaks_its_answer_before_reveal() {
    for library in libraries() {
        let ids = library.scenarios().map(|s| s.id.clone()).collect();
        let mut session = Session::new(&library, Selection::Hand(ids), 9).expect("playable");
        assert_eq!(session.start(), Ok(()));
        while let Some(item) = session.current().cloned() {
            let scenario = library.scenario(&item.scenario).expect("in the library");
            // Everything the projector can show, field names and values.
            let shown = format!("{:?}", audience_view(&session, &library));
            assert!(!shown.contains("correct"), "{}", item.scenario);
            assert!(!shown.contains("section: "), "{}", item.scenario);
            assert!(
                !shown.contains(&item.scenario),
                "the id stays on the console"
            );
            // An English anchor may equal a role key, which every option shows anyway.
            let anchor = format!("\"{}\"", scenario.section);
            let is_role_key = Role::ALL.iter().any(|r| r.key() == scenario.section);
            assert!(is_role_key || !shown.contains(&anchor), "{}", item.scenario);
            for choice in scenario.parts.iter().flat_map(|p| &p.choices) {
                let why = plain_text(&choice.why);
                assert!(!shown.contains(&why), "{}: {why}", item.scenario);
            }
            assert_eq!(session.reveal(), Ok(()));
            let revealed = audience_view(&session, &library);
            assert!(format!("{revealed:?}").contains("correct: true"));
            assert_eq!(session.next(), Ok(()));
        }
        assert_eq!(session.stage(), Stage::Summary);
    }
}
