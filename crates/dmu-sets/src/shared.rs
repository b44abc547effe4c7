//! Opening a share link: the set is unpacked and read by the same parser and checks as a
//! file a trainer imports, then shown by its title, language and size, with the choice to
//! add it or play it once. A damaged, cut or tampered link says what happened and what to
//! do; nothing in it ever runs.

use crate::actions;
use crate::app::OwnSetsChanged;
use crate::flash::{Flash, FlashView};
use crate::import_box::{anchors, ErrorList};
use dmu_core::quiz_text::scenario_count;
use dmu_core::route::Route;
use dmu_core::sets::bring::{read_markdown, Brought, Reading};
use dmu_core::sets::share::decode_share;
use dmu_core::sets_text::{lang_name, sets_text};
use dmu_core::{ContentError, Lang};
use dmu_trainer::content::Content;
use dmu_trainer::context::UiLang;
use dmu_trainer::own_sets;
use leptos::prelude::*;

/// What a link holds.
#[derive(Clone, PartialEq)]
enum Opened {
    Set(Brought),
    /// The link itself is broken: the message in each language.
    Broken(dmu_core::sets::ShareError),
    /// The link is whole but the set in it is not valid.
    Invalid(Vec<ContentError>),
}

/// Reads a link: unpacks it, then reads the set as an import would.
fn open(packed: &str) -> Opened {
    let markdown = match decode_share(packed.as_bytes()) {
        Ok(markdown) => markdown,
        Err(error) => return Opened::Broken(error),
    };
    match read_markdown("link", markdown.as_bytes(), anchors) {
        Reading::Ready(brought) => Opened::Set(brought),
        Reading::Errors { errors, .. } => Opened::Invalid(errors),
    }
}

/// The page a share link opens.
#[component]
pub fn SharedSetPage(packed: String) -> impl IntoView {
    let UiLang(lang) = expect_context();
    let content: Content = expect_context();
    let flash: Flash = expect_context();
    let OwnSetsChanged(changed) = expect_context();
    // Read once both chapters are here: the set's links are checked against the chapter
    // of its own language.
    let opened = Memo::new(move |_| {
        Lang::ALL
            .iter()
            .all(|&l| content.is_loaded(l))
            .then(|| open(&packed))
    });
    move || {
        let ui = lang.get();
        let text = sets_text(ui);
        let body = match opened.get() {
            None => view! {
                <p class="loading" role="status">
                    {text.reading}
                </p>
            }
            .into_any(),
            Some(Opened::Set(brought)) => {
                let exists = {
                    changed.track();
                    own_sets::with(|own| own.get(&brought.set.id).is_some())
                };
                let meta = format!(
                    "{} · {}",
                    lang_name(ui, brought.lang),
                    scenario_count(ui, brought.set.scenarios.len())
                );
                let same_lang = brought.lang == ui;
                let to_add = brought.clone();
                let to_play = brought.clone();
                view! {
                    <section class="panel" aria-labelledby="shared-set-title">
                        <h2 id="shared-set-title">{brought.set.title.clone()}</h2>
                        <p class="tile-meta">{meta}</p>
                        {brought.set.description.clone().map(|d| view! { <p>{d}</p> })}
                        {exists.then(|| view! { <p class="notice">{text.replaces_note}</p> })}
                        <div class="actions">
                            <button
                                type="button"
                                class="button primary"
                                on:click=move |_| {
                                    actions::add(
                                        to_add.clone(),
                                        ui,
                                        flash,
                                        || { dmu_browser::dom::set_hash(&Route::Sets.fragment()) },
                                    )
                                }
                            >
                                {text.add_set}
                            </button>
                            {match same_lang {
                                true => {
                                    view! {
                                        <button
                                            type="button"
                                            class="button"
                                            on:click=move |_| actions::play_once(
                                                to_play.clone(),
                                                ui,
                                                flash,
                                            )
                                        >
                                            {text.play_once}
                                        </button>
                                    }
                                        .into_any()
                                }
                                false => {
                                    view! { <p class="muted">{text.play_other_lang}</p> }.into_any()
                                }
                            }}
                        </div>
                    </section>
                }
                .into_any()
            }
            Some(Opened::Broken(error)) => view! {
                <div class="notice notice-warning" role="alert">
                    <h2>{text.shared_failed}</h2>
                    <p>{error.message(ui)}</p>
                    <p>
                        <a href=Route::Sets.fragment()>{text.back_to_sets}</a>
                    </p>
                </div>
            }
            .into_any(),
            Some(Opened::Invalid(errors)) => view! {
                <div class="notice notice-warning" role="alert">
                    <h2>{text.shared_failed}</h2>
                    <ErrorList errors=errors lang=ui />
                    <p>
                        <a href=Route::Sets.fragment()>{text.back_to_sets}</a>
                    </p>
                </div>
            }
            .into_any(),
        };
        view! {
            <div class="page sets">
                <h1 id="sets-title" tabindex="-1">
                    {text.shared_title}
                </h1>
                <p class="lead">{text.shared_intro}</p>
                <FlashView />
                {body}
            </div>
        }
    }
}
