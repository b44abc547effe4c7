//! What can go wrong with a share link, said so that a trainer knows what happened and what
//! to do, in Dutch and in English.

use crate::error::ContentError;
use crate::lang::Lang;
use std::fmt;

/// Why a set could not be packed into a link, or a link not opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// There was nothing to open.
    Empty,
    /// A character no share link holds, at this position (counted from 1): not a link the
    /// app made, or text around it was copied along.
    NotALink { position: usize },
    /// The link stops before its data does: it was not copied whole.
    Truncated,
    /// Made by a version of the app that this one does not know.
    UnknownVersion(u8),
    /// The checksum does not match: a character changed on the way.
    Damaged,
    /// The set would unpack to more than `limit` bytes (or the link is longer than any the
    /// app makes for a set that size).
    TooLarge { limit: usize },
    /// The link unpacks to something that is not text.
    NotText,
    /// Packing: the link would be `chars` long, more than the `max` that chat apps pass on
    /// whole. The app offers the set as a file instead.
    TooLongForLink { chars: usize, max: usize },
    /// The link is whole, but the set in it is not a valid scenario set.
    Invalid(ContentError),
}

impl ShareError {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ShareError::Empty, Lang::Nl) => {
                "De link is leeg: plak de hele link die je kreeg.".to_string()
            }
            (ShareError::Empty, Lang::En) => {
                "The link is empty: paste the whole link you were sent.".to_string()
            }
            (ShareError::NotALink { position }, Lang::Nl) => format!(
                "Dit is geen deellink van DMU Trainer: teken {position} hoort er niet in. Kopieer alleen de link zelf."
            ),
            (ShareError::NotALink { position }, Lang::En) => format!(
                "This is not a DMU Trainer share link: character {position} does not belong in one. Copy only the link itself."
            ),
            (ShareError::Truncated, Lang::Nl) => {
                "De link is afgebroken: er ontbreekt een stuk aan het eind. Kopieer de hele link, of vraag om het bestand.".to_string()
            }
            (ShareError::Truncated, Lang::En) => {
                "The link is cut short: its end is missing. Copy the whole link, or ask for the file.".to_string()
            }
            (ShareError::UnknownVersion(version), Lang::Nl) => format!(
                "Deze link is gemaakt met een andere versie van DMU Trainer (formaat {version}). Werk de app bij, of vraag om het bestand."
            ),
            (ShareError::UnknownVersion(version), Lang::En) => format!(
                "This link was made by another version of DMU Trainer (format {version}). Update the app, or ask for the file."
            ),
            (ShareError::Damaged, Lang::Nl) => {
                "De link is beschadigd: een teken is onderweg veranderd. Vraag de link opnieuw, of vraag om het bestand.".to_string()
            }
            (ShareError::Damaged, Lang::En) => {
                "The link is damaged: a character changed on the way. Ask for the link again, or for the file.".to_string()
            }
            (ShareError::TooLarge { limit }, Lang::Nl) => format!(
                "Deze set is groter dan {} MB en kan niet worden geopend. Deel hem op in kleinere sets.",
                limit / (1024 * 1024)
            ),
            (ShareError::TooLarge { limit }, Lang::En) => format!(
                "This set is larger than {} MB and cannot be opened. Split it into smaller sets.",
                limit / (1024 * 1024)
            ),
            (ShareError::NotText, Lang::Nl) => {
                "De link bevat geen tekst maar iets anders: het is geen set van DMU Trainer.".to_string()
            }
            (ShareError::NotText, Lang::En) => {
                "The link holds something other than text: it is not a DMU Trainer set.".to_string()
            }
            (ShareError::TooLongForLink { chars, max }, Lang::Nl) => format!(
                "Deze set is te groot voor een link ({chars} tekens; chat-apps breken links langer dan {max} tekens af). Deel het bestand in plaats van een link."
            ),
            (ShareError::TooLongForLink { chars, max }, Lang::En) => format!(
                "This set is too large for a link ({chars} characters; chat apps cut links longer than {max}). Share the file instead of a link."
            ),
            (ShareError::Invalid(error), Lang::Nl) => format!(
                "De gedeelde set klopt niet{}: {}",
                where_nl(error.line),
                error.message_in(Lang::Nl)
            ),
            (ShareError::Invalid(error), Lang::En) => format!(
                "The shared set is not valid{}: {}",
                where_en(error.line),
                error.message_in(Lang::En)
            ),
        }
    }

    /// The error as text in a language: `format!("{}", error.in_lang(Lang::Nl))`.
    pub fn in_lang(&self, lang: Lang) -> impl fmt::Display + '_ {
        InLang { error: self, lang }
    }
}

fn where_nl(line: u32) -> String {
    match line {
        0 => String::new(),
        line => format!(" (regel {line})"),
    }
}

fn where_en(line: u32) -> String {
    match line {
        0 => String::new(),
        line => format!(" (line {line})"),
    }
}

struct InLang<'a> {
    error: &'a ShareError,
    lang: Lang,
}

impl fmt::Display for InLang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.error.message(self.lang))
    }
}

/// In English, for logs; the interface uses [`ShareError::in_lang`].
impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ShareError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<ShareError> {
        vec![
            ShareError::Empty,
            ShareError::NotALink { position: 7 },
            ShareError::Truncated,
            ShareError::UnknownVersion(9),
            ShareError::Damaged,
            ShareError::TooLarge {
                limit: 2 * 1024 * 1024,
            },
            ShareError::NotText,
            ShareError::TooLongForLink {
                chars: 9_100,
                max: 8_000,
            },
            ShareError::Invalid(baas()),
        ]
    }

    fn baas() -> ContentError {
        ContentError::both("link", 12, "unknown role 'baas'", "onbekende rol 'baas'")
    }

    #[test]
    fn every_error_speaks_both_languages() {
        for error in all() {
            let nl = error.in_lang(Lang::Nl).to_string();
            let en = error.in_lang(Lang::En).to_string();
            assert!(nl.len() > 20 && en.len() > 20, "{error:?}");
            assert_ne!(nl, en, "{error:?}");
            assert_eq!(error.to_string(), en);
        }
    }

    #[test]
    fn messages_carry_their_details_and_what_to_do() {
        let msg = |e: ShareError, lang| e.message(lang);
        assert!(msg(ShareError::NotALink { position: 7 }, Lang::Nl).contains("teken 7"));
        assert!(msg(ShareError::UnknownVersion(9), Lang::En).contains("format 9"));
        let long = ShareError::TooLongForLink {
            chars: 9_100,
            max: 8_000,
        };
        assert!(msg(long.clone(), Lang::Nl).contains("bestand"));
        assert!(msg(long.clone(), Lang::En).contains("file"));
        assert!(msg(long, Lang::En).contains("9100"));
        let large = ShareError::TooLarge {
            limit: 2 * 1024 * 1024,
        };
        assert!(msg(large, Lang::Nl).contains("2 MB"));
        let invalid = ShareError::Invalid(baas());
        assert_eq!(
            msg(invalid.clone(), Lang::Nl),
            "De gedeelde set klopt niet (regel 12): onbekende rol 'baas'"
        );
        assert_eq!(
            msg(invalid, Lang::En),
            "The shared set is not valid (line 12): unknown role 'baas'"
        );
        let whole = ShareError::Invalid(ContentError::new("link", 0, "no scenarios"));
        assert_eq!(
            msg(whole, Lang::En),
            "The shared set is not valid: no scenarios"
        );
    }
}
