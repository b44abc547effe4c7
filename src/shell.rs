//! The root of the reader's bundle, the only one a first visit downloads: the header with
//! the language switch, the chapter, and the places where the practice and workshop parts
//! mount once a page of theirs is opened. The language and the route live here; the parts
//! follow them through `hashchange` and [`dom::LANGUAGE_EVENT`].

use crate::components::chapter::ChapterPage;
use crate::components::header::Header;
use crate::components::part_status::PartStatus;
use crate::context::{CurrentRoute, UiLang};
use crate::follow::route_from_url;
use crate::lazy::{self, Bundle};
use crate::{dom, storage};
use dmu_core::route::{Part, Route};
use dmu_core::stored::Prefs;
use dmu_core::ui_text::ui_text;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The app as a first visit sees it.
#[component]
pub fn Shell() -> impl IntoView {
    let prefs = match storage::read_prefs() {
        storage::Loaded::Ok(prefs) => prefs,
        _ => Prefs::default(),
    };
    let lang = RwSignal::new(prefs.lang);
    // Opened at the bare address: continue where the learner was last.
    if dom::location_hash().is_empty() {
        if let Some(last) = prefs.last.as_deref() {
            dom::replace_hash(last);
        }
    }
    let route = route_from_url();
    provide_context(UiLang(lang));
    provide_context(CurrentRoute(route));

    // These change less often than the route: moving between sections of the chapter keeps
    // the chapter mounted.
    let part = Memo::new(move |_| route.with(Route::part));
    let on_chapter = Memo::new(move |_| part.get() == Part::Reader);
    let audience = Memo::new(move |_| route.with(|r| *r == Route::Audience));

    // Each part is downloaded the first time one of its pages opens.
    let practice = RwSignal::new(Bundle::NotLoaded);
    let workshop = RwSignal::new(Bundle::NotLoaded);
    let status = move |part: Part| match part {
        Part::Workshop => workshop,
        _ => practice,
    };
    Effect::new(move |_| {
        let part = part.get();
        let bundle = status(part);
        if part != Part::Reader && bundle.get_untracked() == Bundle::NotLoaded {
            bundle.set(Bundle::Loading);
            spawn_local(async move {
                bundle.set(match lazy::load(part).await {
                    Ok(()) => Bundle::Ready,
                    Err(_) => Bundle::Failed,
                });
            });
        }
    });
    let bundle = move || status(part.get()).get();

    Effect::new(move |_| {
        let lang = lang.get();
        let text = ui_text(lang);
        dom::set_document_language(
            lang.code(),
            &format!("{} · {}", text.app_name, text.tagline),
        );
        dom::announce_language();
        let last = Some(route.get().fragment());
        // A failed write (storage full or owned by a newer app) keeps the choice for this visit.
        let _ = storage::write_prefs(&Prefs { lang, last });
    });

    let waiting = move || !on_chapter.get() && bundle() != Bundle::Ready;
    let persistent = storage::is_persistent();
    view! {
        <Show when=move || !audience.get()>
            <Header/>
            {(!persistent).then(|| view! {
                <div class="notices" role="status">
                    <div class="notice notice-warning">
                        <p>{move || ui_text(lang.get()).storage_memory_only}</p>
                    </div>
                </div>
            })}
        </Show>
        <Show when=waiting>
            <PartStatus failed=Signal::derive(move || bundle() == Bundle::Failed)/>
        </Show>
        <div id=lazy::root_id(Part::Practice)></div>
        <div id=lazy::root_id(Part::Workshop)></div>
        <Show when=move || on_chapter.get()>
            <main id="main" tabindex="-1">
                <ChapterPage/>
            </main>
        </Show>
        <Show when=move || !audience.get()>
            <footer class="site-footer">
                <p>{move || ui_text(lang.get()).footer}</p>
            </footer>
        </Show>
    }
}
