//! Backups of damaged values: a value the app cannot read is copied, byte for byte, to a
//! key named after what it was and a fingerprint of its text, so the same damaged bytes
//! are kept once however often and in however many tabs they are read. Backups together
//! may take at most [`BACKUP_BUDGET`] characters: a damaged value that does not fit stays
//! where it is, untouched, instead of filling the storage.

use super::{key, name_of};

/// The most characters all backups together may take (keys included): about 2 MB in a
/// browser that counts two bytes a character, under half of the smallest usual quota.
pub const BACKUP_BUDGET: usize = 1_000_000;

/// What the storage names a backup after, between the prefix and the fingerprint.
const BACKUP: &str = "backup";

/// A damaged value that is kept, for the learner to export or discard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// The full storage key the text is under now.
    pub key: String,
    /// The name of the value it was (`profiles`, `progress.p5.2026-12`).
    pub name: String,
    /// Its size in characters.
    pub chars: usize,
    /// `true` when it could not be copied and stays under its own name, which the app then
    /// does not write until the learner discards it.
    pub in_place: bool,
}

/// A fingerprint of a text: 64-bit FNV-1a. Not for security (nobody gains by a
/// collision): it only tells the same damaged bytes apart from other ones.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The key a damaged value of `name` with this text is kept under.
pub fn backup_key(name: &str, text: &str) -> String {
    key(&format!("{BACKUP}.{name}.{:016x}", fingerprint(text)))
}

/// The name of the value a backup key holds a copy of; `None` if it is no backup key.
/// Earlier versions stamped backups with the time in ms instead of a fingerprint; those
/// are backups too, listed and counted like the others.
pub fn backed_up_name(storage_key: &str) -> Option<&str> {
    let rest = name_of(storage_key)?
        .strip_prefix(BACKUP)?
        .strip_prefix('.')?;
    let (name, stamp) = rest.rsplit_once('.')?;
    let stamp_ok = (1..=20).contains(&stamp.len()) && stamp.bytes().all(|b| b.is_ascii_hexdigit());
    (!name.is_empty() && stamp_ok).then_some(name)
}

/// Whether a copy of `chars` characters under `key_len` fits beside backups that take
/// `used` characters already.
pub fn fits(used: usize, key_len: usize, chars: usize) -> bool {
    used.saturating_add(key_len).saturating_add(chars) <= BACKUP_BUDGET
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_bytes_get_the_same_key_and_other_bytes_another() {
        let a = backup_key("profiles", "{\"v\":1,\"da");
        assert_eq!(a, backup_key("profiles", "{\"v\":1,\"da"));
        assert_ne!(a, backup_key("profiles", "{\"v\":1,\"dat"));
        assert_ne!(a, backup_key("progress.p5", "{\"v\":1,\"da"));
        assert!(a.starts_with("dmu-trainer.backup.profiles."));
    }

    #[test]
    fn a_backup_key_names_what_it_holds() {
        let k = backup_key("progress.p5.2026-12", "x");
        assert_eq!(backed_up_name(&k), Some("progress.p5.2026-12"));
        for other in [
            "dmu-trainer.profiles",
            "dmu-trainer.backup.profiles",
            "dmu-trainer.backup.profiles.",
            "dmu-trainer.backup..0123456789abcdef",
            "dmu-trainer.backup.profiles.0123456789abcdeg",
            "elsewhere.backup.profiles.0123456789abcdef",
        ] {
            assert_eq!(backed_up_name(other), None, "{other}");
        }
        // Backups made by earlier versions (a time stamp) count as backups too.
        assert_eq!(
            backed_up_name("dmu-trainer.backup.progress.p5.1718000000000"),
            Some("progress.p5")
        );
    }

    #[test]
    fn the_budget_is_kept() {
        assert!(fits(0, 40, BACKUP_BUDGET - 40));
        assert!(!fits(0, 40, BACKUP_BUDGET - 39));
        assert!(!fits(BACKUP_BUDGET, 0, 1));
        assert!(!fits(usize::MAX, 1, 1));
    }

    #[test]
    fn the_fingerprint_is_fnv_1a() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
