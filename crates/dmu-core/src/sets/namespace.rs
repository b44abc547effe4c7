//! Progress keys for imported sets. Progress is stored under scenario ids, and a trainer
//! picks ids freely, so an imported set's ids go into a namespace of their own: they can
//! never meet a built-in id or another imported set's ids.
//!
//! The namespace depends on the set's id only: a trainer who re-imports a changed set
//! (same `id:` in its metadata) gets the same namespace, so every scenario whose id did not
//! change keeps its progress. A set's id is what names it among imported sets; importing a
//! set with the id of one already imported replaces that one.

use super::slug::slugify;
use crate::scenario::ScenarioSet;
use sha2::{Digest, Sha256};

/// What every namespace starts with. No built-in set id does, by the authoring rule that
/// built-in ids are plain words; the `/` in a key is what really keeps them apart.
pub const PREFIX: &str = "u-";

/// Between the namespace and the scenario id in a key. Never in a valid id.
pub const SEPARATOR: char = '/';

/// How much of the set's id the namespace shows, so keys stay short.
const READABLE: usize = 24;

/// An imported set's namespace: `u-<set id>-<8 hex digits of a hash of the set id>`,
/// e.g. `u-bouw-5f1c0a9e`. The hash keeps two long ids that share their first 24
/// characters apart.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Namespace(String);

impl Namespace {
    /// The namespace of the set with this id: the same for every import of it.
    pub fn of(set_id: &str) -> Namespace {
        let mut readable = slugify(set_id);
        readable.truncate(READABLE);
        let readable = readable.trim_end_matches('-');
        let digest = Sha256::digest(set_id.as_bytes());
        let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
        let name = if readable.is_empty() {
            format!("{PREFIX}{hash}")
        } else {
            format!("{PREFIX}{readable}-{hash}")
        };
        Namespace(name)
    }

    /// A namespace as stored beside a set: one this module could have made (the prefix,
    /// then lowercase letters, digits and `-`), else `None`.
    pub fn from_stored(name: &str) -> Option<Namespace> {
        let rest = name.strip_prefix(PREFIX)?;
        let valid = !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        valid.then(|| Namespace(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The progress key of one of the set's scenarios: `<namespace>/<scenario id>`.
    pub fn key(&self, scenario_id: &str) -> String {
        format!("{}{SEPARATOR}{scenario_id}", self.0)
    }

    /// The scenario id a key names, if the key is in this namespace (the inverse of
    /// [`Namespace::key`]).
    pub fn scenario_id<'k>(&self, key: &'k str) -> Option<&'k str> {
        let (namespace, id) = split_key(key)?;
        (namespace == self.0).then_some(id)
    }

    /// The set with every scenario id turned into its key and the set's id into the
    /// namespace, to sit in a library beside the built-in sets without a clash.
    pub fn apply(&self, set: &ScenarioSet) -> ScenarioSet {
        let mut set = set.clone();
        set.id = self.0.clone();
        for scenario in &mut set.scenarios {
            scenario.id = self.key(&scenario.id);
        }
        set
    }
}

/// The namespace and scenario id of an imported set's key; `None` for a built-in id.
pub fn split_key(key: &str) -> Option<(&str, &str)> {
    let (namespace, id) = key.split_once(SEPARATOR)?;
    (namespace.starts_with(PREFIX) && !id.is_empty()).then_some((namespace, id))
}

/// Whether a stored key belongs to an imported set.
pub fn is_imported(key: &str) -> bool {
    split_key(key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::fixtures::set;

    #[test]
    fn a_namespace_shows_the_set_id_and_a_hash_of_it() {
        let ns = Namespace::of("bouw");
        let name = ns.as_str();
        assert!(name.starts_with("u-bouw-"), "{name}");
        let hash = name.trim_start_matches("u-bouw-");
        assert_eq!(hash.len(), 8);
        assert!(hash.chars().all(|c| c.is_ascii_hexdigit()), "{hash}");
        // A valid id of the content format itself: lowercase letters, digits and '-'.
        assert!(name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
    }

    #[test]
    fn the_namespace_is_stable_and_differs_per_set_id() {
        assert_eq!(Namespace::of("bouw"), Namespace::of("bouw"));
        assert_ne!(Namespace::of("bouw"), Namespace::of("zorg"));
        // Long ids that share the readable part still differ by their hash.
        let a = "een-heel-lang-set-id-dat-doorgaat-a";
        let b = "een-heel-lang-set-id-dat-doorgaat-b";
        assert_ne!(Namespace::of(a), Namespace::of(b));
        assert!(Namespace::of(a).as_str().len() <= PREFIX.len() + READABLE + 9);
        assert!(Namespace::of("王").as_str().starts_with("u-"));
        assert_eq!(Namespace::of("王").as_str().len(), 2 + 8);
    }

    #[test]
    fn a_stored_namespace_is_taken_only_if_it_could_be_one() {
        let ns = Namespace::of("bouw");
        assert_eq!(Namespace::from_stored(ns.as_str()), Some(ns));
        for bad in ["bouw", "u-", "u-a/b", "u-Bouw", "", "u-x y"] {
            assert_eq!(Namespace::from_stored(bad), None, "{bad}");
        }
    }

    #[test]
    fn keys_map_to_scenario_ids_and_back() {
        let ns = Namespace::of("bouw");
        let key = ns.key("vraag-1");
        assert_eq!(key, format!("{}/vraag-1", ns.as_str()));
        assert_eq!(ns.scenario_id(&key), Some("vraag-1"));
        assert_eq!(split_key(&key), Some((ns.as_str(), "vraag-1")));
        assert!(is_imported(&key));
        assert_eq!(Namespace::of("zorg").scenario_id(&key), None);
        for builtin in ["bouw-uitvoerder-bouwkeet", "u-bouw", "", "/x", "u-x/"] {
            assert!(!is_imported(builtin), "{builtin}");
            assert_eq!(ns.scenario_id(builtin), None, "{builtin}");
        }
    }

    #[test]
    fn imported_keys_never_meet_builtin_ids_or_each_other() {
        // A trainer's set that reuses a built-in set's id and scenario ids.
        let builtin = set("bouw", &["bouw-uitvoerder-bouwkeet", "vraag"]);
        let imported = set("bouw", &["bouw-uitvoerder-bouwkeet", "vraag"]);
        let other = set("zorg", &["vraag"]);
        let a = Namespace::of(&imported.id).apply(&imported);
        let b = Namespace::of(&other.id).apply(&other);
        let mut ids: Vec<&str> = builtin
            .scenarios
            .iter()
            .chain(&a.scenarios)
            .chain(&b.scenarios)
            .map(|s| s.id.as_str())
            .collect();
        let all = ids.len();
        crate::order::sort(&mut ids);
        ids.dedup();
        assert_eq!(ids.len(), all, "{ids:?}");
        assert_ne!(a.id, builtin.id);
        assert_eq!(a.id, Namespace::of("bouw").as_str());
    }

    #[test]
    fn re_importing_a_changed_set_keeps_the_keys_of_unchanged_ids() {
        let first = set("mijn-set", &["a", "b", "c"]);
        let mut changed = set("mijn-set", &["a", "c", "d"]);
        changed.title = "Nieuwe titel".into();
        changed.scenarios[0].question = "Anders gevraagd".into();
        let before = Namespace::of(&first.id).apply(&first);
        let after = Namespace::of(&changed.id).apply(&changed);
        let keys =
            |s: &ScenarioSet| -> Vec<String> { s.scenarios.iter().map(|s| s.id.clone()).collect() };
        let (before, after) = (keys(&before), keys(&after));
        let kept: Vec<&String> = after.iter().filter(|k| before.contains(k)).collect();
        let ns = Namespace::of("mijn-set");
        assert_eq!(kept, vec![&ns.key("a"), &ns.key("c")]);
    }
}
