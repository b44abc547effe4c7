//! The words of the trainer's own sets (the list, import, the editor, share links, the
//! handout) in Dutch and English.

use crate::lang::Lang;

/// The sets part's fixed words in one language.
pub struct SetsText {
    pub import_title: &'static str,
    pub import_hint: &'static str,
    pub choose_file: &'static str,
    pub drop_here: &'static str,
    pub gift_lang_label: &'static str,
    pub write_new: &'static str,
    pub reading: &'static str,
    pub not_imported: &'static str,
    pub import_rest: &'static str,
    pub own_title: &'static str,
    pub own_empty: &'static str,
    pub builtin_title: &'static str,
    pub builtin_intro: &'static str,
    pub play: &'static str,
    pub play_other_lang: &'static str,
    pub edit_copy: &'static str,
    pub export: &'static str,
    pub share: &'static str,
    pub print: &'static str,
    pub remove: &'static str,
    pub undo: &'static str,
    pub dismiss: &'static str,
    pub editor_title: &'static str,
    pub editor_intro: &'static str,
    pub editor_label: &'static str,
    pub editor_ok: &'static str,
    pub editor_errors: &'static str,
    pub preview_title: &'static str,
    pub preview_empty: &'static str,
    pub answers_and_why: &'static str,
    pub right: &'static str,
    pub wrong: &'static str,
    pub read_more: &'static str,
    pub start_template: &'static str,
    pub save_set: &'static str,
    pub download_md: &'static str,
    pub draft_kept: &'static str,
    pub back_to_sets: &'static str,
    pub bring_back: &'static str,
    pub template_placed: &'static str,
    pub previous_kept: &'static str,
    pub brought_back: &'static str,
    pub draft_followed: &'static str,
    pub other_tab_kept: &'static str,
    pub draft_in_memory: &'static str,
    pub draft_not_kept: &'static str,
    pub save_blocked: &'static str,
    pub preview_stale: &'static str,
    pub share_title: &'static str,
    pub share_intro: &'static str,
    pub share_link_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub qr_label: &'static str,
    pub qr_too_long: &'static str,
    pub share_file_instead: &'static str,
    pub shared_title: &'static str,
    pub shared_intro: &'static str,
    pub add_set: &'static str,
    pub play_once: &'static str,
    pub replaces_note: &'static str,
    pub shared_failed: &'static str,
    pub handout_key: &'static str,
    pub handout_print: &'static str,
    /// The handout's choice to print the answer key after the questions, or leave it out
    /// (for the copies a group fills in).
    pub handout_with_key: &'static str,
    pub handout_missing: &'static str,
    pub handout_name_line: &'static str,
    pub handout_instructions: &'static str,
    pub handout_answer: &'static str,
    pub handout_tip: &'static str,
    pub handout_prompt: &'static str,
    pub lang_nl: &'static str,
    pub lang_en: &'static str,
    pub line: &'static str,
    pub whole_file: &'static str,
}

const NL: SetsText = SetsText {
    import_title: "Een set importeren",
    import_hint: "Sleep een bestand hierheen of kies er een: Markdown (.md) in het formaat van de app, of Moodle GIFT (.gift, .txt). Niets wordt geïmporteerd zolang het bestand fouten heeft.",
    choose_file: "Kies een bestand",
    drop_here: "Laat los om te importeren",
    gift_lang_label: "Taal van GIFT-vragen",
    write_new: "Schrijf een nieuwe set",
    reading: "Bezig met lezen…",
    not_imported: "niet geïmporteerd. Verbeter deze punten en importeer het opnieuw:",
    import_rest: "Importeer de vragen zonder fouten",
    own_title: "Jouw sets",
    own_empty: "Je hebt nog geen eigen sets. Importeer er een, of schrijf er een in de editor.",
    builtin_title: "Sets van de app",
    builtin_intro: "Begin gerust met een van deze: bewerk een kopie, exporteer hem of druk hem af.",
    play: "Oefenen",
    play_other_lang: "Zet de app in het Engels om deze set te oefenen.",
    edit_copy: "Bewerk een kopie",
    export: "Exporteer (.md)",
    share: "Delen",
    print: "Hand-out",
    remove: "Verwijderen",
    undo: "Ongedaan maken",
    dismiss: "Sluiten",
    editor_title: "Set-editor",
    editor_intro: "Schrijf of plak een set in Markdown. Fouten verschijnen terwijl je typt, met hun regel; rechts zie je elke vraag zoals een deelnemer hem ziet. Wat je typt blijft bewaard, ook als je de pagina herlaadt.",
    editor_label: "Markdown van de set",
    editor_ok: "Geen fouten: deze set kan worden opgeslagen.",
    editor_errors: "Nog te verbeteren",
    preview_title: "Voorbeeld",
    preview_empty: "Zodra de set zonder fouten is, staat hier elke vraag zoals een deelnemer hem ziet.",
    answers_and_why: "Antwoorden en uitleg",
    right: "Goed",
    wrong: "Fout",
    read_more: "Lees meer in het hoofdstuk",
    start_template: "Begin met het sjabloon",
    save_set: "Bewaar in Mijn sets",
    download_md: "Download (.md)",
    draft_kept: "Concept bewaard",
    back_to_sets: "Terug naar Mijn sets",
    bring_back: "Breng de vorige tekst terug",
    template_placed: "Het sjabloon staat in de editor.",
    previous_kept: "Je vorige tekst is bewaard; je kunt hem terugbrengen.",
    brought_back: "Je vorige tekst staat weer in de editor.",
    draft_followed: "Bijgewerkt met wat je in een ander tabblad typte.",
    other_tab_kept: "Je typte in een ander tabblad ook aan dit concept. Die tekst is bewaard als je vorige tekst; je kunt hem terugbrengen.",
    draft_in_memory: "Concept alleen in dit tabblad: deze browser laat de app niets bewaren.",
    draft_not_kept: "Concept niet bewaard.",
    save_blocked: "Verbeter eerst de fouten; dan kun je de set bewaren.",
    preview_stale: "De set heeft nu fouten. Hieronder staat de laatste versie zonder fouten.",
    share_title: "Delen via een link",
    share_intro: "De hele set zit in de link zelf, achter het #-teken: geen server ziet hem. Wie de link opent, kan de set toevoegen of één keer spelen.",
    share_link_label: "Link naar deze set",
    copy_link: "Kopieer de link",
    copied: "Gekopieerd.",
    qr_label: "QR-code van de link",
    qr_too_long: "Deze link is te lang voor een QR-code: deel de link of het bestand.",
    share_file_instead: "Deze set is te groot voor een link die chat-apps heel laten: deel in plaats daarvan het bestand.",
    shared_title: "Gedeelde set",
    shared_intro: "Iemand heeft deze set met je gedeeld. Voeg hem toe aan Mijn sets, of speel hem één keer zonder hem toe te voegen.",
    add_set: "Voeg toe aan Mijn sets",
    play_once: "Eén keer spelen",
    replaces_note: "Je hebt al een set met deze id. Toevoegen vervangt hem; je voortgang op vragen die hetzelfde zijn gebleven, blijft.",
    shared_failed: "Deze link kan niet worden geopend",
    handout_key: "Antwoordsleutel",
    handout_print: "Afdrukken",
    handout_with_key: "Met de antwoordsleutel (zet uit voor de kopieën van de groep)",
    handout_missing: "Deze set bestaat niet (meer) in deze browser.",
    handout_name_line: "Naam:",
    handout_instructions: "Lees elke situatie en kies bij elke vraag de rol of rollen die passen: soms is dat er één, soms zijn het er meer. Zet een kruisje in elk vakje dat past. Let op wat iemand doet in deze aankoop, niet op zijn of haar functietitel.",
    handout_answer: "Antwoord:",
    handout_tip: "Zo benader je deze persoon",
    handout_prompt: "Om te bespreken",
    lang_nl: "Nederlands",
    lang_en: "Engels",
    line: "Regel",
    whole_file: "Hele bestand",
};

const EN: SetsText = SetsText {
    import_title: "Import a set",
    import_hint: "Drop a file here or choose one: Markdown (.md) in the app's format, or Moodle GIFT (.gift, .txt). Nothing is imported while the file has errors.",
    choose_file: "Choose a file",
    drop_here: "Let go to import",
    gift_lang_label: "Language of GIFT questions",
    write_new: "Write a new set",
    reading: "Reading…",
    not_imported: "not imported. Fix these points and import it again:",
    import_rest: "Import the questions without errors",
    own_title: "Your sets",
    own_empty: "You have no sets of your own yet. Import one, or write one in the editor.",
    builtin_title: "The app's sets",
    builtin_intro: "Feel free to start from one of these: edit a copy, export it or print it.",
    play: "Practise",
    play_other_lang: "Switch the app to Dutch to practise this set.",
    edit_copy: "Edit a copy",
    export: "Export (.md)",
    share: "Share",
    print: "Handout",
    remove: "Remove",
    undo: "Undo",
    dismiss: "Close",
    editor_title: "Set editor",
    editor_intro: "Write or paste a set in Markdown. Errors appear as you type, with their line; on the right you see each question as a learner sees it. What you type is kept, even when you reload the page.",
    editor_label: "The set's Markdown",
    editor_ok: "No errors: this set can be saved.",
    editor_errors: "Still to fix",
    preview_title: "Preview",
    preview_empty: "Once the set has no errors, each question shows here as a learner sees it.",
    answers_and_why: "Answers and explanations",
    right: "Right",
    wrong: "Wrong",
    read_more: "Read more in the chapter",
    start_template: "Start from the template",
    save_set: "Save in My sets",
    download_md: "Download (.md)",
    draft_kept: "Draft kept",
    back_to_sets: "Back to My sets",
    bring_back: "Bring back the previous text",
    template_placed: "The template is in the editor.",
    previous_kept: "Your previous text is kept; you can bring it back.",
    brought_back: "Your previous text is back in the editor.",
    draft_followed: "Updated with what you typed in another tab.",
    other_tab_kept: "You also typed in this draft in another tab. That text is kept as your previous text; you can bring it back.",
    draft_in_memory: "Draft kept in this tab only: this browser lets the app store nothing.",
    draft_not_kept: "Draft not kept.",
    save_blocked: "Fix the errors first; then you can save the set.",
    preview_stale: "The set has errors now. Below is the last version without errors.",
    share_title: "Share by link",
    share_intro: "The whole set is in the link itself, after the # sign: no server sees it. Whoever opens the link can add the set or play it once.",
    share_link_label: "Link to this set",
    copy_link: "Copy the link",
    copied: "Copied.",
    qr_label: "QR code of the link",
    qr_too_long: "This link is too long for a QR code: share the link or the file.",
    share_file_instead: "This set is too large for a link that chat apps pass on whole: share the file instead.",
    shared_title: "Shared set",
    shared_intro: "Someone shared this set with you. Add it to My sets, or play it once without adding it.",
    add_set: "Add to My sets",
    play_once: "Play once",
    replaces_note: "You already have a set with this id. Adding replaces it; your progress on questions that stayed the same is kept.",
    shared_failed: "This link cannot be opened",
    handout_key: "Answer key",
    handout_print: "Print",
    handout_with_key: "With the answer key (turn off for the group's copies)",
    handout_missing: "This set does not exist (any more) in this browser.",
    handout_name_line: "Name:",
    handout_instructions: "Read each situation and, for each question, choose the role or roles that fit: sometimes that is one, sometimes more. Tick every box that fits. Look at what someone does in this purchase, not at their job title.",
    handout_answer: "Answer:",
    handout_tip: "How to approach this person",
    handout_prompt: "To discuss",
    lang_nl: "Dutch",
    lang_en: "English",
    line: "Line",
    whole_file: "Whole file",
};

/// The title and lead of My sets, apart from [`sets_text`], so that the other parts
/// (whose loading notice shows them) carry these two sentences, not all the sets part's
/// words.
pub fn sets_heading(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Nl => ("Mijn sets", "Breng je eigen scenario's mee: importeer een set (Markdown of Moodle GIFT), schrijf er een in de editor, en deel hem met je groep via een link. Je sets blijven in deze browser; er gaat niets naar een server."),
        Lang::En => ("My sets", "Bring your own scenarios: import a set (Markdown or Moodle GIFT), write one in the editor, and share it with your group by link. Your sets stay in this browser; nothing goes to a server."),
    }
}

/// The sets part's words in `lang`.
pub fn sets_text(lang: Lang) -> &'static SetsText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The name of a set's language, in the interface's language.
pub fn lang_name(ui: Lang, set: Lang) -> &'static str {
    let text = sets_text(ui);
    match set {
        Lang::Nl => text.lang_nl,
        Lang::En => text.lang_en,
    }
}

/// What an import or a save did, e.g. "Set 'Zorg' added: 12 scenarios."
pub fn added_message(ui: Lang, title: &str, added: &crate::sets::own::Added) -> String {
    let count = |n: usize| crate::quiz_text::scenario_count(ui, n);
    match (ui, added.replaced) {
        (Lang::Nl, false) => format!("Set ‘{title}’ toegevoegd: {}.", count(added.new)),
        (Lang::En, false) => format!("Set ‘{title}’ added: {}.", count(added.new)),
        (Lang::Nl, true) => format!(
            "Set ‘{title}’ vervangen. De voortgang op {} blijft; {} nieuw.",
            count(added.kept),
            added.new
        ),
        (Lang::En, true) => format!(
            "Set ‘{title}’ replaced. Progress on {} is kept; {} new.",
            count(added.kept),
            added.new
        ),
    }
}

/// A set that was removed, with the way back.
pub fn removed_message(ui: Lang, title: &str) -> String {
    match ui {
        Lang::Nl => format!("Set ‘{title}’ verwijderd. Je voortgang erop blijft bewaard."),
        Lang::En => format!("Set ‘{title}’ removed. Your progress on it is kept."),
    }
}

/// The heading over a file's errors: "zorg.md: 3 errors".
pub fn errors_heading(ui: Lang, file: &str, count: usize) -> String {
    match (ui, count) {
        (Lang::Nl, 1) => format!("{file}: 1 fout,"),
        (Lang::Nl, n) => format!("{file}: {n} fouten,"),
        (Lang::En, 1) => format!("{file}: 1 error,"),
        (Lang::En, n) => format!("{file}: {n} errors,"),
    }
}

/// How many errors the editor's text has: "2 fouten".
pub fn error_count(ui: Lang, count: usize) -> String {
    match (ui, count) {
        (Lang::Nl, 1) => "1 fout".to_string(),
        (Lang::Nl, n) => format!("{n} fouten"),
        (Lang::En, 1) => "1 error".to_string(),
        (Lang::En, n) => format!("{n} errors"),
    }
}

/// Where the editor's caret is: "Cursor op regel 12".
pub fn caret_place(ui: Lang, line: u32) -> String {
    match ui {
        Lang::Nl => format!("Cursor op regel {line}"),
        Lang::En => format!("Cursor on line {line}"),
    }
}

/// Where an error is: "Line 12" or "Whole file".
pub fn error_place(ui: Lang, line: u32) -> String {
    let text = sets_text(ui);
    match line {
        0 => text.whole_file.to_string(),
        n => format!("{} {n}", text.line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sets::own::Added;

    #[test]
    fn both_languages_say_it_differently() {
        let (nl, en) = (sets_text(Lang::Nl), sets_text(Lang::En));
        assert_ne!(nl.import_title, en.import_title);
        assert_ne!(sets_heading(Lang::Nl), sets_heading(Lang::En));
        assert_ne!(nl.handout_instructions, en.handout_instructions);
        assert_ne!(nl.handout_prompt, en.handout_prompt);
        assert_ne!(nl.handout_with_key, en.handout_with_key);
        assert_eq!(lang_name(Lang::Nl, Lang::En), "Engels");
        assert_eq!(lang_name(Lang::En, Lang::Nl), "Dutch");
    }

    #[test]
    fn messages_count_and_place() {
        let added = Added {
            replaced: true,
            kept: 10,
            new: 2,
        };
        let message = added_message(Lang::En, "Zorg", &added);
        assert!(message.contains("10 situations"), "{message}");
        assert!(message.contains("2 new"), "{message}");
        let fresh = Added {
            replaced: false,
            kept: 0,
            new: 1,
        };
        assert!(added_message(Lang::Nl, "Zorg", &fresh).contains("toegevoegd"));
        assert_eq!(errors_heading(Lang::Nl, "x.md", 1), "x.md: 1 fout,");
        assert_eq!(errors_heading(Lang::En, "x.md", 3), "x.md: 3 errors,");
        assert_eq!(error_place(Lang::Nl, 12), "Regel 12");
        assert_eq!(error_place(Lang::En, 0), "Whole file");
        assert!(removed_message(Lang::Nl, "Zorg").contains("verwijderd"));
        assert_eq!(error_count(Lang::Nl, 1), "1 fout");
        assert_eq!(error_count(Lang::En, 3), "3 errors");
        assert_eq!(caret_place(Lang::Nl, 12), "Cursor op regel 12");
    }
}
