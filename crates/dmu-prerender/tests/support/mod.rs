//! What the tests share: a small chapter in both languages, and a tiny scanner of the tags
//! the renderer writes (its attributes are always double-quoted, so this is enough).

#![allow(dead_code)]

use dmu_core::chapter::{Chapter, Section};
use dmu_core::role::Role;
use dmu_core::text::{Block, Callout, Inline, LinkTarget};

fn text(s: &str) -> Inline {
    Inline::Text(s.into())
}

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph(inlines)
}

fn section(id: &str, title: &str, role: Option<Role>, blocks: Vec<Block>) -> Section {
    Section {
        id: id.into(),
        title: title.into(),
        role,
        blocks,
    }
}

fn heading(id: &str, title: &str) -> Block {
    Block::Heading {
        level: 3,
        id: Some(id.into()),
        text: vec![text(title)],
    }
}

fn tip(s: &str) -> Block {
    Block::Quote {
        kind: Some(Callout::Tip),
        blocks: vec![para(vec![text(s)])],
    }
}

fn link(to: LinkTarget, s: &str) -> Inline {
    Inline::Link {
        to,
        children: vec![text(s)],
    }
}

/// A small Dutch chapter: an introduction, a section without a role, two role sections
/// (one with a sub-heading and a LinkedIn tip), links of both kinds.
pub fn nl() -> Chapter {
    Chapter {
        title: "De rollen in de DMU".into(),
        intro: vec![para(vec![text("Een groep beslist samen.")])],
        sections: vec![
            section(
                "dmu",
                "Wat is een DMU?",
                None,
                vec![para(vec![
                    text("Zie de "),
                    link(LinkTarget::Section("koper".into()), "koper"),
                    text(" en "),
                    link(
                        LinkTarget::External("https://example.com/dmu".into()),
                        "de bron",
                    ),
                    text("."),
                ])],
            ),
            section(
                "koper",
                "Koper",
                Some(Role::Buyer),
                vec![
                    para(vec![
                        text("Tekent het "),
                        Inline::Strong(vec![text("contract")]),
                    ]),
                    heading("koper-invloed", "Invloed"),
                    Block::List {
                        ordered: false,
                        items: vec![vec![para(vec![text("prijs")])]],
                    },
                    tip("Zoek de inkoper op."),
                ],
            ),
            section(
                "portier",
                "Portier",
                Some(Role::Gatekeeper),
                vec![para(vec![text("Regelt toegang.")])],
            ),
        ],
    }
}

/// The same chapter in English.
pub fn en() -> Chapter {
    Chapter {
        title: "The roles in the DMU".into(),
        intro: vec![para(vec![text("A group decides together.")])],
        sections: vec![
            section(
                "dmu",
                "What is a DMU?",
                None,
                vec![para(vec![
                    text("See the "),
                    link(LinkTarget::Section("buyer".into()), "buyer"),
                    text("."),
                ])],
            ),
            section(
                "buyer",
                "Buyer",
                Some(Role::Buyer),
                vec![
                    para(vec![text("Signs the contract.")]),
                    heading("buyer-influence", "Influence"),
                    tip("Look up the purchaser."),
                ],
            ),
            section(
                "gatekeeper",
                "Gatekeeper",
                Some(Role::Gatekeeper),
                vec![para(vec![text("Controls access.")])],
            ),
        ],
    }
}

/// A tag of the page: `</x>` has the name `/x`.
#[derive(Debug)]
pub struct Tag<'a> {
    pub name: &'a str,
    pub attrs: Vec<(&'a str, &'a str)>,
    /// What follows the tag, up to the next tag.
    pub text: &'a str,
    /// Outside every `<template>`: part of the document, not of a template's content.
    pub live: bool,
}

impl<'a> Tag<'a> {
    /// An attribute's raw value; a bare attribute has the value "".
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

/// Every tag in some HTML, in order.
pub fn tags(html: &str) -> Vec<Tag<'_>> {
    let mut tags = Vec::new();
    let mut depth = 0;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let inside = &rest[open + 1..];
        let end = inside.find('>').expect("every tag is closed");
        let mut tag = &inside[..end];
        let name_end = tag.find(' ').unwrap_or(tag.len());
        let name = &tag[..name_end];
        tag = &tag[name_end..];
        let mut attrs = Vec::new();
        while let Some(stripped) = tag.strip_prefix(' ') {
            let name_end = stripped.find([' ', '=']).unwrap_or(stripped.len());
            let attr = &stripped[..name_end];
            tag = &stripped[name_end..];
            let value = match tag.strip_prefix("=\"") {
                Some(quoted) => {
                    let close = quoted.find('"').expect("attribute values are quoted");
                    tag = &quoted[close + 1..];
                    &quoted[..close]
                }
                None => "",
            };
            attrs.push((attr, value));
        }
        assert!(tag.is_empty(), "unexpected {tag:?} in <{name}>");
        let after = &inside[end + 1..];
        let text = &after[..after.find('<').unwrap_or(after.len())];
        if name == "/template" {
            depth -= 1;
        }
        tags.push(Tag {
            name,
            attrs,
            text,
            live: depth == 0,
        });
        if name == "template" {
            depth += 1;
        }
        rest = after;
    }
    tags
}

/// The ids of some tags.
pub fn ids<'a>(tags: &[Tag<'a>]) -> Vec<&'a str> {
    tags.iter().filter_map(|t| t.get("id")).collect()
}

/// The first id used twice, if any.
pub fn duplicate<'a>(ids: &[&'a str]) -> Option<&'a str> {
    let mut seen = std::collections::HashSet::new();
    ids.iter().copied().find(|id| !seen.insert(*id))
}

/// HTML text or attribute value back to plain text.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The names of a build's files, as the finishing step would pass them.
pub fn files() -> dmu_prerender::BuildFiles {
    use dmu_core::lang::Lang;
    use dmu_core::page::AppPart;
    dmu_prerender::BuildFiles {
        parts: vec![
            (AppPart::Practice, "dmu-practice-0123456789abcdef".into()),
            (AppPart::Workshop, "dmu-workshop-fedcba9876543210".into()),
            (AppPart::Sets, "dmu-sets-00112233aabbccdd".into()),
        ],
        content: vec![
            (Lang::Nl, "content-nl-00aa.json".into()),
            (Lang::En, "content-en-00bb.json".into()),
        ],
    }
}
