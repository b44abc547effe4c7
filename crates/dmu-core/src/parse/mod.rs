//! The one Markdown parser, for the chapter and scenario files alike. Every caller (build.rs,
//! the tests, a trainer's import) goes through here, so the options and the rules for what
//! content may contain are the same everywhere.

mod chapter;
mod inline;
mod load;
mod meta;
mod scenarios;
mod tree;

pub use chapter::parse_chapter;
pub use load::{load_content, load_library};
pub use scenarios::parse_scenario_set;

use crate::error::ContentError;
use crate::lang::Lang;
use pulldown_cmark::Options;

/// The pulldown-cmark extensions content may use, and no others.
pub(crate) fn options() -> Options {
    Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_GFM
}

/// What parsing a file gives: the value, its language, and every link to a chapter
/// section with its line, to be checked once the chapter's anchors are known.
#[derive(Debug)]
pub struct Parsed<T> {
    pub value: T,
    pub lang: Lang,
    pub links: Vec<SectionLink>,
}

/// A reference to a chapter anchor, with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionLink {
    pub anchor: String,
    pub line: u32,
}

/// Checks that every section link in a file resolves to one of `anchors`.
pub fn check_links(
    file: &str,
    links: &[SectionLink],
    anchors: &[&str],
) -> Result<(), ContentError> {
    match links.iter().find(|l| !anchors.contains(&l.anchor.as_str())) {
        None => Ok(()),
        Some(link) => {
            let (anchor, known) = (&link.anchor, anchors.join(", "));
            Err(ContentError::both(
                file,
                link.line,
                format!("link to '#{anchor}' goes nowhere: the chapter has no section with that anchor (known: {known})"),
                format!("de link naar '#{anchor}' leidt nergens heen: het hoofdstuk heeft geen sectie met dat anker (bekend: {known})"),
            ))
        }
    }
}

/// Whether a string may be an anchor or id: lowercase ASCII letters, digits, `-` and `_`.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words() {
        assert!(is_valid_id("koper"));
        assert!(is_valid_id("wie-tekent-2"));
        assert!(!is_valid_id("Koper"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a b"));
    }

    #[test]
    fn unresolved_links_name_their_line() {
        let links = vec![
            SectionLink {
                anchor: "koper".into(),
                line: 3,
            },
            SectionLink {
                anchor: "baas".into(),
                line: 9,
            },
        ];
        let error = check_links("f.md", &links, &["koper"]).unwrap_err();
        assert_eq!(error.line, 9);
        assert!(error.message.contains("#baas"));
        crate::error::assert_bilingual(&error);
        assert!(error
            .message_in(Lang::Nl)
            .starts_with("de link naar '#baas' leidt nergens heen"));
        assert!(check_links("f.md", &links[..1], &["koper"]).is_ok());
    }
}
