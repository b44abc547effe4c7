//! The end of a round: the score, how each role went, and every question again with the
//! learner's answer and the right answer side by side; retry the missed ones.

use crate::content::library;
use crate::context::{ActiveRound, UiLang};
use crate::dom;
use dmu_core::grade::Outcome;
use dmu_core::quiz_text::{found_of, outcome_label, quiz_text, score_line};
use dmu_core::role::Role;
use dmu_core::round::{Focus, Round};
use dmu_core::route::Route;
use dmu_core::scenario::{Part, Pick};
use dmu_core::Lang;
use leptos::prelude::*;

/// The result of the finished round.
#[component]
pub fn Summary() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let ActiveRound(round) = expect_context();
    request_animation_frame(|| dom::focus_element("result-title"));
    let retry = move |_| {
        let missed = round.with_untracked(|r| r.as_ref().map(Round::missed).unwrap_or_default());
        let size = missed.len();
        let lib = library(lang.get_untracked());
        if let Some(again) = Round::new(lib, Focus::Only(missed), size, dom::now_ms() as u64) {
            round.set(Some(again));
        }
    };
    move || {
        let lang = lang.get();
        let text = quiz_text(lang);
        let lib = library(lang);
        let Some(finished) = round.get() else {
            return ().into_any();
        };
        let (score, answered) = finished.score();
        let tallies = finished.role_breakdown(lib);
        let missed = finished.missed();
        view! {
            <div class="page result">
                <h1 id="result-title" tabindex="-1">{text.result_title}</h1>
                <p class="score">{score_line(lang, score, answered)}</p>
                {missed.is_empty().then(|| view! { <p>{text.all_right}</p> })}
                <div class="actions">
                    {(!missed.is_empty()).then(|| view! {
                        <button type="button" class="button primary" on:click=retry>{text.retry_missed}</button>
                    })}
                    <a class="button" href=Route::Practice.fragment()>{text.new_round}</a>
                </div>
                <section aria-labelledby="per-role-title">
                    <h2 id="per-role-title">{text.per_role_title}</h2>
                    <table class="role-table">
                        <thead><tr>
                            <th scope="col">{text.role_column}</th>
                            <th scope="col">{text.found_column}</th>
                            <th scope="col">{text.wrongly_column}</th>
                        </tr></thead>
                        <tbody>
                            {Role::ALL.into_iter().filter(|r| { let t = tallies[r.index()]; t.asked + t.wrongly_chosen > 0 }).map(|role| {
                                let t = tallies[role.index()];
                                let percent = (t.found * 100).checked_div(t.asked).unwrap_or(0);
                                view! {
                                    <tr data-role=role.key()>
                                        <th scope="row">{role.name(lang)}</th>
                                        <td>
                                            <span class="meter" aria-hidden="true"><span style:width=format!("{percent}%")></span></span>
                                            {found_of(lang, t.found, t.asked)}
                                        </td>
                                        <td>{t.wrongly_chosen}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
                <section aria-labelledby="review-title">
                    <h2 id="review-title">{text.review_title}</h2>
                    <ol class="review">
                        {finished.items.iter().filter_map(|item| {
                            let scenario = lib.scenario(&item.scenario)?;
                            let answer = item.answer.clone()?;
                            let outcome = answer.grade.outcome;
                            Some(view! {
                                <li class=match outcome { Outcome::Right => "review-item is-right", Outcome::Partly => "review-item is-partly", Outcome::Wrong => "review-item is-wrong" }>
                                    <h3>{scenario.question.as_str()}</h3>
                                    <p class="review-outcome">{outcome_label(lang, outcome)}</p>
                                    {scenario.parts.iter().zip(answer.chosen.iter()).map(|(part, chosen)| view! {
                                        {part.person.as_ref().map(|p| view! { <p class="review-person">{p.name.clone()}</p> })}
                                        <dl class="review-answers">
                                            <div class="yours"><dt>{text.your_choice_label}</dt><dd>{labels(lang, part, chosen, text.nothing)}</dd></div>
                                            <div class="right"><dt>{text.right_answer}</dt><dd>{labels(lang, part, &part.right_picks(), text.nothing)}</dd></div>
                                        </dl>
                                    }).collect_view()}
                                    <a href=format!("#{}", scenario.section)>{text.read_back}</a>
                                </li>
                            })
                        }).collect_view()}
                    </ol>
                </section>
            </div>
        }
        .into_any()
    }
}

/// The options' labels (role names or steps), in the part's own order.
fn labels(lang: Lang, part: &Part, picks: &[Pick], nothing: &str) -> String {
    let labels: Vec<&str> = part
        .choices
        .iter()
        .filter(|c| picks.contains(&c.pick))
        .map(|c| c.label(lang))
        .collect();
    if labels.is_empty() {
        nothing.to_string()
    } else {
        labels.join(if part.choices.iter().any(|c| c.role().is_none()) {
            " · "
        } else {
            ", "
        })
    }
}
