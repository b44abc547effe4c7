//! The content, compiled in by build.rs as each language's typed model. Only the language
//! in use is decoded, once. (The chapter page itself is static HTML, rendered at build time
//! by `crates/dmu-prerender`.)

use dmu_core::library::Library;
use dmu_core::Lang;
use std::sync::OnceLock;

static NL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/library_nl.json"));
static EN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/library_en.json"));

static NL: OnceLock<Library> = OnceLock::new();
static EN: OnceLock<Library> = OnceLock::new();

/// The content in a language. build.rs checked that both decode, so this cannot fail on
/// content that reached the bundle.
pub fn library(lang: Lang) -> &'static Library {
    let (cell, json) = match lang {
        Lang::Nl => (&NL, NL_JSON),
        Lang::En => (&EN, EN_JSON),
    };
    cell.get_or_init(|| serde_json::from_str(json).expect("build.rs verified the embedded content"))
}
