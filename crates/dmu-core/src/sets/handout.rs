//! A set as a handout to print: what the sheet and its answer key say, so the page only
//! lays it out. Scenarios are numbered from 1; roles print in the chapter's order, the
//! same in every question, so their order gives nothing away. Steps and messages print
//! in a fixed shuffle, lettered A, B, C..., because files tend to list the right one
//! first; the shuffle is seeded, so every print of a set is the same sheet and matches
//! its key.

use crate::lang::Lang;
use crate::quiz_text::instruction;
use crate::round::option_order;
use crate::scenario::{Choice, Kind, Person, Pick, Scenario, ScenarioSet};

/// The seed of the steps' order on every handout ("HANDOUT").
const SEED: u64 = 0x0048_414E_444F_5554;

/// One scenario as the handout prints it.
#[derive(Clone, Debug, PartialEq)]
pub struct Question<'a> {
    /// 1 for the first scenario of the set.
    pub number: usize,
    pub scenario: &'a Scenario,
    /// One per part: per person in a case.
    pub parts: Vec<Sheet<'a>>,
}

/// One part of a question: whom it is about, and its options in print order.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet<'a> {
    pub person: Option<&'a Person>,
    pub options: Vec<Printed<'a>>,
}

/// An option as printed: a role by its name, or a step with its letter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Printed<'a> {
    /// `A`, `B`, ... for a step or message; `None` for a role.
    pub letter: Option<char>,
    pub choice: &'a Choice,
}

impl Printed<'_> {
    /// How the key names this option: the role, or the step's letter.
    pub fn short(&self, lang: Lang) -> String {
        match self.letter {
            Some(letter) => letter.to_string(),
            None => self.choice.label(lang).to_string(),
        }
    }
}

impl<'a> Sheet<'a> {
    /// The right options, in print order: what the key gives as the answer.
    pub fn right(&self) -> impl Iterator<Item = &Printed<'a>> {
        self.options.iter().filter(|o| o.choice.correct)
    }

    /// The other options, in print order: explained after the right ones.
    pub fn wrong(&self) -> impl Iterator<Item = &Printed<'a>> {
        self.options.iter().filter(|o| !o.choice.correct)
    }

    /// The answer in a few words: "Initiatiefnemer, Gebruiker", or "B, D" for steps.
    pub fn answer(&self, lang: Lang) -> String {
        self.right()
            .map(|o| o.short(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Every scenario of a set, numbered, with its options in print order.
pub fn questions(set: &ScenarioSet) -> Vec<Question<'_>> {
    set.scenarios
        .iter()
        .enumerate()
        .map(|(i, scenario)| Question {
            number: i + 1,
            scenario,
            parts: sheets(scenario),
        })
        .collect()
}

/// The parts of a scenario: roles in the chapter's order, steps in the handout's shuffle.
fn sheets(scenario: &Scenario) -> Vec<Sheet<'_>> {
    let shuffled = option_order(scenario, SEED);
    scenario
        .parts
        .iter()
        .zip(shuffled)
        .map(|(part, shuffled)| {
            let steps = part.choices.iter().any(|c| matches!(c.pick, Pick::Step(_)));
            let options = if steps {
                shuffled
                    .iter()
                    .filter_map(|&i| part.choices.get(i))
                    .zip('A'..='Z')
                    .map(|(choice, letter)| Printed {
                        letter: Some(letter),
                        choice,
                    })
                    .collect()
            } else {
                let mut roles: Vec<&Choice> = part.choices.iter().collect();
                crate::order::sort_by_key(&mut roles, |c| c.role().map(|r| r.index()));
                roles
                    .into_iter()
                    .map(|choice| Printed {
                        letter: None,
                        choice,
                    })
                    .collect()
            };
            Sheet {
                person: part.person.as_ref(),
                options,
            }
        })
        .collect()
}

/// What to do for a question whose task differs from the handout's opening instruction
/// (choose every role that fits): a case, an approach or a persona question.
pub fn own_instruction(lang: Lang, kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Single | Kind::Multiple | Kind::Profile => None,
        Kind::Matrix | Kind::Approach | Kind::Persona => Some(instruction(lang, kind)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Role::*;
    use crate::scenario::fixtures::{approach, scenario};

    fn set(scenarios: Vec<Scenario>) -> ScenarioSet {
        ScenarioSet {
            id: "s".into(),
            file: String::new(),
            title: "Set".into(),
            description: None,
            scenarios,
        }
    }

    #[test]
    fn scenarios_are_numbered_from_one_in_file_order() {
        let set = set(vec![
            scenario("a", vec![vec![(Buyer, true)]]),
            scenario("b", vec![vec![(User, true)]]),
        ]);
        let questions = questions(&set);
        let numbered: Vec<_> = questions
            .iter()
            .map(|q| (q.number, q.scenario.id.as_str()))
            .collect();
        assert_eq!(numbered, vec![(1, "a"), (2, "b")]);
    }

    #[test]
    fn roles_print_in_the_chapters_order_without_letters() {
        let set = set(vec![scenario(
            "a",
            vec![vec![
                (User, true),
                (Buyer, false),
                (Initiator, true),
                (Gatekeeper, false),
            ]],
        )]);
        let questions = questions(&set);
        let sheet = &questions[0].parts[0];
        let printed: Vec<_> = sheet.options.iter().map(|o| o.choice.role()).collect();
        assert_eq!(
            printed,
            vec![Some(Initiator), Some(Gatekeeper), Some(Buyer), Some(User)]
        );
        assert!(sheet.options.iter().all(|o| o.letter.is_none()));
        assert_eq!(sheet.answer(Lang::Nl), "Initiatiefnemer, Gebruiker");
        assert_eq!(sheet.answer(Lang::En), "Initiator, User");
        let wrong: Vec<_> = sheet.wrong().map(|o| o.short(Lang::En)).collect();
        assert_eq!(wrong, vec!["Gatekeeper", "Buyer"]);
    }

    #[test]
    fn a_case_has_its_answer_per_person() {
        let set = set(vec![scenario(
            "case",
            vec![
                vec![(Buyer, true), (User, false)],
                vec![(Buyer, false), (User, true)],
            ],
        )]);
        let questions = questions(&set);
        let answers: Vec<_> = questions[0]
            .parts
            .iter()
            .map(|p| p.answer(Lang::En))
            .collect();
        assert_eq!(answers, vec!["Buyer", "User"]);
    }

    #[test]
    fn steps_are_lettered_in_a_fixed_shuffle_that_the_key_follows() {
        // The right step first, as files tend to have it.
        let scenario = approach(
            "step",
            vec![Gatekeeper],
            false,
            &[true, false, false, false],
        );
        let set = set(vec![scenario]);
        let questions = questions(&set);
        let sheet = &questions[0].parts[0];
        let letters: Vec<_> = sheet.options.iter().map(|o| o.letter).collect();
        assert_eq!(letters, vec![Some('A'), Some('B'), Some('C'), Some('D')]);
        // Every step printed once.
        let mut steps: Vec<_> = sheet.options.iter().map(|o| o.choice.pick).collect();
        crate::order::sort(&mut steps);
        assert_eq!(steps, (0..4).map(Pick::Step).collect::<Vec<_>>());
        // The key names the right step by the letter it has on this sheet.
        let right = sheet.right().next().expect("one right step");
        assert_eq!(right.choice.pick, Pick::Step(0));
        assert_eq!(sheet.answer(Lang::Nl), right.letter.unwrap().to_string());
        // The same sheet every time.
        assert_eq!(questions, super::questions(&set));
    }

    #[test]
    fn the_handout_does_not_always_put_the_right_step_first() {
        let scenarios: Vec<_> = (0..12)
            .map(|i| approach(&format!("s{i}"), vec![Buyer], false, &[true, false, false]))
            .collect();
        let set = set(scenarios);
        let firsts = questions(&set)
            .iter()
            .filter(|q| q.parts[0].options[0].choice.correct)
            .count();
        assert!(firsts < 12, "the right step is not always A");
    }

    #[test]
    fn only_other_tasks_get_their_own_instruction() {
        assert_eq!(own_instruction(Lang::Nl, Kind::Single), None);
        assert_eq!(own_instruction(Lang::Nl, Kind::Multiple), None);
        assert_eq!(own_instruction(Lang::En, Kind::Profile), None);
        for kind in [Kind::Matrix, Kind::Approach, Kind::Persona] {
            assert_eq!(
                own_instruction(Lang::En, kind),
                Some(instruction(Lang::En, kind))
            );
        }
    }
}
