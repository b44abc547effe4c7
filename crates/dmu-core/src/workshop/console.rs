//! One console per workshop session. The stored session names the console (a tab) that
//! runs it and counts its changes (the generation). Only that console saves changes; a
//! console opened beside it watches, read-only, until the trainer takes over there, and
//! then the first one learns it from the stored session and watches in turn. The
//! projector shows only states of a generation at least as new as the last it showed,
//! so a stale console can never move it back.

use super::session::Session;
use crate::stored::{
    Backend, Migration, Notice, Store, StoredValue, Subject, Unusable, WriteError,
};
use serde::{Deserialize, Serialize};

mod schema;

/// The storage name of the session.
pub const NAME: &str = "workshop";

/// The session as stored, with the console that runs it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Held {
    /// The tab id of the console that runs the session ("" for none).
    pub console: String,
    /// Counts every change, so the newest state is always known.
    pub generation: u64,
    /// The session; `None` once it was ended.
    pub session: Option<Session>,
}

impl StoredValue for Held {
    /// 2 since a session names its console, 3 since votes and the timer are tagged by key.
    const VERSION: u32 = 3;
    const MIGRATIONS: &'static [Migration] = &[schema::run_by_nobody, schema::tagged_by_key];

    /// The copy with the most changes.
    fn merge(self, other: Held) -> Held {
        if other.generation > self.generation {
            other
        } else {
            self
        }
    }
}

/// What a console may do with the stored session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seat {
    /// It runs the session (or there is none yet): its changes are saved.
    Runs,
    /// Another open console runs it; this one shows it read-only.
    Watches,
}

/// The seat of console `me` for the stored session: it runs a session nobody runs, its
/// own, or one whose console is closed (`alive` says whether a tab is open).
pub fn seat(held: Option<&Held>, me: &str, alive: impl Fn(&str) -> bool) -> Seat {
    match held {
        Some(held)
            if held.session.is_some()
                && !held.console.is_empty()
                && held.console != me
                && alive(&held.console) =>
        {
            Seat::Watches
        }
        _ => Seat::Runs,
    }
}

/// Why a console's change was not saved.
#[derive(Clone, Debug, PartialEq)]
pub enum NotSaved {
    /// Another console took the session over; this one must watch.
    TakenOver(Box<Held>),
    /// The storage refused (the store has said why in a notice); the change lives in
    /// this console only.
    Storage(WriteError),
}

/// The stored session, if it can be read.
pub fn read<B: Backend>(store: &mut Store<B>) -> Result<Option<Held>, Unusable> {
    store.read::<Held>(NAME)
}

/// Saves a change of console `me` (run under the lock): refused if another console runs
/// the session now (after a session ended, any console may start the next). Returns the
/// new generation.
pub fn save<B: Backend>(
    store: &mut Store<B>,
    me: &str,
    session: Option<&Session>,
) -> Result<u64, NotSaved> {
    let generation = match read(store) {
        Ok(Some(held))
            if held.session.is_some() && !held.console.is_empty() && held.console != me =>
        {
            return Err(NotSaved::TakenOver(Box::new(held)))
        }
        Ok(Some(held)) => held.generation + 1,
        Ok(None) | Err(Unusable::Damaged(_)) => 1,
        Err(_) => return Err(left_alone(store)),
    };
    write(store, me, generation, session)
}

/// Console `me` takes the session over (the trainer chose to, in this window): it runs
/// it from now on, and the console that ran it learns so at its next change or from the
/// storage event. Returns the session and its new generation.
pub fn take_over<B: Backend>(store: &mut Store<B>, me: &str) -> Result<Held, NotSaved> {
    let held = match read(store) {
        Ok(Some(held)) => held,
        Ok(None) | Err(Unusable::Damaged(_)) => Held {
            console: String::new(),
            generation: 0,
            session: None,
        },
        Err(_) => return Err(left_alone(store)),
    };
    let generation = write(store, me, held.generation + 1, held.session.as_ref())?;
    Ok(Held {
        console: me.to_string(),
        generation,
        session: held.session,
    })
}

/// The stored session is left alone (newer, or unreadable): nothing can be saved, and the
/// trainer is told.
fn left_alone<B: Backend>(store: &mut Store<B>) -> NotSaved {
    store.notify(Notice::NotSaved {
        subject: Subject::Workshop,
    });
    NotSaved::Storage(WriteError::Frozen)
}

fn write<B: Backend>(
    store: &mut Store<B>,
    me: &str,
    generation: u64,
    session: Option<&Session>,
) -> Result<u64, NotSaved> {
    let held = Held {
        console: me.to_string(),
        generation,
        session: session.cloned(),
    };
    store
        .write(NAME, &held)
        .map(|()| generation)
        .map_err(NotSaved::Storage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored::{key, MemoryBackend};
    use crate::workshop::fixtures::library;
    use crate::workshop::Selection;

    fn session() -> Session {
        Session::new(&library(), Selection::Set("industry".into()), 7).expect("a session")
    }

    fn memory() -> Store<MemoryBackend> {
        Store::new(MemoryBackend::new())
    }

    #[test]
    fn the_first_console_runs_and_a_second_one_watches() {
        let mut store = memory();
        assert_eq!(seat(None, "a", |_| true), Seat::Runs);
        assert_eq!(save(&mut store, "a", Some(&session())), Ok(1));
        let held = read(&mut store).expect("readable");
        assert_eq!(seat(held.as_ref(), "a", |_| true), Seat::Runs);
        assert_eq!(seat(held.as_ref(), "b", |_| true), Seat::Watches);
        // Its console closed: the next one runs it.
        assert_eq!(seat(held.as_ref(), "b", |_| false), Seat::Runs);
    }

    #[test]
    fn a_stale_console_cannot_overwrite_the_session() {
        let mut store = memory();
        let mut s = session();
        save(&mut store, "a", Some(&s)).expect("saved");
        let taken = take_over(&mut store, "b").expect("taken");
        assert_eq!(taken.generation, 2);
        s.start().expect("starts");
        let Err(NotSaved::TakenOver(held)) = save(&mut store, "a", Some(&s)) else {
            panic!("refused")
        };
        assert_eq!(held.console, "b");
        assert_eq!(read(&mut store).expect("readable"), Some(taken));
        assert_eq!(save(&mut store, "b", Some(&s)), Ok(3));
    }

    #[test]
    fn ending_keeps_counting_so_the_projector_never_goes_back() {
        let mut store = memory();
        save(&mut store, "a", Some(&session())).expect("saved");
        assert_eq!(save(&mut store, "a", None), Ok(2));
        assert_eq!(save(&mut store, "b", Some(&session())), Ok(3));
    }

    #[test]
    fn a_session_that_cannot_be_saved_says_so() {
        let mut store = memory();
        store
            .backend_mut()
            .set(&key(NAME), r#"{"v":5,"data":{}}"#)
            .expect("fits");
        assert_eq!(
            save(&mut store, "a", Some(&session())),
            Err(NotSaved::Storage(WriteError::Frozen))
        );
        let notices = store.take_notices();
        assert!(notices.contains(&Notice::Newer {
            subject: Subject::Workshop
        }));
        assert!(notices.contains(&Notice::NotSaved {
            subject: Subject::Workshop
        }));
        let mut full = Store::new(MemoryBackend::with_quota(100));
        assert_eq!(
            save(&mut full, "a", Some(&session())),
            Err(NotSaved::Storage(WriteError::Full))
        );
        assert!(full.take_notices().contains(&Notice::Full));
    }
}
