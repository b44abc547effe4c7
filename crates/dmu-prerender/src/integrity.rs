//! Trunk writes an `integrity` hash on each `<link>` to a file of its build; the build's
//! last steps may change such a file after trunk hashed it (the reader's glue, minified by
//! `scripts/prerender`), so the hashes are taken again here from the files as they are.

use base64::Engine;
use sha2::{Digest, Sha384};
use std::path::Path;

/// `html` with every `integrity=sha384-…` on a tag with an `href` in `dir` set to that
/// file's hash. A tag whose file is not in `dir` is an error: the browser would refuse it.
pub fn refreshed(html: &str, dir: &Path) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("integrity=") {
        let tag_start = rest[..at].rfind('<').unwrap_or(0);
        let tag_end = at + rest[at..].find('>').unwrap_or(rest.len() - at);
        let tag = &rest[tag_start..tag_end];
        let (value_start, value) = attribute(rest, at + "integrity=".len());
        out.push_str(&rest[..value_start]);
        match href(tag).filter(|_| value.starts_with("sha384-")) {
            Some(file) => {
                let bytes = std::fs::read(dir.join(file.trim_start_matches('/')))
                    .map_err(|e| format!("{file}, named with an integrity hash: {e}"))?;
                let digest = Sha384::digest(&bytes);
                out.push_str("sha384-");
                out.push_str(&base64::engine::general_purpose::STANDARD.encode(digest));
            }
            None => out.push_str(value),
        }
        rest = &rest[value_start + value.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Where an attribute's value starts in `text` (after `=` at `from`, past a quote if it has
/// one), and the value.
fn attribute(text: &str, from: usize) -> (usize, &str) {
    let quoted = text[from..].starts_with(['"', '\'']);
    let start = from + usize::from(quoted);
    let end = text[start..]
        .find(|c: char| match quoted {
            true => c == '"' || c == '\'',
            false => c.is_whitespace() || c == '>',
        })
        .map_or(text.len(), |len| start + len);
    (start, &text[start..end])
}

/// The `href` of a tag.
fn href(tag: &str) -> Option<&str> {
    let at = tag.find(" href=")?;
    Some(attribute(tag, at + " href=".len()).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sha384(bytes: &[u8]) -> String {
        format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
        )
    }

    #[test]
    fn each_hash_follows_its_files_bytes_quoted_or_not() {
        let dir = std::env::temp_dir().join(format!("dmu-integrity-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.js"), "minified()").unwrap();
        std::fs::write(dir.join("b.css"), "p{}").unwrap();
        let html = "<head><link crossorigin href=/a.js integrity=sha384-old rel=modulepreload>\
                    <link href=\"/b.css\" integrity=\"sha384-old\" rel=stylesheet>\
                    <p>integrity=words</p></head>";
        let out = refreshed(html, &dir).unwrap();
        assert_eq!(
            out,
            format!(
                "<head><link crossorigin href=/a.js integrity={} rel=modulepreload>\
                 <link href=\"/b.css\" integrity=\"{}\" rel=stylesheet>\
                 <p>integrity=words</p></head>",
                sha384(b"minified()"),
                sha384(b"p{}")
            )
        );
        let missing = refreshed("<link href=/gone.js integrity=sha384-x>", &dir);
        assert!(missing.unwrap_err().contains("gone.js"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
