//! The handout's answer key, on pages of its own: per question (and per person, in a
//! case) the right answer, why each option is right or wrong (a trainer discusses the
//! wrong ones too), how to approach the person, and the prompt to start a discussion.

use dmu_core::scenario::Scenario;
use dmu_core::sets::handout::{Printed, Question, Sheet};
use dmu_core::sets_text::sets_text;
use dmu_core::text::Block;
use dmu_core::Lang;
use dmu_trainer::components::rich_text::{blocks_view, inlines_view};
use leptos::prelude::*;

/// The key to every question, in `lang` (the set's language).
pub fn key_view(questions: &[Question], lang: Lang) -> impl IntoView {
    let text = sets_text(lang);
    view! {
        <section class="handout-key" aria-labelledby="handout-key-title">
            <h2 id="handout-key-title">{text.handout_key}</h2>
            {questions.iter().map(|question| item_view(question, lang)).collect_view()}
        </section>
    }
}

fn item_view(question: &Question, lang: Lang) -> impl IntoView {
    let text = sets_text(lang);
    let scenario: &Scenario = question.scenario;
    // Only a case names each person: a question about one person already names them.
    let case = question.parts.len() > 1;
    view! {
        <article class="handout-key-item" data-scenario=scenario.id.clone()>
            <h3>{format!("{}. {}", question.number, scenario.question)}</h3>
            {question.parts.iter().map(|sheet| part_view(sheet, case, lang)).collect_view()}
            {scenario.tip.as_deref().map(|tip| note_view(text.handout_tip, tip, lang))}
            {scenario.prompt.as_deref().map(|prompt| note_view(text.handout_prompt, prompt, lang))}
        </article>
    }
}

/// One part's answer, then why each option is right or wrong: the right ones first.
fn part_view(sheet: &Sheet, case: bool, lang: Lang) -> impl IntoView {
    let text = sets_text(lang);
    view! {
        <div class="handout-key-part">
            {sheet
                .person
                .filter(|_| case)
                .map(|person| view! { <h4>{person.full_name().to_string()}</h4> })}
            <p class="handout-answer">
                {text.handout_answer} " " <strong>{sheet.answer(lang)}</strong>
            </p>
            <ul class="handout-why">
                {sheet
                    .right()
                    .chain(sheet.wrong())
                    .map(|option| why_view(option, lang))
                    .collect_view()}
            </ul>
        </div>
    }
}

/// Why one option is right or wrong, in words (not by colour or sign alone).
fn why_view(option: &Printed, lang: Lang) -> impl IntoView {
    let text = sets_text(lang);
    let choice = option.choice;
    let (class, verdict) = match choice.correct {
        true => ("is-right", text.right),
        false => ("is-wrong", text.wrong),
    };
    // A step by its letter as on the sheet, and its words, so the key reads on its own.
    let name = option
        .letter
        .map_or_else(|| option.short(lang), |letter| format!("{letter}."));
    let step = option.letter.map(|_| {
        view! {
            " "
            <em>{choice.step.clone()}</em>
        }
    });
    view! {
        <li class=class>
            <strong>{name}</strong>
            {step}
            {format!(" ({verdict}): ")}
            {inlines_view(&choice.why, lang)}
        </li>
    }
}

/// A tip or a discussion prompt, under its label.
fn note_view(label: &'static str, blocks: &[Block], lang: Lang) -> impl IntoView {
    view! {
        <div class="handout-note">
            <p>
                <strong>{label}</strong>
            </p>
            {blocks_view(blocks, lang)}
        </div>
    }
}
