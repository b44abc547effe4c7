//! What can go wrong while rendering the page or putting it into index.html, said so that
//! whoever runs the build knows where to look and what to change.

use dmu_core::lang::Lang;
use std::fmt;

/// Why the page could not be rendered or injected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenderError {
    /// Two elements of the live page would share an id: two anchors of a chapter, or an
    /// anchor and one of the page's own ids (`main`, `chapter`, `toc-title`, …).
    DuplicateId { lang: Lang, id: String },
    /// index.html has no `<title>…</title>` element.
    NoTitle,
    /// index.html has no empty `<div id="prerender"></div>`.
    NoPlaceholder,
    /// index.html has that placeholder more than once.
    DoubledPlaceholder,
    /// index.html itself uses an id that the page puts on screen too.
    IdInIndex { id: String },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::DuplicateId { lang, id } => write!(
                f,
                "the {code} chapter puts the id \"{id}\" on the page twice (two anchors, or an \
                 anchor and one of the page's own ids such as \"main\" or \"toc-title\"): give \
                 that heading another {{#anchor}} in content/{code}/chapter.md",
                code = lang.code()
            ),
            RenderError::NoTitle => f.write_str(
                "index.html has no <title>…</title> element: put one in <head>; it is replaced \
                 by the page's title in both languages",
            ),
            RenderError::NoPlaceholder => f.write_str(
                "index.html has no <div id=\"prerender\"></div>: put it, empty, in <body> where \
                 the page goes",
            ),
            RenderError::DoubledPlaceholder => f.write_str(
                "index.html has <div id=\"prerender\"></div> more than once: keep only the one \
                 in <body> where the page goes",
            ),
            RenderError::IdInIndex { id } => write!(
                f,
                "index.html and the page both use the id \"{id}\": if it is a chapter anchor, \
                 give that heading another {{#anchor}} in content/<lang>/chapter.md; otherwise \
                 rename it in index.html"
            ),
        }
    }
}

impl std::error::Error for RenderError {}
