//! One option's explanation, as the feedback after an answer and the set editor's preview
//! both list it: the option, its verdict in words, and why.

use crate::components::rich_text::inlines_view;
use dmu_core::scenario::Choice;
use dmu_core::Lang;
use leptos::prelude::*;

/// An item of a list of explanations: "**Koper** (jouw keuze · goed): why". With a
/// `verdict`, the item is marked right or wrong for its colour (the words say it too);
/// without one (an option neither chosen nor right), only the option and why.
pub fn explanation(choice: &Choice, lang: Lang, verdict: Option<String>) -> impl IntoView {
    let class = verdict.as_ref().map(|_| match choice.correct {
        true => "is-right",
        false => "is-wrong",
    });
    view! {
        <li class=class data-role=choice.role().map(|r| r.key()) data-option=choice.key()>
            <strong>{choice.label(lang).to_string()}</strong>
            {verdict.map(|v| format!(" ({v})"))}
            ": "
            {inlines_view(&choice.why, lang)}
        </li>
    }
}
