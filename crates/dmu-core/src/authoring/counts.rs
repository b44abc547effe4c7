//! What the quiz promises learners, counted: enough scenarios, each role right often
//! enough, enough overlap (two and three roles in one person), and every question type.

use crate::role::Role;
use crate::scenario::{Kind, Scenario};

/// The counts of some scenarios, per role and per type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub scenarios: usize,
    /// Per role (in [`Role::ALL`] order): role-question parts in which it is right.
    pub right_in: [usize; 6],
    /// Role-question parts with exactly two right roles.
    pub two_roles: usize,
    /// Role-question parts with three or more right roles.
    pub three_roles: usize,
    pub cases: usize,
    pub profiles: usize,
    pub approach: usize,
    pub persona: usize,
}

/// The least the built-in content holds (issue 10 of the tracker).
pub const QUOTA: Counts = Counts {
    scenarios: 100,
    right_in: [14; 6],
    two_roles: 20,
    three_roles: 4,
    cases: 6,
    profiles: 16,
    approach: 16,
    persona: 4,
};

impl Counts {
    pub fn of<'a>(scenarios: impl IntoIterator<Item = &'a Scenario>) -> Counts {
        let mut counts = Counts::default();
        for scenario in scenarios {
            counts.scenarios += 1;
            match scenario.kind() {
                Kind::Matrix => counts.cases += 1,
                Kind::Profile => counts.profiles += 1,
                Kind::Approach => counts.approach += 1,
                Kind::Persona => counts.persona += 1,
                Kind::Single | Kind::Multiple => {}
            }
            if scenario.approach.is_some() {
                continue;
            }
            for part in &scenario.parts {
                let right = part.right_roles();
                for role in &right {
                    counts.right_in[role.index()] += 1;
                }
                match right.len() {
                    2 => counts.two_roles += 1,
                    n if n >= 3 => counts.three_roles += 1,
                    _ => {}
                }
            }
        }
        counts
    }

    /// Every count below `quota`, in words.
    pub fn shortfalls(&self, quota: &Counts) -> Vec<String> {
        let mut short = Vec::new();
        let mut check = |what: &str, have: usize, want: usize| {
            if have < want {
                short.push(format!("{what}: {have}, want at least {want}"));
            }
        };
        check("scenarios", self.scenarios, quota.scenarios);
        for role in Role::ALL {
            let what = format!("parts in which {} is right", role.name(crate::Lang::En));
            check(
                &what,
                self.right_in[role.index()],
                quota.right_in[role.index()],
            );
        }
        check(
            "parts with two right roles",
            self.two_roles,
            quota.two_roles,
        );
        check(
            "parts with three right roles",
            self.three_roles,
            quota.three_roles,
        );
        check("cases", self.cases, quota.cases);
        check("LinkedIn profiles", self.profiles, quota.profiles);
        check("approach questions", self.approach, quota.approach);
        check("persona questions", self.persona, quota.persona);
        short
    }
}
