//! Before the first scenario: the playlist in the order the trainer sets, what cannot be
//! played, and opening the audience window.

use super::open_audience_window;
use crate::content::library;
use crate::context::UiLang;
use crate::workshop::Workshop;
use dmu_core::workshop_text::workshop_text;
use leptos::prelude::*;

/// The lobby.
#[component]
pub fn Lobby() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let workshop: Workshop = expect_context();
    let move_item = move |from: usize, to: usize| {
        let _ = workshop.apply(lang.get_untracked(), |s| s.move_item(from, to));
    };
    // The playlist is keyed by scenario: moving one moves its row (and the focus on its
    // button) instead of drawing the list again.
    let ids = Memo::new(move |_| {
        workshop.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.items()
                        .iter()
                        .map(|i| i.scenario.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let skipped = Memo::new(move |_| {
        workshop.session.with(|s| {
            s.as_ref()
                .map(|s| s.skipped().iter().map(|s| s.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    move || {
        let lang = lang.get();
        let text = workshop_text(lang);
        let lib = library(lang);
        view! {
            <div class="page workshop">
                <h1 id="workshop-title" tabindex="-1">
                    {text.title}
                </h1>
                <div class="panel">
                    <p>{text.audience_hint}</p>
                    <div class="actions">
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| open_audience_window()
                        >
                            {text.open_audience}
                        </button>
                        <button
                            type="button"
                            class="button primary"
                            on:click=move |_| {
                                let _ = workshop.apply(lang, |s| s.start());
                            }
                        >
                            {text.start_session}
                        </button>
                    </div>
                </div>
                <ol class="playlist">
                    <For each=move || ids.get() key=String::clone let(id)>
                        {
                            let question = lib
                                .scenario(&id)
                                .map(|s| s.question.clone())
                                .unwrap_or_default();
                            let position = Memo::new(move |_| {
                                ids.with(|ids| ids.iter().position(|x| *x == id)).unwrap_or(0)
                            });
                            let last = move || ids.with(Vec::len).saturating_sub(1);
                            view! {
                                <li>
                                    <span class="playlist-question">{question}</span>
                                    <span class="playlist-move">
                                        <button
                                            type="button"
                                            class="button"
                                            disabled=move || position.get() == 0
                                            on:click=move |_| {
                                                let i = position.get_untracked();
                                                move_item(i, i.saturating_sub(1))
                                            }
                                        >
                                            "↑"
                                            <span class="visually-hidden">{text.move_up}</span>
                                        </button>
                                        <button
                                            type="button"
                                            class="button"
                                            disabled=move || { position.get() >= last() }
                                            on:click=move |_| {
                                                let i = position.get_untracked();
                                                move_item(i, i + 1)
                                            }
                                        >
                                            "↓"
                                            <span class="visually-hidden">{text.move_down}</span>
                                        </button>
                                    </span>
                                </li>
                            }
                        }
                    </For>
                </ol>
                <Show when=move || skipped.with(|s| !s.is_empty())>
                    <details class="panel">
                        <summary>
                            {move || format!("{} ({})", text.skipped_cases, skipped.with(Vec::len))}
                        </summary>
                        <ul>
                            {move || {
                                skipped
                                    .get()
                                    .iter()
                                    .filter_map(|id| lib.scenario(id))
                                    .map(|s| view! { <li>{s.question.clone()}</li> })
                                    .collect_view()
                            }}
                        </ul>
                    </details>
                </Show>
            </div>
        }
    }
}
