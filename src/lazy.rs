//! Loads a part of the app (practice or workshop) the first time one of its pages opens, so
//! that a first visit downloads only the chapter and students never download the workshop.
//! The download itself is done by `dmuLoad` in `index.html`, next to the files trunk writes.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use dmu_core::route::Part;

/// The id of the element a part mounts in, which the shell draws once and never
/// re-creates; the reader itself mounts on `<body>`.
pub fn root_id(part: Part) -> Option<&'static str> {
    match part {
        Part::Reader => None,
        Part::Practice => Some("practice-root"),
        Part::Workshop => Some("workshop-root"),
    }
}

/// The name trunk gives a lazily loaded part's files (`<name>.js`, `<name>_bg.wasm`): its
/// binary's name. The reader's own files carry a content hash and are loaded by the page.
fn file_name(part: Part) -> Option<&'static str> {
    match part {
        Part::Reader => None,
        Part::Practice => Some("dmu-practice"),
        Part::Workshop => Some("dmu-workshop"),
    }
}

/// Where a part's download is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Not asked for yet (only the chapter has been open).
    NotLoaded,
    Loading,
    /// Running and mounted in its root element.
    Ready,
    /// The download or start failed; the chapter still works.
    Failed,
}

/// Downloads and starts a part. Safe to call again: the page's loader downloads a part once,
/// and again only after a failure.
pub async fn load(part: Part) -> Result<(), JsValue> {
    let window = crate::dom::window();
    let loader: js_sys::Function =
        js_sys::Reflect::get(&window, &JsValue::from_str("dmuLoad"))?.dyn_into()?;
    let name = file_name(part).ok_or("the reader is loaded by the page, not on demand")?;
    let name = JsValue::from_str(name);
    let promise: js_sys::Promise = loader.call1(&JsValue::NULL, &name)?.dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}
