//! Content errors: what is wrong, in which file, on which line, so a trainer can fix it, in
//! the app's language (Dutch first, English second).

use crate::lang::Lang;
use std::fmt;

/// A problem in a content file. Displayed as `file:line: message`, in English (build
/// output, logs); the interface shows [`ContentError::message_in`] the app's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: u32,
    /// What is wrong and what to write instead, in English.
    pub message: String,
    /// The same in Dutch.
    pub message_nl: String,
}

impl ContentError {
    /// An error in English only, for build-time problems a trainer never sees (reading the
    /// content folders, checking the translation): its Dutch message is the English text.
    /// Everything an import, a share link or the parser reports uses [`ContentError::both`].
    pub fn new(file: &str, line: u32, message: impl Into<String>) -> Self {
        let message = message.into();
        ContentError {
            file: file.to_string(),
            line,
            message_nl: message.clone(),
            message,
        }
    }

    /// An error a trainer can see, with its message in English and in Dutch.
    pub fn both(file: &str, line: u32, en: impl Into<String>, nl: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line,
            message: en.into(),
            message_nl: nl.into(),
        }
    }

    /// The message in a language.
    pub fn message_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.message_nl,
            Lang::En => &self.message,
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for ContentError {}

/// Asserts that an error a trainer can see says what is wrong in both languages: two
/// messages, neither empty, the Dutch one not a copy of the English one nor English with
/// a Dutch word here and there (outside what it quotes, it has no English "the").
#[cfg(test)]
pub(crate) fn assert_bilingual(error: &ContentError) {
    let (en, nl) = (error.message_in(Lang::En), error.message_in(Lang::Nl));
    assert!(!en.trim().is_empty() && !nl.trim().is_empty(), "{error:?}");
    assert_ne!(en, nl, "the Dutch message is the English one: {error}");
    let unquoted: String = nl.split('\'').step_by(2).collect();
    assert!(
        !format!(" {unquoted} ").to_lowercase().contains(" the "),
        "the Dutch message reads as English: {nl}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_and_line() {
        let error = ContentError::new("content/nl/zorg.md", 12, "unknown role 'baas'");
        assert_eq!(
            error.to_string(),
            "content/nl/zorg.md:12: unknown role 'baas'"
        );
        let whole = ContentError::new("content/nl/zorg.md", 0, "no scenarios");
        assert_eq!(whole.to_string(), "content/nl/zorg.md: no scenarios");
    }

    #[test]
    fn an_error_speaks_both_languages_and_displays_in_english() {
        let error = ContentError::both(
            "eigen.md",
            12,
            "unknown role 'baas'",
            "onbekende rol 'baas'",
        );
        assert_eq!(error.message_in(Lang::En), "unknown role 'baas'");
        assert_eq!(error.message_in(Lang::Nl), "onbekende rol 'baas'");
        assert_eq!(error.to_string(), "eigen.md:12: unknown role 'baas'");
        assert_bilingual(&error);
        let build = ContentError::new("content/nl", 0, "cannot read the folder");
        assert_eq!(build.message_in(Lang::Nl), build.message_in(Lang::En));
    }
}
