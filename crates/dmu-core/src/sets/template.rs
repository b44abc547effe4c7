//! The set the editor starts from: a short, valid set in each language whose own text
//! teaches the format (metadata, a question with its id and chapter section, options with
//! their explanations, a tip, a case with people, a discussion note).

use crate::lang::Lang;

/// The template in `lang`.
pub fn template(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("template/nl.md"),
        Lang::En => include_str!("template/en.md"),
    }
}

#[cfg(all(test, feature = "markdown"))]
mod tests {
    use super::*;
    use crate::sets::bring::{read_markdown, Reading};

    #[test]
    fn each_template_is_a_valid_set_in_its_language() {
        let chapter = |lang: Lang| {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
            let library = crate::parse::load_library(&dir, lang).expect("content");
            library
                .chapter
                .anchors()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        for lang in Lang::ALL {
            match read_markdown("template.md", template(lang).as_bytes(), chapter) {
                Reading::Ready(brought) => {
                    assert_eq!(brought.lang, lang);
                    assert_eq!(brought.set.scenarios.len(), 2);
                    assert_eq!(brought.set.scenarios[1].parts.len(), 2, "a case");
                    assert!(brought.set.scenarios[0].tip.is_some());
                    assert!(brought.set.scenarios[1].prompt.is_some());
                }
                other => panic!("{lang:?}: {other:?}"),
            }
        }
    }
}
