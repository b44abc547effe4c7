//! The metadata block at the top of every content file (`---`, `key: value` lines, `---`).

use super::tree::{raw_text, Node};
use crate::error::ContentError;
use crate::lang::Lang;
use pulldown_cmark::Tag;

/// The key/value pairs of a metadata block, each with its line.
pub(crate) struct Meta {
    pairs: Vec<(String, String, u32)>,
    line: u32,
}

const HOW: &str = "start the file with a metadata block:\n---\ntitle: ...\nlang: nl\n---";
const HOW_NL: &str = "begin het bestand met een metadatablok:\n---\ntitle: ...\nlang: nl\n---";

impl Meta {
    /// Reads the metadata block that must open a file; `allowed` lists the keys it may have.
    pub(crate) fn read(file: &str, nodes: &[Node], allowed: &[&str]) -> Result<Meta, ContentError> {
        let Some(Node::El {
            tag: Tag::MetadataBlock(_),
            line,
            children,
        }) = nodes.first()
        else {
            return Err(ContentError::both(
                file,
                1,
                format!("no metadata: {HOW}"),
                format!("de metadata ontbreekt: {HOW_NL}"),
            ));
        };
        let text = raw_text(children);
        let mut pairs = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let at = *line + 1 + i as u32;
            let raw = raw.trim();
            if raw.is_empty() || raw.starts_with('#') {
                continue;
            }
            let Some((key, value)) = raw.split_once(':') else {
                return Err(ContentError::both(
                    file,
                    at,
                    format!("metadata line '{raw}' is not 'key: value'"),
                    format!("de metadataregel '{raw}' heeft niet de vorm 'sleutel: waarde'"),
                ));
            };
            let key = key.trim().to_ascii_lowercase();
            if !allowed.contains(&key.as_str()) {
                let allowed = allowed.join(", ");
                return Err(ContentError::both(
                    file,
                    at,
                    format!("unknown metadata key '{key}' (allowed: {allowed})"),
                    format!("onbekende sleutel '{key}' in de metadata (toegestaan: {allowed})"),
                ));
            }
            let value = value
                .trim()
                .trim_matches(|c| c == '"' || c == '\'')
                .to_string();
            pairs.push((key, value, at));
        }
        Ok(Meta { pairs, line: *line })
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, v, _)| k == key && !v.is_empty())
            .map(|(_, v, _)| v.as_str())
    }

    /// The line of a key's entry, else that of the block.
    pub(crate) fn line_of(&self, key: &str) -> u32 {
        self.pairs
            .iter()
            .find(|(k, v, _)| k == key && !v.is_empty())
            .map_or(self.line, |(_, _, line)| *line)
    }

    pub(crate) fn require(&self, file: &str, key: &str) -> Result<&str, ContentError> {
        self.get(key).ok_or_else(|| {
            ContentError::both(
                file,
                self.line,
                format!("metadata needs '{key}: ...'"),
                format!("de metadata mist '{key}: ...'"),
            )
        })
    }

    pub(crate) fn lang(&self, file: &str) -> Result<Lang, ContentError> {
        let code = self.require(file, "lang")?;
        Lang::parse(code).ok_or_else(|| {
            ContentError::both(
                file,
                self.line_of("lang"),
                format!("unknown language '{code}': use nl or en"),
                format!("onbekende taal '{code}': gebruik nl of en"),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::parse;
    use super::*;
    use crate::error::assert_bilingual;

    fn read(source: &str) -> Result<Meta, ContentError> {
        Meta::read("m.md", &parse(source), &["id", "title", "lang"])
    }

    #[test]
    fn entries_keep_their_lines() {
        let meta = read("---\ntitle: Bouw\n# een opmerking\nid: bouw\nlang: nl\n---\n").unwrap();
        assert_eq!(meta.get("id"), Some("bouw"));
        assert_eq!(meta.line_of("id"), 4);
        assert_eq!(meta.line_of("description"), 1);
        assert_eq!(meta.lang("m.md").unwrap(), Lang::Nl);
    }

    #[test]
    fn every_error_speaks_both_languages_on_its_line() {
        let id = |source: &str| read(source).and_then(|m| m.require("m.md", "id").map(drop));
        let lang = |source: &str| read(source).and_then(|m| m.lang("m.md").map(drop));
        let errors = [
            (read("# Titel\n").map(drop), 1),
            (read("---\ntitle: T\nzomaar wat\n---\n").map(drop), 3),
            (read("---\ntitle: T\nauthor: x\n---\n").map(drop), 3),
            (id("---\ntitle: T\nlang: nl\n---\n"), 1),
            (lang("---\ntitle: T\nlang: fr\n---\n"), 3),
        ];
        for (result, line) in errors {
            let error = result.expect_err("an error");
            assert_eq!(error.line, line, "{error}");
            assert_bilingual(&error);
        }
        let error = read("---\ntitle: T\nauthor: x\n---\n")
            .map(drop)
            .unwrap_err();
        assert_eq!(
            error.message_in(Lang::Nl),
            "onbekende sleutel 'author' in de metadata (toegestaan: id, title, lang)"
        );
    }
}
