//! The My sets page: import a set, the trainer's own sets with what they can do with each,
//! and the app's built-in sets to start a copy from.

use crate::flash::FlashView;
use crate::import_box::ImportBox;
use crate::set_card::{BuiltInCard, OwnSetCard};
use dmu_core::route::Route;
use dmu_core::sets_text::{sets_heading, sets_text};
use dmu_trainer::content::built_in;
use dmu_trainer::context::OwnSetsChanged;
use dmu_trainer::context::UiLang;
use dmu_trainer::own_sets;
use leptos::prelude::*;

/// My sets.
#[component]
pub fn MySetsPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let OwnSetsChanged(changed) = expect_context();
    let own = move || {
        changed.track();
        own_sets::with(|own| own.sets.clone())
    };
    view! {
        <div class="page sets">
            <h1 id="sets-title" tabindex="-1">
                {move || sets_heading(lang.get()).0}
            </h1>
            <p class="lead">{move || sets_heading(lang.get()).1}</p>
            <FlashView />
            <ImportBox />
            <section class="panel" aria-labelledby="own-sets-title">
                <h2 id="own-sets-title">{move || sets_text(lang.get()).own_title}</h2>
                {move || {
                    let sets = own();
                    if sets.is_empty() {
                        return view! { <p class="muted">{sets_text(lang.get()).own_empty}</p> }
                            .into_any();
                    }
                    view! {
                        <ul class="set-list">
                            <For each=move || own() key=|o| (o.set.id.clone(), o.changed) let:own>
                                <OwnSetCard own=own />
                            </For>
                        </ul>
                    }
                        .into_any()
                }}
                <p>
                    <a class="button" href=Route::SetEditor.fragment()>
                        {move || sets_text(lang.get()).write_new}
                    </a>
                </p>
            </section>
            <section class="panel" aria-labelledby="builtin-sets-title">
                <h2 id="builtin-sets-title">{move || sets_text(lang.get()).builtin_title}</h2>
                <p>{move || sets_text(lang.get()).builtin_intro}</p>
                {move || {
                    let lang = lang.get();
                    view! {
                        <ul class="set-list">
                            {built_in(lang)
                                .sets
                                .iter()
                                .map(|set| view! { <BuiltInCard set=set lang=lang /> })
                                .collect_view()}
                        </ul>
                    }
                }}
            </section>
        </div>
    }
}
