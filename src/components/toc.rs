//! The chapter's table of contents: a link to every section's anchor.

use crate::context::UiLang;
use dmu_core::chapter::Chapter;
use dmu_core::ui_text::ui_text;
use leptos::prelude::*;

/// The table of contents of a chapter.
#[component]
pub fn Toc(chapter: &'static Chapter) -> impl IntoView {
    let UiLang(lang) = expect_context();
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 id="toc-title">{move || ui_text(lang.get()).toc_title}</h2>
            <ol>
                {chapter
                    .sections
                    .iter()
                    .map(|s| view! { <li><a href=format!("#{}", s.id)>{s.title.as_str()}</a></li> })
                    .collect_view()}
            </ol>
        </nav>
    }
}
