//! Renders the content model as DOM nodes: text nodes and vetted links only, never
//! `inner_html`, so content can never inject markup or script. Takes any borrow, so the
//! embedded content and what the audience window receives render the same way.

use dmu_core::text::{Block, Callout, Inline, LinkTarget};
use leptos::prelude::*;

/// Renders blocks (paragraphs, sub-headings, lists, quotes).
pub fn blocks_view(blocks: &[Block]) -> impl IntoView {
    blocks.iter().map(block_view).collect_view()
}

/// Renders inline content.
pub fn inlines_view(inlines: &[Inline]) -> impl IntoView {
    inlines.iter().map(inline_view).collect_view()
}

fn block_view(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(inlines) => view! { <p>{inlines_view(inlines)}</p> }.into_any(),
        Block::Heading { level: 3, id, text } => {
            view! { <h3 id=id.clone() tabindex=id.as_ref().map(|_| "-1")>{inlines_view(text)}</h3> }.into_any()
        }
        Block::Heading { id, text, .. } => {
            view! { <h4 id=id.clone() tabindex=id.as_ref().map(|_| "-1")>{inlines_view(text)}</h4> }.into_any()
        }
        Block::List { ordered: true, items } => {
            view! { <ol>{items.iter().map(|item| view! { <li>{blocks_view(item)}</li> }).collect_view()}</ol> }
                .into_any()
        }
        Block::List { ordered: false, items } => {
            view! { <ul>{items.iter().map(|item| view! { <li>{blocks_view(item)}</li> }).collect_view()}</ul> }
                .into_any()
        }
        Block::Quote { kind: Some(Callout::Tip), blocks } => {
            view! { <div class="callout callout-tip">{blocks_view(blocks)}</div> }.into_any()
        }
        Block::Quote { kind: Some(Callout::Note), blocks } => {
            view! { <div class="callout callout-note">{blocks_view(blocks)}</div> }.into_any()
        }
        Block::Quote { kind: None, blocks } => view! { <blockquote>{blocks_view(blocks)}</blockquote> }.into_any(),
    }
}

fn inline_view(inline: &Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.clone().into_any(),
        Inline::Code(code) => view! { <code>{code.clone()}</code> }.into_any(),
        Inline::Break => view! { <br/> }.into_any(),
        Inline::Strong(children) => view! { <strong>{inlines_view(children)}</strong> }.into_any(),
        Inline::Emph(children) => view! { <em>{inlines_view(children)}</em> }.into_any(),
        Inline::Link { to: LinkTarget::Section(anchor), children } => {
            view! { <a href=format!("#{anchor}")>{inlines_view(children)}</a> }.into_any()
        }
        Inline::Link { to: LinkTarget::External(url), children } => view! {
            <a href=url.clone() rel="noopener noreferrer external" target="_blank">{inlines_view(children)}</a>
        }
        .into_any(),
    }
}
