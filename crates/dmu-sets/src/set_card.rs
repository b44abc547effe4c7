//! One set in the lists of My sets: its title, language, size and description, and what
//! the trainer can do with it. An own set can be practised, edited as a copy, exported,
//! shared, printed and removed; a built-in one copied, exported and printed.

use crate::actions;
use crate::flash::Flash;
use crate::share::SharePanel;
use dmu_core::quiz_text::scenario_count;
use dmu_core::route::Route;
use dmu_core::scenario::ScenarioSet;
use dmu_core::sets::own::OwnSet;
use dmu_core::sets_text::{lang_name, sets_text};
use dmu_core::Lang;
use dmu_trainer::context::UiLang;
use leptos::prelude::*;

/// The title, language and size of a set.
fn heading(set: &ScenarioSet, set_lang: Lang, ui: Lang) -> impl IntoView {
    let meta = format!(
        "{} · {}",
        lang_name(ui, set_lang),
        scenario_count(ui, set.scenarios.len())
    );
    view! {
        <h3 class="set-title">{set.title.clone()}</h3>
        <p class="tile-meta">{meta}</p>
        {set.description.clone().map(|d| view! { <p class="tile-text">{d}</p> })}
    }
}

/// One of the trainer's own sets.
#[component]
pub fn OwnSetCard(own: OwnSet) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let flash: Flash = expect_context();
    let sharing = RwSignal::new(false);
    let own = StoredValue::new(own);
    let id = own.with_value(|o| o.set.id.clone());
    let share_id = format!(
        "share-{}",
        own.with_value(|o| o.namespace().as_str().to_string())
    );
    move || {
        let ui = lang.get();
        let text = sets_text(ui);
        let (set_lang, playable) = own.with_value(|o| (o.lang, o.namespace().as_str().to_string()));
        let id = id.clone();
        let share_id = share_id.clone();
        view! {
            <li class="set-card">
                {own.with_value(|o| heading(&o.set, o.lang, ui))}
                <div class="set-actions">
                    {match set_lang == ui {
                        true => {
                            view! {
                                <button
                                    type="button"
                                    class="button primary"
                                    on:click=move |_| actions::play(&playable)
                                >
                                    {text.play}
                                </button>
                            }
                                .into_any()
                        }
                        false => {
                            view! { <p class="muted set-note">{text.play_other_lang}</p> }
                                .into_any()
                        }
                    }}
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            own.with_value(|o| actions::edit_copy(&o.set, o.lang, ui, flash))
                        }
                    >
                        {text.edit_copy}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| own.with_value(|o| actions::export(&o.set, o.lang))
                    >
                        {text.export}
                    </button>
                    <button
                        type="button"
                        class="button"
                        aria-expanded=move || sharing.get().to_string()
                        aria-controls=share_id.clone()
                        on:click=move |_| sharing.update(|s| *s = !*s)
                    >
                        {text.share}
                    </button>
                    <a class="button" href=Route::SetHandout(playable_handout(&own)).fragment()>
                        {text.print}
                    </a>
                    <button
                        type="button"
                        class="button danger"
                        on:click=move |_| actions::remove(id.clone(), ui, flash)
                    >
                        {text.remove}
                    </button>
                </div> <div id=share_id.clone() hidden=move || !sharing.get()>
                    {move || {
                        sharing
                            .get()
                            .then(|| {
                                own
                                    .with_value(|o| {
                                        view! { <SharePanel set=o.set.clone() lang=o.lang /> }
                                    })
                            })
                    }}
                </div>
            </li>
        }
    }
}

/// The id a handout of an own set is opened by: its namespace, which no built-in set id
/// can be.
fn playable_handout(own: &StoredValue<OwnSet>) -> String {
    own.with_value(|o| o.namespace().as_str().to_string())
}

/// One of the app's built-in sets.
#[component]
pub fn BuiltInCard(set: &'static ScenarioSet, lang: Lang) -> impl IntoView {
    let flash: Flash = expect_context();
    let text = sets_text(lang);
    view! {
        <li class="set-card">
            {heading(set, lang, lang)} <div class="set-actions">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| actions::edit_copy(set, lang, lang, flash)
                >
                    {text.edit_copy}
                </button>
                <button type="button" class="button" on:click=move |_| actions::export(set, lang)>
                    {text.export}
                </button>
                <a class="button" href=Route::SetHandout(set.id.clone()).fragment()>
                    {text.print}
                </a>
            </div>
        </li>
    }
}
