//! A card per role: its Dutch and English name, a one-line summary, and the LinkedIn cue
//! where the chapter gives one.

use super::rich_text::{blocks_view, inlines_view};
use crate::context::UiLang;
use dmu_core::chapter::Chapter;
use dmu_core::route::Route;
use dmu_core::ui_text::ui_text;
use leptos::prelude::*;

/// The six role cards of a chapter.
#[component]
pub fn RoleCards(chapter: &'static Chapter) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let lang = lang.get_untracked();
    let text = ui_text(lang);
    let other = lang.other();
    view! {
        <section class="role-cards" aria-labelledby="roles-title">
            <h2 id="roles-title">{text.roles_title}</h2>
            <p class="muted">{text.role_cards_intro}</p>
            <ul class="cards">
                {chapter
                    .role_cards()
                    .into_iter()
                    .map(|card| {
                        let title_id = format!("card-{}", card.role.key());
                        let labelled_by = title_id.clone();
                        view! {
                            <li class="card" data-role=card.role.key() aria-labelledby=labelled_by>
                                <h3 id=title_id>
                                    <span class="role-badge" aria-hidden="true">{card.role.name(lang).chars().next()}</span>
                                    <span class="role-name">{card.role.name(lang)}</span>
                                    <span class="role-alt" lang=other.code()>{card.role.name(other)}</span>
                                </h3>
                                <p class="card-summary">{inlines_view(card.summary)}</p>
                                {card.linkedin.map(|tip| view! {
                                    <div class="card-linkedin">
                                        <strong>{text.linkedin_label}</strong>
                                        {blocks_view(tip)}
                                    </div>
                                })}
                                <div class="card-actions">
                                    <a class="card-more" href=format!("#{}", card.section_id)>
                                        {text.read_section}
                                        <span class="visually-hidden">{format!(": {}", card.role.name(lang))}</span>
                                    </a>
                                    <a class="button card-practise" href=Route::PracticeRole(card.role).fragment()>
                                        {text.practise_role}
                                        <span class="visually-hidden">{format!(": {}", card.role.name(lang))}</span>
                                    </a>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
