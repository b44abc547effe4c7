//! Notices about the learner's data: a damaged value set aside (with its export), a value
//! from a newer version left alone, storage full. (That storage is unavailable altogether
//! is said by the reader, on every page.)

use crate::context::UiLang;
use crate::learner::{Learner, Notice};
use crate::{dom, storage};
use dmu_core::progress_text::progress_text;
use leptos::prelude::*;

/// The banners about stored data.
#[component]
pub fn Notices() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    let dismiss = move |notice: Notice| learner.notices.update(|all| all.retain(|n| *n != notice));
    view! {
        <div class="notices" role="status">
            {move || {
                let text = progress_text(lang.get());
                learner.notices.get().into_iter().map(|notice| {
                    let message = match &notice {
                        Notice::Corrupt { .. } => text.notice_corrupt,
                        Notice::Newer => text.notice_newer,
                        Notice::Full => text.notice_full,
                    };
                    let backup = match &notice {
                        Notice::Corrupt { backup: Some(key) } => Some(key.clone()),
                        _ => None,
                    };
                    let closing = notice.clone();
                    view! {
                        <div class="notice notice-warning" data-notice=format!("{notice:?}")>
                            <p>{message}</p>
                            <div class="notice-actions">
                                {backup.map(|key| view! {
                                    <button type="button" class="button" on:click=move |_| {
                                        if let Some(raw) = storage::read_raw(&key) {
                                            dom::download(&format!("{key}.json"), &raw, "application/json");
                                        }
                                    }>{text.export_backup}</button>
                                })}
                                <button type="button" class="button" on:click=move |_| dismiss(closing.clone())>{text.dismiss}</button>
                            </div>
                        </div>
                    }
                }).collect_view()
            }}
        </div>
    }
}
