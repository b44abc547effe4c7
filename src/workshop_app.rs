//! The root of the workshop part (presenter console and audience window), which the reader
//! loads only when a trainer opens `#/workshop`: students never download it.

use crate::components::content_gate::ContentGate;
use crate::components::workshop::{AudiencePage, WorkshopPage};
use crate::follow::start_part;
use dmu_core::route::Route;
use leptos::prelude::*;

/// The workshop part's app: shows its pages on workshop routes, nothing elsewhere.
#[component]
pub fn WorkshopApp() -> impl IntoView {
    // The trainer's own sets are played beside the built-in ones; the setup shows a change
    // made in My sets (this page or another tab) at once.
    let (content, lang, route, own_sets) = start_part();
    provide_context(content);
    let place = Memo::new(move |_| match route.get() {
        Route::Workshop => Some(Route::Workshop),
        Route::Audience => Some(Route::Audience),
        _ => None,
    });
    move || match (own_sets.track(), place.get()).1 {
        // The projector window shows the audience view alone.
        Some(Route::Audience) => view! {
            <ContentGate content=content lang=lang>
                <AudiencePage />
            </ContentGate>
        }
        .into_any(),
        Some(_) => view! {
            <ContentGate content=content lang=lang>
                <main id=dmu_core::page::id::MAIN tabindex="-1">
                    <WorkshopPage />
                </main>
            </ContentGate>
        }
        .into_any(),
        None => ().into_any(),
    }
}
