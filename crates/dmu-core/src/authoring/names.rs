//! Every name once: a full name, a first name and a surname each belong to one person in
//! all the sets, and a person's full name appears in no other scenario. Reused names made
//! learners mix up stories ("wasn't Jasper the buyer?").

use super::{at, Finding};
use crate::library::Library;
use crate::scenario::{Scenario, ScenarioSet};
use crate::text::{plain_text, Block};
use std::collections::HashMap;

/// A named person: a profile, or a `###` heading with a job title (a group such as "De
/// planners" has no title and no name to clash).
fn people(scenario: &Scenario) -> Vec<&str> {
    let profile = scenario.profile.as_ref().map(|p| p.name.trim());
    let persons = scenario.parts.iter().filter_map(|part| {
        let person = part.person.as_ref()?;
        person.title().map(|_| person.full_name())
    });
    profile.into_iter().chain(persons).collect()
}

/// The first name and the surname (what follows the first name, "van der Linden"
/// included), lowercased.
fn split(name: &str) -> (String, String) {
    let lower = name.to_lowercase();
    match lower.split_once(' ') {
        Some((first, last)) => (first.to_string(), last.trim().to_string()),
        None => (lower, String::new()),
    }
}

/// Every name used for two people, and every full name that turns up in another
/// scenario's text.
pub fn name_clashes(library: &Library) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut seen: HashMap<String, (&str, &str)> = HashMap::new();
    let everyone: Vec<(&ScenarioSet, &Scenario, &str)> = library
        .sets
        .iter()
        .flat_map(|set| set.scenarios.iter().map(move |s| (set, s)))
        .flat_map(|(set, s)| people(s).into_iter().map(move |name| (set, s, name)))
        .collect();
    for (set, scenario, name) in &everyone {
        let (first, last) = split(name);
        let keys = [
            ("full name", name.to_lowercase()),
            ("first name", first),
            ("surname", last),
        ];
        for (what, key) in keys {
            if key.is_empty() {
                continue;
            }
            match seen.get(&format!("{what}:{key}")) {
                Some((other, other_name)) if *other != scenario.id => findings.push(at(
                    set,
                    scenario,
                    format!("the {what} of '{name}' is used for '{other_name}' in '{other}' too: give every person their own name"),
                )),
                Some(_) => {}
                None => {
                    seen.insert(format!("{what}:{key}"), (&scenario.id, name));
                }
            }
        }
    }
    for set in &library.sets {
        for scenario in &set.scenarios {
            let text = text_of(scenario);
            for (_, owner, name) in &everyone {
                if owner.id != scenario.id && text.contains(*name) {
                    findings.push(at(
                        set,
                        scenario,
                        format!("names '{name}', who belongs to '{}': name other people by their function", owner.id),
                    ));
                }
            }
        }
    }
    findings
}

/// All the words of a scenario a learner reads.
fn text_of(scenario: &Scenario) -> String {
    let mut text = String::new();
    let mut blocks = |blocks: &[Block]| {
        for block in blocks {
            if let Block::Paragraph(inlines) = block {
                text.push_str(&plain_text(inlines));
                text.push('\n');
            }
        }
    };
    blocks(&scenario.situation);
    blocks(scenario.tip.as_deref().unwrap_or_default());
    blocks(scenario.prompt.as_deref().unwrap_or_default());
    for part in &scenario.parts {
        if let Some(person) = &part.person {
            blocks(&person.about);
        }
    }
    for choice in scenario.parts.iter().flat_map(|p| &p.choices) {
        text.push_str(&plain_text(&choice.why));
        text.push('\n');
    }
    text
}
