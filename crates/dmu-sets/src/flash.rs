//! What the sets pages say after an action: what happened, and the way back where there
//! is one (undo a removal). One message at a time, in a live region that is always on the
//! page, so a screen reader reads each new one.

use dmu_core::sets_text::sets_text;
use dmu_trainer::context::UiLang;
use leptos::prelude::*;

/// A message after an action.
#[derive(Clone)]
pub struct Message {
    pub text: String,
    /// Something did not happen (storage full, a file not imported).
    pub warning: bool,
    pub undo: Option<Callback<()>>,
}

/// The sets part's one message, shared through context.
#[derive(Clone, Copy)]
pub struct Flash(pub RwSignal<Option<Message>>);

impl Flash {
    pub fn new() -> Flash {
        Flash(RwSignal::new(None))
    }

    /// Says that something happened.
    pub fn say(&self, text: String) {
        self.show(text, false, None);
    }

    /// Says that something did not happen, and why.
    pub fn warn(&self, text: String) {
        self.show(text, true, None);
    }

    /// Says that something happened, with a way back.
    pub fn with_undo(&self, text: String, undo: Callback<()>) {
        self.show(text, false, Some(undo));
    }

    fn show(&self, text: String, warning: bool, undo: Option<Callback<()>>) {
        self.0.set(Some(Message {
            text,
            warning,
            undo,
        }));
    }

    pub fn clear(&self) {
        self.0.set(None);
    }
}

/// The message, with its undo and close buttons.
#[component]
pub fn FlashView() -> impl IntoView {
    let flash: Flash = expect_context();
    let UiLang(lang) = expect_context();
    view! {
        <div class="notices" role="status" id="sets-flash">
            {move || {
                flash
                    .0
                    .get()
                    .map(|message| {
                        let text = sets_text(lang.get());
                        let class = match message.warning {
                            true => "notice notice-warning",
                            false => "notice",
                        };
                        let undo = message.undo;
                        view! {
                            <div class=class>
                                <p>{message.text}</p>
                                <div class="notice-actions">
                                    {undo
                                        .map(|undo| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button"
                                                    on:click=move |_| {
                                                        flash.clear();
                                                        undo.run(());
                                                    }
                                                >
                                                    {text.undo}
                                                </button>
                                            }
                                        })}
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| flash.clear()
                                    >
                                        {text.dismiss}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
