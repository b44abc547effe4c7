//! The root of the sets part: follows the reader's language and route like the other
//! parts, fetches the chapter of both languages (a set's links are checked against the
//! chapter of the language it is written in), and shows the page the route names.

use crate::flash::Flash;
use crate::{editor, handout, list, shared};
use dmu_core::route::Route;
use dmu_core::Lang;
use dmu_trainer::components::content_gate::ContentGate;
use dmu_trainer::follow::start_part;
use leptos::prelude::*;

/// The sets part's app: its pages on its routes, nothing elsewhere.
#[component]
pub fn SetsApp() -> impl IntoView {
    let (content, lang, route, _) = start_part();
    provide_context(content);
    provide_context(Flash::new());
    // The other language's chapter too, once the learner's own is here: a set in either
    // language is checked against its own chapter.
    Effect::new(move |_| {
        if content.is_loaded(lang.get()) {
            Lang::ALL.into_iter().for_each(|l| content.ensure(l));
        }
    });
    let place = Memo::new(move |_| match route.get() {
        route @ (Route::Sets | Route::SetEditor | Route::SetHandout(_) | Route::SharedSet(_)) => {
            Some(route)
        }
        _ => None,
    });
    move || {
        place.get().map(|place| {
            view! {
                <ContentGate content=content lang=lang>
                    <main id=dmu_core::page::id::MAIN tabindex="-1">
                        {page(place.clone())}
                    </main>
                </ContentGate>
            }
        })
    }
}

/// The page a place of this part shows.
fn page(place: Route) -> AnyView {
    match place {
        Route::SetEditor => view! { <editor::EditorPage /> }.into_any(),
        Route::SetHandout(id) => view! { <handout::HandoutPage id=id /> }.into_any(),
        Route::SharedSet(packed) => view! { <shared::SharedSetPage packed=packed /> }.into_any(),
        _ => view! { <list::MySetsPage /> }.into_any(),
    }
}
