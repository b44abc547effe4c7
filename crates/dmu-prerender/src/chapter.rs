//! The chapter in one language, as the app's chapter, table-of-contents and role-cards
//! components render it: contents, title, introduction, role cards, then every section.

use crate::anchors::equivalents;
use crate::role_cards::role_cards;
use dmu_core::chapter::Chapter;
use dmu_core::html::markup::Markup;
use dmu_core::html::rich_text::RichText;
use dmu_core::lang::Lang;
use dmu_core::ui_text::ui_text;

/// The `.chapter-layout` of `chapter`, in `lang`; `other` is the same chapter in the other
/// language, for the `data-other` of each anchor.
pub fn chapter_layout(lang: Lang, chapter: &Chapter, other: &Chapter) -> Markup {
    let text = ui_text(lang);
    let others = equivalents(chapter, other);
    let rich = RichText {
        text,
        others: &others,
    };
    let mut m = Markup::new();
    m.tag(r#"<div class="chapter-layout"><nav class="toc" aria-labelledby="toc-title"><h2"#)
        .attr("id", "toc-title")
        .tag(">")
        .text(text.toc_title)
        .tag("</h2><ol>");
    for section in &chapter.sections {
        m.tag("<li><a")
            .attr("href", &format!("#{}", section.id))
            .tag(">")
            .text(&section.title)
            .tag("</a></li>");
    }
    m.tag(r#"</ol></nav><article class="chapter" aria-labelledby="chapter-title"><h1"#)
        .attr("id", "chapter-title")
        .tag(">")
        .text(&chapter.title)
        .tag(r#"</h1><div class="lead">"#);
    rich.blocks(&mut m, &chapter.intro);
    m.tag("</div>");
    role_cards(&mut m, lang, chapter, &rich);
    for section in &chapter.sections {
        m.tag(r#"<section class="chapter-section""#);
        if let Some(role) = section.role {
            m.attr(dmu_core::page::attr::ROLE, role.key());
        }
        m.attr("aria-labelledby", &section.id).tag("><h2");
        rich.anchor(&mut m, &section.id);
        m.tag(">").text(&section.title).tag("</h2>");
        rich.blocks(&mut m, &section.blocks);
        m.tag("</section>");
    }
    m.tag("</article></div>");
    m
}
