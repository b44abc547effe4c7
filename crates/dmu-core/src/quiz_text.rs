//! The words of the practice pages (start, question, feedback, result), in Dutch and
//! English, and the sentences with numbers in them.

use crate::grade::Outcome;
use crate::lang::Lang;

/// The practice pages' words in one language.
pub struct QuizText {
    pub practice_title: &'static str,
    pub practice_intro: &'static str,
    pub mixed_title: &'static str,
    pub mixed_text: &'static str,
    pub by_role_title: &'static str,
    pub by_set_title: &'static str,
    pub approach_title: &'static str,
    pub approach_text: &'static str,
    pub round_size_label: &'static str,
    pub start: &'static str,
    pub resume_title: &'static str,
    pub resume: &'static str,
    pub no_round: &'static str,
    pub choose_roles: &'static str,
    pub choose_steps: &'static str,
    pub choose_messages: &'static str,
    pub per_person: &'static str,
    pub profile_label: &'static str,
    pub activity_label: &'static str,
    pub check: &'static str,
    pub choose_first: &'static str,
    pub next: &'static str,
    pub finish: &'static str,
    pub keyboard_hint: &'static str,
    pub your_choice: &'static str,
    /// "Jouw keuze", as a label.
    pub your_choice_label: &'static str,
    pub right_answer: &'static str,
    /// "juiste antwoord", inside a sentence.
    pub right_answer_inline: &'static str,
    pub also_right: &'static str,
    pub not_chosen: &'static str,
    pub other_options: &'static str,
    pub approach: &'static str,
    pub read_back: &'static str,
    pub back_to_quiz: &'static str,
    pub result_title: &'static str,
    pub per_role_title: &'static str,
    pub role_column: &'static str,
    pub found_column: &'static str,
    pub wrongly_column: &'static str,
    pub review_title: &'static str,
    pub nothing: &'static str,
    pub retry_missed: &'static str,
    pub new_round: &'static str,
    pub all_right: &'static str,
}

const NL: QuizText = QuizText {
    practice_title: "Oefenen",
    practice_intro: "Oefen met situaties uit de praktijk. Na elk antwoord lees je waarom het goed of fout is, met een link naar het stuk in het hoofdstuk.",
    mixed_title: "Alles door elkaar",
    mixed_text: "Situaties uit alle sectoren en over alle rollen.",
    by_role_title: "Eén rol oefenen",
    by_set_title: "Per sector",
    approach_title: "De aanpak op LinkedIn",
    approach_text: "Je weet welke rol iemand heeft. Welke stap zet je dan, en welk bericht past bij iemand met meer rollen?",
    round_size_label: "Vragen per ronde",
    start: "Start",
    resume_title: "Je ronde loopt nog",
    resume: "Ga verder",
    no_round: "Je hebt nog geen ronde gestart.",
    choose_roles: "Kies elke rol die past: soms is dat er één, soms zijn het er meer.",
    choose_steps: "Kies elke stap die past bij wat je van deze persoon weet.",
    choose_messages: "Kies elk bericht dat past bij de rollen van deze persoon.",
    per_person: "Kies per persoon elke rol die past.",
    profile_label: "LinkedIn-profiel",
    activity_label: "Recente activiteit",
    check: "Controleer",
    choose_first: "Kies eerst een antwoord.",
    next: "Volgende vraag",
    finish: "Bekijk je resultaat",
    keyboard_hint: "Sneltoetsen: cijfers kiezen een optie, Enter controleert en gaat verder.",
    your_choice: "jouw keuze",
    your_choice_label: "Jouw keuze",
    right_answer: "Juiste antwoord",
    right_answer_inline: "juiste antwoord",
    also_right: "ook juist",
    not_chosen: "niet gekozen",
    other_options: "Uitleg bij de andere opties",
    approach: "Zo benader je deze persoon",
    read_back: "Lees terug in het hoofdstuk",
    back_to_quiz: "Terug naar je oefening",
    result_title: "Je resultaat",
    per_role_title: "Per rol",
    role_column: "Rol",
    found_column: "Goed herkend",
    wrongly_column: "Ten onrechte gekozen",
    review_title: "Alle vragen terug",
    nothing: "niets",
    retry_missed: "Oefen de gemiste vragen opnieuw",
    new_round: "Nieuwe ronde",
    all_right: "Alles goed. Knap gedaan!",
};

const EN: QuizText = QuizText {
    practice_title: "Practise",
    practice_intro: "Practise with situations from real life. After each answer you read why it is right or wrong, with a link to the part of the chapter that explains it.",
    mixed_title: "Everything mixed",
    mixed_text: "Situations from every sector, about every role.",
    by_role_title: "Practise one role",
    by_set_title: "By sector",
    approach_title: "The approach on LinkedIn",
    approach_text: "You know someone's role. Which step do you take, and which message fits someone with several roles?",
    round_size_label: "Questions per round",
    start: "Start",
    resume_title: "Your round is still open",
    resume: "Continue",
    no_round: "You have not started a round yet.",
    choose_roles: "Choose every role that fits: sometimes that is one, sometimes more.",
    choose_steps: "Choose every step that fits what you know of this person.",
    choose_messages: "Choose every message that fits this person's roles.",
    per_person: "For each person, choose every role that fits.",
    profile_label: "LinkedIn profile",
    activity_label: "Recent activity",
    check: "Check",
    choose_first: "Choose an answer first.",
    next: "Next question",
    finish: "See your result",
    keyboard_hint: "Shortcuts: numbers choose an option, Enter checks and moves on.",
    your_choice: "your choice",
    your_choice_label: "Your choice",
    right_answer: "Right answer",
    right_answer_inline: "right answer",
    also_right: "also right",
    not_chosen: "not chosen",
    other_options: "About the other options",
    approach: "How to approach this person",
    read_back: "Read back in the chapter",
    back_to_quiz: "Back to your practice",
    result_title: "Your result",
    per_role_title: "By role",
    role_column: "Role",
    found_column: "Recognised",
    wrongly_column: "Chosen wrongly",
    review_title: "Every question again",
    nothing: "nothing",
    retry_missed: "Practise the missed questions again",
    new_round: "New round",
    all_right: "All right. Well done!",
};

/// The practice pages' text for a language.
pub fn quiz_text(lang: Lang) -> &'static QuizText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// "Vraag 3 van 10".
pub fn question_of(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Vraag {number} van {total}"),
        Lang::En => format!("Question {number} of {total}"),
    }
}

/// What the learner is asked to choose in a question of this kind: never how many.
pub fn instruction(lang: Lang, kind: crate::scenario::Kind) -> &'static str {
    use crate::scenario::Kind;
    let text = quiz_text(lang);
    match kind {
        Kind::Matrix => text.per_person,
        Kind::Approach => text.choose_steps,
        Kind::Persona => text.choose_messages,
        Kind::Single | Kind::Multiple | Kind::Profile => text.choose_roles,
    }
}

/// "12 situaties".
pub fn scenario_count(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Nl, 1) => "1 situatie".to_string(),
        (Lang::Nl, n) => format!("{n} situaties"),
        (Lang::En, 1) => "1 situation".to_string(),
        (Lang::En, n) => format!("{n} situations"),
    }
}

/// A score with at most one decimal, in the language's notation: "7,5" or "7.5". Written
/// with integers: float formatting would add 9 KB to the bundle for this one number.
pub fn score_number(lang: Lang, score: f32) -> String {
    let tenths = (score.max(0.0) * 10.0).round() as u64;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let mark = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    if tenth == 0 {
        whole.to_string()
    } else {
        format!("{whole}{mark}{tenth}")
    }
}

/// "7,5 van 10 punten".
pub fn score_line(lang: Lang, score: f32, total: usize) -> String {
    let score = score_number(lang, score);
    match lang {
        Lang::Nl => format!("{score} van {total} punten"),
        Lang::En => format!("{score} out of {total} points"),
    }
}

/// "3 van 4".
pub fn found_of(lang: Lang, found: u32, asked: u32) -> String {
    match lang {
        Lang::Nl => format!("{found} van {asked}"),
        Lang::En => format!("{found} of {asked}"),
    }
}

/// The verdict inside a sentence ("jouw keuze · goed").
pub fn outcome_word(lang: Lang, outcome: Outcome) -> &'static str {
    match (lang, outcome) {
        (Lang::Nl, Outcome::Right) => "goed",
        (Lang::Nl, Outcome::Partly) => "deels goed",
        (Lang::Nl, Outcome::Wrong) => "niet goed",
        (Lang::En, Outcome::Right) => "right",
        (Lang::En, Outcome::Partly) => "partly right",
        (Lang::En, Outcome::Wrong) => "not right",
    }
}

/// The verdict as a learner reads it.
pub fn outcome_label(lang: Lang, outcome: Outcome) -> &'static str {
    match (lang, outcome) {
        (Lang::Nl, Outcome::Right) => "Goed",
        (Lang::Nl, Outcome::Partly) => "Deels goed",
        (Lang::Nl, Outcome::Wrong) => "Niet goed",
        (Lang::En, Outcome::Right) => "Right",
        (Lang::En, Outcome::Partly) => "Partly right",
        (Lang::En, Outcome::Wrong) => "Not right",
    }
}

/// How one option stands once an answer is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionVerdict {
    ChosenRight,
    ChosenWrong,
    /// Right, and not chosen.
    Missed,
    /// Neither chosen nor right.
    Neutral,
}

impl OptionVerdict {
    pub fn of(chosen: bool, right: bool) -> OptionVerdict {
        match (chosen, right) {
            (true, true) => OptionVerdict::ChosenRight,
            (true, false) => OptionVerdict::ChosenWrong,
            (false, true) => OptionVerdict::Missed,
            (false, false) => OptionVerdict::Neutral,
        }
    }
}

/// The verdict on an option in words, so colour is never the only sign: "jouw keuze ·
/// goed", "jouw keuze · niet goed", "juiste antwoord · niet gekozen"; nothing for an
/// option that was neither chosen nor right.
pub fn option_verdict(lang: Lang, verdict: OptionVerdict) -> Option<String> {
    let text = quiz_text(lang);
    match verdict {
        OptionVerdict::ChosenRight => Some(format!(
            "{} · {}",
            text.your_choice,
            outcome_word(lang, Outcome::Right)
        )),
        OptionVerdict::ChosenWrong => Some(format!(
            "{} · {}",
            text.your_choice,
            outcome_word(lang, Outcome::Wrong)
        )),
        OptionVerdict::Missed => Some(format!(
            "{} · {}",
            text.right_answer_inline, text.not_chosen
        )),
        OptionVerdict::Neutral => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_option_verdict_says_whose_choice_it_was_and_whether_it_is_right() {
        let says = |lang, chosen, right| option_verdict(lang, OptionVerdict::of(chosen, right));
        assert_eq!(
            says(Lang::Nl, true, true).as_deref(),
            Some("jouw keuze · goed")
        );
        assert_eq!(
            says(Lang::Nl, true, false).as_deref(),
            Some("jouw keuze · niet goed")
        );
        assert_eq!(
            says(Lang::En, false, true).as_deref(),
            Some("right answer · not chosen")
        );
        assert_eq!(says(Lang::En, false, false), None);
    }

    #[test]
    fn scores_use_the_decimal_mark_of_the_language() {
        assert_eq!(score_number(Lang::Nl, 7.5), "7,5");
        assert_eq!(score_number(Lang::En, 7.5), "7.5");
        assert_eq!(score_number(Lang::Nl, 8.0), "8");
        assert_eq!(score_number(Lang::Nl, 2.0 / 3.0), "0,7");
        assert_eq!(score_number(Lang::En, 12.96), "13");
        assert_eq!(score_number(Lang::En, -1.0), "0");
        assert_eq!(score_line(Lang::Nl, 7.5, 10), "7,5 van 10 punten");
    }

    #[test]
    fn the_verdict_in_a_sentence_is_the_label_in_lower_case() {
        for lang in Lang::ALL {
            for outcome in [Outcome::Right, Outcome::Partly, Outcome::Wrong] {
                assert_eq!(
                    outcome_word(lang, outcome),
                    outcome_label(lang, outcome).to_lowercase()
                );
            }
            let text = quiz_text(lang);
            assert_eq!(text.right_answer_inline, text.right_answer.to_lowercase());
            assert_eq!(text.your_choice_label.to_lowercase(), text.your_choice);
        }
    }

    #[test]
    fn the_instruction_never_tells_how_many_are_right() {
        use crate::scenario::Kind;
        for lang in Lang::ALL {
            assert_eq!(
                instruction(lang, Kind::Single),
                instruction(lang, Kind::Multiple),
                "one right role or two: the same words"
            );
            for kind in [Kind::Single, Kind::Matrix, Kind::Approach, Kind::Persona] {
                let words = instruction(lang, kind);
                assert!(!words.chars().any(|c| c.is_ascii_digit()), "{words}");
            }
            assert_ne!(
                instruction(lang, Kind::Approach),
                instruction(lang, Kind::Single)
            );
        }
    }

    #[test]
    fn counts_are_singular_or_plural() {
        assert_eq!(scenario_count(Lang::Nl, 1), "1 situatie");
        assert_eq!(scenario_count(Lang::Nl, 12), "12 situaties");
        assert_eq!(scenario_count(Lang::En, 2), "2 situations");
        assert_eq!(question_of(Lang::En, 3, 10), "Question 3 of 10");
    }
}
