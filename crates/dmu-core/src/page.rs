//! The page contract: every id, attribute, class, event, stored key and file name that the
//! prerendered page (`dmu-prerender`), the boot script in `index.html`, the reader, the
//! parts, the stylesheet and the tests share, declared once. A name that two of them must
//! agree on lives here and nowhere else; the prerenderer's tests hold the stylesheet and
//! `index.html` to it.

use crate::lang::Lang;

/// Ids of elements the page holds from the start.
pub mod id {
    /// The skip link's target: the page's `<main>`, or a running part's own.
    pub const MAIN: &str = "main";
    /// The live chapter, in the language on screen.
    pub const CHAPTER: &str = "chapter";
    /// The loading notice in `index.html`, which the reader removes once it runs.
    pub const BOOT: &str = "boot";
    /// The language switch in the header.
    pub const LANG_SWITCH: &str = "lang-switch";
    /// The notice that storage is unavailable and nothing will be kept.
    pub const STORAGE_NOTICE: &str = "storage-notice";
    /// Shown in `<main>` while a part downloads.
    pub const PART_LOADING: &str = "part-loading";
    /// Shown in `<main>` when a part could not be downloaded or started.
    pub const PART_FAILED: &str = "part-failed";
    /// The reload button in [`PART_FAILED`].
    pub const PART_RELOAD: &str = "part-reload";
    /// The element whose attributes name this build's files (see [`super::files`]).
    pub const FILES: &str = "dmu-files";

    /// The `<template>` that holds a language's chapter while the other one is on screen.
    pub fn chapter_template(lang: super::Lang) -> String {
        format!("chapter-{}", lang.code())
    }
}

/// Attributes the page carries and the reader reads.
pub mod attr {
    /// A label's Dutch text.
    pub const NL: &str = "data-nl";
    /// A label's English text.
    pub const EN: &str = "data-en";
    /// On a label: the attribute (such as `aria-label`) its text goes to, if not the text.
    pub const I18N: &str = "data-i18n";
    /// Header, footer and skip link: hidden on the audience window.
    pub const CHROME: &str = "data-chrome";
    /// A menu link: the menu entry it is (see [`crate::route::Route::nav_item`]).
    pub const NAV: &str = "data-nav";
    /// On a chapter anchor: the matching anchor in the other language's chapter.
    pub const OTHER: &str = "data-other";
    /// On the page's own `<main>`, to tell it from a part's.
    pub const PRERENDERED: &str = "data-prerendered";
    /// On the live chapter: the language it is in.
    pub const LANG: &str = "data-lang";
    /// On a role's card, section or option: the role's key, for the role's colour.
    pub const ROLE: &str = "data-role";
    /// In the loading notice: the menu entry whose page this heading and lead belong to
    /// (shown while that page's part downloads, where the page will have them).
    pub const LOADING: &str = "data-loading";
    /// On `<html>`, from the boot script until the reader runs, when the app was opened at
    /// a part's place: the stylesheet hides the chapter and shows the loading line, and the
    /// [`LOADING`] heading of that name, if any ([`crate::route::Route::skeleton`]; the
    /// boot script writes `part` for a place with none, and `audience` for the projector's
    /// window, whose [`CHROME`] it hides as well).
    pub const OPENING: &str = "data-opening";

    /// The attribute holding a label's text in `lang`.
    pub fn text(lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::Nl => NL,
            super::Lang::En => EN,
        }
    }
}

/// Classes on `<html>` that the boot script sets and the stylesheet reads.
pub mod class {
    /// JavaScript runs: show what needs it (the language switch).
    pub const JS: &str = "js";
    /// The page waits for the reader to put it in English: hidden until then.
    pub const BOOTING: &str = "booting";
    /// The skip link.
    pub const SKIP_LINK: &str = "skip-link";
}

/// The event the reader fires on `window` after a language switch, so that a running part
/// follows; the language itself is `<html lang>`.
pub const LANGUAGE_EVENT: &str = "dmu-language";

/// The event the reader fires on `window` when a part it loaded runs. On a page opened at
/// a part (a deep link), the boot script asks the service worker to keep files ahead of
/// need only after it: before, they would share the phone's link with the part the
/// learner waits for.
pub const PART_READY_EVENT: &str = "dmu-part-ready";

/// The event a part fires on `window` after it changed the trainer's own sets in storage,
/// so that the other parts in the same page show the change (other tabs hear of it through
/// the `storage` event).
pub const SETS_EVENT: &str = "dmu-sets";

/// The event a part's storage adapter fires on `window` (from a microtask, after the
/// change) for each value it wrote or removed, so that the other parts in the page follow
/// the change as they follow another tab's through the `storage` event. Its `detail` holds
/// the storage key (`key`) and the writing instance (`from`), which ignores its own.
pub const STORED_EVENT: &str = "dmu-stored";

/// The stored language, a plain `nl` or `en` (no JSON), so that the boot script can decide
/// before the first paint whether the page must wait for English.
pub const LANG_KEY: &str = "dmu-trainer.lang";

/// The separately downloaded parts of the app, so that each visitor loads only what they
/// use: a student reading the chapter gets the reader, practice adds the practice part,
/// and only a trainer's workshop loads the workshop part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppPart {
    /// The header and the chapter: always loaded, first.
    Reader,
    /// Practice and rounds, with the learner's stored data.
    Practice,
    /// The progress page: figures, the review queue, profiles, the learner's data. Apart
    /// from practice, so that a student who opens practice does not download it; both
    /// keep the learner's data in the tab's own values and follow each other's changes
    /// through [`STORED_EVENT`].
    Progress,
    /// The presenter console and the audience window.
    Workshop,
    /// A trainer's own scenario sets: import, the editor, share links, handouts. The only
    /// part with the Markdown parser, so no student downloads it to read or practise.
    Sets,
}

impl AppPart {
    /// The parts loaded on demand.
    pub const LAZY: [AppPart; 4] = [
        AppPart::Practice,
        AppPart::Progress,
        AppPart::Workshop,
        AppPart::Sets,
    ];

    /// The id of the element a part mounts in, which the page holds from the start; the
    /// reader is the page itself.
    pub fn root_id(self) -> Option<&'static str> {
        match self {
            AppPart::Reader => None,
            AppPart::Practice => Some("practice-root"),
            AppPart::Progress => Some("progress-root"),
            AppPart::Workshop => Some("workshop-root"),
            AppPart::Sets => Some("sets-root"),
        }
    }

    /// The name of a lazily loaded part's binary, which its files start with.
    pub fn bin_name(self) -> Option<&'static str> {
        match self {
            AppPart::Reader => None,
            AppPart::Practice => Some("dmu-practice"),
            AppPart::Progress => Some("dmu-progress"),
            AppPart::Workshop => Some("dmu-workshop"),
            AppPart::Sets => Some("dmu-sets"),
        }
    }

    /// The attribute of [`id::FILES`] that names this part's files, without their
    /// extensions (`dmu-practice-<hash>`: `.js` and `_bg.wasm`).
    pub fn files_attr(self) -> Option<&'static str> {
        match self {
            AppPart::Reader => None,
            AppPart::Practice => Some("data-practice"),
            AppPart::Progress => Some("data-progress"),
            AppPart::Workshop => Some("data-workshop"),
            AppPart::Sets => Some("data-sets"),
        }
    }
}

/// This build's files, as the page names them.
pub mod files {
    use super::{AppPart, Lang};

    /// The attribute of [`super::id::FILES`] with the table of the parts' places for the
    /// boot script ([`crate::route::boot_places`]), as JSON: `{"oefenen": ["data-practice",
    /// "practice", "part"], ...}`, each segment with the attribute of its part's files and
    /// its `data-opening` alone and below.
    pub const PLACES_ATTR: &str = "data-places";

    /// The attribute of [`super::id::FILES`] that names a language's content file.
    pub fn content_attr(lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => "data-content-nl",
            Lang::En => "data-content-en",
        }
    }

    /// A part's JavaScript module, from the base name the page gives.
    pub fn part_js(base: &str) -> String {
        format!("{base}.js")
    }

    /// A part's wasm, from the base name the page gives.
    pub fn part_wasm(base: &str) -> String {
        format!("{base}_bg.wasm")
    }

    /// A part's files with a content hash in their name, so that a browser never pairs the
    /// glue of one deployment with the wasm of another.
    pub fn hashed_part(part: AppPart, hash: &str) -> Option<String> {
        Some(format!("{}-{hash}", part.bin_name()?))
    }

    /// A language's content file with a content hash in its name.
    pub fn hashed_content(lang: Lang, hash: &str) -> String {
        format!("content-{}-{hash}.json", lang.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lazy_part_has_a_root_files_and_a_binary() {
        for part in AppPart::LAZY {
            let root = part.root_id().unwrap();
            let bin = part.bin_name().unwrap();
            let attr = part.files_attr().unwrap();
            assert!(
                root.ends_with("-root") && bin.starts_with("dmu-") && attr.starts_with("data-")
            );
        }
        assert_eq!(AppPart::Reader.root_id(), None);
        assert_eq!(AppPart::Reader.files_attr(), None);
    }

    #[test]
    fn file_names_pair_a_part_and_carry_the_hash() {
        let base = files::hashed_part(AppPart::Practice, "0a1b").unwrap();
        assert_eq!(files::part_js(&base), "dmu-practice-0a1b.js");
        assert_eq!(files::part_wasm(&base), "dmu-practice-0a1b_bg.wasm");
        assert_eq!(files::hashed_content(Lang::En, "ff"), "content-en-ff.json");
        assert_ne!(files::content_attr(Lang::Nl), files::content_attr(Lang::En));
    }

    #[test]
    fn ids_never_collide() {
        let mut ids = vec![
            id::MAIN,
            id::CHAPTER,
            id::BOOT,
            id::LANG_SWITCH,
            id::STORAGE_NOTICE,
            id::PART_LOADING,
            id::PART_FAILED,
            id::PART_RELOAD,
            id::FILES,
        ];
        ids.extend(AppPart::LAZY.iter().filter_map(|p| p.root_id()));
        let templates: Vec<String> = Lang::ALL.map(id::chapter_template).to_vec();
        ids.extend(templates.iter().map(String::as_str));
        let count = ids.len();
        crate::order::sort(&mut ids);
        ids.dedup();
        assert_eq!(ids.len(), count);
    }
}
