//! The use cases of the stored profile list: load it so that every profile with answers
//! is in it (rebuilding what was lost or damaged), and change it under the lock (add,
//! rename, switch, delete), always on the list as it is stored now, so that two tabs'
//! changes never undo each other.

use super::profiles::{ProfileError, Profiles};
use super::store::{profiles_with_answers, remove_profile};
use crate::stored::{Backend, Notice, Store};

/// How new and recovered profiles are named, in the learner's language.
pub struct Naming<'a> {
    /// The first profile on a fresh device.
    pub default: &'a str,
    /// The n-th profile found by its answers alone (from 1).
    pub recovered: &'a dyn Fn(usize) -> String,
}

/// The stored profile list, with every profile whose answers exist. A list that is
/// missing, damaged or unreadable while answers exist is rebuilt from them (and the
/// learner is told); a fresh device gets one profile. The result is stored when it
/// changed, unless the stored list is left alone (then it is rebuilt the same way on the
/// next visit, and nothing is lost). `now` (ms) makes a fresh profile's id.
pub fn load_profiles<B: Backend>(store: &mut Store<B>, naming: &Naming, now: u64) -> Profiles {
    let ids = profiles_with_answers(store);
    let stored = store.read::<Profiles>(Profiles::NAME);
    let (profiles, recovered) = match stored {
        Ok(Some(mut profiles)) => {
            let mut n = 0;
            for id in &ids {
                if profiles.get(id).is_none() {
                    n += 1;
                    profiles.recover(id, &(naming.recovered)(n));
                }
            }
            (profiles, n)
        }
        _ => match Profiles::recovered(&ids, naming.recovered) {
            Some(profiles) => {
                let n = profiles.learners().len();
                (profiles, n)
            }
            None => {
                let fresh = match Profiles::new(naming.default, now) {
                    Ok(fresh) => fresh,
                    Err(_) => Profiles::new("DMU", now).unwrap_or_else(|_| unreachable!()),
                };
                let _ = store.write(Profiles::NAME, &fresh);
                return fresh;
            }
        },
    };
    if recovered > 0 {
        store.notify(Notice::ProfilesRebuilt { recovered });
        let _ = store.write(Profiles::NAME, &profiles);
    }
    profiles
}

/// Changes the profile list as it is stored now (run under the lock) and stores it.
/// Returns the new list and what the change gave, or why it was refused (then nothing is
/// stored). A deleted profile's answers and rounds are removed with it.
pub fn change_profiles<B: Backend, R>(
    store: &mut Store<B>,
    naming: &Naming,
    now: u64,
    change: impl FnOnce(&mut Profiles) -> Result<R, ProfileError>,
) -> Result<(Profiles, R), ProfileError> {
    let before = load_profiles(store, naming, now);
    let mut after = before.clone();
    let result = change(&mut after)?;
    for gone in before
        .learners()
        .iter()
        .filter(|l| after.get(&l.id).is_none())
    {
        remove_profile(store, &gone.id);
    }
    let _ = store.write(Profiles::NAME, &after);
    Ok((after, result))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::store::{load, save};
    use crate::progress::testing::{at, attempt};
    use crate::progress::Progress;
    use crate::role::Role;
    use crate::stored::{key, MemoryBackend, Subject};

    fn naming() -> Naming<'static> {
        Naming {
            default: "Ik",
            recovered: &|n| format!("Hersteld profiel {n}"),
        }
    }

    fn two_answers() -> Progress {
        Progress::from_attempts([
            ("a", attempt(at(0, 9), &[Role::Buyer], Outcome::Right)),
            ("b", attempt(at(1, 9), &[Role::User], Outcome::Wrong)),
        ])
    }

    /// A device where profile `p1` gave two answers; then the list is set to `raw`.
    fn damaged_list(raw: Option<&str>) -> Store<MemoryBackend> {
        let mut store = Store::new(MemoryBackend::new());
        let profiles = load_profiles(&mut store, &naming(), 1);
        assert_eq!(profiles.active().id, "p1");
        save(&mut store, "p1", "t1", &two_answers()).expect("fits");
        match raw {
            Some(raw) => store
                .backend_mut()
                .set(&key("profiles"), raw)
                .expect("fits"),
            None => store.backend_mut().remove(&key("profiles")),
        }
        store.take_notices();
        store
    }

    #[test]
    fn a_fresh_device_gets_one_profile_and_keeps_it() {
        let mut store = Store::new(MemoryBackend::new());
        let first = load_profiles(&mut store, &naming(), 36);
        assert_eq!(first.active().name, "Ik");
        assert_eq!(load_profiles(&mut store, &naming(), 99), first);
        assert!(store.take_notices().is_empty());
    }

    #[test]
    fn a_damaged_or_missing_list_is_rebuilt_from_the_answers() {
        let good = {
            let store = damaged_list(Some("x"));
            drop(store);
            Profiles::new("Ik", 1).expect("valid").encode()
        };
        for raw in [
            Some(""),
            Some("null"),
            Some("[]"),
            Some("\"x\""),
            Some(&good[..40]),
            None,
        ] {
            let mut store = damaged_list(raw);
            let profiles = load_profiles(&mut store, &naming(), 5_000);
            assert_eq!(profiles.learners().len(), 1, "{raw:?}");
            assert_eq!(profiles.active().id, "p1", "{raw:?}");
            assert_eq!(profiles.active().name, "Hersteld profiel 1");
            assert_eq!(load(&mut store, "p1").len(), 2, "{raw:?}");
            let notices = store.take_notices();
            assert!(
                notices.contains(&Notice::ProfilesRebuilt { recovered: 1 }),
                "{raw:?}"
            );
            // Stored, so the next visit finds the same list without a notice.
            assert_eq!(load_profiles(&mut store, &naming(), 6_000), profiles);
            assert!(store.take_notices().is_empty(), "{raw:?}");
        }
    }

    #[test]
    fn profiles_missing_from_a_readable_list_are_added() {
        let mut store = damaged_list(None);
        let mut list = Profiles::new("Anna", 7).expect("valid");
        list.add("Hersteld profiel 1", 8).expect("valid");
        store.write(Profiles::NAME, &list).expect("fits");
        let profiles = load_profiles(&mut store, &naming(), 9);
        assert_eq!(profiles.learners().len(), 3);
        assert_eq!(
            profiles.get("p1").expect("recovered").name,
            "Hersteld profiel 1 (2)"
        );
        assert_eq!(profiles.active().name, "Anna");
    }

    #[test]
    fn an_oversized_damaged_list_stays_in_place_and_answers_stay_reachable_every_visit() {
        let huge = "{".repeat(crate::stored::BACKUP_BUDGET + 1);
        for visit in 0..3 {
            let mut store = if visit == 0 {
                damaged_list(Some(&huge))
            } else {
                let mut store = damaged_list(Some(&huge));
                store.take_notices();
                store
            };
            let profiles = load_profiles(&mut store, &naming(), 10 + visit);
            assert_eq!(profiles.active().id, "p1");
            assert_eq!(load(&mut store, "p1").len(), 2);
            assert_eq!(
                store.backend().raw(&key("profiles")).map(str::len),
                Some(huge.len())
            );
            let notices = store.take_notices();
            assert!(notices
                .iter()
                .any(|n| matches!(n, Notice::Damaged { kept, .. } if kept.in_place)));
            assert!(notices.contains(&Notice::NotSaved {
                subject: Subject::Profiles
            }));
        }
    }

    #[test]
    fn a_list_the_browser_cannot_read_is_not_overwritten() {
        let mut store = damaged_list(None);
        let list = Profiles::new("Anna", 1).expect("valid");
        store.write(Profiles::NAME, &list).expect("fits");
        store.backend_mut().unreadable.push(key("profiles"));
        let profiles = load_profiles(&mut store, &naming(), 2);
        assert_eq!(profiles.active().id, "p1");
        store.backend_mut().unreadable.clear();
        assert_eq!(store.read::<Profiles>(Profiles::NAME), Ok(Some(list)));
    }

    #[test]
    fn changes_apply_to_the_list_as_stored_now() {
        let mut store = Store::new(MemoryBackend::new());
        load_profiles(&mut store, &naming(), 1);
        // Two tabs add a profile each; neither undoes the other.
        change_profiles(&mut store, &naming(), 2, |p| p.add("Bram", 2)).expect("valid");
        let (after, id) =
            change_profiles(&mut store, &naming(), 3, |p| p.add("Cor", 3)).expect("valid");
        assert_eq!(after.learners().len(), 3);
        // Deleting removes the answers with the profile, so they are not recovered later.
        save(&mut store, &id, "t1", &two_answers()).expect("fits");
        change_profiles(&mut store, &naming(), 4, |p| p.delete(&id)).expect("not the last");
        let profiles = load_profiles(&mut store, &naming(), 5);
        assert_eq!(profiles.learners().len(), 2);
        assert!(store.take_notices().is_empty());
        // A refused change stores nothing.
        assert!(change_profiles(&mut store, &naming(), 6, |p| p.add("bram", 6)).is_err());
        assert_eq!(load_profiles(&mut store, &naming(), 7).learners().len(), 2);
    }
}
