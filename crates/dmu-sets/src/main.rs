//! The sets part's entry point (a trainer's own sets: import, the editor, share links,
//! handouts): mounts it in the page the reader's bundle has already drawn. The reader
//! loads it only when a trainer opens My sets or someone opens a share link, so the
//! Markdown parser it carries never reaches a student who reads or practises.

mod actions;
mod app;
mod checks;
mod editor;
mod flash;
mod handout;
mod handout_key;
mod handout_sheet;
mod import_box;
mod keeper;
mod list;
mod preview;
mod set_card;
mod share;
mod shared;

use dmu_core::page::AppPart;

fn main() {
    if let Some(root) = dmu_trainer::part_root(AppPart::Sets) {
        leptos::mount::mount_to(root, app::SetsApp).forget();
    }
}
