//! The reader: the small bundle a first visit downloads. The page arrives with its header
//! and the chapter in both languages already in it (static HTML, rendered at build time by
//! `crates/dmu-prerender`); this brings it to life: the learner's language, remembered; the
//! current place in the menu; and the practice and workshop parts, downloaded the first
//! time one of their pages opens. It holds no Leptos and no interface text: every word is
//! in the page, in both languages, so the first visit stays small.

pub mod language;
pub mod page;
pub mod parts;
pub mod route;

use dmu_browser::{dom, storage};
use dmu_core::page::{class, id, AppPart};
use dmu_core::route::Route;
use dmu_core::Lang;
use std::cell::Cell;

thread_local! {
    /// The language the learner reads in (the page starts in Dutch).
    static LANG: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

/// The language the page is shown in.
pub fn current_lang() -> Lang {
    LANG.with(Cell::get)
}

/// Where the learner is, read from the URL fragment.
pub fn current_route() -> Route {
    Route::parse(&dom::location_hash())
}

/// Starts the reader on the page: applies the stored language, shows the current place and
/// listens for the learner moving around or switching language.
pub fn start() {
    // Missing or unreadable settings: Dutch, from the start of the page.
    let settings = storage::read_settings();
    // Opened at the bare address: continue where the learner was last.
    if dom::location_hash().is_empty() {
        if let Some(last) = settings.last.as_deref() {
            dom::replace_hash(last);
        }
    }
    set_lang(settings.lang);
    page::on_click(id::LANG_SWITCH, |_| switch_language());
    // The skip link moves focus itself: following `#main` would change the route.
    page::on_click_of(&format!(".{}", class::SKIP_LINK), |event| {
        event.prevent_default();
        dom::focus_element(id::MAIN);
    });
    page::on_click(id::PART_RELOAD, |_| dom::reload());
    page::on_window("hashchange", |_| {
        route::show(&current_route());
        remember();
    });
    page::booted();
    route::show(&current_route());
    remember();
    // Ahead of need: once the chapter is on screen and the page is idle, start practice in
    // the background (not when the browser asks to save data, not on the projector), so
    // that a student who reads and then practises does not wait.
    page::when_idle(|| {
        if current_route().part() == AppPart::Reader && !page::saves_data() {
            parts::prepare(AppPart::Practice);
        }
    });
}

/// Shows the page in `lang` and tells the parts (see [`dmu_core::page::LANGUAGE_EVENT`]).
fn set_lang(lang: Lang) {
    LANG.with(|cell| cell.set(lang));
    language::apply(lang);
    dom::announce_language();
}

/// The language switch: the other language, at the same section of the chapter.
fn switch_language() {
    let to = current_lang().other();
    if let Route::Chapter(Some(anchor)) = current_route() {
        if let Some(target) = page::equivalent_anchor(&anchor) {
            if target != anchor {
                dom::set_hash(&format!("#{target}"));
            }
        }
    }
    set_lang(to);
    remember();
}

/// Stores the language and the place, so a reload or the next visit starts there. A failed
/// write (storage full) keeps the choice for this visit.
fn remember() {
    storage::write_lang(current_lang());
    storage::write_last(&current_route().fragment());
}
