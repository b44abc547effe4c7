//! The top bar: a skip link, the app's name, the main navigation and the language switch.

use crate::content::chapter;
use crate::context::{CurrentRoute, UiLang};
use crate::dom;
use dmu_core::route::Route;
use dmu_core::ui_text::ui_text;
use leptos::prelude::*;

/// The site header.
#[component]
pub fn Header() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let CurrentRoute(route) = expect_context();
    let text = move || ui_text(lang.get());
    let current =
        move |is_here: fn(&Route) -> bool| move || is_here(&route.get()).then_some("page");

    // Switching language keeps the reader at the same section of the chapter.
    let switch = move |_| {
        let from = lang.get_untracked();
        let to = from.other();
        if let Route::Chapter(Some(anchor)) = route.get_untracked() {
            if let Some(target) = chapter(from).equivalent_anchor(chapter(to), &anchor) {
                dom::set_hash(&format!("#{target}"));
            }
        }
        lang.set(to);
    };

    // The skip link moves focus itself: following `#main` would change the route.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        dom::focus_element("main");
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || text().skip_to_content}</a>
        <header class="site-header">
            <a class="brand" href="#/chapter">
                <span class="brand-mark" aria-hidden="true">"DMU"</span>
                <span class="brand-text">
                    <span class="brand-name">{move || text().app_name}</span>
                    <span class="brand-tagline">{move || text().tagline}</span>
                </span>
            </a>
            <nav class="main-nav" aria-label=move || text().nav_label>
                <a href="#/chapter" aria-current=current(Route::is_chapter)>{move || text().nav_chapter}</a>
                <a href="#/practice" aria-current=current(Route::is_practice)>{move || text().nav_practice}</a>
                <a href="#/progress" aria-current=current(|r| *r == Route::Progress)>{move || text().nav_progress}</a>
                <a href="#/workshop" aria-current=current(|r| *r == Route::Workshop)>{move || text().nav_workshop}</a>
            </nav>
            <button type="button" class="lang-switch" on:click=switch title=move || text().switch_language>
                {move || text().language_name}
                <span class="visually-hidden">{move || format!(" – {}", text().switch_language)}</span>
            </button>
        </header>
    }
}
