//! Shows the page in one language. The chrome carries both texts of every label
//! (`data-nl`, `data-en`, and `data-i18n` naming an attribute when the label is one); the
//! chapter exists once per language, the one not shown kept in a `<template>` so that its
//! ids never clash with the one on screen.

use crate::page;
use dmu_browser::dom;
use dmu_core::page::{attr, id};
use dmu_core::Lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlTemplateElement;

/// Puts every label and the chapter in `lang`, and sets `<html lang>` (which the parts and
/// the browser's speech and hyphenation follow).
pub fn apply(lang: Lang) {
    let Some(html) = dom::document().document_element() else {
        return;
    };
    // The page is built in Dutch, its `<html lang>` set to match: at the start of a Dutch
    // learner's visit every label is right already, and writing each one again would send
    // every text through wasm and back for nothing.
    if html.get_attribute("lang").as_deref() != Some(lang.code()) {
        let _ = html.set_attribute("lang", lang.code());
        relabel(lang);
    }
    show_chapter(lang);
}

/// Puts every label of the page in `lang`.
fn relabel(lang: Lang) {
    let selector = format!("[{}][{}]", attr::NL, attr::EN);
    for element in page::all(&selector) {
        let Some(text) = element.get_attribute(attr::text(lang)) else {
            continue;
        };
        match element.get_attribute(attr::I18N) {
            Some(attribute) => {
                let _ = element.set_attribute(&attribute, &text);
            }
            None => element.set_text_content(Some(&text)),
        }
    }
}

/// Moves the chapter on screen into its language's template and the wanted one out of its
/// own. Nodes are moved, not copied or parsed: nothing is rendered at run time.
fn show_chapter(lang: Lang) {
    let Some(live) = page::by_id(id::CHAPTER) else {
        return;
    };
    let Some(shown) = live.get_attribute(attr::LANG).and_then(|c| Lang::parse(&c)) else {
        return;
    };
    if shown == lang {
        return;
    }
    let (Some(put_away), Some(take_out)) = (template(shown), template(lang)) else {
        return;
    };
    let keep = put_away.content();
    while let Some(node) = live.first_child() {
        let _ = keep.append_child(&node);
    }
    // Appending a fragment moves all of its children at once.
    let _ = live.append_child(&take_out.content());
    let _ = live.set_attribute(attr::LANG, lang.code());
}

fn template(lang: Lang) -> Option<HtmlTemplateElement> {
    page::by_id(&id::chapter_template(lang))?.dyn_into().ok()
}
