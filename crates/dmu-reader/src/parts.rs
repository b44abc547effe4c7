//! Starts the practice, progress, workshop and sets parts the first time one of their pages opens,
//! so students never download the workshop or the trainer's sets. Each part is an ES
//! module with a content-hashed name that the page lists (`#dmu-files`, see [`dmu_core::page`]); `src/loader.js` imports
//! it, through the typed binding below.

use crate::{current_route, page, route};
use dmu_browser::dom;
use dmu_core::page::{files, id, AppPart};
use std::cell::Cell;
use std::thread::LocalKey;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(module = "/src/loader.js")]
extern "C" {
    /// Imports a part's module and runs it with its wasm; settles when the part runs.
    #[wasm_bindgen(js_name = loadPart, catch)]
    fn load_part(js: &str, wasm: &str) -> Result<js_sys::Promise, JsValue>;
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

thread_local! {
    static PRACTICE: Cell<Bundle> = const { Cell::new(Bundle::NotLoaded) };
    static PROGRESS: Cell<Bundle> = const { Cell::new(Bundle::NotLoaded) };
    static WORKSHOP: Cell<Bundle> = const { Cell::new(Bundle::NotLoaded) };
    static SETS: Cell<Bundle> = const { Cell::new(Bundle::NotLoaded) };
}

/// Where a part's state is kept (the reader itself is never downloaded).
fn slot(part: AppPart) -> &'static LocalKey<Cell<Bundle>> {
    match part {
        AppPart::Progress => &PROGRESS,
        AppPart::Workshop => &WORKSHOP,
        AppPart::Sets => &SETS,
        _ => &PRACTICE,
    }
}

fn set(part: AppPart, bundle: Bundle) {
    slot(part).with(|cell| cell.set(bundle));
}

/// Where `part` is; starts its download if it was never asked for.
pub fn status_or_load(part: AppPart) -> Bundle {
    let bundle = slot(part).with(Cell::get);
    if bundle != Bundle::NotLoaded {
        return bundle;
    }
    let bundle = match start_download(part, false) {
        Ok(()) => Bundle::Loading,
        Err(_) => Bundle::Failed,
    };
    set(part, bundle);
    bundle
}

/// Starts `part` ahead of need, in the background, if nothing asked for it yet: the page
/// calls this when it is idle, so that opening practice later is immediate. A failure
/// here is forgotten: the learner who opens the part later gets a fresh try.
pub fn prepare(part: AppPart) {
    if slot(part).with(Cell::get) == Bundle::NotLoaded && start_download(part, true).is_ok() {
        set(part, Bundle::Loading);
    }
}

/// The base name of a part's files in this build, as the page lists them.
pub fn part_files(part: AppPart) -> Option<String> {
    page::by_id(id::FILES)?.get_attribute(part.files_attr()?)
}

/// Starts the part's download; when it settles, shows the current place again. A failed
/// download `ahead` of need leaves the part not loaded rather than failed.
fn start_download(part: AppPart, ahead: bool) -> Result<(), JsValue> {
    let base = part_files(part).ok_or("the page does not name this part's files")?;
    let promise = load_part(&files::part_js(&base), &files::part_wasm(&base))?;
    let settled = move |bundle| {
        move |_: JsValue| {
            set(part, bundle);
            route::show(&current_route());
            if bundle == Bundle::Ready {
                dom::announce_part_ready();
            }
        }
    };
    let ok = Closure::once(settled(Bundle::Ready));
    let failed = Closure::once(settled(match ahead {
        true => Bundle::NotLoaded,
        false => Bundle::Failed,
    }));
    let _ = promise.then2(&ok, &failed);
    // Each runs at most once, when the download settles; the page keeps them until then.
    ok.forget();
    failed.forget();
    Ok(())
}
