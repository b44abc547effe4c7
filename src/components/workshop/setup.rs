//! Choosing what to play: a sector, one role, or a hand-picked list; optional teams; the
//! thinking time.

use crate::content::library;
use crate::context::UiLang;
use crate::workshop::Workshop;
use dmu_core::role::Role;
use dmu_core::workshop::setup::{
    toggle_in_hand, SetupForm, DEFAULT_THINKING_SECONDS, THINKING_SECONDS,
};
use dmu_core::workshop::{playable, Selection};
use dmu_core::workshop_text::{workshop_error, workshop_text};
use dmu_core::Lang;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Set,
    Role,
    Hand,
}

/// The setup form.
#[component]
pub fn Setup() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let workshop: Workshop = expect_context();
    let mode = RwSignal::new(Mode::Set);
    let set = RwSignal::new(
        library(lang.get_untracked())
            .sets
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default(),
    );
    let role = RwSignal::new(Role::Buyer);
    let hand = RwSignal::new(Vec::<String>::new());
    let teams = RwSignal::new(String::new());
    let seconds = RwSignal::new(DEFAULT_THINKING_SECONDS);
    let error = RwSignal::new(None::<String>);
    let start = move || {
        let lang = lang.get_untracked();
        let selection = match mode.get_untracked() {
            Mode::Set => Selection::Set(set.get_untracked()),
            Mode::Role => Selection::Role(role.get_untracked()),
            Mode::Hand => Selection::Hand(hand.get_untracked()),
        };
        let form = SetupForm {
            selection,
            teams: teams.get_untracked(),
            seconds: seconds.get_untracked(),
        };
        error.set(
            workshop
                .start(lang, form)
                .err()
                .map(|e| workshop_error(lang, &e)),
        );
    };
    move || {
        let lang = lang.get();
        let text = workshop_text(lang);
        let lib = library(lang);
        view! {
            <div class="page workshop">
                <h1 id="workshop-title" tabindex="-1">
                    {text.title}
                </h1>
                <p class="lead">{text.intro}</p>
                <form
                    class="panel"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        start();
                    }
                >
                    <fieldset class="mode">
                        <legend>{text.what_to_play}</legend>
                        {[
                            (Mode::Set, text.play_set),
                            (Mode::Role, text.play_role),
                            (Mode::Hand, text.play_hand),
                        ]
                            .into_iter()
                            .map(|(m, label)| {
                                view! {
                                    <label class="chip">
                                        <input
                                            type="radio"
                                            name="mode"
                                            prop:checked=move || mode.get() == m
                                            on:change=move |_| mode.set(m)
                                        />
                                        {label}
                                    </label>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <Show when=move || mode.get() == Mode::Set>
                        <div class="field-inline">
                            <label for="ws-set">{text.play_set}</label>
                            <select
                                id="ws-set"
                                on:change=move |ev| set.set(event_target_value(&ev))
                            >
                                {lib
                                    .sets
                                    .iter()
                                    .map(|s| {
                                        let id = s.id.clone();
                                        view! {
                                            <option value=s.id.clone() selected=move || set.get() == id>
                                                {s.title.clone()}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                    </Show>
                    <Show when=move || mode.get() == Mode::Role>
                        <div class="field-inline">
                            <label for="ws-role">{text.play_role}</label>
                            <select
                                id="ws-role"
                                on:change=move |ev| {
                                    role.set(
                                        Role::parse(&event_target_value(&ev)).unwrap_or(Role::Buyer),
                                    )
                                }
                            >
                                {Role::ALL
                                    .into_iter()
                                    .map(|r| {
                                        view! {
                                            <option value=r.key() selected=move || role.get() == r>
                                                {r.name(lang)}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                    </Show>
                    <Show when=move || mode.get() == Mode::Hand>
                        <HandPicker lang=lang hand=hand />
                    </Show>
                    <div class="field">
                        <label for="ws-teams">{text.teams_label}</label>
                        <textarea
                            id="ws-teams"
                            rows="3"
                            prop:value=move || teams.get()
                            on:input=move |ev| teams.set(event_target_value(&ev))
                        ></textarea>
                        <p class="hint">{text.teams_hint}</p>
                    </div>
                    <div class="field-inline">
                        <label for="ws-seconds">{text.timer_label}</label>
                        <select
                            id="ws-seconds"
                            on:change=move |ev| {
                                seconds
                                    .set(
                                        event_target_value(&ev)
                                            .parse()
                                            .unwrap_or(DEFAULT_THINKING_SECONDS),
                                    )
                            }
                        >
                            {THINKING_SECONDS
                                .into_iter()
                                .map(|n| {
                                    view! {
                                        <option
                                            value=n.to_string()
                                            selected=move || seconds.get() == n
                                        >
                                            {format!("{n} {}", text.seconds)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="submit" class="button primary">
                            {text.start_session}
                        </button>
                    </div>
                    {move || {
                        error
                            .get()
                            .map(|e| {
                                view! {
                                    <p class="form-warning" role="alert">
                                        {e}
                                    </p>
                                }
                            })
                    }}
                </form>
            </div>
        }
    }
}

/// Choosing scenarios by hand: every playable scenario of every set, as checkboxes, in
/// the order the trainer ticks them.
#[component]
fn HandPicker(lang: Lang, hand: RwSignal<Vec<String>>) -> impl IntoView {
    let text = workshop_text(lang);
    view! {
        <p class="hint">{text.hand_hint}</p>
        <div class="hand-list">
            {library(lang)
                .sets
                .iter()
                .map(|s| {
                    view! {
                        <fieldset class="hand-set">
                            <legend>{s.title.clone()}</legend>
                            {s
                                .scenarios
                                .iter()
                                .filter(|sc| playable(sc).is_ok())
                                .map(|sc| {
                                    let id = sc.id.clone();
                                    let checked_id = id.clone();
                                    view! {
                                        <label class="hand-item">
                                            <input
                                                type="checkbox"
                                                value=id.clone()
                                                prop:checked=move || hand.with(|h| h.contains(&checked_id))
                                                on:change=move |_| hand.update(|h| toggle_in_hand(h, &id))
                                            />
                                            {sc.question.clone()}
                                        </label>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()}
        </div>
    }
}
