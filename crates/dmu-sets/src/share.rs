//! Sharing a set by link: the whole set packed into the URL's fragment (which no server
//! ever sees), a button that copies it, and a QR code of it (SVG, drawn by the `qrcode`
//! crate) for a room to scan from the projector. A set too large for a link that chat
//! apps pass on whole is offered as a file instead.

use crate::actions;
use dmu_browser::dom;
use dmu_core::route::Route;
use dmu_core::scenario::ScenarioSet;
use dmu_core::sets::share::share_set;
use dmu_core::sets::ShareError;
use dmu_core::sets_text::sets_text;
use dmu_core::Lang;
use dmu_trainer::context::UiLang;
use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The address of this page with `fragment`: the link someone else opens.
pub fn link_to(fragment: &str) -> String {
    let href = dom::window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    format!("{page}{fragment}")
}

/// A QR code of `text` as SVG markup, or `None` when it holds too much for one.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(256, 256)
        .quiet_zone(true)
        .build();
    // The markup goes into an HTML page: without the XML declaration.
    let start = svg.find("<svg").unwrap_or(0);
    Some(svg[start..].to_string())
}

/// The link, its copy button and its QR code, for one set.
#[component]
pub fn SharePanel(set: ScenarioSet, lang: Lang) -> impl IntoView {
    let UiLang(ui) = expect_context();
    let copied = RwSignal::new(false);
    let packed = share_set(&set, lang);
    let input_id = format!("share-link-{}", set.id);
    let set = StoredValue::new(set);
    move || {
        let text = sets_text(ui.get());
        match &packed {
            Ok(packed) => {
                let link = link_to(&Route::SharedSet(packed.clone()).fragment());
                let qr = qr_svg(&link);
                let to_copy = link.clone();
                let copy = move |_| {
                    let clipboard = dom::window().navigator().clipboard();
                    let promise = clipboard.write_text(&to_copy);
                    leptos::task::spawn_local(async move {
                        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                            copied.set(true);
                        }
                    });
                };
                view! {
                    <div class="share-panel">
                        <h4>{text.share_title}</h4>
                        <p>{text.share_intro}</p>
                        <label for=input_id.clone()>{text.share_link_label}</label>
                        <div class="share-row">
                            <input
                                id=input_id.clone()
                                class="share-link"
                                type="text"
                                readonly
                                value=link.clone()
                                on:focus=move |ev| {
                                    let input: web_sys::HtmlInputElement = event_target(&ev);
                                    input.select();
                                }
                            />
                            <button type="button" class="button" on:click=copy>
                                {text.copy_link}
                            </button>
                        </div>
                        <p role="status" class="muted">
                            {move || copied.get().then_some(text.copied)}
                        </p>
                        {match qr {
                            Some(svg) => {
                                view! {
                                    <div
                                        class="qr"
                                        role="img"
                                        aria-label=text.qr_label
                                        inner_html=svg
                                    ></div>
                                }
                                    .into_any()
                            }
                            None => view! { <p class="muted">{text.qr_too_long}</p> }.into_any(),
                        }}
                    </div>
                }
                .into_any()
            }
            Err(ShareError::TooLongForLink { .. }) => view! {
                <div class="share-panel">
                    <p>{text.share_file_instead}</p>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| set.with_value(|s| actions::export(s, lang))
                    >
                        {text.export}
                    </button>
                </div>
            }
            .into_any(),
            Err(error) => view! {
                <div class="share-panel">
                    <p class="form-warning">{error.message(ui.get())}</p>
                </div>
            }
            .into_any(),
        }
    }
}
