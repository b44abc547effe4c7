//! Taking progress to another device: export to a versioned JSON file, import one and merge
//! it with what is here (no duplicates), with a clear message on a file that cannot be read.

use crate::context::UiLang;
use crate::dom;
use crate::learner::Learner;
use dmu_core::progress::{export, parse_import};
use dmu_core::progress_text::{import_error, import_line, progress_text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Export and import.
#[component]
pub fn DataPanel() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let learner: Learner = expect_context();
    let message = RwSignal::new(None::<(bool, String)>);
    let export_file = move |_| {
        let name = learner.profiles.with_untracked(|p| p.active().name.clone());
        let text = learner
            .progress
            .with_untracked(|p| export(&name, p, dom::now_ms() as u64));
        let safe: String = name
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        dom::download(
            &format!("dmu-trainer-{safe}.json"),
            &text,
            "application/json",
        );
    };
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
        leptos::task::spawn_local(async move {
            let lang = lang.get_untracked();
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            match parse_import(&text) {
                Ok(imported) => {
                    let mut merged = None;
                    learner
                        .progress
                        .update(|p| merged = Some(p.merge_from(&imported.progress)));
                    learner.save_progress(true);
                    let merged = merged.unwrap_or_default();
                    message.set(Some((
                        true,
                        import_line(lang, merged.added, merged.already_there),
                    )));
                }
                Err(error) => message.set(Some((false, import_error(lang, &error)))),
            }
        });
    };
    move || {
        let text = progress_text(lang.get());
        view! {
            <section class="panel" aria-labelledby="data-title">
                <h2 id="data-title">{text.data_title}</h2>
                <p>{text.data_intro}</p>
                <div class="actions">
                    <button type="button" class="button" on:click=export_file>{text.export}</button>
                    <label class="button file-button">
                        {text.import}
                        <input type="file" accept=".json,application/json" class="visually-hidden" on:change=import_file/>
                    </label>
                </div>
                {move || message.get().map(|(ok, m)| {
                    let class = if ok { "import-result ok" } else { "import-result form-warning" };
                    view! { <p class=class role="status">{m}</p> }
                })}
            </section>
        }
    }
}
