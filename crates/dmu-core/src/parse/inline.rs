//! Converts tree nodes into the app's safe rich text: text, emphasis, checked links, lists
//! and quotes. Raw HTML becomes visible text; anything the app cannot show is an error.

use super::tree::{raw_text, Node};
use super::{is_valid_id, SectionLink};
use crate::error::ContentError;
use crate::text::{Block, Callout, Inline, LinkTarget};
use pulldown_cmark::{BlockQuoteKind, HeadingLevel, Tag};

/// What a conversion needs to know and collects: the file, and the section links seen.
pub(crate) struct Ctx<'f> {
    pub file: &'f str,
    pub links: Vec<SectionLink>,
}

impl<'f> Ctx<'f> {
    pub(crate) fn new(file: &'f str) -> Self {
        Ctx {
            file,
            links: Vec::new(),
        }
    }

    /// An error in this file, with its message in English and in Dutch.
    pub(crate) fn error(
        &self,
        line: u32,
        en: impl Into<String>,
        nl: impl Into<String>,
    ) -> ContentError {
        ContentError::both(self.file, line, en, nl)
    }

    /// An anchor or id with characters it may not have.
    pub(crate) fn bad_id(&self, line: u32, id: &str) -> ContentError {
        self.error(
            line,
            format!("anchor '{id}' may only use lowercase letters, digits, '-' and '_'"),
            format!("het anker '{id}' mag alleen kleine letters, cijfers, '-' en '_' bevatten"),
        )
    }

    /// Something content may not use, described in English and Dutch.
    fn unsupported(&self, line: u32, en: &str, nl: &str) -> ContentError {
        self.error(
            line,
            format!("{en} is not supported in content"),
            format!("{nl} kan niet in de inhoud staan"),
        )
    }

    /// Converts inline nodes. `line` is that of the enclosing block, for error messages.
    pub(crate) fn inlines(
        &mut self,
        nodes: &[Node],
        line: u32,
    ) -> Result<Vec<Inline>, ContentError> {
        let mut out: Vec<Inline> = Vec::new();
        for node in nodes {
            let line = node.line().unwrap_or(line);
            let inline =
                match node {
                    Node::Text(text) | Node::Html(text) => Inline::Text(text.to_string()),
                    Node::SoftBreak => Inline::Text(" ".into()),
                    Node::Code(code) => Inline::Code(code.to_string()),
                    Node::HardBreak => Inline::Break,
                    Node::El { tag, children, .. } => match tag {
                        Tag::Strong => Inline::Strong(self.inlines(children, line)?),
                        Tag::Emphasis => Inline::Emph(self.inlines(children, line)?),
                        Tag::Link { dest_url, .. } => Inline::Link {
                            to: self.link_target(dest_url, line)?,
                            children: self.inlines(children, line)?,
                        },
                        Tag::Image { .. } => return Err(self.error(
                            line,
                            "images are not supported in content",
                            "afbeeldingen kunnen niet in de inhoud staan: laat de afbeelding weg",
                        )),
                        other => {
                            return Err(self.error(
                                line,
                                format!("unexpected {other:?} inside text"),
                                format!("onverwacht {other:?} in de tekst"),
                            ))
                        }
                    },
                    Node::Unsupported(en, nl, _) => return Err(self.unsupported(line, en, nl)),
                    Node::Rule | Node::Task(_) => continue,
                };
            match (out.last_mut(), inline) {
                (Some(Inline::Text(previous)), Inline::Text(next)) => previous.push_str(&next),
                (_, inline) => out.push(inline),
            }
        }
        Ok(out)
    }

    /// Checks a link target: a chapter anchor (`#koper`) or an `https:` address.
    pub(crate) fn link_target(
        &mut self,
        dest: &str,
        line: u32,
    ) -> Result<LinkTarget, ContentError> {
        let dest = dest.trim();
        if let Some(anchor) = dest.strip_prefix('#') {
            if is_valid_id(anchor) {
                self.links.push(SectionLink {
                    anchor: anchor.to_string(),
                    line,
                });
                return Ok(LinkTarget::Section(anchor.to_string()));
            }
        } else if is_https(dest) {
            return Ok(LinkTarget::External(dest.to_string()));
        }
        Err(self.error(
            line,
            format!("link target '{dest}' is not allowed: link to a section (#koper) or an https:// address"),
            format!("de link naar '{dest}' is niet toegestaan: link naar een sectie (#koper) of naar een https://-adres"),
        ))
    }

    /// Converts block nodes (paragraphs, sub-headings, lists, quotes).
    pub(crate) fn blocks(&mut self, nodes: &[Node]) -> Result<Vec<Block>, ContentError> {
        let mut out = Vec::new();
        let mut loose: Vec<&Node> = Vec::new();
        for node in nodes {
            if is_inline(node) {
                loose.push(node);
                continue;
            }
            self.flush_loose(&mut loose, &mut out)?;
            if let Some(block) = self.block(node)? {
                out.push(block);
            }
        }
        self.flush_loose(&mut loose, &mut out)?;
        Ok(out)
    }

    /// Tight list items hold inline nodes directly: they become one paragraph.
    fn flush_loose(
        &mut self,
        loose: &mut Vec<&Node>,
        out: &mut Vec<Block>,
    ) -> Result<(), ContentError> {
        if loose.is_empty() {
            return Ok(());
        }
        let owned: Vec<&Node> = std::mem::take(loose);
        let mut inlines: Vec<Inline> = Vec::new();
        for node in owned {
            for inline in self.inlines(std::slice::from_ref(node), 0)? {
                // Text split over lines is one run of text (smaller content files too).
                match (inlines.last_mut(), inline) {
                    (Some(Inline::Text(previous)), Inline::Text(next)) => previous.push_str(&next),
                    (_, inline) => inlines.push(inline),
                }
            }
        }
        if !inlines
            .iter()
            .all(|i| matches!(i, Inline::Text(t) if t.trim().is_empty()))
        {
            out.push(Block::Paragraph(inlines));
        }
        Ok(())
    }

    fn block(&mut self, node: &Node) -> Result<Option<Block>, ContentError> {
        let Node::El {
            tag,
            line,
            children,
        } = node
        else {
            return match node {
                Node::Unsupported(en, nl, line) => Err(self.unsupported(*line, en, nl)),
                _ => Ok(None),
            };
        };
        let line = *line;
        Ok(Some(match tag {
            Tag::Paragraph => Block::Paragraph(self.inlines(children, line)?),
            Tag::Heading { level, id, .. } => {
                let level = heading_level(*level);
                if level < 3 {
                    return Err(self.error(
                        line,
                        "a level 1 or 2 heading cannot appear here",
                        "een kop van niveau 1 of 2 kan hier niet staan",
                    ));
                }
                let id = match id {
                    Some(id) if is_valid_id(id) => Some(id.to_string()),
                    Some(id) => return Err(self.bad_id(line, id)),
                    None => None,
                };
                Block::Heading {
                    level,
                    id,
                    text: self.inlines(children, line)?,
                }
            }
            Tag::List(start) => {
                let mut items = Vec::new();
                for item in children {
                    if let Node::El { children, .. } = item {
                        items.push(self.blocks(children)?);
                    }
                }
                Block::List {
                    ordered: start.is_some(),
                    items,
                }
            }
            Tag::BlockQuote(kind) => Block::Quote {
                kind: match kind {
                    Some(BlockQuoteKind::Tip) => Some(Callout::Tip),
                    Some(BlockQuoteKind::Note) => Some(Callout::Note),
                    _ => None,
                },
                blocks: self.blocks(children)?,
            },
            Tag::HtmlBlock => {
                Block::Paragraph(vec![Inline::Text(raw_text(children).trim().to_string())])
            }
            Tag::CodeBlock(_) => Block::Paragraph(vec![Inline::Code(
                raw_text(children).trim_end().to_string(),
            )]),
            Tag::Table(_) => {
                return Err(self.error(
                    line,
                    "tables are only used for LinkedIn profiles in scenarios",
                    "een tabel gebruik je alleen voor een LinkedIn-profiel in een scenario",
                ))
            }
            Tag::MetadataBlock(_) => {
                return Err(self.error(
                    line,
                    "a metadata block may only open the file",
                    "een metadatablok mag alleen bovenaan het bestand staan",
                ))
            }
            other => {
                return Err(self.error(
                    line,
                    format!("{other:?} is not supported in content"),
                    format!("{other:?} kan niet in de inhoud staan"),
                ))
            }
        }))
    }
}

pub(crate) fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

fn is_inline(node: &Node) -> bool {
    match node {
        Node::Text(_) | Node::Code(_) | Node::SoftBreak | Node::HardBreak => true,
        Node::Html(_) => true,
        Node::El { tag, .. } => matches!(
            tag,
            Tag::Strong | Tag::Emphasis | Tag::Link { .. } | Tag::Image { .. }
        ),
        _ => false,
    }
}

fn is_https(dest: &str) -> bool {
    dest.len() > "https://".len()
        && dest.is_char_boundary(8)
        && dest[..8].eq_ignore_ascii_case("https://")
        && !dest.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::super::tree::parse;
    use super::*;

    fn convert(source: &str) -> Result<Vec<Block>, ContentError> {
        let nodes = parse(source);
        Ctx::new("t.md").blocks(&nodes)
    }

    #[test]
    fn raw_html_is_kept_as_visible_text() {
        let blocks =
            convert("Hallo <script>alert(1)</script> daar\n\n<img src=x onerror=alert(1)>\n")
                .unwrap();
        let text = format!("{blocks:?}");
        assert!(text.contains("<script>alert(1)</script>"), "{text}");
        assert!(text.contains("<img src=x onerror=alert(1)>"), "{text}");
        // Only text nodes: no variant of the model can carry markup.
        for block in &blocks {
            let Block::Paragraph(inlines) = block else {
                panic!("{block:?}")
            };
            assert!(inlines.iter().all(|i| matches!(i, Inline::Text(_))));
        }
    }

    #[test]
    fn dangerous_link_schemes_are_errors() {
        for dest in [
            "JaVaScRiPt:alert(1)",
            "javascript:alert(1)",
            "&#106;avascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox",
            "http://example.com",
            "//evil.example",
            "hoofdstuk.md",
            "#Not-Valid",
        ] {
            let error = convert(&format!("[klik]({dest})\n")).unwrap_err();
            assert!(error.message.contains("not allowed"), "{dest}: {error}");
            assert_eq!(error.line, 1);
        }
    }

    #[test]
    fn allowed_links_are_kept_and_section_links_recorded() {
        let nodes = parse("Zie [koper](#koper) en [boek](https://example.com/boek).\n");
        let mut ctx = Ctx::new("t.md");
        let blocks = ctx.blocks(&nodes).unwrap();
        assert_eq!(
            ctx.links,
            vec![SectionLink {
                anchor: "koper".into(),
                line: 1
            }]
        );
        let debug = format!("{blocks:?}");
        assert!(debug.contains("External(\"https://example.com/boek\")"));
    }

    #[test]
    fn images_are_errors_with_a_line() {
        let error = convert("Tekst\n\n![alt](https://x.test/a.png)\n").unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.message.contains("images"));
    }

    #[test]
    fn every_error_speaks_both_languages_on_its_line() {
        for (source, line) in [
            ("Tekst\n\n![alt](https://x.test/a.png)\n", 3),
            ("[klik](javascript:alert(1))\n", 1),
            ("Tekst\n\n## Kop\n", 3),
            ("### Kop {#Kop}\n", 1),
            ("| a | b |\n|---|---|\n| c | d |\n", 1),
        ] {
            let error = convert(source).unwrap_err();
            assert_eq!(error.line, line, "{source}: {error}");
            crate::error::assert_bilingual(&error);
        }
        let ctx = Ctx::new("t.md");
        for error in [
            ctx.bad_id(4, "Koper"),
            ctx.unsupported(5, "math", "wiskunde"),
        ] {
            crate::error::assert_bilingual(&error);
        }
        assert_eq!(
            ctx.bad_id(4, "Koper").message_in(crate::Lang::Nl),
            "het anker 'Koper' mag alleen kleine letters, cijfers, '-' en '_' bevatten"
        );
    }

    #[test]
    fn lists_quotes_and_emphasis_convert() {
        let blocks =
            convert("- **een** *twee*\n- drie\n\n> [!TIP]\n> Vraag om een introductie.\n").unwrap();
        assert!(matches!(&blocks[0], Block::List { ordered: false, items } if items.len() == 2));
        assert!(matches!(
            &blocks[1],
            Block::Quote {
                kind: Some(Callout::Tip),
                ..
            }
        ));
    }
}
