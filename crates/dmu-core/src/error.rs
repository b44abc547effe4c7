//! Content errors: what is wrong, in which file, on which line, so a trainer can fix it.

use std::fmt;

/// A problem in a content file. Displayed as `file:line: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: u32,
    pub message: String,
}

impl ContentError {
    pub fn new(file: &str, line: u32, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line,
            message: message.into(),
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
}
