//! The notices about stored data, in every page of the practice part and in the workshop
//! console: what happened, to which data, and a button for what the learner can do
//! (export the data kept apart, export their progress while storage refuses). That
//! storage is unavailable altogether is said by the reader, on every page.

use crate::context::UiLang;
use crate::dom;
use dmu_core::storage_text::{notice_text, storage_text};
use dmu_core::stored::Notice;
use leptos::prelude::*;

/// What a notice's buttons can do besides closing it.
#[derive(Clone, Copy)]
pub struct NoticeActions {
    /// The text of a kept value, for "export the data kept apart".
    pub kept_text: Callback<dmu_core::stored::Kept, Option<String>>,
    /// Exports the learner's progress ("export your progress now"); `None` where there is
    /// none to export (the workshop).
    pub export_now: Option<Callback<()>>,
}

/// The banners about stored data in `notices`.
#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>, actions: NoticeActions) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let dismiss = move |notice: &Notice| notices.update(|all| all.retain(|n| n != notice));
    view! {
        <div class="notices" role="status">
            {move || {
                let lang = lang.get();
                let words = storage_text(lang);
                notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        let message = notice_text(lang, &notice);
                        let export_kept = match &notice {
                            Notice::Damaged { kept, .. } => Some(kept.clone()),
                            _ => None,
                        };
                        let export_now = match notice {
                            Notice::Full | Notice::Refused { .. } => actions.export_now,
                            _ => None,
                        };
                        let kind = notice_kind(&notice);
                        let closing = notice.clone();
                        view! {
                            <div class="notice notice-warning" data-notice=kind>
                                <p>{message}</p>
                                <div class="notice-actions">
                                    {export_kept
                                        .map(|kept| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button"
                                                    on:click=move |_| {
                                                        if let Some(text) = actions.kept_text.run(kept.clone()) {
                                                            dom::download(
                                                                &format!("{}.txt", kept.name),
                                                                &text,
                                                                "text/plain",
                                                            );
                                                        }
                                                    }
                                                >
                                                    {words.export_kept}
                                                </button>
                                            }
                                        })}
                                    {export_now
                                        .map(|export| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button"
                                                    on:click=move |_| export.run(())
                                                >
                                                    {words.export_now}
                                                </button>
                                            }
                                        })}
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| dismiss(&closing)
                                    >
                                        {words.dismiss}
                                    </button>
                                </div>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// A short name of a notice's kind, for the page's `data-notice` (and the tests).
fn notice_kind(notice: &Notice) -> &'static str {
    match notice {
        Notice::Damaged { kept, .. } if kept.in_place => "damaged-in-place",
        Notice::Damaged { .. } => "damaged",
        Notice::Newer { .. } => "newer",
        Notice::Unreadable { .. } => "unreadable",
        Notice::Full => "full",
        Notice::Refused { .. } => "refused",
        Notice::NotSaved { .. } => "not-saved",
        Notice::ProfilesRebuilt { .. } => "profiles-rebuilt",
    }
}
