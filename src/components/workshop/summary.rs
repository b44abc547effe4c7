//! The end of a session: how the room did per scenario and per role, what it confused,
//! what to revisit, the teams' standing; printable and exportable as CSV.

use crate::content::library;
use crate::context::UiLang;
use crate::dom;
use crate::workshop::Workshop;
use dmu_core::workshop::{summary_csv, SessionSummary, UTF8_BOM};
use dmu_core::workshop_text::{share_label, workshop_text};
use dmu_core::Lang;
use leptos::prelude::*;

/// The console's summary, with print, CSV and clearing the session.
#[component]
pub fn SessionSummaryPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let workshop: Workshop = expect_context();
    let confirm_end = RwSignal::new(false);
    move || {
        let lang = lang.get();
        let text = workshop_text(lang);
        let Some(summary) = workshop
            .session
            .with(|s| s.as_ref().map(|s| s.summary(library(lang))))
        else {
            return ().into_any();
        };
        let csv = summary_csv(&summary, lang);
        view! {
            <div class="page workshop-summary">
                <h1 id="summary-title" tabindex="-1">
                    {text.summary_title}
                </h1>
                <div class="actions">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            let _ = dom::window().print();
                        }
                    >
                        {text.print}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| dom::download(
                            "dmu-workshop.csv",
                            &format!("{UTF8_BOM}{csv}"),
                            "text/csv",
                        )
                    >
                        {text.csv}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            let _ = workshop.apply(lang, |s| s.previous());
                        }
                    >
                        {text.back_to_session}
                    </button>
                    <button type="button" class="button" on:click=move |_| confirm_end.set(true)>
                        {text.end_session}
                    </button>
                    <Show when=move || confirm_end.get()>
                        <button
                            type="button"
                            class="button danger"
                            on:click=move |_| workshop.replace(lang, None)
                        >
                            {text.end_confirm}
                        </button>
                    </Show>
                </div>
                <SummaryTables summary=summary lang=lang />
            </div>
        }
        .into_any()
    }
}

/// The summary's tables, shared by the console and the audience view.
#[component]
pub fn SummaryTables(summary: SessionSummary, lang: Lang) -> impl IntoView {
    let text = workshop_text(lang);
    let lib = library(lang);
    view! {
        {(!summary.teams.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="teams-title">
                        <h2 id="teams-title">{text.team_scores}</h2>
                        <ol class="standings">
                            {summary
                                .teams
                                .iter()
                                .map(|t| {
                                    view! {
                                        <li>
                                            <strong>{t.name.clone()}</strong>
                                            " · "
                                            {t.points}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    </section>
                }
            })}
        <section aria-labelledby="per-scenario-title">
            <h2 id="per-scenario-title">{text.per_scenario}</h2>
            <div class="table-scroll" tabindex="0">
                <table class="summary-table">
                    <thead>
                        <tr>
                            <th scope="col">{text.question_col}</th>
                            <th scope="col">{text.right_col}</th>
                            <th scope="col">{text.share_col}</th>
                            <th scope="col">{text.top_wrong_col}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {summary
                            .scenarios
                            .iter()
                            .map(|r| {
                                view! {
                                    <tr>
                                        <th scope="row">{r.question.clone()}</th>
                                        <td>{r.right.join(" · ")}</td>
                                        <td>{share_label(r.right_share)}</td>
                                        <td>
                                            {r
                                                .top_wrong
                                                .as_ref()
                                                .map_or_else(
                                                    || text.none.to_string(),
                                                    |w| format!("{} ({})", w.label, w.count),
                                                )}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="per-role-ws-title">
            <h2 id="per-role-ws-title">{text.per_role}</h2>
            <table class="summary-table">
                <thead>
                    <tr>
                        <th scope="col">{dmu_core::quiz_text::quiz_text(lang).role_column}</th>
                        <th scope="col">{text.found_col}</th>
                        <th scope="col">{text.wrongly_col}</th>
                    </tr>
                </thead>
                <tbody>
                    {summary
                        .roles
                        .iter()
                        .filter(|r| r.asked > 0 || r.wrongly > 0)
                        .map(|r| {
                            view! {
                                <tr data-role=r.role.key()>
                                    <th scope="row">{r.role.name(lang)}</th>
                                    <td>{share_label(r.found_share())}</td>
                                    <td>{r.wrongly}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
        {(!summary.confusions.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="confused-title">
                        <h2 id="confused-title">{text.confused_title}</h2>
                        <ul>
                            {summary
                                .confusions
                                .iter()
                                .take(5)
                                .map(|c| {
                                    view! {
                                        <li>
                                            {format!(
                                                "{} ↔ {} ({})",
                                                c.chosen.name(lang),
                                                c.instead_of.name(lang),
                                                c.votes,
                                            )}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        {(!summary.revisit.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="revisit-title">
                        <h2 id="revisit-title">{text.revisit_title}</h2>
                        <ul>
                            {summary
                                .revisit
                                .iter()
                                .filter_map(|id| lib.scenario(id))
                                .map(|s| view! { <li>{s.question.clone()}</li> })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
    }
}
