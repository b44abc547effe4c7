//! The round being played: one question at a time, then the result.

mod explanation;
mod feedback;
mod option;
mod part_frame;
mod profile_card;

pub use explanation::explanation;
pub use part_frame::PartFrame;
pub use profile_card::ProfileCard;
mod question;
mod result;

use crate::active_round::ActiveRound;
use crate::context::UiLang;
use dmu_core::quiz_text::quiz_text;
use dmu_core::route::Route;
use leptos::prelude::*;
use question::Question;
use result::RoundResultPage;

/// The quiz page: the current question, or the result once the round is over.
#[component]
pub fn QuizPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let ActiveRound { round, .. } = expect_context();
    // Re-render only when the question changes, not on every answer.
    let place =
        Memo::new(move |_| round.with(|r| r.as_ref().map(|r| (r.is_finished(), r.current))));
    move || match place.get() {
        None => view! {
            <div class="page">
                <h1>{move || quiz_text(lang.get()).practice_title}</h1>
                <p>{move || quiz_text(lang.get()).no_round}</p>
                <a class="button primary" href=Route::Practice.fragment()>
                    {move || quiz_text(lang.get()).start}
                </a>
            </div>
        }
        .into_any(),
        Some((true, _)) => view! { <RoundResultPage /> }.into_any(),
        Some((false, index)) => view! { <Question index=index /> }.into_any(),
    }
}
