//! Mastery per role: a bar with the percentage and the number of answers in words, so the
//! bar never speaks by colour alone.

use crate::context::UiLang;
use crate::progress_figures::ProgressFigures;
use dmu_core::percent::percent_level;
use dmu_core::progress_text::{mastery_line, progress_text};
use leptos::prelude::*;

/// Mastery of each role.
#[component]
pub fn MasteryPanel() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let levels = expect_context::<ProgressFigures>().mastery;
    move || {
        let lang = lang.get();
        let text = progress_text(lang);
        let levels = levels.get();
        view! {
            <section class="panel" aria-labelledby="mastery-title">
                <h2 id="mastery-title">{text.mastery_title}</h2>
                <p class="muted">{text.mastery_intro}</p>
                <ul class="mastery">
                    {levels
                        .into_iter()
                        .map(|m| {
                            let percent = percent_level(m.level);
                            view! {
                                <li data-role=m.role.key()>
                                    <span class="mastery-name">{m.role.name(lang)}</span>
                                    <span class="meter" aria-hidden="true">
                                        <span style:width=format!("{percent}%")></span>
                                    </span>
                                    <span class="mastery-figure">
                                        {mastery_line(lang, m.level, m.sightings)}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    }
}
