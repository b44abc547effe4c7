//! Keeps what the trainer types in the editor, so that nothing typed is lost: stored a
//! moment after they pause, and at once when the page is hidden or closed, or the editor
//! is left. With the editor open in two tabs, each follows what the other stores, and
//! text typed in both at once is kept too (the other tab's as the previous draft).

use crate::actions;
use dmu_core::sets::draft::{Draft, Stored};
use dmu_core::stored::{self, Notice};
use dmu_trainer::follow::follow_stored;
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
    /// Counts the times another tab's text was kept as the previous draft.
    theirs_kept: RwSignal<u32>,
}

#[derive(Default)]
struct State {
    area: Option<HtmlTextAreaElement>,
    unsaved: bool,
    timer: Option<TimeoutHandle>,
    /// The stamp of the stored draft the textarea shows ([`Draft::changed`]).
    seen: u64,
}

impl Keeper {
    /// A keeper that stores, for as long as the calling owner lives, the text of the
    /// textarea it is given ([`Keeper::attach`]), and says how that went in `kept`. The
    /// textarea starts with the draft stored at `seen`.
    pub fn new(kept: RwSignal<Kept>, seen: u64) -> Keeper {
        let keeper = Keeper {
            state: StoredValue::new_local(State {
                seen,
                ..State::default()
            }),
            kept,
            theirs_kept: RwSignal::new(0),
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
        let seen = self.state.try_with_value(|s| s.seen).unwrap_or(0);
        let kept = match actions::keep_typed(text, seen) {
            Ok(typed) => {
                self.state.try_update_value(|s| s.seen = typed.changed);
                if typed.kept_theirs {
                    self.theirs_kept.try_update(|n| *n += 1);
                }
                match storage::is_persistent() {
                    true => Kept::Stored,
                    false => Kept::InMemory,
                }
            }
            Err(notices) => Kept::Failed(notices),
        };
        // A failed write is tried again at the next pause or on leaving.
        let failed = matches!(kept, Kept::Failed(_));
        self.state.try_update_value(|s| s.unsaved = failed);
        if self.kept.try_with_untracked(|k| *k != kept) == Some(true) {
            self.kept.try_set(kept);
        }
    }

    /// The text in the textarea was stored by someone else (a replacement) at `changed`.
    pub fn stored_elsewhere(&self, changed: u64) {
        self.cancel();
        self.state.try_update_value(|s| {
            s.unsaved = false;
            s.seen = changed;
        });
    }

    /// Goes up each time another tab's text was kept as the previous draft.
    pub fn theirs_kept(&self) -> ReadSignal<u32> {
        self.theirs_kept.read_only()
    }

    /// Follows the draft as another tab's editor stores it: `show` puts it in this one,
    /// unless this one has typing of its own to store, which is stored at once (keeping
    /// theirs as the previous draft). A draft that cannot be read is the store's to keep
    /// apart; the editor keeps its text.
    pub fn follow_other_tabs(&self, show: impl Fn(Draft) + Clone + 'static) {
        let keeper = *self;
        let ours = stored::key(Draft::NAME);
        follow_stored(move |key, _| {
            if key.as_deref().is_some_and(|key| key != ours) {
                return;
            }
            let Some(draft) = actions::stored_draft() else {
                return;
            };
            let Some((seen, unsaved)) = keeper.state.try_with_value(|s| (s.seen, s.unsaved)) else {
                return;
            };
            match draft.stored_elsewhere(seen, unsaved) {
                Stored::Seen => {}
                Stored::KeepOurs => keeper.keep_now(),
                Stored::Show => {
                    keeper.stored_elsewhere(draft.changed);
                    show(draft);
                }
            }
        });
    }

    fn cancel(&self) {
        if let Some(timer) = self.state.try_update_value(|s| s.timer.take()).flatten() {
            timer.clear();
        }
    }
}
