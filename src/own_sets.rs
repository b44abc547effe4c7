//! The trainer's own sets as every part sees them. They are one stored value
//! ([`OwnSets`], through the storage adapter); each part keeps the last copy it read here,
//! and [`crate::content::library`] plays them beside the built-in sets. A part that
//! changes them stores the change under the cross-tab lock and fires
//! [`dmu_core::page::SETS_EVENT`], so the other parts in the page re-read them at once;
//! other tabs hear of it through the `storage` event.

use crate::{dom, storage};
use dmu_core::sets::own::OwnSets;
use dmu_core::stored::{key, Notice};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};

thread_local! {
    /// The own sets as last read.
    static OWN: RefCell<Option<OwnSets>> = const { RefCell::new(None) };
    /// Counts the changes read, so the composed libraries know when to compose again.
    static VERSION: Cell<u64> = const { Cell::new(0) };
}

/// The version of the own sets this part holds: it changes whenever they are read anew.
pub fn version() -> u64 {
    VERSION.with(Cell::get)
}

/// Runs `f` on the own sets as last read (none before [`follow`] first read them).
///
/// Never reads storage itself: it is called from inside storage changes (a stored round
/// is checked against the library), where the store is already in use.
pub fn with<R>(f: impl FnOnce(&OwnSets) -> R) -> R {
    OWN.with(|own| match own.borrow().as_ref() {
        Some(own) => f(own),
        None => f(&OwnSets::default()),
    })
}

/// Reads the own sets from storage. A damaged value is kept apart by the store, which
/// keeps the notice for the part's notices to show; the part goes on without own sets.
fn read() {
    let own = storage::with(|store| store.read::<OwnSets>(OwnSets::NAME).ok().flatten());
    OWN.with(|slot| *slot.borrow_mut() = Some(own.unwrap_or_default()));
    VERSION.with(|v| v.set(v.get() + 1));
}

/// Changes the own sets under the cross-tab lock: reads the stored value, applies
/// `change`, stores it, and tells the other parts. `done` gets what `change` returned, or
/// the notices of a failed write (storage full or refused); nothing is changed then.
pub fn change<R: 'static>(
    change: impl FnOnce(&mut OwnSets) -> R + 'static,
    done: impl FnOnce(Result<R, Vec<Notice>>) + 'static,
) {
    storage::locked(OwnSets::NAME, move |store| {
        let mut own = match store.read::<OwnSets>(OwnSets::NAME) {
            Ok(own) => own.unwrap_or_default(),
            Err(_) => {
                done(Err(store.take_notices()));
                return;
            }
        };
        let result = change(&mut own);
        match store.write(OwnSets::NAME, &own) {
            Ok(()) => {
                OWN.with(|slot| *slot.borrow_mut() = Some(own));
                VERSION.with(|v| v.set(v.get() + 1));
                announce();
                done(Ok(result));
            }
            Err(_) => done(Err(store.take_notices())),
        }
    });
}

/// Tells the other parts in this page that the own sets changed.
fn announce() {
    if let Ok(event) = web_sys::Event::new(dmu_core::page::SETS_EVENT) {
        let _ = dom::window().dispatch_event(&event);
    }
}

/// Reads the own sets (the first time), and gives a signal that changes whenever they do
/// (in this part, another part of the page or another tab), for as long as the calling
/// owner lives: the views that list or play sets track it. A part calls this before it
/// reads anything that may refer to an own set (a stored round, a workshop session).
pub fn follow() -> RwSignal<u64> {
    if OWN.with(|own| own.borrow().is_none()) {
        read();
    }
    let changed = RwSignal::new(version());
    let sets_event = leptos::ev::Custom::<web_sys::Event>::new(dmu_core::page::SETS_EVENT);
    let on_event = window_event_listener(sets_event, move |_| {
        if changed.get_untracked() != version() {
            // This part made the change: it holds the new copy already.
            changed.set(version());
        } else {
            read();
            changed.set(version());
        }
    });
    let own_key = key(OwnSets::NAME);
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| k == own_key) {
            read();
            changed.set(version());
        }
    });
    on_cleanup(move || {
        on_event.remove();
        on_storage.remove();
    });
    changed
}
