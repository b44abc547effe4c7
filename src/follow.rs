//! How every bundle knows where the learner is, and how a part loaded later (practice,
//! progress, workshop) follows the reader: the route from the URL fragment, the language
//! from `<html lang>`, which the reader sets and announces with
//! [`dmu_core::page::LANGUAGE_EVENT`]; and how a part follows what other tabs and the
//! page's other parts store.

use crate::content::Content;
use crate::context::{CurrentRoute, OwnSetsChanged, UiLang};
use crate::{dom, own_sets, storage};
use dmu_core::route::Route;
use dmu_core::Lang;
use leptos::prelude::*;

/// The route in the URL fragment, kept up to date for as long as the calling owner lives.
pub fn route_from_url() -> RwSignal<Route> {
    let route = RwSignal::new(Route::parse(&dom::location_hash()));
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&dom::location_hash()));
    });
    on_cleanup(move || on_hash.remove());
    route
}

/// The reader's language and the route, kept up to date for as long as the calling owner
/// lives.
pub fn follow_reader() -> (RwSignal<Lang>, RwSignal<Route>) {
    // The reader sets `<html lang>` from the stored choice (index.html starts it at `nl`).
    let lang = RwSignal::new(dom::document_language().unwrap_or_default());
    let route = route_from_url();
    let language_event = leptos::ev::Custom::<web_sys::Event>::new(dmu_core::page::LANGUAGE_EVENT);
    let on_language = window_event_listener(language_event, move |_| {
        if let Some(switched) = dom::document_language() {
            lang.set(switched);
        }
    });
    on_cleanup(move || on_language.remove());
    (lang, route)
}

/// The language a part shows: the reader's, as soon as its content is here (fetched when
/// the reader switches). Until the first language's content is here, the part shows a
/// loading notice ([`crate::components::content_gate::ContentGate`]).
pub fn follow_content(reader: RwSignal<Lang>) -> (Content, Memo<Lang>) {
    let content = Content::new();
    // Fetching is the one side effect; which language shows is derived.
    Effect::new(move |_| content.ensure(reader.get()));
    let shown = Memo::new(move |before: Option<&Lang>| {
        let wanted = reader.get();
        match before {
            Some(before) if !content.is_loaded(wanted) => *before,
            _ => wanted,
        }
    });
    (content, shown)
}

/// What every part starts with: the reader's language and route, the content of the
/// language shown, and the trainer's own sets (read before anything stored that may refer
/// to one, such as a round or a session), all provided as context for its components.
pub fn start_part() -> (Content, Memo<Lang>, RwSignal<Route>, RwSignal<u64>) {
    let (reader_lang, route) = follow_reader();
    let own_sets = own_sets::follow();
    let (content, lang) = follow_content(reader_lang);
    provide_context(UiLang(lang));
    provide_context(CurrentRoute(route));
    provide_context(OwnSetsChanged(own_sets));
    (content, lang, route, own_sets)
}

/// Where a change to a stored value was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedIn {
    /// Another tab (the `storage` event).
    OtherTab,
    /// Another part of this page, in this tab's values (see
    /// [`dmu_core::page::STORED_EVENT`]).
    ThisPage,
}

/// Calls `changed` with the storage key of each of the app's values that another tab, or
/// another part of this page, wrote or removed (`None`: another tab cleared storage), and
/// where. For as long as the calling owner lives.
pub fn follow_stored(changed: impl Fn(Option<String>, ChangedIn) + Clone + 'static) {
    let from_tab = changed.clone();
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|key| storage::is_ours(&key)) {
            from_tab(ev.key(), ChangedIn::OtherTab);
        }
    });
    let stored_event = leptos::ev::Custom::<web_sys::Event>::new(dmu_core::page::STORED_EVENT);
    let on_part = window_event_listener(stored_event, move |ev| {
        if let Some(key) = dmu_browser::shared::changed_elsewhere(&ev) {
            if storage::is_ours(&key) {
                changed(Some(key), ChangedIn::ThisPage);
            }
        }
    });
    on_cleanup(move || {
        on_storage.remove();
        on_part.remove();
    });
}
