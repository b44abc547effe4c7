//! The root component: the learner's language and the current route as context, kept in
//! sync with the URL, `<html lang>` and storage, and the page that matches the route.

use crate::components::chapter::ChapterPage;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::components::practice::PracticePage;
use crate::components::progress::ProgressPage;
use crate::components::quiz::QuizPage;
use crate::components::workshop::{AudiencePage, WorkshopPage};
use crate::content::library;
use crate::learner::{round_name, Learner};
use crate::{dom, storage};
use dmu_core::round::Round;
use dmu_core::route::Route;
use dmu_core::stored::Prefs;
use dmu_core::ui_text::ui_text;
use dmu_core::Lang;
use leptos::prelude::*;

/// The language the learner reads in.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// Where the learner is, read from the URL fragment.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

/// The practice round in progress (or just finished), if any.
#[derive(Clone, Copy)]
pub struct ActiveRound(pub RwSignal<Option<Round>>);

/// The schema version of the stored round.
const ROUND_VERSION: u32 = 1;

/// The profile's open round, if it still fits the content.
fn load_round(profile_id: &str, lang: Lang) -> Option<Round> {
    match storage::read::<Round>(&round_name(profile_id), ROUND_VERSION, &[]) {
        storage::Loaded::Ok(round) if round.fits(library(lang)) => Some(round),
        _ => None,
    }
}

/// The page a route shows.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    Chapter,
    Practice,
    Quiz,
    Progress,
    Workshop,
    Audience,
}

impl Page {
    fn of(route: &Route) -> Page {
        match route {
            Route::Practice => Page::Practice,
            Route::Quiz => Page::Quiz,
            Route::Progress => Page::Progress,
            Route::Workshop => Page::Workshop,
            Route::Audience => Page::Audience,
            _ => Page::Chapter,
        }
    }
}

/// The app.
#[component]
pub fn App() -> impl IntoView {
    let prefs = match storage::read::<Prefs>(Prefs::NAME, Prefs::VERSION, &[]) {
        storage::Loaded::Ok(prefs) => prefs,
        _ => Prefs::default(),
    };
    let lang = RwSignal::new(prefs.lang);
    // Opened at the bare address: continue where the learner was last.
    if dom::location_hash().is_empty() {
        if let Some(last) = prefs.last.as_deref() {
            dom::replace_hash(last);
        }
    }
    let route = RwSignal::new(Route::parse(&dom::location_hash()));
    let learner = Learner::load(prefs.lang);
    let round = RwSignal::new(load_round(&learner.active_id(), prefs.lang));
    provide_context(UiLang(lang));
    provide_context(CurrentRoute(route));
    provide_context(ActiveRound(round));
    provide_context(learner);
    // Keep the round in storage, so a reload or tomorrow's visit continues where it was.
    Effect::new(move |_| {
        round.with(|round| {
            if let Some(round) = round {
                let _ = storage::write(&round_name(&learner.active_id()), ROUND_VERSION, round);
            }
        })
    });
    // Another profile: its own round.
    let active = Memo::new(move |_| learner.profiles.with(|p| p.active().id.clone()));
    Effect::new(move |previous: Option<String>| {
        let id = active.get();
        if previous.is_some_and(|p| p != id) {
            round.set(load_round(&id, lang.get_untracked()));
        }
        id
    });
    // Another tab saved something: show it here too.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|key| storage::is_ours(&key)) {
            learner.reload();
        }
    });
    on_cleanup(move || on_storage.remove());

    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&dom::location_hash()));
    });
    on_cleanup(move || on_hash.remove());

    // Which page to show changes less often than the route: moving between sections of the
    // chapter keeps the chapter mounted.
    let page = Memo::new(move |_| Page::of(&route.get()));

    Effect::new(move |_| {
        let lang = lang.get();
        let text = ui_text(lang);
        dom::set_document_language(
            lang.code(),
            &format!("{} · {}", text.app_name, text.tagline),
        );
        let last = Some(route.get().fragment());
        // A failed write (storage full or owned by a newer app) keeps the choice for this visit.
        let _ = storage::write(Prefs::NAME, Prefs::VERSION, &Prefs { lang, last });
    });

    move || {
        // The projector window shows the audience view alone, without the site's chrome.
        if page.get() == Page::Audience {
            return view! { <AudiencePage/> }.into_any();
        }
        view! {
            <Header/>
            <Notices/>
            <main id="main" tabindex="-1">
                {move || match page.get() {
                    Page::Chapter => view! { <ChapterPage/> }.into_any(),
                    Page::Practice => view! { <PracticePage/> }.into_any(),
                    Page::Quiz => view! { <QuizPage/> }.into_any(),
                    Page::Progress => view! { <ProgressPage/> }.into_any(),
                    Page::Workshop | Page::Audience => view! { <WorkshopPage/> }.into_any(),
                }}
            </main>
            <footer class="site-footer">
                <p>{move || ui_text(lang.get()).footer}</p>
            </footer>
        }
        .into_any()
    }
}
