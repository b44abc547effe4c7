//! Renders the content model as DOM nodes: text nodes and vetted links only, never
//! `inner_html`, so content can never inject markup or script. The nodes are those that
//! `dmu_core::html::rich_text`, the renderer of record, writes as HTML for the page (the
//! browser test `tests/rich_text_twins.rs` holds them equal on all the content). Takes any
//! borrow, so the embedded content and what the audience window receives render the same way.

use dmu_core::text::{Block, Callout, Inline, LinkTarget};
use dmu_core::ui_text::ui_text;
use dmu_core::Lang;
use leptos::prelude::*;

/// Renders blocks (paragraphs, sub-headings, lists, quotes); `lang` is the language of the
/// content, in which an external link says that it opens a new tab.
pub fn blocks_view(blocks: &[Block], lang: Lang) -> impl IntoView {
    blocks
        .iter()
        .map(|block| block_view(block, lang))
        .collect_view()
}

/// Renders inline content, in `lang` as [`blocks_view`] does.
pub fn inlines_view(inlines: &[Inline], lang: Lang) -> impl IntoView {
    inlines
        .iter()
        .map(|inline| inline_view(inline, lang))
        .collect_view()
}

fn block_view(block: &Block, lang: Lang) -> AnyView {
    let blocks = |blocks: &[Block]| blocks_view(blocks, lang);
    let inlines = |inlines: &[Inline]| inlines_view(inlines, lang);
    let items = |items: &[Vec<Block>]| {
        items
            .iter()
            .map(|item| view! { <li>{blocks(item)}</li> })
            .collect_view()
    };
    match block {
        Block::Paragraph(text) => view! { <p>{inlines(text)}</p> }.into_any(),
        Block::Heading { level: 3, id, text } => view! {
            <h3 id=id.clone() tabindex=id.as_ref().map(|_| "-1")>
                {inlines(text)}
            </h3>
        }
        .into_any(),
        Block::Heading { id, text, .. } => view! {
            <h4 id=id.clone() tabindex=id.as_ref().map(|_| "-1")>
                {inlines(text)}
            </h4>
        }
        .into_any(),
        Block::List {
            ordered: true,
            items: list,
        } => view! { <ol>{items(list)}</ol> }.into_any(),
        Block::List {
            ordered: false,
            items: list,
        } => view! { <ul>{items(list)}</ul> }.into_any(),
        Block::Quote {
            kind: Some(Callout::Tip),
            blocks: inside,
        } => view! { <div class="callout callout-tip">{blocks(inside)}</div> }.into_any(),
        Block::Quote {
            kind: Some(Callout::Note),
            blocks: inside,
        } => view! { <div class="callout callout-note">{blocks(inside)}</div> }.into_any(),
        Block::Quote {
            kind: None,
            blocks: inside,
        } => view! { <blockquote>{blocks(inside)}</blockquote> }.into_any(),
    }
}

fn inline_view(inline: &Inline, lang: Lang) -> AnyView {
    let inlines = |inlines: &[Inline]| inlines_view(inlines, lang);
    match inline {
        Inline::Text(text) => text.clone().into_any(),
        Inline::Code(code) => view! { <code>{code.clone()}</code> }.into_any(),
        Inline::Break => view! { <br /> }.into_any(),
        Inline::Strong(children) => view! { <strong>{inlines(children)}</strong> }.into_any(),
        Inline::Emph(children) => view! { <em>{inlines(children)}</em> }.into_any(),
        Inline::Link {
            to: LinkTarget::Section(anchor),
            children,
        } => view! { <a href=format!("#{anchor}")>{inlines(children)}</a> }.into_any(),
        Inline::Link {
            to: LinkTarget::External(url),
            children,
        } => {
            let note = format!(" {}", ui_text(lang).opens_new_tab);
            view! {
                <a href=url.clone() rel="noopener noreferrer external" target="_blank">
                    {inlines(children)}
                    <span class="visually-hidden">{note}</span>
                </a>
            }
            .into_any()
        }
    }
}
