//! Where a learner's open round is kept: one per tab (`round.<profile>.<tab>`), so two
//! tabs practising at once never play or overwrite each other's round. A tab that opens
//! without a round of its own takes over the most recent round of a tab that was closed,
//! so a round still continues tomorrow, in a new tab.

use super::Round;
use crate::stored::{Backend, Migration, Store, StoredValue, WriteError};
use serde::{Deserialize, Serialize};

/// A round with the moment it was last changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenRound {
    /// When the round was last stored, ms since the epoch.
    pub at: u64,
    pub round: Round,
}

impl StoredValue for OpenRound {
    /// 2 since approach questions (chosen steps stored as numbers); 3 since a round is
    /// kept per tab with its time.
    const VERSION: u32 = 3;
    const MIGRATIONS: &'static [Migration] = &[Ok, with_time];

    /// The round changed last.
    fn merge(self, other: OpenRound) -> OpenRound {
        if other.at > self.at {
            other
        } else {
            self
        }
    }
}

/// Version 2 to 3: a round without a time, as old as can be.
fn with_time(round: serde_json::Value) -> Result<serde_json::Value, String> {
    Ok(serde_json::json!({ "at": 0, "round": round }))
}

/// The storage name of a tab's round.
pub fn round_name(profile: &str, tab: &str) -> String {
    format!("round.{profile}.{tab}")
}

/// Whether the storage key `key` (a `storage` event's, or a part's announcement) is the
/// round `tab` keeps for `profile`: a change another part of the same page made to it.
pub fn is_round_key(key: &str, profile: &str, tab: &str) -> bool {
    crate::stored::name_of(key) == Some(round_name(profile, tab).as_str())
}

/// Keeps the tab's round (an unfinished one), or removes it (none, or finished).
pub fn keep<B: Backend>(
    store: &mut Store<B>,
    profile: &str,
    tab: &str,
    round: Option<&Round>,
    now: u64,
) -> Result<(), WriteError> {
    let name = round_name(profile, tab);
    match round {
        Some(round) if !round.is_finished() => store.write(
            &name,
            &OpenRound {
                at: now,
                round: round.clone(),
            },
        ),
        _ => {
            store.remove(&name);
            Ok(())
        }
    }
}

/// How long a closed tab's round that no tab took over is kept, in ms (two weeks).
const KEEP_CLOSED_MS: u64 = 14 * 86_400_000;

/// The tab's round: its own, or else the most recent one of a closed tab (`alive(tab)`
/// says whether a tab is open; an earlier version's `round.<profile>` counts as closed),
/// which then becomes this tab's. Rounds that do not `fit` the content are passed over;
/// other closed tabs' rounds are kept for two weeks from `now` (ms).
pub fn take<B: Backend>(
    store: &mut Store<B>,
    profile: &str,
    tab: &str,
    alive: impl Fn(&str) -> bool,
    fits: impl Fn(&Round) -> bool,
    now: u64,
) -> Option<Round> {
    let own = round_name(profile, tab);
    if let Ok(Some(open)) = store.read::<OpenRound>(&own) {
        if fits(&open.round) {
            return Some(open.round);
        }
    }
    let legacy = format!("round.{profile}");
    let closed: Vec<(String, OpenRound)> = store
        .names(&legacy)
        .into_iter()
        .filter(|name| match name.strip_prefix(&legacy) {
            Some("") => true,
            Some(rest) => rest
                .strip_prefix('.')
                .is_some_and(|other| other != tab && !other.contains('.') && !alive(other)),
            None => false,
        })
        .filter_map(|name| {
            let open = store.read::<OpenRound>(&name).ok()??;
            Some((name, open))
        })
        .filter(|(_, open)| !open.round.is_finished() && fits(&open.round))
        .collect();
    let newest = closed.iter().map(|(_, open)| open.at).max()?;
    let mut taken = None;
    for (name, open) in closed {
        if taken.is_none() && open.at == newest {
            if store.write(&own, &open).is_ok() {
                store.remove(&name);
            }
            taken = Some(open.round);
        } else if open.at.saturating_add(KEEP_CLOSED_MS) < now {
            store.remove(&name);
        }
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::round::{Focus, Item};
    use crate::stored::{key, MemoryBackend};

    fn round(seed: u64) -> Round {
        Round {
            focus: Focus::All,
            seed,
            items: vec![Item {
                scenario: "a".into(),
                order: vec![vec![0]],
                answer: None,
            }],
            current: 0,
        }
    }

    fn memory() -> Store<MemoryBackend> {
        Store::new(MemoryBackend::new())
    }

    #[test]
    fn a_round_key_is_one_tab_s_round_of_one_profile() {
        let ours = key(&round_name("p1", "t1"));
        assert!(is_round_key(&ours, "p1", "t1"));
        assert!(!is_round_key(&ours, "p1", "t2"), "another tab's round");
        assert!(!is_round_key(&ours, "p2", "t1"), "another profile's round");
        assert!(
            !is_round_key(&round_name("p1", "t1"), "p1", "t1"),
            "not a storage key"
        );
        assert!(!is_round_key(&key("profiles"), "p1", "t1"));
    }

    #[test]
    fn each_tab_keeps_its_own_round() {
        let mut store = memory();
        keep(&mut store, "p1", "t1", Some(&round(1)), 10).expect("fits");
        keep(&mut store, "p1", "t2", Some(&round(2)), 20).expect("fits");
        let open = |_: &str| true;
        assert_eq!(
            take(&mut store, "p1", "t1", open, |_| true, 30),
            Some(round(1))
        );
        assert_eq!(
            take(&mut store, "p1", "t2", open, |_| true, 30),
            Some(round(2))
        );
        // A third open tab does not take a round that an open tab plays.
        assert_eq!(take(&mut store, "p1", "t3", open, |_| true, 30), None);
    }

    #[test]
    fn a_new_tab_continues_the_latest_round_of_a_closed_one() {
        let mut store = memory();
        keep(&mut store, "p1", "old", Some(&round(1)), 10).expect("fits");
        keep(&mut store, "p1", "newer", Some(&round(2)), 20).expect("fits");
        let closed = |_: &str| false;
        assert_eq!(
            take(&mut store, "p1", "t9", closed, |_| true, 30),
            Some(round(2))
        );
        assert!(store.backend().raw(&key("round.p1.newer")).is_none());
        assert!(store.backend().raw(&key("round.p1.t9")).is_some());
        // Rounds that do not fit the content are passed over, not removed.
        assert_eq!(
            take(&mut store, "p1", "t8", closed, |r| r.seed == 7, 30),
            None
        );
        assert!(store.backend().raw(&key("round.p1.old")).is_some());
    }

    #[test]
    fn an_earlier_versions_round_is_taken_over() {
        let mut store = memory();
        let v2 = format!(
            "{{\"v\":2,\"data\":{}}}",
            serde_json::to_string(&round(5)).expect("serialises")
        );
        store
            .backend_mut()
            .set(&key("round.p1"), &v2)
            .expect("fits");
        assert_eq!(
            take(&mut store, "p1", "t1", |_| true, |_| true, 30),
            Some(round(5))
        );
        assert!(store.backend().raw(&key("round.p1")).is_none());
    }

    #[test]
    fn a_finished_round_is_not_kept() {
        let mut store = memory();
        keep(&mut store, "p1", "t1", Some(&round(1)), 10).expect("fits");
        let mut done = round(1);
        done.current = 1;
        keep(&mut store, "p1", "t1", Some(&done), 11).expect("removed");
        assert!(store.names("round.").is_empty());
    }

    #[test]
    fn closed_rounds_nobody_takes_are_kept_two_weeks() {
        let mut store = memory();
        let day = 86_400_000;
        for i in 0..8 {
            keep(
                &mut store,
                "p1",
                &format!("t{i}"),
                Some(&round(i)),
                i * 3 * day,
            )
            .expect("fits");
        }
        let now = 22 * day;
        assert_eq!(
            take(&mut store, "p1", "me", |_| false, |_| true, now),
            Some(round(7))
        );
        // Taken: that of day 21; kept: days 9 to 18; removed: days 0, 3 and 6.
        assert_eq!(store.names("round.").len(), 1 + 4);
    }
}
