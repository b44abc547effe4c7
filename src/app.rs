//! The root component: the learner's language and the current route as context, kept in
//! sync with the URL, `<html lang>` and storage, and the page that matches the route.

use crate::components::chapter::ChapterPage;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::{dom, storage};
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

/// The page a route shows.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    Chapter,
}

impl Page {
    fn of(route: &Route) -> Page {
        match route {
            Route::Chapter(_) => Page::Chapter,
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
    provide_context(UiLang(lang));
    provide_context(CurrentRoute(route));

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
            }}
        </main>
        <footer class="site-footer">
            <p>{move || ui_text(lang.get()).footer}</p>
        </footer>
    }
}
