//! The content, compiled in by build.rs as each language's typed model. Only the language
//! in use is decoded, once. The chapter has its own copy, so that the reader's bundle (which
//! links only [`chapter`]) does not carry the scenarios.

use dmu_core::chapter::Chapter;
use dmu_core::library::Library;
use dmu_core::Lang;
use std::sync::OnceLock;

static NL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/library_nl.json"));
static EN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/library_en.json"));
static NL_CHAPTER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/chapter_nl.postcard"));
static EN_CHAPTER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/chapter_en.postcard"));

static NL: OnceLock<Library> = OnceLock::new();
static EN: OnceLock<Library> = OnceLock::new();
static NL_CHAPTER_MODEL: OnceLock<Chapter> = OnceLock::new();
static EN_CHAPTER_MODEL: OnceLock<Chapter> = OnceLock::new();

/// The content in a language. build.rs checked that both decode, so this cannot fail on
/// content that reached the bundle.
pub fn library(lang: Lang) -> &'static Library {
    let (cell, json) = match lang {
        Lang::Nl => (&NL, NL_JSON),
        Lang::En => (&EN, EN_JSON),
    };
    cell.get_or_init(|| serde_json::from_str(json).expect("build.rs verified the embedded content"))
}

/// The chapter in a language, without the scenarios (for the reader's bundle, which holds
/// no JSON parser).
pub fn chapter(lang: Lang) -> &'static Chapter {
    let (cell, bytes) = match lang {
        Lang::Nl => (&NL_CHAPTER_MODEL, NL_CHAPTER),
        Lang::En => (&EN_CHAPTER_MODEL, EN_CHAPTER),
    };
    cell.get_or_init(|| {
        postcard::from_bytes(bytes).expect("build.rs verified the embedded chapter")
    })
}
