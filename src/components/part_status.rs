//! What the page shows while a part of the app (practice, workshop) downloads, and when the
//! download failed: what happened and what to do, while the chapter keeps working.

use crate::context::UiLang;
use crate::dom;
use dmu_core::ui_text::ui_text;
use leptos::prelude::*;

/// The main area while a part is on its way (or did not arrive).
#[component]
pub fn PartStatus(failed: Signal<bool>) -> impl IntoView {
    let UiLang(lang) = expect_context();
    view! {
        <main id="main" class="page" tabindex="-1">
            {move || {
                let text = ui_text(lang.get());
                if failed.get() {
                    view! {
                        <h1>{text.part_failed_title}</h1>
                        <div class="notice notice-warning" role="alert">
                            <p>{text.part_failed}</p>
                            <div class="notice-actions">
                                <button type="button" class="button" on:click=move |_| dom::reload()>{text.reload}</button>
                            </div>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <h1 class="visually-hidden">{text.app_name}</h1>
                        <p class="loading" role="status">{text.loading_part}</p>
                    }
                    .into_any()
                }
            }}
        </main>
    }
}
