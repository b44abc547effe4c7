//! Component and storage-adapter tests that run in headless Chromium (wasm-bindgen-test):
//! the adapter on the browser's real local storage, through gloo-storage.

#![cfg(target_arch = "wasm32")]

use dmu_core::stored::{key, Migration, StoredValue, Unusable, WriteError};
use dmu_core::text::{Block, Callout, Inline, LinkTarget};
use dmu_core::Lang;
use dmu_trainer::components::rich_text::blocks_view;
use dmu_trainer::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_in_fresh_div(blocks: Vec<Block>) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    let blocks: &'static [Block] = Vec::leak(blocks);
    let handle = leptos::mount::mount_to(div.clone().unchecked_into(), move || {
        blocks_view(blocks, Lang::Nl)
    });
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

impl StoredValue for Prefs {
    const VERSION: u32 = 1;
    const MIGRATIONS: &'static [Migration] = &[];
    fn merge(self, _other: Prefs) -> Prefs {
        self
    }
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_value_written_through_gloo_reads_back() {
    storage::with(|s| s.write("test-typed", &Prefs { lang: Lang::En })).unwrap();
    assert_eq!(
        local().get_item(&key("test-typed")).unwrap().as_deref(),
        Some(r#"{"v":1,"data":{"lang":"en"}}"#)
    );
    let read = storage::with(|s| s.read::<Prefs>("test-typed"));
    assert_eq!(read, Ok(Some(Prefs { lang: Lang::En })));
}

#[wasm_bindgen_test]
fn a_corrupt_stored_value_is_kept_aside_once_and_never_overwritten() {
    let damaged = "{\"v\":1,\"data\":{\"lang\":";
    for _ in 0..3 {
        local().set_item(&key("test-corrupt"), damaged).unwrap();
        let read = storage::with(|s| s.read::<Prefs>("test-corrupt"));
        let Err(Unusable::Damaged(kept)) = read else {
            panic!("expected a damaged value")
        };
        assert!(!kept.in_place);
        assert_eq!(
            local().get_item(&kept.key).unwrap().as_deref(),
            Some(damaged)
        );
    }
    let backups = (0..local().length().unwrap())
        .filter_map(|i| local().key(i).unwrap())
        .filter(|k| k.starts_with("dmu-trainer.backup.test-corrupt."))
        .count();
    assert_eq!(backups, 1);
    storage::with(|s| s.write("test-corrupt", &Prefs { lang: Lang::En })).unwrap();
}

#[wasm_bindgen_test]
fn a_value_from_a_newer_app_is_never_written_over() {
    let newer = "{\"v\":99,\"data\":{\"future\":true}}";
    local().set_item(&key("test-newer"), newer).unwrap();
    assert_eq!(
        storage::with(|s| s.read::<Prefs>("test-newer")),
        Err(Unusable::Newer(99))
    );
    assert_eq!(
        storage::with(|s| s.write("test-newer", &Prefs { lang: Lang::Nl })),
        Err(WriteError::Frozen)
    );
    assert_eq!(
        local().get_item(&key("test-newer")).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_full_storage_is_told_apart_from_a_refusal() {
    // Fill the storage, then write: the browser's quota error is "full".
    let chunk = "x".repeat(256 * 1024);
    let mut fillers = Vec::new();
    for size in [chunk.len(), 4096, 64, 1] {
        for i in 0.. {
            let name = format!("filler-{size}-{i}");
            if local().set_item(&name, &chunk[..size]).is_err() {
                break;
            }
            fillers.push(name);
        }
    }
    let big = Prefs { lang: Lang::En };
    let result = storage::with(|s| s.write("test-full-with-a-long-name", &big));
    for name in &fillers {
        local().remove_item(name).unwrap();
    }
    assert_eq!(result, Err(WriteError::Full));
    let notices = storage::with(|s| s.take_notices());
    assert!(notices.contains(&dmu_core::stored::Notice::Full));
}
