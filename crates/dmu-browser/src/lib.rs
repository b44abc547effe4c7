//! DMU Trainer's adapters to the browser, shared by every bundle: [`storage`], the only code
//! that touches local storage, and [`dom`], small helpers around the document and location.
//! No Leptos here, so that the reader's bundle (which has no Leptos) can use them as well.

pub mod dom;
pub mod storage;
