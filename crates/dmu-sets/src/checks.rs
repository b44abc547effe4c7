//! What the editor's text still needs, as the trainer types: no errors, or every error
//! with its line as a button that puts the caret there. Only the count is announced (a
//! polite status that changes when the count does), never each keystroke's list.

use crate::import_box::ErrorList;
use dmu_core::sets::bring::Reading;
use dmu_core::sets_text::{error_count, sets_text};
use dmu_trainer::context::UiLang;
use leptos::prelude::*;

/// The check of the editor's text: `None` while the chapters it is checked against load.
#[component]
pub fn Checks(reading: Memo<Option<Reading>>, on_line: Callback<u32>) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let count = Memo::new(move |_| {
        reading.with(|r| match r {
            None => None,
            Some(Reading::Ready(_)) => Some(0),
            Some(Reading::Errors { errors, .. }) => Some(errors.len()),
        })
    });
    let errors = Memo::new(move |_| {
        reading.with(|r| match r {
            Some(Reading::Errors { errors, .. }) => Some(errors.clone()),
            _ => None,
        })
    });
    let has_errors = move || count.get().is_some_and(|n| n > 0);
    let summary = move || {
        let ui = lang.get();
        let text = sets_text(ui);
        match count.get() {
            None => text.reading.to_string(),
            Some(0) => text.editor_ok.to_string(),
            Some(n) => format!("{}: {}", text.editor_errors, error_count(ui, n)),
        }
    };
    view! {
        <div class="editor-checks">
            <p id="editor-count" role="status" class="editor-count" class:has-errors=has_errors>
                {summary}
            </p>
            {move || {
                let ui = lang.get();
                errors
                    .get()
                    .map(|errors| view! { <ErrorList errors=errors lang=ui on_line=on_line /> })
            }}
        </div>
    }
}
