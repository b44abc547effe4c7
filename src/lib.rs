//! DMU Trainer in the browser: thin Leptos components over the rules in `dmu-core`, the
//! content compiled in at build time, and one storage adapter.
//!
//! Two bundles are built from this crate. The reader's bundle (`src/main.rs`, [`shell`])
//! holds the header and the chapter and is all a first visit downloads; the practice bundle
//! (`src/bin/dmu-practice.rs`, [`practice_app`]) holds the quiz, progress and workshop and
//! is loaded by [`lazy`] when one of those pages is first opened.

pub mod channel;
pub mod components;
pub mod content;
pub mod context;
pub mod dom;
pub mod lazy;
pub mod learner;
pub mod practice_app;
pub mod shell;
pub mod storage;
pub mod workshop;

use wasm_bindgen::JsCast;

/// Starts the reader's bundle: mounts the shell on `<body>` and removes the loading notice
/// from `index.html`.
pub fn mount() {
    dom::remove_element("boot");
    leptos::mount::mount_to_body(shell::Shell);
}

/// Starts the practice bundle inside the shell's `#practice-root`.
pub fn mount_practice() {
    if let Some(root) = dom::document().get_element_by_id(shell::PRACTICE_ROOT) {
        leptos::mount::mount_to(root.unchecked_into(), practice_app::PracticeApp).forget();
    }
}
