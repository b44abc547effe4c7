//! The reader on a page like the one dmu-prerender writes, in headless Chromium
//! (wasm-bindgen-test): the language switch puts every label and the chapter in the other
//! language, and a part that cannot be downloaded says so instead of showing nothing.

#![cfg(target_arch = "wasm32")]

use dmu_core::page::AppPart;
use dmu_core::parse::parse_chapter;
use dmu_core::route::Route;
use dmu_core::Lang;
use dmu_prerender::{render_page, BuildFiles};
use dmu_reader::{language, route};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The page as dmu-prerender renders it, from the real chapters, with `files` as this
/// build's file list, in a fixture element of the test page.
fn page_with(files: &BuildFiles) -> Element {
    let doc = document();
    // One page at a time (the runner's own output lives in <body> too).
    if let Some(old) = doc.get_element_by_id("fixture") {
        old.remove();
    }
    let chapter = |lang: Lang, source: &str| {
        parse_chapter(&format!("{}/chapter.md", lang.code()), source)
            .unwrap()
            .value
    };
    let nl = chapter(Lang::Nl, include_str!("../../../content/nl/chapter.md"));
    let en = chapter(Lang::En, include_str!("../../../content/en/chapter.md"));
    let page = render_page(&nl, &en, files).unwrap();
    let root = doc.create_element("div").unwrap();
    root.set_attribute("id", "fixture").unwrap();
    root.set_inner_html(&format!("{}{}", page.files, page.body));
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

/// The page, with files named that this test server does not have.
fn page() -> Element {
    page_with(&BuildFiles {
        parts: AppPart::LAZY
            .iter()
            .filter_map(|part| Some((*part, format!("{}-missing", part.bin_name()?))))
            .collect(),
        content: vec![],
    })
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
    assert_eq!(
        by_id("buyer")
            .unwrap()
            .get_attribute("data-other")
            .as_deref(),
        Some("koper")
    );
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
fn a_page_already_in_the_learners_language_is_not_written_again() {
    let root = page();
    language::apply(Lang::En);
    let link = root.query_selector("[data-nav=chapter]").unwrap().unwrap();
    // Text the reader did not write: applying the language the page is in keeps it.
    link.set_text_content(Some("Chapter, as built"));
    language::apply(Lang::En);
    assert_eq!(link.text_content().as_deref(), Some("Chapter, as built"));
    language::apply(Lang::Nl);
    assert_eq!(link.text_content().as_deref(), Some("Hoofdstuk"));
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

/// Waits (up to 10 s) until `done` holds.
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
    }
    panic!("gave up waiting");
}

#[wasm_bindgen_test]
async fn a_part_that_cannot_be_downloaded_says_so_and_hides_the_chapter() {
    // The page names the part's files, but the server does not have them. When the
    // download settles, the reader shows the place in the URL again.
    page();
    let location = web_sys::window().unwrap().location();
    location.set_hash(&Route::Progress.fragment()).unwrap();
    route::show(&Route::Progress);
    assert!(by_id("chapter").unwrap().has_attribute("hidden"));
    assert!(
        !by_id("part-loading").unwrap().has_attribute("hidden"),
        "loading first"
    );
    until(|| !by_id("part-failed").unwrap().has_attribute("hidden")).await;
    assert!(by_id("part-loading").unwrap().has_attribute("hidden"));
    let main = by_id("main").expect("the page's main stays while there is no part to show");
    assert!(!main.has_attribute("hidden"));
    location.set_hash("").unwrap();
    route::show(&Route::Chapter(None));
    assert!(by_id("part-failed").unwrap().has_attribute("hidden"));
    assert!(!by_id("chapter").unwrap().has_attribute("hidden"));
}

#[wasm_bindgen_test]
fn a_page_without_the_workshops_files_says_so_at_once() {
    page_with(&BuildFiles::default());
    route::show(&Route::Workshop);
    assert!(!by_id("part-failed").unwrap().has_attribute("hidden"));
    route::show(&Route::Chapter(None));
}
