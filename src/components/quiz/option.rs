//! One answer option (a role, or a step of an approach question): a checkbox with its
//! number key, and after checking, whether it was the learner's choice and whether it is
//! right (in words, not colour alone).

use dmu_core::quiz_text::{option_verdict, OptionVerdict};
use dmu_core::scenario::Choice;
use dmu_core::Lang;
use leptos::prelude::*;

/// How an option stands: open until the answer is checked, then the core's verdict.
#[derive(Clone, Copy, PartialEq)]
pub enum Verdict {
    Open,
    Checked(OptionVerdict),
}

impl Verdict {
    pub fn of(checked: bool, chosen: bool, right: bool) -> Verdict {
        if checked {
            Verdict::Checked(OptionVerdict::of(chosen, right))
        } else {
            Verdict::Open
        }
    }

    fn class(self) -> &'static str {
        match self {
            Verdict::Open => "option",
            Verdict::Checked(OptionVerdict::ChosenRight) => "option is-right",
            Verdict::Checked(OptionVerdict::ChosenWrong) => "option is-wrong",
            Verdict::Checked(OptionVerdict::Missed) => "option is-missed",
            Verdict::Checked(OptionVerdict::Neutral) => "option is-neutral",
        }
    }

    /// The words beside a checked option, with a sign.
    pub fn label(self, lang: Lang) -> Option<String> {
        let Verdict::Checked(verdict) = self else {
            return None;
        };
        let sign = if verdict == OptionVerdict::ChosenWrong {
            "✗"
        } else {
            "✓"
        };
        option_verdict(lang, verdict).map(|words| format!("{sign} {words}"))
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
            <span class="option-key" aria-hidden="true">
                {number}
            </span>
            <span class="option-name">{choice.label(lang)}</span>
            <span class="option-verdict">{move || verdict.get().label(lang)}</span>
        </label>
    }
}
