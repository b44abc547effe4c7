//! What the app keeps in the browser, and the rules for reading it back: every value sits
//! in an envelope with a schema version; a value that cannot be read is reported (the
//! adapter moves it to a backup key), and a value from a newer app is never touched.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Every key starts with this, so the app's data is easy to find and never collides.
pub const KEY_PREFIX: &str = "dmu-trainer";

/// The storage key for a value, e.g. `dmu-trainer.prefs`.
pub fn key(name: &str) -> String {
    format!("{KEY_PREFIX}.{name}")
}

/// The key a value that could not be read is moved to, stamped with a time (ms) so
/// several backups never overwrite each other.
pub fn backup_key(name: &str, now_ms: u64) -> String {
    format!("{KEY_PREFIX}.backup.{name}.{now_ms}")
}

/// A stored value with the schema version it was written with.
#[derive(Debug, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub v: u32,
    pub data: T,
}

/// What reading a stored value gave.
#[derive(Debug, PartialEq)]
pub enum Decoded<T> {
    /// Nothing stored yet.
    Missing,
    Ok(T),
    /// Present but unreadable; the reason is for the notice the learner sees.
    Corrupt(String),
    /// Written by a newer version of the app: leave it alone.
    Newer(u32),
}

/// A schema migration: turns the `data` of version `from` into version `from + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// Reads a stored value of schema `current`. `migrations[i]` upgrades version `i + 1` to
/// `i + 2`, so old data moves forward step by step.
pub fn decode<T: DeserializeOwned>(
    raw: Option<&str>,
    current: u32,
    migrations: &[Migration],
) -> Decoded<T> {
    let Some(raw) = raw else {
        return Decoded::Missing;
    };
    if raw.trim().is_empty() {
        return Decoded::Corrupt("the stored value is empty".into());
    }
    let envelope: Envelope<Value> = match serde_json::from_str(raw) {
        Ok(envelope) => envelope,
        Err(error) => return Decoded::Corrupt(format!("not a readable envelope: {error}")),
    };
    if envelope.v > current {
        return Decoded::Newer(envelope.v);
    }
    if envelope.v == 0 {
        return Decoded::Corrupt("schema version 0 does not exist".into());
    }
    let mut data = envelope.data;
    for version in envelope.v..current {
        let Some(migrate) = migrations.get(version as usize - 1) else {
            return Decoded::Corrupt(format!("no migration from version {version}"));
        };
        data = match migrate(data) {
            Ok(data) => data,
            Err(error) => {
                return Decoded::Corrupt(format!(
                    "migration from version {version} failed: {error}"
                ))
            }
        };
    }
    match serde_json::from_value(data) {
        Ok(value) => Decoded::Ok(value),
        Err(error) => Decoded::Corrupt(format!("unexpected content: {error}")),
    }
}

/// Writes a value in its envelope.
pub fn encode<T: Serialize>(value: &T, version: u32) -> String {
    serde_json::to_string(&Envelope {
        v: version,
        data: value,
    })
    .expect("app values serialise")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// A stored value for these tests (the shape the settings had as JSON).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    struct Prefs {
        lang: Lang,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        last: Option<String>,
    }

    impl Prefs {
        const VERSION: u32 = 1;
    }

    fn prefs(raw: Option<&str>) -> Decoded<Prefs> {
        decode(raw, Prefs::VERSION, &[])
    }

    #[test]
    fn a_written_value_reads_back() {
        let raw = encode(
            &Prefs {
                lang: Lang::En,
                last: None,
            },
            Prefs::VERSION,
        );
        assert_eq!(raw, r#"{"v":1,"data":{"lang":"en"}}"#);
        assert_eq!(
            prefs(Some(&raw)),
            Decoded::Ok(Prefs {
                lang: Lang::En,
                last: None
            })
        );
        let with_place = Prefs {
            lang: Lang::Nl,
            last: Some("#/quiz".into()),
        };
        assert_eq!(
            prefs(Some(&encode(&with_place, Prefs::VERSION))),
            Decoded::Ok(with_place)
        );
    }

    #[test]
    fn nothing_stored_is_missing() {
        assert_eq!(prefs(None), Decoded::Missing);
    }

    #[test]
    fn unreadable_values_are_corrupt_never_defaulted() {
        let garbage = "x".repeat(3_000_000);
        for raw in [
            "",
            "   ",
            "{\"v\":1,\"data\":{\"lang\":",
            "{\"v\":1,\"data\":{\"lang\":42}}",
            "[1,2]",
            "null",
            "{\"v\":0,\"data\":{}}",
            garbage.as_str(),
        ] {
            assert!(
                matches!(prefs(Some(raw)), Decoded::Corrupt(_)),
                "{}",
                &raw[..raw.len().min(40)]
            );
        }
    }

    #[test]
    fn a_newer_version_is_left_alone() {
        assert_eq!(
            prefs(Some(r#"{"v":7,"data":{"whatever":true}}"#)),
            Decoded::Newer(7)
        );
    }

    #[test]
    fn old_versions_migrate_step_by_step() {
        fn v1_to_v2(mut data: Value) -> Result<Value, String> {
            let code = data["language"].as_str().ok_or("no language")?.to_string();
            data = serde_json::json!({ "lang": code });
            Ok(data)
        }
        fn v2_to_v3(data: Value) -> Result<Value, String> {
            Ok(data)
        }
        let old = r#"{"v":1,"data":{"language":"en"}}"#;
        assert_eq!(
            decode::<Prefs>(Some(old), 3, &[v1_to_v2, v2_to_v3]),
            Decoded::Ok(Prefs {
                lang: Lang::En,
                last: None
            })
        );
        let broken = r#"{"v":1,"data":{"taal":"en"}}"#;
        assert!(
            matches!(decode::<Prefs>(Some(broken), 3, &[v1_to_v2, v2_to_v3]), Decoded::Corrupt(m) if m.contains("no language"))
        );
        assert!(
            matches!(decode::<Prefs>(Some(old), 3, &[v1_to_v2]), Decoded::Corrupt(m) if m.contains("no migration"))
        );
    }

    #[test]
    fn backup_keys_are_unique_per_moment() {
        assert_eq!(key("prefs"), "dmu-trainer.prefs");
        assert_ne!(backup_key("prefs", 1), backup_key("prefs", 2));
    }
}
