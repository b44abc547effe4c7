//! How progress and profiles are stored: their names under [`crate::stored::key`], their
//! schema versions and migrations, read and written through [`crate::stored`]'s envelopes.
//!
//! Version 1 of progress (the `data` of the envelope):
//! `{"attempts": {"<scenario id>": [[answered_at ms, [["role-key", …] per part], "right" |
//! "partly" | "wrong", score percent, "guess" | "unsure" | "sure"], …]}}`, each scenario's
//! attempts oldest first.
//! Version 2 of progress is version 1 with one more kind of answer: a chosen step of an
//! approach question is its number (`[[2]]`) where a role is its key. Every version 1
//! value is a valid version 2 value, so the migration changes nothing; the version tells
//! an older app that it cannot read the value, so it leaves it alone.
//! Version 1 of profiles: `{"learners": [{"id", "name", "created_at"}], "active": id}`.
//!
//! Where they are stored: the profile list under `profiles`; a profile's answers one
//! month per value ([`super::buckets`]), each a progress value as above.
//! Fixtures of every version live in `tests/fixtures/`, and a test reads each.

use super::profiles::Profiles;
use super::record::Progress;
use crate::stored::{decode, encode, Decoded, Migration, StoredValue};

impl Progress {
    /// The current schema version of stored progress.
    pub const VERSION: u32 = 2;

    /// Upgrades from older versions: `MIGRATIONS[i]` turns version `i + 1` into `i + 2`.
    pub const MIGRATIONS: &'static [Migration] = &[steps_added];

    /// Reads stored progress: missing, readable (migrated if old), corrupt, or newer.
    pub fn decode(raw: Option<&str>) -> Decoded<Progress> {
        decode(raw, Progress::VERSION, Progress::MIGRATIONS)
    }

    /// The stored form, in its envelope.
    pub fn encode(&self) -> String {
        encode(self, Progress::VERSION)
    }
}

impl StoredValue for Progress {
    const VERSION: u32 = Progress::VERSION;
    const MIGRATIONS: &'static [Migration] = Progress::MIGRATIONS;

    /// The union of both logs: no answer lost, none counted twice.
    fn merge(mut self, other: Progress) -> Progress {
        self.merge_from(&other);
        self
    }
}

impl StoredValue for Profiles {
    const VERSION: u32 = Profiles::VERSION;
    const MIGRATIONS: &'static [Migration] = Profiles::MIGRATIONS;

    /// Every profile either copy knows; names and the active profile from `self`.
    fn merge(mut self, other: Profiles) -> Profiles {
        self.adopt_all(other.learners());
        self
    }
}

/// Version 1 to 2: approach questions added step numbers as answers; a version 1 log
/// holds only role keys, which version 2 reads as they are.
fn steps_added(data: serde_json::Value) -> Result<serde_json::Value, String> {
    Ok(data)
}

impl Profiles {
    /// The storage name of the profile list.
    pub const NAME: &'static str = "profiles";

    /// The current schema version of the stored profile list.
    pub const VERSION: u32 = 1;

    /// Upgrades from older versions, as for progress.
    pub const MIGRATIONS: &'static [Migration] = &[];

    /// Reads the stored profile list.
    pub fn decode(raw: Option<&str>) -> Decoded<Profiles> {
        decode(raw, Profiles::VERSION, Profiles::MIGRATIONS)
    }

    /// The stored form, in its envelope.
    pub fn encode(&self) -> String {
        encode(self, Profiles::VERSION)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::sample;

    #[test]
    fn progress_round_trips_through_its_envelope() {
        let raw = sample().encode();
        assert!(raw.starts_with(r#"{"v":2,"data":{"attempts":{"#));
        assert_eq!(Progress::decode(Some(&raw)), Decoded::Ok(sample()));
    }

    #[test]
    fn every_unreadable_progress_value_is_corrupt_never_empty() {
        let junk = "{".repeat(2_000_000);
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let valid = sample().encode();
        let truncated = &valid[..valid.len() / 2];
        for raw in [
            "",
            " \n",
            "null",
            "42",
            "\"text\"",
            "[]",
            truncated,
            r#"{"v":1}"#,
            r#"{"v":1,"data":null}"#,
            r#"{"v":1,"data":{}}"#,
            r#"{"v":1,"data":{"attempts":[]}}"#,
            r#"{"v":1,"data":{"attempts":{"a":{}}}}"#,
            r#"{"v":1,"data":{"attempts":{"a":[[-1,[],"right",1,"sure"]]}}}"#,
            r#"{"v":1,"data":{"attempts":{"a":[[1,[["boss"]],"right",1,"sure"]]}}}"#,
            r#"{"v":1,"data":{"attempts":{"a":[[1,[],"meh",1,"sure"]]}}}"#,
            r#"{"v":1,"data":{"attempts":{"a":[[1,[],"right",300,"sure"]]}}}"#,
            r#"{"v":1,"data":{"attempts":{"a":[[1,[],"right",1]]}}}"#,
            r#"{"v":1,"data":{"attempts":{"a":[[1,[],"right",1,"sure","extra"]]}}}"#,
            r#"{"v":1,"data":{"attempts":{"a":[{"t":1,"c":[],"o":"right","p":1,"k":"sure"}]}}}"#,
            r#"{"v":"1","data":{"attempts":{}}}"#,
            junk.as_str(),
            deep.as_str(),
        ] {
            assert!(
                matches!(Progress::decode(Some(raw)), Decoded::Corrupt(_)),
                "{}",
                &raw[..raw.len().min(60)]
            );
        }
    }

    #[test]
    fn progress_from_a_newer_app_is_left_alone() {
        assert_eq!(
            Progress::decode(Some(r#"{"v":3,"data":{"answers":[]}}"#)),
            Decoded::Newer(3)
        );
    }

    #[test]
    fn profiles_round_trip_through_their_envelope() {
        let mut profiles = Profiles::new("Anna", 1).expect("valid");
        profiles.add("Bram", 2).expect("valid");
        let raw = profiles.encode();
        assert_eq!(Profiles::decode(Some(&raw)), Decoded::Ok(profiles));
        assert!(matches!(
            Profiles::decode(Some(r#"{"v":1,"data":{"learners":[],"active":"x"}}"#)),
            Decoded::Corrupt(_)
        ));
        assert_eq!(Profiles::decode(None), Decoded::Missing);
    }
}
