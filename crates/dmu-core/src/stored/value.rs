//! What every stored value says about itself: its schema version, how older versions
//! migrate, and how two copies of it merge (a copy another tab stored, an imported file).

use super::envelope::Migration;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A value the app keeps in storage, in an envelope ([`super::envelope`]).
pub trait StoredValue: Serialize + DeserializeOwned {
    /// The current schema version.
    const VERSION: u32;

    /// Upgrades from older versions: `MIGRATIONS[i]` turns version `i + 1` into `i + 2`.
    const MIGRATIONS: &'static [Migration];

    /// The value that keeps what both copies hold, so that no tab's or device's change is
    /// lost. Each value says what "both" means (a union of answers, the newer round, the
    /// console that owns a session).
    fn merge(self, other: Self) -> Self;
}
