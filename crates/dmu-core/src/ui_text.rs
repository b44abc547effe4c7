//! Every sentence of the interface, in Dutch and English. A struct rather than a map, so a
//! missing translation is a compile error, not a blank button.

use crate::lang::Lang;

/// The interface's words in one language.
pub struct UiText {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_chapter: &'static str,
    pub nav_practice: &'static str,
    pub nav_progress: &'static str,
    pub nav_workshop: &'static str,
    pub nav_sets: &'static str,
    pub switch_language: &'static str,
    pub language_name: &'static str,
    pub toc_title: &'static str,
    pub roles_title: &'static str,
    pub role_cards_intro: &'static str,
    pub linkedin_label: &'static str,
    pub read_section: &'static str,
    pub practise_role: &'static str,
    pub opens_new_tab: &'static str,
    pub storage_memory_only: &'static str,
    /// While a part of the app (practice, workshop) is being downloaded.
    pub loading_part: &'static str,
    /// When that download failed: a heading, what happened and what to do.
    pub part_failed_title: &'static str,
    pub part_failed: &'static str,
    pub reload: &'static str,
    /// When a language's content could not be fetched or read: what to do.
    pub content_failed: &'static str,
    pub try_again: &'static str,
    pub footer: &'static str,
}

const NL: UiText = UiText {
    app_name: "DMU Trainer",
    tagline: "Leer de rollen in een zakelijk inkoopteam",
    skip_to_content: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_chapter: "Hoofdstuk",
    nav_practice: "Oefenen",
    nav_progress: "Voortgang",
    nav_workshop: "Workshop",
    nav_sets: "Mijn sets",
    switch_language: "Switch to English",
    language_name: "EN",
    toc_title: "Inhoud",
    roles_title: "De zes rollen in één oogopslag",
    role_cards_intro: "Per rol: de Nederlandse en Engelse naam, wat die persoon doet en, waar het hoofdstuk dat zegt, hoe je hem of haar op LinkedIn herkent of benadert.",
    linkedin_label: "Op LinkedIn",
    read_section: "Lees meer",
    practise_role: "Oefen deze rol",
    opens_new_tab: "(opent in een nieuw tabblad)",
    storage_memory_only: "Je browser staat niet toe dat deze app gegevens bewaart. Alles werkt, maar je voortgang verdwijnt als je de pagina sluit.",
    loading_part: "Even laden…",
    part_failed_title: "Dit deel van de app is niet geladen",
    part_failed: "Dit deel kon niet worden gedownload. Controleer je internetverbinding en laad de pagina opnieuw. Het hoofdstuk blijft gewoon te lezen.",
    reload: "Pagina opnieuw laden",
    content_failed: "De situaties en vragen konden niet worden geladen. Controleer je internetverbinding en probeer het opnieuw. Het hoofdstuk blijft gewoon te lezen.",
    try_again: "Probeer het opnieuw",
    footer: "Gebaseerd op het hoofdstuk over de DMU uit Social Selling met LinkedIn. Werkt zonder account; je gegevens blijven in deze browser.",
};

const EN: UiText = UiText {
    app_name: "DMU Trainer",
    tagline: "Learn the roles in a business buying team",
    skip_to_content: "Skip to content",
    nav_label: "Main menu",
    nav_chapter: "Chapter",
    nav_practice: "Practise",
    nav_progress: "Progress",
    nav_workshop: "Workshop",
    nav_sets: "My sets",
    switch_language: "Schakel naar Nederlands",
    language_name: "NL",
    toc_title: "Contents",
    roles_title: "The six roles at a glance",
    role_cards_intro: "For each role: its Dutch and English name, what that person does and, where the chapter says so, how to recognise or approach them on LinkedIn.",
    linkedin_label: "On LinkedIn",
    read_section: "Read more",
    practise_role: "Practise this role",
    opens_new_tab: "(opens in a new tab)",
    storage_memory_only: "Your browser does not let this app store data. Everything works, but your progress is lost when you close the page.",
    loading_part: "Loading…",
    part_failed_title: "This part of the app did not load",
    part_failed: "This part could not be downloaded. Check your internet connection and reload the page. The chapter can still be read.",
    reload: "Reload the page",
    content_failed: "The situations and questions could not be loaded. Check your internet connection and try again. The chapter can still be read.",
    try_again: "Try again",
    footer: "Based on the chapter on the DMU in Social Selling met LinkedIn. No account needed; your data stays in this browser.",
};

/// The interface text for a language.
pub fn ui_text(lang: Lang) -> &'static UiText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_switch_names_the_other_language() {
        for lang in Lang::ALL {
            let other = lang.other();
            let switch = ui_text(lang);
            // The short label is the language the switch leads to, as its own code reads.
            assert_eq!(Lang::parse(switch.language_name), Some(other), "{lang:?}");
            assert_eq!(switch.language_name, other.code().to_uppercase());
            // Each page's switch has a sentence of its own (a copy would offer both pages'
            // learners the same language).
            assert_ne!(switch.switch_language, ui_text(other).switch_language);
        }
    }

    #[test]
    fn no_text_is_left_empty() {
        for lang in Lang::ALL {
            let t = ui_text(lang);
            for text in [
                t.app_name,
                t.tagline,
                t.nav_chapter,
                t.toc_title,
                t.footer,
                t.storage_memory_only,
                t.loading_part,
                t.part_failed_title,
                t.part_failed,
                t.reload,
            ] {
                assert!(!text.trim().is_empty());
            }
        }
    }
}

/// The heading and lead of the first page of a part's place: what the page shows while
/// that part (or its content) downloads, where the part will show it. `None` for places
/// that start otherwise (the chapter, a round being played, the projector).
pub fn page_heading(
    route: &crate::route::Route,
    lang: Lang,
) -> Option<(&'static str, &'static str)> {
    use crate::route::Route;
    match route {
        Route::Practice | Route::PracticeRole(_) => {
            let text = crate::quiz_text::quiz_text(lang);
            Some((text.practice_title, text.practice_intro))
        }
        Route::Progress => {
            let text = crate::progress_text::progress_text(lang);
            Some((text.title, text.intro))
        }
        Route::Workshop => {
            let text = crate::workshop_text::workshop_text(lang);
            Some((text.title, text.intro))
        }
        Route::Sets | Route::SetEditor | Route::SharedSet(_) => {
            Some(crate::sets_text::sets_heading(lang))
        }
        Route::Chapter(_)
        | Route::Quiz
        | Route::Audience
        | Route::SetHandout(_)
        | Route::PracticeSet(_) => None,
    }
}

#[cfg(test)]
mod page_heading_tests {
    use super::*;
    use crate::route::Route;

    #[test]
    fn each_part_page_has_its_heading_in_both_languages() {
        for route in [
            Route::Practice,
            Route::Progress,
            Route::Workshop,
            Route::Sets,
        ] {
            let (nl, en) = (
                page_heading(&route, Lang::Nl),
                page_heading(&route, Lang::En),
            );
            assert!(nl.is_some() && en.is_some() && nl != en, "{route:?}");
        }
        assert_eq!(page_heading(&Route::Quiz, Lang::Nl), None);
        assert_eq!(page_heading(&Route::Chapter(None), Lang::Nl), None);
    }
}
