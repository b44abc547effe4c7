//! The editor's preview: each scenario of the set as a learner sees it in practice (the
//! question, the situation, a profile, each person's options), with the answers and why
//! folded under it, and the chapter section to read more in. It uses the quiz's classes
//! (its profile card's too) and the one rich-text renderer, in the set's language. While
//! the trainer types, only a scenario whose content changed is drawn again.

use dmu_core::quiz_text::{instruction, quiz_text, scenario_count};
use dmu_core::scenario::{Choice, Part, Scenario};
use dmu_core::sets::bring::Brought;
use dmu_core::sets_text::{error_place, lang_name, sets_text};
use dmu_core::workshop_text::workshop_text;
use dmu_core::Lang;
use dmu_trainer::components::quiz::{explanation, PartFrame, ProfileCard};
use dmu_trainer::components::rich_text::blocks_view;
use dmu_trainer::content::built_in;
use dmu_trainer::context::UiLang;
use leptos::prelude::*;

/// A scenario as drawn: its content (without its line, so a line added above it does not
/// draw it again), its line, its set's language, and a version that changes with its
/// content.
#[derive(Clone, PartialEq)]
struct Shown {
    scenario: Scenario,
    line: u32,
    lang: Lang,
    version: u64,
}

/// The scenarios of `set` to draw, each keeping its version while its content stays the
/// same as in `before`.
fn shown(set: &Brought, before: Option<&Vec<Shown>>, next: &mut u64) -> Vec<Shown> {
    set.set
        .scenarios
        .iter()
        .map(|scenario| {
            let mut scenario = scenario.clone();
            let line = std::mem::take(&mut scenario.line);
            let same = before.into_iter().flatten().find(|s| {
                s.scenario.id == scenario.id && s.lang == set.lang && s.scenario == scenario
            });
            let version = match same {
                Some(s) => s.version,
                None => {
                    *next += 1;
                    *next
                }
            };
            Shown {
                scenario,
                line,
                lang: set.lang,
                version,
            }
        })
        .collect()
}

/// The preview of the last set that read (`stale` when the text has errors since).
#[component]
pub fn SetPreview(
    set: Memo<Option<Brought>>,
    stale: Signal<bool>,
    on_line: Callback<u32>,
) -> impl IntoView {
    let UiLang(ui) = expect_context();
    let next = StoredValue::new(0u64);
    let scenarios = Memo::new(move |before: Option<&Vec<Shown>>| {
        set.with(|set| match set {
            Some(set) => {
                let mut n = next.get_value();
                let shown = shown(set, before, &mut n);
                next.set_value(n);
                shown
            }
            None => Vec::new(),
        })
    });
    let meta = move || {
        let ui = ui.get();
        set.with(|set| {
            set.as_ref().map(|b| {
                format!(
                    "{} · {} · {}",
                    b.set.title,
                    lang_name(ui, b.lang),
                    scenario_count(ui, b.set.scenarios.len())
                )
            })
        })
    };
    let set_lang = move || set.with(|s| s.as_ref().map(|b| b.lang.code()));
    let line_of = move |id: &str| {
        scenarios.with(|all| {
            all.iter()
                .find(|s| s.scenario.id == id)
                .map_or(0, |s| s.line)
        })
    };
    view! {
        <section class="editor-preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{move || sets_text(ui.get()).preview_title}</h2>
            {move || {
                stale
                    .get()
                    .then(|| {
                        view! {
                            <p class="notice notice-warning preview-stale">
                                {sets_text(ui.get()).preview_stale}
                            </p>
                        }
                    })
            }}
            {move || match meta() {
                Some(meta) => view! { <p class="tile-meta">{meta}</p> }.into_any(),
                None => {
                    view! { <p class="muted">{sets_text(ui.get()).preview_empty}</p> }.into_any()
                }
            }}
            <div class="preview-list" class:is-stale=move || stale.get() lang=set_lang>
                <For
                    each=move || scenarios.get()
                    key=|s| (s.scenario.id.clone(), s.version)
                    let:shown
                >
                    {
                        let id = shown.scenario.id.clone();
                        let line = Signal::derive(move || line_of(&id));
                        view! { <ScenarioPreview shown=shown line=line on_line=on_line /> }
                    }
                </For>
            </div>
        </section>
    }
}

/// One scenario as the learner sees it, then its answers.
#[component]
fn ScenarioPreview(shown: Shown, line: Signal<u32>, on_line: Callback<u32>) -> impl IntoView {
    let UiLang(ui) = expect_context();
    let Shown { scenario, lang, .. } = shown;
    let kind = scenario.kind();
    let instruction = instruction(lang, kind);
    let multi_part = scenario.parts.len() > 1;
    let parts = scenario
        .parts
        .iter()
        .enumerate()
        .map(|(n, part)| part_view(part, n, lang, instruction, kind.is_approach()))
        .collect_view();
    view! {
        <article class="question preview-question">
            <p class="preview-place">
                <code>{format!("#{}", scenario.id)}</code>
                " · "
                <button
                    type="button"
                    class="line-button"
                    lang=move || ui.get().code()
                    on:click=move |_| on_line.run(line.get_untracked())
                >
                    {move || error_place(ui.get(), line.get())}
                </button>
            </p>
            <h3>{scenario.question.clone()}</h3>
            <div class="situation">{blocks_view(&scenario.situation, lang)}</div>
            {scenario
                .profile
                .clone()
                .map(|profile| view! { <ProfileCard profile=profile lang=lang /> })}
            {multi_part.then(|| view! { <p class="hint">{instruction}</p> })}
            {parts}
            {answers(&scenario, lang)}
        </article>
    }
}

/// A part's options as the learner sees them, not to be chosen here.
fn part_view(
    part: &Part,
    index: usize,
    lang: Lang,
    instruction: &'static str,
    steps: bool,
) -> impl IntoView {
    let options = part
        .choices
        .iter()
        .enumerate()
        .map(|(n, choice)| option_view(choice, n + 1, lang))
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

/// An option, with the number key it has in practice.
fn option_view(choice: &Choice, number: usize, lang: Lang) -> impl IntoView {
    let class = if choice.role().is_some() {
        "option"
    } else {
        "option is-step"
    };
    view! {
        <label class=class data-role=choice.role().map(|r| r.key()) data-option=choice.key()>
            <input type="checkbox" disabled />
            <span class="option-key" aria-hidden="true">
                {number}
            </span>
            <span class="option-name">{choice.label(lang).to_string()}</span>
        </label>
    }
}

/// The answers folded away: each option right or wrong (in words) with why, the tip, the
/// note for discussion, and where the chapter says more.
fn answers(scenario: &Scenario, lang: Lang) -> impl IntoView {
    let text = sets_text(lang);
    let section = built_in(lang)
        .chapter
        .place(&scenario.section)
        .map_or_else(|| scenario.section.clone(), |place| place.title);
    let parts = scenario
        .parts
        .iter()
        .map(|part| {
            view! {
                {part.person.as_ref().map(|p| view! { <h4>{p.name.clone()}</h4> })}
                <ul class="explanations">
                    {part
                        .choices
                        .iter()
                        .map(|c| {
                            let verdict = if c.correct { text.right } else { text.wrong };
                            explanation(c, lang, Some(verdict.to_string()))
                        })
                        .collect_view()}
                </ul>
            }
        })
        .collect_view();
    view! {
        <details class="preview-answers">
            <summary>{text.answers_and_why}</summary>
            {parts}
            {scenario
                .tip
                .as_ref()
                .map(|tip| {
                    view! {
                        <div class="callout callout-tip">
                            <p>
                                <strong>{quiz_text(lang).approach}</strong>
                            </p>
                            {blocks_view(tip, lang)}
                        </div>
                    }
                })}
            {scenario
                .prompt
                .as_ref()
                .map(|prompt| {
                    view! {
                        <div class="callout callout-note">
                            <p>
                                <strong>{workshop_text(lang).discuss}</strong>
                            </p>
                            {blocks_view(prompt, lang)}
                        </div>
                    }
                })}
            <p class="read-back">
                <a href=format!("#{}", scenario.section)>{text.read_more}": "{section}</a>
            </p>
        </details>
    }
}
