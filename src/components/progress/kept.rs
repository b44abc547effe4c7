//! The data kept apart: stored values the app could not read, kept exactly as they were.
//! The learner can export each (to keep it, or have it looked at) and discard it to free
//! space, with an undo.

use crate::context::UiLang;
use crate::dom;
use crate::learner::Learner;
use dmu_core::storage_text::{kept_label, storage_text};
use dmu_core::stored::Kept;
use leptos::prelude::*;

/// The panel; shown only while something is kept.
#[component]
pub fn KeptPanel() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    // What was discarded last, with its text, for the undo.
    let discarded = RwSignal::new(None::<(Kept, String)>);
    let discard = move |kept: Kept| {
        if let Some(text) = learner.discard(&kept) {
            discarded.set(Some((kept, text)));
        }
    };
    let undo = move |_| {
        if let Some((kept, text)) = discarded.get_untracked() {
            if learner.restore(&kept, &text).is_ok() {
                discarded.set(None);
            }
        }
    };
    let shown = move || learner.kept.with(|k| !k.is_empty()) || discarded.with(Option::is_some);
    view! {
        <Show when=shown>
            {move || {
                let lang = lang.get();
                let words = storage_text(lang);
                view! {
                    <section class="panel kept" aria-labelledby="kept-title">
                        <h2 id="kept-title">{words.kept_title}</h2>
                        <p>{words.kept_intro}</p>
                        <ul class="kept-list">
                            <For each=move || learner.kept.get() key=|k| k.key.clone() let:kept>
                                {
                                    let label = kept_label(lang, &kept);
                                    let note = kept.in_place.then_some(words.in_place);
                                    let for_export = kept.clone();
                                    let for_discard = kept.clone();
                                    view! {
                                        <li>
                                            <span class="kept-what">
                                                {label}{note.map(|n| format!(" ({n})"))}
                                            </span>
                                            <span class="actions">
                                                <button
                                                    type="button"
                                                    class="button"
                                                    on:click=move |_| {
                                                        if let Some(text) = learner.kept_text(&for_export) {
                                                            dom::download(
                                                                &format!("{}.txt", for_export.name),
                                                                &text,
                                                                "text/plain",
                                                            );
                                                        }
                                                    }
                                                >
                                                    {words.export_kept}
                                                </button>
                                                <button
                                                    type="button"
                                                    class="button danger"
                                                    on:click=move |_| discard(for_discard.clone())
                                                >
                                                    {words.discard}
                                                </button>
                                            </span>
                                        </li>
                                    }
                                }
                            </For>
                        </ul>
                        <Show when=move || discarded.with(Option::is_some)>
                            <p class="undo" role="status">
                                {words.discarded}
                                " "
                                <button type="button" class="button" on:click=undo>
                                    {words.undo}
                                </button>
                            </p>
                        </Show>
                    </section>
                }
            }}
        </Show>
    }
}
