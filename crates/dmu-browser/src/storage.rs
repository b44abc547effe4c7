//! The one storage adapter: the only code that touches local storage. It probes storage
//! before using it (gloo-storage would throw a JS exception when storage is blocked), falls
//! back to memory with a notice, moves unreadable values to a backup key instead of
//! overwriting them, and never writes over a value from a newer version of the app.

use dmu_core::settings::{Settings, LANG_KEY, LAST_KEY};
use dmu_core::stored::{backup_key, decode, encode, key, Decoded, Migration, KEY_PREFIX};
use dmu_core::Lang;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

/// Where values go.
enum Backend {
    Local(web_sys::Storage),
    /// Storage is blocked or absent: values live until the page closes.
    Memory(RefCell<BTreeMap<String, String>>),
}

struct Store {
    backend: Backend,
    /// Names whose stored value is from a newer app: never written by this one.
    frozen: RefCell<BTreeSet<String>>,
}

thread_local! {
    static STORE: Store = Store::open();
}

/// What reading a value gave, for the app to act on and tell the learner.
pub enum Loaded<T> {
    Missing,
    Ok(T),
    /// Unreadable; the raw value was copied to `backup` and can be exported from there.
    Corrupt {
        reason: String,
        backup: Option<String>,
    },
    /// From a newer version of the app; left untouched and not written by this one.
    Newer(u32),
}

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum WriteError {
    /// The browser's storage is full; what was saved before is still there.
    Full,
    /// A newer version of the app owns this value.
    Frozen,
}

impl Store {
    fn open() -> Store {
        let backend = match probe() {
            Some(storage) => Backend::Local(storage),
            None => Backend::Memory(RefCell::new(BTreeMap::new())),
        };
        Store {
            backend,
            frozen: RefCell::new(BTreeSet::new()),
        }
    }

    fn get(&self, key: &str) -> Option<String> {
        match &self.backend {
            Backend::Local(storage) => storage.get_item(key).ok().flatten(),
            Backend::Memory(map) => map.borrow().get(key).cloned(),
        }
    }

    /// Stores `text` under `name` unless a newer app owns it; returns the text stored.
    fn put(&self, name: &str, text: String) -> Result<String, WriteError> {
        if self.frozen.borrow().contains(name) {
            return Err(WriteError::Frozen);
        }
        self.set(&key(name), &text).map(|()| text)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        match &self.backend {
            Backend::Local(storage) => storage.set_item(key, value).map_err(|_| WriteError::Full),
            Backend::Memory(map) => {
                map.borrow_mut().insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }
}

/// Tries local storage with a throwaway key; `None` when it is blocked, absent or throws.
fn probe() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let test = key("probe");
    storage.set_item(&test, "1").ok()?;
    storage.remove_item(&test).ok()?;
    Some(storage)
}

/// Whether values survive a reload (false when storage is blocked).
pub fn is_persistent() -> bool {
    STORE.with(|store| matches!(store.backend, Backend::Local(_)))
}

/// Reads the value stored under `name`, migrating old schema versions.
pub fn read<T: DeserializeOwned>(name: &str, version: u32, migrations: &[Migration]) -> Loaded<T> {
    STORE.with(|store| {
        let raw = store.get(&key(name));
        let decoded = decode(raw.as_deref(), version, migrations);
        settle(store, name, raw, decoded)
    })
}

/// The learner's settings, from their two plain values (settings an earlier version kept
/// as JSON are moved to them by the boot script in index.html, before the reader starts).
pub fn read_settings() -> Settings {
    let (lang, last) = STORE.with(|store| (store.get(LANG_KEY), store.get(LAST_KEY)));
    Settings::from_plain(lang.as_deref(), last.as_deref())
}

/// Stores the language. A failed write keeps the choice for this visit.
pub fn write_lang(lang: Lang) {
    STORE.with(|store| {
        let _ = store.set(LANG_KEY, lang.code());
    });
}

/// Stores the place the learner is, if it is one (see [`dmu_core::settings::place`]).
pub fn write_last(fragment: &str) {
    if let Some(place) = dmu_core::settings::place(fragment) {
        STORE.with(|store| {
            let _ = store.set(LAST_KEY, &place);
        });
    }
}

/// Acts on what reading gave: a value from a newer app is frozen; an unreadable one is
/// copied to a backup key first (or, if that fails, frozen where it is).
fn settle<T>(store: &Store, name: &str, raw: Option<String>, decoded: Decoded<T>) -> Loaded<T> {
    match decoded {
        Decoded::Missing => Loaded::Missing,
        Decoded::Ok(value) => Loaded::Ok(value),
        Decoded::Newer(v) => {
            store.frozen.borrow_mut().insert(name.to_string());
            Loaded::Newer(v)
        }
        Decoded::Corrupt(reason) => {
            let backup = backup_key(name, crate::dom::now_ms() as u64);
            let saved = raw
                .as_deref()
                .is_some_and(|raw| store.set(&backup, raw).is_ok());
            if !saved {
                // Could not keep a copy: keep the original where it is, untouched.
                store.frozen.borrow_mut().insert(name.to_string());
            }
            Loaded::Corrupt {
                reason,
                backup: saved.then_some(backup),
            }
        }
    }
}

/// The raw stored text under `name` (or a full key such as a backup key), for change
/// detection and for exporting a backup exactly as it was.
pub fn read_raw(name_or_key: &str) -> Option<String> {
    let full = if name_or_key.starts_with(KEY_PREFIX) {
        name_or_key.to_string()
    } else {
        key(name_or_key)
    };
    STORE.with(|store| store.get(&full))
}

/// Removes a value (a deleted profile's data). A value owned by a newer app stays.
pub fn remove(name: &str) {
    STORE.with(|store| {
        if store.frozen.borrow().contains(name) {
            return;
        }
        match &store.backend {
            Backend::Local(storage) => {
                let _ = storage.remove_item(&key(name));
            }
            Backend::Memory(map) => {
                map.borrow_mut().remove(&key(name));
            }
        }
    })
}

/// Whether a storage key (from a `storage` event) is one of the app's.
pub fn is_ours(storage_key: &str) -> bool {
    storage_key.starts_with(KEY_PREFIX)
}

/// Writes a value in its envelope, unless a newer app owns it. Returns the text stored,
/// so a caller that watches for other tabs' writes need not read it back.
pub fn write<T: Serialize>(name: &str, version: u32, value: &T) -> Result<String, WriteError> {
    STORE.with(|store| store.put(name, encode(value, version)))
}
