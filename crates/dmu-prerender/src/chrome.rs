//! Everything around the chapter (title, header, notices, part status, footer), written
//! once in Dutch. Each element whose words depend on the language also carries them in
//! `data-nl` and `data-en`, and `data-i18n` names the attribute they go to when it is not
//! the text: that is all the reader needs to switch language without rendering anything.

use crate::files::BuildFiles;
use dmu_core::html::markup::Markup;
use dmu_core::lang::Lang;
use dmu_core::page::{attr, class, id, AppPart};
use dmu_core::route::{boot_places, Route};
use dmu_core::ui_text::{page_heading, ui_text, UiText};

/// A text of the interface, chosen from a language's [`UiText`].
type Text = fn(&UiText) -> &'static str;

/// The navigation: the route each link opens, and the link's text. Its `data-nav` is the
/// route's [`Route::nav_item`], which the reader compares with the current route's.
const NAV: [(Route, Text); 5] = [
    (Route::Chapter(None), |t| t.nav_chapter),
    (Route::Practice, |t| t.nav_practice),
    (Route::Progress, |t| t.nav_progress),
    (Route::Workshop, |t| t.nav_workshop),
    (Route::Sets, |t| t.nav_sets),
];

/// A text in Dutch and English.
fn both(text: impl Fn(&'static UiText) -> String) -> [String; 2] {
    Lang::ALL.map(|lang| text(ui_text(lang)))
}

/// Writes `data-nl` and `data-en`.
fn languages<'m>(m: &'m mut Markup, [nl, en]: &[String; 2]) -> &'m mut Markup {
    m.attr(attr::NL, nl).attr(attr::EN, en)
}

/// Writes an element that holds only a text of the interface: in Dutch, with both.
fn translated(m: &mut Markup, tag: &str, attrs: &[(&str, &str)], text: Text) {
    let texts = both(|t| text(t).to_string());
    m.tag("<").tag(tag).attrs(attrs);
    languages(m, &texts).tag(">").text(&texts[0]);
    m.tag("</").tag(tag).tag(">");
}

/// The `<title>` element.
pub fn title() -> String {
    let texts = both(|t| format!("{} · {}", t.app_name, t.tagline));
    let mut m = Markup::new();
    m.tag("<title");
    languages(&mut m, &texts)
        .tag(">")
        .text(&texts[0])
        .tag("</title>");
    m.into_html()
}

/// The skip link, the site header and the notice that storage is unavailable.
pub fn header(m: &mut Markup) {
    let home = Route::Chapter(None).fragment();
    translated(
        m,
        "a",
        &[
            ("class", class::SKIP_LINK),
            ("href", &format!("#{}", id::MAIN)),
            (attr::CHROME, ""),
        ],
        |t| t.skip_to_content,
    );
    m.tag(r#"<header class="site-header""#)
        .attr(attr::CHROME, "")
        .tag(r#"><a class="brand""#)
        .attr("href", &home)
        .tag(r#"><span class="brand-mark" aria-hidden="true">DMU</span><span class="brand-text">"#);
    translated(m, "span", &[("class", "brand-name")], |t| t.app_name);
    translated(m, "span", &[("class", "brand-tagline")], |t| t.tagline);
    m.tag(r#"</span></a><nav class="main-nav""#);
    let label = both(|t| t.nav_label.to_string());
    m.attr("aria-label", &label[0])
        .attr(attr::I18N, "aria-label");
    languages(m, &label).tag(">");
    for (route, text) in NAV {
        let nav = route.nav_item().unwrap_or_default();
        translated(
            m,
            "a",
            &[("href", &route.fragment()), (attr::NAV, nav)],
            text,
        );
    }
    m.tag(r#"</nav><button type="button" class="lang-switch""#);
    let switch = both(|t| t.switch_language.to_string());
    m.attr("id", id::LANG_SWITCH)
        .attr("title", &switch[0])
        .attr(attr::I18N, "title");
    languages(m, &switch).tag(">");
    translated(m, "span", &[], |t| t.language_name);
    let hidden = both(|t| format!(" – {}", t.switch_language));
    m.tag(r#"<span class="visually-hidden""#);
    languages(m, &hidden)
        .tag(">")
        .text(&hidden[0])
        .tag("</span></button></header><div class=\"notices\"")
        .attrs(&[
            ("id", id::STORAGE_NOTICE),
            ("role", "status"),
            ("hidden", ""),
        ])
        .tag(r#"><div class="notice notice-warning">"#);
    translated(m, "p", &[], |t| t.storage_memory_only);
    m.tag("</div></div>");
}

/// The list of this build's hashed files (see [`dmu_core::page::files`]), for the reader,
/// the parts and the boot script: a `<template>` in `<head>`, so the boot script can read
/// it before the stylesheet has loaded.
pub fn build_files(files: &BuildFiles) -> String {
    let mut m = Markup::new();
    m.tag("<template").attr("id", id::FILES);
    for part in AppPart::LAZY {
        if let (Some(attr), Some(base)) = (part.files_attr(), files.part(part)) {
            m.attr(attr, base);
        }
    }
    for lang in Lang::ALL {
        if let Some(name) = files.content(lang) {
            m.attr(dmu_core::page::files::content_attr(lang), name);
        }
    }
    m.attr(dmu_core::page::files::PLACES_ATTR, &places_table());
    m.tag("></template>");
    m.into_html()
}

/// [`dmu_core::route::boot_places`] as the boot script reads it (see
/// [`dmu_core::page::files::PLACES_ATTR`]).
fn places_table() -> String {
    let table: serde_json::Map<String, serde_json::Value> = boot_places()
        .into_iter()
        .filter_map(|place| {
            let attr = place.part.files_attr()?;
            let row = serde_json::json!([attr, place.alone, place.deeper]);
            Some((place.segment.to_string(), row))
        })
        .collect();
    serde_json::Value::Object(table).to_string()
}

/// The mount points of the parts loaded on demand.
pub fn part_roots(m: &mut Markup) {
    for root in AppPart::LAZY.iter().filter_map(|part| part.root_id()) {
        m.tag("<div").attr("id", root).tag("></div>");
    }
}

/// The heading and lead of each part's first page, shown while its part downloads, in
/// the place and with the classes the part will give them: the learner reads the page's
/// title at once, and nothing moves when the part arrives.
const SKELETONS: [(Route, TextOf, TextOf); 4] = [
    (
        Route::Practice,
        |l| heading(&Route::Practice, l).0,
        |l| heading(&Route::Practice, l).1,
    ),
    (
        Route::Progress,
        |l| heading(&Route::Progress, l).0,
        |l| heading(&Route::Progress, l).1,
    ),
    (
        Route::Workshop,
        |l| heading(&Route::Workshop, l).0,
        |l| heading(&Route::Workshop, l).1,
    ),
    (
        Route::Sets,
        |l| heading(&Route::Sets, l).0,
        |l| heading(&Route::Sets, l).1,
    ),
];

/// [`page_heading`] of a place that has one.
fn heading(route: &Route, lang: Lang) -> (&'static str, &'static str) {
    page_heading(route, lang).unwrap_or_default()
}

/// A text of another part of the interface, per language.
type TextOf = fn(Lang) -> &'static str;

/// Writes an element that holds a text of the parts' pages: in Dutch, with both.
fn translated_by(m: &mut Markup, tag: &str, attrs: &[(&str, &str)], text: TextOf) {
    let texts = Lang::ALL.map(|lang| text(lang).to_string());
    m.tag("<").tag(tag).attrs(attrs);
    languages(m, &texts).tag(">").text(&texts[0]);
    m.tag("</").tag(tag).tag(">");
}

/// What `<main>` shows while a part downloads, and when that download failed.
pub fn part_status(m: &mut Markup) {
    m.tag("<div")
        .attrs(&[("id", id::PART_LOADING), ("class", "page"), ("hidden", "")])
        .tag(">");
    for (route, title, lead) in SKELETONS {
        let nav = route.nav_item().unwrap_or_default();
        m.tag("<div")
            .attrs(&[(attr::LOADING, nav), ("hidden", "")])
            .tag(">");
        translated_by(m, "h1", &[], title);
        translated_by(m, "p", &[("class", "lead")], lead);
        m.tag("</div>");
    }
    translated(m, "p", &[("class", "loading"), ("role", "status")], |t| {
        t.loading_part
    });
    m.tag("</div><div")
        .attrs(&[("id", id::PART_FAILED), ("class", "page"), ("hidden", "")])
        .tag(">");
    translated(m, "h1", &[], |t| t.part_failed_title);
    m.tag(r#"<div class="notice notice-warning" role="alert">"#);
    translated(m, "p", &[], |t| t.part_failed);
    m.tag(r#"<div class="notice-actions">"#);
    translated(
        m,
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("id", id::PART_RELOAD),
        ],
        |t| t.reload,
    );
    m.tag("</div></div></div>");
}

/// The site footer.
pub fn footer(m: &mut Markup) {
    m.tag(r#"<footer class="site-footer""#)
        .attr(attr::CHROME, "")
        .tag(">");
    translated(m, "p", &[], |t| t.footer);
    m.tag("</footer>");
}
