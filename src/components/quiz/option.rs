//! One answer option (a role, or a step of an approach question): a checkbox with its
//! number key, and after checking, whether it was the learner's choice and whether it is
//! right (in words, not colour alone).

use dmu_core::quiz_text::QuizText;
use dmu_core::scenario::Choice;
use dmu_core::Lang;
use leptos::prelude::*;

/// How an option stands once the answer is checked.
#[derive(Clone, Copy, PartialEq)]
pub enum Verdict {
    Open,
    ChosenRight,
    ChosenWrong,
    Missed,
    Neutral,
}

impl Verdict {
    pub fn of(checked: bool, chosen: bool, right: bool) -> Verdict {
        match (checked, chosen, right) {
            (false, _, _) => Verdict::Open,
            (true, true, true) => Verdict::ChosenRight,
            (true, true, false) => Verdict::ChosenWrong,
            (true, false, true) => Verdict::Missed,
            (true, false, false) => Verdict::Neutral,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Verdict::Open => "option",
            Verdict::ChosenRight => "option is-right",
            Verdict::ChosenWrong => "option is-wrong",
            Verdict::Missed => "option is-missed",
            Verdict::Neutral => "option is-neutral",
        }
    }

    /// The words beside a checked option.
    pub fn label(self, text: &QuizText, lang: Lang) -> Option<String> {
        let right = dmu_core::quiz_text::outcome_word(lang, dmu_core::grade::Outcome::Right);
        let wrong = dmu_core::quiz_text::outcome_word(lang, dmu_core::grade::Outcome::Wrong);
        match self {
            Verdict::ChosenRight => Some(format!("✓ {} · {right}", text.your_choice)),
            Verdict::ChosenWrong => Some(format!("✗ {} · {wrong}", text.your_choice)),
            Verdict::Missed => Some(format!(
                "✓ {} · {}",
                text.right_answer_inline, text.not_chosen
            )),
            Verdict::Open | Verdict::Neutral => None,
        }
    }
}

/// An option the learner can choose by click, keyboard or its number key.
#[component]
pub fn ChoiceOption(
    part: usize,
    number: usize,
    choice: &'static Choice,
    lang: Lang,
    chosen: Signal<bool>,
    verdict: Signal<Verdict>,
    on_toggle: Callback<()>,
) -> impl IntoView {
    let text = dmu_core::quiz_text::quiz_text(lang);
    let key = choice.key();
    let option_key = key.clone();
    let id = format!("option-{part}-{key}");
    let label_for = id.clone();
    let role = choice.role().map(|r| r.key());
    let class = move || {
        let base = verdict.get().class();
        if role.is_some() {
            base.to_string()
        } else {
            format!("{base} is-step")
        }
    };
    view! {
        <label class=class for=label_for data-role=role data-option=option_key>
            <input
                id=id
                type="checkbox"
                name=format!("part-{part}")
                value=key
                prop:checked=move || chosen.get()
                disabled=move || verdict.get() != Verdict::Open
                on:change=move |_| on_toggle.run(())
            />
            <span class="option-key" aria-hidden="true">{number}</span>
            <span class="option-name">{choice.label(lang)}</span>
            <span class="option-verdict">{move || verdict.get().label(text, lang)}</span>
        </label>
    }
}
