//! One answer option: a radio button or checkbox with its number key, and after checking,
//! whether it was the learner's choice and whether it is right (in words, not colour alone).

use dmu_core::quiz_text::QuizText;
use dmu_core::role::Role;
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
        let right = dmu_core::quiz_text::outcome_label(lang, dmu_core::grade::Outcome::Right)
            .to_lowercase();
        let wrong = dmu_core::quiz_text::outcome_label(lang, dmu_core::grade::Outcome::Wrong)
            .to_lowercase();
        match self {
            Verdict::ChosenRight => Some(format!("✓ {} · {right}", text.your_choice)),
            Verdict::ChosenWrong => Some(format!("✗ {} · {wrong}", text.your_choice)),
            Verdict::Missed => Some(format!(
                "✓ {} · {}",
                text.right_answer.to_lowercase(),
                text.not_chosen
            )),
            Verdict::Open | Verdict::Neutral => None,
        }
    }
}

/// An option the learner can choose by click, keyboard or its number key.
#[component]
pub fn RoleOption(
    part: usize,
    number: usize,
    role: Role,
    multiple: bool,
    lang: Lang,
    chosen: Signal<bool>,
    verdict: Signal<Verdict>,
    on_toggle: Callback<()>,
) -> impl IntoView {
    let text = dmu_core::quiz_text::quiz_text(lang);
    let id = format!("option-{part}-{}", role.key());
    let label_for = id.clone();
    view! {
        <label class=move || verdict.get().class() for=label_for data-role=role.key()>
            <input
                id=id
                type=if multiple { "checkbox" } else { "radio" }
                name=format!("part-{part}")
                value=role.key()
                prop:checked=move || chosen.get()
                disabled=move || verdict.get() != Verdict::Open
                on:change=move |_| on_toggle.run(())
            />
            <span class="option-key" aria-hidden="true">{number}</span>
            <span class="option-name">{role.name(lang)}</span>
            <span class="option-verdict">{move || verdict.get().label(text, lang)}</span>
        </label>
    }
}
