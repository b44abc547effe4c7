//! The words of the progress page and the profile controls, in Dutch
//! and English, with the sentences that carry numbers or errors.

use crate::lang::Lang;
use crate::progress::{Confidence, ProfileError};
use crate::role::Role;

/// The progress page's words in one language.
pub struct ProgressText {
    pub title: &'static str,
    pub intro: &'static str,
    pub empty: &'static str,
    pub answers: &'static str,
    pub seen: &'static str,
    pub mastered: &'static str,
    pub days: &'static str,
    pub mastery_title: &'static str,
    pub mastery_intro: &'static str,
    pub confusion_title: &'static str,
    pub confusion_intro: &'static str,
    pub confusion_none: &'static str,
    pub chose_header: &'static str,
    pub was_header: &'static str,
    pub review_title: &'static str,
    pub review_start: &'static str,
    pub review_nothing: &'static str,
    pub confidence_legend: &'static str,
    pub profiles_title: &'static str,
    pub active_profile: &'static str,
    pub switch_to: &'static str,
    pub new_profile: &'static str,
    pub name_label: &'static str,
    pub add: &'static str,
    pub rename: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub reset: &'static str,
    pub reset_confirm: &'static str,
    pub reset_done: &'static str,
    pub undo: &'static str,
    pub data_title: &'static str,
    pub data_intro: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub default_profile: &'static str,
}

const NL: ProgressText = ProgressText {
    title: "Voortgang",
    intro: "Wat je al beheerst, wat je nog verwart en wat je vandaag kunt herhalen. Alles blijft in deze browser.",
    empty: "Nog geen antwoorden. Speel een ronde en kom hier terug.",
    answers: "antwoorden",
    seen: "situaties gezien",
    mastered: "situaties beheerst",
    days: "dagen geoefend",
    mastery_title: "Beheersing per rol",
    mastery_intro: "Gebaseerd op je laatste acht antwoorden waar die rol het juiste antwoord was. Een gok telt half.",
    confusion_title: "Welke rollen verwar je?",
    confusion_intro: "Per rij de rol die je koos, per kolom de rol die het was.",
    confusion_none: "Je hebt nog geen rollen met elkaar verward.",
    chose_header: "Je koos ↓ / het was →",
    was_header: "Het was",
    review_title: "Herhalen",
    review_start: "Start een herhaalronde",
    review_nothing: "Er staat nu niets klaar om te herhalen.",
    confidence_legend: "Hoe zeker ben je?",
    profiles_title: "Profielen op dit apparaat",
    active_profile: "Actief profiel",
    switch_to: "Wissel naar",
    new_profile: "Nieuw profiel",
    name_label: "Naam",
    add: "Toevoegen",
    rename: "Naam wijzigen",
    save: "Opslaan",
    cancel: "Annuleren",
    delete: "Verwijderen",
    delete_confirm: "Ja, verwijder dit profiel en alle voortgang",
    reset: "Voortgang wissen",
    reset_confirm: "Ja, wis mijn voortgang",
    reset_done: "Je voortgang is gewist.",
    undo: "Ongedaan maken",
    data_title: "Je gegevens meenemen",
    data_intro: "Bewaar je voortgang als bestand en lees het in op een ander apparaat of in een andere browser. Wat er al is, blijft staan; een antwoord telt één keer.",
    export: "Voortgang exporteren",
    import: "Voortgang importeren",
    default_profile: "Ik",
};

const EN: ProgressText = ProgressText {
    title: "Progress",
    intro: "What you have mastered, what you still confuse, and what to review today. Everything stays in this browser.",
    empty: "No answers yet. Play a round and come back here.",
    answers: "answers",
    seen: "situations seen",
    mastered: "situations mastered",
    days: "days practised",
    mastery_title: "Mastery per role",
    mastery_intro: "Based on your last eight answers where that role was the right answer. A guess counts half.",
    confusion_title: "Which roles do you confuse?",
    confusion_intro: "Each row is the role you chose, each column the role it was.",
    confusion_none: "You have not confused any roles yet.",
    chose_header: "You chose ↓ / it was →",
    was_header: "It was",
    review_title: "Review",
    review_start: "Start a review round",
    review_nothing: "Nothing is ready to review right now.",
    confidence_legend: "How sure are you?",
    profiles_title: "Profiles on this device",
    active_profile: "Active profile",
    switch_to: "Switch to",
    new_profile: "New profile",
    name_label: "Name",
    add: "Add",
    rename: "Rename",
    save: "Save",
    cancel: "Cancel",
    delete: "Delete",
    delete_confirm: "Yes, delete this profile and all its progress",
    reset: "Clear progress",
    reset_confirm: "Yes, clear my progress",
    reset_done: "Your progress has been cleared.",
    undo: "Undo",
    data_title: "Take your data with you",
    data_intro: "Save your progress as a file and read it in on another device. What is there stays; an answer counts once.",
    export: "Export progress",
    import: "Import progress",
    default_profile: "Me",
};

/// The progress page's text for a language.
pub fn progress_text(lang: Lang) -> &'static ProgressText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// "gok", "twijfel", "zeker".
pub fn confidence_label(lang: Lang, confidence: Confidence) -> &'static str {
    match (lang, confidence) {
        (Lang::Nl, Confidence::Guess) => "Gok",
        (Lang::Nl, Confidence::Unsure) => "Twijfel",
        (Lang::Nl, Confidence::Sure) => "Zeker",
        (Lang::En, Confidence::Guess) => "Guess",
        (Lang::En, Confidence::Unsure) => "Unsure",
        (Lang::En, Confidence::Sure) => "Sure",
    }
}

/// The heading over two roles the learner confused `count` times in their recent answers,
/// set side by side in the feedback: "often" only when it is true, never after a first
/// mistake. (A function of its own, not a field of [`ProgressText`]: the practice part
/// reads only this of the progress page's words, and a field would link them all.)
pub fn contrast_title(lang: Lang, count: u32) -> &'static str {
    match (lang, count > 1) {
        (Lang::Nl, false) => "Het verschil dat je miste",
        (Lang::Nl, true) => "Het verschil dat je vaak mist",
        (Lang::En, false) => "The difference you missed",
        (Lang::En, true) => "The difference you often miss",
    }
}

/// "Je koos Portier waar het Beïnvloeder was: 4 keer."
pub fn confusion_line(lang: Lang, chose: Role, actual: Role, count: u32) -> String {
    let times = match (lang, count) {
        (Lang::Nl, 1) => "1 keer".to_string(),
        (Lang::Nl, n) => format!("{n} keer"),
        (Lang::En, 1) => "once".to_string(),
        (Lang::En, n) => format!("{n} times"),
    };
    match lang {
        Lang::Nl => format!(
            "Je koos {} waar het {} was: {times}.",
            chose.name(lang),
            actual.name(lang)
        ),
        Lang::En => format!(
            "You chose {} where it was {}: {times}.",
            chose.name(lang),
            actual.name(lang)
        ),
    }
}

/// "73% · 6 antwoorden".
pub fn mastery_line(lang: Lang, level: f32, sightings: usize) -> String {
    let percent = (level.clamp(0.0, 1.0) * 100.0).round() as u32;
    match (lang, sightings) {
        (Lang::Nl, 1) => format!("{percent}% · 1 antwoord"),
        (Lang::Nl, n) => format!("{percent}% · {n} antwoorden"),
        (Lang::En, 1) => format!("{percent}% · 1 answer"),
        (Lang::En, n) => format!("{percent}% · {n} answers"),
    }
}

/// What a review round holds: `due` scenarios whose time to review has come, and
/// `targeted` ones added because they set apart roles the learner mixes up (these may never
/// have been answered, so they are not called "review").
/// "10 situaties staan klaar: 3 om te herhalen en 7 over rollen die je door elkaar haalt."
pub fn review_line(lang: Lang, due: usize, targeted: usize) -> String {
    let total = due + targeted;
    match (lang, due, targeted) {
        (Lang::Nl, 1, 0) => "1 situatie staat klaar om te herhalen.".to_string(),
        (Lang::Nl, n, 0) => format!("{n} situaties staan klaar om te herhalen."),
        (Lang::Nl, 0, 1) => "1 situatie staat klaar over rollen die je door elkaar haalt.".into(),
        (Lang::Nl, 0, n) => format!("{n} situaties staan klaar over rollen die je door elkaar haalt."),
        (Lang::Nl, d, t) => format!(
            "{total} situaties staan klaar: {d} om te herhalen en {t} over rollen die je door elkaar haalt."
        ),
        (Lang::En, 1, 0) => "1 situation is ready to review.".to_string(),
        (Lang::En, n, 0) => format!("{n} situations are ready to review."),
        (Lang::En, 0, 1) => "1 situation is ready on roles you mix up.".into(),
        (Lang::En, 0, n) => format!("{n} situations are ready on roles you mix up."),
        (Lang::En, d, t) => format!(
            "{total} situations are ready: {d} to review and {t} on roles you mix up."
        ),
    }
}

/// Why a profile change was refused.
pub fn profile_error(lang: Lang, error: &ProfileError) -> String {
    match lang {
        Lang::En => {
            // The error's message, as a sentence (it starts with an ASCII letter).
            let mut text = error.to_string();
            if let Some(first) = text.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            text + "."
        }
        Lang::Nl => match error {
            ProfileError::EmptyName => "Geef het profiel een naam.".to_string(),
            ProfileError::NameTooLong { max } => format!("Een naam heeft hoogstens {max} tekens."),
            ProfileError::DuplicateName => "Er is al een profiel met deze naam.".to_string(),
            ProfileError::NotFound => "Dat profiel bestaat niet (meer).".to_string(),
            ProfileError::LastProfile => {
                "Het laatste profiel kun je niet verwijderen; wis in plaats daarvan de voortgang."
                    .to_string()
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_round_says_what_is_due_and_what_practises_a_confusion() {
        assert_eq!(
            review_line(Lang::Nl, 3, 7),
            "10 situaties staan klaar: 3 om te herhalen en 7 over rollen die je door elkaar haalt."
        );
        assert_eq!(
            review_line(Lang::Nl, 1, 0),
            "1 situatie staat klaar om te herhalen."
        );
        assert_eq!(
            review_line(Lang::Nl, 0, 4),
            "4 situaties staan klaar over rollen die je door elkaar haalt."
        );
        assert_eq!(
            review_line(Lang::En, 2, 1),
            "3 situations are ready: 2 to review and 1 on roles you mix up."
        );
        assert_eq!(
            review_line(Lang::En, 5, 0),
            "5 situations are ready to review."
        );
    }

    #[test]
    fn confusion_lines_read_naturally() {
        assert_eq!(
            confusion_line(Lang::Nl, Role::Gatekeeper, Role::Influencer, 4),
            "Je koos Portier waar het Beïnvloeder was: 4 keer."
        );
        assert_eq!(
            confusion_line(Lang::En, Role::Buyer, Role::DecisionMaker, 1),
            "You chose Buyer where it was Decision maker: once."
        );
    }

    #[test]
    fn two_roles_side_by_side_are_often_missed_only_from_the_second_time() {
        assert_eq!(contrast_title(Lang::Nl, 1), "Het verschil dat je miste");
        assert_eq!(contrast_title(Lang::Nl, 2), "Het verschil dat je vaak mist");
        assert_eq!(contrast_title(Lang::En, 1), "The difference you missed");
        assert_eq!(contrast_title(Lang::En, 9), "The difference you often miss");
    }

    #[test]
    fn mastery_lines_round_and_clamp() {
        assert_eq!(mastery_line(Lang::Nl, 0.734, 6), "73% · 6 antwoorden");
        assert_eq!(mastery_line(Lang::En, 1.5, 1), "100% · 1 answer");
    }

    #[test]
    fn errors_say_what_and_what_to_do() {
        assert_eq!(
            profile_error(Lang::En, &ProfileError::EmptyName),
            "A profile needs a name."
        );
        assert!(profile_error(Lang::Nl, &ProfileError::LastProfile).contains("laatste profiel"));
    }
}
