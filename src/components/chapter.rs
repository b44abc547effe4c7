//! The chapter page: table of contents, introduction, role cards, then every section.

use super::rich_text::blocks_view;
use super::role_cards::RoleCards;
use super::toc::Toc;
use crate::app::UiLang;
use crate::content::library;
use crate::dom;
use leptos::prelude::*;

/// The chapter, opened at `anchor` when one is given.
#[component]
pub fn ChapterPage(anchor: Option<String>) -> impl IntoView {
    let UiLang(lang) = expect_context();
    // After the page is on screen, bring the requested section into view and give it focus,
    // so keyboard and screen-reader users land where the link pointed.
    if let Some(anchor) = anchor {
        request_animation_frame(move || dom::focus_element(&anchor));
    }
    move || {
        let chapter = &library(lang.get()).chapter;
        view! {
            <div class="chapter-layout">
                <Toc chapter=chapter/>
                <article class="chapter" aria-labelledby="chapter-title">
                    <h1 id="chapter-title">{chapter.title.as_str()}</h1>
                    <div class="lead">{blocks_view(&chapter.intro)}</div>
                    <RoleCards chapter=chapter/>
                    {chapter
                        .sections
                        .iter()
                        .map(|section| {
                            let role = section.role.map(|r| r.key());
                            view! {
                                <section class="chapter-section" data-role=role aria-labelledby=section.id.as_str()>
                                    <h2 id=section.id.as_str() tabindex="-1">{section.title.as_str()}</h2>
                                    {blocks_view(&section.blocks)}
                                </section>
                            }
                        })
                        .collect_view()}
                </article>
            </div>
        }
    }
}
