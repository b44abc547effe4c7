//! Taking progress to another device: the export button, the import file picker, and
//! where an import is (the reading and storing are `progress_file`'s).

use crate::context::UiLang;
use crate::learner::Learner;
use crate::progress_file::{export_progress, import_file, ImportStatus};
use dmu_core::progress_text::progress_text;
use dmu_core::storage_text::storage_text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn DataPanel() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    let status = RwSignal::new(None::<ImportStatus>);
    let export_file = move |_| export_progress(learner);
    let import_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        import_file(learner, file, lang.get_untracked(), move |now| {
            status.set(Some(now))
        });
    };
    move || {
        let text = progress_text(lang.get());
        let words = storage_text(lang.get());
        let busy = move || {
            matches!(
                status.get(),
                Some(ImportStatus::Reading(_) | ImportStatus::Storing)
            )
        };
        view! {
            <section class="panel" aria-labelledby="data-title">
                <h2 id="data-title">{text.data_title}</h2>
                <p>{text.data_intro}</p>
                <div class="actions">
                    <button type="button" class="button" on:click=export_file>
                        {text.export}
                    </button>
                    <label class="button file-button" class:is-disabled=busy>
                        {text.import}
                        <input
                            type="file"
                            accept=".jsonl,.json,.txt,application/json,application/x-ndjson,text/plain"
                            class="visually-hidden"
                            prop:disabled=busy
                            on:change=import_file
                        />
                    </label>
                </div>
                <div class="import-status" role="status" aria-live="polite">
                    {move || match status.get() {
                        None => ().into_any(),
                        Some(ImportStatus::Reading(percent)) => {
                            view! {
                                <p class="import-busy">
                                    {words.importing}" "
                                    <progress max="100" value=percent aria-label=words.importing>
                                        {format!("{percent}%")}
                                    </progress>
                                </p>
                            }
                                .into_any()
                        }
                        Some(ImportStatus::Storing) => {
                            view! { <p class="import-busy">{words.storing}</p> }.into_any()
                        }
                        Some(ImportStatus::Done(message)) => {
                            view! { <p class="import-result ok">{message}</p> }.into_any()
                        }
                        Some(ImportStatus::Failed(message)) => {
                            view! {
                                <p class="import-result form-warning" role="alert">
                                    {message}
                                </p>
                            }
                                .into_any()
                        }
                    }}
                </div>
            </section>
        }
    }
}
