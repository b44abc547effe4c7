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
use dmu_core::library::Library;
use dmu_core::progress::{review_round, review_round_from, summary, Scheduling};
use dmu_core::progress_text::{progress_text, review_line};
use dmu_core::round::{Focus, Round, DEFAULT_SIZE};
use dmu_core::route::Route;
use leptos::prelude::*;

/// Steps of the review schedule replay at most this many answers (about 10 ms in a browser).
const ANSWERS_PER_STEP: usize = 4_000;

/// Builds the review queue of the learner's progress a step at a time, giving the page
/// back between steps, and shows it once built. A build started later (the progress
/// changed) makes this one stop.
async fn review_queue(
    learner: Learner,
    lib: &'static Library,
    queue: RwSignal<Option<(usize, usize)>>,
    builds: StoredValue<u64>,
) {
    let Some(this) = builds.try_get_value() else {
        return;
    };
    let mut scheduling = Scheduling::default();
    loop {
        if builds.try_get_value() != Some(this) {
            return;
        }
        match learner
            .progress
            .try_with_untracked(|p| scheduling.step(p, ANSWERS_PER_STEP))
        {
            Some(true) => break,
            Some(false) => dom::yield_to_page().await,
            None => return,
        }
    }
    let picks = learner.progress.try_with_untracked(|p| {
        review_round_from(
            scheduling.into_schedule(),
            p,
            lib.scenarios(),
            dom::now_ms() as u64,
            DEFAULT_SIZE,
        )
    });
    if let Some(picks) = picks {
        let due = picks.iter().filter(|pick| pick.due).count();
        queue.try_set(Some((due, picks.len() - due)));
    }
}

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
        let counts = Memo::new(move |_| {
            learner
                .progress
                .with(|p| summary(p, lib.scenarios(), dom::minutes_east_of_utc_at))
        });
        // How many of the next review round are due, and how many practise a confusion:
        // built in steps (see `review_queue`), so a long history never stops the page.
        let queue = RwSignal::new(None::<(usize, usize)>);
        let builds = StoredValue::new(0u64);
        Effect::new(move |_| {
            learner.progress.track();
            builds.update_value(|n| *n += 1);
            leptos::task::spawn_local(review_queue(learner, lib, queue, builds));
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
                        None => view! { <p class="muted">"…"</p> }.into_any(),
                        Some((0, 0)) => view! { <p>{text.review_nothing}</p> }.into_any(),
                        Some((due, targeted)) => view! {
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
