//! A trainer's own sets as the app keeps them: each set as it was written (its own ids),
//! with its language, in one stored value. Adding a set with the id of one already kept
//! replaces it; removing one can be undone; and the practice and workshop parts see each
//! set under its own namespace ([`super::namespace`]), beside the built-in sets.
//!
//! No Markdown parser is needed here: a set arrives already read (by the sets part), and
//! the practice part only reads this stored value.

use super::namespace::Namespace;
use crate::lang::Lang;
use crate::library::Library;
use crate::scenario::ScenarioSet;
use crate::stored::{Migration, StoredValue};
use serde::{Deserialize, Serialize};

/// One of the trainer's own sets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnSet {
    /// The language the set is written in, from its metadata.
    pub lang: Lang,
    /// The set as written: its own set id and scenario ids, not yet namespaced.
    pub set: ScenarioSet,
    /// When it was added or last replaced (ms since the epoch).
    pub changed: u64,
    /// The namespace its progress is kept under ([`Namespace::of`] its set id), stored
    /// with it so that the parts that only play sets need no hash function.
    pub namespace: String,
}

impl OwnSet {
    /// A set to keep, with its namespace.
    pub fn new(set: ScenarioSet, lang: Lang, now: u64) -> OwnSet {
        OwnSet {
            namespace: Namespace::of(&set.id).as_str().to_string(),
            lang,
            set,
            changed: now,
        }
    }

    /// The namespace its progress is kept under; `None` for a stored value whose
    /// namespace is not one (changed by hand), which is then not played.
    pub fn namespace(&self) -> Option<Namespace> {
        Namespace::from_stored(&self.namespace)
    }

    /// The set as the practice and workshop parts play it: every id namespaced.
    pub fn playable(&self) -> Option<ScenarioSet> {
        Some(self.namespace()?.apply(&self.set))
    }
}

/// A set that was removed, remembered so that a tab which still holds it does not bring it
/// back when the two copies merge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub id: String,
    pub at: u64,
}

/// Every own set, in the order they were first added.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnSets {
    pub sets: Vec<OwnSet>,
    #[serde(default)]
    pub removed: Vec<Removed>,
    /// A shared set played once without adding it: playable (so its round and progress
    /// resolve) but not listed, until another one takes its place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial: Option<OwnSet>,
}

/// What adding a set did, to tell the trainer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    /// Whether a set with this id was kept before (and is now replaced).
    pub replaced: bool,
    /// Scenario ids the earlier version had too: their progress carries on.
    pub kept: usize,
    /// Scenario ids that are new.
    pub new: usize,
}

impl OwnSets {
    /// The storage name of the own sets.
    pub const NAME: &'static str = "sets";

    /// The set kept under this id (as written in its metadata).
    pub fn get(&self, id: &str) -> Option<&OwnSet> {
        self.sets.iter().find(|own| own.set.id == id)
    }

    /// Keeps `set`; one with the same id is replaced in its place.
    pub fn add(&mut self, set: ScenarioSet, lang: Lang, now: u64) -> Added {
        self.removed.retain(|r| r.id != set.id);
        let own = OwnSet::new(set, lang, now);
        match self.sets.iter_mut().find(|o| o.set.id == own.set.id) {
            Some(before) => {
                let kept = own
                    .set
                    .scenarios
                    .iter()
                    .filter(|s| before.set.scenarios.iter().any(|b| b.id == s.id))
                    .count();
                let new = own.set.scenarios.len() - kept;
                *before = own;
                Added {
                    replaced: true,
                    kept,
                    new,
                }
            }
            None => {
                let new = own.set.scenarios.len();
                self.sets.push(own);
                Added {
                    replaced: false,
                    kept: 0,
                    new,
                }
            }
        }
    }

    /// Removes the set with this id and gives it back, for an undo. The learner's progress
    /// on it stays where it is, under its namespace.
    pub fn remove(&mut self, id: &str, now: u64) -> Option<(usize, OwnSet)> {
        let at = self.sets.iter().position(|o| o.set.id == id)?;
        let own = self.sets.remove(at);
        self.removed.retain(|r| r.id != id);
        self.removed.push(Removed {
            id: id.to_string(),
            at: now,
        });
        Some((at, own))
    }

    /// Undoes [`OwnSets::remove`]: the set comes back in its place, unless a set with its
    /// id was added since (then that newer one stays).
    pub fn restore(&mut self, at: usize, own: OwnSet) {
        if self.get(&own.set.id).is_some() {
            return;
        }
        self.removed.retain(|r| r.id != own.set.id);
        let at = at.min(self.sets.len());
        self.sets.insert(at, own);
    }

    /// Plays `set` once without adding it: it replaces the last set played so.
    pub fn try_once(&mut self, set: ScenarioSet, lang: Lang, now: u64) -> String {
        let own = OwnSet::new(set, lang, now);
        let id = own.namespace.clone();
        self.trial = Some(own);
        id
    }

    /// The set played once, unless it has been added since.
    fn trial_only(&self) -> Option<&OwnSet> {
        self.trial
            .as_ref()
            .filter(|trial| self.get(&trial.set.id).is_none())
    }

    /// Whether a library set id is the set played once (not one of the listed sets).
    pub fn is_trial(&self, playable_id: &str) -> bool {
        self.trial_only()
            .is_some_and(|trial| trial.namespace == playable_id)
    }

    /// The sets written in `lang`, as the parts play them (namespaced), and the set
    /// played once if it is in `lang`.
    pub fn playable(&self, lang: Lang) -> impl Iterator<Item = ScenarioSet> + '_ {
        self.sets
            .iter()
            .chain(self.trial_only())
            .filter(move |own| own.lang == lang)
            .filter_map(OwnSet::playable)
    }

    /// Whether any set is played in `lang`.
    pub fn plays_in(&self, lang: Lang) -> bool {
        self.sets
            .iter()
            .chain(self.trial_only())
            .any(|own| own.lang == lang)
    }

    /// Whether a set id names one of the own sets' namespaces (a set the parts play).
    pub fn by_namespace(&self, namespace: &str) -> Option<&OwnSet> {
        self.sets.iter().find(|own| own.namespace == namespace)
    }
}

/// The built-in content of a language with the own sets written in it after its sets.
pub fn with_own_sets(base: &Library, own: &OwnSets) -> Library {
    let mut library = base.clone();
    library.sets.extend(own.playable(base.lang));
    library
}

impl StoredValue for OwnSets {
    const VERSION: u32 = 1;
    const MIGRATIONS: &'static [Migration] = &[];

    /// Per set id, the latest change wins, be it an addition or a removal: a set another
    /// tab added is kept, one it removed stays removed, and the newer of two versions stays.
    fn merge(self, other: OwnSets) -> OwnSets {
        let mut merged = self.clone();
        for theirs in other.sets {
            let removed_later = merged
                .removed
                .iter()
                .any(|r| r.id == theirs.set.id && r.at >= theirs.changed);
            match merged.sets.iter_mut().find(|o| o.set.id == theirs.set.id) {
                Some(ours) if ours.changed < theirs.changed => *ours = theirs,
                Some(_) => {}
                None if removed_later => {}
                None => {
                    merged.removed.retain(|r| r.id != theirs.set.id);
                    merged.sets.push(theirs);
                }
            }
        }
        for gone in other.removed {
            let newer_here = merged
                .sets
                .iter()
                .any(|o| o.set.id == gone.id && o.changed > gone.at);
            if newer_here {
                continue;
            }
            merged.sets.retain(|o| o.set.id != gone.id);
            match merged.removed.iter_mut().find(|r| r.id == gone.id) {
                Some(r) => r.at = r.at.max(gone.at),
                None => merged.removed.push(gone),
            }
        }
        if let Some(theirs) = other.trial {
            if merged
                .trial
                .as_ref()
                .is_none_or(|t| t.changed < theirs.changed)
            {
                merged.trial = Some(theirs);
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chapter::Chapter;
    use crate::scenario::fixtures::set;

    fn ids(sets: &OwnSets) -> Vec<&str> {
        sets.sets.iter().map(|o| o.set.id.as_str()).collect()
    }

    #[test]
    fn adding_keeps_order_and_a_same_id_replaces_in_place() {
        let mut own = OwnSets::default();
        let first = own.add(set("bouw", &["a", "b"]), Lang::Nl, 1);
        assert_eq!(
            first,
            Added {
                replaced: false,
                kept: 0,
                new: 2
            }
        );
        own.add(set("zorg", &["a"]), Lang::En, 2);
        let again = own.add(set("bouw", &["a", "c", "d"]), Lang::Nl, 3);
        assert_eq!(
            again,
            Added {
                replaced: true,
                kept: 1,
                new: 2
            }
        );
        assert_eq!(ids(&own), ["bouw", "zorg"]);
        assert_eq!(own.get("bouw").unwrap().set.scenarios.len(), 3);
        assert_eq!(own.get("bouw").unwrap().changed, 3);
    }

    #[test]
    fn remove_and_undo_put_the_set_back_in_its_place() {
        let mut own = OwnSets::default();
        for (i, id) in ["a", "b", "c"].into_iter().enumerate() {
            own.add(set(id, &["x"]), Lang::Nl, i as u64);
        }
        let (at, gone) = own.remove("b", 10).unwrap();
        assert_eq!(ids(&own), ["a", "c"]);
        assert_eq!(own.removed.len(), 1);
        own.restore(at, gone.clone());
        assert_eq!(ids(&own), ["a", "b", "c"]);
        assert!(own.removed.is_empty());
        assert_eq!(own.remove("nope", 11), None);
        // An undo after the same id was added anew keeps the newer set.
        let (at, old) = own.remove("b", 12).unwrap();
        own.add(set("b", &["y"]), Lang::Nl, 13);
        own.restore(at, old);
        assert_eq!(own.get("b").unwrap().set.scenarios[0].id, "y");
    }

    #[test]
    fn the_library_plays_own_sets_of_its_language_namespaced() {
        let base = Library {
            lang: Lang::Nl,
            chapter: Chapter {
                title: String::new(),
                intro: Vec::new(),
                sections: Vec::new(),
            },
            sets: vec![set("bouw", &["bouw-1", "a"])],
        };
        let mut own = OwnSets::default();
        // A trainer's set that reuses the built-in set's ids, and one in English.
        own.add(set("bouw", &["bouw-1", "a"]), Lang::Nl, 1);
        own.add(set("it", &["x"]), Lang::En, 2);
        let library = with_own_sets(&base, &own);
        assert_eq!(library.sets.len(), 2);
        assert_eq!(library.duplicate_scenario_id(), None);
        let ns = Namespace::of("bouw");
        assert_eq!(library.sets[1].id, ns.as_str());
        assert!(library.scenario(&ns.key("bouw-1")).is_some());
        assert!(
            library.scenario("bouw-1").is_some(),
            "the built-in one stays"
        );
        assert_eq!(own.by_namespace(ns.as_str()).unwrap().set.id, "bouw");
        // A namespace changed by hand in storage is not played.
        let mut tampered = own.clone();
        tampered.sets[0].namespace = "zorg".into();
        assert_eq!(with_own_sets(&base, &tampered).sets.len(), 1);
        let english = Library {
            lang: Lang::En,
            ..base
        };
        assert_eq!(with_own_sets(&english, &own).sets.len(), 2);
    }

    #[test]
    fn a_set_played_once_is_playable_but_not_listed_until_added() {
        let mut own = OwnSets::default();
        let id = own.try_once(set("gedeeld", &["x"]), Lang::Nl, 1);
        assert!(own.sets.is_empty());
        assert!(own.is_trial(&id));
        assert!(own.plays_in(Lang::Nl) && !own.plays_in(Lang::En));
        assert_eq!(own.playable(Lang::Nl).count(), 1);
        // Added after all: listed once, no longer the trial.
        own.add(set("gedeeld", &["x"]), Lang::Nl, 2);
        assert!(!own.is_trial(&id));
        assert_eq!(own.playable(Lang::Nl).count(), 1);
        // Another one played once takes its place.
        let other = own.try_once(set("ander", &["y"]), Lang::Nl, 3);
        assert!(own.is_trial(&other) && !own.is_trial(&id));
    }

    #[test]
    fn merging_keeps_every_addition_and_the_latest_change_per_set() {
        let mut a = OwnSets::default();
        a.add(set("bouw", &["x"]), Lang::Nl, 1);
        a.add(set("zorg", &["x"]), Lang::Nl, 2);
        let mut b = a.clone();
        // Tab a removes zorg; tab b adds it anew later than that, and adds it.
        a.remove("zorg", 5);
        b.add(set("it", &["x"]), Lang::En, 3);
        b.add(set("bouw", &["x", "y"]), Lang::Nl, 4);
        let merged = a.clone().merge(b.clone());
        assert_eq!(ids(&merged), ["bouw", "it"]);
        assert_eq!(merged.get("bouw").unwrap().changed, 4);
        assert_eq!(b.clone().merge(a.clone()).sets.len(), 2);
        // A set added again after its removal elsewhere stays.
        let mut c = a.clone();
        c.add(set("zorg", &["z"]), Lang::Nl, 9);
        let merged = a.merge(c);
        assert!(merged.get("zorg").is_some());
        assert!(merged.removed.is_empty());
    }

    #[test]
    fn the_stored_value_reads_back() {
        let mut own = OwnSets::default();
        own.add(set("bouw", &["x"]), Lang::Nl, 1);
        own.remove("bouw", 2);
        own.add(set("zorg", &["y"]), Lang::En, 3);
        let text = crate::stored::encode(&own, OwnSets::VERSION);
        let back: OwnSets = match crate::stored::decode(Some(&text), OwnSets::VERSION, &[]) {
            crate::stored::Decoded::Ok(value) => value,
            other => panic!("{other:?}"),
        };
        // Source lines are not stored (they are for build-time messages only).
        assert_eq!(crate::stored::encode(&back, OwnSets::VERSION), text);
        assert_eq!(back.sets[0].set.scenarios[0].id, "y");
        assert_eq!(back.removed[0].id, "bouw");
    }
}
