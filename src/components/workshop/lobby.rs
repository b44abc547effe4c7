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
    move || {
        let lang = lang.get();
        let text = workshop_text(lang);
        let lib = library(lang);
        let Some(session) = workshop.session.get() else {
            return ().into_any();
        };
        let count = session.items().len();
        view! {
            <div class="page workshop">
                <h1 id="workshop-title" tabindex="-1">{text.title}</h1>
                <div class="panel">
                    <p>{text.audience_hint}</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| open_audience_window()>{text.open_audience}</button>
                        <button type="button" class="button primary" on:click=move |_| { let _ = workshop.apply(lang, |s| s.start()); }>{text.start_session}</button>
                    </div>
                </div>
                <ol class="playlist">
                    {session.items().iter().enumerate().map(|(i, item)| {
                        let question = lib.scenario(&item.scenario).map(|s| s.question.clone()).unwrap_or_default();
                        view! {
                            <li>
                                <span class="playlist-question">{question}</span>
                                <span class="playlist-move">
                                    <button type="button" class="button" disabled=i == 0 on:click=move |_| move_item(i, i - 1)>"↑"<span class="visually-hidden">{text.move_up}</span></button>
                                    <button type="button" class="button" disabled=i + 1 == count on:click=move |_| move_item(i, i + 1)>"↓"<span class="visually-hidden">{text.move_down}</span></button>
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
                {(!session.skipped().is_empty()).then(|| view! {
                    <details class="panel">
                        <summary>{format!("{} ({})", text.skipped_cases, session.skipped().len())}</summary>
                        <ul>{session.skipped().iter().filter_map(|s| lib.scenario(&s.id)).map(|s| view! { <li>{s.question.clone()}</li> }).collect_view()}</ul>
                    </details>
                })}
            </div>
        }
        .into_any()
    }
}
