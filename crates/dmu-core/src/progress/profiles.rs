//! LearnerProfile profiles on one device (a trainer's shared laptop): add, rename, switch and
//! delete, each profile with its own progress (stored under its id).
//!
//! Rules:
//! - There is always at least one profile and exactly one is active, so the app always
//!   knows whose answers it records. The last profile cannot be deleted; to start afresh,
//!   reset its progress ([`Progress::reset`](super::Progress::reset), which has an undo).
//! - Deleting the active profile makes the first remaining one active.
//! - A name is trimmed, runs of white space become one space, control characters are
//!   dropped; it must then be 1 to [`MAX_NAME_CHARS`] characters and differ (ignoring
//!   case) from the other profiles' names, so the switch menu is never ambiguous.
//! - Ids are made from a number the app passes in (the time in ms): `p` and the number in
//!   base 36, with `-2`, `-3`… added if that is taken. They are never reused for another
//!   name, and are safe in a storage key.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest profile name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// One learner on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerProfile {
    /// Stable id; the learner's progress is stored under it.
    pub id: String,
    /// The name shown in the switch menu (cleaned, see the module documentation).
    pub name: String,
    /// When the profile was made, ms since the epoch.
    pub created_at: u64,
}

/// Why a profile change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// The name is empty after trimming.
    EmptyName,
    /// The name is longer than `max` characters.
    NameTooLong {
        /// The longest name allowed.
        max: usize,
    },
    /// Another profile already has this name (ignoring case).
    DuplicateName,
    /// No profile has this id.
    NotFound,
    /// The last profile cannot be deleted.
    LastProfile,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::EmptyName => write!(f, "a profile needs a name"),
            ProfileError::NameTooLong { max } => {
                write!(f, "a profile name has at most {max} characters")
            }
            ProfileError::DuplicateName => write!(f, "another profile already has this name"),
            ProfileError::NotFound => write!(f, "there is no such profile"),
            ProfileError::LastProfile => write!(f, "the last profile cannot be deleted"),
        }
    }
}

impl std::error::Error for ProfileError {}

/// The profiles on this device and which one is active.
///
/// Invariants (kept by every method, deserialisation included): at least one profile,
/// unique ids, and `active` names one of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Profiles {
    learners: Vec<LearnerProfile>,
    active: String,
}

impl Profiles {
    /// The profiles of a fresh device: one learner, active. `now` is the time in ms.
    pub fn new(name: &str, now: u64) -> Result<Profiles, ProfileError> {
        let name = clean_name(name)?;
        let learner = LearnerProfile {
            id: new_id(now, &[]),
            name,
            created_at: now,
        };
        Ok(Profiles {
            active: learner.id.clone(),
            learners: vec![learner],
        })
    }

    /// Every profile, in the order they were added.
    pub fn learners(&self) -> &[LearnerProfile] {
        &self.learners
    }

    /// The profile whose answers are being recorded.
    pub fn active(&self) -> &LearnerProfile {
        self.get(&self.active)
            .or_else(|| self.learners.first())
            .expect("profiles always hold the active learner")
    }

    /// The profile with this id.
    pub fn get(&self, id: &str) -> Option<&LearnerProfile> {
        self.learners.iter().find(|l| l.id == id)
    }

    /// Adds a profile (not active yet) and returns its id. `now` (ms) makes the id and is
    /// the creation time.
    pub fn add(&mut self, name: &str, now: u64) -> Result<String, ProfileError> {
        let name = self.checked_name(name, None)?;
        let id = new_id(now, &self.learners);
        self.learners.push(LearnerProfile {
            id: id.clone(),
            name,
            created_at: now,
        });
        Ok(id)
    }

    /// Renames a profile.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), ProfileError> {
        let name = self.checked_name(name, Some(id))?;
        let learner = self
            .learners
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or(ProfileError::NotFound)?;
        learner.name = name;
        Ok(())
    }

    /// Makes a profile the active one.
    pub fn switch(&mut self, id: &str) -> Result<(), ProfileError> {
        self.get(id).ok_or(ProfileError::NotFound)?;
        self.active = id.to_string();
        Ok(())
    }

    /// Deletes a profile and returns it, so the app can remove (or keep aside) its
    /// progress. The last profile cannot be deleted.
    pub fn delete(&mut self, id: &str) -> Result<LearnerProfile, ProfileError> {
        let index = self
            .learners
            .iter()
            .position(|l| l.id == id)
            .ok_or(ProfileError::NotFound)?;
        if self.learners.len() == 1 {
            return Err(ProfileError::LastProfile);
        }
        let removed = self.learners.remove(index);
        if self.active == removed.id {
            self.active = self.learners[0].id.clone();
        }
        Ok(removed)
    }

    /// Adds a profile under a known id, whose answers exist though the list lacks it (it
    /// was damaged or lost). `name` is made unique with a number if another profile has
    /// it. Returns false when the id is in the list already or is not one the app makes.
    pub fn recover(&mut self, id: &str, name: &str) -> bool {
        if !is_profile_id(id) || self.get(id).is_some() {
            return false;
        }
        let name = clean_name(name).unwrap_or_else(|_| id.to_string());
        let name = (1..)
            .map(|n| {
                if n == 1 {
                    name.clone()
                } else {
                    format!("{name} ({n})")
                }
            })
            .find(|candidate| self.checked_name(candidate, None).is_ok())
            .unwrap_or_else(|| id.to_string());
        self.learners.push(LearnerProfile {
            id: id.to_string(),
            name,
            created_at: created_at(id),
        });
        true
    }

    /// A list made from the ids whose answers exist, in the order given (oldest first,
    /// for the app's ids in sorted order), the first one active; `name(n)` names the n-th
    /// (from 1). `None` without ids.
    pub fn recovered(ids: &[String], name: impl Fn(usize) -> String) -> Option<Profiles> {
        let ids: Vec<&String> = ids.iter().filter(|id| is_profile_id(id)).collect();
        let first = ids.first()?;
        let mut profiles = Profiles {
            learners: Vec::new(),
            active: first.to_string(),
        };
        for id in ids {
            let n = profiles.learners.len() + 1;
            profiles.recover(id, &name(n));
        }
        Some(profiles)
    }

    /// Adds every profile of `others` that this list lacks (by id).
    pub(crate) fn adopt_all(&mut self, others: &[LearnerProfile]) {
        for other in others {
            self.recover(&other.id, &other.name);
        }
    }

    /// A cleaned name that no other profile (than `except`) has.
    fn checked_name(&self, name: &str, except: Option<&str>) -> Result<String, ProfileError> {
        let name = clean_name(name)?;
        let taken = self
            .learners
            .iter()
            .filter(|l| Some(l.id.as_str()) != except)
            .any(|l| l.name.eq_ignore_ascii_case(&name));
        if taken {
            Err(ProfileError::DuplicateName)
        } else {
            Ok(name)
        }
    }

    /// Restores the invariants on profiles read from storage; `None` when there are none.
    fn from_stored(mut learners: Vec<LearnerProfile>, active: String) -> Option<Profiles> {
        if !learners.iter().all(|l| is_profile_id(&l.id)) {
            return None;
        }
        let mut seen = std::collections::HashSet::new();
        learners.retain(|l| seen.insert(l.id.clone()));
        let first = learners.first()?.id.clone();
        let active = if learners.iter().any(|l| l.id == active) {
            active
        } else {
            first
        };
        Some(Profiles { learners, active })
    }
}

impl<'de> Deserialize<'de> for Profiles {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Profiles, D::Error> {
        /// The stored shape, before the invariants are restored.
        #[derive(Deserialize)]
        struct Stored {
            learners: Vec<LearnerProfile>,
            active: String,
        }
        let stored = Stored::deserialize(deserializer)?;
        Profiles::from_stored(stored.learners, stored.active)
            .ok_or_else(|| serde::de::Error::custom("no profiles"))
    }
}

/// A profile name as it will be kept, or why it cannot be one.
pub fn clean_name(name: &str) -> Result<String, ProfileError> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    let name = words.join(" ");
    if name.is_empty() {
        Err(ProfileError::EmptyName)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(ProfileError::NameTooLong {
            max: MAX_NAME_CHARS,
        })
    } else {
        Ok(name)
    }
}

/// Whether `id` is one the app makes: `p`, then letters, digits and `-` (so it is safe in
/// a storage name, where `.` separates the parts).
pub fn is_profile_id(id: &str) -> bool {
    id.len() <= 40
        && id.starts_with('p')
        && id.len() > 1
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// When a profile was made, read back from its id (0 when the id does not say).
fn created_at(id: &str) -> u64 {
    let digits = id.strip_prefix('p').unwrap_or("");
    let digits = digits.split('-').next().unwrap_or("");
    u64::from_str_radix(digits, 36).unwrap_or(0)
}

/// `p` and `seed` in base 36, made unique among `taken` with a `-2`, `-3`… suffix.
fn new_id(seed: u64, taken: &[LearnerProfile]) -> String {
    let base = format!("p{}", base36(seed));
    let free = |id: &str| !taken.iter().any(|l| l.id == id);
    if free(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| free(id))
        .unwrap_or(base)
}

/// A number in base 36 (digits and lower-case letters).
fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device() -> Profiles {
        let mut profiles = Profiles::new("Anna", 1_000).expect("valid");
        profiles.add("Bram", 2_000).expect("valid");
        profiles
    }

    #[test]
    fn a_new_device_has_one_active_profile() {
        let profiles = Profiles::new("  Anna  ", 1_700_000_000_000).expect("valid");
        assert_eq!(profiles.learners().len(), 1);
        assert_eq!(profiles.active().name, "Anna");
        assert_eq!(profiles.active().created_at, 1_700_000_000_000);
        assert_eq!(profiles.active().id, "ployw3v28");
        assert_eq!(Profiles::new(" ", 1), Err(ProfileError::EmptyName));
    }

    #[test]
    fn added_profiles_get_unique_ids_even_at_the_same_moment() {
        let mut profiles = Profiles::new("Anna", 5).expect("valid");
        let b = profiles.add("Bram", 5).expect("valid");
        let c = profiles.add("Cor", 5).expect("valid");
        assert_eq!(profiles.learners()[0].id, "p5");
        assert_eq!(b, "p5-2");
        assert_eq!(c, "p5-3");
        // Adding does not switch.
        assert_eq!(profiles.active().name, "Anna");
    }

    #[test]
    fn names_are_cleaned_and_checked() {
        assert_eq!(
            clean_name("  Jan \t de\n Vries "),
            Ok("Jan de Vries".into())
        );
        assert_eq!(clean_name("An\u{0}na"), Ok("Anna".into()));
        assert_eq!(clean_name("\u{7}"), Err(ProfileError::EmptyName));
        assert_eq!(clean_name(&"é".repeat(40)), Ok("é".repeat(40)));
        assert_eq!(
            clean_name(&"é".repeat(41)),
            Err(ProfileError::NameTooLong { max: 40 })
        );
        let mut profiles = device();
        assert_eq!(profiles.add("anna", 3), Err(ProfileError::DuplicateName));
        assert_eq!(profiles.add("", 3), Err(ProfileError::EmptyName));
        assert_eq!(profiles.learners().len(), 2);
    }

    #[test]
    fn rename_checks_the_name_and_the_id() {
        let mut profiles = device();
        let anna = profiles.learners()[0].id.clone();
        assert_eq!(profiles.rename(&anna, " Anna B. "), Ok(()));
        assert_eq!(profiles.active().name, "Anna B.");
        // Changing only the case of one's own name is fine.
        assert_eq!(profiles.rename(&anna, "ANNA B."), Ok(()));
        assert_eq!(
            profiles.rename(&anna, "bram"),
            Err(ProfileError::DuplicateName)
        );
        assert_eq!(profiles.rename(&anna, "   "), Err(ProfileError::EmptyName));
        assert_eq!(
            profiles.rename("nobody", "Cor"),
            Err(ProfileError::NotFound)
        );
        assert_eq!(profiles.active().name, "ANNA B.");
    }

    #[test]
    fn switch_changes_the_active_profile() {
        let mut profiles = device();
        let bram = profiles.learners()[1].id.clone();
        assert_eq!(profiles.switch(&bram), Ok(()));
        assert_eq!(profiles.active().name, "Bram");
        assert_eq!(profiles.switch("nobody"), Err(ProfileError::NotFound));
        assert_eq!(profiles.active().name, "Bram");
    }

    #[test]
    fn delete_keeps_one_profile_and_an_active_one() {
        let mut profiles = device();
        let anna = profiles.learners()[0].id.clone();
        let bram = profiles.learners()[1].id.clone();
        profiles.switch(&bram).expect("exists");
        let removed = profiles.delete(&bram).expect("not the last");
        assert_eq!(removed.name, "Bram");
        assert_eq!(profiles.active().id, anna);
        assert_eq!(profiles.delete(&anna), Err(ProfileError::LastProfile));
        assert_eq!(profiles.delete("nobody"), Err(ProfileError::NotFound));
        assert_eq!(profiles.learners().len(), 1);
        // A deleted id is not handed out again for a later profile at another moment.
        let again = profiles.add("Bram", 3_000).expect("valid");
        assert_ne!(again, bram);
    }

    #[test]
    fn stored_profiles_are_repaired_or_refused() {
        let read = |raw: &str| serde_json::from_str::<Profiles>(raw);
        let ok = read(
            r#"{"learners":[{"id":"pa","name":"A","created_at":1},
                            {"id":"pa","name":"Dup","created_at":2},
                            {"id":"pb","name":"B","created_at":3}],
                "active":"gone"}"#,
        )
        .expect("repairable");
        assert_eq!(ok.learners().len(), 2);
        assert_eq!(ok.active().id, "pa");
        assert!(read(r#"{"learners":[],"active":"a"}"#).is_err());
        assert!(read(r#"{"learners":[{"id":1}],"active":"a"}"#).is_err());
        let profiles = device();
        let json = serde_json::to_string(&profiles).expect("serialises");
        assert_eq!(read(&json).expect("round trip"), profiles);
    }

    #[test]
    fn lost_profiles_are_recovered_by_id_with_unique_names() {
        let mut profiles = device();
        assert!(profiles.recover("ployw3v28", "Anna"));
        let recovered = profiles.get("ployw3v28").expect("added");
        assert_eq!(recovered.name, "Anna (2)");
        assert_eq!(recovered.created_at, 1_700_000_000_000);
        assert!(!profiles.recover("ployw3v28", "Again"));
        assert!(!profiles.recover("x.y", "Dots"));
        assert!(!profiles.recover("p1.2026-12", "Dots"));
        assert_eq!(profiles.learners().len(), 3);
    }

    #[test]
    fn a_list_is_rebuilt_from_ids_in_order() {
        let ids = [
            "pa".to_string(),
            "pa".to_string(),
            "bad.id".to_string(),
            "pb".to_string(),
        ];
        let profiles = Profiles::recovered(&ids, |n| format!("Profiel {n}")).expect("ids");
        let names: Vec<(&str, &str)> = profiles
            .learners()
            .iter()
            .map(|l| (l.id.as_str(), l.name.as_str()))
            .collect();
        assert_eq!(names, [("pa", "Profiel 1"), ("pb", "Profiel 2")]);
        assert_eq!(profiles.active().id, "pa");
        assert_eq!(Profiles::recovered(&[], |n| n.to_string()), None);
    }

    #[test]
    fn stored_ids_the_app_does_not_make_are_refused() {
        let read = |raw: &str| serde_json::from_str::<Profiles>(raw);
        assert!(
            read(r#"{"learners":[{"id":"p1.x","name":"A","created_at":1}],"active":"p1.x"}"#)
                .is_err()
        );
        assert!(read(r#"{"learners":[{"id":"","name":"A","created_at":1}],"active":""}"#).is_err());
    }

    #[test]
    fn base36_writes_numbers_compactly() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert_eq!(base36(u64::MAX), "3w5e11264sgsf");
    }
}
