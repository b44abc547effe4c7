//! DMU Trainer's page rendered to static HTML at build time, so that a first visit
//! downloads no renderer: the header, notices and footer once (in Dutch, with the English
//! words beside them in `data-en`), the Dutch chapter live and the English one in a
//! `<template>`. The reader's small bundle only swaps them and follows the route.

mod anchors;
mod chapter;
mod chrome;
pub mod csp;
mod error;
pub mod files;
mod finish;
mod inject;
mod integrity;
mod preloads;
mod role_cards;
pub mod service_worker;

pub use error::RenderError;
pub use files::BuildFiles;
pub use finish::finish;
pub use inject::inject;

use chapter::chapter_layout;
use dmu_core::chapter::Chapter;
use dmu_core::html::markup::Markup;
use dmu_core::lang::Lang;
use dmu_core::page::{attr, id};
use std::collections::HashSet;

/// The rendered page, ready for [`inject`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The complete `<title …>…</title>` element.
    pub title: String,
    /// Everything `<body>` shows: header, notices, part mounts, `<main>` and footer.
    pub body: String,
    /// The list of this build's files, for `<head>`.
    pub files: String,
    /// Every id the body can put on screen, with either language's chapter shown; the rest
    /// of index.html must not use them.
    pub ids: Vec<String>,
}

/// Renders the page from the chapter in both languages, with the names of this build's
/// files. Fails when an anchor of a chapter would share its id with another element of the
/// page.
pub fn render_page(nl: &Chapter, en: &Chapter, files: &BuildFiles) -> Result<Page, RenderError> {
    let chapters = [
        (Lang::Nl, chapter_layout(Lang::Nl, nl, en)),
        (Lang::En, chapter_layout(Lang::En, en, nl)),
    ];
    let mut page = Markup::new();
    chrome::header(&mut page);
    chrome::part_roots(&mut page);
    page.tag("<main")
        .attrs(&[
            ("id", id::MAIN),
            ("tabindex", "-1"),
            (attr::PRERENDERED, ""),
        ])
        .tag(">");
    chrome::part_status(&mut page);
    page.tag("<div")
        .attrs(&[("id", id::CHAPTER), (attr::LANG, Lang::Nl.code())])
        .tag(">")
        .tag(chapters[0].1.html())
        .tag("</div><template")
        .attr("id", &id::chapter_template(Lang::Nl))
        .tag("></template><template")
        .attr("id", &id::chapter_template(Lang::En))
        .tag(">")
        .tag(chapters[1].1.html())
        .tag("</template></main>");
    chrome::footer(&mut page);
    for (lang, chapter) in &chapters {
        let mut seen = HashSet::new();
        if let Some(id) = page
            .ids()
            .iter()
            .chain(chapter.ids())
            .find(|id| !seen.insert(*id))
        {
            return Err(RenderError::DuplicateId {
                lang: *lang,
                id: id.clone(),
            });
        }
    }
    let mut ids: Vec<String> = page.ids().to_vec();
    for (_, chapter) in &chapters {
        ids.extend(chapter.ids().iter().cloned());
    }
    ids.sort();
    ids.dedup();
    ids.push(dmu_core::page::id::FILES.to_string());
    Ok(Page {
        title: chrome::title(),
        body: page.into_html(),
        files: chrome::build_files(files),
        ids,
    })
}
