//! The authoring rules on small hand-made sets: each rule catches what it is for, and
//! content that follows the rules passes.

use super::*;
use crate::chapter::Chapter;
use crate::lang::Lang;
use crate::role::Role::{self, *};
use crate::scenario::fixtures::{approach, scenario};
use crate::scenario::{Person, Profile};
use crate::text::Inline;

/// A role question about one named person, offering all six roles.
fn about(id: &str, name: &str, right: &[Role]) -> Scenario {
    let mut s = scenario(
        id,
        vec![Role::ALL.iter().map(|r| (*r, right.contains(r))).collect()],
    );
    s.parts[0].person = Some(Person {
        name: name.into(),
        about: vec![],
    });
    s
}

fn library(scenarios: Vec<Scenario>) -> Library {
    Library {
        lang: Lang::Nl,
        chapter: Chapter {
            title: "t".into(),
            intro: vec![],
            sections: vec![],
        },
        sets: vec![ScenarioSet {
            id: "set".into(),
            file: "set.md".into(),
            title: "Set".into(),
            description: None,
            scenarios,
        }],
    }
}

fn messages(library: &Library) -> Vec<String> {
    check(library).into_iter().map(|f| f.to_string()).collect()
}

#[test]
fn content_that_follows_the_rules_passes() {
    let mut step = approach("step", vec![Gatekeeper], false, &[true, false, false]);
    for choice in &mut step.parts[0].choices {
        choice.why.push(Inline::Link {
            to: LinkTarget::Section("portier".into()),
            children: vec![Inline::Text("portier".into())],
        });
    }
    let lib = library(vec![
        about("a", "Noor Bakker, officemanager", &[Buyer]),
        about("b", "Erik Dekker, directeur", &[Influencer, User]),
        about("c", "De planners", &[User]),
        step,
    ]);
    assert_eq!(messages(&lib), Vec::<String>::new());
}

#[test]
fn a_role_question_offers_all_six_roles() {
    let few = scenario("few", vec![vec![(Buyer, true), (User, false)]]);
    let mut few = few;
    few.parts[0].person = Some(Person {
        name: "Noor Bakker, inkoper".into(),
        about: vec![],
    });
    let found = messages(&library(vec![few]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("set.md:1: scenario 'few': offer all six roles"));
    assert!(found[0].contains("missing: Initiatiefnemer, Beïnvloeder, Portier, Beslisser"));
}

#[test]
fn a_role_question_names_its_person() {
    let mut anonymous = about("anon", "x", &[Buyer]);
    anonymous.parts[0].person = None;
    let found = messages(&library(vec![anonymous.clone()]));
    assert!(
        found[0].contains("say whom the question is about"),
        "{found:?}"
    );
    anonymous.profile = Some(Profile {
        name: "Sanne Doornbos".into(),
        headline: "Inkoper".into(),
        position: None,
        company: None,
        activity: vec![],
    });
    assert_eq!(messages(&library(vec![anonymous])), Vec::<String>::new());
}

#[test]
fn every_step_links_to_the_chapter() {
    let step = approach("step", vec![Gatekeeper], false, &[true, false, false]);
    let found = messages(&library(vec![step]));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].contains("the step 'Step 0' is explained without a link"));
}

#[test]
fn a_name_is_used_once() {
    let lib = library(vec![
        about("a", "Noor Bakker, officemanager", &[Buyer]),
        about("b", "Noor Dekker, directeur", &[User]),
        about("c", "Erik Bakker, planner", &[User]),
        about("d", "Noor Bakker, adviseur", &[Influencer]),
    ]);
    let found = messages(&lib);
    assert!(
        found.iter().any(|f| f.contains("'b'")
            && f.contains("the first name of 'Noor Dekker' is used for 'Noor Bakker' in 'a'")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.contains("'c'") && f.contains("the surname of 'Erik Bakker'")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.contains("'d'") && f.contains("the full name of 'Noor Bakker'")),
        "{found:?}"
    );
}

#[test]
fn another_scenario_may_not_name_someone() {
    let mut b = about("b", "Erik Dekker, directeur", &[User]);
    b.situation = vec![crate::text::Block::Paragraph(vec![Inline::Text(
        "Erik belt Noor Bakker.".into(),
    )])];
    let found = messages(&library(vec![
        about("a", "Noor Bakker, officemanager", &[Buyer]),
        b,
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("scenario 'b': names 'Noor Bakker', who belongs to 'a'"));
}

#[test]
fn stereotypes_take_the_first_match() {
    assert_eq!(stereotype("Directiesecretaresse"), Some(Gatekeeper));
    assert_eq!(stereotype("directeur inkoop"), Some(Buyer));
    assert_eq!(stereotype("Algemeen directeur"), Some(DecisionMaker));
    assert_eq!(stereotype("ICT-manager"), Some(Influencer));
    assert_eq!(stereotype("wijkverpleegkundige"), Some(User));
    assert_eq!(stereotype("huismeester"), None);
}

#[test]
fn the_title_test_scores_the_title_only_learner() {
    let scenarios = [
        // The title says buyer, and she is: the learner scores 1.
        about("a", "Noor Bakker, inkoper", &[Buyer]),
        // The title says gatekeeper; she is initiator and user: 0, and it misleads.
        about("b", "Ilse Aarts, directiesecretaresse", &[Initiator, User]),
        // The title says decision maker; he is decision maker and user: ½, and it misleads.
        about("c", "Erik Dekker, eigenaar", &[DecisionMaker, User]),
        // No stereotype: not guessable, but titled and misleading.
        about("d", "Wim Wouters, huismeester", &[Gatekeeper]),
        // A group without a title: not counted.
        about("e", "De planners", &[User]),
    ];
    let test = TitleTest::run(&scenarios);
    assert_eq!(test.titled, 4);
    assert_eq!(test.guessable, 3);
    assert!((test.score - 0.5).abs() < 1e-9, "{}", test.score);
    assert_eq!(test.misleading, 3);
    assert!(!test.too_predictable());
    let obvious = [about("a", "Noor Bakker, inkoper", &[Buyer])];
    assert!(TitleTest::run(&obvious).too_predictable());
}

#[test]
fn counts_follow_kinds_and_right_roles() {
    let case = scenario(
        "case",
        vec![
            vec![(Buyer, true), (User, true), (Initiator, true)],
            vec![(User, true)],
        ],
    );
    let scenarios = [
        about("a", "Noor Bakker, inkoper", &[Buyer]),
        about("b", "Erik Dekker, eigenaar", &[DecisionMaker, User]),
        case,
        approach("p", vec![DecisionMaker, User], true, &[true, false, false]),
        approach("q", vec![Gatekeeper], false, &[true, false, false]),
    ];
    let counts = Counts::of(&scenarios);
    assert_eq!(counts.scenarios, 5);
    assert_eq!(counts.right_in, [1, 0, 0, 1, 2, 3]);
    assert_eq!((counts.two_roles, counts.three_roles), (1, 1));
    assert_eq!(
        (
            counts.cases,
            counts.profiles,
            counts.approach,
            counts.persona
        ),
        (1, 0, 1, 1)
    );
    let short = counts.shortfalls(&QUOTA);
    assert!(
        short.contains(&"scenarios: 5, want at least 100".to_string()),
        "{short:?}"
    );
    assert!(counts.shortfalls(&counts).is_empty());
}
