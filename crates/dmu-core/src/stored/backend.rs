//! The one interface to where values are kept: the browser's local storage in the app (the
//! adapter in `dmu-browser`, on gloo-storage), a map in memory when storage is blocked and
//! in the tests. Keys here are full storage keys (`dmu-trainer.progress.p5.2026-12`).

use serde::Serialize;
use std::collections::BTreeMap;

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteFailure {
    /// The storage is full (the browser's quota); what was stored before is still there.
    Full,
    /// The browser refused for another reason, which it gave.
    Refused(String),
}

/// Where values are kept.
pub trait Backend {
    /// The text under `key`: `Ok(None)` when there is none, `Err` (the browser's reason)
    /// when it could not be read. A failed read is never "no value".
    fn get(&self, key: &str) -> Result<Option<String>, String>;

    /// Stores text as it is (a backup, kept byte for byte).
    fn set(&mut self, key: &str, text: &str) -> Result<(), WriteFailure>;

    /// Stores a value as JSON.
    fn put<T: Serialize>(&mut self, key: &str, value: &T) -> Result<(), WriteFailure> {
        let text =
            serde_json::to_string(value).map_err(|e| WriteFailure::Refused(e.to_string()))?;
        self.set(key, &text)
    }

    fn remove(&mut self, key: &str);

    /// Every key there is (the app's and any other).
    fn keys(&self) -> Vec<String>;
}

/// Values in memory, with an optional quota in characters (keys and values, as browsers
/// count them) to test what a full storage does.
#[derive(Clone, Debug, Default)]
pub struct MemoryBackend {
    values: BTreeMap<String, String>,
    /// The most characters it holds; `None` for no limit.
    pub quota: Option<usize>,
    /// Keys whose reads fail, as a browser's sometimes do.
    pub unreadable: Vec<String>,
}

impl MemoryBackend {
    pub fn new() -> MemoryBackend {
        MemoryBackend::default()
    }

    /// A store that holds at most `chars` characters.
    pub fn with_quota(chars: usize) -> MemoryBackend {
        MemoryBackend {
            quota: Some(chars),
            ..MemoryBackend::default()
        }
    }

    /// The characters held, keys included.
    pub fn used(&self) -> usize {
        self.values.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// The raw text under a key, for tests.
    pub fn raw(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        if self.unreadable.iter().any(|k| k == key) {
            return Err("the browser could not read it".into());
        }
        Ok(self.values.get(key).cloned())
    }

    fn set(&mut self, key: &str, text: &str) -> Result<(), WriteFailure> {
        if let Some(quota) = self.quota {
            let before = self.values.get(key).map_or(0, |v| key.len() + v.len());
            if self.used() - before + key.len() + text.len() > quota {
                return Err(WriteFailure::Full);
            }
        }
        self.values.insert(key.to_string(), text.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.values.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.values.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_memory_store_refuses_and_keeps_what_it_had() {
        let mut memory = MemoryBackend::with_quota(20);
        memory.set("a", "0123456789").expect("fits");
        assert_eq!(memory.set("b", "0123456789"), Err(WriteFailure::Full));
        // Replacing a value counts only the difference.
        memory
            .set("a", "0123456789012345678")
            .expect("fits in place");
        assert_eq!(
            memory.get("a").expect("readable").map(|v| v.len()),
            Some(19)
        );
        assert_eq!(memory.get("b"), Ok(None));
    }

    #[test]
    fn an_unreadable_key_is_an_error_not_nothing() {
        let mut memory = MemoryBackend::new();
        memory.set("a", "1").expect("fits");
        memory.unreadable.push("a".into());
        assert!(memory.get("a").is_err());
    }
}
