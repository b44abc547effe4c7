//! The page rendered from a small chapter: its skeleton, the two languages, the anchors,
//! and that nothing in the content can become markup or break the page's ids.

mod support;

use dmu_core::lang::Lang;
use dmu_core::text::{Block, Inline};
use dmu_core::ui_text::ui_text;
use dmu_prerender::{render_page, Page, RenderError};
use support::{duplicate, ids, tags, unescape};

fn page() -> Page {
    render_page(&support::nl(), &support::en(), &support::files()).expect("the fixture renders")
}

/// The body in parts: the chrome before the chapter, the Dutch chapter, the English one,
/// and the chrome after it.
fn parts(body: &str) -> [&str; 4] {
    let (before, rest) = body
        .split_once(r#"<div id="chapter" data-lang="nl">"#)
        .unwrap();
    let (nl, rest) = rest
        .split_once(r#"</div><template id="chapter-nl"></template><template id="chapter-en">"#)
        .unwrap();
    let (en, after) = rest.split_once("</template></main>").unwrap();
    [before, nl, en, after]
}

#[test]
fn the_title_carries_both_languages() {
    assert_eq!(
        page().title,
        "<title data-nl=\"DMU Trainer · Leer de rollen in een zakelijk inkoopteam\" \
         data-en=\"DMU Trainer · Learn the roles in a business buying team\">\
         DMU Trainer · Leer de rollen in een zakelijk inkoopteam</title>"
    );
}

#[test]
fn the_build_files_are_listed_for_the_head() {
    assert_starts_with(
        &page().files,
        concat!(
            r#"<template id="dmu-files" data-practice="dmu-practice-0123456789abcdef" data-workshop="dmu-workshop-fedcba9876543210" data-sets="dmu-sets-00112233aabbccdd" "#,
            r#"data-content-nl="content-nl-00aa.json" data-content-en="content-en-00bb.json" data-places=""#
        ),
    );
}

#[test]
fn the_boot_script_gets_the_parts_places_from_the_routes() {
    let files = page().files;
    let (_, table) = files.split_once(" data-places=\"").unwrap();
    let table = table.strip_suffix("\"></template>").unwrap();
    let table: serde_json::Value = serde_json::from_str(&table.replace("&quot;", "\"")).unwrap();
    // Each segment: its part's files, then what stands in alone and below it.
    let rows = [
        ("oefenen", ["data-practice", "practice", "part"]),
        ("quiz", ["data-practice", "part", "part"]),
        ("voortgang", ["data-progress", "progress", "progress"]),
        ("workshop", ["data-workshop", "workshop", "audience"]),
        ("mijn-sets", ["data-sets", "sets", "part"]),
        ("set", ["data-sets", "part", "part"]),
    ];
    for (segment, row) in rows {
        assert_eq!(table[segment], serde_json::json!(row), "{segment}");
    }
    // The chapter is in the page: no part to fetch, nothing to stand in.
    assert_eq!(table.as_object().unwrap().len(), 9);
    assert!(table.get("hoofdstuk").is_none());
}

#[test]
fn the_chrome_is_written_once_in_dutch_with_english_beside_it() {
    let body = page().body;
    let [before, _, _, after] = parts(&body);
    let (nl, en) = (ui_text(Lang::Nl), ui_text(Lang::En));
    let expected = format!(
        concat!(
            r##"<a class="skip-link" href="#main" data-chrome data-nl="Naar de inhoud" data-en="Skip to content">Naar de inhoud</a>"##,
            r##"<header class="site-header" data-chrome><a class="brand" href="#/chapter"><span class="brand-mark" aria-hidden="true">DMU</span>"##,
            r##"<span class="brand-text"><span class="brand-name" data-nl="DMU Trainer" data-en="DMU Trainer">DMU Trainer</span>"##,
            r##"<span class="brand-tagline" data-nl="Leer de rollen in een zakelijk inkoopteam" data-en="Learn the roles in a business buying team">Leer de rollen in een zakelijk inkoopteam</span></span></a>"##,
            r##"<nav class="main-nav" aria-label="Hoofdmenu" data-i18n="aria-label" data-nl="Hoofdmenu" data-en="Main menu">"##,
            r##"<a href="#/chapter" data-nav="chapter" data-nl="Hoofdstuk" data-en="Chapter">Hoofdstuk</a>"##,
            r##"<a href="#/practice" data-nav="practice" data-nl="Oefenen" data-en="Practise">Oefenen</a>"##,
            r##"<a href="#/progress" data-nav="progress" data-nl="Voortgang" data-en="Progress">Voortgang</a>"##,
            r##"<a href="#/workshop" data-nav="workshop" data-nl="Workshop" data-en="Workshop">Workshop</a>"##,
            r##"<a href="#/sets" data-nav="sets" data-nl="Mijn sets" data-en="My sets">Mijn sets</a></nav>"##,
            r##"<button type="button" class="lang-switch" id="lang-switch" title="Switch to English" data-i18n="title" data-nl="Switch to English" data-en="Schakel naar Nederlands">"##,
            r##"<span data-nl="EN" data-en="NL">EN</span>"##,
            r##"<span class="visually-hidden" data-nl=" – Switch to English" data-en=" – Schakel naar Nederlands"> – Switch to English</span></button></header>"##,
            r##"<div class="notices" id="storage-notice" role="status" hidden><div class="notice notice-warning">"##,
            r##"<p data-nl="{storage_nl}" data-en="{storage_en}">{storage_nl}</p></div></div>"##,
            r##"<div id="practice-root"></div><div id="progress-root"></div><div id="workshop-root"></div><div id="sets-root"></div><main id="main" tabindex="-1" data-prerendered>"##,
            r##"<div id="part-loading" class="page" hidden>"##,
            r##"<div data-loading="practice" hidden><h1 data-nl="Oefenen" data-en="Practise">Oefenen</h1><p class="lead" data-nl="{practice_nl}" data-en="{practice_en}">{practice_nl}</p></div>"##,
            r##"<div data-loading="progress" hidden><h1 data-nl="Voortgang" data-en="Progress">Voortgang</h1><p class="lead" data-nl="{progress_nl}" data-en="{progress_en}">{progress_nl}</p></div>"##,
            r##"<div data-loading="workshop" hidden><h1 data-nl="Workshop" data-en="Workshop">Workshop</h1><p class="lead" data-nl="{workshop_nl}" data-en="{workshop_en}">{workshop_nl}</p></div>"##,
            r##"<div data-loading="sets" hidden><h1 data-nl="Mijn sets" data-en="My sets">Mijn sets</h1><p class="lead" data-nl="{sets_nl}" data-en="{sets_en}">{sets_nl}</p></div>"##,
            r##"<p class="loading" role="status" data-nl="Even laden…" data-en="Loading…">Even laden…</p></div>"##,
            r##"<div id="part-failed" class="page" hidden><h1 data-nl="Dit deel van de app is niet geladen" data-en="This part of the app did not load">Dit deel van de app is niet geladen</h1>"##,
            r##"<div class="notice notice-warning" role="alert"><p data-nl="{failed_nl}" data-en="{failed_en}">{failed_nl}</p>"##,
            r##"<div class="notice-actions"><button type="button" class="button" id="part-reload" data-nl="Pagina opnieuw laden" data-en="Reload the page">Pagina opnieuw laden</button></div></div></div>"##,
        ),
        storage_nl = nl.storage_memory_only,
        storage_en = en.storage_memory_only,
        failed_nl = nl.part_failed,
        failed_en = en.part_failed,
        practice_nl = dmu_core::quiz_text::quiz_text(Lang::Nl).practice_intro,
        practice_en = dmu_core::quiz_text::quiz_text(Lang::En).practice_intro,
        progress_nl = dmu_core::progress_text::progress_text(Lang::Nl).intro,
        progress_en = dmu_core::progress_text::progress_text(Lang::En).intro,
        workshop_nl = dmu_core::workshop_text::workshop_text(Lang::Nl).intro,
        workshop_en = dmu_core::workshop_text::workshop_text(Lang::En).intro,
        sets_nl = dmu_core::sets_text::sets_heading(Lang::Nl).1,
        sets_en = dmu_core::sets_text::sets_heading(Lang::En).1,
    );
    assert_eq!(before, expected);
    assert_eq!(
        after,
        format!(
            r#"<footer class="site-footer" data-chrome><p data-nl="{0}" data-en="{1}">{0}</p></footer>"#,
            nl.footer, en.footer
        )
    );
}

#[test]
fn the_dutch_chapter_is_live_and_the_english_one_waits_in_its_template() {
    let body = page().body;
    let [_, nl, en, _] = parts(&body);
    for (chapter, title, toc) in [
        (nl, "De rollen in de DMU", "Inhoud"),
        (en, "The roles in the DMU", "Contents"),
    ] {
        assert!(chapter.starts_with(&format!(
            r#"<div class="chapter-layout"><nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">{toc}</h2><ol>"#
        )));
        assert!(chapter.contains(&format!(
            r#"<article class="chapter" aria-labelledby="chapter-title"><h1 id="chapter-title">{title}</h1>"#
        )));
        assert!(chapter.ends_with("</article></div>"));
    }
    let tags = tags(&body);
    let live_titles: Vec<&str> = tags
        .iter()
        .filter(|t| t.live && t.name == "h1" && t.get("id") == Some("chapter-title"))
        .map(|t| t.text)
        .collect();
    assert_eq!(live_titles, ["De rollen in de DMU"]);
    assert!(!nl.contains("The roles") && !en.contains("De rollen"));
    assert!(nl.contains("> (opent in een nieuw tabblad)</span></a>"));
}

#[test]
fn ids_are_unique_with_either_chapter_on_screen() {
    let body = page().body;
    let all = tags(&body);
    let live = ids(&all.into_iter().filter(|t| t.live).collect::<Vec<_>>());
    assert_eq!(duplicate(&live), None, "live ids: {live:?}");
    for id in [
        "main",
        "chapter",
        "chapter-nl",
        "chapter-en",
        "koper",
        "koper-invloed",
        "card-buyer",
        "toc-title",
    ] {
        assert!(live.contains(&id), "{id} missing from {live:?}");
    }
    assert!(!live.contains(&"buyer"), "the English anchors are not live");

    let [before, nl, en, after] = parts(&body);
    let chrome = format!("{before}</div><template id=\"chapter-nl\"></template><template id=\"chapter-en\"></template></main>{after}");
    for chapter in [nl, en] {
        let page = format!("{chrome}{chapter}");
        let page_ids = ids(&tags(&page));
        assert_eq!(duplicate(&page_ids), None, "{page_ids:?}");
    }
}

#[test]
fn every_translated_element_holds_both_languages_and_only_text() {
    let page = page();
    let html = format!("{}{}", page.title, page.body);
    let tags = tags(&html);
    let mut translated = 0;
    for (i, tag) in tags.iter().enumerate() {
        let (nl, en) = (tag.get("data-nl"), tag.get("data-en"));
        assert_eq!(nl.is_some(), en.is_some(), "{tag:?}");
        let Some(nl) = nl else { continue };
        translated += 1;
        match tag.get("data-i18n") {
            Some(attribute) => assert_eq!(tag.get(attribute), Some(nl), "{tag:?}"),
            None => {
                assert_eq!(unescape(tag.text), unescape(nl), "{tag:?}");
                let closing = format!("/{}", tag.name);
                assert_eq!(tags[i + 1].name, closing, "only text inside {tag:?}");
            }
        }
    }
    assert_eq!(
        translated, 27,
        "the title and 26 elements of the body (a menu link, and a heading and lead per part's page, included)"
    );
    let [_, nl, en, _] = parts(&page.body);
    assert!(
        !nl.contains("data-nl") && !en.contains("data-en"),
        "the chapter is swapped whole"
    );
}

#[test]
fn the_texts_differ_per_language_where_the_interface_text_does() {
    let page = page();
    let tags = tags(&page.body);
    let pairs: Vec<(String, String)> = tags
        .iter()
        .filter_map(|t| Some((unescape(t.get("data-nl")?), unescape(t.get("data-en")?))))
        .collect();
    let (nl, en) = (ui_text(Lang::Nl), ui_text(Lang::En));
    for (a, b) in [
        (nl.skip_to_content, en.skip_to_content),
        (nl.tagline, en.tagline),
        (nl.nav_label, en.nav_label),
        (nl.nav_chapter, en.nav_chapter),
        (nl.nav_practice, en.nav_practice),
        (nl.nav_progress, en.nav_progress),
        (nl.switch_language, en.switch_language),
        (nl.language_name, en.language_name),
        (nl.storage_memory_only, en.storage_memory_only),
        (nl.loading_part, en.loading_part),
        (nl.part_failed_title, en.part_failed_title),
        (nl.part_failed, en.part_failed),
        (nl.reload, en.reload),
        (nl.footer, en.footer),
    ] {
        assert_ne!(a, b);
        assert!(pairs.contains(&(a.to_string(), b.to_string())), "{a} / {b}");
    }
}

#[test]
fn anchors_point_at_their_equivalent_in_the_other_language() {
    let body = page().body;
    for (anchor, other, tag) in [
        ("koper", "buyer", "h2"),
        ("buyer", "koper", "h2"),
        ("portier", "gatekeeper", "h2"),
        ("dmu", "dmu", "h2"),
        ("koper-invloed", "buyer-influence", "h3"),
        ("buyer-influence", "koper-invloed", "h3"),
    ] {
        let markup = format!(r#"<{tag} id="{anchor}" tabindex="-1" data-other="{other}">"#);
        assert!(body.contains(&markup), "{markup}");
    }
}

#[test]
fn sections_cards_and_links_are_marked_up_as_the_components_do() {
    let body = page().body;
    let [_, nl, en, _] = parts(&body);
    assert!(nl.contains(r##"<ol><li><a href="#dmu">Wat is een DMU?</a></li><li><a href="#koper">Koper</a></li><li><a href="#portier">Portier</a></li></ol></nav>"##));
    assert!(nl.contains(r#"<div class="lead"><p>Een groep beslist samen.</p></div><section class="role-cards" aria-labelledby="roles-title"><h2 id="roles-title">De zes rollen in één oogopslag</h2><p class="muted">Per rol:"#));
    assert!(nl.contains(r#"<section class="chapter-section" aria-labelledby="dmu"><h2 id="dmu""#));
    assert!(nl.contains(r#"<section class="chapter-section" data-role="buyer" aria-labelledby="koper"><h2 id="koper""#));
    assert!(nl.contains(concat!(
        r##"<p>Zie de <a href="#koper">koper</a> en <a href="https://example.com/dmu" rel="noopener noreferrer external" target="_blank">"##,
        r##"de bron<span class="visually-hidden"> (opent in een nieuw tabblad)</span></a>.</p>"##
    )));
    assert!(nl.contains(concat!(
        r##"<ul class="cards"><li class="card" data-role="gatekeeper" aria-labelledby="card-gatekeeper">"##,
        r##"<h3 id="card-gatekeeper"><span class="role-badge" aria-hidden="true">P</span><span class="role-name">Portier</span>"##,
        r##"<span class="role-alt" lang="en">Gatekeeper</span></h3><p class="card-summary">Regelt toegang.</p>"##,
        r##"<div class="card-actions"><a class="card-more" href="#portier">Lees meer<span class="visually-hidden">: Portier</span></a>"##,
        r##"<a class="button card-practise" href="#/practice/gatekeeper">Oefen deze rol<span class="visually-hidden">: Portier</span></a></div></li>"##,
    )));
    assert!(nl.contains(concat!(
        r##"<p class="card-summary">Tekent het <strong>contract</strong></p>"##,
        r##"<div class="card-linkedin"><strong>Op LinkedIn</strong><p>Zoek de inkoper op.</p></div>"##,
    )));
    assert!(en.contains(concat!(
        r##"<span class="role-badge" aria-hidden="true">B</span><span class="role-name">Buyer</span>"##,
        r##"<span class="role-alt" lang="nl">Koper</span></h3>"##
    )));
    assert!(en.contains(r##"<a class="card-more" href="#buyer">Read more<span class="visually-hidden">: Buyer</span></a>"##));
}

#[test]
fn hostile_content_stays_text() {
    let mut nl = support::nl();
    nl.title = "<script>alert(1)</script>".into();
    nl.sections[0].title = "\" onerror=alert(1) x='".into();
    nl.sections[0].id = "x\" onload=\"y".into();
    nl.intro = vec![Block::Paragraph(vec![Inline::Code(
        "<img src=x onerror=alert(2)>".into(),
    )])];
    let body = render_page(&nl, &support::en(), &support::files())
        .unwrap()
        .body;
    assert!(!body.contains("<script") && !body.contains("<img"));
    for tag in tags(&body) {
        assert!(
            tag.attrs.iter().all(|(name, _)| !name.starts_with("on")),
            "{tag:?}"
        );
    }
    assert!(body.contains("<h1 id=\"chapter-title\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    assert!(body.contains("<h2 id=\"x&quot; onload=&quot;y\" tabindex=\"-1\" data-other=\"dmu\">\" onerror=alert(1) x='</h2>"));
    assert!(
        body.contains("<li><a href=\"#x&quot; onload=&quot;y\">\" onerror=alert(1) x='</a></li>")
    );
    assert!(body.contains("<code>&lt;img src=x onerror=alert(2)&gt;</code>"));
}

#[test]
fn an_anchor_that_clashes_with_the_page_is_refused() {
    let mut en = support::en();
    en.sections[0].id = "main".into();
    let error = render_page(&support::nl(), &en, &support::files()).unwrap_err();
    assert_eq!(
        error,
        RenderError::DuplicateId {
            lang: Lang::En,
            id: "main".into()
        }
    );
    let message = error.to_string();
    assert!(
        message.contains("\"main\"") && message.contains("content/en/chapter.md"),
        "{message}"
    );

    let mut nl = support::nl();
    nl.sections[2].id = "koper-invloed".into();
    assert_eq!(
        render_page(&nl, &support::en(), &support::files()),
        Err(RenderError::DuplicateId {
            lang: Lang::Nl,
            id: "koper-invloed".into()
        })
    );
}

fn assert_starts_with(text: &str, start: &str) {
    assert!(
        text.starts_with(start),
        "{text}\ndoes not start with\n{start}"
    );
}
