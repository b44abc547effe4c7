//! The end of a round: the score, how each role went, and every question again with the
//! learner's answer and the right answer side by side; retry the missed ones.

use crate::active_round::ActiveRound;
use crate::content::library;
use crate::context::UiLang;
use crate::dom;
use dmu_core::practice::{Outcome, RoundResult};
use dmu_core::quiz_text::{found_of, outcome_label, quiz_text, score_line};
use dmu_core::route::Route;
use leptos::prelude::*;

/// The result of the finished round.
#[component]
pub fn RoundResultPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let active: ActiveRound = expect_context();
    request_animation_frame(|| dom::focus_element("result-title"));
    let retry = move |_| {
        active.retry_missed();
    };
    move || {
        let lang = lang.get();
        let text = quiz_text(lang);
        let lib = library(lang);
        let Some(result) = active
            .round
            .with(|r| r.as_ref().map(|r| RoundResult::of(r, lib)))
        else {
            return ().into_any();
        };
        view! {
            <div class="page result">
                <h1 id="result-title" tabindex="-1">
                    {text.result_title}
                </h1>
                <p class="score">{score_line(lang, result.score, result.answered)}</p>
                {(!result.any_missed).then(|| view! { <p>{text.all_right}</p> })}
                <div class="actions">
                    {result
                        .any_missed
                        .then(|| {
                            view! {
                                <button type="button" class="button primary" on:click=retry>
                                    {text.retry_missed}
                                </button>
                            }
                        })} <a class="button" href=Route::Practice.fragment()>
                        {text.new_round}
                    </a>
                </div>
                <section aria-labelledby="per-role-title">
                    <h2 id="per-role-title">{text.per_role_title}</h2>
                    <table class="role-table">
                        <thead>
                            <tr>
                                <th scope="col">{text.role_column}</th>
                                <th scope="col">{text.found_column}</th>
                                <th scope="col">{text.wrongly_column}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {result
                                .roles
                                .iter()
                                .map(|r| {
                                    view! {
                                        <tr data-role=r.role.key()>
                                            <th scope="row">{r.role.name(lang)}</th>
                                            <td>
                                                <span class="meter" aria-hidden="true">
                                                    <span style:width=format!("{}%", r.found_percent)></span>
                                                </span>
                                                {found_of(lang, r.tally.found, r.tally.asked)}
                                            </td>
                                            <td>{r.tally.wrongly_chosen}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </section>
                <section aria-labelledby="review-title">
                    <h2 id="review-title">{text.review_title}</h2>
                    <ol class="review">
                        {result
                            .questions
                            .iter()
                            .map(|q| {
                                view! {
                                    <li class=match q.outcome {
                                        Outcome::Right => "review-item is-right",
                                        Outcome::Partly => "review-item is-partly",
                                        Outcome::Wrong => "review-item is-wrong",
                                    }>
                                        <h3>{q.scenario.question.as_str()}</h3>
                                        <p class="review-outcome">
                                            {outcome_label(lang, q.outcome)}
                                        </p>
                                        {q
                                            .parts
                                            .iter()
                                            .map(|part| {
                                                view! {
                                                    {part
                                                        .person
                                                        .map(|name| view! { <p class="review-person">{name}</p> })}
                                                    <dl class="review-answers">
                                                        <div class="yours">
                                                            <dt>{text.your_choice_label}</dt>
                                                            <dd>
                                                                {part
                                                                    .chosen
                                                                    .clone()
                                                                    .unwrap_or_else(|| text.nothing.to_string())}
                                                            </dd>
                                                        </div>
                                                        <div class="right">
                                                            <dt>{text.right_answer}</dt>
                                                            <dd>
                                                                {part
                                                                    .right
                                                                    .clone()
                                                                    .unwrap_or_else(|| text.nothing.to_string())}
                                                            </dd>
                                                        </div>
                                                    </dl>
                                                }
                                            })
                                            .collect_view()}
                                        <a href=format!(
                                            "#{}",
                                            q.scenario.section,
                                        )>{text.read_back}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </section>
            </div>
        }
        .into_any()
    }
}
