//! Importing a set from a file: a file picker and a drop zone. The file's size is checked
//! before it is read; then the core reads it ([`dmu_core::sets::bring`]) and either the set
//! is kept, or every error is listed with its line and nothing is kept. For a GIFT file
//! whose other questions did read, the trainer may choose to import those.

use crate::actions;
use crate::flash::Flash;
use dmu_browser::dom;
use dmu_core::sets::bring::{read_file, Brought, Reading};
use dmu_core::sets::import::check_size;
use dmu_core::sets_text::{error_place, errors_heading, sets_text};
use dmu_core::{ContentError, Lang};
use dmu_trainer::content::{built_in, Content};
use dmu_trainer::context::UiLang;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// What the last file gave that was not kept.
#[derive(Clone)]
struct Refused {
    file: String,
    errors: Vec<ContentError>,
    rest: Option<Brought>,
}

/// The chapter anchors of a language, as far as its content is here.
pub fn anchors(lang: Lang) -> Vec<String> {
    built_in(lang)
        .chapter
        .anchors()
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The import panel.
#[component]
pub fn ImportBox() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let flash: Flash = expect_context();
    let content: Content = expect_context();
    let gift_lang = RwSignal::new(lang.get_untracked());
    let dragging = RwSignal::new(false);
    let reading = RwSignal::new(false);
    let refused = RwSignal::new(None::<Refused>);

    let take = move |file: web_sys::File| {
        let ui = lang.get_untracked();
        let name = file.name();
        flash.clear();
        refused.set(None);
        if let Err(error) = check_size(&name, file.size() as usize) {
            refused.set(Some(Refused {
                errors: vec![error],
                file: name,
                rest: None,
            }));
            return;
        }
        reading.set(true);
        leptos::task::spawn_local(async move {
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => Vec::new(),
            };
            // A set's links are checked against the chapter of its own language: wait for
            // both chapters (the part fetches them as it starts), unless one cannot come.
            while untrack(|| {
                !Lang::ALL.into_iter().all(|l| content.is_loaded(l))
                    && content.failed.get().is_none()
            }) {
                dom::yield_to_page().await;
            }
            reading.set(false);
            match read_file(&name, &bytes, gift_lang.get_untracked(), anchors) {
                Reading::Ready(brought) => actions::add(brought, ui, flash, || {}),
                Reading::Errors { errors, rest } => refused.set(Some(Refused {
                    file: name,
                    errors,
                    rest,
                })),
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take(file);
        }
        // The same file can be chosen again after it is fixed.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            take(file);
        }
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let import_rest = move |_| {
        if let Some(Refused {
            rest: Some(brought),
            ..
        }) = refused.get_untracked()
        {
            actions::add(brought, lang.get_untracked(), flash, move || {
                refused.set(None)
            });
        }
    };

    view! {
        <section
            class="panel drop-zone"
            class:is-dragging=move || dragging.get()
            aria-labelledby="import-title"
            on:dragover=on_dragover
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="import-title">{move || sets_text(lang.get()).import_title}</h2>
            <p id="import-hint">{move || sets_text(lang.get()).import_hint}</p>
            <div class="import-row">
                <label class="button primary file-button">
                    {move || sets_text(lang.get()).choose_file}
                    <input
                        type="file"
                        id="set-file"
                        class="visually-hidden"
                        accept=".md,.markdown,.gift,.txt,text/markdown,text/plain"
                        aria-describedby="import-hint"
                        on:change=on_pick
                    />
                </label>
                <label class="field-inline">
                    {move || sets_text(lang.get()).gift_lang_label}
                    <select
                        id="gift-lang"
                        on:change=move |ev| {
                            if let Some(l) = Lang::parse(&event_target_value(&ev)) {
                                gift_lang.set(l);
                            }
                        }
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|l| {
                                view! {
                                    <option value=l.code() selected=move || gift_lang.get() == l>
                                        {move || dmu_core::sets_text::lang_name(lang.get(), l)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <p class="drop-hint" aria-hidden="true" hidden=move || !dragging.get()>
                {move || sets_text(lang.get()).drop_here}
            </p>
            <p role="status" class="muted">
                {move || reading.get().then(|| sets_text(lang.get()).reading)}
            </p>
            {move || {
                refused
                    .get()
                    .map(|refused| {
                        let ui = lang.get();
                        let text = sets_text(ui);
                        let rest = refused.rest.as_ref().map(|r| r.set.scenarios.len());
                        view! {
                            <div class="notice notice-warning import-errors" role="alert">
                                <p>
                                    <strong>
                                        {errors_heading(ui, &refused.file, refused.errors.len())}
                                    </strong>
                                    " "
                                    {text.not_imported}
                                </p>
                                <ErrorList errors=refused.errors.clone() lang=ui />
                                {rest
                                    .map(|n| {
                                        view! {
                                            <div class="notice-actions">
                                                <button type="button" class="button" on:click=import_rest>
                                                    {format!("{} ({n})", text.import_rest)}
                                                </button>
                                            </div>
                                        }
                                    })}
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// Errors with their line, in the interface's language. With `on_line`, each line is a
/// button that takes the trainer there (the editor).
#[component]
pub fn ErrorList(
    errors: Vec<ContentError>,
    lang: Lang,
    #[prop(optional)] on_line: Option<Callback<u32>>,
) -> impl IntoView {
    view! {
        <ul class="error-list">
            {errors
                .into_iter()
                .map(|error| {
                    let place = error_place(lang, error.line);
                    let line = error.line;
                    let place = match on_line {
                        Some(go) if line > 0 => {
                            view! {
                                <button
                                    type="button"
                                    class="error-line line-button"
                                    on:click=move |_| go.run(line)
                                >
                                    {place}
                                </button>
                            }
                                .into_any()
                        }
                        _ => view! { <span class="error-line">{place}</span> }.into_any(),
                    };
                    view! { <li>{place} " " {error.message_in(lang).to_string()}</li> }
                })
                .collect_view()}
        </ul>
    }
}
