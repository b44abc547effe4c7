//! DMU Trainer's practice, progress and workshop parts: thin Leptos components over the
//! rules in `dmu-core`, the content of the learner's language fetched at run time
//! ([`content`]), and the storage adapter of `dmu-browser`.
//!
//! The page a first visit downloads is not in this crate: its header and chapter are static
//! HTML rendered at build time (`crates/dmu-prerender`), brought to life by the small reader
//! bundle (`crates/dmu-reader`). Three bundles are built from this crate, and the reader
//! loads each when one of its pages first opens: the practice part
//! (`src/bin/dmu-practice.rs`, [`practice_app`]: practice and rounds), the progress part
//! (`src/bin/dmu-progress.rs`, [`progress_app`]) and the workshop part
//! (`src/bin/dmu-workshop.rs`, [`workshop_app`]). They follow the reader's language and
//! route, and each other's stored changes ([`follow`]).

pub mod active_round;
pub mod channel;
pub mod components;
pub mod content;
pub mod context;
pub mod follow;
pub mod learner;
pub mod own_sets;
pub mod practice_app;
pub mod progress_app;
pub mod progress_figures;
pub mod progress_file;
pub mod review_queue;
pub mod workshop;
pub mod workshop_app;

pub use dmu_browser::{dom, storage};

use dmu_core::route::AppPart;
use wasm_bindgen::JsCast;

/// Starts the practice part inside the page's root for it.
pub fn mount_practice() {
    if let Some(root) = part_root(AppPart::Practice) {
        leptos::mount::mount_to(root, practice_app::PracticeApp).forget();
    }
}

/// Starts the progress part inside the page's root for it.
pub fn mount_progress() {
    if let Some(root) = part_root(AppPart::Progress) {
        leptos::mount::mount_to(root, progress_app::ProgressApp).forget();
    }
}

/// Starts the workshop part inside the page's root for it.
pub fn mount_workshop() {
    if let Some(root) = part_root(AppPart::Workshop) {
        leptos::mount::mount_to(root, workshop_app::WorkshopApp).forget();
    }
}

/// The element of the page a part mounts in.
pub fn part_root(part: AppPart) -> Option<web_sys::HtmlElement> {
    let root = dom::document().get_element_by_id(part.root_id()?)?;
    Some(root.unchecked_into())
}
