//! The page preloads only what the first visit runs. Trunk adds a `modulepreload` link for
//! every JavaScript snippet in the build, the parts' too (`dmu-browser`'s locks and tabs),
//! which the reader never imports: this step drops the links to snippets that the reader's
//! glue does not import, so a first visit fetches none of them.

/// `html` without the `modulepreload` links to snippets that `reader_glue` (the text of
/// the reader's JavaScript) does not import.
pub fn only_the_readers(html: &str, reader_glue: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !is_unused_snippet(tag, reader_glue) {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether a `<link>` tag preloads a snippet the reader does not import.
fn is_unused_snippet(tag: &str, reader_glue: &str) -> bool {
    if !tag.contains("modulepreload") {
        return false;
    }
    let Some(at) = tag.find("snippets/") else {
        return false;
    };
    let path: String = tag[at..]
        .chars()
        .take_while(|c| !matches!(c, '"' | '\'' | ' ' | '>'))
        .collect();
    !reader_glue.contains(&path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_links_to_snippets_the_reader_imports_stay() {
        let html = concat!(
            "<head><link crossorigin href=/snippets/dmu-browser-1/src/locks.js integrity=sha384-a rel=modulepreload>",
            "<link crossorigin href=\"/snippets/dmu-reader-2/src/loader.js\" rel=\"modulepreload\">",
            "<link rel=stylesheet href=/main-3.css>",
            "<link href=/dmu-reader-4.js rel=modulepreload></head>"
        );
        let glue = "import { loadPart } from './snippets/dmu-reader-2/src/loader.js';";
        assert_eq!(
            only_the_readers(html, glue),
            concat!(
                "<head><link crossorigin href=\"/snippets/dmu-reader-2/src/loader.js\" rel=\"modulepreload\">",
                "<link rel=stylesheet href=/main-3.css>",
                "<link href=/dmu-reader-4.js rel=modulepreload></head>"
            )
        );
    }

    #[test]
    fn a_page_without_links_is_unchanged() {
        assert_eq!(only_the_readers("<p>x</p>", ""), "<p>x</p>");
        assert_eq!(only_the_readers("<link", ""), "<link");
    }
}
