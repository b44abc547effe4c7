//! Cross-tab locks and which tabs are open, on the Web Locks API (typed bindings to
//! `locks.js`). Changes to values several tabs write (the profile list, the workshop
//! session, gathering closed tabs' answers) run under a lock, so two tabs never
//! interleave one; each tab holds a lock named after its id while it is open. Without
//! the API (old browsers) a change runs at once, and callers cannot tell which tabs are
//! open.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/locks.js")]
extern "C" {
    #[wasm_bindgen(js_name = hasLocks)]
    fn has_locks() -> bool;
    #[wasm_bindgen(js_name = withLock, catch)]
    fn with_lock(name: &str, run: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_name = heldNames, catch)]
    fn held_names() -> Result<js_sys::Promise, JsValue>;
}

/// Whether the browser has cross-tab locks.
pub fn available() -> bool {
    has_locks()
}

/// The lock for a stored value's changes.
fn lock_name(name: &str) -> String {
    format!("dmu-trainer.lock.{name}")
}

/// Runs `change` under the lock for `name`, as soon as no other tab holds it (at once
/// without the API).
pub fn locked(name: &str, change: impl FnOnce() + 'static) {
    if !available() {
        change();
        return;
    }
    let run = Closure::once_into_js(move || {
        change();
        JsValue::UNDEFINED
    });
    let _ = with_lock(&lock_name(name), &run);
}

/// The names (after `dmu-trainer.tab.`) of the tab locks held now; `None` when the
/// browser cannot tell.
pub async fn open_tabs() -> Option<Vec<String>> {
    if !available() {
        return None;
    }
    let names = JsFuture::from(held_names().ok()?).await.ok()?;
    let prefix = "dmu-trainer.tab.";
    Some(
        js_sys::Array::from(&names)
            .iter()
            .filter_map(|v| v.as_string())
            .filter_map(|name| name.strip_prefix(prefix).map(str::to_string))
            .collect(),
    )
}
