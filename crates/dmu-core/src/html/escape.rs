//! Escaping for HTML text and double-quoted attribute values, so that no content, however
//! hostile, ever becomes markup. It escapes exactly what the browser escapes when it
//! serialises the DOM (the HTML standard's "escaping a string"), so HTML written here is
//! byte for byte what `innerHTML` gives for the same nodes.

/// Appends `text` as HTML text: `&`, `<`, `>` and the no-break space become entities.
pub fn push_text(out: &mut String, text: &str) {
    push_escaped(out, text, false);
}

/// Appends `value` as the inside of a double-quoted attribute: `"` becomes an entity too.
/// A single quote is left as is: it cannot end a double-quoted value.
pub fn push_attr(out: &mut String, value: &str) {
    push_escaped(out, value, true);
}

fn push_escaped(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        let mut out = String::new();
        push_text(&mut out, s);
        out
    }

    fn attr(s: &str) -> String {
        let mut out = String::new();
        push_attr(&mut out, s);
        out
    }

    #[test]
    fn text_cannot_open_a_tag() {
        assert_eq!(
            text("<script>alert('x') && \"y\"</script>"),
            "&lt;script&gt;alert('x') &amp;&amp; \"y\"&lt;/script&gt;"
        );
    }

    #[test]
    fn attributes_cannot_be_closed() {
        assert_eq!(
            attr("\" onerror=alert(1) x='"),
            "&quot; onerror=alert(1) x='"
        );
        assert_eq!(attr("a<b>&c"), "a&lt;b&gt;&amp;c");
    }

    #[test]
    fn entities_are_escaped_once_and_other_text_is_kept() {
        assert_eq!(text("&amp;"), "&amp;amp;");
        assert_eq!(text("Beïnvloeder · één"), "Beïnvloeder · één");
    }

    #[test]
    fn a_no_break_space_is_written_as_the_browser_writes_it() {
        assert_eq!(text("10\u{a0}%"), "10&nbsp;%");
        assert_eq!(attr("10\u{a0}%"), "10&nbsp;%");
    }
}
