//! The reader's view of the prerendered page: finding its elements by the ids and `data-`
//! attributes `dmu-prerender` writes, showing and hiding them, and listening to them.

use dmu_browser::dom;
use dmu_core::page::{attr, class, id};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// The element with this id, if the page has it.
pub fn by_id(id: &str) -> Option<Element> {
    dom::document().get_element_by_id(id)
}

/// Every element that matches a CSS selector.
pub fn all(selector: &str) -> Vec<Element> {
    let Ok(list) = dom::document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Shows or hides an element (the `hidden` attribute).
pub fn hide(element: &Element, hidden: bool) {
    let _ = match hidden {
        true => element.set_attribute("hidden", ""),
        false => element.remove_attribute("hidden"),
    };
}

/// Shows or hides the element with this id, if the page has it.
pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(element) = by_id(id) {
        hide(&element, hidden);
    }
}

/// Sets an attribute, or removes it when `value` is `None`.
pub fn set_or_remove(element: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// The anchor in the other language's chapter that matches an anchor of the chapter on
/// screen (the page records it as `data-other`; the core's rule decided it at build time).
pub fn equivalent_anchor(anchor: &str) -> Option<String> {
    by_id(anchor)?.get_attribute(attr::OTHER)
}

/// The page is ready to be seen in the learner's language: the boot script in
/// `index.html` hides it (class `booting`) only for a learner who reads in English, so
/// they never see the Dutch page flash by first.
pub fn booted() {
    if let Some(html) = dom::document().document_element() {
        let _ = html.class_list().remove_1(class::BOOTING);
        // From here the reader shows and hides the page's parts (see route::show).
        let _ = html.remove_attribute(attr::OPENING);
    }
    dom::remove_element(id::BOOT);
}

/// Runs `task` once when the browser is idle (after two seconds where it cannot say).
pub fn when_idle(task: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(task);
    let window = dom::window();
    if window
        .request_idle_callback(callback.unchecked_ref())
        .is_err()
    {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 2000);
    }
}

/// Whether the browser asks to save data (`navigator.connection.saveData`).
pub fn saves_data() -> bool {
    js_sys::Reflect::get(&dom::window(), &"navigator".into())
        .and_then(|navigator| js_sys::Reflect::get(&navigator, &"connection".into()))
        .and_then(|connection| js_sys::Reflect::get(&connection, &"saveData".into()))
        .is_ok_and(|save| save.is_truthy())
}

/// Runs `handler` on every click on the element with this id, for as long as the page lives.
pub fn on_click(id: &str, handler: impl FnMut(Event) + 'static) {
    if let Some(element) = by_id(id) {
        listen(&element, "click", handler);
    }
}

/// Runs `handler` on every click on the first element matching `selector`.
pub fn on_click_of(selector: &str, handler: impl FnMut(Event) + 'static) {
    if let Some(element) = all(selector).into_iter().next() {
        listen(&element, "click", handler);
    }
}

/// Runs `handler` on every event of this type on the window.
pub fn on_window(event: &str, handler: impl FnMut(Event) + 'static) {
    listen(&dom::window(), event, handler);
}

fn listen(target: &web_sys::EventTarget, event: &str, handler: impl FnMut(Event) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // The page never removes these listeners: they live as long as it does.
    closure.forget();
}
