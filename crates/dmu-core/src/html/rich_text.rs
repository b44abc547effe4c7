//! The content model as HTML, the renderer of record: the page rendered at build time
//! uses it, and the app's `rich_text` component builds the same nodes (the app's browser
//! test `rich_text_twins` compares them on all the content), so the same CSS and the same
//! note on external links apply everywhere. Every word of content is escaped.

use super::markup::Markup;
use crate::text::{Block, Callout, Inline, LinkTarget};
use crate::ui_text::UiText;
use std::collections::HashMap;

/// What rich text needs besides itself: the language's interface text (for the note on
/// external links) and the other language's equivalent of each anchor (empty where there
/// is no other language to switch to, as in the app's components).
pub struct RichText<'a> {
    pub text: &'static UiText,
    pub others: &'a HashMap<&'a str, &'a str>,
}

impl RichText<'_> {
    /// Writes blocks (paragraphs, sub-headings, lists, quotes and callouts).
    pub fn blocks(&self, m: &mut Markup, blocks: &[Block]) {
        blocks.iter().for_each(|block| self.block(m, block));
    }

    /// Writes inline content.
    pub fn inlines(&self, m: &mut Markup, inlines: &[Inline]) {
        inlines.iter().for_each(|inline| self.inline(m, inline));
    }

    /// Writes the attributes of an element an anchor points at: the id, focusable by
    /// script, and the equivalent anchor in the other language when there is one.
    pub fn anchor(&self, m: &mut Markup, id: &str) {
        m.attr("id", id).attr("tabindex", "-1");
        if let Some(other) = self.others.get(id) {
            m.attr(crate::page::attr::OTHER, other);
        }
    }

    fn block(&self, m: &mut Markup, block: &Block) {
        match block {
            Block::Paragraph(inlines) => self.wrap(m, "p", |m| self.inlines(m, inlines)),
            Block::Heading { level, id, text } => {
                let tag = if *level == 3 { "h3" } else { "h4" };
                m.tag("<").tag(tag);
                if let Some(id) = id {
                    self.anchor(m, id);
                }
                m.tag(">");
                self.inlines(m, text);
                m.tag("</").tag(tag).tag(">");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                self.wrap(m, tag, |m| {
                    for item in items {
                        self.wrap(m, "li", |m| self.blocks(m, item));
                    }
                });
            }
            Block::Quote { kind, blocks } => {
                let (open, close) = match kind {
                    Some(Callout::Tip) => (r#"<div class="callout callout-tip">"#, "</div>"),
                    Some(Callout::Note) => (r#"<div class="callout callout-note">"#, "</div>"),
                    None => ("<blockquote>", "</blockquote>"),
                };
                m.tag(open);
                self.blocks(m, blocks);
                m.tag(close);
            }
        }
    }

    fn inline(&self, m: &mut Markup, inline: &Inline) {
        match inline {
            Inline::Text(text) => {
                m.text(text);
            }
            Inline::Code(code) => {
                m.tag("<code>").text(code).tag("</code>");
            }
            Inline::Break => {
                m.tag("<br>");
            }
            Inline::Strong(children) => self.wrap(m, "strong", |m| self.inlines(m, children)),
            Inline::Emph(children) => self.wrap(m, "em", |m| self.inlines(m, children)),
            Inline::Link {
                to: LinkTarget::Section(anchor),
                children,
            } => {
                m.tag("<a").attr("href", &format!("#{anchor}")).tag(">");
                self.inlines(m, children);
                m.tag("</a>");
            }
            Inline::Link {
                to: LinkTarget::External(url),
                children,
            } => {
                m.tag("<a")
                    .attr("href", url)
                    .tag(r#" rel="noopener noreferrer external" target="_blank">"#);
                self.inlines(m, children);
                m.tag(r#"<span class="visually-hidden"> "#)
                    .text(self.text.opens_new_tab)
                    .tag("</span></a>");
            }
        }
    }

    /// Writes `<tag>`, then what `inside` writes, then `</tag>`.
    fn wrap(&self, m: &mut Markup, tag: &str, inside: impl FnOnce(&mut Markup)) {
        m.tag("<").tag(tag).tag(">");
        inside(m);
        m.tag("</").tag(tag).tag(">");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::ui_text::ui_text;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    fn render(lang: Lang, blocks: &[Block]) -> String {
        let others = HashMap::from([("koper", "buyer")]);
        let rich = RichText {
            text: ui_text(lang),
            others: &others,
        };
        let mut m = Markup::new();
        rich.blocks(&mut m, blocks);
        m.into_html()
    }

    #[test]
    fn paragraph_with_inline_formatting() {
        let blocks = [Block::Paragraph(vec![
            text("De "),
            Inline::Strong(vec![Inline::Emph(vec![text("koper")])]),
            Inline::Break,
            Inline::Code("<b>".into()),
        ])];
        assert_eq!(
            render(Lang::Nl, &blocks),
            "<p>De <strong><em>koper</em></strong><br><code>&lt;b&gt;</code></p>"
        );
    }

    #[test]
    fn lists_and_quotes() {
        let item = |s: &str| vec![Block::Paragraph(vec![text(s)])];
        let blocks = [
            Block::List {
                ordered: true,
                items: vec![item("een"), item("twee")],
            },
            Block::List {
                ordered: false,
                items: vec![item("los")],
            },
            Block::Quote {
                kind: Some(Callout::Tip),
                blocks: item("tip"),
            },
            Block::Quote {
                kind: Some(Callout::Note),
                blocks: item("noot"),
            },
            Block::Quote {
                kind: None,
                blocks: item("citaat"),
            },
        ];
        assert_eq!(
            render(Lang::Nl, &blocks),
            "<ol><li><p>een</p></li><li><p>twee</p></li></ol><ul><li><p>los</p></li></ul>\
             <div class=\"callout callout-tip\"><p>tip</p></div>\
             <div class=\"callout callout-note\"><p>noot</p></div>\
             <blockquote><p>citaat</p></blockquote>"
        );
    }

    #[test]
    fn headings_carry_their_anchor_and_its_equivalent() {
        let heading = |level, id: Option<&str>| Block::Heading {
            level,
            id: id.map(String::from),
            text: vec![text("Kop")],
        };
        let blocks = [
            heading(3, Some("koper")),
            heading(4, Some("alleen-hier")),
            heading(3, None),
        ];
        assert_eq!(
            render(Lang::Nl, &blocks),
            "<h3 id=\"koper\" tabindex=\"-1\" data-other=\"buyer\">Kop</h3>\
             <h4 id=\"alleen-hier\" tabindex=\"-1\">Kop</h4><h3>Kop</h3>"
        );
    }

    #[test]
    fn links_to_sections_and_to_the_web() {
        let link = |to, s: &str| Inline::Link {
            to,
            children: vec![text(s)],
        };
        let blocks = [Block::Paragraph(vec![
            link(LinkTarget::Section("koper".into()), "koper"),
            link(
                LinkTarget::External("https://example.com/?a=1&b=\"2\"".into()),
                "site",
            ),
        ])];
        assert_eq!(
            render(Lang::En, &blocks),
            "<p><a href=\"#koper\">koper</a><a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\" \
             rel=\"noopener noreferrer external\" target=\"_blank\">site\
             <span class=\"visually-hidden\"> (opens in a new tab)</span></a></p>"
        );
        assert!(render(Lang::Nl, &blocks).contains("> (opent in een nieuw tabblad)</span>"));
    }

    #[test]
    fn hostile_text_stays_text() {
        let blocks = [Block::Paragraph(vec![text("<script>alert(1)</script>")])];
        assert_eq!(
            render(Lang::Nl, &blocks),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        );
    }
}
