//! The learner's data as the practice and progress parts hold it: the profiles on this
//! device, the active profile's progress, the data kept apart, and the notices about
//! storage. Answers storage refused wait in the page's memory, which both parts see. Every
//! rule is the core's (`dmu_core::progress::store`, `profile_store`, `dmu_core::stored`);
//! this binds them to signals. A tab saves answers only in its own values, so no answer is
//! lost or counted twice however tabs interleave; changes to shared values (the profile
//! list, gathering closed tabs' answers, a reset) run under the cross-tab lock.

use crate::{dom, storage};
use dmu_browser::tabs;
use dmu_core::practice::Answered;
use dmu_core::progress::buckets::{is_unsaved_name, read_unsaved, unsaved_text, ProgressName};
use dmu_core::progress::profile_store::{change_profiles, load_profiles, Naming};
use dmu_core::progress::store::{self as answers, union, Import};
use dmu_core::progress::{Merged, ProfileError, Profiles, Progress};
use dmu_core::progress_text::progress_text;
use dmu_core::storage_text::recovered_name;
use dmu_core::stored::{name_of, Kept, Notice, Store, WriteError};
use dmu_core::Lang;
use leptos::prelude::*;

/// The part whose tab id the learner's values use.
pub const PART: &str = "practice";

/// The lock for changes to the profile list.
const PROFILES_LOCK: &str = "profiles";

/// The lock for changes to one profile's answers.
fn answers_lock(profile: &str) -> String {
    format!("progress.{profile}")
}

/// The learner's data, as signals for the components.
#[derive(Clone, Copy)]
pub struct Learner {
    pub profiles: RwSignal<Profiles>,
    pub progress: RwSignal<Progress>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The progress before the last reset, for "undo".
    pub undo: RwSignal<Option<Progress>>,
    /// Damaged values kept apart, for the learner to export or discard.
    pub kept: RwSignal<Vec<Kept>>,
    lang: Memo<Lang>,
}

impl Learner {
    /// Loads the profiles and the active profile's progress, then (under the lock)
    /// commits what closed tabs left staged.
    pub fn load(lang: Memo<Lang>) -> Learner {
        let (profiles, progress) = storage::with(|store| {
            let profiles = load_profiles(store, &naming(lang.get_untracked()), now());
            let progress = answers::load(store, &profiles.active().id);
            (profiles, progress)
        });
        let learner = Learner {
            profiles: RwSignal::new(profiles),
            progress: RwSignal::new(progress),
            notices: RwSignal::new(Vec::new()),
            undo: RwSignal::new(None),
            kept: RwSignal::new(Vec::new()),
            lang,
        };
        // Answers the page's other part holds because storage refused them.
        let unsaved = learner.unsaved();
        if !unsaved.is_empty() {
            learner.progress.update(|p| {
                p.merge_from(&unsaved);
            });
        }
        if storage::keeping() == storage::Keeping::Full {
            learner.add_notices(vec![Notice::Full]);
        }
        learner.after_storage();
        learner.settle_profiles();
        learner.gather_closed_tabs();
        learner
    }

    /// Reads the profile list again under the lock: two tabs opened at once on a fresh
    /// device may each have stored a first profile; the one stored last is the list.
    fn settle_profiles(&self) {
        let learner = *self;
        storage::locked(PROFILES_LOCK, move |store| {
            let Some(lang) = learner.lang.try_get_untracked() else {
                return;
            };
            let stored = load_profiles(store, &naming(lang), now());
            if learner.profiles.try_with_untracked(|p| *p != stored) == Some(true) {
                learner.profiles.set(stored);
                learner.reload_progress_from(store);
            }
            learner.take_notices(store);
        });
    }

    /// The active profile's id.
    pub fn active_id(&self) -> String {
        self.profiles.with_untracked(|p| p.active().id.clone())
    }

    /// Saves an answer the progress shown already holds (see `ActiveRound::answer`): at
    /// once, in this tab's own value (no other tab writes it, so no lock is needed and
    /// nothing can write over it); kept in memory and retried when storage refuses it.
    pub fn save_answer(&self, answered: &Answered) {
        dom::mark("dmu-save");
        let single =
            Progress::from_attempts([(answered.scenario.clone(), answered.attempt.clone())]);
        self.flush(single);
        dom::measure("dmu-save");
    }

    /// Answers this tab could not save yet (storage full or refusing), for the active
    /// profile: kept in the page's memory, where the progress part sees them too (see
    /// [`dmu_browser::shared`]), and saved at the next chance.
    fn unsaved(&self) -> Progress {
        read_unsaved(dmu_browser::shared::unsaved(&self.active_id()).as_deref())
    }

    fn set_unsaved(&self, unsaved: &Progress) {
        dmu_browser::shared::keep_unsaved(&self.active_id(), unsaved_text(unsaved));
    }

    /// Saves `new` with what the page holds and has not saved yet (storage was full or
    /// refused); what storage refuses waits in the page's memory.
    fn flush(&self, new: Progress) {
        let profile = self.active_id();
        let tab = tabs::id(PART);
        let mut all = self.unsaved();
        let waited = !all.is_empty();
        all.merge_from(&new);
        if all.is_empty() {
            return;
        }
        match storage::with(|s| answers::save(s, &profile, &tab, &all)) {
            Ok(_) if waited => self.set_unsaved(&Progress::new()),
            Ok(_) => {}
            Err(_) => self.set_unsaved(&all),
        }
        self.after_storage();
    }

    /// Gathers what closed tabs saved into the settled months (under the lock), once the
    /// browser has said which tabs are open. Without Web Locks it cannot tell, and the
    /// tabs' values stay as they are (all are read, nothing is lost).
    fn gather_closed_tabs(&self) {
        let learner = *self;
        leptos::task::spawn_local(async move {
            let Some(open) = tabs::open(PART).await else {
                return;
            };
            let Some(profile) = learner
                .profiles
                .try_with_untracked(|p| p.active().id.clone())
            else {
                return;
            };
            storage::locked(&answers_lock(&profile), move |store| {
                answers::gather(store, &profile, |tab| open.iter().any(|t| t == tab));
                learner.take_notices(store);
            });
        });
    }

    /// Follows another tab's change (the `storage` event for `key`; `None` when storage
    /// was cleared).
    pub fn on_storage(&self, key: Option<String>) {
        let Some(name) = key.as_deref().and_then(name_of).map(str::to_string) else {
            self.reload();
            return;
        };
        let active = self.active_id();
        if name == "profiles" {
            self.reload();
        } else if is_unsaved_name(&name, &active) {
            // The page's other part holds answers storage refused: show them here too.
            let unsaved = self.unsaved();
            self.progress.update(|p| {
                p.merge_from(&unsaved);
            });
        } else if ProgressName::parse(&name).is_some_and(|n| n.profile() == active) {
            let part = storage::with(|s| s.read::<Progress>(&name).ok().flatten());
            match part {
                // A value with answers changed (another tab answered, or gathered): take
                // in what it holds.
                Some(part) => self.progress.update(|p| {
                    p.merge_from(&part);
                }),
                // A value was removed: a reset, or gathered into a month. Read all again.
                None => storage::with(|s| self.reload_progress_from(s)),
            }
            self.after_storage();
        } else if name.starts_with("backup.") {
            self.after_storage();
        }
    }

    /// Follows a change the page's other part made (see [`crate::follow::follow_stored`]):
    /// as [`Learner::on_storage`], in a task of its own, so that a long run of writes there
    /// (an import, a month at a time) stays in short tasks, and an answer's feedback here
    /// never waits for the other part to read it.
    pub fn on_page_storage(&self, key: Option<String>) {
        let learner = *self;
        set_timeout(
            move || {
                // Gone with its part's page meanwhile: nothing to follow.
                if learner.profiles.try_with_untracked(|_| ()).is_some() {
                    learner.on_storage(key);
                }
            },
            std::time::Duration::ZERO,
        );
    }

    /// Re-reads everything, after another tab changed the profiles or cleared storage.
    pub fn reload(&self) {
        let profiles =
            storage::with(|s| load_profiles(s, &naming(self.lang.get_untracked()), now()));
        self.profiles.set(profiles);
        storage::with(|s| self.reload_progress_from(s));
        self.after_storage();
    }

    fn reload_progress_from<B: dmu_core::stored::Backend>(&self, store: &mut Store<B>) {
        let progress = answers::load(store, &self.active_id());
        let unsaved = self.unsaved();
        self.progress.set(union([&progress, &unsaved].into_iter()));
    }

    /// Changes the profile list: checked at once on the list as shown (so a refusal is
    /// said at once), then applied under the lock to the list as stored now. `then` gets
    /// what the change gave.
    pub fn change_profiles<R: 'static>(
        &self,
        change: impl Fn(&mut Profiles) -> Result<R, ProfileError> + 'static,
        then: impl FnOnce(R) + 'static,
    ) -> Result<(), ProfileError> {
        let mut trial = self.profiles.get_untracked();
        change(&mut trial)?;
        let learner = *self;
        let at = now();
        storage::locked(PROFILES_LOCK, move |store| {
            let naming_lang = learner.lang.get_untracked();
            if let Ok((profiles, result)) = change_profiles(store, &naming(naming_lang), at, change)
            {
                let switched = profiles.active().id != learner.active_id();
                learner.profiles.set(profiles);
                if switched {
                    learner.reload_progress_from(store);
                }
                then(result);
            }
            learner.take_notices(store);
        });
        Ok(())
    }

    /// Adds a profile named `name` and switches to it; `then` runs once it is stored.
    pub fn add_profile(
        &self,
        name: String,
        then: impl FnOnce(()) + 'static,
    ) -> Result<(), ProfileError> {
        let at = now();
        self.change_profiles(
            move |p| {
                let id = p.add(&name, at)?;
                p.switch(&id)
            },
            then,
        )
    }

    /// Switches to another profile and shows its progress.
    pub fn switch_to(&self, id: &str) {
        let id = id.to_string();
        let _ = self.change_profiles(move |p| p.switch(&id), |_| ());
    }

    /// Clears the active profile's progress, keeping it for [`Learner::undo_reset`].
    pub fn reset(&self) {
        let old = self.progress.get_untracked();
        self.progress.set(Progress::new());
        self.set_unsaved(&Progress::new());
        self.undo.set(Some(old));
        let profile = self.active_id();
        let learner = *self;
        storage::locked(&answers_lock(&profile), move |store| {
            answers::clear(store, &profile);
            learner.take_notices(store);
        });
    }

    /// Brings back what the last reset cleared, with any answer given since.
    pub fn undo_reset(&self) {
        let Some(old) = self.undo.get_untracked() else {
            return;
        };
        self.undo.set(None);
        self.progress.update(|p| {
            p.merge_from(&old);
        });
        self.flush(old);
    }

    /// Stores imported answers all or nothing, in this tab's own values, a month at a time
    /// (giving the page back between months). `done` gets what was added, or why nothing
    /// was stored; only then does the progress shown change.
    pub fn import(
        &self,
        imported: Progress,
        done: impl FnOnce(Result<Merged, WriteError>) + 'static,
    ) {
        let profile = self.active_id();
        let tab = tabs::id(PART);
        let learner = *self;
        leptos::task::spawn_local(async move {
            dom::mark("dmu-import-store");
            let mut import = Import::new(&profile, &tab, &imported);
            dom::measure("dmu-import-store");
            // Sorting the answers into months, storing the first month and showing the
            // result are each tens of ms with 60,000 answers: each gets a task of its own.
            dom::yield_to_page().await;
            let result = loop {
                dom::mark("dmu-import-store");
                let step = storage::with(|s| import.step(s));
                dom::measure("dmu-import-store");
                match step {
                    Ok(true) => break Ok(()),
                    Ok(false) => dom::yield_to_page().await,
                    Err(error) => break Err(error),
                }
            };
            storage::with(|s| learner.take_notices(s));
            dom::yield_to_page().await;
            let result = result.map(|()| {
                dom::mark("dmu-import-show");
                let before = learner.progress.with_untracked(Progress::len);
                learner
                    .progress
                    .update(|p| *p = union([&*p, &imported].into_iter()));
                let added = learner.progress.with_untracked(Progress::len) - before;
                dom::measure("dmu-import-show");
                Merged {
                    added,
                    already_there: imported.len() - added,
                }
            });
            dom::yield_to_page().await;
            done(result);
        });
    }

    /// Discards a value kept apart; returns its text for an undo.
    pub fn discard(&self, kept: &Kept) -> Option<String> {
        let text = storage::with(|s| s.discard(kept));
        self.notices.update(|all| {
            all.retain(|n| !matches!(n, Notice::Damaged { kept: k, .. } if k == kept))
        });
        self.after_storage();
        // The profile list left in place is gone: store the list shown here (the one
        // rebuilt from the answers), unless another tab stored one meanwhile.
        if kept.in_place && kept.name == Profiles::NAME {
            let shown = self.profiles.get_untracked();
            storage::locked(PROFILES_LOCK, move |store| {
                if let Ok(None) = store.read::<Profiles>(Profiles::NAME) {
                    let _ = store.write(Profiles::NAME, &shown);
                }
            });
        }
        // Room was made: try what could not be saved.
        if self.has_unsaved() {
            self.flush(Progress::new());
        }
        text
    }

    /// Puts a discarded value back.
    pub fn restore(&self, kept: &Kept, text: &str) -> Result<(), WriteError> {
        let result = storage::with(|s| s.restore(kept, text));
        self.after_storage();
        result
    }

    /// The text of a value kept apart, for an export.
    pub fn kept_text(&self, kept: &Kept) -> Option<String> {
        storage::with(|s| s.kept_text(kept))
    }

    /// Whether answers of this tab wait to be saved.
    pub fn has_unsaved(&self) -> bool {
        dmu_browser::shared::unsaved(&self.active_id()).is_some()
    }

    /// Takes the store's notices and the list of kept values into the signals.
    pub fn after_storage(&self) {
        storage::with(|s| self.take_notices(s));
    }

    fn take_notices<B: dmu_core::stored::Backend>(&self, store: &mut Store<B>) {
        let new = store.take_notices();
        let kept = store.kept();
        if self.kept.try_get_untracked().is_some_and(|old| old != kept) {
            self.kept.set(kept);
        }
        self.add_notices(new);
    }

    fn add_notices(&self, new: Vec<Notice>) {
        if new.is_empty() {
            return;
        }
        self.notices
            .try_maybe_update(|shown| (dmu_core::stored::notice::add_new(shown, new), ()));
    }
}

/// How profiles are named, in the learner's language.
fn naming(lang: Lang) -> Naming<'static> {
    Naming {
        default: progress_text(lang).default_profile,
        recovered: match lang {
            Lang::Nl => &|n| recovered_name(Lang::Nl, n),
            Lang::En => &|n| recovered_name(Lang::En, n),
        },
    }
}

fn now() -> u64 {
    dom::now_ms() as u64
}
