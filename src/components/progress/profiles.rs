//! The profiles on this device: switch, add, rename, delete (after confirming), and clear
//! the active profile's progress (after confirming, with undo).

use crate::context::UiLang;
use crate::learner::Learner;
use dmu_core::progress_text::{profile_error, progress_text};
use leptos::prelude::*;

/// What the panel is asking right now.
#[derive(Clone, Copy, PartialEq)]
enum Asking {
    Nothing,
    Rename,
    Delete,
    Reset,
}

/// The profile controls.
#[component]
pub fn ProfilesPanel() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    let asking = RwSignal::new(Asking::Nothing);
    let new_name = RwSignal::new(String::new());
    let rename_to = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let show = move |result: Result<(), dmu_core::progress::ProfileError>| match result {
        Ok(()) => {
            error.set(None);
            asking.set(Asking::Nothing);
        }
        Err(e) => error.set(Some(profile_error(lang.get_untracked(), &e))),
    };
    // Each change is checked at once (a refusal shows here) and stored under the lock.
    let add = move || {
        let name = new_name.get_untracked();
        let result = learner.add_profile(name, move |()| new_name.set(String::new()));
        show(result);
    };
    let rename = move || {
        let id = learner.active_id();
        let name = rename_to.get_untracked();
        show(learner.change_profiles(move |p| p.rename(&id, &name), |()| ()));
    };
    let delete = move || {
        let id = learner.active_id();
        show(learner.change_profiles(move |p| p.delete(&id).map(|_| ()), |()| ()));
    };
    let reset = move || {
        learner.reset();
        asking.set(Asking::Nothing);
    };

    // The list and the active profile follow the stored profiles; the panel's own state
    // (an open rename form, a confirmation) stays when they change.
    let entries = Memo::new(move |_| {
        learner.profiles.with(|p| {
            p.learners()
                .iter()
                .map(|l| (l.id.clone(), l.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let active = Memo::new(move |_| learner.profiles.with(|p| p.active().id.clone()));
    let active_name = move || learner.profiles.with_untracked(|p| p.active().name.clone());
    move || {
        let lang = lang.get();
        let text = progress_text(lang);
        view! {
            <section class="panel profiles" aria-labelledby="profiles-title">
                <h2 id="profiles-title">{text.profiles_title}</h2>
                <div class="field-inline">
                    <label for="profile-switch">{text.active_profile}</label>
                    <select
                        id="profile-switch"
                        on:change=move |ev| learner.switch_to(&event_target_value(&ev))
                    >
                        <For each=move || entries.get() key=|entry| entry.clone() let((id, name))>
                            <option
                                value=id.clone()
                                prop:selected=move || active.with(|a| *a == id)
                            >
                                {name}
                            </option>
                        </For>
                    </select>
                </div>
                <div class="actions">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            rename_to.set(active_name());
                            asking.set(Asking::Rename)
                        }
                    >
                        {text.rename}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| asking.set(Asking::Reset)
                    >
                        {text.reset}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| asking.set(Asking::Delete)
                    >
                        {text.delete}
                    </button>
                </div>
                {move || match asking.get() {
                    Asking::Nothing => ().into_any(),
                    Asking::Rename => {
                        view! {
                            <form
                                class="field-inline"
                                on:submit=move |ev| {
                                    ev.prevent_default();
                                    rename();
                                }
                            >
                                <label for="profile-rename">{text.name_label}</label>
                                <input
                                    id="profile-rename"
                                    type="text"
                                    maxlength="40"
                                    prop:value=move || rename_to.get()
                                    on:input=move |ev| rename_to.set(event_target_value(&ev))
                                />
                                <button type="submit" class="button primary">
                                    {text.save}
                                </button>
                                <button
                                    type="button"
                                    class="button"
                                    on:click=move |_| asking.set(Asking::Nothing)
                                >
                                    {text.cancel}
                                </button>
                            </form>
                        }
                            .into_any()
                    }
                    Asking::Delete => {
                        confirm(
                            text.delete,
                            text.delete_confirm,
                            text.cancel,
                            delete,
                            move || asking.set(Asking::Nothing),
                        )
                    }
                    Asking::Reset => {
                        confirm(
                            text.reset,
                            text.reset_confirm,
                            text.cancel,
                            reset,
                            move || asking.set(Asking::Nothing),
                        )
                    }
                }}
                <Show when=move || learner.undo.with(Option::is_some)>
                    <p class="undo" role="status">
                        {text.reset_done}
                        " "
                        <button type="button" class="button" on:click=move |_| learner.undo_reset()>
                            {text.undo}
                        </button>
                    </p>
                </Show>
                <form
                    class="field-inline"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        add();
                    }
                >
                    <label for="profile-new">{text.new_profile}</label>
                    <input
                        id="profile-new"
                        type="text"
                        maxlength="40"
                        prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button">
                        {text.add}
                    </button>
                </form>
                {move || {
                    error
                        .get()
                        .map(|e| {
                            view! {
                                <p class="form-warning" role="alert">
                                    {e}
                                </p>
                            }
                        })
                }}
            </section>
        }
    }
}

/// A destructive action asked once more: a button that does it and one that cancels.
fn confirm(
    label: &'static str,
    yes: &'static str,
    no: &'static str,
    on_yes: impl Fn() + 'static,
    on_no: impl Fn() + 'static,
) -> AnyView {
    view! {
        <div class="confirm" role="alertdialog" aria-label=label>
            <button type="button" class="button danger" on:click=move |_| on_yes()>
                {yes}
            </button>
            <button type="button" class="button" on:click=move |_| on_no()>
                {no}
            </button>
        </div>
    }
    .into_any()
}
