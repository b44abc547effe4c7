//! What the app keeps in the browser, and every rule for keeping it: values in versioned
//! envelopes ([`envelope`]), the one interface to the browser's storage ([`Backend`]), and
//! the [`Store`] that reads and writes through it so that nothing is ever lost: a damaged
//! value is kept apart once ([`backup`]), a value from a newer app or one the browser
//! could not read is never overwritten, and every failure becomes a [`Notice`] that says
//! what happened and what the learner can do.
//!
//! The browser adapter (`dmu-browser`'s `storage`) implements [`Backend`] on gloo-storage
//! and runs the multi-key changes under a cross-tab lock; the rules live here, tested on
//! [`MemoryBackend`].

pub mod backend;
pub mod backup;
pub mod envelope;
pub mod notice;
pub mod store;
pub mod value;

pub use backend::{Backend, MemoryBackend, WriteFailure};
pub use backup::{Kept, BACKUP_BUDGET};
pub use envelope::{decode, encode, Decoded, Envelope, Migration};
pub use notice::{Notice, Subject};
pub use store::{Store, Unusable, WriteError};
pub use value::StoredValue;

/// Every key starts with this, so the app's data is easy to find and never collides.
pub const KEY_PREFIX: &str = "dmu-trainer";

/// The storage key for a value, e.g. `dmu-trainer.profiles`.
pub fn key(name: &str) -> String {
    format!("{KEY_PREFIX}.{name}")
}

/// The value name a storage key holds (`dmu-trainer.profiles` gives `profiles`); `None`
/// for a key that is not the app's.
pub fn name_of(key: &str) -> Option<&str> {
    key.strip_prefix(KEY_PREFIX)?.strip_prefix('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_keys_map_both_ways() {
        assert_eq!(key("progress.p5"), "dmu-trainer.progress.p5");
        assert_eq!(name_of("dmu-trainer.progress.p5"), Some("progress.p5"));
        assert_eq!(name_of("dmu-trainerx.progress"), None);
        assert_eq!(name_of("other.progress"), None);
    }
}
