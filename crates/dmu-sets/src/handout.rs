//! A set as a handout to print (`#/sets/handout/<id>`): the questions with empty tick
//! boxes for a group to fill in, then the answer key on pages of its own, unless the
//! trainer leaves it out to print the group's copies. An own set is
//! found by its namespace, a built-in one by its id, in the interface's language first.
//! The sheet is in the set's language; only the buttons, which never print, follow the
//! interface. What the sheet and the key say is the core's
//! ([`dmu_core::sets::handout`]); the stylesheet lays it out on A4.

use crate::{handout_key, handout_sheet};
use dmu_browser::dom;
use dmu_core::route::Route;
use dmu_core::scenario::ScenarioSet;
use dmu_core::sets::handout::questions;
use dmu_core::sets_text::sets_text;
use dmu_core::Lang;
use dmu_trainer::content::{built_in, Content};
use dmu_trainer::context::OwnSetsChanged;
use dmu_trainer::context::UiLang;
use dmu_trainer::own_sets;
use leptos::prelude::*;

/// What a handout's id names.
#[derive(Clone, PartialEq)]
enum Found {
    Set(ScenarioSet, Lang),
    /// Not among the own sets, and the other language's sets are still on their way.
    Waiting,
    /// No set has this id (removed, or a wrong link).
    Missing,
}

/// Finds the set `id` names: an own set by its namespace, else a built-in set by its id.
fn find(id: &str, ui: Lang, content: Content) -> Found {
    let loaded = [ui, ui.other()].map(|lang| content.is_loaded(lang));
    let own = own_sets::with(|own| own.by_namespace(id).map(|own| (own.set.clone(), own.lang)));
    if let Some((set, lang)) = own {
        return Found::Set(set, lang);
    }
    if let Some((set, lang)) = [ui, ui.other()]
        .into_iter()
        .find_map(|lang| built_in(lang).set(id).map(|set| (set.clone(), lang)))
    {
        return Found::Set(set, lang);
    }
    match loaded.iter().all(|&here| here) || content.failed.get().is_some() {
        true => Found::Missing,
        false => Found::Waiting,
    }
}

/// The handout of the set `id` names, or why there is none.
#[component]
pub fn HandoutPage(id: String) -> impl IntoView {
    let UiLang(ui) = expect_context();
    let content: Content = expect_context();
    let OwnSetsChanged(changed) = expect_context();
    let found = Memo::new(move |_| {
        changed.track();
        find(&id, ui.get(), content)
    });
    let with_key = RwSignal::new(true);
    move || {
        let text = sets_text(ui.get());
        let back = view! {
            <a class="button" href=Route::Sets.fragment()>
                {text.back_to_sets}
            </a>
        };
        match found.get() {
            Found::Set(set, lang) => view! {
                <div class="page handout">
                    <div class="handout-tools">
                        {back} <button type="button" class="button primary" on:click=|_| print()>
                            {text.handout_print}
                        </button> <label class="handout-with-key">
                            <input
                                type="checkbox"
                                checked=with_key.get_untracked()
                                on:change=move |ev| with_key.set(event_target_checked(&ev))
                            />
                            {text.handout_with_key}
                        </label>
                    </div>
                    <Handout set=set lang=lang ui=ui.get() with_key=with_key />
                </div>
            }
            .into_any(),
            // Not (yet) a set: the page's heading, and why.
            other => {
                let status = match other {
                    Found::Waiting => view! {
                        <p class="loading" role="status">
                            {text.reading}
                        </p>
                    }
                    .into_any(),
                    _ => view! {
                        <div class="notice notice-warning" role="alert">
                            <p>{text.handout_missing}</p>
                            <p>{back}</p>
                        </div>
                    }
                    .into_any(),
                };
                view! {
                    <div class="page handout">
                        <h1 id="sets-title" tabindex="-1">
                            {text.print}
                        </h1>
                        {status}
                    </div>
                }
                .into_any()
            }
        }
    }
}

/// Opens the browser's print dialog.
fn print() {
    let _ = dom::window().print();
}

/// The sheet and (while `with_key`) its key, in the set's language `lang`.
#[component]
fn Handout(set: ScenarioSet, lang: Lang, ui: Lang, with_key: RwSignal<bool>) -> impl IntoView {
    let text = sets_text(lang);
    let sheet = questions(&set);
    // Marked only where it differs from the page's, so a screen reader reads it right.
    let lang_attr = (lang != ui).then(|| lang.code());
    view! {
        // Left out by a class, not taken out of the page: the key is drawn once.
        <article class="handout-sheet" class:without-key=move || !with_key.get() lang=lang_attr>
            <h1 id="sets-title" tabindex="-1">
                {set.title.clone()}
            </h1>
            {set.description.clone().map(|d| view! { <p class="lead">{d}</p> })}
            <p class="handout-name">
                {text.handout_name_line} <span class="handout-line" aria-hidden="true"></span>
            </p>
            <p class="handout-instructions">{text.handout_instructions}</p>
            {handout_sheet::questions_view(&sheet, lang)}
            {handout_key::key_view(&sheet, lang)}
        </article>
    }
}
