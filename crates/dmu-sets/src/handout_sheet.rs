//! The handout's questions: every scenario numbered, with its situation, its profile card
//! and, per part (a person, in a case), its options as empty tick boxes. No answers, tips
//! or discussion notes here: they would give the answer away, and are the key's
//! ([`crate::handout_key`]).

use dmu_core::sets::handout::{own_instruction, Question, Sheet};
use dmu_core::Lang;
use dmu_trainer::components::quiz::ProfileCard;
use dmu_trainer::components::rich_text::blocks_view;
use leptos::prelude::*;

/// Every question of the handout, in `lang` (the set's language).
pub fn questions_view(questions: &[Question], lang: Lang) -> impl IntoView {
    questions
        .iter()
        .map(|question| question_view(question, lang))
        .collect_view()
}

fn question_view(question: &Question, lang: Lang) -> impl IntoView {
    let scenario = question.scenario;
    view! {
        <article class="handout-question" data-scenario=scenario.id.clone()>
            <h2>{format!("{}. {}", question.number, scenario.question)}</h2>
            <div class="situation">{blocks_view(&scenario.situation, lang)}</div>
            {scenario
                .profile
                .clone()
                .map(|profile| view! { <ProfileCard profile=profile lang=lang /> })}
            {own_instruction(lang, scenario.kind())
                .map(|hint| view! { <p class="hint">{hint}</p> })}
            {question.parts.iter().map(|sheet| part_view(sheet, lang)).collect_view()}
        </article>
    }
}

/// One part: the person it is about, if any, and a box per option.
fn part_view(sheet: &Sheet, lang: Lang) -> impl IntoView {
    let steps = sheet.options.iter().any(|o| o.letter.is_some());
    view! {
        <div class="handout-part">
            {sheet
                .person
                .map(|person| {
                    view! {
                        <h3>{person.name.clone()}</h3>
                        <div class="person-about">{blocks_view(&person.about, lang)}</div>
                    }
                })} <ul class="handout-options" class:steps=steps>
                {sheet
                    .options
                    .iter()
                    .map(|option| {
                        view! {
                            <li>
                                <span class="handout-box" aria-hidden="true"></span>
                                {option
                                    .letter
                                    .map(|letter| {
                                        view! {
                                            <strong>{format!("{letter}.")}</strong>
                                            " "
                                        }
                                    })}
                                {option.choice.label(lang).to_string()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
