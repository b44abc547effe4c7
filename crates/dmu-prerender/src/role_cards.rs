//! A card per role, as the app's role-cards component renders it: the role's name in both
//! languages, its summary, the LinkedIn cue where the chapter gives one, and two links.

use dmu_core::chapter::Chapter;
use dmu_core::html::markup::Markup;
use dmu_core::html::rich_text::RichText;
use dmu_core::lang::Lang;
use dmu_core::route::Route;

/// Writes the `.role-cards` section of `chapter`, in `lang`.
pub fn role_cards(m: &mut Markup, lang: Lang, chapter: &Chapter, rich: &RichText) {
    let text = rich.text;
    let other = lang.other();
    m.tag(r#"<section class="role-cards" aria-labelledby="roles-title"><h2"#)
        .attr("id", "roles-title")
        .tag(">")
        .text(text.roles_title)
        .tag(r#"</h2><p class="muted">"#)
        .text(text.role_cards_intro)
        .tag(r#"</p><ul class="cards">"#);
    for card in chapter.role_cards() {
        let name = card.role.name(lang);
        let badge: String = name.chars().take(1).collect();
        let title_id = format!("card-{}", card.role.key());
        let hidden_name = format!(": {name}");
        m.tag(r#"<li class="card""#)
            .attr(dmu_core::page::attr::ROLE, card.role.key())
            .attr("aria-labelledby", &title_id)
            .tag("><h3")
            .attr("id", &title_id)
            .tag(r#"><span class="role-badge" aria-hidden="true">"#)
            .text(&badge)
            .tag(r#"</span><span class="role-name">"#)
            .text(name)
            .tag(r#"</span><span class="role-alt""#)
            .attr("lang", other.code())
            .tag(">")
            .text(card.role.name(other))
            .tag(r#"</span></h3><p class="card-summary">"#);
        rich.inlines(m, card.summary);
        m.tag("</p>");
        if let Some(tip) = card.linkedin {
            m.tag(r#"<div class="card-linkedin"><strong>"#)
                .text(text.linkedin_label)
                .tag("</strong>");
            rich.blocks(m, tip);
            m.tag("</div>");
        }
        m.tag(r#"<div class="card-actions"><a class="card-more""#)
            .attr("href", &format!("#{}", card.section_id))
            .tag(">")
            .text(text.read_section)
            .tag(r#"<span class="visually-hidden">"#)
            .text(&hidden_name)
            .tag(r#"</span></a><a class="button card-practise""#)
            .attr("href", &Route::PracticeRole(card.role).fragment())
            .tag(">")
            .text(text.practise_role)
            .tag(r#"<span class="visually-hidden">"#)
            .text(&hidden_name)
            .tag("</span></a></div></li>");
    }
    m.tag("</ul></section>");
}
