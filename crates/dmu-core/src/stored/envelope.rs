//! The envelope every stored value sits in, `{"v": <schema version>, "data": …}`, and the
//! rules for reading one back: old versions migrate step by step, a value that cannot be
//! read is reported as damaged (never defaulted), and a value from a newer app is named as
//! such so that this one leaves it alone.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A stored value with the schema version it was written with. Read with `v` as any JSON
/// value (see [`schema_version`]), written with a number.
#[derive(Debug, Serialize, Deserialize)]
pub struct Envelope<V, T> {
    pub v: V,
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
    match decode_value(raw, current, migrations) {
        Decoded::Ok(data) => match serde_json::from_value(data) {
            Ok(value) => Decoded::Ok(value),
            Err(error) => Decoded::Corrupt(format!("unexpected content: {error}")),
        },
        Decoded::Missing => Decoded::Missing,
        Decoded::Corrupt(why) => Decoded::Corrupt(why),
        Decoded::Newer(v) => Decoded::Newer(v),
    }
}

/// [`decode`] up to the migrated `data`, as JSON: the part that is the same for every
/// type, kept out of the generic function so the app's bundle holds it once.
pub fn decode_value(raw: Option<&str>, current: u32, migrations: &[Migration]) -> Decoded<Value> {
    let Some(raw) = raw else {
        return Decoded::Missing;
    };
    if raw.trim().is_empty() {
        return Decoded::Corrupt("the stored value is empty".into());
    }
    let envelope: Envelope<Value, Value> = match serde_json::from_str(raw) {
        Ok(envelope) => envelope,
        Err(error) => return Decoded::Corrupt(format!("not a readable envelope: {error}")),
    };
    let from = match schema_version(&envelope.v) {
        Ok(v) if v > current => return Decoded::Newer(v),
        Ok(v) => v,
        Err(why) => return Decoded::Corrupt(why),
    };
    let mut data = envelope.data;
    for version in from..current {
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
    Decoded::Ok(data)
}

/// Writes a value in its envelope.
pub fn encode<T: Serialize>(value: &T, version: u32) -> String {
    serde_json::to_string(&Envelope {
        v: version,
        data: value,
    })
    .expect("app values serialise")
}

/// A schema version as stored: a whole number from 1 up. One too large for any integer
/// type is still a version, from an app far newer than this one (saturated to `u32::MAX`),
/// never "missing" or "damaged".
pub fn schema_version(v: &Value) -> Result<u32, String> {
    let whole = match v {
        Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f > 0.0)
                .map(|_| u64::MAX)
        }),
        _ => None,
    };
    match whole {
        None => Err(format!("the schema version {v} is not a whole number")),
        Some(0) => Err("schema version 0 does not exist".into()),
        Some(v) => Ok(u32::try_from(v).unwrap_or(u32::MAX)),
    }
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
    fn a_version_too_large_for_any_integer_is_newer_not_damaged() {
        assert_eq!(
            prefs(Some(r#"{"v":4294967296,"data":{}}"#)),
            Decoded::Newer(u32::MAX)
        );
        assert_eq!(
            prefs(Some(r#"{"v":123456789012345678901234567890,"data":{}}"#)),
            Decoded::Newer(u32::MAX)
        );
        for odd in [
            r#"{"v":1.5,"data":{}}"#,
            r#"{"v":-1,"data":{}}"#,
            r#"{"v":"1","data":{}}"#,
        ] {
            assert!(matches!(prefs(Some(odd)), Decoded::Corrupt(_)), "{odd}");
        }
    }
}
