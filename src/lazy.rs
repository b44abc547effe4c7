//! Loads the practice bundle (quiz, progress, workshop) the first time the learner opens one
//! of its pages, so that a first visit downloads only the chapter. The download itself is
//! done by `dmuLoadPractice` in `index.html`, next to the files trunk writes.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the practice bundle is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Not asked for yet (only the chapter has been open).
    NotLoaded,
    Loading,
    /// Running and mounted in `#practice-root`.
    Ready,
    /// The download or start failed; the chapter still works.
    Failed,
}

/// Downloads and starts the practice bundle. Safe to call again after a failure: the page's
/// loader retries only then.
pub async fn load_practice() -> Result<(), JsValue> {
    let window = crate::dom::window();
    let loader: js_sys::Function =
        js_sys::Reflect::get(&window, &JsValue::from_str("dmuLoadPractice"))?.dyn_into()?;
    let promise: js_sys::Promise = loader.call0(&JsValue::NULL)?.dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}
