//! Small helpers around the browser's document and location, so components stay readable.

use wasm_bindgen::JsCast;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// The current URL fragment, with its `#`.
pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Navigates to a fragment (adds a history entry, fires `hashchange`).
pub fn set_hash(fragment: &str) {
    let _ = window().location().set_hash(fragment);
}

/// Replaces the fragment without a new history entry (and without `hashchange`).
pub fn replace_hash(fragment: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Replaces the fragment without a new history entry, and tells both bundles' routers
/// (they listen for `hashchange`, which `replaceState` does not fire).
pub fn replace_hash_and_announce(fragment: &str) {
    replace_hash(fragment);
    if let Ok(event) = web_sys::HashChangeEvent::new("hashchange") {
        let _ = window().dispatch_event(&event);
    }
}

/// Announces a language switch to the parts (see [`dmu_core::page::LANGUAGE_EVENT`]).
pub fn announce_language() {
    if let Ok(event) = web_sys::Event::new(dmu_core::page::LANGUAGE_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

/// Announces that a part the reader loaded runs (see [`dmu_core::page::PART_READY_EVENT`]).
pub fn announce_part_ready() {
    if let Ok(event) = web_sys::Event::new(dmu_core::page::PART_READY_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

/// The language `<html lang>` names, if it is one of the app's.
pub fn document_language() -> Option<dmu_core::Lang> {
    let code = document().document_element()?.get_attribute("lang")?;
    dmu_core::Lang::parse(&code)
}

/// Loads the page again (after a failed download).
pub fn reload() {
    let _ = window().location().reload();
}

pub fn remove_element(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.remove();
    }
}

/// Scrolls an element into view and moves keyboard focus to it (it needs `tabindex=-1`).
pub fn focus_element(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.scroll_into_view();
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Minutes east of UTC in the browser's time zone at a moment (ms since the epoch): 60 in
/// Amsterdam in winter, 120 in summer. For the learner's calendar days, see
/// [`dmu_core::progress::local_days`]; the sign turn of `getTimezoneOffset` is there too.
pub fn minutes_east_of_utc_at(ms: u64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    dmu_core::progress::local_days::minutes_east_from_js_offset(date.get_timezone_offset())
}

/// Starts a User Timing measurement (see [`measure`]).
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(&format!("{name}-start"));
    }
}

/// Records a User Timing measure from the matching [`mark`] to now: visible in the
/// browser's performance tools, and read by scripts/bench.
pub fn measure(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.measure_with_start_mark(name, &format!("{name}-start"));
    }
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document().create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", filename);
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Gives the page back to the browser (input, painting) and resumes in a later task.
pub async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
