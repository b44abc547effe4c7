//! The rules for a profile's stored answers, on memory.

use super::*;
use crate::grade::Outcome;
use crate::progress::testing::{at, attempt};
use crate::role::Role;
use crate::stored::{MemoryBackend, Notice};

fn memory() -> Store<MemoryBackend> {
    Store::new(MemoryBackend::new())
}

fn one(id: &str, day: u64) -> Progress {
    Progress::from_attempts([(id, attempt(at(day, 9), &[Role::Buyer], Outcome::Right))])
}

fn raw(store: &Store<MemoryBackend>, name: &str) -> Option<String> {
    store.backend().raw(&key(name)).map(str::to_string)
}

fn snapshot(store: &Store<MemoryBackend>) -> Vec<(String, Option<String>)> {
    store
        .backend()
        .keys()
        .into_iter()
        .map(|k| {
            let v = store.backend().raw(&k).map(str::to_string);
            (k, v)
        })
        .collect()
}

#[test]
fn answers_are_stored_per_tab_and_month_and_load_as_one_log() {
    let mut store = memory();
    // 2024-01-01 and 2024-02-10.
    save(&mut store, "p1", "t1", &one("a", 0)).expect("fits");
    save(&mut store, "p1", "t1", &one("b", 40)).expect("fits");
    save(&mut store, "p1", "t2", &one("c", 40)).expect("fits");
    assert!(raw(&store, "progress.p1.2024-01.t1").is_some());
    assert!(raw(&store, "progress.p1.2024-02.t1").is_some());
    assert!(raw(&store, "progress.p1.2024-02.t2").is_some());
    assert_eq!(load(&mut store, "p1").len(), 3);
    assert_eq!(load(&mut store, "p2").len(), 0);
    // "p1" is not a prefix match for "p1-2".
    save(&mut store, "p1-2", "t1", &one("d", 0)).expect("fits");
    assert_eq!(load(&mut store, "p1").len(), 3);
}

#[test]
fn saving_an_answer_rewrites_its_month_only() {
    let mut store = memory();
    let history = Progress::from_attempts((0..300).map(|i| {
        (
            format!("s{}", i % 50),
            attempt(at(i, 9), &[Role::User], Outcome::Wrong),
        )
    }));
    save(&mut store, "p1", "t1", &history).expect("fits");
    let january = raw(&store, "progress.p1.2024-01.t1");
    save(&mut store, "p1", "t1", &one("new", 320)).expect("fits");
    assert_eq!(raw(&store, "progress.p1.2024-01.t1"), january);
    assert_eq!(load(&mut store, "p1").len(), 301);
}

#[test]
fn tabs_answering_at_once_never_write_the_same_value() {
    let mut store = memory();
    // Two tabs with stale copies of storage: each writes only its own value.
    save(&mut store, "p1", "t1", &one("a", 3)).expect("fits");
    save(&mut store, "p1", "t2", &one("b", 3)).expect("fits");
    save(&mut store, "p1", "t1", &one("c", 3)).expect("fits");
    assert_eq!(load(&mut store, "p1").len(), 3);
}

#[test]
fn closed_tabs_are_gathered_into_settled_months() {
    let mut store = memory();
    save(&mut store, "p1", "gone", &one("a", 3)).expect("fits");
    save(&mut store, "p1", "gone", &one("b", 40)).expect("fits");
    save(&mut store, "p1", "open", &one("c", 3)).expect("fits");
    assert_eq!(gather(&mut store, "p1", |tab| tab == "open"), 2);
    let mut names: Vec<String> = value_sizes(&mut store, "p1").into_keys().collect();
    crate::order::sort(&mut names);
    assert_eq!(
        names,
        [
            "progress.p1.2024-01",
            "progress.p1.2024-01.open",
            "progress.p1.2024-02"
        ]
    );
    assert_eq!(load(&mut store, "p1").len(), 3);
    // Gathering again changes nothing.
    let before = snapshot(&store);
    assert_eq!(gather(&mut store, "p1", |tab| tab == "open"), 0);
    assert_eq!(snapshot(&store), before);
}

#[test]
fn a_month_that_cannot_be_settled_keeps_its_sources() {
    let mut store = memory();
    save(&mut store, "p1", "gone", &one("a", 3)).expect("fits");
    store.backend_mut().quota = Some(store.backend().used() + 10);
    assert_eq!(gather(&mut store, "p1", |_| false), 0);
    assert!(raw(&store, "progress.p1.2024-01.gone").is_some());
    assert_eq!(load(&mut store, "p1").len(), 1);
}

#[test]
fn an_earlier_versions_single_value_is_read_and_gathered_into_months() {
    let mut store = memory();
    let old = Progress::from_attempts([
        ("a", attempt(at(0, 9), &[Role::Buyer], Outcome::Right)),
        ("b", attempt(at(45, 9), &[Role::User], Outcome::Wrong)),
    ]);
    store.write("progress.p1", &old).expect("fits");
    assert_eq!(load(&mut store, "p1"), old);
    assert_eq!(gather(&mut store, "p1", |_| true), 1);
    assert_eq!(raw(&store, "progress.p1"), None);
    assert_eq!(load(&mut store, "p1"), old);
    assert_eq!(value_sizes(&mut store, "p1").len(), 2);
}

#[test]
fn an_import_that_does_not_fit_stores_nothing() {
    let mut store = memory();
    save(&mut store, "p1", "t1", &one("a", 0)).expect("fits");
    let before = snapshot(&store);
    let big = Progress::from_attempts((0..2_000).map(|i| {
        (
            format!("s{i}"),
            attempt(at(i % 90, 9), &[Role::User], Outcome::Wrong),
        )
    }));
    store.backend_mut().quota = Some(store.backend().used() + 20_000);
    assert_eq!(
        save_all_or_nothing(&mut store, "p1", "t1", &big),
        Err(WriteError::Full)
    );
    assert_eq!(snapshot(&store), before);
    assert!(store.take_notices().contains(&Notice::Full));
    store.backend_mut().quota = None;
    save_all_or_nothing(&mut store, "p1", "t1", &big).expect("fits");
    assert_eq!(
        load(&mut store, "p1").len(),
        2_001,
        "the earlier answer and all imported"
    );
}

#[test]
fn an_import_goes_one_month_a_step() {
    let mut store = memory();
    let answers = Progress::from_attempts((0..90).map(|i| {
        (
            format!("s{i}"),
            attempt(at(i, 9), &[Role::User], Outcome::Wrong),
        )
    }));
    let mut import = Import::new("p1", "t1", &answers);
    assert_eq!(import.months_left(), 3);
    assert_eq!(import.step(&mut store), Ok(false));
    assert_eq!(load(&mut store, "p1").len(), 31);
    assert_eq!(import.step(&mut store), Ok(false));
    assert_eq!(import.step(&mut store), Ok(true));
    assert_eq!(load(&mut store, "p1").len(), 90);
}

#[test]
fn a_damaged_month_is_kept_apart_and_the_month_starts_afresh() {
    let mut store = memory();
    store
        .backend_mut()
        .set(
            &key("progress.p1.2024-01.t1"),
            "{\"v\":2,\"data\":{\"attempts\":",
        )
        .expect("fits");
    assert_eq!(load(&mut store, "p1").len(), 0);
    save(&mut store, "p1", "t1", &one("a", 1)).expect("fits");
    assert_eq!(load(&mut store, "p1").len(), 1);
    assert_eq!(store.kept().len(), 1);
}

#[test]
fn reset_clears_every_value_of_the_profile() {
    let mut store = memory();
    save(&mut store, "p1", "t1", &one("a", 1)).expect("fits");
    save(&mut store, "p1", "t2", &one("b", 2)).expect("fits");
    gather(&mut store, "p1", |tab| tab == "t1");
    clear(&mut store, "p1");
    assert_eq!(load(&mut store, "p1").len(), 0);
    assert!(store.names("progress.").is_empty());
}

#[test]
fn removing_a_profile_removes_all_it_kept_and_nothing_else() {
    let mut store = memory();
    save(&mut store, "p1", "t", &one("a", 1)).expect("fits");
    save(&mut store, "p1-2", "t", &one("a", 1)).expect("fits");
    store
        .backend_mut()
        .set(&key("round.p1.t"), "{}")
        .expect("fits");
    store
        .backend_mut()
        .set(&key("round.p1"), "{}")
        .expect("fits");
    store
        .backend_mut()
        .set(&key("round.p1-2.t"), "{}")
        .expect("fits");
    remove_profile(&mut store, "p1");
    assert_eq!(profiles_with_answers(&store), ["p1-2"]);
    assert_eq!(store.names("round."), ["round.p1-2.t"]);
}

#[test]
fn a_month_left_alone_refuses_the_answer_and_says_so() {
    let mut store = memory();
    store
        .backend_mut()
        .set(&key("progress.p1.2024-01.t1"), r#"{"v":99,"data":{}}"#)
        .expect("fits");
    assert_eq!(load(&mut store, "p1").len(), 0);
    assert_eq!(
        save(&mut store, "p1", "t1", &one("a", 1)),
        Err(WriteError::Frozen)
    );
    assert_eq!(
        raw(&store, "progress.p1.2024-01.t1").as_deref(),
        Some(r#"{"v":99,"data":{}}"#)
    );
}

#[test]
fn the_union_of_logs_is_the_log_of_all_their_answers() {
    // Two logs that share answers (the same moment and choices, on the same scenario),
    // and a third on scenarios of its own.
    let make = |from: u64, to: u64, ids: u64| {
        Progress::from_attempts((from..to).map(|i| {
            let roles: &[Role] = if i % 2 == 0 {
                &[Role::Buyer]
            } else {
                &[Role::User]
            };
            (
                format!("s{}", i % ids),
                attempt(at(i % 40, 9), roles, Outcome::Right),
            )
        }))
    };
    let logs = [make(0, 300, 5), make(200, 500, 5), make(0, 50, 9)];
    let expected = Progress::from_attempts(
        logs.iter()
            .flat_map(Progress::attempts)
            .map(|(id, attempt)| (id.to_string(), attempt.clone())),
    );
    assert_eq!(union(logs.iter()), expected);
    assert!(union(logs.iter()).len() < logs.iter().map(Progress::len).sum::<usize>());
}
