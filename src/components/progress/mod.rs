//! The progress page: counts, the review queue, mastery per role, the role-confusion
//! matrix, the profiles on this device, data kept apart, and taking the data to another
//! device.

mod confusion;
pub mod data;
mod kept;
mod mastery;
mod profiles;

use crate::content::library;
use crate::context::{ActiveRound, UiLang};
use crate::dom;
use crate::learner::Learner;
use dmu_core::progress::{review_round, summary};
use dmu_core::progress_text::{progress_text, review_line};
use dmu_core::round::{Focus, Round, DEFAULT_SIZE};
use dmu_core::route::Route;
use leptos::prelude::*;

/// The learner's progress.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    let ActiveRound(round) = expect_context();
    let start_review = move |_| {
        let lib = library(lang.get_untracked());
        let now = dom::now_ms() as u64;
        let ids: Vec<String> = learner
            .progress
            .with_untracked(|p| review_round(p, lib.scenarios(), now, DEFAULT_SIZE))
            .into_iter()
            .map(|pick| pick.scenario)
            .collect();
        let size = ids.len();
        if let Some(review) = Round::new(lib, Focus::Only(ids), size, now) {
            round.set(Some(review));
            dom::set_hash(&Route::Quiz.fragment());
        }
    };
    // Only the language re-renders the page; each figure follows the progress on its own,
    // so panels keep their state (messages, open forms) when an answer or import arrives.
    move || {
        let lang = lang.get();
        let text = progress_text(lang);
        let lib = library(lang);
        let counts = Memo::new(move |_| learner.progress.with(|p| summary(p, lib.scenarios())));
        // How many of the next review round are due, and how many practise a confusion.
        let queue = Memo::new(move |_| {
            learner.progress.with(|p| {
                let picks = review_round(p, lib.scenarios(), dom::now_ms() as u64, DEFAULT_SIZE);
                let due = picks.iter().filter(|pick| pick.due).count();
                (due, picks.len() - due)
            })
        });
        view! {
            <div class="page progress">
                <h1 id="progress-title" tabindex="-1">{text.title}</h1>
                <p class="lead">{text.intro}</p>
                <profiles::ProfilesPanel/>
                <kept::KeptPanel/>
                <Show when=move || counts.get().answers == 0>
                    <p class="panel empty">{text.empty}</p>
                </Show>
                <ul class="stats" aria-label=text.title>
                    <li><strong>{move || counts.get().answers}</strong>" "{text.answers}</li>
                    <li><strong>{move || format!("{} / {}", counts.get().seen, counts.get().total)}</strong>" "{text.seen}</li>
                    <li><strong>{move || counts.get().mastered}</strong>" "{text.mastered}</li>
                    <li><strong>{move || counts.get().days_practised}</strong>" "{text.days}</li>
                </ul>
                <section class="panel" aria-labelledby="review-queue-title">
                    <h2 id="review-queue-title">{text.review_title}</h2>
                    {move || match queue.get() {
                        (0, 0) => view! { <p>{text.review_nothing}</p> }.into_any(),
                        (due, targeted) => view! {
                            <p>{review_line(lang, due, targeted)}</p>
                            <button type="button" class="button primary" on:click=start_review>{text.review_start}</button>
                        }.into_any(),
                    }}
                </section>
                <mastery::MasteryPanel/>
                <confusion::ConfusionPanel/>
                <data::DataPanel/>
            </div>
        }
    }
}
