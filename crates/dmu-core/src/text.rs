//! Rich text as the app renders it: a small, safe subset of Markdown. There is no raw HTML
//! here by construction, and every link target has been checked by the parser.

use serde::{Deserialize, Serialize};

/// A run of inline content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Inline {
    /// Plain text. Raw HTML from a content file ends up here too, shown as text.
    Text(String),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    Code(String),
    /// A hard line break.
    Break,
    Link {
        to: LinkTarget,
        children: Vec<Inline>,
    },
}

/// Where a link may go: a section of the chapter, or an `https:` address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkTarget {
    /// An anchor of the chapter, without the `#`.
    Section(String),
    /// An absolute `https:` URL.
    External(String),
}

/// A block of content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// A sub-heading inside a section (level 3 or deeper), with an optional anchor.
    Heading {
        level: u8,
        id: Option<String>,
        text: Vec<Inline>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
    /// A quotation; `kind` is set for GitHub-style callouts such as `> [!TIP]`.
    Quote {
        kind: Option<Callout>,
        blocks: Vec<Block>,
    },
}

/// The GitHub-style callouts the content uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Callout {
    /// `> [!TIP]`: how to recognise or approach someone on LinkedIn.
    Tip,
    /// `> [!NOTE]`: a remark or a prompt for discussion.
    Note,
}

/// The plain text of inlines, for titles, search and screen-reader labels.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(inlines, &mut out);
    out
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) | Inline::Code(text) => out.push_str(text),
            Inline::Strong(children) | Inline::Emph(children) => push_plain(children, out),
            Inline::Link { children, .. } => push_plain(children, out),
            Inline::Break => out.push(' '),
        }
    }
}

/// Calls `visit` for every link target in some blocks, nested ones included.
pub fn visit_links<'a>(blocks: &'a [Block], visit: &mut dyn FnMut(&'a LinkTarget)) {
    for block in blocks {
        match block {
            Block::Paragraph(inlines) | Block::Heading { text: inlines, .. } => {
                visit_inline_links(inlines, visit)
            }
            Block::List { items, .. } => items.iter().for_each(|item| visit_links(item, visit)),
            Block::Quote { blocks, .. } => visit_links(blocks, visit),
        }
    }
}

/// Calls `visit` for every link target in some inlines.
pub fn visit_inline_links<'a>(inlines: &'a [Inline], visit: &mut dyn FnMut(&'a LinkTarget)) {
    for inline in inlines {
        match inline {
            Inline::Link { to, children } => {
                visit(to);
                visit_inline_links(children, visit);
            }
            Inline::Strong(children) | Inline::Emph(children) => {
                visit_inline_links(children, visit)
            }
            Inline::Text(_) | Inline::Code(_) | Inline::Break => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_flattens_nesting() {
        let inlines = vec![
            Inline::Text("De ".into()),
            Inline::Strong(vec![Inline::Emph(vec![Inline::Text("koper".into())])]),
            Inline::Break,
            Inline::Code("tekent".into()),
        ];
        assert_eq!(plain_text(&inlines), "De koper tekent");
    }

    #[test]
    fn links_are_found_in_nested_blocks() {
        let link = |a: &str| Inline::Link {
            to: LinkTarget::Section(a.into()),
            children: vec![Inline::Text(a.into())],
        };
        let blocks = vec![
            Block::Paragraph(vec![link("koper")]),
            Block::List {
                ordered: false,
                items: vec![vec![Block::Quote {
                    kind: None,
                    blocks: vec![Block::Paragraph(vec![Inline::Strong(vec![link(
                        "portier",
                    )])])],
                }]],
            },
        ];
        let mut seen = Vec::new();
        visit_links(&blocks, &mut |to| seen.push(to.clone()));
        assert_eq!(
            seen,
            vec![
                LinkTarget::Section("koper".into()),
                LinkTarget::Section("portier".into())
            ]
        );
    }
}
