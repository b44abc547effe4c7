//! One question of a round: the situation, the options (by mouse, keyboard or number
//! keys), checking, and the feedback in place.

use super::feedback::Feedback;
use super::option::{ChoiceOption, Verdict};
use super::part_frame::PartFrame;
use super::profile_card::ProfileCard;
use crate::active_round::ActiveRound;
use crate::components::rich_text::blocks_view;
use crate::content::library;
use crate::context::UiLang;
use crate::dom;
use dmu_core::percent::percent_of;
use dmu_core::practice::NotAnswered;
use dmu_core::progress::Confidence;
use dmu_core::progress_text::{confidence_label, progress_text};
use dmu_core::quiz_text::{instruction, outcome_label, question_of, quiz_text};
use dmu_core::scenario::{Part, Pick};
use dmu_core::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Question `index` of the active round.
#[component]
pub fn Question(index: usize) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let active: ActiveRound = expect_context();
    let round = active.round;
    let item = round.with_untracked(|r| r.as_ref().and_then(|r| r.items.get(index).cloned()));
    let Some(item) = item else {
        return ().into_any();
    };
    let total = round.with_untracked(|r| r.as_ref().map_or(0, |r| r.items.len()));
    let order = item.order.clone();
    let answer = Memo::new(move |_| {
        round.with(|r| r.as_ref().and_then(|r| r.items.get(index)?.answer.clone()))
    });
    let parts = library(lang.get_untracked())
        .scenario(&item.scenario)
        .map_or(0, |s| s.parts.len());
    let chosen = RwSignal::new(
        item.answer
            .as_ref()
            .map_or_else(|| vec![Vec::<Pick>::new(); parts], |a| a.chosen.clone()),
    );
    let answered = Signal::derive(move || answer.with(Option::is_some));
    let warning = RwSignal::new(false);
    let confidence = RwSignal::new(Confidence::Unsure);
    let id = item.scenario.clone();

    // Every option is a checkbox: the learner is never told how many are right.
    let toggle = move |part: usize, pick: Pick| {
        if answer.with_untracked(Option::is_some) {
            return;
        }
        warning.set(false);
        chosen.update(|all| {
            let Some(picks) = all.get_mut(part) else {
                return;
            };
            if picks.contains(&pick) {
                picks.retain(|p| *p != pick);
            } else {
                picks.push(pick);
            }
        });
    };
    let check = move || match active.answer(chosen.get_untracked(), confidence.get_untracked()) {
        Ok(()) => request_animation_frame(|| dom::focus_element("feedback-title")),
        Err(NotAnswered::NothingChosen) => warning.set(true),
        Err(NotAnswered::NoQuestion) => {}
    };
    let next = move || active.advance();
    request_animation_frame(|| dom::focus_element("question-title"));

    // Number keys choose, Enter checks and then moves on. Buttons and links keep their own Enter.
    let keys = {
        let order = order.clone();
        let id = id.clone();
        window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let target = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let tag = target.as_ref().map(|t| t.tag_name()).unwrap_or_default();
            if matches!(
                tag.as_str(),
                "BUTTON" | "A" | "SELECT" | "TEXTAREA" | "SUMMARY"
            ) {
                return;
            }
            let key = ev.key();
            if key == "Enter" {
                ev.prevent_default();
                if answer.with_untracked(Option::is_some) {
                    next()
                } else {
                    check()
                }
                return;
            }
            let Some(digit) = key.parse::<usize>().ok().filter(|d| (1..=9).contains(d)) else {
                return;
            };
            let part = target
                .as_ref()
                .and_then(|t| t.closest("[data-part]").ok().flatten())
                .and_then(|el| el.get_attribute("data-part")?.parse::<usize>().ok())
                .unwrap_or(0);
            let Some(scenario) = library(lang.get_untracked()).scenario(&id) else {
                return;
            };
            let (Some(p), Some(order)) = (scenario.parts.get(part), order.get(part)) else {
                return;
            };
            if let Some(choice) = order.get(digit - 1).and_then(|&i| p.choices.get(i)) {
                toggle(part, choice.pick);
                dom::focus_element(&format!("option-{part}-{}", choice.key()));
            }
        })
    };
    on_cleanup(move || keys.remove());

    (move || {
        let lang = lang.get();
        let text = quiz_text(lang);
        let Some(scenario) = library(lang).scenario(&id) else {
            return ().into_any();
        };
        let multi_part = scenario.parts.len() > 1;
        let instruction = instruction(lang, scenario.kind());
        let order = order.clone();
        view! {
            <div class="page quiz">
                <div class="quiz-progress">
                    <p>{question_of(lang, index + 1, total)}</p>
                    <div class="bar" aria-hidden="true">
                        <span style:width=format!(
                            "{}%",
                            percent_of(index as u64, total as u64),
                        )></span>
                    </div>
                </div>
                <article class="question" aria-labelledby="question-title">
                    <h1 id="question-title" tabindex="-1">
                        {scenario.question.as_str()}
                    </h1>
                    <div class="situation">{blocks_view(&scenario.situation, lang)}</div>
                    {scenario
                        .profile
                        .clone()
                        .map(|profile| view! { <ProfileCard profile=profile lang=lang /> })}
                    <form on:submit=move |ev| {
                        ev.prevent_default();
                        check();
                    }>
                        {multi_part.then(|| view! { <p class="hint">{instruction}</p> })}
                        {scenario
                            .parts
                            .iter()
                            .enumerate()
                            .map(|(p, part)| {
                                view! {
                                    <PartOptions
                                        lang=lang
                                        index=p
                                        part=part
                                        order=order.get(p).cloned().unwrap_or_default()
                                        instruction=instruction
                                        steps=scenario.kind().is_approach()
                                        chosen=chosen
                                        answered=answered
                                        on_toggle=Callback::new(move |pick| toggle(p, pick))
                                    />
                                }
                            })
                            .collect_view()} <Show when=move || answer.with(Option::is_none)>
                            <ConfidencePicker lang=lang confidence=confidence />
                            <div class="actions">
                                <button type="submit" class="button primary">
                                    {text.check}
                                </button>
                                <Show when=move || warning.get()>
                                    <p class="form-warning" role="alert">
                                        {text.choose_first}
                                    </p>
                                </Show>
                            </div>
                        </Show>
                    </form>
                    <p class="visually-hidden" aria-live="polite">
                        {move || answer.get().map(|a| outcome_label(lang, a.outcome()))}
                    </p>
                    {move || {
                        answer
                            .get()
                            .map(|answer| {
                                let last = index + 1 >= total;
                                view! {
                                    <Feedback scenario=scenario answer=answer order=order.clone() />
                                    <div class="actions">
                                        <button
                                            type="button"
                                            class="button primary"
                                            on:click=move |_| next()
                                        >
                                            {if last { text.finish } else { text.next }}
                                        </button>
                                    </div>
                                }
                            })
                    }}
                    <p class="keyboard-hint muted">{text.keyboard_hint}</p>
                </article>
            </div>
        }
        .into_any()
    })
    .into_any()
}

/// One part's options: the person it is about (if any) and a checkbox per option, in the
/// order the round shuffled them.
#[component]
fn PartOptions(
    lang: Lang,
    index: usize,
    part: &'static Part,
    order: Vec<usize>,
    instruction: &'static str,
    /// Steps are sentences: one per row, not a grid of tiles.
    steps: bool,
    chosen: RwSignal<Vec<Vec<Pick>>>,
    answered: Signal<bool>,
    on_toggle: Callback<Pick>,
) -> impl IntoView {
    let options = order
        .into_iter()
        .enumerate()
        .filter_map(|(n, i)| {
            let choice = part.choices.get(i)?;
            let pick = choice.pick;
            let is_chosen = Signal::derive(move || {
                chosen.with(|c| c.get(index).is_some_and(|r| r.contains(&pick)))
            });
            let verdict = Signal::derive(move || {
                Verdict::of(answered.get(), is_chosen.get(), choice.correct)
            });
            Some(view! {
                <ChoiceOption
                    part=index
                    number=n + 1
                    choice=choice
                    lang=lang
                    chosen=is_chosen
                    verdict=verdict
                    on_toggle=Callback::new(move |_| on_toggle.run(pick))
                />
            })
        })
        .collect_view();
    PartFrame {
        person: part.person.as_ref(),
        index,
        lang,
        instruction,
        steps,
    }
    .view(options)
}

/// How sure the learner is, asked before checking.
#[component]
fn ConfidencePicker(lang: Lang, confidence: RwSignal<Confidence>) -> impl IntoView {
    view! {
        <fieldset class="confidence">
            <legend>{progress_text(lang).confidence_legend}</legend>
            {Confidence::ALL
                .into_iter()
                .map(|level| {
                    view! {
                        <label class="chip">
                            <input
                                type="radio"
                                name="confidence"
                                prop:checked=move || confidence.get() == level
                                on:change=move |_| confidence.set(level)
                            />
                            {confidence_label(lang, level)}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
