//! The one storage adapter: the only code that touches local storage. It probes storage
//! before using it (gloo-storage throws a JS exception when storage is blocked), tells a
//! full storage apart from a blocked one, and implements the core's [`Backend`] on
//! gloo-storage: values are written typed through gloo, read as raw text (the core needs
//! the exact bytes of a damaged value to keep it, and a failed read must never look like
//! "nothing stored"). Every rule about what to read and write is the core's
//! ([`dmu_core::stored::Store`]); changes that read before they write run under a
//! cross-tab lock ([`locked`]).

#[cfg(feature = "tabs")]
use crate::locks;
use dmu_core::settings::{Settings, LANG_KEY, LAST_KEY};
#[cfg(not(feature = "tabs"))]
use dmu_core::stored::MemoryBackend;
use dmu_core::stored::{key, Backend, Store, WriteFailure, KEY_PREFIX};
use dmu_core::Lang;
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage as _};
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// How the app's values are kept on this visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// In local storage.
    Persistent,
    /// In local storage, which is full: what is there can be read, new values do not fit.
    Full,
    /// Storage is blocked or absent: values live in memory until the page closes.
    MemoryOnly,
}

/// Local storage, through gloo-storage (only used once [`probe`] found it usable).
pub struct Local;

impl Backend for Local {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        LocalStorage::raw().get_item(key).map_err(|e| reason(&e))
    }

    fn set(&mut self, key: &str, text: &str) -> Result<(), WriteFailure> {
        LocalStorage::raw()
            .set_item(key, text)
            .map_err(|e| failure(&e))
    }

    fn put<T: Serialize>(&mut self, key: &str, value: &T) -> Result<(), WriteFailure> {
        LocalStorage::set(key, value).map_err(|error| match error {
            StorageError::JsError(e) if is_quota(&e.name) => WriteFailure::Full,
            StorageError::JsError(e) => WriteFailure::Refused(e.name),
            other => WriteFailure::Refused(other.to_string()),
        })
    }

    fn remove(&mut self, key: &str) {
        let _ = LocalStorage::raw().remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let raw = LocalStorage::raw();
        let n = raw.length().unwrap_or(0);
        (0..n).filter_map(|i| raw.key(i).ok().flatten()).collect()
    }
}

/// Where this visit keeps values.
pub enum Place {
    Local(Local),
    /// Storage is blocked: in memory. The parts' memory is the page's, so that they see
    /// each other's values (see [`crate::shared::PageMemory`]); the reader's is its own.
    #[cfg(feature = "tabs")]
    Memory(crate::shared::PageMemory),
    #[cfg(not(feature = "tabs"))]
    Memory(MemoryBackend),
}

impl Place {
    /// After a write or a removal: the parts tell the page's other parts (see
    /// [`crate::shared`]); the reader keeps only its settings, which no part follows.
    fn changed(&self, key: &str) {
        #[cfg(feature = "tabs")]
        crate::shared::announce_change(key);
        #[cfg(not(feature = "tabs"))]
        let _ = key;
    }
}

impl Backend for Place {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        match self {
            Place::Local(b) => b.get(key),
            Place::Memory(b) => b.get(key),
        }
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), WriteFailure> {
        match self {
            Place::Local(b) => b.set(key, text),
            Place::Memory(b) => b.set(key, text),
        }?;
        self.changed(key);
        Ok(())
    }
    fn put<T: Serialize>(&mut self, key: &str, value: &T) -> Result<(), WriteFailure> {
        match self {
            Place::Local(b) => b.put(key, value),
            Place::Memory(b) => b.put(key, value),
        }?;
        self.changed(key);
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        match self {
            Place::Local(b) => b.remove(key),
            Place::Memory(b) => b.remove(key),
        }
        self.changed(key);
    }
    fn keys(&self) -> Vec<String> {
        match self {
            Place::Local(b) => b.keys(),
            Place::Memory(b) => b.keys(),
        }
    }
}

thread_local! {
    static KEEPING: Keeping = probe();
    static STORE: RefCell<Store<Place>> = RefCell::new(Store::new(
        if keeping() == Keeping::MemoryOnly {
            #[cfg(feature = "tabs")]
            let memory = crate::shared::PageMemory;
            #[cfg(not(feature = "tabs"))]
            let memory = MemoryBackend::new();
            Place::Memory(memory)
        } else {
            Place::Local(Local)
        },
    ));
}

/// Tries local storage: reading, then writing a throwaway key. A write refused because
/// the storage is full still leaves it readable.
fn probe() -> Keeping {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return Keeping::MemoryOnly;
    };
    if storage.get_item(&key("probe")).is_err() {
        return Keeping::MemoryOnly;
    }
    let test = key("probe");
    match storage.set_item(&test, "1") {
        Ok(()) => {
            let _ = storage.remove_item(&test);
            Keeping::Persistent
        }
        Err(e) if is_quota(&error_name(&e)) => Keeping::Full,
        Err(_) => Keeping::MemoryOnly,
    }
}

/// How values are kept on this visit.
pub fn keeping() -> Keeping {
    KEEPING.with(|k| *k)
}

/// Whether values survive a reload (false when storage is blocked; a full storage still
/// holds what was saved before).
pub fn is_persistent() -> bool {
    keeping() != Keeping::MemoryOnly
}

/// Runs `f` on the store now. For reads, and for writes to a value only this tab writes.
pub fn with<R>(f: impl FnOnce(&mut Store<Place>) -> R) -> R {
    STORE.with(|store| f(&mut store.borrow_mut()))
}

/// Runs `f` on the store under the cross-tab lock for `name` (see [`locks::locked`]).
#[cfg(feature = "tabs")]
pub fn locked(name: &str, f: impl FnOnce(&mut Store<Place>) + 'static) {
    locks::locked(name, move || with(f));
}

/// The learner's settings, from their two plain values (settings an earlier version kept
/// as JSON are moved to them by the boot script in index.html, before the reader starts).
pub fn read_settings() -> Settings {
    let (lang, last) = with(|store| {
        let backend = store.backend();
        (
            backend.get(LANG_KEY).ok().flatten(),
            backend.get(LAST_KEY).ok().flatten(),
        )
    });
    Settings::from_plain(lang.as_deref(), last.as_deref())
}

/// Stores the language. A failed write keeps the choice for this visit.
pub fn write_lang(lang: Lang) {
    with(|store| {
        let _ = store.backend_mut().set(LANG_KEY, lang.code());
    });
}

/// Stores the place the learner is, if it is one (see [`dmu_core::settings::place`]).
pub fn write_last(fragment: &str) {
    if let Some(place) = dmu_core::settings::place(fragment) {
        with(|store| {
            let _ = store.backend_mut().set(LAST_KEY, &place);
        });
    }
}

/// Whether a storage key (from a `storage` event) is one of the app's.
pub fn is_ours(storage_key: &str) -> bool {
    storage_key.starts_with(KEY_PREFIX)
}

/// Whether an exception's name means the storage is full (Chromium, Safari and today's
/// Firefox say `QuotaExceededError`, older Firefox `NS_ERROR_DOM_QUOTA_REACHED`).
fn is_quota(name: &str) -> bool {
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}

/// The name of a thrown exception (a `DOMException`), or its text.
fn error_name(error: &JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

fn reason(error: &JsValue) -> String {
    error_name(error)
}

fn failure(error: &JsValue) -> WriteFailure {
    let name = error_name(error);
    if is_quota(&name) {
        WriteFailure::Full
    } else {
        WriteFailure::Refused(name)
    }
}
