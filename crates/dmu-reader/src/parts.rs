//! Downloads the practice and workshop parts the first time one of their pages opens, so a
//! first visit gets only the chapter and students never download the workshop. The download
//! itself is `dmuLoad` in `index.html`, next to the files trunk writes.

use crate::{current_route, route};
use dmu_browser::dom;
use dmu_core::route::Part;
use std::cell::Cell;
use std::thread::LocalKey;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

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

thread_local! {
    static PRACTICE: Cell<Bundle> = const { Cell::new(Bundle::NotLoaded) };
    static WORKSHOP: Cell<Bundle> = const { Cell::new(Bundle::NotLoaded) };
}

/// Where a part's state is kept (the reader itself is never downloaded).
fn slot(part: Part) -> &'static LocalKey<Cell<Bundle>> {
    match part {
        Part::Workshop => &WORKSHOP,
        _ => &PRACTICE,
    }
}

fn set(part: Part, bundle: Bundle) {
    slot(part).with(|cell| cell.set(bundle));
}

/// Where `part` is; starts its download if it was never asked for.
pub fn status_or_load(part: Part) -> Bundle {
    let bundle = slot(part).with(Cell::get);
    if bundle != Bundle::NotLoaded {
        return bundle;
    }
    let bundle = match start_download(part) {
        Ok(()) => Bundle::Loading,
        Err(_) => Bundle::Failed,
    };
    set(part, bundle);
    bundle
}

/// Asks the page's loader for the part; when it settles, shows the current place again.
fn start_download(part: Part) -> Result<(), JsValue> {
    let name = part.file_name().ok_or("the reader is the page itself")?;
    let loader: js_sys::Function =
        js_sys::Reflect::get(&dom::window(), &JsValue::from_str("dmuLoad"))?.dyn_into()?;
    let promise: js_sys::Promise = loader
        .call1(&JsValue::NULL, &JsValue::from_str(name))?
        .dyn_into()?;
    let settled = move |bundle| {
        move |_: JsValue| {
            set(part, bundle);
            route::show(&current_route());
        }
    };
    let ok = Closure::once(settled(Bundle::Ready));
    let failed = Closure::once(settled(Bundle::Failed));
    let _ = promise.then2(&ok, &failed);
    // Each runs at most once, when the download settles; the page keeps them until then.
    ok.forget();
    failed.forget();
    Ok(())
}
