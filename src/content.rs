//! The content, fetched at run time: each language's data file, named in the page (see
//! [`dmu_core::page::files`]), is fetched the first time that language is needed and kept
//! for as long as the page lives. No bundle embeds the content, and a student downloads
//! only the language they read in. The trainer's own sets written in a language are
//! played beside its built-in sets ([`crate::own_sets`]).

use dmu_core::chapter::Chapter;
use dmu_core::content_file::{self, ContentFileError};
use dmu_core::library::Library;
use dmu_core::page::{files, id};
use dmu_core::sets::own::with_own_sets;
use dmu_core::Lang;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The content of each language, once read (index: [`Lang::index`]).
    static LIBRARIES: RefCell<[Option<&'static Library>; 2]> = const { RefCell::new([None, None]) };
    /// What stands in for a language not (yet) read: no sets, no chapter.
    static EMPTY: [&'static Library; 2] = Lang::ALL.map(|lang| &*Box::leak(Box::new(empty(lang))));
    /// Each language's content with the own sets, and the own sets' version it was made of.
    /// The built-in content it was made from, and the own sets' version.
    static WITH_OWN: RefCell<[Option<Composed>; 2]> = const { RefCell::new([None, None]) };
}

fn empty(lang: Lang) -> Library {
    Library {
        lang,
        chapter: Chapter {
            title: String::new(),
            intro: Vec::new(),
            sections: Vec::new(),
        },
        sets: Vec::new(),
    }
}

/// The built-in content in a language. The parts show a language only once [`Content`]
/// has read it; before that this is an empty library, never a panic.
pub fn built_in(lang: Lang) -> &'static Library {
    LIBRARIES
        .with(|all| all.borrow()[lang.index()])
        .unwrap_or_else(|| EMPTY.with(|empty| empty[lang.index()]))
}

/// The content in a language as the learner plays it: the built-in sets, then the
/// trainer's own sets written in that language, namespaced
/// ([`dmu_core::sets::own::with_own_sets`]).
///
/// The views hold the content as `&'static` (it lives as long as the page), so a library
/// with own sets is composed once per change of them and kept for the page's life: a few
/// copies on a page where a trainer changes their sets, none where there are no own sets.
pub fn library(lang: Lang) -> &'static Library {
    let base = built_in(lang);
    let version = crate::own_sets::version();
    let i = lang.index();
    let kept = WITH_OWN.with(|all| {
        all.borrow()[i]
            .filter(|c| c.version == version && std::ptr::eq(c.base, base))
            .map(|c| c.library)
    });
    if let Some(library) = kept {
        return library;
    }
    let composed =
        crate::own_sets::with(|own| own.plays_in(lang).then(|| with_own_sets(base, own)));
    let library: &'static Library = match composed {
        Some(library) => Box::leak(Box::new(library)),
        None => base,
    };
    // Read again: reading the own sets the first time moves the version on.
    let version = crate::own_sets::version();
    let composed = Composed {
        base,
        version,
        library,
    };
    WITH_OWN.with(|all| all.borrow_mut()[i] = Some(composed));
    library
}

/// A language's content as composed with the own sets.
#[derive(Clone, Copy)]
struct Composed {
    base: &'static Library,
    version: u64,
    library: &'static Library,
}

/// Why a language's content is not here.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The page does not name the file (a page from another build).
    NotNamed,
    /// The network failed, or the server answered with an error.
    Fetch(String),
    /// The file came but does not read.
    File(ContentFileError),
}

/// Which languages' content is here, and the last failure, as signals for the views.
#[derive(Clone, Copy)]
pub struct Content {
    loaded: RwSignal<[bool; 2]>,
    loading: RwSignal<[bool; 2]>,
    pub failed: RwSignal<Option<LoadError>>,
}

impl Content {
    pub fn new() -> Content {
        let here = Lang::ALL.map(|lang| LIBRARIES.with(|all| all.borrow()[lang.index()].is_some()));
        Content {
            loaded: RwSignal::new(here),
            loading: RwSignal::new([false; 2]),
            failed: RwSignal::new(None),
        }
    }

    /// Whether `lang`'s content is here (tracked).
    pub fn is_loaded(&self, lang: Lang) -> bool {
        self.loaded.with(|l| l[lang.index()])
    }

    /// Fetches `lang`'s content unless it is here or on its way.
    pub fn ensure(&self, lang: Lang) {
        let i = lang.index();
        if self.loaded.with_untracked(|l| l[i]) || self.loading.with_untracked(|l| l[i]) {
            return;
        }
        self.loading.update(|l| l[i] = true);
        self.failed.set(None);
        let content = *self;
        wasm_bindgen_futures::spawn_local(async move {
            let result = fetch(lang).await;
            // Reading the content and drawing the page with it are a phone's two longest
            // pieces of work on the way into practice: in one task they blocked input for
            // about 140 ms (CPU slowed 4x); in a task each, about half of that each.
            crate::dom::yield_to_page().await;
            content.loading.update(|l| l[i] = false);
            match result {
                Ok(library) => {
                    let library: &'static Library = Box::leak(Box::new(library));
                    LIBRARIES.with(|all| all.borrow_mut()[i] = Some(library));
                    content.loaded.update(|l| l[i] = true);
                }
                Err(error) => content.failed.set(Some(error)),
            }
        });
    }
}

impl Default for Content {
    fn default() -> Self {
        Content::new()
    }
}

/// Fetches and reads a language's content file.
async fn fetch(lang: Lang) -> Result<Library, LoadError> {
    let document = crate::dom::document();
    let name = document
        .get_element_by_id(id::FILES)
        .and_then(|list| list.get_attribute(files::content_attr(lang)))
        .ok_or(LoadError::NotNamed)?;
    let failed = |e: wasm_bindgen::JsValue| LoadError::Fetch(format!("{e:?}"));
    let response = JsFuture::from(crate::dom::window().fetch_with_str(&name))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Fetch(format!("HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?
        .as_string()
        .unwrap_or_default();
    // Measured as "dmu-content" (User Timing), for scripts/bench.
    crate::dom::mark("dmu-content");
    let library = content_file::decode(&text).map_err(LoadError::File);
    crate::dom::measure("dmu-content");
    let library = library?;
    if library.lang != lang {
        return Err(LoadError::File(ContentFileError::Unreadable(format!(
            "{name} holds the {} content",
            library.lang.code()
        ))));
    }
    Ok(library)
}
