//! The root component: the learner's language and the current route as context, kept in
//! sync with the URL, `<html lang>` and storage, and the page that matches the route.

use crate::components::chapter::ChapterPage;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::components::practice::PracticePage;
use crate::components::quiz::QuizPage;
use crate::content::library;
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

/// The name and schema version of the stored round.
const ROUND: (&str, u32) = ("round", 1);

/// The page a route shows.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    Chapter,
    Practice,
    Quiz,
}

impl Page {
    fn of(route: &Route) -> Page {
        match route {
            Route::Practice => Page::Practice,
            Route::Quiz => Page::Quiz,
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
    let route = RwSignal::new(Route::parse(&dom::location_hash()));
    let round = RwSignal::new(match storage::read::<Round>(ROUND.0, ROUND.1, &[]) {
        storage::Loaded::Ok(round) if round.fits(library(lang.get_untracked())) => Some(round),
        _ => None,
    });
    provide_context(UiLang(lang));
    provide_context(CurrentRoute(route));
    provide_context(ActiveRound(round));
    // Keep the round in storage, so a reload or tomorrow's visit continues where it was.
    Effect::new(move |_| {
        round.with(|round| {
            if let Some(round) = round {
                let _ = storage::write(ROUND.0, ROUND.1, round);
            }
        })
    });

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
        // A failed write (storage full or owned by a newer app) keeps the choice for this visit.
        let _ = storage::write(Prefs::NAME, Prefs::VERSION, &Prefs { lang });
    });

    view! {
        <Header/>
        <Notices/>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Chapter => view! { <ChapterPage/> }.into_any(),
                Page::Practice => view! { <PracticePage/> }.into_any(),
                Page::Quiz => view! { <QuizPage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{move || ui_text(lang.get()).footer}</p>
        </footer>
    }
}
