//! The page rendered from the real content: all six role cards and every anchor of both
//! languages are there, and the ids on screen stay unique.

mod support;

use dmu_core::chapter::Chapter;
use dmu_core::lang::Lang;
use dmu_core::parse::load_content;
use dmu_core::role::Role;
use dmu_prerender::render_page;
use std::path::Path;
use support::{duplicate, ids, tags};

fn chapters() -> (Chapter, Chapter) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let libraries = load_content(&root).unwrap_or_else(|e| panic!("{e}"));
    let chapter = |lang| {
        libraries
            .iter()
            .find(|l| l.lang == lang)
            .map(|l| l.chapter.clone())
            .unwrap()
    };
    (chapter(Lang::Nl), chapter(Lang::En))
}

#[test]
fn the_real_chapter_renders_with_every_card_and_anchor() {
    let (nl, en) = chapters();
    let body = render_page(&nl, &en, &dmu_prerender::BuildFiles::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .body;
    let (live, english) = body.split_once(r#"<template id="chapter-en">"#).unwrap();
    for (lang, html) in [(Lang::Nl, live), (Lang::En, english)] {
        for role in Role::ALL {
            let card = format!(
                r#"<li class="card" data-role="{key}" aria-labelledby="card-{key}"><h3 id="card-{key}">"#,
                key = role.key()
            );
            assert!(html.contains(&card), "{lang:?}: {card}");
            let name = format!(r#"<span class="role-name">{}</span>"#, role.name(lang));
            assert!(html.contains(&name), "{lang:?}: {name}");
        }
    }
    for (chapter, other, html) in [(&nl, &en, live), (&en, &nl, english)] {
        for section in &chapter.sections {
            let twin = chapter.equivalent_anchor(other, &section.id).unwrap();
            let heading = format!(
                r#"<h2 id="{}" tabindex="-1" data-other="{twin}">"#,
                section.id
            );
            assert!(html.contains(&heading), "{heading}");
            assert!(html.contains(&format!(r##"<li><a href="#{}">"##, section.id)));
        }
        for anchor in chapter.anchors() {
            assert!(
                html.contains(&format!(r#" id="{anchor}" tabindex="-1""#)),
                "{anchor}"
            );
        }
    }
    assert!(live.contains(r#"<h3 id="introductie" tabindex="-1" data-other="introduction">"#));
    let live_ids = ids(&tags(&body)
        .into_iter()
        .filter(|t| t.live)
        .collect::<Vec<_>>());
    assert_eq!(duplicate(&live_ids), None);
}
