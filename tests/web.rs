//! Component and storage-adapter tests that run in headless Chromium (wasm-bindgen-test).

#![cfg(target_arch = "wasm32")]

use dmu_core::stored::key;
use dmu_core::text::{Block, Callout, Inline, LinkTarget};
use dmu_core::Lang;
use dmu_trainer::components::rich_text::blocks_view;
use dmu_trainer::storage::{self, Loaded};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_in_fresh_div(blocks: Vec<Block>) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    let blocks: &'static [Block] = Vec::leak(blocks);
    let handle = leptos::mount::mount_to(div.clone().unchecked_into(), move || blocks_view(blocks));
    handle.forget();
    div
}

fn text(text: &str) -> Inline {
    Inline::Text(text.to_string())
}

#[wasm_bindgen_test]
fn rich_text_shows_markup_in_content_as_text_and_renders_only_vetted_links() {
    let div = mount_in_fresh_div(vec![
        Block::Paragraph(vec![
            text("<img src=x onerror=alert(1)> "),
            Inline::Link {
                to: LinkTarget::Section("koper".into()),
                children: vec![text("De koper")],
            },
            Inline::Link {
                to: LinkTarget::External("https://example.com/?a=\"b".into()),
                children: vec![Inline::Strong(vec![text("bron")])],
            },
        ]),
        Block::Quote {
            kind: Some(Callout::Tip),
            blocks: vec![Block::Paragraph(vec![text("Vraag om een introductie.")])],
        },
    ]);
    assert!(div.query_selector("img").unwrap().is_none());
    assert!(div
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
    let section = div.query_selector("a[href='#koper']").unwrap().unwrap();
    assert_eq!(section.text_content().as_deref(), Some("De koper"));
    let external = div.query_selector("a[target=_blank]").unwrap().unwrap();
    assert_eq!(
        external.get_attribute("href").as_deref(),
        Some("https://example.com/?a=\"b")
    );
    assert!(external.get_attribute("rel").unwrap().contains("noopener"));
    assert!(external.query_selector("strong").unwrap().is_some());
    let tip = div.query_selector(".callout-tip p").unwrap().unwrap();
    assert_eq!(
        tip.text_content().as_deref(),
        Some("Vraag om een introductie.")
    );
}

/// A stored value for these tests.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Prefs {
    lang: Lang,
}

impl Prefs {
    const VERSION: u32 = 1;
}

#[wasm_bindgen_test]
fn a_corrupt_stored_value_is_kept_aside_and_never_overwritten() {
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    local
        .set_item(&key("test-corrupt"), "{\"v\":1,\"data\":{\"lang\":")
        .unwrap();
    let loaded = storage::read::<Prefs>("test-corrupt", Prefs::VERSION, &[]);
    let Loaded::Corrupt {
        backup: Some(backup),
        ..
    } = loaded
    else {
        panic!("expected a corrupt value with a backup")
    };
    assert_eq!(
        local.get_item(&backup).unwrap().as_deref(),
        Some("{\"v\":1,\"data\":{\"lang\":")
    );
    storage::write("test-corrupt", Prefs::VERSION, &Prefs { lang: Lang::En }).unwrap();
    assert_eq!(
        local.get_item(&backup).unwrap().as_deref(),
        Some("{\"v\":1,\"data\":{\"lang\":")
    );
}

#[wasm_bindgen_test]
fn a_value_from_a_newer_app_is_never_written_over() {
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let newer = "{\"v\":99,\"data\":{\"future\":true}}";
    local.set_item(&key("test-newer"), newer).unwrap();
    assert!(matches!(
        storage::read::<Prefs>("test-newer", Prefs::VERSION, &[]),
        Loaded::Newer(99)
    ));
    assert_eq!(
        storage::write("test-newer", Prefs::VERSION, &Prefs { lang: Lang::Nl }),
        Err(storage::WriteError::Frozen)
    );
    assert_eq!(
        local.get_item(&key("test-newer")).unwrap().as_deref(),
        Some(newer)
    );
}
