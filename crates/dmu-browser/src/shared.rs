//! What the parts of one page share (typed bindings to `shared.js`): the announcement of
//! each stored change to the other parts, and the page's memory store for a visit whose
//! local storage is blocked, and the answers no part could save yet. Two parts of one page (practice and progress) keep the
//! learner's data in the same tab's values; this lets each follow the other's changes as
//! it follows another tab's.

use dmu_core::stored::{Backend, WriteFailure};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/shared.js")]
extern "C" {
    fn announce(name: &str, key: &str, from: &str);
    fn announced(event: &JsValue) -> Vec<String>;
    #[wasm_bindgen(js_name = memoryGet)]
    fn memory_get(key: &str) -> Option<String>;
    #[wasm_bindgen(js_name = memorySet)]
    fn memory_set(key: &str, text: &str);
    #[wasm_bindgen(js_name = memoryRemove)]
    fn memory_remove(key: &str);
    #[wasm_bindgen(js_name = memoryKeys)]
    fn memory_keys() -> Vec<String>;
    #[wasm_bindgen(js_name = unsavedGet)]
    fn unsaved_get(profile: &str) -> Option<String>;
    #[wasm_bindgen(js_name = unsavedSet)]
    fn unsaved_set(profile: &str, json: Option<String>);
}

thread_local! {
    /// This instance (this part's wasm) among the page's parts.
    static INSTANCE: String = format!("p{}", (js_sys::Math::random() * 1e15) as u64);
}

/// Tells the other parts of the page that the value under `key` changed (see
/// [`dmu_core::page::STORED_EVENT`]).
pub fn announce_change(key: &str) {
    INSTANCE.with(|me| announce(dmu_core::page::STORED_EVENT, key, me));
}

/// The storage key of another part's announcement; `None` for this part's own (or an
/// event that is not one).
pub fn changed_elsewhere(event: &JsValue) -> Option<String> {
    let mut parts = announced(event).into_iter();
    let (key, from) = (parts.next()?, parts.next()?);
    INSTANCE.with(|me| (from != *me).then_some(key))
}

/// The answers of `profile` that no part of the page could save yet (JSON), if any.
pub fn unsaved(profile: &str) -> Option<String> {
    unsaved_get(profile)
}

/// Keeps `json` as `profile`'s unsaved answers for the page (`None`: all were saved), and
/// tells the other parts.
pub fn keep_unsaved(profile: &str, json: Option<String>) {
    unsaved_set(profile, json);
    let name = dmu_core::progress::buckets::unsaved_name(profile);
    announce_change(&dmu_core::stored::key(&name));
}

/// The page's memory store: one for all parts of the page, gone when the page closes.
pub struct PageMemory;

impl Backend for PageMemory {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        Ok(memory_get(key))
    }

    fn set(&mut self, key: &str, text: &str) -> Result<(), WriteFailure> {
        memory_set(key, text);
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        memory_remove(key);
    }

    fn keys(&self) -> Vec<String> {
        memory_keys()
    }
}
