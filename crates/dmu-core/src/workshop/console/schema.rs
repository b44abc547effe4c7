//! How a stored workshop session from an earlier version of the app becomes today's, so a
//! trainer who reloads the console after an update finds the session where it was.

use serde_json::{Map, Value};

/// Version 1 (the session alone) to 2: no console runs it yet.
pub(super) fn run_by_nobody(session: Value) -> Result<Value, String> {
    Ok(serde_json::json!({ "console": "", "generation": 0, "session": session }))
}

/// Version 2 to 3: the votes and the timer's state name their kind as the key
/// (`{"teams": {"picks": …}}`) instead of in a field beside the rest (`{"mode": "teams",
/// "picks": …}`). serde reads the first form with far less code, which the workshop's
/// bundle is smaller for.
pub(super) fn tagged_by_key(mut held: Value) -> Result<Value, String> {
    let Some(session) = held.get_mut("session").filter(|s| !s.is_null()) else {
        return Ok(held);
    };
    if let Some(items) = session.get_mut("items").and_then(Value::as_array_mut) {
        for votes in items.iter_mut().filter_map(|item| item.get_mut("votes")) {
            tag_by_key(votes, "mode")?;
        }
    }
    if let Some(state) = session.get_mut("timer").and_then(|t| t.get_mut("state")) {
        tag_by_key(state, "state")?;
    }
    Ok(held)
}

/// `{"<tag>": "kind", …rest}` becomes `{"kind": {…rest}}`. Built with `insert` alone:
/// a map's `remove` and `from_iter` would each add kilobytes of tree code to the bundle.
fn tag_by_key(value: &mut Value, tag: &str) -> Result<(), String> {
    let Value::Object(fields) = value.take() else {
        return Err(format!("expected an object with a \"{tag}\""));
    };
    let mut kind = None;
    let mut rest = Map::new();
    for (key, field) in fields {
        match field {
            Value::String(name) if key == tag => kind = Some(name),
            field => {
                rest.insert(key, field);
            }
        }
    }
    let Some(kind) = kind else {
        return Err(format!("\"{tag}\" is missing or not a name"));
    };
    let mut tagged = Map::new();
    tagged.insert(kind, Value::Object(rest));
    *value = Value::Object(tagged);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{read, save, seat, Seat, NAME};
    use crate::stored::{key, Backend, MemoryBackend, Store};
    use crate::workshop::{Letter, Phase, Stage, TimerState, Votes};

    /// A session in teams, voting on its first scenario with the timer running, as
    /// version 2 of the app stored it.
    const V2: &str = r#"{"v":2,"data":{"console":"tab-1","generation":4,"session":{"pick":{"set":"industry"},"seed":7,"items":[{"scenario":"contract","order":[2,1,3,0],"phase":"voting","votes":{"mode":"teams","picks":[[],["B"]]}},{"scenario":"tester","order":[3,1,2,0],"phase":"question","votes":{"mode":"teams","picks":[[],[]]}},{"scenario":"profile","order":[1,0],"phase":"question","votes":{"mode":"teams","picks":[[],[]]}}],"skipped":[{"id":"case","reason":"case"}],"stage":{"playing":0},"teams":{"names":["Rood","Blauw"]},"timer":{"length_ms":60000,"state":{"state":"running","ends_at_ms":61000}}}}}"#;

    /// A session in the lobby with room votes, as version 1 stored it (the session alone).
    const V1: &str = r#"{"v":1,"data":{"pick":{"set":"industry"},"seed":7,"items":[{"scenario":"contract","order":[2,1,3,0],"phase":"question","votes":{"mode":"room","counts":[0,3,0,0,0,0]}}],"skipped":[],"stage":"lobby","teams":null,"timer":{"length_ms":60000,"state":{"state":"ready","remaining_ms":60000}}}}"#;

    fn stored(raw: &str) -> Store<MemoryBackend> {
        let mut store = Store::new(MemoryBackend::new());
        store.backend_mut().set(&key(NAME), raw).expect("fits");
        store
    }

    #[test]
    fn a_session_of_version_2_reads_with_its_votes_and_timer() {
        let mut store = stored(V2);
        let held = read(&mut store).expect("readable").expect("there");
        assert_eq!((held.console.as_str(), held.generation), ("tab-1", 4));
        let session = held.session.expect("a session");
        assert_eq!(session.stage(), Stage::Playing(0));
        let item = &session.items()[0];
        assert_eq!(item.phase, Phase::Voting);
        let Votes::Teams { picks } = &item.votes else {
            panic!("team votes, not {:?}", item.votes)
        };
        assert!(picks[0].is_empty());
        assert_eq!(
            picks[1].iter().copied().collect::<Vec<_>>(),
            [Letter::ALL[1]]
        );
        assert_eq!(
            session.timer().state(),
            TimerState::Running { ends_at_ms: 61_000 }
        );
    }

    #[test]
    fn a_session_of_version_1_is_run_by_nobody_yet() {
        let mut store = stored(V1);
        let held = read(&mut store).expect("readable").expect("there");
        assert_eq!(held.console, "");
        let session = held.session.as_ref().expect("a session");
        assert_eq!(session.items()[0].votes.count(Letter::ALL[1]), 3);
        assert_eq!(
            session.timer().state(),
            TimerState::Ready {
                remaining_ms: 60_000
            }
        );
        assert_eq!(seat(Some(&held), "b", |_| true), Seat::Runs);
        assert_eq!(save(&mut store, "b", held.session.as_ref()), Ok(1));
        let raw = store
            .backend()
            .get(&key(NAME))
            .expect("readable")
            .expect("saved");
        assert!(
            raw.contains(r#""votes":{"room":{"counts":[0,3,0,0,0,0]}}"#),
            "{raw}"
        );
        assert!(
            raw.contains(r#""state":{"ready":{"remaining_ms":60000}}"#),
            "{raw}"
        );
    }

    #[test]
    fn an_ended_session_needs_nothing_moved() {
        let mut store = stored(r#"{"v":2,"data":{"console":"","generation":9,"session":null}}"#);
        let held = read(&mut store).expect("readable").expect("there");
        assert_eq!((held.generation, held.session), (9, None));
    }

    #[test]
    fn votes_without_their_kind_are_damage_not_a_guess() {
        let broken = V2.replacen(r#""mode":"teams","#, "", 1);
        let mut store = stored(&broken);
        assert!(read(&mut store).is_err(), "reported as damaged");
        let mut store = stored(&V2.replacen(r#"{"mode":"teams","picks":[[],["B"]]}"#, "7", 1));
        assert!(read(&mut store).is_err());
    }
}
