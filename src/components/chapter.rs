//! The chapter page: table of contents, introduction, role cards, then every section.

use super::rich_text::blocks_view;
use super::role_cards::RoleCards;
use super::toc::Toc;
use crate::content::chapter;
use crate::context::{CurrentRoute, UiLang};
use crate::dom;
use dmu_core::route::Route;
use leptos::prelude::*;

/// The chapter, brought to the section the route names.
#[component]
pub fn ChapterPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let CurrentRoute(route) = expect_context();
    // Once the section is on screen, bring it into view and give it focus, so keyboard and
    // screen-reader users land where the link pointed.
    Effect::new(move |_| {
        if let Route::Chapter(Some(anchor)) = route.get() {
            lang.track();
            request_animation_frame(move || dom::focus_element(&anchor));
        }
    });
    move || {
        let chapter = chapter(lang.get());
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
