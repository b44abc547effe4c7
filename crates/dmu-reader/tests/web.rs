//! The reader on a page like the one dmu-prerender writes, in headless Chromium
//! (wasm-bindgen-test): the language switch puts every label and the chapter in the other
//! language, and a part that cannot be downloaded says so instead of showing nothing.

#![cfg(target_arch = "wasm32")]

use dmu_core::route::Route;
use dmu_core::Lang;
use dmu_reader::{language, route};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlTemplateElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Builds, with DOM calls, a small page of the shape dmu-prerender writes.
fn page() -> Element {
    let doc = document();
    let body = doc.body().unwrap();
    // One page at a time (the runner's own output lives in <body> too).
    if let Some(old) = doc.get_element_by_id("fixture") {
        old.remove();
    }
    let add = |parent: &Element, tag: &str, attributes: &[(&str, &str)], text: &str| {
        let element = doc.create_element(tag).unwrap();
        for (name, value) in attributes {
            element.set_attribute(name, value).unwrap();
        }
        if !text.is_empty() {
            element.set_text_content(Some(text));
        }
        parent.append_child(&element).unwrap();
        element
    };
    let root = add(&body, "div", &[("id", "fixture")], "");
    let nav = &[
        ("aria-label", "Hoofdmenu"),
        ("data-i18n", "aria-label"),
        ("data-nl", "Hoofdmenu"),
        ("data-en", "Main menu"),
    ];
    let nav = add(&root, "nav", nav, "");
    let link = &[
        ("data-nav", "chapter"),
        ("data-nl", "Hoofdstuk"),
        ("data-en", "Chapter"),
    ];
    add(&nav, "a", link, "Hoofdstuk");
    add(&nav, "a", &[("data-nav", "practice")], "Oefenen");
    let main = add(
        &root,
        "main",
        &[("id", "main"), ("data-prerendered", "")],
        "",
    );
    add(&main, "div", &[("id", "part-loading"), ("hidden", "")], "");
    add(&main, "div", &[("id", "part-failed"), ("hidden", "")], "");
    let chapter = add(&main, "div", &[("id", "chapter"), ("data-lang", "nl")], "");
    add(
        &chapter,
        "h2",
        &[("id", "koper"), ("data-other", "buyer")],
        "Koper",
    );
    add(&main, "template", &[("id", "chapter-nl")], "");
    let english: HtmlTemplateElement = add(&main, "template", &[("id", "chapter-en")], "")
        .dyn_into()
        .unwrap();
    let heading = doc.create_element("h2").unwrap();
    heading.set_attribute("id", "buyer").unwrap();
    heading.set_text_content(Some("Buyer"));
    english.content().append_child(&heading).unwrap();
    root
}

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

#[wasm_bindgen_test]
fn switching_language_changes_every_label_and_swaps_the_chapter() {
    let root = page();
    language::apply(Lang::En);
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    let nav = root.query_selector("nav").unwrap().unwrap();
    assert_eq!(
        nav.get_attribute("aria-label").as_deref(),
        Some("Main menu")
    );
    let link = root.query_selector("[data-nav=chapter]").unwrap().unwrap();
    assert_eq!(link.text_content().as_deref(), Some("Chapter"));
    // The English chapter is on screen; the Dutch one waits in its template, ids and all.
    assert!(by_id("buyer").is_some());
    assert!(by_id("koper").is_none());
    let chapter = by_id("chapter").unwrap();
    assert_eq!(chapter.get_attribute("data-lang").as_deref(), Some("en"));

    language::apply(Lang::Nl);
    assert_eq!(link.text_content().as_deref(), Some("Hoofdstuk"));
    assert_eq!(
        nav.get_attribute("aria-label").as_deref(),
        Some("Hoofdmenu")
    );
    assert!(by_id("koper").is_some() && by_id("buyer").is_none());
}

#[wasm_bindgen_test]
fn the_menu_marks_where_the_learner_is() {
    let root = page();
    route::show(&Route::Chapter(Some("koper".into())));
    let chapter = root.query_selector("[data-nav=chapter]").unwrap().unwrap();
    let practice = root.query_selector("[data-nav=practice]").unwrap().unwrap();
    assert_eq!(
        chapter.get_attribute("aria-current").as_deref(),
        Some("page")
    );
    assert_eq!(practice.get_attribute("aria-current"), None);
    assert!(!by_id("chapter").unwrap().has_attribute("hidden"));
}

#[wasm_bindgen_test]
fn a_part_that_cannot_be_downloaded_says_so_and_hides_the_chapter() {
    // This test page has no `dmuLoad`, as when index.html's loader is missing or broken.
    page();
    route::show(&Route::Progress);
    assert!(!by_id("part-failed").unwrap().has_attribute("hidden"));
    assert!(by_id("part-loading").unwrap().has_attribute("hidden"));
    assert!(by_id("chapter").unwrap().has_attribute("hidden"));
    let main = by_id("main").expect("the page's main stays while there is no part to show");
    assert!(!main.has_attribute("hidden"));
    route::show(&Route::Chapter(None));
    assert!(by_id("part-failed").unwrap().has_attribute("hidden"));
    assert!(!by_id("chapter").unwrap().has_attribute("hidden"));
}
