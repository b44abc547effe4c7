//! DMU Trainer's adapters to the browser, shared by every bundle: [`storage`], the only code
//! that touches local storage, with [`locks`] (one change at a time across tabs) and
//! [`tabs`] (which tab this is) and [`shared`] (what the parts of one page share); [`dom`],
//! small helpers around the document and location; and the bundles' memory allocator. No
//! Leptos here, so that the reader's bundle (which has no Leptos) can use them as well.

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
mod allocator;
pub mod dom;
#[cfg(feature = "tabs")]
pub mod locks;
#[cfg(feature = "tabs")]
pub mod shared;
pub mod storage;
#[cfg(feature = "tabs")]
pub mod tabs;
