//! Workshop mode for trainers: the presenter console (setup, lobby, playing, summary) and
//! the audience view for the projector.

mod audience;
mod console_votes;
mod lobby;
mod playing;
mod setup;
mod summary;
mod timer;

pub use audience::AudiencePage;

use crate::components::notices::{NoticeActions, Notices};
use crate::context::UiLang;
use crate::storage;
use crate::workshop::{self as held, Seating, Workshop};
use dmu_core::workshop::{Stage, SyncMessage};
use dmu_core::workshop_text::workshop_text;
use leptos::prelude::*;

/// The presenter console. One console runs a session; another one opened beside it
/// watches read-only (its controls disabled) until the trainer takes over there.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let workshop = Workshop::load(lang.get_untracked());
    provide_context(workshop);
    // An audience window that opens (or reloads) asks for the state.
    workshop.listen(move |message| {
        if message == SyncMessage::Hello {
            workshop.publish(lang.get_untracked());
        }
    });
    workshop.publish(lang.get_untracked());
    Effect::new(move |_| workshop.publish(lang.get()));
    // Another console changed or took over the session.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| held::is_session_key(&k)) {
            workshop.on_stored_change(lang.get_untracked());
        }
    });
    on_cleanup(move || on_storage.remove());
    let actions = NoticeActions {
        kept_text: Callback::new(move |kept| storage::with(|s| s.kept_text(&kept))),
        export_now: None,
    };
    let stage = Memo::new(move |_| workshop.session.with(|s| s.as_ref().map(|s| s.stage())));
    let watching = move || workshop.seat.get() != Seating::Runs;
    view! {
        <Notices notices=workshop.notices actions=actions />
        {move || {
            let text = workshop_text(lang.get());
            (workshop.seat.get() == Seating::Watches)
                .then(|| {
                    view! {
                        <div class="notice notice-warning console-watching" role="status">
                            <p>
                                {if workshop.taken_over.get() {
                                    text.taken_over
                                } else {
                                    text.watching
                                }}
                            </p>
                            <div class="notice-actions">
                                <button
                                    type="button"
                                    class="button primary"
                                    on:click=move |_| workshop.take_over(lang.get_untracked())
                                >
                                    {text.take_over}
                                </button>
                            </div>
                        </div>
                    }
                })
        }}
        <fieldset class="console" prop:disabled=watching>
            {move || match stage.get() {
                None => view! { <setup::Setup /> }.into_any(),
                Some(Stage::Lobby) => view! { <lobby::Lobby /> }.into_any(),
                Some(Stage::Playing(_)) => view! { <playing::Playing /> }.into_any(),
                Some(Stage::Summary) => view! { <summary::SessionSummaryPage /> }.into_any(),
            }}
        </fieldset>
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
