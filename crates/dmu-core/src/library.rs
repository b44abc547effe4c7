//! A language's whole content (the chapter and the scenario sets), and the checks that
//! span files: unique ids across sets, and translations that agree with each other.

use crate::chapter::Chapter;
use crate::lang::Lang;
use crate::scenario::{Scenario, ScenarioSet};
use serde::{Deserialize, Serialize};

/// Everything the app shows in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub lang: Lang,
    pub chapter: Chapter,
    pub sets: Vec<ScenarioSet>,
}

impl Library {
    /// Every scenario, in file order.
    pub fn scenarios(&self) -> impl Iterator<Item = &Scenario> {
        self.sets.iter().flat_map(|set| set.scenarios.iter())
    }

    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios().find(|s| s.id == id)
    }

    pub fn set(&self, id: &str) -> Option<&ScenarioSet> {
        self.sets.iter().find(|s| s.id == id)
    }

    /// The first scenario id used in two places, with both set ids.
    pub fn duplicate_scenario_id(&self) -> Option<(&str, &str, &str)> {
        let all: Vec<(&str, &str)> = self
            .sets
            .iter()
            .flat_map(|set| {
                set.scenarios
                    .iter()
                    .map(move |s| (s.id.as_str(), set.id.as_str()))
            })
            .collect();
        all.iter().enumerate().find_map(|(i, (id, set))| {
            all[..i]
                .iter()
                .find(|(other, _)| other == id)
                .map(|(_, first_set)| (*id, *first_set, *set))
        })
    }
}

/// Checks that `translation` says the same as `original`: the same sections (by role and
/// position), the same sets and scenarios by id, the same options and right answers. A
/// translated explanation may differ in words, never in which answer is right.
pub fn check_translation(original: &Library, translation: &Library) -> Result<(), String> {
    let (a, b) = (&original.chapter, &translation.chapter);
    if a.sections.len() != b.sections.len() {
        return Err(format!(
            "the {} chapter has {} sections, the {} one {}",
            original.lang.code(),
            a.sections.len(),
            translation.lang.code(),
            b.sections.len()
        ));
    }
    for (x, y) in a.sections.iter().zip(&b.sections) {
        if x.role != y.role {
            return Err(format!(
                "section '#{}' and its translation '#{}' are about different roles",
                x.id, y.id
            ));
        }
    }
    let ids = |l: &Library| l.sets.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    if ids(original) != ids(translation) {
        return Err(format!(
            "scenario sets differ: {} has {:?}, {} has {:?}",
            original.lang.code(),
            ids(original),
            translation.lang.code(),
            ids(translation)
        ));
    }
    for scenario in original.scenarios() {
        let Some(other) = translation.scenario(&scenario.id) else {
            return Err(format!(
                "scenario '{}' has no {} translation",
                scenario.id,
                translation.lang.code()
            ));
        };
        let section_pos =
            |l: &Library, id: &str| l.chapter.sections.iter().position(|s| s.id == id);
        if section_pos(original, &scenario.section) != section_pos(translation, &other.section) {
            return Err(format!(
                "scenario '{}' links to different sections in its translations",
                scenario.id
            ));
        }
        let shape = |s: &Scenario| {
            s.parts
                .iter()
                .map(|p| {
                    p.choices
                        .iter()
                        .map(|c| (c.pick, c.correct))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        let names = |s: &Scenario| {
            let profile = s.profile.as_ref().map(|p| p.name.clone());
            // A named person has a job title after the comma; a group is translated.
            let people = s.parts.iter().flat_map(|p| &p.person);
            let people = people.filter(|p| p.title().is_some());
            let people = people.map(|p| p.full_name().to_string());
            profile.into_iter().chain(people).collect::<Vec<_>>()
        };
        if names(scenario) != names(other) {
            return Err(format!(
                "scenario '{}' names other people in {} ({:?}) than in {} ({:?}): keep names as they are",
                scenario.id,
                translation.lang.code(),
                names(other),
                original.lang.code(),
                names(scenario)
            ));
        }
        if shape(scenario) != shape(other)
            || scenario.profile.is_some() != other.profile.is_some()
            || scenario.approach != other.approach
        {
            return Err(format!(
                "scenario '{}' has other options or right answers in {} than in {}",
                scenario.id,
                translation.lang.code(),
                original.lang.code()
            ));
        }
    }
    if let Some(extra) = translation
        .scenarios()
        .find(|s| original.scenario(&s.id).is_none())
    {
        return Err(format!(
            "scenario '{}' exists only in {}",
            extra.id,
            translation.lang.code()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chapter::Section;
    use crate::role::Role;
    use crate::scenario::fixtures::scenario;

    fn library(lang: Lang, section: &str, scenarios: Vec<Scenario>) -> Library {
        Library {
            lang,
            chapter: Chapter {
                title: "t".into(),
                intro: vec![],
                sections: vec![Section {
                    id: section.into(),
                    title: "k".into(),
                    role: Some(Role::Buyer),
                    blocks: vec![],
                }],
            },
            sets: vec![ScenarioSet {
                file: String::new(),
                id: "set".into(),
                title: "Set".into(),
                description: None,
                scenarios,
            }],
        }
    }

    fn contract(right: Role) -> Scenario {
        let mut s = scenario(
            "contract",
            vec![vec![
                (Role::Buyer, right == Role::Buyer),
                (Role::User, right == Role::User),
            ]],
        );
        s.section = "koper".into();
        s
    }

    #[test]
    fn a_faithful_translation_passes() {
        let nl = library(Lang::Nl, "koper", vec![contract(Role::Buyer)]);
        let mut en_scenario = contract(Role::Buyer);
        en_scenario.section = "buyer".into();
        let en = library(Lang::En, "buyer", vec![en_scenario]);
        assert_eq!(check_translation(&nl, &en), Ok(()));
    }

    #[test]
    fn a_translation_with_another_right_answer_fails() {
        let nl = library(Lang::Nl, "koper", vec![contract(Role::Buyer)]);
        let en = library(Lang::En, "koper", vec![contract(Role::User)]);
        let error = check_translation(&nl, &en).unwrap_err();
        assert!(error.contains("other options or right answers"), "{error}");
    }

    #[test]
    fn a_missing_translation_fails() {
        let nl = library(Lang::Nl, "koper", vec![contract(Role::Buyer)]);
        let en = library(Lang::En, "koper", vec![]);
        assert!(check_translation(&nl, &en)
            .unwrap_err()
            .contains("no en translation"));
        assert!(check_translation(&en, &nl)
            .unwrap_err()
            .contains("exists only in nl"));
    }

    #[test]
    fn duplicate_ids_across_sets_are_found() {
        let mut lib = library(Lang::Nl, "koper", vec![contract(Role::Buyer)]);
        let mut second = lib.sets[0].clone();
        second.id = "other".into();
        lib.sets.push(second);
        assert_eq!(
            lib.duplicate_scenario_id(),
            Some(("contract", "set", "other"))
        );
    }
}
