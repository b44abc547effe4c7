//! Turns pulldown-cmark's event stream into a small tree with line numbers, so the
//! interpreters can look ahead and report where a problem is.

use super::options;
use pulldown_cmark::{CowStr, Event, Parser, Tag};

/// A node of the parsed document.
#[derive(Debug)]
pub(crate) enum Node<'a> {
    /// A container (paragraph, heading, list, item, link...) and what is inside it.
    El {
        tag: Tag<'a>,
        line: u32,
        children: Vec<Node<'a>>,
    },
    Text(CowStr<'a>),
    Code(CowStr<'a>),
    /// Raw HTML. Never passed through: it is shown as text.
    Html(CowStr<'a>),
    SoftBreak,
    HardBreak,
    Rule,
    Task(bool),
    /// Something content may not use (math, footnotes), described in English and Dutch.
    Unsupported(&'static str, &'static str, u32),
}

impl Node<'_> {
    /// The line the node starts on, where it has one.
    pub(crate) fn line(&self) -> Option<u32> {
        match self {
            Node::El { line, .. } | Node::Unsupported(_, _, line) => Some(*line),
            _ => None,
        }
    }
}

/// The literal text inside nodes (of a code block, a metadata block or raw HTML).
pub(crate) fn raw_text(nodes: &[Node]) -> String {
    nodes
        .iter()
        .filter_map(|n| match n {
            Node::Text(t) | Node::Html(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

/// Parses a whole document into top-level nodes.
pub(crate) fn parse(source: &str) -> Vec<Node<'_>> {
    let lines = LineIndex::new(source);
    let mut stack: Vec<(Tag, u32, Vec<Node>)> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    for (event, range) in Parser::new_ext(source, options()).into_offset_iter() {
        let line = lines.line_of(range.start);
        let node = match event {
            Event::Start(tag) => {
                stack.push((tag, line, Vec::new()));
                continue;
            }
            Event::End(_) => match stack.pop() {
                Some((tag, line, children)) => Node::El {
                    tag,
                    line,
                    children,
                },
                None => continue,
            },
            Event::Text(text) => Node::Text(text),
            Event::Code(code) => Node::Code(code),
            Event::Html(html) | Event::InlineHtml(html) => Node::Html(html),
            Event::SoftBreak => Node::SoftBreak,
            Event::HardBreak => Node::HardBreak,
            Event::Rule => Node::Rule,
            Event::TaskListMarker(checked) => Node::Task(checked),
            Event::InlineMath(_) | Event::DisplayMath(_) => {
                Node::Unsupported("math", "wiskunde", line)
            }
            Event::FootnoteReference(_) => Node::Unsupported("a footnote", "een voetnoot", line),
        };
        match stack.last_mut() {
            Some((_, _, children)) => children.push(node),
            None => top.push(node),
        }
    }
    top
}

/// Maps byte offsets to 1-based line numbers.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> u32 {
        let index = self.starts.partition_point(|&start| start <= offset);
        index.max(1) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_carry_their_line() {
        let nodes = parse("# Titel\n\nEen alinea.\n\n- punt\n");
        let lines: Vec<Option<u32>> = nodes.iter().map(Node::line).collect();
        assert_eq!(lines, vec![Some(1), Some(3), Some(5)]);
    }

    #[test]
    fn line_index_counts_from_one() {
        let index = LineIndex::new("a\nb\nc");
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(4), 3);
    }
}
