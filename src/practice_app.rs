//! The root of the practice part (practice, rounds, progress), which the reader loads the
//! first time the learner opens one of its pages. It mounts in the page's
//! `#practice-root`, follows the reader's language and the URL, and owns the learner's data:
//! profiles, progress, the open round and the notices about stored data.

use crate::components::content_gate::ContentGate;
use crate::components::notices::{NoticeActions, Notices};
use crate::components::practice::PracticePage;
use crate::components::progress::data::export_progress;
use crate::components::progress::ProgressPage;
use crate::components::quiz::QuizPage;
use crate::content::library;
use crate::context::{ActiveRound, CurrentRoute, UiLang};
use crate::follow::{follow_content, follow_reader};
use crate::learner::{Learner, PART};
use crate::{dom, storage};
use dmu_browser::tabs;
use dmu_core::quiz_text::quiz_text;
use dmu_core::round::{open, Focus, Round, DEFAULT_SIZE};
use dmu_core::route::Route;
use dmu_core::Lang;
use leptos::prelude::*;

/// This tab's open round for the profile, if it has one that fits the content.
fn own_round(profile: &str, lang: Lang) -> Option<Round> {
    let tab = tabs::id(PART);
    let now = dom::now_ms() as u64;
    storage::with(|s| open::take(s, profile, &tab, |_| true, |r| r.fits(library(lang)), now))
}

/// Once the browser has said which tabs are open: without a round of its own, this tab
/// continues the latest round of a closed tab (yesterday's, or one a reload lost).
fn continue_closed_round(profile: String, lang: Lang, round: RwSignal<Option<Round>>) {
    leptos::task::spawn_local(async move {
        let open_tabs = tabs::open(PART).await;
        if round.try_with_untracked(Option::is_some) != Some(false) {
            return;
        }
        let tab = tabs::id(PART);
        let alive = |t: &str| {
            open_tabs
                .as_ref()
                .is_some_and(|open| open.iter().any(|o| o == t))
        };
        let now = dom::now_ms() as u64;
        let taken =
            storage::with(|s| open::take(s, &profile, &tab, alive, |r| r.fits(library(lang)), now));
        if taken.is_some() {
            round.set(taken);
        }
    });
}

/// The page a route shows.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    /// The reader shows the chapter; this bundle adds only the way back to an open round.
    Chapter,
    Practice,
    Quiz,
    Progress,
    /// A workshop page: the workshop part shows it, this part nothing.
    Elsewhere,
}

impl Page {
    fn of(route: &Route) -> Page {
        match route {
            Route::Chapter(_) => Page::Chapter,
            Route::Practice | Route::PracticeRole(_) => Page::Practice,
            Route::Quiz => Page::Quiz,
            Route::Progress => Page::Progress,
            Route::Workshop | Route::Audience => Page::Elsewhere,
        }
    }
}

/// The practice part's app: its pages once the content of the learner's language is here.
#[component]
pub fn PracticeApp() -> impl IntoView {
    let (reader_lang, route) = follow_reader();
    let (content, lang) = follow_content(reader_lang);
    provide_context(UiLang(lang));
    provide_context(CurrentRoute(route));
    // Whether this part shows anything: not on the workshop's pages, and on the chapter
    // (where it adds only the way back to a round) not before its content is here. Once
    // shown, it stays: moving between its pages or languages does not start it again.
    let ready = Memo::new(move |_| content.is_loaded(lang.get()));
    let shown = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false)
            || match Page::of(&route.get()) {
                Page::Elsewhere => false,
                Page::Chapter => ready.get(),
                _ => true,
            }
    });
    move || {
        shown.get().then(|| {
            view! {
                <ContentGate content=content lang=lang>
                    <PracticeMain/>
                </ContentGate>
            }
        })
    }
}

/// The practice part with its content: the learner's data, the open round, the pages.
#[component]
fn PracticeMain() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let CurrentRoute(route) = expect_context();
    let start_lang = lang.get_untracked();
    let learner = Learner::load(lang);
    let round = RwSignal::new(own_round(&learner.active_id(), start_lang));
    continue_closed_round(learner.active_id(), start_lang, round);
    provide_context(ActiveRound(round));
    provide_context(learner);

    // A role card's "practise this role": start the round, then show it. Replacing the
    // fragment keeps the back button from starting another one.
    Effect::new(move |_| {
        if let Route::PracticeRole(role) = route.get() {
            let library = library(lang.get_untracked());
            let seed = dom::now_ms() as u64;
            if let Some(new_round) = Round::new(library, Focus::Role(role), DEFAULT_SIZE, seed) {
                round.set(Some(new_round));
                dom::replace_hash_and_announce(&Route::Quiz.fragment());
            }
        }
    });
    // Keep the round in this tab's own value, so a reload, or tomorrow's visit, continues
    // where it was, and another tab's round is never overwritten.
    let active = Memo::new(move |_| learner.profiles.with(|p| p.active().id.clone()));
    Effect::new(move |_| {
        let profile = active.get_untracked();
        round.with(|round| {
            let tab = tabs::id(PART);
            let now = dom::now_ms() as u64;
            storage::with(|s| {
                let _ = open::keep(s, &profile, &tab, round.as_ref(), now);
            });
        })
    });
    // Another profile: its own round.
    Effect::new(move |previous: Option<String>| {
        let id = active.get();
        if previous.is_some_and(|p| p != id) {
            round.set(own_round(&id, lang.get_untracked()));
            continue_closed_round(id.clone(), lang.get_untracked(), round);
        }
        id
    });
    // Another tab saved something: show it here too.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|key| storage::is_ours(&key)) {
            learner.on_storage(ev.key());
        }
    });
    on_cleanup(move || on_storage.remove());

    let actions = NoticeActions {
        kept_text: Callback::new(move |kept| learner.kept_text(&kept)),
        export_now: Some(Callback::new(move |()| export_progress(learner))),
    };
    let page = Memo::new(move |_| Page::of(&route.get()));
    let open_round = move || round.with(|r| r.as_ref().is_some_and(|r| !r.is_finished()));
    move || {
        match page.get() {
        Page::Elsewhere => ().into_any(),
        Page::Chapter => view! {
            <Notices notices=learner.notices actions=actions/>
            <Show when=open_round>
                <nav class="back-to-quiz" aria-label=move || quiz_text(lang.get()).back_to_quiz>
                    <a class="button" href=Route::Quiz.fragment()>"← "{move || quiz_text(lang.get()).back_to_quiz}</a>
                </nav>
            </Show>
        }
        .into_any(),
        page => view! {
            <Notices notices=learner.notices actions=actions/>
            <main id=dmu_core::page::id::MAIN tabindex="-1">
                {match page {
                    Page::Quiz => view! { <QuizPage/> }.into_any(),
                    Page::Progress => view! { <ProgressPage/> }.into_any(),
                    _ => view! { <PracticePage/> }.into_any(),
                }}
            </main>
        }
        .into_any(),
    }
    }
}
