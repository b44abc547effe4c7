//! Checks the app's real content folder: every file parses, the translations agree, and
//! the quiz has what the issue promises (counts per role and per question type).

#![cfg(feature = "markdown")]

use dmu_core::authoring::{self, Counts, TitleTest, QUOTA};
use dmu_core::library::Library;
use dmu_core::parse::load_content;
use dmu_core::scenario::Kind;
use dmu_core::text::{visit_links, LinkTarget};
use dmu_core::{Lang, Role};
use std::path::Path;

fn libraries() -> Vec<Library> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    load_content(&root).unwrap_or_else(|error| panic!("{error}"))
}

fn dutch() -> Library {
    libraries()
        .into_iter()
        .find(|l| l.lang == Lang::Nl)
        .unwrap()
}

#[test]
fn every_content_file_parses_and_translations_agree() {
    let libraries = libraries();
    assert_eq!(libraries.len(), 2);
    assert_eq!(libraries[0].lang, Lang::Nl);
    assert_eq!(libraries[1].lang, Lang::En);
}

#[test]
fn both_chapters_have_all_six_roles_with_cards() {
    for library in libraries() {
        let cards = library.chapter.role_cards();
        let roles: Vec<Role> = cards.iter().map(|c| c.role).collect();
        assert_eq!(roles, Role::ALL.to_vec(), "{:?}", library.lang);
    }
}

#[test]
fn the_dutch_anchors_are_the_ones_the_issue_names() {
    let library = dutch();
    let anchors = library.chapter.anchors();
    for anchor in [
        "initiatiefnemer",
        "beinvloeder",
        "portier",
        "beslisser",
        "koper",
        "gebruiker",
    ] {
        assert!(anchors.contains(&anchor), "missing #{anchor}");
    }
}

#[test]
fn linkedin_cues_from_the_source_are_on_the_cards() {
    for library in libraries() {
        let chapter = &library.chapter;
        for role in [Role::Influencer, Role::Gatekeeper, Role::DecisionMaker] {
            let card = chapter.role_section(role).and_then(|s| s.card()).unwrap();
            assert!(
                card.linkedin.is_some(),
                "{:?} card of {:?} lacks its LinkedIn cue",
                library.lang,
                role
            );
        }
    }
}

#[test]
fn every_link_in_every_scenario_resolves() {
    for library in libraries() {
        let anchors = library.chapter.anchors();
        for scenario in library.scenarios() {
            assert!(
                anchors.contains(&scenario.section.as_str()),
                "{}: section '{}'",
                scenario.id,
                scenario.section
            );
            let mut blocks = scenario.situation.clone();
            blocks.extend(scenario.tip.clone().unwrap_or_default());
            for part in &scenario.parts {
                blocks.push(dmu_core::text::Block::Paragraph(
                    part.choices.iter().flat_map(|c| c.why.clone()).collect(),
                ));
            }
            visit_links(&blocks, &mut |to| {
                if let LinkTarget::Section(anchor) = to {
                    assert!(
                        anchors.contains(&anchor.as_str()),
                        "{}: link #{anchor}",
                        scenario.id
                    );
                }
            });
        }
    }
}

#[test]
fn every_scenario_follows_the_authoring_rules() {
    for library in libraries() {
        let findings = authoring::check(&library);
        let list: Vec<String> = findings.iter().map(ToString::to_string).collect();
        assert!(list.is_empty(), "{}", list.join("\n"));
    }
}

#[test]
fn the_quiz_has_what_it_promises_per_role_and_type() {
    let library = dutch();
    let counts = Counts::of(library.scenarios());
    println!("{counts:?}");
    let short = counts.shortfalls(&QUOTA);
    assert!(short.is_empty(), "{}", short.join("\n"));
    assert!(
        library.sets.len() >= 6,
        "{} sets, want at least 6",
        library.sets.len()
    );
    for case in library.scenarios().filter(|s| s.kind() == Kind::Matrix) {
        assert!(
            (3..=6).contains(&case.parts.len()),
            "case {} has {} people",
            case.id,
            case.parts.len()
        );
    }
}

#[test]
fn a_job_title_is_a_poor_predictor_of_the_role() {
    for library in libraries() {
        let test = TitleTest::run(library.scenarios());
        println!(
            "{:?}: title-only learner scores {:.0}% on {} parts; {} of {} titled people hold a role their title does not suggest",
            library.lang,
            test.score * 100.0,
            test.guessable,
            test.misleading,
            test.titled
        );
        assert!(test.titled >= 60, "{test:?}");
        assert!(!test.too_predictable(), "{test:?}");
    }
}

#[test]
fn every_set_mixes_products_with_approach_questions_and_profiles() {
    for set in &dutch().sets {
        let kinds: Vec<Kind> = set.scenarios.iter().map(|s| s.kind()).collect();
        for kind in [Kind::Approach, Kind::Profile] {
            assert!(
                kinds.contains(&kind),
                "set {} has no {kind:?} question",
                set.id
            );
        }
    }
}

#[test]
fn who_signs_the_contract_is_the_buyer() {
    for library in libraries() {
        let contract = library
            .scenario("wie-tekent-het-contract")
            .expect("the contract scenario keeps its id");
        assert_eq!(contract.right_roles(), vec![Role::Buyer]);
        let text: String = contract
            .parts
            .iter()
            .filter_map(|p| p.person.as_ref())
            .flat_map(|p| p.about.iter())
            .chain(&contract.situation)
            .filter_map(|b| match b {
                dmu_core::text::Block::Paragraph(inlines) => {
                    Some(dmu_core::text::plain_text(inlines))
                }
                _ => None,
            })
            .collect();
        let signs = match library.lang {
            Lang::Nl => "tekent het contract",
            Lang::En => "signs the contract",
        };
        assert!(text.contains(signs), "{:?}: {text}", library.lang);
    }
}

#[test]
fn every_option_explains_itself() {
    for library in libraries() {
        for scenario in library.scenarios() {
            for choice in scenario.parts.iter().flat_map(|p| &p.choices) {
                let why = dmu_core::text::plain_text(&choice.why);
                assert!(
                    why.trim().len() >= 10,
                    "{}: option {} explains too little: '{why}'",
                    scenario.id,
                    choice.key()
                );
            }
        }
    }
}
