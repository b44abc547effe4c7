//! The words about stored data, in Dutch and English: the notices (what happened, to
//! which data, what the learner can do), the panel of data kept apart, and every message
//! of an import. Each sentence is built from the facts in [`crate::stored::Notice`] and
//! [`crate::progress::ImportError`]; no message of a library ever reaches the learner.

use crate::lang::Lang;
use crate::progress::buckets::date_label;
use crate::progress::ImportError;
use crate::stored::{Kept, Notice, Subject, WriteError};

/// Fixed words of the notices and the kept-data panel.
pub struct StorageText {
    pub export_kept: &'static str,
    pub export_now: &'static str,
    pub to_progress: &'static str,
    pub dismiss: &'static str,
    pub kept_title: &'static str,
    pub kept_intro: &'static str,
    pub discard: &'static str,
    pub discarded: &'static str,
    pub undo: &'static str,
    pub in_place: &'static str,
    pub importing: &'static str,
    pub storing: &'static str,
}

const NL: StorageText = StorageText {
    export_kept: "Exporteer de apart gezette gegevens",
    export_now: "Exporteer je voortgang nu",
    to_progress: "Bekijk op de voortgangspagina",
    dismiss: "Sluiten",
    kept_title: "Apart gezette gegevens",
    kept_intro: "Deze opgeslagen gegevens kon de app niet lezen. Ze zijn bewaard zoals ze waren. Exporteer ze als je ze wilt bewaren of laten onderzoeken, en gooi ze daarna weg om ruimte te maken.",
    discard: "Weggooien",
    discarded: "Weggegooid.",
    undo: "Ongedaan maken",
    in_place: "staat nog op de oorspronkelijke plek; tot je hem weggooit, slaat de app daar niets op",
    importing: "Bezig met inlezen…",
    storing: "Bezig met opslaan…",
};

const EN: StorageText = StorageText {
    export_kept: "Export the data kept apart",
    export_now: "Export your progress now",
    to_progress: "See the progress page",
    dismiss: "Close",
    kept_title: "Data kept apart",
    kept_intro: "The app could not read this stored data. It is kept exactly as it was. Export it if you want to keep it or have it looked at, then discard it to free space.",
    discard: "Discard",
    discarded: "Discarded.",
    undo: "Undo",
    in_place: "is still in its original place; until you discard it, the app saves nothing there",
    importing: "Reading the file…",
    storing: "Saving…",
};

/// The fixed words in a language.
pub fn storage_text(lang: Lang) -> &'static StorageText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// What the data is, as the object of a sentence ("je voortgang").
pub fn subject_name(lang: Lang, subject: &Subject) -> &'static str {
    match (lang, subject) {
        (Lang::Nl, Subject::Profiles) => "de lijst met profielen",
        (Lang::Nl, Subject::Progress) => "een deel van je voortgang",
        (Lang::Nl, Subject::Round) => "je open ronde",
        (Lang::Nl, Subject::Workshop) => "de workshopsessie",
        (Lang::Nl, Subject::Sets) => "je eigen sets",
        (Lang::Nl, Subject::Other) => "opgeslagen gegevens",
        (Lang::En, Subject::Profiles) => "the list of profiles",
        (Lang::En, Subject::Progress) => "part of your progress",
        (Lang::En, Subject::Round) => "your open round",
        (Lang::En, Subject::Workshop) => "the workshop session",
        (Lang::En, Subject::Sets) => "your own sets",
        (Lang::En, Subject::Other) => "stored data",
    }
}

/// The sentence of a notice.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    let nl = lang == Lang::Nl;
    match notice {
        Notice::Damaged { subject, kept } => {
            let what = subject_name(lang, subject);
            match (nl, kept.in_place) {
                (true, false) => format!("De app kon {what} niet lezen. Er is niets overschreven: de gegevens staan apart, precies zoals ze waren. Op de voortgangspagina kun je ze exporteren of weggooien."),
                (true, true) => format!("De app kon {what} niet lezen, en de gegevens zijn te groot om een kopie van te bewaren. Ze blijven staan waar ze staan en de app schrijft er niet overheen. Op de voortgangspagina kun je ze exporteren en daarna weggooien."),
                (false, false) => format!("The app could not read {what}. Nothing was overwritten: the data is kept apart, exactly as it was. On the progress page you can export or discard it."),
                (false, true) => format!("The app could not read {what}, and the data is too large to keep a copy of. It stays where it is and the app does not write over it. On the progress page you can export it and then discard it."),
            }
        }
        Notice::Newer { subject } => {
            let what = subject_name(lang, subject);
            if nl {
                format!("Een nieuwere versie van de app heeft {what} opgeslagen. Deze versie laat dat ongemoeid en slaat daar geen wijzigingen in op. Laad de pagina opnieuw om de nieuwste versie te krijgen.")
            } else {
                format!("A newer version of the app saved {what}. This version leaves it alone and saves no changes to it. Reload the page to get the newest version.")
            }
        }
        Notice::Unreadable { subject } => {
            let what = subject_name(lang, subject);
            if nl {
                format!("Je browser kon {what} niet lezen. De app gaat er niet van uit dat het leeg is en schrijft er niet overheen. Laad de pagina opnieuw; helpt dat niet, herstart dan de browser.")
            } else {
                format!("Your browser could not read {what}. The app does not take it for empty and does not write over it. Reload the page; if that does not help, restart the browser.")
            }
        }
        Notice::Full => if nl {
            "De opslag van je browser is vol. Wat al was opgeslagen, is veilig. Nieuwe antwoorden houdt de app in dit tabblad vast en slaat ze op zodra er ruimte is: gooi apart gezette gegevens weg of verwijder een profiel dat je niet meer gebruikt. Sluit dit tabblad niet voor je je voortgang hebt geëxporteerd."
        } else {
            "Your browser's storage is full. What was saved before is safe. The app holds on to new answers in this tab and saves them as soon as there is room: discard data kept apart or delete a profile you no longer use. Do not close this tab before you have exported your progress."
        }
        .to_string(),
        Notice::Refused { reason } => if nl {
            format!("Je browser weigerde op te slaan ({reason}). Nieuwe antwoorden houdt de app in dit tabblad vast. Controleer of je browser opslag voor deze site toestaat, en exporteer je voortgang voor je dit tabblad sluit.")
        } else {
            format!("Your browser refused to save ({reason}). The app holds on to new answers in this tab. Check that your browser allows storage for this site, and export your progress before you close this tab.")
        },
        Notice::NotSaved { subject } => {
            let what = subject_name(lang, subject);
            if nl {
                format!("Een wijziging in {what} is niet opgeslagen, omdat de app de opgeslagen gegevens daar ongemoeid laat (zie de melding hierboven). Zolang dit tabblad open is, blijft de wijziging hier zichtbaar.")
            } else {
                format!("A change to {what} was not saved, because the app leaves the stored data there alone (see the notice above). While this tab is open, the change stays visible here.")
            }
        }
        Notice::ProfilesRebuilt { recovered } => match (nl, *recovered) {
            (true, 1) => "De lijst met profielen was beschadigd of ontbrak een profiel. De app heeft hem hersteld uit je opgeslagen voortgang: 1 profiel is teruggezet, met al zijn antwoorden. Geef het op de voortgangspagina zo nodig een andere naam.".to_string(),
            (true, n) => format!("De lijst met profielen was beschadigd of ontbrak profielen. De app heeft hem hersteld uit je opgeslagen voortgang: {n} profielen zijn teruggezet, met al hun antwoorden. Geef ze op de voortgangspagina zo nodig een andere naam."),
            (false, 1) => "The list of profiles was damaged or missed a profile. The app rebuilt it from your stored progress: 1 profile is back, with all its answers. Rename it on the progress page if you like.".to_string(),
            (false, n) => format!("The list of profiles was damaged or missed profiles. The app rebuilt it from your stored progress: {n} profiles are back, with all their answers. Rename them on the progress page if you like."),
        },
    }
}

/// The name of the n-th profile found by its answers alone.
pub fn recovered_name(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nl => format!("Hersteld profiel {n}"),
        Lang::En => format!("Recovered profile {n}"),
    }
}

/// A size for people: "12 kB", "4,8 MB".
pub fn size_label(lang: Lang, chars: usize) -> String {
    if chars < 1_000_000 {
        format!("{} kB", chars.div_ceil(1_000))
    } else {
        let tenths = chars.div_ceil(100_000);
        let sep = if lang == Lang::Nl { ',' } else { '.' };
        format!("{}{sep}{} MB", tenths / 10, tenths % 10)
    }
}

/// One line of the kept-data panel: what the data was and its size, e.g. "De lijst met
/// profielen · 12 kB".
pub fn kept_label(lang: Lang, kept: &Kept) -> String {
    let what = capitalised(subject_name(lang, &Subject::of(&kept.name)));
    format!("{what} · {}", size_label(lang, kept.chars))
}

/// "12 antwoorden toegevoegd, 3 stonden er al."
pub fn import_line(lang: Lang, added: usize, already: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "Ingelezen en opgeslagen: {added} antwoorden toegevoegd, {already} stonden er al."
        ),
        Lang::En => {
            format!("Imported and saved: {added} answers added, {already} were already there.")
        }
    }
}

/// Why a read file could not be stored, and that nothing of it was.
pub fn import_not_stored(lang: Lang, error: &WriteError) -> String {
    match (lang, error) {
        (Lang::Nl, WriteError::Full) => "Niet ingelezen: de antwoorden passen niet meer in de opslag van je browser. Er is niets van het bestand opgeslagen en je voortgang is ongewijzigd. Maak ruimte (gooi apart gezette gegevens weg of verwijder een profiel dat je niet meer gebruikt) en probeer het opnieuw.".to_string(),
        (Lang::En, WriteError::Full) => "Not imported: the answers no longer fit in your browser's storage. Nothing of the file was saved and your progress is unchanged. Free some space (discard data kept apart or delete a profile you no longer use) and try again.".to_string(),
        (Lang::Nl, WriteError::Frozen) => "Niet ingelezen: een deel van je opgeslagen voortgang laat de app ongemoeid (zie de melding bovenaan). Er is niets van het bestand opgeslagen.".to_string(),
        (Lang::En, WriteError::Frozen) => "Not imported: the app leaves part of your stored progress alone (see the notice at the top). Nothing of the file was saved.".to_string(),
        (Lang::Nl, WriteError::Refused(reason)) => format!("Niet ingelezen: je browser weigerde op te slaan ({reason}). Er is niets van het bestand opgeslagen."),
        (Lang::En, WriteError::Refused(reason)) => format!("Not imported: your browser refused to save ({reason}). Nothing of the file was saved."),
    }
}

/// Why a file cannot be imported, where, and what to do.
pub fn import_error(lang: Lang, error: &ImportError) -> String {
    let nl = lang == Lang::Nl;
    let at_line = |line: &Option<usize>| match (nl, line) {
        (true, Some(n)) => format!("Regel {n}: "),
        (false, Some(n)) => format!("Line {n}: "),
        (_, None) => String::new(),
    };
    let why = match error {
        ImportError::Empty => if nl { "het bestand is leeg." } else { "the file is empty." }.to_string(),
        ImportError::TooLarge { bytes, max } => if nl {
            format!("het bestand is te groot ({}, hoogstens {}).", size_label(lang, *bytes as usize), size_label(lang, *max as usize))
        } else {
            format!("the file is too large ({}, at most {}).", size_label(lang, *bytes as usize), size_label(lang, *max as usize))
        },
        ImportError::NotJson { line, column } => if nl {
            format!("regel {line}, teken {column}, is niet te lezen: het bestand is geen voortgangsbestand of het is afgebroken.")
        } else {
            format!("line {line}, character {column}, cannot be read: the file is not a progress file, or it was cut off.")
        },
        ImportError::WrongFormat => if nl { "het is geen voortgangsbestand van DMU Trainer." } else { "it is not a DMU Trainer progress file." }.to_string(),
        ImportError::Newer(_) => if nl {
            "het is gemaakt door een nieuwere versie van de app. Laad de pagina opnieuw om de nieuwste versie te krijgen en probeer het dan nog eens."
        } else {
            "it was made by a newer version of the app. Reload the page to get the newest version, then try again."
        }
        .to_string(),
        ImportError::BadVersion => if nl { "de versie op de eerste regel ontbreekt of is geen geheel getal." } else { "the version on the first line is missing or not a whole number." }.to_string(),
        ImportError::NoProgress => if nl { "er staan geen antwoorden in." } else { "it holds no answers." }.to_string(),
        ImportError::BadField(field) => if nl {
            format!("het veld \"{field}\" op de eerste regel heeft een verkeerde waarde.")
        } else {
            format!("the field \"{field}\" on the first line has a wrong value.")
        },
        ImportError::BadAnswer { line } => format!(
            "{}{}",
            at_line(line),
            if nl { "dit antwoord is niet te lezen; het bestand is beschadigd." } else { "this answer cannot be read; the file is damaged." }
        ),
        ImportError::TooEarly { line, at } => format!(
            "{}{}",
            at_line(line),
            if nl {
                format!("een antwoord van {}, voor 2020; zo oud kan een antwoord in deze app niet zijn.", date_label(*at))
            } else {
                format!("an answer dated {}, before 2020; no answer in this app can be that old.", date_label(*at))
            }
        ),
        ImportError::TooLate { line, at } => format!(
            "{}{}",
            at_line(line),
            if nl {
                format!("een antwoord van {}, in de toekomst. Staat de klok van dit apparaat of van het apparaat waar je exporteerde goed?", date_label(*at))
            } else {
                format!("an answer dated {}, in the future. Is the clock of this device, or of the one you exported from, right?", date_label(*at))
            }
        ),
        ImportError::Truncated { expected, found } => if nl {
            format!("het bestand hoort {expected} antwoorden te bevatten maar bevat er {found}; het is afgebroken. Exporteer opnieuw.")
        } else {
            format!("the file should hold {expected} answers but holds {found}; it was cut off. Export again.")
        },
    };
    let why = capitalised(&why);
    if nl {
        format!("Dit bestand is niet ingelezen. {why} Er is niets veranderd. Kies een bestand dat je maakte met 'Voortgang exporteren'.")
    } else {
        format!("This file was not imported. {why} Nothing has changed. Choose a file made with 'Export progress'.")
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_errors_say_what_where_and_what_to_do_in_the_learners_language() {
        let nl = import_error(Lang::Nl, &ImportError::BadAnswer { line: Some(17) });
        assert_eq!(nl, "Dit bestand is niet ingelezen. Regel 17: dit antwoord is niet te lezen; het bestand is beschadigd. Er is niets veranderd. Kies een bestand dat je maakte met 'Voortgang exporteren'.");
        let en = import_error(
            Lang::En,
            &ImportError::TooEarly {
                line: Some(3),
                at: 1_000,
            },
        );
        assert!(
            en.contains("Line 3: an answer dated 1970-01-01, before 2020"),
            "{en}"
        );
        let field = import_error(Lang::Nl, &ImportError::BadField("exported_at"));
        assert!(
            field.contains("Het veld \"exported_at\" op de eerste regel"),
            "{field}"
        );
        assert!(!field.contains("invalid type"));
        let large = import_error(
            Lang::Nl,
            &ImportError::TooLarge {
                bytes: 700_000_000,
                max: 16_000_000,
            },
        );
        assert!(large.contains("700,0 MB, hoogstens 16,0 MB"), "{large}");
    }

    #[test]
    fn every_notice_reads_in_both_languages() {
        let kept = Kept {
            key: "k".into(),
            name: "profiles".into(),
            chars: 5,
            in_place: true,
        };
        let notices = [
            Notice::Damaged {
                subject: Subject::Profiles,
                kept,
            },
            Notice::Newer {
                subject: Subject::Workshop,
            },
            Notice::Unreadable {
                subject: Subject::Progress,
            },
            Notice::Full,
            Notice::Refused {
                reason: "SecurityError".into(),
            },
            Notice::NotSaved {
                subject: Subject::Round,
            },
            Notice::ProfilesRebuilt { recovered: 2 },
        ];
        for notice in &notices {
            let nl = notice_text(Lang::Nl, notice);
            let en = notice_text(Lang::En, notice);
            assert!(nl.len() > 60 && en.len() > 60 && nl != en, "{notice:?}");
        }
        assert!(notice_text(Lang::Nl, &notices[0]).contains("te groot"));
        assert!(notice_text(Lang::En, &notices[6]).contains("2 profiles are back"));
        // Full and refused are told apart, and neither claims a newer version.
        assert!(!notice_text(Lang::En, &Notice::Full).contains("newer"));
        assert!(notice_text(Lang::En, &notices[4]).contains("SecurityError"));
    }

    #[test]
    fn kept_values_are_named_for_people() {
        let kept = Kept {
            key: "dmu-trainer.backup.progress.p1.2026-11.0123456789abcdef".into(),
            name: "progress.p1.2026-11".into(),
            chars: 12_345,
            in_place: false,
        };
        assert_eq!(
            kept_label(Lang::Nl, &kept),
            "Een deel van je voortgang · 13 kB"
        );
        assert_eq!(kept_label(Lang::En, &kept), "Part of your progress · 13 kB");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size_label(Lang::Nl, 1), "1 kB");
        assert_eq!(size_label(Lang::En, 53_700), "54 kB");
        assert_eq!(size_label(Lang::Nl, 5_200_000), "5,2 MB");
        assert_eq!(size_label(Lang::En, 5_200_000), "5.2 MB");
    }
}
