//! Taking progress to another device: export to a file, import one and merge it with what
//! is here. A file's size is checked before it is read; it is read a few thousand lines
//! at a time and stored a month at a time, so the page never stops responding; success is
//! said only once everything is stored, and every failure says what, where and what to do.

use crate::context::UiLang;
use crate::dom;
use crate::learner::Learner;
use dmu_core::progress::export::{export, file_name};
use dmu_core::progress::import::check_size;
use dmu_core::progress::Reading;
use dmu_core::progress_text::progress_text;
use dmu_core::storage_text::{import_error, import_line, import_not_stored, storage_text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long one step of reading may hold the page, in ms (the rest of a 50 ms frame
/// budget is left for the browser).
const STEP_MS: f64 = 12.0;

/// Lines read between two looks at the clock.
const LINES_PER_LOOK: usize = 400;

/// Where an import is.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    /// Reading the file: percent done.
    Reading(u32),
    Storing,
    Done(String),
    Failed(String),
}

/// Reads a file in steps of at most [`STEP_MS`], giving the page back between them and
/// saying how far it is.
async fn read(
    text: String,
    status: RwSignal<Status>,
) -> Result<dmu_core::progress::Imported, dmu_core::progress::ImportError> {
    let mut reading = Reading::start(text, dom::now_ms() as u64)?;
    loop {
        let started = dom::now_ms();
        dom::mark("dmu-import-read");
        while dom::now_ms() - started < STEP_MS {
            if let Some(imported) = reading.step(LINES_PER_LOOK)? {
                dom::measure("dmu-import-read");
                return Ok(imported);
            }
        }
        dom::measure("dmu-import-read");
        let (done, all) = reading.position();
        status.set(Status::Reading(
            (done as f64 * 100.0 / all.max(1) as f64) as u32,
        ));
        dom::yield_to_page().await;
    }
}

/// Downloads the active profile's progress as an export file.
pub fn export_progress(learner: Learner) {
    let name = learner.profiles.with_untracked(|p| p.active().name.clone());
    let text = learner
        .progress
        .with_untracked(|p| export(&name, p, dom::now_ms() as u64));
    dom::download(&file_name(&name), &text, "application/x-ndjson");
}

/// Export and import.
#[component]
pub fn DataPanel() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    let status = RwSignal::new(Status::Idle);
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
        let lang = lang.get_untracked();
        if let Err(error) = check_size(file.size() as u64) {
            status.set(Status::Failed(import_error(lang, &error)));
            return;
        }
        status.set(Status::Reading(0));
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let imported = match read(text, status).await {
                Ok(imported) => imported,
                Err(error) => {
                    status.set(Status::Failed(import_error(lang, &error)));
                    return;
                }
            };
            status.set(Status::Storing);
            learner.import(imported.progress, move |result| {
                status.set(match result {
                    Ok(merged) => {
                        Status::Done(import_line(lang, merged.added, merged.already_there))
                    }
                    Err(error) => Status::Failed(import_not_stored(lang, &error)),
                })
            });
        });
    };
    move || {
        let text = progress_text(lang.get());
        let words = storage_text(lang.get());
        let busy = move || matches!(status.get(), Status::Reading(_) | Status::Storing);
        view! {
            <section class="panel" aria-labelledby="data-title">
                <h2 id="data-title">{text.data_title}</h2>
                <p>{text.data_intro}</p>
                <div class="actions">
                    <button type="button" class="button" on:click=export_file>{text.export}</button>
                    <label class="button file-button" class:is-disabled=busy>
                        {text.import}
                        <input type="file" accept=".jsonl,.json,.txt,application/json,application/x-ndjson,text/plain" class="visually-hidden" prop:disabled=busy on:change=import_file/>
                    </label>
                </div>
                <div class="import-status" role="status" aria-live="polite">
                    {move || match status.get() {
                        Status::Idle => ().into_any(),
                        Status::Reading(percent) => view! {
                            <p class="import-busy">{words.importing}" "<progress max="100" value=percent aria-label=words.importing>{format!("{percent}%")}</progress></p>
                        }.into_any(),
                        Status::Storing => view! { <p class="import-busy">{words.storing}</p> }.into_any(),
                        Status::Done(message) => view! { <p class="import-result ok">{message}</p> }.into_any(),
                        Status::Failed(message) => view! { <p class="import-result form-warning" role="alert">{message}</p> }.into_any(),
                    }}
                </div>
            </section>
        }
    }
}
