//! Notices about the learner's data, such as storage being unavailable.

use crate::app::UiLang;
use crate::storage;
use dmu_core::ui_text::ui_text;
use leptos::prelude::*;

/// A banner shown when the app can only keep data in memory.
#[component]
pub fn Notices() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let persistent = storage::is_persistent();
    view! {
        <Show when=move || !persistent>
            <div class="notice notice-warning" role="status">
                <p>{move || ui_text(lang.get()).storage_memory_only}</p>
            </div>
        </Show>
    }
}
