//! DMU Trainer in the browser: thin Leptos components over the rules in `dmu-core`, the
//! content compiled in at build time, and one storage adapter.
//!
//! Three bundles are built from this crate, one per [`dmu_core::route::Part`]. The reader
//! (`src/main.rs`, [`shell`]) holds the header and the chapter and is all a first visit
//! downloads. The practice part (`src/bin/dmu-practice.rs`, [`practice_app`]: practice,
//! rounds, progress) and the workshop part (`src/bin/dmu-workshop.rs`, [`workshop_app`])
//! are loaded by [`lazy`] when one of their pages first opens, and follow the shell's
//! language and route ([`follow`]).

pub mod channel;
pub mod components;
pub mod content;
pub mod context;
pub mod dom;
pub mod follow;
pub mod lazy;
pub mod learner;
pub mod practice_app;
pub mod shell;
pub mod storage;
pub mod workshop;
pub mod workshop_app;

use dmu_core::route::Part;
use wasm_bindgen::JsCast;

/// Starts the reader's bundle: mounts the shell on `<body>` and removes the loading notice
/// from `index.html`.
pub fn mount() {
    dom::remove_element("boot");
    leptos::mount::mount_to_body(shell::Shell);
}

/// Starts the practice part inside the shell's root for it.
pub fn mount_practice() {
    if let Some(root) = part_root(Part::Practice) {
        leptos::mount::mount_to(root, practice_app::PracticeApp).forget();
    }
}

/// Starts the workshop part inside the shell's root for it.
pub fn mount_workshop() {
    if let Some(root) = part_root(Part::Workshop) {
        leptos::mount::mount_to(root, workshop_app::WorkshopApp).forget();
    }
}

fn part_root(part: Part) -> Option<web_sys::HtmlElement> {
    let root = dom::document().get_element_by_id(lazy::root_id(part)?)?;
    Some(root.unchecked_into())
}
