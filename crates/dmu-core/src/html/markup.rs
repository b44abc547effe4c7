//! Markup being written: trusted tags, escaped text and attributes, and a record of every
//! id, so that a page on which two elements share an id is refused rather than shipped.

use super::escape::{push_attr, push_text};

/// HTML under construction, with the ids it defines (in the order written).
#[derive(Debug, Default)]
pub struct Markup {
    html: String,
    ids: Vec<String>,
}

impl Markup {
    /// Empty markup.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends trusted markup as is: a literal of this crate, or markup already escaped.
    pub fn tag(&mut self, markup: &str) -> &mut Self {
        self.html.push_str(markup);
        self
    }

    /// Appends text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_text(&mut self.html, text);
        self
    }

    /// Appends ` name="value"` with the value escaped, recording it if it is an `id`. An
    /// empty value is written as the bare name (`hidden`), which HTML reads the same way.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.html.push(' ');
        self.html.push_str(name);
        if !value.is_empty() {
            self.html.push_str("=\"");
            push_attr(&mut self.html, value);
            self.html.push('"');
        }
        if name == "id" {
            self.ids.push(value.to_string());
        }
        self
    }

    /// Appends several attributes, as [`Markup::attr`] does.
    pub fn attrs(&mut self, attrs: &[(&str, &str)]) -> &mut Self {
        for (name, value) in attrs {
            self.attr(name, value);
        }
        self
    }

    /// The markup written so far.
    pub fn html(&self) -> &str {
        &self.html
    }

    /// The ids written so far, through [`Markup::attr`].
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The finished markup.
    pub fn into_html(self) -> String {
        self.html
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_escaped_and_ids_recorded() {
        let mut m = Markup::new();
        m.tag("<div")
            .attr("id", "a\"b")
            .attr("hidden", "")
            .attr("title", "<x>")
            .tag(">")
            .text("1 < 2")
            .tag("</div>");
        assert_eq!(
            m.html(),
            r#"<div id="a&quot;b" hidden title="&lt;x&gt;">1 &lt; 2</div>"#
        );
        assert_eq!(m.ids(), ["a\"b"]);
    }
}
