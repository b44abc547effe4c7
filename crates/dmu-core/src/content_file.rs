//! The content data file: one language's content (the chapter and every scenario set) as
//! the parts fetch it. The build writes one per language beside the bundles, named with a
//! content hash (`content-nl-<hash>.json`), so no bundle embeds the content, a student
//! downloads only their language, and a cached copy is never stale. Trainers' own sets use
//! the same model ([`crate::scenario::ScenarioSet`]).
//!
//! ```json
//! {"format": "dmu-trainer-content", "version": 1, "library": {"lang": "nl", "chapter": …, "sets": […]}}
//! ```
//!
//! `version` changes whenever the model changes in a way an older app cannot read; an app
//! refuses a newer file with a clear error rather than misreading it. content/README.md
//! documents the model for people who write tools around it.

use crate::library::Library;
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// The value of the `format` field.
pub const FORMAT: &str = "dmu-trainer-content";

/// The version this app writes and reads.
pub const VERSION: u32 = 1;

/// What is wrong with a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentFileError {
    /// Not a content file at all (another file, an error page, garbage).
    NotContent,
    /// Written for a newer app than this one.
    Newer(u32),
    /// The right format and version, but the content does not read.
    Unreadable(String),
}

impl fmt::Display for ContentFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentFileError::NotContent => write!(f, "not a {FORMAT} file"),
            ContentFileError::Newer(v) => write!(
                f,
                "content format {v} is newer than this app reads ({VERSION}): reload the page"
            ),
            ContentFileError::Unreadable(why) => write!(f, "the content does not read: {why}"),
        }
    }
}

#[derive(Serialize)]
struct Out<'a> {
    format: &'static str,
    version: u32,
    library: &'a Library,
}

/// The file for a language's content.
pub fn encode(library: &Library) -> String {
    let out = Out {
        format: FORMAT,
        version: VERSION,
        library,
    };
    serde_json::to_string(&out).expect("the content model serialises")
}

/// Reads a content file. It is read through [`serde_json::Value`], as stored values are
/// ([`crate::stored::decode`]): one way of reading JSON into the app's types keeps the
/// bundles smaller than two.
pub fn decode(text: &str) -> Result<Library, ContentFileError> {
    let mut file: Value = serde_json::from_str(text).map_err(|e| {
        // A file cut short (a broken download) still names its format.
        if text.contains(FORMAT) {
            ContentFileError::Unreadable(e.to_string())
        } else {
            ContentFileError::NotContent
        }
    })?;
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ContentFileError::NotContent);
    }
    match file.get("version").and_then(Value::as_u64) {
        None => return Err(ContentFileError::Unreadable("it has no version".into())),
        Some(v) if v > u64::from(VERSION) => {
            return Err(ContentFileError::Newer(
                u32::try_from(v).unwrap_or(u32::MAX),
            ))
        }
        Some(_) => {}
    }
    let library = file
        .get_mut("library")
        .map(Value::take)
        .unwrap_or(Value::Null);
    serde_json::from_value(library).map_err(|e| ContentFileError::Unreadable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chapter::Chapter;
    use crate::lang::Lang;
    use crate::scenario::fixtures::scenario;
    use crate::scenario::{Scenario, ScenarioSet};
    use crate::Role;

    fn library() -> Library {
        Library {
            lang: Lang::En,
            chapter: Chapter {
                title: "The roles".into(),
                intro: vec![],
                sections: vec![],
            },
            sets: vec![ScenarioSet {
                id: "set".into(),
                file: String::new(),
                title: "Set".into(),
                description: None,
                scenarios: vec![Scenario {
                    // The source line is for build messages only: it does not travel.
                    line: 0,
                    ..scenario("a", vec![vec![(Role::Buyer, true)]])
                }],
            }],
        }
    }

    #[test]
    fn a_file_reads_back_as_the_same_content() {
        let text = encode(&library());
        assert!(text.starts_with(r#"{"format":"dmu-trainer-content","version":1,"library":"#));
        assert_eq!(decode(&text), Ok(library()));
    }

    #[test]
    fn other_files_newer_files_and_damage_are_told_apart() {
        assert_eq!(decode("<!doctype html>"), Err(ContentFileError::NotContent));
        assert_eq!(
            decode(r#"{"format":"other","version":1}"#),
            Err(ContentFileError::NotContent)
        );
        let unversioned = r#"{"format":"dmu-trainer-content","library":{}}"#;
        assert!(matches!(
            decode(unversioned),
            Err(ContentFileError::Unreadable(_))
        ));
        let newer = r#"{"format":"dmu-trainer-content","version":2,"library":{}}"#;
        assert_eq!(decode(newer), Err(ContentFileError::Newer(2)));
        assert!(ContentFileError::Newer(2).to_string().contains("reload"));
        let damaged = r#"{"format":"dmu-trainer-content","version":1,"library":{"lang":"xx"}}"#;
        assert!(matches!(
            decode(damaged),
            Err(ContentFileError::Unreadable(_))
        ));
        let cut = &encode(&library())[..60];
        assert!(matches!(decode(cut), Err(ContentFileError::Unreadable(_))));
    }
}
