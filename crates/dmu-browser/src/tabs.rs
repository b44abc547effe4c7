//! Which tab this is, for the values a tab keeps as its own (its answers of a month, its
//! open round, the workshop console it runs), and which tabs are open. Typed bindings to
//! `tabs.js`: the id lives in the tab's session storage, so a reload keeps it; a
//! duplicated tab, which copies that storage and so the id, finds the id's lock taken and
//! makes a new one. Each part (practice, workshop) has its own id, since both may run in
//! one tab.

use crate::locks;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/tabs.js")]
extern "C" {
    #[wasm_bindgen(js_name = tabId)]
    fn tab_id(part: &str) -> String;
    #[wasm_bindgen(js_name = holdTab)]
    fn hold_tab(part: &str) -> js_sys::Promise;
}

/// This tab's id for `part`.
pub fn id(part: &str) -> String {
    tab_id(part)
}

/// The ids of `part`'s tabs that are open now (this one included, once it holds its
/// lock); `None` when the browser cannot tell (no Web Locks).
pub async fn open(part: &str) -> Option<Vec<String>> {
    let held = JsFuture::from(hold_tab(part)).await.ok()?.as_bool()?;
    if !held {
        return None;
    }
    let prefix = format!("{part}.");
    Some(
        locks::open_tabs()
            .await?
            .into_iter()
            .filter_map(|name| name.strip_prefix(&prefix).map(str::to_string))
            .collect(),
    )
}
