//! The learner's settings: the language they read in and the place they were last. Stored
//! as two plain values, not JSON, so that the boot script in `index.html` can read the
//! language before the first paint and the reader needs no JSON library. Settings stored
//! as JSON by earlier versions (`dmu-trainer.prefs`: `{"v":1,"data":{"lang","last"}}`) are
//! moved to the plain values once, by that boot script, before the reader reads them: the
//! reader then judges them like any stored value ([`Settings::from_plain`]).

use crate::lang::Lang;
use crate::route::Route;

pub use crate::page::LANG_KEY;

/// The key of the place the learner was last: a URL fragment such as `#/quiz`.
pub const LAST_KEY: &str = "dmu-trainer.last";

/// The longest place that is kept (a fragment is short; anything longer is not ours).
const MAX_PLACE: usize = 200;

/// What the learner set, or the defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    /// Where to continue when the app is opened at its bare address.
    pub last: Option<String>,
}

impl Settings {
    /// The settings from the two stored values; anything unreadable is the default (Dutch,
    /// no place), never an error: settings are worth less than a working start.
    pub fn from_plain(lang: Option<&str>, last: Option<&str>) -> Settings {
        Settings {
            lang: lang.and_then(Lang::parse).unwrap_or_default(),
            last: last.and_then(place),
        }
    }
}

/// A stored place, if it is one: a fragment of a route of this app, written as the app
/// writes it. Anything else (a path, a full address, a script) is dropped, so that a
/// tampered value can never move the learner off the page.
pub fn place(text: &str) -> Option<String> {
    let text = text.trim();
    if !text.starts_with('#') || text.len() > MAX_PLACE {
        return None;
    }
    if text.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '?' | '<' | '>' | '"' | '\'' | '\\')
    }) {
        return None;
    }
    Some(Route::parse(text).fragment())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_values_read_back() {
        let settings = Settings::from_plain(Some("en"), Some("#/quiz"));
        assert_eq!(settings.lang, Lang::En);
        assert_eq!(settings.last.as_deref(), Some("#/quiz"));
        assert_eq!(Settings::from_plain(None, None), Settings::default());
    }

    #[test]
    fn anything_unreadable_is_the_default() {
        let odd = Settings::from_plain(Some("klingon"), Some("/index.html"));
        assert_eq!(odd, Settings::default());
        for bad in [
            "https://elsewhere.example/#/quiz",
            "javascript:alert(1)",
            "",
            "#/quiz?x",
            "#/a b",
            "#<img>",
        ] {
            assert_eq!(place(bad), None, "{bad}");
        }
        assert_eq!(place(&format!("#{}", "a".repeat(300))), None);
    }

    #[test]
    fn a_place_is_written_as_the_app_writes_it() {
        assert_eq!(place("#/oefenen").as_deref(), Some("#/practice"));
        assert_eq!(place("#koper").as_deref(), Some("#koper"));
        assert_eq!(place(" #/voortgang ").as_deref(), Some("#/progress"));
    }
}
