//! The progress page: counts, the review queue, mastery per role, the role-confusion
//! matrix, the profiles on this device, data kept apart, and taking the data to another
//! device.

mod confusion;
mod data;
mod kept;
mod mastery;
mod profiles;

use crate::active_round::ActiveRound;
use crate::content::library;
use crate::context::UiLang;
use crate::dom;
use crate::learner::Learner;
use crate::progress_figures::ProgressFigures;
use crate::review_queue::ReviewQueue;
use dmu_core::progress_text::{progress_text, review_line};
use dmu_core::route::Route;
use leptos::prelude::*;

/// The learner's progress.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    let active: ActiveRound = expect_context();
    let start_review = move |queue: ReviewQueue| {
        if queue
            .picks
            .with_untracked(|picks| picks.as_deref().is_some_and(|p| active.review(p)))
        {
            dom::set_hash(&Route::Quiz.fragment());
        }
    };
    // Only the language re-renders the page; each figure follows the progress on its own,
    // so panels keep their state (messages, open forms) when an answer or import arrives.
    let figures = ProgressFigures::follow(learner, lang);
    provide_context(figures);
    let counts = figures.counts;
    move || {
        let lang = lang.get();
        let text = progress_text(lang);
        let lib = library(lang);
        // How many of the next review round are due, and how many practise a confusion:
        // built in steps (see `review_queue`), so a long history never stops the page.
        let queue = ReviewQueue::follow(learner, lib);
        view! {
            <div class="page progress">
                <h1 id="progress-title" tabindex="-1">
                    {text.title}
                </h1>
                <p class="lead">{text.intro}</p>
                <profiles::ProfilesPanel />
                <kept::KeptPanel />
                <Show when=move || counts.get().answers == 0>
                    <p class="panel empty">{text.empty}</p>
                </Show>
                <ul class="stats" aria-label=text.title>
                    <li>
                        <strong>{move || counts.get().answers}</strong>
                        " "
                        {text.answers}
                    </li>
                    <li>
                        <strong>
                            {move || format!("{} / {}", counts.get().seen, counts.get().total)}
                        </strong>
                        " "
                        {text.seen}
                    </li>
                    <li>
                        <strong>{move || counts.get().mastered}</strong>
                        " "
                        {text.mastered}
                    </li>
                    <li>
                        <strong>{move || counts.get().days_practised}</strong>
                        " "
                        {text.days}
                    </li>
                </ul>
                <section class="panel" aria-labelledby="review-queue-title">
                    <h2 id="review-queue-title">{text.review_title}</h2>
                    {move || match queue.counts() {
                        None => view! { <p class="muted">"…"</p> }.into_any(),
                        Some((0, 0)) => view! { <p>{text.review_nothing}</p> }.into_any(),
                        Some((due, targeted)) => {
                            view! {
                                <p>{review_line(lang, due, targeted)}</p>
                                <button
                                    type="button"
                                    class="button primary"
                                    on:click=move |_| start_review(queue)
                                >
                                    {text.review_start}
                                </button>
                            }
                                .into_any()
                        }
                    }}
                </section>
                <mastery::MasteryPanel />
                <confusion::ConfusionPanel />
                <data::DataPanel />
            </div>
        }
    }
}
