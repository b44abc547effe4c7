//! The feedback after checking: the verdict, why the chosen and the right options are (not)
//! right, how to approach the person, and a link to read back in the chapter.

use super::explanation::explanation;
use crate::components::rich_text::{blocks_view, inlines_view};
use crate::content::library;
use crate::context::UiLang;
use crate::learner::Learner;
use dmu_core::practice::Outcome;
use dmu_core::progress::contrast_for;
use dmu_core::progress_text::contrast_title;
use dmu_core::quiz_text::{option_verdict, outcome_label, quiz_text, score_number, OptionVerdict};
use dmu_core::round::Answer;
use dmu_core::scenario::{Choice, Scenario};
use leptos::prelude::*;

/// Feedback on an answer to `scenario`, with options in the order they were shown.
#[component]
pub fn Feedback(
    scenario: &'static Scenario,
    answer: Answer,
    order: Vec<Vec<usize>>,
) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let lang = lang.get_untracked();
    let text = quiz_text(lang);
    let outcome = answer.outcome();
    let lib = library(lang);
    let place = lib.chapter.place(&scenario.section);
    let learner: Learner = expect_context();
    // When this scenario sets apart two roles the learner confused recently (in this answer,
    // or more often), show both side by side.
    let contrast = learner
        .progress
        .with_untracked(|p| contrast_for(p, lib.scenarios(), scenario));
    let contrast = contrast.map(|pair| {
        let cards: Vec<_> = [pair.actual, pair.chose]
            .into_iter()
            .filter_map(|role| lib.chapter.role_section(role).and_then(|s| s.card()))
            .collect();
        view! {
            <div class="contrast">
                <h3>
                    {contrast_title(lang, pair.count)}": "{pair.chose.name(lang)} " ↔ "
                    {pair.actual.name(lang)}
                </h3>
                <dl>
                    {cards
                        .into_iter()
                        .map(|card| {
                            view! {
                                <div data-role=card.role.key()>
                                    <dt>{card.role.name(lang)}</dt>
                                    <dd>{inlines_view(card.summary, lang)}</dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
            </div>
        }
    });
    let class = match outcome {
        Outcome::Right => "feedback is-right",
        Outcome::Partly => "feedback is-partly",
        Outcome::Wrong => "feedback is-wrong",
    };
    let parts = scenario.parts.iter().enumerate().map(|(p, part)| {
        let chosen = answer.chosen.get(p).cloned().unwrap_or_default();
        let shown: Vec<&'static Choice> = order.get(p).map_or_else(
            || part.choices.iter().collect(),
            |o| o.iter().filter_map(|&i| part.choices.get(i)).collect(),
        );
        let (key, rest): (Vec<&Choice>, Vec<&Choice>) = shown.into_iter().partition(|c| c.correct || chosen.contains(&c.pick));
        let status = move |c: &Choice| option_verdict(lang, OptionVerdict::of(chosen.contains(&c.pick), c.correct));
        let verdict = answer.part_outcome(p);
        view! {
            <div class="feedback-part">
                {part
                    .person
                    .as_ref()
                    .map(|person| {
                        view! {
                            <h3>
                                {person.name.clone()}" · "{verdict.map(|o| outcome_label(lang, o))}
                            </h3>
                        }
                    })}
                <ul class="explanations">
                    {key.into_iter().map(|c| explanation(c, lang, status(c))).collect_view()}
                </ul>
                {(!rest.is_empty())
                    .then(|| {
                        view! {
                            <details>
                                <summary>{text.other_options}</summary>
                                <ul class="explanations">
                                    {rest
                                        .into_iter()
                                        .map(|c| explanation(c, lang, None))
                                        .collect_view()}
                                </ul>
                            </details>
                        }
                    })}
            </div>
        }
    }).collect_view();
    view! {
        <section class=class aria-labelledby="feedback-title">
            <h2 id="feedback-title" tabindex="-1">
                <span class="feedback-icon" aria-hidden="true">
                    {match outcome {
                        Outcome::Right => "✓",
                        Outcome::Partly => "◐",
                        Outcome::Wrong => "✗",
                    }}
                </span>
                {outcome_label(lang, outcome)}
                {(outcome == Outcome::Partly)
                    .then(|| format!(" ({})", score_number(lang, answer.score())))}
            </h2>
            {parts}
            {contrast}
            {scenario
                .tip
                .as_ref()
                .map(|tip| {
                    view! {
                        <div class="callout callout-tip">
                            <p>
                                <strong>{text.approach}</strong>
                            </p>
                            {blocks_view(tip, lang)}
                        </div>
                    }
                })}
            {place
                .map(|place| {
                    view! {
                        <p class="read-back">
                            <a href=format!("#{}", place.id)>{text.read_back}": "{place.title}</a>
                        </p>
                    }
                })}
        </section>
    }
}
