//! The metadata block at the top of every content file (`---`, `key: value` lines, `---`).

use super::tree::{raw_text, Node};
use crate::error::ContentError;
use crate::lang::Lang;
use pulldown_cmark::Tag;

/// The key/value pairs of a metadata block.
pub(crate) struct Meta {
    pairs: Vec<(String, String)>,
    line: u32,
}

const HOW: &str = "start the file with a metadata block:\n---\ntitle: ...\nlang: nl\n---";

impl Meta {
    /// Reads the metadata block that must open a file; `allowed` lists the keys it may have.
    pub(crate) fn read(file: &str, nodes: &[Node], allowed: &[&str]) -> Result<Meta, ContentError> {
        let Some(Node::El {
            tag: Tag::MetadataBlock(_),
            line,
            children,
        }) = nodes.first()
        else {
            return Err(ContentError::new(file, 1, format!("no metadata: {HOW}")));
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
                return Err(ContentError::new(
                    file,
                    at,
                    format!("metadata line '{raw}' is not 'key: value'"),
                ));
            };
            let key = key.trim().to_ascii_lowercase();
            if !allowed.contains(&key.as_str()) {
                return Err(ContentError::new(
                    file,
                    at,
                    format!(
                        "unknown metadata key '{key}' (allowed: {})",
                        allowed.join(", ")
                    ),
                ));
            }
            let value = value
                .trim()
                .trim_matches(|c| c == '"' || c == '\'')
                .to_string();
            pairs.push((key, value));
        }
        Ok(Meta { pairs, line: *line })
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn require(&self, file: &str, key: &str) -> Result<&str, ContentError> {
        self.get(key).ok_or_else(|| {
            ContentError::new(file, self.line, format!("metadata needs '{key}: ...'"))
        })
    }

    pub(crate) fn lang(&self, file: &str) -> Result<Lang, ContentError> {
        let code = self.require(file, "lang")?;
        Lang::parse(code).ok_or_else(|| {
            ContentError::new(
                file,
                self.line,
                format!("unknown language '{code}': use nl or en"),
            )
        })
    }
}
