//! Reading and writing stored values so that nothing is lost. The rules:
//!
//! - A value that cannot be read is copied byte for byte to its backup key (once: the key
//!   is a fingerprint of the bytes) and then removed from its own key, so the app can go
//!   on. If the copy does not fit the backup budget or the storage, the value stays where
//!   it is and the app does not write that name until the learner discards or exports it.
//! - A value from a newer app is left alone, and so is one the browser failed to read:
//!   a failed read is never taken for "nothing stored".
//! - Every failure is a [`Notice`]; the same notice is given once.

use super::backend::{Backend, WriteFailure};
use super::backup::{self, backed_up_name, backup_key, Kept};
use super::envelope::{decode_value, Decoded, Envelope, Migration};
use super::notice::{Notice, Subject};
use super::value::StoredValue;
use super::{key, name_of};
use serde_json::Value;

/// Why this app leaves a name alone.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Frozen {
    Newer,
    Unreadable,
    /// Damaged, and too large to copy: kept in place.
    Damaged,
}

/// Why a value that is there cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// From a newer app (its schema version).
    Newer(u32),
    /// The browser failed to read it.
    Unreadable,
    /// Damaged; kept as said in `kept`.
    Damaged(Kept),
}

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    Full,
    Refused(String),
    /// The name is left alone (see [`Unusable`]).
    Frozen,
}

/// The app's stored values on a [`Backend`].
pub struct Store<B: Backend> {
    backend: B,
    /// Names this app leaves alone, and why (a few at most: a list is enough).
    frozen: Vec<(String, Frozen)>,
    notices: Vec<Notice>,
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Store<B> {
        Store {
            backend,
            frozen: Vec::new(),
            notices: Vec::new(),
        }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    pub fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    /// Reads the value under `name`: `Ok(None)` when there is none.
    pub fn read<T: StoredValue>(&mut self, name: &str) -> Result<Option<T>, Unusable> {
        let Some((raw, data)) = self.read_value(name, T::VERSION, T::MIGRATIONS)? else {
            return Ok(None);
        };
        match serde_json::from_value(data) {
            Ok(value) => Ok(Some(value)),
            Err(_) => Err(Unusable::Damaged(self.keep_damaged(name, &raw))),
        }
    }

    /// What [`Store::read`] does before the value takes its type: the stored text and its
    /// migrated data, with every rule for a value that cannot be used. Not generic, so the
    /// app's bundle holds it once.
    fn read_value(
        &mut self,
        name: &str,
        version: u32,
        migrations: &[Migration],
    ) -> Result<Option<(String, Value)>, Unusable> {
        let raw = match self.backend.get(&key(name)) {
            Ok(raw) => raw,
            Err(_) => {
                self.freeze(name, Frozen::Unreadable);
                self.notify(Notice::Unreadable {
                    subject: Subject::of(name),
                });
                return Err(Unusable::Unreadable);
            }
        };
        let Some(raw) = raw else {
            self.unfreeze(name);
            return Ok(None);
        };
        match decode_value(Some(&raw), version, migrations) {
            Decoded::Missing => Ok(None),
            Decoded::Ok(data) => {
                self.unfreeze(name);
                Ok(Some((raw, data)))
            }
            Decoded::Newer(version) => {
                self.freeze(name, Frozen::Newer);
                self.notify(Notice::Newer {
                    subject: Subject::of(name),
                });
                Err(Unusable::Newer(version))
            }
            Decoded::Corrupt(_) => Err(Unusable::Damaged(self.keep_damaged(name, &raw))),
        }
    }

    /// Writes `value` under `name`, unless the name is left alone.
    pub fn write<T: StoredValue>(&mut self, name: &str, value: &T) -> Result<(), WriteError> {
        if self.is_frozen(name) {
            self.notify(Notice::NotSaved {
                subject: Subject::of(name),
            });
            return Err(WriteError::Frozen);
        }
        let envelope = Envelope {
            v: T::VERSION,
            data: value,
        };
        match self.backend.put(&key(name), &envelope) {
            Ok(_) => Ok(()),
            Err(WriteFailure::Full) => {
                self.notify(Notice::Full);
                Err(WriteError::Full)
            }
            Err(WriteFailure::Refused(reason)) => {
                self.notify(Notice::Refused {
                    reason: reason.clone(),
                });
                Err(WriteError::Refused(reason))
            }
        }
    }

    /// Removes the value under `name`, unless the name is left alone.
    pub fn remove(&mut self, name: &str) {
        if !self.is_frozen(name) {
            self.backend.remove(&key(name));
        }
    }

    /// Whether this app leaves `name` alone.
    pub fn is_frozen(&self, name: &str) -> bool {
        self.frozen.iter().any(|(n, _)| n == name)
    }

    /// The names of the app's values that start with `prefix` (e.g. `progress.`).
    pub fn names(&self, prefix: &str) -> Vec<String> {
        self.backend
            .keys()
            .iter()
            .filter_map(|k| name_of(k))
            .filter(|n| n.starts_with(prefix))
            .map(str::to_string)
            .collect()
    }

    /// Every damaged value that is kept: the backups, and those left in place.
    pub fn kept(&self) -> Vec<Kept> {
        let mut kept: Vec<Kept> = self
            .backend
            .keys()
            .into_iter()
            .filter_map(|k| {
                let name = backed_up_name(&k)?.to_string();
                let chars = self.backend.get(&k).ok()??.len();
                Some(Kept {
                    key: k,
                    name,
                    chars,
                    in_place: false,
                })
            })
            .collect();
        for (name, why) in &self.frozen {
            if *why == Frozen::Damaged {
                if let Ok(Some(text)) = self.backend.get(&key(name)) {
                    kept.push(Kept {
                        key: key(name),
                        name: name.clone(),
                        chars: text.len(),
                        in_place: true,
                    });
                }
            }
        }
        kept
    }

    /// The text of a kept value, for an export.
    pub fn kept_text(&self, kept: &Kept) -> Option<String> {
        self.backend.get(&kept.key).ok().flatten()
    }

    /// Removes a kept value (the learner chose to discard it) and returns its text, so the
    /// choice can be undone with [`Store::restore`]. A value kept in place frees its name.
    pub fn discard(&mut self, kept: &Kept) -> Option<String> {
        let text = self.kept_text(kept)?;
        self.backend.remove(&kept.key);
        if kept.in_place {
            self.unfreeze(&kept.name);
        }
        self.notices
            .retain(|n| !matches!(n, Notice::Damaged { kept: k, .. } if k == kept));
        Some(text)
    }

    /// Puts a discarded value back where it was.
    pub fn restore(&mut self, kept: &Kept, text: &str) -> Result<(), WriteError> {
        if kept.in_place && self.backend.get(&kept.key).ok().flatten().is_some() {
            // The app wrote a new value there meanwhile: keep the old one as a backup.
            let copy = Kept {
                key: backup_key(&kept.name, text),
                in_place: false,
                ..kept.clone()
            };
            return self.restore(&copy, text);
        }
        match self.backend.set(&kept.key, text) {
            Ok(()) => {
                if kept.in_place {
                    self.freeze(&kept.name, Frozen::Damaged);
                }
                Ok(())
            }
            Err(WriteFailure::Full) => Err(WriteError::Full),
            Err(WriteFailure::Refused(reason)) => Err(WriteError::Refused(reason)),
        }
    }

    /// The notices given since the last call.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    /// Adds a notice unless the same one is waiting already.
    pub fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    fn freeze(&mut self, name: &str, why: Frozen) {
        self.unfreeze(name);
        self.frozen.push((name.to_string(), why));
    }

    fn unfreeze(&mut self, name: &str) {
        self.frozen.retain(|(n, _)| n != name);
    }

    /// Keeps a damaged value: copied once to its backup key and removed from its own, or
    /// left in place when the copy does not fit.
    fn keep_damaged(&mut self, name: &str, raw: &str) -> Kept {
        let copy = backup_key(name, raw);
        let already = self.backend.get(&copy).ok().flatten().as_deref() == Some(raw);
        let kept = already || {
            let used = self.backup_chars();
            backup::fits(used, copy.len(), raw.len()) && self.backend.set(&copy, raw).is_ok()
        };
        let kept = if kept {
            // Removed only if it still holds those bytes: another tab may have replaced it.
            if self.backend.get(&key(name)).ok().flatten().as_deref() == Some(raw) {
                self.backend.remove(&key(name));
            }
            self.unfreeze(name);
            Kept {
                key: copy,
                name: name.to_string(),
                chars: raw.len(),
                in_place: false,
            }
        } else {
            self.freeze(name, Frozen::Damaged);
            Kept {
                key: key(name),
                name: name.to_string(),
                chars: raw.len(),
                in_place: true,
            }
        };
        self.notify(Notice::Damaged {
            subject: Subject::of(name),
            kept: kept.clone(),
        });
        kept
    }

    /// The characters all backups take now, keys included.
    fn backup_chars(&self) -> usize {
        self.backend
            .keys()
            .iter()
            .filter(|k| backed_up_name(k).is_some())
            .filter_map(|k| Some(k.len() + self.backend.get(k).ok()??.len()))
            .sum()
    }
}

#[cfg(test)]
mod tests;
