//! Checks the app's real content folder: every file parses, the translations agree, and
//! the quiz has what the issue promises (counts per role and per question type).

#![cfg(feature = "markdown")]

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
fn the_quiz_has_the_promised_scenarios() {
    let library = dutch();
    let scenarios: Vec<_> = library.scenarios().collect();
    assert!(
        scenarios.len() >= 60,
        "{} scenarios, want at least 60",
        scenarios.len()
    );
    for role in Role::ALL {
        let count = scenarios.iter().filter(|s| s.practises(role)).count();
        assert!(
            count >= 8,
            "{role:?} is the right answer in {count} scenarios, want at least 8"
        );
    }
    let two_roles = scenarios
        .iter()
        .filter(|s| s.parts.len() == 1 && s.parts[0].right_roles().len() == 2)
        .count();
    assert!(
        two_roles >= 10,
        "{two_roles} scenarios with two right roles, want at least 10"
    );
    let cases: Vec<_> = scenarios
        .iter()
        .filter(|s| s.kind() == Kind::Matrix)
        .collect();
    assert!(cases.len() >= 4, "{} cases, want at least 4", cases.len());
    for case in cases {
        assert!(
            (3..=6).contains(&case.parts.len()),
            "case {} has {} people",
            case.id,
            case.parts.len()
        );
    }
    let profiles = scenarios
        .iter()
        .filter(|s| s.kind() == Kind::Profile)
        .count();
    assert!(
        profiles >= 12,
        "{profiles} LinkedIn profiles, want at least 12"
    );
}

#[test]
fn who_signs_the_contract_is_the_buyer() {
    let library = dutch();
    let contract = library
        .scenarios()
        .find(|s| s.question == "Wie tekent het contract?")
        .expect("a scenario asks plainly 'Wie tekent het contract?'");
    assert_eq!(contract.kind(), Kind::Single);
    assert_eq!(contract.right_roles(), vec![Role::Buyer]);
}

#[test]
fn every_option_explains_itself() {
    for library in libraries() {
        for scenario in library.scenarios() {
            for choice in scenario.parts.iter().flat_map(|p| &p.choices) {
                let why = dmu_core::text::plain_text(&choice.why);
                assert!(
                    why.trim().len() >= 10,
                    "{}: option {:?} explains too little: '{why}'",
                    scenario.id,
                    choice.role
                );
            }
        }
    }
}
