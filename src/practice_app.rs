//! The root of the practice part (practice and rounds), which the reader loads the first
//! time the learner opens one of its pages. It mounts in the page's `#practice-root`,
//! follows the reader's language and the URL, and holds the learner's data: profiles,
//! progress, the open round and the notices about stored data. The progress page is a part
//! of its own ([`crate::progress_app`]), which keeps the same data in the same tab's values;
//! each follows the other's changes as it follows another tab's.

use crate::active_round::ActiveRound;
use crate::components::content_gate::ContentGate;
use crate::components::notices::{NoticeActions, Notices};
use crate::components::practice::PracticePage;
use crate::components::quiz::QuizPage;
use crate::context::{CurrentRoute, OwnSetsChanged, UiLang};
use crate::dom;
use crate::follow::{follow_stored, start_part, ChangedIn};
use crate::learner::Learner;
use crate::progress_file::export_progress;
use dmu_core::quiz_text::quiz_text;
use dmu_core::round::{Focus, DEFAULT_SIZE};
use dmu_core::route::Route;
use leptos::prelude::*;

/// The page a route shows.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    /// The reader shows the chapter; this bundle adds only the way back to an open round.
    Chapter,
    Practice,
    Quiz,
    /// A page of another part (progress, workshop, sets): that part shows it, this part
    /// nothing.
    Elsewhere,
}

impl Page {
    fn of(route: &Route) -> Page {
        match route {
            Route::Chapter(_) => Page::Chapter,
            Route::Practice | Route::PracticeRole(_) | Route::PracticeSet(_) => Page::Practice,
            Route::Quiz => Page::Quiz,
            Route::Progress
            | Route::Workshop
            | Route::Audience
            | Route::Sets
            | Route::SetEditor
            | Route::SetHandout(_)
            | Route::SharedSet(_) => Page::Elsewhere,
        }
    }
}

/// The practice part's app: its pages once the content of the learner's language is here.
#[component]
pub fn PracticeApp() -> impl IntoView {
    let (content, lang, route, _) = start_part();
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
                    <PracticeMain />
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
    let learner = Learner::load(lang);
    let active = ActiveRound::load(learner, lang);
    provide_context(active);
    provide_context(learner);

    let OwnSetsChanged(own_sets) = expect_context();
    // A role card's "practise this role", or a set's "practise" on My sets: start the
    // round, then show it. Replacing the fragment keeps the back button from starting
    // another one. A set that is not (or no longer) here opens the practice page.
    Effect::new(move |_| {
        let focus = match route.get() {
            Route::PracticeRole(role) => Focus::Role(role),
            Route::PracticeSet(id) => Focus::Set(id),
            _ => return,
        };
        own_sets.track();
        let next = match active.start(focus, DEFAULT_SIZE) {
            true => Route::Quiz,
            false => Route::Practice,
        };
        dom::replace_hash_and_announce(&next.fragment());
    });
    // Another profile: its own round.
    let profile = Memo::new(move |_| learner.profiles.with(|p| p.active().id.clone()));
    Effect::new(move |previous: Option<String>| {
        let id = profile.get();
        if previous.is_some_and(|p| p != id) {
            active.load_for(id.clone());
        }
        id
    });
    // Another tab, or the progress part, saved something: show it here too. A change to
    // this tab's round made in this page is a review round the progress page started,
    // about to be shown: followed at once. Another tab never plays this tab's round.
    follow_stored(move |key, changed_in| match changed_in {
        ChangedIn::OtherTab => learner.on_storage(key),
        ChangedIn::ThisPage => {
            active.on_storage(key.as_deref());
            learner.on_page_storage(key);
        }
    });

    let actions = NoticeActions {
        kept_text: Callback::new(move |kept| learner.kept_text(&kept)),
        export_now: Some(Callback::new(move |()| export_progress(learner))),
    };
    let page = Memo::new(move |_| Page::of(&route.get()));
    let open_round = move || active.is_open();
    move || match (own_sets.track(), page.get()).1 {
        Page::Elsewhere => ().into_any(),
        Page::Chapter => view! {
            <Notices notices=learner.notices actions=actions />
            <Show when=open_round>
                <nav class="back-to-quiz" aria-label=move || quiz_text(lang.get()).back_to_quiz>
                    <a class="button" href=Route::Quiz.fragment()>
                        "← "
                        {move || quiz_text(lang.get()).back_to_quiz}
                    </a>
                </nav>
            </Show>
        }
        .into_any(),
        page => view! {
            <Notices notices=learner.notices actions=actions />
            <main id=dmu_core::page::id::MAIN tabindex="-1">
                {match page {
                    Page::Quiz => view! { <QuizPage /> }.into_any(),
                    _ => view! { <PracticePage /> }.into_any(),
                }}
            </main>
        }
        .into_any(),
    }
}
