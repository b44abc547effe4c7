//! The workshop session as the console holds it: kept in storage through the adapter (so
//! a reload continues it), run by one console at a time (`dmu_core::workshop::console`:
//! a second console watches read-only until the trainer takes over there), broadcast to
//! the projector as the core's audience-safe view with its generation, and a clock that
//! ticks for the countdown.

use crate::channel::Channel;
use crate::{content::library, dom, storage};
use dmu_browser::tabs;
use dmu_core::stored::Notice;
use dmu_core::workshop::console::{self, Held, NotSaved, Seat};
use dmu_core::workshop::setup::{start_session, SetupForm};
use dmu_core::workshop::{Item, Session, SyncMessage, WorkshopError};
use dmu_core::Lang;
use leptos::prelude::*;

/// The part whose tab id names a console.
const PART: &str = "workshop";

/// The lock for changes to the session.
const LOCK: &str = "workshop";

/// What this console may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seating {
    /// Runs the session (or starts one).
    Runs,
    /// Another open console runs it: read-only here.
    Watches,
    /// Waiting for the browser to say whether the session's console is still open.
    Asking,
}

/// The session, who runs it, and the current time for the timer.
#[derive(Clone, Copy)]
pub struct Workshop {
    pub session: RwSignal<Option<Session>>,
    pub now: RwSignal<u64>,
    pub seat: RwSignal<Seating>,
    /// True once another console took this one's session over.
    pub taken_over: RwSignal<bool>,
    pub notices: RwSignal<Vec<Notice>>,
    generation: StoredValue<u64>,
    /// The line to the audience windows, once the console listens.
    channel: StoredValue<Option<Channel>>,
}

impl Workshop {
    /// The console: the stored session (if it still fits the content), and whether this
    /// console runs it; a clock ticking 4 times a second.
    pub fn load(lang: Lang) -> Workshop {
        let held = read_held(lang);
        let me = tabs::id(PART);
        let seat = match &held {
            Some(h) if h.session.is_some() && !h.console.is_empty() && h.console != me => {
                Seating::Asking
            }
            _ => Seating::Runs,
        };
        let workshop = Workshop::with(held, seat);
        if seat == Seating::Asking {
            workshop.ask_who_runs(lang);
        } else {
            // Hold this console's tab lock, so another console can tell it is open.
            leptos::task::spawn_local(async {
                tabs::open(PART).await;
            });
        }
        workshop
    }

    /// The projector's copy: the stored session and the clock, never a console.
    pub fn for_audience(lang: Lang) -> Workshop {
        Workshop::with(read_held(lang), Seating::Watches)
    }

    fn with(held: Option<Held>, seat: Seating) -> Workshop {
        let workshop = Workshop {
            session: RwSignal::new(held.as_ref().and_then(|h| h.session.clone())),
            now: RwSignal::new(dom::now_ms() as u64),
            seat: RwSignal::new(seat),
            taken_over: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            generation: StoredValue::new(held.map_or(0, |h| h.generation)),
            channel: StoredValue::new(None),
        };
        if let Ok(tick) = set_interval_with_handle(
            move || workshop.now.set(dom::now_ms() as u64),
            std::time::Duration::from_millis(250),
        ) {
            on_cleanup(move || tick.clear());
        }
        workshop
    }

    /// The session's console was another tab: once the browser says whether it is still
    /// open, this one watches it, or takes over a session whose console is gone.
    fn ask_who_runs(&self, lang: Lang) {
        let workshop = *self;
        leptos::task::spawn_local(async move {
            let open = tabs::open(PART).await;
            let me = tabs::id(PART);
            let held = storage::with(|s| console::read(s).ok().flatten());
            // Without Web Locks nobody can tell: the other console counts as open.
            let alive = |tab: &str| open.as_ref().is_none_or(|o| o.iter().any(|t| t == tab));
            match console::seat(held.as_ref(), &me, alive) {
                Seat::Watches => {
                    workshop.seat.try_set(Seating::Watches);
                }
                Seat::Runs => workshop.take_over(lang),
            }
        });
    }

    /// Something of the scenario on screen (tracked), for a `Memo` of one figure: a view
    /// that follows it re-renders only when that figure changes.
    pub fn on_screen<T>(&self, read: impl FnOnce(&Session, &Item) -> T) -> Option<T> {
        self.session
            .with(|s| s.as_ref().and_then(|s| Some(read(s, s.current()?))))
    }

    /// Whether this console may change the session.
    pub fn runs(&self) -> bool {
        self.seat.get_untracked() == Seating::Runs
    }

    /// Changes the session with `change` (a core transition), saves it and tells the
    /// audience. A console that does not run the session changes nothing.
    pub fn apply<E>(
        &self,
        lang: Lang,
        change: impl FnOnce(&mut Session) -> Result<(), E>,
    ) -> Result<(), E> {
        if !self.runs() {
            return Ok(());
        }
        let mut result = Ok(());
        self.session.update(|s| {
            if let Some(session) = s.as_mut() {
                result = change(session);
            }
        });
        self.save(lang);
        result
    }

    /// Like [`Workshop::apply`], for a change that needs the time (the timer, starting
    /// or showing a scenario): `change` gets the session and now, in ms.
    pub fn apply_now<E>(
        &self,
        lang: Lang,
        change: impl FnOnce(&mut Session, u64) -> Result<(), E>,
    ) -> Result<(), E> {
        let now = dom::now_ms() as u64;
        self.apply(lang, |s| change(s, now))
    }

    /// Starts a new session from the trainer's setup form, or says why it cannot start.
    pub fn start(&self, lang: Lang, form: SetupForm) -> Result<(), WorkshopError> {
        let session = start_session(library(lang), form, dom::now_ms() as u64)?;
        self.replace(lang, Some(session));
        Ok(())
    }

    /// Starts a new session (setup) or ends the current one (`None`).
    pub fn replace(&self, lang: Lang, session: Option<Session>) {
        if !self.runs() {
            return;
        }
        self.session.set(session);
        self.save(lang);
    }

    /// Saves the session under the lock, as this console's, and tells the audience. If
    /// another console took the session over meanwhile, nothing is saved: this one shows
    /// the session as stored and watches. If storage refuses, the notice says so and the
    /// projector still follows.
    fn save(&self, lang: Lang) {
        let workshop = *self;
        let me = tabs::id(PART);
        storage::locked(LOCK, move |store| {
            let Some(session) = workshop.session.try_get_untracked() else {
                return;
            };
            match console::save(store, &me, session.as_ref()) {
                Ok(generation) => workshop.generation.set_value(generation),
                Err(NotSaved::TakenOver(held)) => {
                    workshop.seat.set(Seating::Watches);
                    workshop.taken_over.set(true);
                    workshop.generation.set_value(held.generation);
                    workshop.session.set(fitting(held.session, lang));
                }
                Err(NotSaved::Storage(_)) => {
                    workshop.generation.update_value(|g| *g += 1);
                }
            }
            workshop.add_notices(store.take_notices());
            workshop.publish(lang);
        });
    }

    /// This console takes the session over (the trainer asked, or its console is gone).
    pub fn take_over(&self, lang: Lang) {
        let workshop = *self;
        let me = tabs::id(PART);
        storage::locked(LOCK, move |store| {
            if let Ok(held) = console::take_over(store, &me) {
                workshop.generation.set_value(held.generation);
                workshop.session.set(fitting(held.session, lang));
                workshop.seat.set(Seating::Runs);
                workshop.taken_over.set(false);
                workshop.publish(lang);
            }
            workshop.add_notices(store.take_notices());
        });
    }

    /// Follows the stored session after another window changed it: a watching console
    /// shows it; a running one learns that it was taken over.
    pub fn on_stored_change(&self, lang: Lang) {
        let Some(held) = read_held(lang) else {
            return;
        };
        let me = tabs::id(PART);
        let runs = self.seat.get_untracked() == Seating::Runs;
        if runs && held.console == me {
            return;
        }
        if runs && held.session.is_some() && !held.console.is_empty() {
            self.seat.set(Seating::Watches);
            self.taken_over.set(true);
        }
        if !runs || held.session.is_some() {
            self.generation.set_value(held.generation);
            self.session.set(held.session);
        }
    }

    /// Opens the line to the audience windows; `on_message` hears them.
    pub fn listen(&self, on_message: impl Fn(SyncMessage) + 'static) {
        self.channel.set_value(Some(Channel::open(on_message)));
    }

    /// Tells the audience what the projector shows now (after a change, a language switch,
    /// or a projector window that says hello). A watching console stays silent.
    pub fn publish(&self, lang: Lang) {
        if !self.runs() {
            return;
        }
        let generation = self.generation.get_value();
        let session = self.session.get_untracked();
        self.post(&SyncMessage::showing(lang, generation, session));
    }

    fn post(&self, message: &SyncMessage) {
        if let Some(channel) = self.channel.try_get_value().flatten() {
            channel.post(message);
        }
    }

    /// The generation of the session shown.
    pub fn generation(&self) -> u64 {
        self.generation.get_value()
    }

    fn add_notices(&self, new: Vec<Notice>) {
        if new.is_empty() {
            return;
        }
        self.notices
            .try_maybe_update(|shown| (dmu_core::stored::notice::add_new(shown, new), ()));
    }
}

/// The stored session with its console, its session dropped if it no longer fits the
/// content.
pub fn read_held(lang: Lang) -> Option<Held> {
    let held = storage::with(|s| console::read(s).ok().flatten())?;
    Some(Held {
        session: fitting(held.session.clone(), lang),
        ..held
    })
}

fn fitting(session: Option<Session>, lang: Lang) -> Option<Session> {
    session.filter(|s| s.verify(library(lang)).is_ok())
}

/// Whether a storage key is the session's (for following another window).
pub fn is_session_key(key: &str) -> bool {
    key == dmu_core::stored::key(console::NAME)
}
