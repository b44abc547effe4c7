//! The app's rich-text component builds exactly the HTML of the renderer of record
//! (`dmu_core::html::rich_text`, which writes the prerendered page), in headless Chromium
//! (wasm-bindgen-test): every piece of rich text in the real content, in both languages,
//! and hand-made blocks with every kind of block and inline, links and hostile text. The
//! component is mounted in a detached element and its `innerHTML` compared as a string,
//! once Leptos's markers are taken out (see [`component`]).

#![cfg(target_arch = "wasm32")]

use dmu_core::html::markup::Markup;
use dmu_core::html::rich_text::RichText;
use dmu_core::parse::{parse_chapter, parse_scenario_set};
use dmu_core::text::{Block, Callout, Inline, LinkTarget};
use dmu_core::ui_text::ui_text;
use dmu_core::Lang;
use dmu_trainer::components::rich_text::{blocks_view, inlines_view};
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Rich text of either kind, with where it comes from for a failure message.
enum Piece<'a> {
    Blocks(String, &'a [Block]),
    Inlines(String, &'a [Inline]),
}

/// The renderer of record's HTML. The map of other-language anchors is empty: the
/// components have no other language to point at, and the page adds them itself.
fn record(lang: Lang, piece: &Piece) -> String {
    let others = HashMap::new();
    let rich = RichText {
        text: ui_text(lang),
        others: &others,
    };
    let mut m = Markup::new();
    match piece {
        Piece::Blocks(_, blocks) => rich.blocks(&mut m, blocks),
        Piece::Inlines(_, inlines) => rich.inlines(&mut m, inlines),
    }
    m.into_html()
}

/// The component's DOM, serialised by the browser, without Leptos's markers: with
/// `erase_components` (every build's setting) Leptos ends the children of each element, and
/// each list, with an empty comment, where it inserts what changes. Comments are not content,
/// and no content can write `<!---->` here, since the browser writes every `<` of text or of
/// an attribute as `&lt;`, so removing exactly that string removes the markers and nothing else.
fn component(lang: Lang, piece: &Piece) -> String {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    let view = match piece {
        Piece::Blocks(_, blocks) => blocks_view(blocks, lang).into_any(),
        Piece::Inlines(_, inlines) => inlines_view(inlines, lang).into_any(),
    };
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), move || view);
    let html = root.inner_html().replace("<!---->", "");
    drop(handle);
    html
}

/// Asserts that both render every piece alike, naming the first that does not.
fn assert_twins(lang: Lang, pieces: &[Piece]) {
    for piece in pieces {
        let (Piece::Blocks(name, _) | Piece::Inlines(name, _)) = piece;
        assert_eq!(
            component(lang, piece),
            record(lang, piece),
            "{name} ({}) renders differently in the component",
            lang.code()
        );
    }
}

/// The content folder, as the build reads it (a new scenario file belongs here too).
fn sources(lang: Lang) -> (&'static str, [(&'static str, &'static str); 6]) {
    macro_rules! files {
        ($lang:literal) => {
            (
                include_str!(concat!("../content/", $lang, "/chapter.md")),
                [
                    (
                        "bouw",
                        include_str!(concat!("../content/", $lang, "/scenarios/bouw.md")),
                    ),
                    (
                        "dienstverlening",
                        include_str!(concat!(
                            "../content/",
                            $lang,
                            "/scenarios/dienstverlening.md"
                        )),
                    ),
                    (
                        "ict",
                        include_str!(concat!("../content/", $lang, "/scenarios/ict.md")),
                    ),
                    (
                        "industrie",
                        include_str!(concat!("../content/", $lang, "/scenarios/industrie.md")),
                    ),
                    (
                        "overheid-onderwijs",
                        include_str!(concat!(
                            "../content/",
                            $lang,
                            "/scenarios/overheid-onderwijs.md"
                        )),
                    ),
                    (
                        "zorg",
                        include_str!(concat!("../content/", $lang, "/scenarios/zorg.md")),
                    ),
                ],
            )
        };
    }
    match lang {
        Lang::Nl => files!("nl"),
        Lang::En => files!("en"),
    }
}

#[wasm_bindgen_test]
fn the_component_renders_all_the_content_as_the_page_does() {
    for lang in Lang::ALL {
        let (chapter_source, set_sources) = sources(lang);
        let chapter = parse_chapter("chapter.md", chapter_source).unwrap().value;
        let sets: Vec<_> = set_sources
            .iter()
            .map(|(name, source)| parse_scenario_set(name, source).unwrap().value)
            .collect();
        let mut pieces = vec![Piece::Blocks(
            "the chapter's introduction".into(),
            &chapter.intro,
        )];
        for section in &chapter.sections {
            pieces.push(Piece::Blocks(
                format!("section {}", section.id),
                &section.blocks,
            ));
        }
        for card in chapter.role_cards() {
            let name = format!("the role card of {}", card.role.key());
            pieces.push(Piece::Inlines(name, card.summary));
        }
        for scenario in sets.iter().flat_map(|set| &set.scenarios) {
            let name = |what: &str| format!("scenario {}: {what}", scenario.id);
            pieces.push(Piece::Blocks(name("situation"), &scenario.situation));
            if let Some(profile) = &scenario.profile {
                pieces.push(Piece::Inlines(name("profile activity"), &profile.activity));
            }
            for part in &scenario.parts {
                if let Some(person) = &part.person {
                    pieces.push(Piece::Blocks(name(&person.name), &person.about));
                }
                for choice in &part.choices {
                    pieces.push(Piece::Inlines(name(&choice.key()), &choice.why));
                }
            }
            if let Some(tip) = &scenario.tip {
                pieces.push(Piece::Blocks(name("tip"), tip));
            }
            if let Some(prompt) = &scenario.prompt {
                pieces.push(Piece::Blocks(name("prompt"), prompt));
            }
        }
        assert!(pieces.len() > 100, "the content was not all read");
        assert_twins(lang, &pieces);
    }
}

fn text(s: &str) -> Inline {
    Inline::Text(s.into())
}

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph(inlines)
}

/// Every kind of block and inline, both kinds of link, and text that looks like markup.
fn every_kind() -> Vec<Block> {
    let hostile = "<script>alert(\"x\" && 'y')</script> <!----> &amp; 10\u{a0}% </p>";
    let external = |url: &str, children| Inline::Link {
        to: LinkTarget::External(url.into()),
        children,
    };
    let heading = |level, id: Option<&str>| Block::Heading {
        level,
        id: id.map(String::from),
        text: vec![text("Kop "), Inline::Emph(vec![text("schuin")])],
    };
    vec![
        para(vec![
            text("De "),
            Inline::Strong(vec![Inline::Emph(vec![text("koper")]), text(" tekent")]),
            Inline::Break,
            Inline::Code("<b>&</b>".into()),
            text(hostile),
            Inline::Link {
                to: LinkTarget::Section("koper".into()),
                children: vec![text("de "), Inline::Strong(vec![text("koper")])],
            },
            external(
                "https://example.com/?a=1&b=\"2\"&c='<3>'",
                vec![text(hostile), Inline::Code("x".into())],
            ),
            external("https://example.com/", vec![]),
        ]),
        para(vec![]),
        heading(3, Some("koper")),
        heading(4, Some("a\"b&c")),
        heading(3, None),
        heading(5, None),
        Block::List {
            ordered: true,
            items: vec![
                vec![para(vec![text("een")])],
                vec![],
                vec![
                    para(vec![text("drie")]),
                    Block::List {
                        ordered: false,
                        items: vec![vec![para(vec![text(hostile)])]],
                    },
                ],
            ],
        },
        Block::List {
            ordered: false,
            items: vec![],
        },
        Block::Quote {
            kind: Some(Callout::Tip),
            blocks: vec![para(vec![text("tip")])],
        },
        Block::Quote {
            kind: Some(Callout::Note),
            blocks: vec![Block::Quote {
                kind: None,
                blocks: vec![para(vec![text(hostile)])],
            }],
        },
        Block::Quote {
            kind: None,
            blocks: vec![],
        },
    ]
}

#[wasm_bindgen_test]
fn the_component_renders_every_kind_of_block_and_hostile_text_as_the_page_does() {
    let blocks = every_kind();
    let Block::Paragraph(inlines) = &blocks[0] else {
        unreachable!()
    };
    let pieces = [
        Piece::Blocks("every kind of block".into(), &blocks),
        Piece::Inlines("every kind of inline".into(), inlines),
        Piece::Blocks("no blocks".into(), &[]),
    ];
    for lang in Lang::ALL {
        assert_twins(lang, &pieces);
    }
    // Both say, in the learner's language, that a link opens a new tab.
    let nl = component(Lang::Nl, &pieces[0]);
    assert!(
        nl.contains(r#"<span class="visually-hidden"> (opent in een nieuw tabblad)</span></a>"#)
    );
    assert!(!nl.contains("<script"));
    let en = component(Lang::En, &pieces[0]);
    assert!(en.contains(r#"<span class="visually-hidden"> (opens in a new tab)</span></a>"#));
}
