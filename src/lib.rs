//! DMU Trainer in the browser: thin Leptos components over the rules in `dmu-core`, the
//! content compiled in at build time, and one storage adapter.

pub mod app;
pub mod channel;
pub mod components;
pub mod content;
pub mod dom;
pub mod learner;
pub mod storage;
pub mod workshop;

/// Mounts the app on `<body>` and removes the loading notice from `index.html`.
pub fn mount() {
    dom::remove_element("boot");
    leptos::mount::mount_to_body(app::App);
}
