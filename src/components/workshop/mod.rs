//! Workshop mode for trainers: the presenter console (setup, lobby, playing, summary) and
//! the audience view for the projector.

mod audience;
mod lobby;
mod playing;
mod setup;
mod summary;

pub use audience::AudiencePage;

use crate::channel;
use crate::context::UiLang;
use crate::workshop::Workshop;
use dmu_core::workshop::{Stage, SyncMessage};
use leptos::prelude::*;

/// The presenter console.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let workshop = Workshop::load(lang.get_untracked());
    provide_context(workshop);
    // An audience window that opens (or reloads) asks for the state.
    channel::open(move |message| {
        if message == SyncMessage::Hello {
            workshop.publish(lang.get_untracked());
        }
    });
    on_cleanup(channel::close);
    workshop.publish(lang.get_untracked());
    Effect::new(move |_| workshop.publish(lang.get()));
    let stage = Memo::new(move |_| workshop.session.with(|s| s.as_ref().map(|s| s.stage())));
    move || match stage.get() {
        None => view! { <setup::Setup/> }.into_any(),
        Some(Stage::Lobby) => view! { <lobby::Lobby/> }.into_any(),
        Some(Stage::Playing(_)) => view! { <playing::Playing/> }.into_any(),
        Some(Stage::Summary) => view! { <summary::SessionSummary/> }.into_any(),
    }
}

/// Opens the audience view in its own window, to drag to the projector.
pub fn open_audience_window() {
    let url = dmu_core::route::Route::Audience.fragment();
    let _ = crate::dom::window().open_with_url_and_target_and_features(
        &url,
        "dmu-audience",
        "popup,width=1280,height=720",
    );
}
