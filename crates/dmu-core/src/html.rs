//! HTML as strings, for the page rendered at build time: escaping as the browser
//! serialises, a writer that records ids, and the content model's one renderer of record,
//! which the app's `rich_text` component mirrors node for node (a browser test compares
//! them on all the content).

pub mod escape;
pub mod markup;
pub mod rich_text;
