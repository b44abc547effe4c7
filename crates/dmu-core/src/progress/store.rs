//! The use cases of a profile's stored answers, on any [`Backend`]: load them, save new
//! ones, import many all or nothing, gather what closed tabs left, reset, remove a
//! profile's data.
//!
//! No two tabs ever write the same value. A tab saves its answers only in its own values
//! (`progress.<profile>.<month>.<tab>`, see [`super::buckets`]), so an answer is stored
//! the moment it is given, without waiting for a lock, and no other tab can write over it.
//! This matters because local storage is not the same in every tab at every instant: a
//! browser keeps a copy per process and passes changes on a moment later. When tabs
//! shared one value per month, even under a cross-tab lock, a test lost 1 answer in 18
//! given in the same millisecond by three tabs: a tab that had just got the lock still
//! read the month as it was before the last tab wrote it.
//!
//! The values of tabs that were closed are [gathered](gather) into the settled month,
//! under the lock, by a tab that opens later: merged in, read back, and only removed once
//! the settled month holds every answer they held.

use super::buckets::{by_month, month_name, tab_month_name, Month, ProgressName};
use super::record::{Attempt, Progress};
use crate::stored::{key, Backend, Store, Unusable, WriteError};
use std::collections::BTreeMap;

/// Every stored name of a profile's answers, with what it is.
fn names_of<B: Backend>(store: &Store<B>, profile: &str) -> Vec<(String, ProgressName)> {
    store
        .names(&format!("progress.{profile}"))
        .into_iter()
        .filter_map(|name| {
            let parsed = ProgressName::parse(&name)?;
            (parsed.profile() == profile).then_some((name, parsed))
        })
        .collect()
}

/// Every answer of a profile: settled months, tabs' months and an earlier version's
/// single value. Values that cannot be read are kept apart by the store (with a notice).
pub fn load<B: Backend>(store: &mut Store<B>, profile: &str) -> Progress {
    let mut parts = Vec::new();
    for (name, _) in names_of(store, profile) {
        if let Ok(Some(part)) = store.read::<Progress>(&name) {
            parts.push(part);
        }
    }
    union(parts.iter())
}

/// The union of several logs, in one sort (merging one by one would compare each answer
/// with every other answer on its scenario).
pub fn union<'a>(logs: impl Iterator<Item = &'a Progress>) -> Progress {
    // Gathered a scenario at a time: one key per scenario, not one per answer.
    let mut all: BTreeMap<String, Vec<Attempt>> = BTreeMap::new();
    for log in logs {
        for (id, list) in log.scenarios() {
            match all.get_mut(id) {
                Some(gathered) => gathered.extend_from_slice(list),
                None => {
                    all.insert(id.to_string(), list.to_vec());
                }
            }
        }
    }
    Progress::from_map(all)
}

/// Saves answers in the tab's own months. Every month is tried; the first failure is
/// returned (the caller keeps what failed and tries again later).
pub fn save<B: Backend>(
    store: &mut Store<B>,
    profile: &str,
    tab: &str,
    answers: &Progress,
) -> Result<(), WriteError> {
    let mut result = Ok(());
    for (month, part) in by_month(answers) {
        let outcome = merge_into(store, &tab_month_name(profile, month, tab), &part);
        if result.is_ok() {
            result = outcome;
        }
    }
    result
}

/// Reads a value, adds `part` and writes it back (unless that adds nothing). A damaged
/// value was kept apart by the store and starts afresh; one that is left alone refuses.
fn merge_into<B: Backend>(
    store: &mut Store<B>,
    name: &str,
    part: &Progress,
) -> Result<(), WriteError> {
    let stored = match store.read::<Progress>(name) {
        Ok(stored) => stored,
        Err(Unusable::Damaged(_)) => None,
        Err(_) => return Err(WriteError::Frozen),
    };
    let before = stored.as_ref().map(Progress::len);
    let merged = match &stored {
        Some(stored) => union([stored, part].into_iter()),
        None => part.clone(),
    };
    if before == Some(merged.len()) {
        return Ok(());
    }
    store.write(name, &merged)
}

/// Whether every answer of `part` is in `log`.
fn holds(log: &Progress, part: &Progress) -> bool {
    part.attempts()
        .all(|(id, attempt)| log.attempts_on(id).iter().any(|a| a.same_answer(attempt)))
}

/// Gathers into the settled months what tabs that are closed (`alive(tab)` is false)
/// saved, and an earlier version's single value. Run under the cross-tab lock. A source
/// is removed only after the settled month, read back, holds all its answers; a month
/// that cannot be written (storage full) keeps its sources. Returns how many values were
/// gathered.
pub fn gather<B: Backend>(
    store: &mut Store<B>,
    profile: &str,
    alive: impl Fn(&str) -> bool,
) -> usize {
    // Per month: the answers coming in, and the names they come from.
    let mut months: Vec<(Month, Vec<Progress>, Vec<String>)> = Vec::new();
    let mut whole = Vec::new();
    for (name, parsed) in names_of(store, profile) {
        let is_whole = match &parsed {
            ProgressName::TabMonth { tab, .. } if alive(tab) => continue,
            ProgressName::Month { .. } => continue,
            ProgressName::TabMonth { .. } => false,
            ProgressName::Whole { .. } => true,
        };
        let Ok(Some(part)) = store.read::<Progress>(&name) else {
            continue;
        };
        for (month, part) in by_month(&part) {
            let at = match months.iter().position(|(m, _, _)| *m == month) {
                Some(at) => at,
                None => {
                    months.push((month, Vec::new(), Vec::new()));
                    months.len() - 1
                }
            };
            months[at].1.push(part);
            if !is_whole {
                months[at].2.push(name.clone());
            }
        }
        if is_whole {
            // Removed once all its months are settled (below).
            whole.push(name);
        }
    }
    let mut gathered = 0;
    let mut all_settled = true;
    for (month, parts, sources) in months {
        let name = month_name(profile, month);
        let incoming = union(parts.iter());
        let settled = merge_into(store, &name, &incoming).is_ok()
            && store
                .read::<Progress>(&name)
                .ok()
                .flatten()
                .is_some_and(|stored| holds(&stored, &incoming));
        if settled {
            for source in sources {
                store.remove(&source);
                gathered += 1;
            }
        } else {
            all_settled = false;
        }
    }
    if all_settled {
        for source in whole {
            store.remove(&source);
            gathered += 1;
        }
    }
    gathered
}

/// Saves imported answers in the tab's own months, all or nothing: if any month cannot be
/// written (storage full), every month written is put back as it was. Done a month at a
/// time ([`Import::step`]), so the app can give the page back between months.
pub struct Import {
    profile: String,
    tab: String,
    months: Vec<(Month, Progress)>,
    /// Per month written so far: its name and the text it held before (`None`: none).
    before: Vec<(String, Option<String>)>,
}

impl Import {
    pub fn new(profile: &str, tab: &str, answers: &Progress) -> Import {
        let mut months = by_month(answers);
        months.reverse();
        Import {
            profile: profile.to_string(),
            tab: tab.to_string(),
            months,
            before: Vec::new(),
        }
    }

    /// How many months are left.
    pub fn months_left(&self) -> usize {
        self.months.len()
    }

    /// Writes the next month. `Ok(true)` when all are written; on an error every month
    /// written so far has been put back and nothing of the import is stored.
    pub fn step<B: Backend>(&mut self, store: &mut Store<B>) -> Result<bool, WriteError> {
        let Some((month, part)) = self.months.pop() else {
            return Ok(true);
        };
        let name = tab_month_name(&self.profile, month, &self.tab);
        let old = store.backend().get(&key(&name)).ok().flatten();
        match merge_into(store, &name, &part) {
            Ok(()) => {
                self.before.push((name, old));
                Ok(self.months.is_empty())
            }
            Err(error) => {
                self.undo(store);
                Err(error)
            }
        }
    }

    /// Puts every month written back as it was (each was as large as before or smaller,
    /// so this fits).
    pub fn undo<B: Backend>(&mut self, store: &mut Store<B>) {
        for (name, old) in self.before.drain(..).rev() {
            match old {
                Some(text) => {
                    let _ = store.backend_mut().set(&key(&name), &text);
                }
                None => store.backend_mut().remove(&key(&name)),
            }
        }
        self.months.clear();
    }
}

/// Saves answers all or nothing, in one go (see [`Import`]).
pub fn save_all_or_nothing<B: Backend>(
    store: &mut Store<B>,
    profile: &str,
    tab: &str,
    answers: &Progress,
) -> Result<(), WriteError> {
    let mut import = Import::new(profile, tab, answers);
    while !import.step(store)? {}
    Ok(())
}

/// Clears a profile's answers (a reset): every value that holds them.
pub fn clear<B: Backend>(store: &mut Store<B>, profile: &str) {
    for (name, _) in names_of(store, profile) {
        store.remove(&name);
    }
}

/// Removes everything kept for a deleted profile: its answers and its open rounds.
pub fn remove_profile<B: Backend>(store: &mut Store<B>, profile: &str) {
    clear(store, profile);
    let rounds = format!("round.{profile}");
    for name in store.names(&rounds) {
        if name == rounds || name.starts_with(&format!("{rounds}.")) {
            store.remove(&name);
        }
    }
}

/// The ids of every profile with stored answers, in order.
pub fn profiles_with_answers<B: Backend>(store: &Store<B>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for name in store.names("progress.") {
        if let Some(parsed) = ProgressName::parse(&name) {
            if let Err(at) = ids.binary_search_by(|id| id.as_str().cmp(parsed.profile())) {
                ids.insert(at, parsed.profile().to_string());
            }
        }
    }
    ids
}

/// How many answers each stored value of a profile holds, for the tests.
pub fn value_sizes<B: Backend>(
    store: &mut Store<B>,
    profile: &str,
) -> std::collections::BTreeMap<String, usize> {
    names_of(store, profile)
        .into_iter()
        .map(|(name, _)| {
            let n = store
                .read::<Progress>(&name)
                .ok()
                .flatten()
                .map_or(0, |p| p.len());
            (name, n)
        })
        .collect()
}

#[cfg(test)]
mod tests;
