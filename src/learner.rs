//! The learner's data as the app holds it: the profiles on this device, the active profile's
//! progress, and notices about storage. Loaded and saved only through the storage adapter;
//! every rule about the data itself (merging, reset, profiles) is the core's.

use crate::{dom, storage};
use dmu_core::progress::{Attempt, Profiles, Progress};
use dmu_core::progress_text::progress_text;
use dmu_core::Lang;
use leptos::prelude::*;
use std::cell::RefCell;

/// Something the learner must know about their stored data.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A stored value could not be read; it was copied to `backup` (when that worked).
    Corrupt { backup: Option<String> },
    /// A value was written by a newer version of the app and is left alone.
    Newer,
    /// Storage is full: earlier data is safe, new data lives in memory only.
    Full,
}

/// The learner's data, as signals for the components.
#[derive(Clone, Copy)]
pub struct Learner {
    pub profiles: RwSignal<Profiles>,
    pub progress: RwSignal<Progress>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The progress before the last reset, for "undo".
    pub undo: RwSignal<Option<Progress>>,
}

thread_local! {
    /// The raw progress text this tab last read or wrote: when storage still holds exactly
    /// that, no other tab has written since and there is nothing to merge.
    static LAST_SEEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

impl Learner {
    /// Loads the profiles and the active profile's progress.
    pub fn load(lang: Lang) -> Learner {
        let mut notices = Vec::new();
        let fresh = || {
            Profiles::new(progress_text(lang).default_profile, dom::now_ms() as u64)
                .expect("the default profile name is valid")
        };
        let profiles = match storage::read::<Profiles>(
            Profiles::NAME,
            Profiles::VERSION,
            Profiles::MIGRATIONS,
        ) {
            storage::Loaded::Ok(profiles) => profiles,
            other => {
                note(&mut notices, other);
                fresh()
            }
        };
        let progress = read_progress(&profiles.active().id, &mut notices);
        let learner = Learner {
            profiles: RwSignal::new(profiles),
            progress: RwSignal::new(progress),
            notices: RwSignal::new(notices),
            undo: RwSignal::new(None),
        };
        learner.save_profiles();
        learner
    }

    /// The active profile's id.
    pub fn active_id(&self) -> String {
        self.profiles.with_untracked(|p| p.active().id.clone())
    }

    /// Records an answer and saves it.
    pub fn record(&self, scenario: &str, attempt: Attempt) {
        self.progress.update(|p| {
            p.record(scenario, attempt);
        });
        self.save_progress(true);
    }

    /// Saves the progress. With `merge`, answers another tab saved meanwhile are kept: a
    /// stale tab never drops newer progress.
    pub fn save_progress(&self, merge: bool) {
        dom::mark("dmu-save");
        let name = Progress::storage_name(&self.active_id());
        if merge {
            let stored = storage::read_raw(&name);
            let changed = LAST_SEEN.with(|last| stored.is_some() && *last.borrow() != stored);
            if changed {
                if let storage::Loaded::Ok(theirs) =
                    storage::read::<Progress>(&name, Progress::VERSION, Progress::MIGRATIONS)
                {
                    self.progress.update(|p| {
                        p.merge_from(&theirs);
                    });
                }
            }
        }
        let result = self
            .progress
            .with_untracked(|p| storage::write(&name, Progress::VERSION, p));
        // What this tab stored is what it has now seen; after a failed write, storage
        // still holds the text seen before.
        if let Ok(text) = &result {
            LAST_SEEN.with(|last| *last.borrow_mut() = Some(text.clone()));
        }
        self.after_write(result.map(|_| ()));
        dom::measure("dmu-save");
    }

    pub fn save_profiles(&self) {
        let result = self
            .profiles
            .with_untracked(|p| storage::write(Profiles::NAME, Profiles::VERSION, p));
        self.after_write(result.map(|_| ()));
    }

    /// Re-reads everything, after another tab changed it (the `storage` event).
    pub fn reload(&self) {
        let mut notices = Vec::new();
        if let storage::Loaded::Ok(profiles) =
            storage::read::<Profiles>(Profiles::NAME, Profiles::VERSION, Profiles::MIGRATIONS)
        {
            self.profiles.set(profiles);
        }
        let progress = read_progress(&self.active_id(), &mut notices);
        self.progress.set(progress);
        self.add_notices(notices);
    }

    /// Switches to another profile and loads its progress.
    pub fn switch_to(&self, id: &str) {
        let mut ok = false;
        self.profiles.update(|p| ok = p.switch(id).is_ok());
        if ok {
            self.save_profiles();
            self.reload();
        }
    }

    /// Clears the active profile's progress, keeping it for [`Learner::undo_reset`].
    pub fn reset(&self) {
        let mut old = Progress::new();
        self.progress.update(|p| old = p.reset());
        self.undo.set(Some(old));
        self.save_progress(false);
    }

    pub fn undo_reset(&self) {
        if let Some(old) = self.undo.get_untracked() {
            self.progress.update(|p| p.undo_reset(old));
            self.undo.set(None);
            self.save_progress(true);
        }
    }

    /// Deletes a profile and its stored data.
    pub fn delete(&self, id: &str) -> Result<(), dmu_core::progress::ProfileError> {
        let mut result = Ok(());
        self.profiles.update(|p| result = p.delete(id).map(|_| ()));
        result?;
        storage::remove(&Progress::storage_name(id));
        storage::remove(&round_name(id));
        self.save_profiles();
        self.reload();
        Ok(())
    }

    fn after_write(&self, result: Result<(), storage::WriteError>) {
        let notice = match result {
            Ok(()) => return,
            Err(storage::WriteError::Full) => Notice::Full,
            Err(storage::WriteError::Frozen) => Notice::Newer,
        };
        self.add_notices(vec![notice]);
    }

    fn add_notices(&self, new: Vec<Notice>) {
        self.notices.update(|all| {
            for notice in new {
                if !all.contains(&notice) {
                    all.push(notice);
                }
            }
        });
    }
}

/// The storage name of a profile's open round.
pub fn round_name(profile_id: &str) -> String {
    format!("round.{profile_id}")
}

fn read_progress(profile_id: &str, notices: &mut Vec<Notice>) -> Progress {
    let name = Progress::storage_name(profile_id);
    let progress = match storage::read::<Progress>(&name, Progress::VERSION, Progress::MIGRATIONS) {
        storage::Loaded::Ok(progress) => progress,
        other => {
            note(notices, other);
            Progress::new()
        }
    };
    LAST_SEEN.with(|last| *last.borrow_mut() = storage::read_raw(&name));
    progress
}

fn note<T>(notices: &mut Vec<Notice>, loaded: storage::Loaded<T>) {
    match loaded {
        storage::Loaded::Corrupt { backup, .. } => notices.push(Notice::Corrupt { backup }),
        storage::Loaded::Newer(_) => notices.push(Notice::Newer),
        storage::Loaded::Missing | storage::Loaded::Ok(_) => {}
    }
}
