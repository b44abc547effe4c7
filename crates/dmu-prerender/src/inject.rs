//! Puts the rendered page into trunk's built index.html: the title replaces the first
//! `<title>` element and the body replaces the empty `<div id="prerender"></div>`. Trunk
//! may have minified the file, so quoting, case and whitespace are not relied upon. An id
//! that index.html uses itself (such as `boot`) must not come back in the page.

use crate::error::RenderError;
use crate::Page;
use std::ops::Range;

/// `index_html` with `page.title` in place of its `<title>` element, `page.files` right
/// after it, and `page.body` in place of its one `<div id="prerender"></div>`.
pub fn inject(index_html: &str, page: &Page) -> Result<String, RenderError> {
    let title = find_title(index_html).ok_or(RenderError::NoTitle)?;
    let mut placeholders =
        find_placeholders(index_html).filter(|p| p.end <= title.start || p.start >= title.end);
    let placeholder = match (placeholders.next(), placeholders.next()) {
        (None, _) => return Err(RenderError::NoPlaceholder),
        (Some(_), Some(_)) => return Err(RenderError::DoubledPlaceholder),
        (Some(placeholder), None) => placeholder,
    };
    let outside = [
        &index_html[..placeholder.start],
        &index_html[placeholder.end..],
    ];
    if let Some(id) = outside
        .into_iter()
        .flat_map(ids_in)
        .find(|id| page.ids.iter().any(|ours| ours == id))
    {
        return Err(RenderError::IdInIndex { id: id.to_string() });
    }
    let head = format!("{}{}", page.title, page.files);
    let mut edits = [(title, &head), (placeholder, &page.body)];
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(index_html.len() + page.title.len() + page.body.len());
    let mut done = 0;
    for (range, replacement) in edits {
        out.push_str(&index_html[done..range.start]);
        out.push_str(replacement);
        done = range.end;
    }
    out.push_str(&index_html[done..]);
    Ok(out)
}

/// The first `<title …>…</title>` element, tags included.
fn find_title(html: &str) -> Option<Range<usize>> {
    let lower = html.to_ascii_lowercase();
    let start = lower.match_indices("<title").map(|(i, _)| i).find(|&i| {
        lower[i + "<title".len()..].starts_with(|c: char| c == '>' || c.is_ascii_whitespace())
    })?;
    let close = start + lower[start..].find("</title")?;
    let end = close + lower[close..].find('>')? + 1;
    Some(start..end)
}

/// Every `<div id="prerender"></div>`, however quoted and spaced.
fn find_placeholders(html: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let lower = html.to_ascii_lowercase();
    let starts: Vec<usize> = lower.match_indices("<div").map(|(i, _)| i).collect();
    starts
        .into_iter()
        .filter_map(move |start| placeholder_end(&html[start..]).map(|end| start..start + end))
}

/// The length of the placeholder at the start of `html`, if it is one.
fn placeholder_end(html: &str) -> Option<usize> {
    let rest = word(html, "<div")?;
    if !rest.starts_with(|c: char| c.is_ascii_whitespace()) {
        return None;
    }
    let rest = word(rest.trim_start(), "id")?.trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = ["\"prerender\"", "'prerender'", "prerender"]
        .into_iter()
        .find_map(|value| rest.strip_prefix(value))?;
    let rest = rest.trim_start().strip_prefix('>')?.trim_start();
    let rest = word(rest, "</div")?.trim_start().strip_prefix('>')?;
    Some(html.len() - rest.len())
}

/// The values of the `id` attributes in some HTML, quoted or not.
fn ids_in(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    lower
        .match_indices("id=")
        .filter(|(i, _)| lower[..*i].ends_with(|c: char| c.is_ascii_whitespace()))
        .filter_map(|(i, _)| {
            let rest = &html[i + "id=".len()..];
            match rest.chars().next()? {
                quote @ ('"' | '\'') => Some(rest[1..].split_once(quote)?.0),
                _ => rest
                    .split(|c: char| c.is_ascii_whitespace() || c == '>')
                    .next(),
            }
        })
        .collect()
}

/// `text` after `prefix`, which may be in any case.
fn word<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Page {
        Page {
            title: "<title data-nl=\"T\">T</title>".into(),
            body: "<main>BODY</main>".into(),
            files: String::new(),
            ids: vec!["koper".into()],
        }
    }

    fn index(placeholder: &str) -> String {
        format!(
            "<!DOCTYPE html><html><head><meta charset=utf-8><title>Oud</title></head>\
             <body>{placeholder}<script>go()</script></body></html>"
        )
    }

    #[test]
    fn replaces_title_and_placeholder() {
        let out = inject(&index("<div id=\"prerender\"></div>"), &page()).unwrap();
        assert_eq!(
            out,
            "<!DOCTYPE html><html><head><meta charset=utf-8><title data-nl=\"T\">T</title>\
             </head><body><main>BODY</main><script>go()</script></body></html>"
        );
    }

    #[test]
    fn accepts_minified_and_spaced_placeholders() {
        for placeholder in [
            "<div id=prerender></div>",
            "<div id='prerender'></div>",
            "<div  id = \"prerender\" >\n  </div >",
            "<DIV ID=prerender></DIV>",
        ] {
            let out = inject(&index(placeholder), &page())
                .unwrap_or_else(|e| panic!("{placeholder}: {e}"));
            assert!(out.contains("<body><main>BODY</main><script>"), "{out}");
            assert!(!out.contains("prerender"), "{out}");
        }
    }

    #[test]
    fn a_title_with_attributes_and_odd_spacing_is_replaced() {
        let html = "<head><TITLE lang=nl>Oud\n</title ></head><div id=prerender></div>";
        let out = inject(html, &page()).unwrap();
        assert_eq!(
            out,
            "<head><title data-nl=\"T\">T</title></head><main>BODY</main>"
        );
    }

    #[test]
    fn only_the_first_title_is_replaced() {
        let html = "<title>a</title><svg><title>b</title></svg><div id=prerender></div>";
        let out = inject(html, &page()).unwrap();
        assert!(out.starts_with("<title data-nl=\"T\">T</title><svg><title>b</title>"));
    }

    #[test]
    fn missing_or_doubled_placeholder_is_an_error() {
        assert_eq!(inject(&index(""), &page()), Err(RenderError::NoPlaceholder));
        assert_eq!(
            inject(&index("<div id=\"prerender\">oud</div>"), &page()),
            Err(RenderError::NoPlaceholder),
            "a placeholder with content is not the placeholder"
        );
        assert_eq!(
            inject(&index("<div id=\"prerenderx\"></div>"), &page()),
            Err(RenderError::NoPlaceholder)
        );
        let doubled = index("<div id=prerender></div><div id=\"prerender\"></div>");
        assert_eq!(
            inject(&doubled, &page()),
            Err(RenderError::DoubledPlaceholder)
        );
        let message = RenderError::NoPlaceholder.to_string();
        assert!(message.contains("<div id=\"prerender\"></div>") && message.contains("<body>"));
        assert!(RenderError::DoubledPlaceholder
            .to_string()
            .contains("more than once"));
    }

    #[test]
    fn an_id_of_index_html_may_not_come_back_in_the_page() {
        for clash in [
            "<p id=koper>",
            "<p class=x id='koper'>",
            "<p\n id=\"koper\">",
        ] {
            let html = format!("<title>t</title><body>{clash}</p><div id=prerender></div>");
            assert_eq!(
                inject(&html, &page()),
                Err(RenderError::IdInIndex { id: "koper".into() }),
                "{clash}"
            );
        }
        let fine = "<title>t</title><div id=boot data-id=koper></div><div id=prerender></div>";
        assert!(inject(fine, &page()).is_ok());
        let message = RenderError::IdInIndex { id: "boot".into() }.to_string();
        assert!(message.contains("\"boot\"") && message.contains("{#anchor}"));
    }

    #[test]
    fn missing_title_is_an_error() {
        let html = "<head><titles>x</titles></head><div id=prerender></div>";
        assert_eq!(inject(html, &page()), Err(RenderError::NoTitle));
        let unclosed = "<head><title>x</head><div id=prerender></div>";
        assert_eq!(inject(unclosed, &page()), Err(RenderError::NoTitle));
        assert!(RenderError::NoTitle.to_string().contains("<head>"));
    }
}
