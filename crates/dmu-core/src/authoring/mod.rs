//! The authoring rules of the app's own content, beyond what the parser demands of any set
//! (a trainer's set may offer three roles; ours offer six): every role question offers all
//! six roles and names the person it is about; every step of an approach question links to
//! the chapter; every name is used once; a job title is a poor predictor of the answer; and
//! the quiz holds what it promises per role and per type. build.rs and the content tests
//! run these on `content/`, and `dmu-check` on any folder or set. content/README.md
//! explains them to authors.

mod counts;
mod names;
mod titles;

pub use counts::{Counts, QUOTA};
pub use names::name_clashes;
pub use titles::{stereotype, title_of, TitleTest};

use crate::library::Library;
use crate::role::Role;
use crate::scenario::{Kind, Scenario, ScenarioSet};
use crate::text::{visit_inline_links, LinkTarget};
use std::fmt;

/// A broken rule, where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file of the set (as the parser was told it).
    pub file: String,
    /// The line of the scenario's heading; 0 for the whole content.
    pub line: u32,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.message),
            line => write!(f, "{}:{line}: {}", self.file, self.message),
        }
    }
}

/// Every scenario-level rule over a language's content: six roles per role question, a
/// named person per role question, linked steps, and names used once. Quotas and the title
/// test are separate ([`Counts`], [`TitleTest`]): they judge the content as a whole.
pub fn check(library: &Library) -> Vec<Finding> {
    let mut findings = Vec::new();
    for set in &library.sets {
        for scenario in &set.scenarios {
            for message in scenario_rules(scenario) {
                findings.push(at(set, scenario, message));
            }
        }
    }
    findings.extend(name_clashes(library));
    findings
}

pub(crate) fn at(set: &ScenarioSet, scenario: &Scenario, message: String) -> Finding {
    Finding {
        file: set.file.clone(),
        line: scenario.line,
        message: format!("scenario '{}': {message}", scenario.id),
    }
}

/// The rules one scenario must meet on its own.
fn scenario_rules(scenario: &Scenario) -> Vec<String> {
    let mut broken = Vec::new();
    let kind = scenario.kind();
    if kind.is_approach() {
        for choice in scenario.parts.iter().flat_map(|p| &p.choices) {
            let mut linked = false;
            visit_inline_links(&choice.why, &mut |to| {
                linked |= matches!(to, LinkTarget::Section(_));
            });
            if !linked {
                broken.push(format!(
                    "the step '{}' is explained without a link to the chapter: link the section that says so, e.g. [de portier](#portier)",
                    choice.step
                ));
            }
        }
        return broken;
    }
    for part in &scenario.parts {
        let whose = part
            .person
            .as_ref()
            .map_or(String::new(), |p| format!(" for '{}'", p.full_name()));
        let offered: Vec<Role> = part.choices.iter().filter_map(|c| c.role()).collect();
        let missing: Vec<&str> = Role::ALL
            .into_iter()
            .filter(|r| !offered.contains(r))
            .map(|r| r.name(crate::Lang::Nl))
            .collect();
        if !missing.is_empty() {
            broken.push(format!(
                "offer all six roles{whose}, each with its own explanation; missing: {}",
                missing.join(", ")
            ));
        }
    }
    if kind != Kind::Matrix
        && scenario.profile.is_none()
        && scenario.parts.iter().all(|p| p.person.is_none())
    {
        broken.push("say whom the question is about: a '### Name, job title' heading before the options, or a profile table".into());
    }
    broken
}

#[cfg(test)]
mod tests;
