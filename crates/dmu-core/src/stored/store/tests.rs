//! The store's rules, on memory shared the way tabs share local storage.

use super::*;
use crate::stored::backend::MemoryBackend;
use crate::stored::backup::BACKUP_BUDGET;
use crate::stored::Migration;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;

/// A stored value for these tests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Count {
    n: u32,
}

impl StoredValue for Count {
    const VERSION: u32 = 1;
    const MIGRATIONS: &'static [Migration] = &[];
    fn merge(self, other: Count) -> Count {
        Count {
            n: self.n.max(other.n),
        }
    }
}

/// One storage, as several tabs see it.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryBackend>>);

impl Backend for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), WriteFailure> {
        self.0.borrow_mut().set(key, text)
    }
    fn remove(&mut self, key: &str) {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.0.borrow().keys()
    }
}

impl Shared {
    fn raw(&self, name: &str) -> Option<String> {
        self.0.borrow().raw(&key(name)).map(str::to_string)
    }
    fn put_raw(&self, name: &str, text: &str) {
        self.0.borrow_mut().set(&key(name), text).expect("fits");
    }
    fn backups(&self) -> usize {
        self.0
            .borrow()
            .keys()
            .iter()
            .filter(|k| backed_up_name(k).is_some())
            .count()
    }
}

fn tab(shared: &Shared) -> Store<Shared> {
    Store::new(shared.clone())
}

#[test]
fn a_value_reads_back_and_nothing_is_none() {
    let shared = Shared::default();
    let mut store = tab(&shared);
    assert_eq!(store.read::<Count>("count"), Ok(None));
    store.write("count", &Count { n: 3 }).expect("written");
    assert_eq!(
        shared.raw("count").as_deref(),
        Some(r#"{"v":1,"data":{"n":3}}"#)
    );
    assert_eq!(
        tab(&shared).read::<Count>("count"),
        Ok(Some(Count { n: 3 }))
    );
    assert!(store.take_notices().is_empty());
}

#[test]
fn a_damaged_value_is_kept_once_however_often_and_by_however_many_tabs_it_is_read() {
    let shared = Shared::default();
    for _ in 0..5 {
        shared.put_raw("count", "{\"v\":1,\"data\":{\"n\":");
        let mut tabs = [tab(&shared), tab(&shared), tab(&shared)];
        for store in &mut tabs {
            let _ = store.read::<Count>("count");
        }
        assert_eq!(shared.backups(), 1);
    }
    // Moved, not copied: the app can write the name again.
    assert_eq!(shared.raw("count"), None);
    let mut store = tab(&shared);
    store
        .write("count", &Count { n: 1 })
        .expect("the name is free");
    // Other damaged bytes are another backup.
    shared.put_raw("count", "garbage");
    assert!(matches!(
        store.read::<Count>("count"),
        Err(Unusable::Damaged(Kept {
            in_place: false,
            ..
        }))
    ));
    assert_eq!(shared.backups(), 2);
}

#[test]
fn the_damaged_bytes_are_kept_exactly_and_the_learner_is_told_once() {
    let shared = Shared::default();
    let bytes = "{\"v\":1,\"data\":{\"n\":\"é\u{0}\"}}";
    shared.put_raw("count", bytes);
    let mut store = tab(&shared);
    let Err(Unusable::Damaged(kept)) = store.read::<Count>("count") else {
        panic!("damaged")
    };
    assert_eq!(store.kept_text(&kept).as_deref(), Some(bytes));
    assert_eq!(store.kept(), vec![kept.clone()]);
    let _ = store.read::<Count>("count");
    let notices = store.take_notices();
    assert_eq!(
        notices,
        vec![Notice::Damaged {
            subject: Subject::Other,
            kept
        }]
    );
}

#[test]
fn a_damaged_value_too_large_to_copy_stays_in_place_and_is_never_overwritten() {
    let shared = Shared::default();
    let huge = "x".repeat(BACKUP_BUDGET);
    shared.put_raw("profiles", &huge);
    let mut store = tab(&shared);
    let Err(Unusable::Damaged(kept)) = store.read::<Count>("profiles") else {
        panic!("damaged")
    };
    assert!(kept.in_place);
    assert_eq!(shared.backups(), 0);
    assert_eq!(
        store.write("profiles", &Count { n: 1 }),
        Err(WriteError::Frozen)
    );
    store.remove("profiles");
    assert_eq!(shared.raw("profiles").map(|t| t.len()), Some(huge.len()));
    assert!(store.take_notices().contains(&Notice::NotSaved {
        subject: Subject::Profiles
    }));
    // Listed for the learner, who may discard it (with undo), which frees the name.
    assert_eq!(store.kept(), vec![kept.clone()]);
    let text = store.discard(&kept).expect("there");
    assert_eq!(shared.raw("profiles"), None);
    store
        .write("profiles", &Count { n: 1 })
        .expect("free again");
    // Undo after the app wrote there: the old text comes back as a backup (the learner
    // asked for it, so the budget for automatic copies does not apply), nothing lost.
    store.restore(&kept, &text).expect("the storage has room");
    assert_eq!(
        shared.raw("profiles").as_deref(),
        Some(r#"{"v":1,"data":{"n":1}}"#)
    );
    assert_eq!(store.kept().len(), 1);
    assert!(!store.kept()[0].in_place);
}

#[test]
fn undoing_a_discard_puts_the_bytes_back() {
    let shared = Shared::default();
    shared.put_raw("count", "nonsense");
    let mut store = tab(&shared);
    let Err(Unusable::Damaged(kept)) = store.read::<Count>("count") else {
        panic!("damaged")
    };
    let text = store.discard(&kept).expect("there");
    assert!(store.kept().is_empty());
    store.restore(&kept, &text).expect("fits");
    assert_eq!(store.kept(), vec![kept]);
}

#[test]
fn backups_never_take_more_than_their_budget() {
    let shared = Shared::default();
    let mut store = tab(&shared);
    let size = BACKUP_BUDGET / 4;
    for i in 0..10 {
        shared.put_raw(&format!("v{i}"), &format!("{i}{}", "y".repeat(size)));
        let _ = store.read::<Count>(&format!("v{i}"));
    }
    assert_eq!(shared.backups(), 3);
    let kept = store.kept();
    assert_eq!(kept.iter().filter(|k| k.in_place).count(), 7);
    let backup_chars: usize = kept
        .iter()
        .filter(|k| !k.in_place)
        .map(|k| k.key.len() + k.chars)
        .sum();
    assert!(backup_chars <= BACKUP_BUDGET);
}

#[test]
fn a_backup_that_does_not_fit_the_storage_leaves_the_value_in_place() {
    let shared = Shared::default();
    shared.put_raw("count", &"z".repeat(400));
    shared.0.borrow_mut().quota = Some(500);
    let mut store = tab(&shared);
    assert!(matches!(
        store.read::<Count>("count"),
        Err(Unusable::Damaged(Kept { in_place: true, .. }))
    ));
    assert_eq!(shared.raw("count").map(|t| t.len()), Some(400));
}

#[test]
fn a_newer_value_is_left_alone() {
    let shared = Shared::default();
    let newer = r#"{"v":9,"data":{"count":"many"}}"#;
    shared.put_raw("count", newer);
    let mut store = tab(&shared);
    assert_eq!(store.read::<Count>("count"), Err(Unusable::Newer(9)));
    assert_eq!(
        store.write("count", &Count { n: 1 }),
        Err(WriteError::Frozen)
    );
    store.remove("count");
    assert_eq!(shared.raw("count").as_deref(), Some(newer));
    assert_eq!(shared.backups(), 0);
    let notices = store.take_notices();
    assert!(notices.contains(&Notice::Newer {
        subject: Subject::Other
    }));
}

#[test]
fn a_failed_read_is_never_taken_for_nothing() {
    let shared = Shared::default();
    shared.put_raw("profiles", r#"{"v":1,"data":{"n":2}}"#);
    shared.0.borrow_mut().unreadable.push(key("profiles"));
    let mut store = tab(&shared);
    assert_eq!(store.read::<Count>("profiles"), Err(Unusable::Unreadable));
    assert_eq!(
        store.write("profiles", &Count { n: 0 }),
        Err(WriteError::Frozen)
    );
    shared.0.borrow_mut().unreadable.clear();
    assert_eq!(
        shared.raw("profiles").as_deref(),
        Some(r#"{"v":1,"data":{"n":2}}"#)
    );
    // Readable again: the app may use it, and write it.
    assert_eq!(store.read::<Count>("profiles"), Ok(Some(Count { n: 2 })));
    store
        .write("profiles", &Count { n: 3 })
        .expect("free again");
}

#[test]
fn full_storage_and_other_refusals_are_told_apart() {
    let shared = Shared::default();
    shared.0.borrow_mut().quota = Some(10);
    let mut store = tab(&shared);
    assert_eq!(store.write("count", &Count { n: 1 }), Err(WriteError::Full));
    assert_eq!(store.write("count", &Count { n: 1 }), Err(WriteError::Full));
    assert_eq!(store.take_notices(), vec![Notice::Full]);
}

#[test]
fn names_lists_the_apps_values_by_prefix() {
    let shared = Shared::default();
    shared.put_raw("progress.p1.2026-11", "x");
    shared.put_raw("progress.p2", "x");
    shared.put_raw("round.p1", "x");
    shared
        .0
        .borrow_mut()
        .set("elsewhere.progress.p9", "x")
        .expect("fits");
    let mut names = tab(&shared).names("progress.");
    crate::order::sort(&mut names);
    assert_eq!(names, ["progress.p1.2026-11", "progress.p2"]);
}
