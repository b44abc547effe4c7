//! The role-confusion matrix: which role the learner chose where it was another, as
//! sentences for the most frequent pairs and as a table with a heat map and the numbers.

use crate::context::UiLang;
use crate::progress_figures::ProgressFigures;
use dmu_core::progress_text::{confusion_line, progress_text};
use dmu_core::role::Role;
use leptos::prelude::*;

/// How many of the most frequent pairs are spelled out as sentences.
const SENTENCES: usize = 3;

/// The learner's confusions.
#[component]
pub fn ConfusionPanel() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let confusion = expect_context::<ProgressFigures>().confusion;
    move || {
        let lang = lang.get();
        let text = progress_text(lang);
        let confusion = confusion.get();
        let pairs = confusion.pairs();
        view! {
            <section class="panel" aria-labelledby="confusion-title">
                <h2 id="confusion-title">{text.confusion_title}</h2>
                {if pairs.is_empty() {
                    view! { <p>{text.confusion_none}</p> }.into_any()
                } else {
                    view! {
                        <ul class="confusion-lines">
                            {pairs
                                .iter()
                                .take(SENTENCES)
                                .map(|p| {
                                    view! {
                                        <li>{confusion_line(lang, p.chose, p.actual, p.count)}</li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <p class="muted">{text.confusion_intro}</p>
                        // On a phone the table scrolls sideways: focusable, so a keyboard
                        // can scroll it too.
                        <div class="table-scroll" tabindex="0">
                            <table class="confusion">
                                <thead>
                                    <tr>
                                        <th scope="col">{text.chose_header}</th>
                                        {Role::ALL
                                            .into_iter()
                                            .map(|r| view! { <th scope="col">{r.name(lang)}</th> })
                                            .collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {Role::ALL
                                        .into_iter()
                                        .map(|chose| {
                                            view! {
                                                <tr>
                                                    <th scope="row">{chose.name(lang)}</th>
                                                    {Role::ALL
                                                        .into_iter()
                                                        .map(|actual| {
                                                            if chose == actual {
                                                                return view! { <td class="diagonal">"–"</td> }.into_any();
                                                            }
                                                            let count = confusion.count(chose, actual);
                                                            let heat = confusion.heat(chose, actual);
                                                            view! {
                                                                <td
                                                                    style=("--heat", heat.to_string())
                                                                    class=(count > 0).then_some("hot")
                                                                >
                                                                    {count}
                                                                </td>
                                                            }
                                                                .into_any()
                                                        })
                                                        .collect_view()}
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                        .into_any()
                }}
            </section>
        }
    }
}
