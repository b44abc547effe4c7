//! The root of the progress part, which the reader loads the first time the learner opens
//! the progress page. It mounts in the page's `#progress-root` and follows the reader's
//! language and the URL, like the practice part. It holds the learner's data as the
//! practice part does, in the same tab's values; each part follows the other's changes
//! ([`crate::follow::follow_stored`]) as it follows another tab's. A review round it starts
//! is stored as the tab's round, which the practice part then shows.

use crate::active_round::ActiveRound;
use crate::components::content_gate::ContentGate;
use crate::components::notices::{NoticeActions, Notices};
use crate::components::progress::ProgressPage;
use crate::context::UiLang;
use crate::follow::{follow_stored, start_part, ChangedIn};
use crate::learner::Learner;
use crate::progress_file::export_progress;
use dmu_core::route::Route;
use leptos::prelude::*;

/// The progress part's app: the progress page once the content of the learner's language
/// is here.
#[component]
pub fn ProgressApp() -> impl IntoView {
    let (content, lang, route, _) = start_part();
    let here = Memo::new(move |_| route.get() == Route::Progress);
    // Once shown, the learner's data stays loaded while the learner is elsewhere, so that
    // coming back is immediate and follows what happened meanwhile.
    let shown =
        Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || here.get());
    move || {
        shown.get().then(|| {
            view! {
                <ContentGate content=content lang=lang>
                    <ProgressMain here=here />
                </ContentGate>
            }
        })
    }
}

/// The progress page with its content and the learner's data.
#[component]
fn ProgressMain(here: Memo<bool>) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner = Learner::load(lang);
    provide_context(learner);
    provide_context(ActiveRound::starter(learner, lang));
    follow_stored(move |key, changed_in| match changed_in {
        ChangedIn::OtherTab => learner.on_storage(key),
        ChangedIn::ThisPage => learner.on_page_storage(key),
    });
    let actions = NoticeActions {
        kept_text: Callback::new(move |kept| learner.kept_text(&kept)),
        export_now: Some(Callback::new(move |()| export_progress(learner))),
    };
    move || {
        here.get().then(|| {
            view! {
                <Notices notices=learner.notices actions=actions />
                <main id=dmu_core::page::id::MAIN tabindex="-1">
                    <ProgressPage />
                </main>
            }
        })
    }
}
