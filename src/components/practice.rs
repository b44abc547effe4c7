//! The practice start page: continue an open round, or start one on everything, one role
//! or one sector.

use crate::active_round::ActiveRound;
use crate::content::library;
use crate::context::UiLang;
use crate::dom;
use dmu_core::quiz_text::{quiz_text, scenario_count};
use dmu_core::role::Role;
use dmu_core::round::{candidates, Focus, DEFAULT_SIZE};
use dmu_core::route::Route;
use leptos::prelude::*;

/// Choosing what to practise.
#[component]
pub fn PracticePage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let active: ActiveRound = expect_context();
    let size = RwSignal::new(DEFAULT_SIZE);
    let start = move |focus: Focus| {
        if active.start(focus, size.get_untracked()) {
            dom::set_hash(&Route::Quiz.fragment());
        }
    };
    let open_round = move || active.is_open();

    move || {
        let lang = lang.get();
        let text = quiz_text(lang);
        let library = library(lang);
        let count = move |focus: &Focus| scenario_count(lang, candidates(library, focus).len());
        view! {
            <div class="page practice">
                <h1 id="practice-title" tabindex="-1">
                    {text.practice_title}
                </h1>
                <p class="lead">{text.practice_intro}</p>
                <Show when=open_round>
                    <section class="panel resume" aria-labelledby="resume-title">
                        <h2 id="resume-title">{text.resume_title}</h2>
                        <a class="button primary" href=Route::Quiz.fragment()>
                            {text.resume}
                        </a>
                    </section>
                </Show>
                <div class="field-inline">
                    <label for="round-size">{text.round_size_label}</label>
                    <select
                        id="round-size"
                        on:change=move |ev| {
                            size.set(event_target_value(&ev).parse().unwrap_or(DEFAULT_SIZE))
                        }
                    >
                        {[5usize, 10, 20]
                            .into_iter()
                            .map(|n| {
                                view! {
                                    <option value=n.to_string() selected=move || size.get() == n>
                                        {n}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <section class="panel" aria-labelledby="mixed-title">
                    <h2 id="mixed-title">{text.mixed_title}</h2>
                    <p>{text.mixed_text}" "<span class="muted">{count(&Focus::All)}</span></p>
                    <button
                        type="button"
                        class="button primary"
                        on:click=move |_| start(Focus::All)
                    >
                        {text.start}
                    </button>
                </section>
                <section class="panel" aria-labelledby="approach-title">
                    <h2 id="approach-title">{text.approach_title}</h2>
                    <p>
                        {text.approach_text}" "<span class="muted">{count(&Focus::Approach)}</span>
                    </p>
                    <button type="button" class="button" on:click=move |_| start(Focus::Approach)>
                        {text.start}
                    </button>
                </section>
                <section class="panel" aria-labelledby="by-role-title">
                    <h2 id="by-role-title">{text.by_role_title}</h2>
                    <ul class="choice-grid">
                        {Role::ALL
                            .into_iter()
                            .map(|role| {
                                let focus = Focus::Role(role);
                                let label = count(&focus);
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="button tile"
                                            data-role=role.key()
                                            on:click=move |_| start(Focus::Role(role))
                                        >
                                            <span class="tile-title">{role.name(lang)}</span>
                                            <span class="tile-meta">{label}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
                <section class="panel" aria-labelledby="by-set-title">
                    <h2 id="by-set-title">{text.by_set_title}</h2>
                    <ul class="choice-grid">
                        {library
                            .sets
                            .iter()
                            .map(|set| {
                                let id = set.id.clone();
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="button tile"
                                            on:click=move |_| start(Focus::Set(id.clone()))
                                        >
                                            <span class="tile-title">{set.title.as_str()}</span>
                                            <span class="tile-meta">
                                                {scenario_count(lang, set.scenarios.len())}
                                            </span>
                                            {set
                                                .description
                                                .as_deref()
                                                .map(|d| view! { <span class="tile-text">{d}</span> })}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            </div>
        }
    }
}
