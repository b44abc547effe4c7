//! Taking progress to another device: the export download, and an import. A file's size
//! is checked before it is read; it is read a few hundred lines at a time and stored a
//! month at a time, so the page never stops responding; success is said only once
//! everything is stored, and every failure says what, where and what to do.

use crate::dom;
use crate::learner::Learner;
use dmu_core::progress::export::{export, file_name};
use dmu_core::progress::import::check_size;
use dmu_core::progress::{ImportError, Imported, Reading};
use dmu_core::storage_text::{import_error, import_line, import_not_stored};
use dmu_core::Lang;
use leptos::prelude::*;

/// How long one step of reading may hold the page, in ms (the rest of a 50 ms frame
/// budget is left for the browser).
const STEP_MS: f64 = 12.0;

/// Lines read between two looks at the clock.
const LINES_PER_LOOK: usize = 400;

/// Where an import is.
#[derive(Clone, PartialEq)]
pub enum ImportStatus {
    /// Reading the file: percent done.
    Reading(u32),
    Storing,
    /// Stored: what was added, in words.
    Done(String),
    /// Nothing was stored: why, in words.
    Failed(String),
}

/// Imports a progress file into the active profile; `report` hears every step.
pub fn import_file(
    learner: Learner,
    file: web_sys::File,
    lang: Lang,
    report: impl Fn(ImportStatus) + 'static,
) {
    if let Err(error) = check_size(file.size() as u64) {
        report(ImportStatus::Failed(import_error(lang, &error)));
        return;
    }
    report(ImportStatus::Reading(0));
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        // Taking a large file's text into the part is a piece of work of its own (about
        // 25 ms for 4.5 MB on a slow machine): the first step of reading gets a task of
        // its own.
        dom::yield_to_page().await;
        let imported = match read(text, &report).await {
            Ok(imported) => imported,
            Err(error) => {
                report(ImportStatus::Failed(import_error(lang, &error)));
                return;
            }
        };
        report(ImportStatus::Storing);
        // The last step of reading finishes the whole file: give the page back before
        // storing starts, so the two never make one long task.
        dom::yield_to_page().await;
        learner.import(imported.progress, move |result| {
            report(match result {
                Ok(merged) => {
                    ImportStatus::Done(import_line(lang, merged.added, merged.already_there))
                }
                Err(error) => ImportStatus::Failed(import_not_stored(lang, &error)),
            })
        });
    });
}

/// Reads a file in steps of at most [`STEP_MS`], giving the page back between them and
/// saying how far it is.
async fn read(text: String, report: &impl Fn(ImportStatus)) -> Result<Imported, ImportError> {
    let mut reading = Reading::start(text, dom::now_ms() as u64)?;
    loop {
        let started = dom::now_ms();
        dom::mark("dmu-import-read");
        while dom::now_ms() - started < STEP_MS {
            if let Some(imported) = reading.step(LINES_PER_LOOK)? {
                dom::measure("dmu-import-read");
                return Ok(imported);
            }
            // Every line read: putting the answers in order gets a task of its own.
            let (read, all) = reading.position();
            if read == all {
                break;
            }
        }
        dom::measure("dmu-import-read");
        report(ImportStatus::Reading(reading.percent()));
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
