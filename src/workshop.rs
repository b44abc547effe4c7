//! The workshop session as both windows hold it: kept in storage through the adapter (so
//! either window survives a reload), broadcast to the audience as the core's audience-safe
//! view, and a clock that ticks for the countdown.

use crate::{channel, content::library, dom, storage};
use dmu_core::workshop::{audience_view, Session, SyncMessage};
use dmu_core::Lang;
use leptos::prelude::*;

/// The storage name and schema version of the running session.
const NAME: &str = "workshop";
const VERSION: u32 = 1;

/// The running session, if any, and the current time for the timer.
#[derive(Clone, Copy)]
pub struct Workshop {
    pub session: RwSignal<Option<Session>>,
    pub now: RwSignal<u64>,
}

impl Workshop {
    /// The stored session (if it still fits the content) and a clock ticking 4 times a second.
    pub fn load(lang: Lang) -> Workshop {
        let workshop = Workshop {
            session: RwSignal::new(read(lang)),
            now: RwSignal::new(dom::now_ms() as u64),
        };
        if let Ok(tick) = set_interval_with_handle(
            move || workshop.now.set(dom::now_ms() as u64),
            std::time::Duration::from_millis(250),
        ) {
            on_cleanup(move || tick.clear());
        }
        workshop
    }

    /// Changes the session with `change` (a core transition), saves it and tells the audience.
    pub fn apply<E>(
        &self,
        lang: Lang,
        change: impl FnOnce(&mut Session) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut result = Ok(());
        self.session.update(|s| {
            if let Some(session) = s.as_mut() {
                result = change(session);
            }
        });
        self.publish(lang);
        result
    }

    /// Saves the session and broadcasts what the audience may see.
    pub fn publish(&self, lang: Lang) {
        self.session.with_untracked(|s| match s {
            Some(session) => {
                let _ = storage::write(NAME, VERSION, session);
                channel::post(&SyncMessage::State(audience_view(session, library(lang))));
            }
            None => {
                storage::remove(NAME);
                channel::post(&SyncMessage::Cleared);
            }
        });
    }
}

/// The stored session, or `None` when there is none or it no longer fits the content.
pub fn read(lang: Lang) -> Option<Session> {
    match storage::read::<Session>(NAME, VERSION, &[]) {
        storage::Loaded::Ok(session) if session.verify(library(lang)).is_ok() => Some(session),
        _ => None,
    }
}

/// Whether a storage key is the session's (for the audience's fallback sync).
pub fn is_session_key(key: &str) -> bool {
    key == dmu_core::stored::key(NAME)
}
