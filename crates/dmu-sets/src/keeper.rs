//! Keeps what the trainer types in the editor, so that nothing typed is lost: stored a
//! moment after they pause, and at once when the page is hidden or closed, or the editor
//! is left.

use crate::actions;
use dmu_core::stored::Notice;
use dmu_trainer::storage;
use leptos::prelude::*;
use std::time::Duration;
use web_sys::HtmlTextAreaElement;

/// How long the trainer pauses before what they typed is stored.
const PAUSE: Duration = Duration::from_millis(300);

/// What became of the text typed last.
#[derive(Clone, Debug, PartialEq)]
pub enum Kept {
    /// Nothing typed since the editor opened.
    Nothing,
    /// Stored.
    Stored,
    /// Kept for this tab only: the browser lets the app store nothing.
    InMemory,
    /// Not stored, and why.
    Failed(Vec<Notice>),
}

/// The editor's keeper, shared by its handlers.
#[derive(Clone, Copy)]
pub struct Keeper {
    state: StoredValue<State, LocalStorage>,
    kept: RwSignal<Kept>,
}

#[derive(Default)]
struct State {
    area: Option<HtmlTextAreaElement>,
    unsaved: bool,
    timer: Option<TimeoutHandle>,
}

impl Keeper {
    /// A keeper that stores, for as long as the calling owner lives, the text of the
    /// textarea it is given ([`Keeper::attach`]), and says how that went in `kept`.
    pub fn new(kept: RwSignal<Kept>) -> Keeper {
        let keeper = Keeper {
            state: StoredValue::new_local(State::default()),
            kept,
        };
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| keeper.keep_now());
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if dmu_trainer::dom::document().hidden() {
                keeper.keep_now();
            }
        });
        // Cleanups run before the owner's values go: the keeper is still there.
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
            keeper.keep_now();
        });
        keeper
    }

    /// The textarea whose text is kept.
    pub fn attach(&self, area: HtmlTextAreaElement) {
        self.state.update_value(|s| s.area = Some(area));
    }

    /// The trainer typed: the text is stored once they pause.
    pub fn typed(&self) {
        self.cancel();
        let keeper = *self;
        let timer = set_timeout_with_handle(move || keeper.keep_now(), PAUSE).ok();
        self.state.update_value(|s| {
            s.unsaved = true;
            s.timer = timer;
        });
    }

    /// Stores what was typed and is not stored yet, now.
    pub fn keep_now(&self) {
        self.cancel();
        let text = self
            .state
            .try_with_value(|s| s.area.as_ref().filter(|_| s.unsaved).map(|a| a.value()))
            .flatten();
        let Some(text) = text else {
            return;
        };
        let kept = match actions::keep_typed(text) {
            Ok(()) if storage::is_persistent() => Kept::Stored,
            Ok(()) => Kept::InMemory,
            Err(notices) => Kept::Failed(notices),
        };
        // A failed write is tried again at the next pause or on leaving.
        let failed = matches!(kept, Kept::Failed(_));
        self.state.try_update_value(|s| s.unsaved = failed);
        if self.kept.try_with_untracked(|k| *k != kept) == Some(true) {
            self.kept.try_set(kept);
        }
    }

    /// The text in the textarea was stored by someone else (a replacement).
    pub fn stored_elsewhere(&self) {
        self.cancel();
        self.state.try_update_value(|s| s.unsaved = false);
    }

    fn cancel(&self) {
        if let Some(timer) = self.state.try_update_value(|s| s.timer.take()).flatten() {
            timer.clear();
        }
    }
}
