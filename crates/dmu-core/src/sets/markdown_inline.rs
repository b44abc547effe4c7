//! Inline text written as Markdown that reads back as the same text: every character that
//! Markdown would take as syntax (`*`, `_`, `[`, a `#` or `-` starting a line, `|`...) is
//! escaped, and emphasis gets delimiters that pair up the way they were meant to.
//!
//! What no Markdown can say is folded into what comes closest: a newline inside a text
//! becomes a space (the parser never produces one but for raw HTML over several lines).

use crate::text::{Inline, LinkTarget};

/// Where inline text goes; each place has its own syntax to keep out of the way.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A paragraph (or a list item's): it may hold line breaks, and what starts a line is
    /// escaped where it could start a block.
    Paragraph,
    /// A heading: `#`, `{` and `}` are escaped as well, so no closing sequence or
    /// attribute block forms; a line break cannot be said and becomes a space.
    Heading,
    /// A table cell: a `|` is escaped inside code too, as GFM tables want.
    Cell,
}

/// Inlines that open a paragraph (or a line of their own).
pub(crate) fn paragraph(inlines: &[Inline]) -> String {
    write(inlines, Place::Paragraph, true)
}

/// Inlines that continue a line something else began, such as an option after `Koper: `.
pub(crate) fn continuing(inlines: &[Inline]) -> String {
    write(inlines, Place::Paragraph, false)
}

/// Inlines in a heading.
pub(crate) fn heading(inlines: &[Inline]) -> String {
    write(inlines, Place::Heading, false)
}

/// Inlines in a table cell.
pub(crate) fn cell(inlines: &[Inline]) -> String {
    write(inlines, Place::Cell, false)
}

/// Plain text in a heading, a cell or bold: as one text run.
pub(crate) fn plain(text: &str, place: Place) -> String {
    write(&[Inline::Text(text.to_string())], place, false)
}

fn write(inlines: &[Inline], place: Place, line_start: bool) -> String {
    let mut writer = Writer {
        out: String::new(),
        place,
        line_start,
    };
    writer.inlines(inlines, None, Open::default());
    writer.out
}

struct Writer {
    out: String,
    place: Place,
    /// Whether the next character starts a line (the paragraph's first, or after a break).
    line_start: bool,
}

/// How a character acts beside an emphasis delimiter: CommonMark decides whether `*` or
/// `_` opens or closes by whether its neighbours are space, punctuation or a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Space,
    Punct,
    Word,
}

fn side(c: Option<char>) -> Side {
    match c {
        None => Side::Space,
        Some(c) if c.is_whitespace() => Side::Space,
        Some(c) if c.is_alphanumeric() => Side::Word,
        Some(_) => Side::Punct,
    }
}

impl Writer {
    /// Writes a run of inlines; `parent` is the delimiter of the emphasis that holds them,
    /// `open` the delimiters of every emphasis around them (a link starts afresh: CommonMark
    /// pairs the emphasis inside a link's text on its own).
    fn inlines(&mut self, inlines: &[Inline], parent: Option<Parent>, open: Open) {
        // What follows a run is its parent's closing delimiter, `](` or the end of the line:
        // never a word.
        let around = Around {
            parent,
            open,
            before: self.last_side(),
            after: Side::Punct,
        };
        let delims = delimiters(inlines, around);
        for (k, (inline, &delim)) in inlines.iter().zip(&delims).enumerate() {
            match inline {
                Inline::Text(text) => self.text(text),
                Inline::Code(code) => self.code(code),
                Inline::Break => self.line_break(),
                Inline::Strong(children) | Inline::Emph(children) => {
                    let mark = if matches!(inline, Inline::Strong(_)) {
                        format!("{delim}{delim}")
                    } else {
                        delim.to_string()
                    };
                    let outside = (
                        self.last_side(),
                        inlines.get(k + 1).map_or(Side::Punct, first_side_of),
                    );
                    self.raw(&mark);
                    let parent = Parent { delim, outside };
                    self.inlines(children, Some(parent), open.with(delim));
                    self.raw(&mark);
                }
                Inline::Link { to, children } => {
                    self.unimage();
                    self.raw("[");
                    self.inlines(children, None, Open::default());
                    self.raw("](");
                    self.raw(&destination(to));
                    self.raw(")");
                }
            }
        }
    }

    /// A `!` right before a link's `[` would make it an image: escape it.
    fn unimage(&mut self) {
        if !self.out.ends_with('!') {
            return;
        }
        let before = &self.out[..self.out.len() - 1];
        let backslashes = before.chars().rev().take_while(|&c| c == '\\').count();
        if backslashes % 2 == 0 {
            self.out.insert(self.out.len() - 1, '\\');
        }
    }

    fn last_side(&self) -> Side {
        side(self.out.chars().next_back())
    }

    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
        self.line_start = false;
    }

    fn line_break(&mut self) {
        if self.place == Place::Paragraph {
            self.out.push_str("\\\n");
            self.line_start = true;
        } else {
            self.raw(" ");
        }
    }

    fn text(&mut self, text: &str) {
        let chars: Vec<char> = text
            .chars()
            .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c })
            .collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if self.line_start {
                self.line_start = false;
                if let Some(skip) = self.line_start_escape(&chars[i..]) {
                    i += skip;
                    continue;
                }
            }
            let escape = match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' => true,
                '&' => entity_like(&chars[i + 1..]),
                '#' | '{' | '}' => self.place == Place::Heading,
                _ => false,
            };
            if escape {
                self.out.push('\\');
            }
            self.out.push(c);
            i += 1;
        }
    }

    /// Escapes what would start a block at the start of a line: a heading (`#`), a quote
    /// (`>`), a list (`-`, `+`, `1.`), a setext underline (`=`), a code fence (`~`), and
    /// the spaces the parser would strip. Returns how many characters it wrote.
    fn line_start_escape(&mut self, chars: &[char]) -> Option<usize> {
        match chars[0] {
            '#' | '>' | '-' | '+' | '=' | '~' => {
                self.out.push('\\');
                self.out.push(chars[0]);
                Some(1)
            }
            ' ' | '\t' => {
                self.out.push_str(&format!("&#{};", chars[0] as u32));
                Some(1)
            }
            '0'..='9' => {
                let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
                match chars.get(digits) {
                    Some(&marker @ ('.' | ')')) if digits <= 9 => {
                        self.out.extend(&chars[..digits]);
                        self.out.push('\\');
                        self.out.push(marker);
                        Some(digits + 1)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn code(&mut self, code: &str) {
        let code: String = code
            .chars()
            .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c })
            .collect();
        let mut longest = 0;
        let mut run = 0;
        for c in code.chars() {
            run = if c == '`' { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        let fence = "`".repeat(longest + 1);
        // One space on each side is stripped when both are there, so pad then; and pad a
        // code that starts or ends with a backtick, which would join the fence.
        let pad = code.starts_with('`')
            || code.ends_with('`')
            || (code.starts_with(' ') && code.ends_with(' ') && code.chars().any(|c| c != ' '));
        let body = match self.place {
            Place::Cell => code.replace('|', "\\|"),
            _ => code,
        };
        let space = if pad { " " } else { "" };
        self.raw(&format!("{fence}{space}{body}{space}{fence}"));
    }
}

fn is_emphasis(inline: &Inline) -> bool {
    matches!(inline, Inline::Strong(_) | Inline::Emph(_))
}

/// Which delimiters the emphases around a run use.
#[derive(Clone, Copy, Default)]
struct Open {
    star: bool,
    underscore: bool,
}

impl Open {
    fn with(self, delim: char) -> Open {
        match delim {
            '*' => Open { star: true, ..self },
            _ => Open {
                underscore: true,
                ..self
            },
        }
    }

    fn has(self, delim: char) -> bool {
        match delim {
            '*' => self.star,
            _ => self.underscore,
        }
    }
}

/// The emphasis that holds a run of inlines: its delimiter, and the kind of character
/// just outside its opening and its closing delimiter.
#[derive(Clone, Copy)]
struct Parent {
    delim: char,
    outside: (Side, Side),
}

/// What surrounds a run of inlines, for choosing its delimiters.
#[derive(Clone, Copy)]
struct Around {
    parent: Option<Parent>,
    open: Open,
    /// The last character written before the run.
    before: Side,
    /// What follows the run.
    after: Side,
}

/// What is just outside a run of emphases: the delimiter of the emphasis that holds them,
/// or the kind of character beside them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Beside {
    /// The parent's delimiter, and what is on its other side.
    Delimiter(char, Side),
    Char(Side),
}

/// The delimiter (`*` or `_`) for each emphasis in a run of inlines (`*` for the rest).
///
/// `*` works almost everywhere, but delimiters can pair up other than meant: `*a**b*` is
/// not two emphases, `***x***` is emphasis around bold (not bold around emphasis), and in
/// `*(*x*)*` the second `*` closes the first. So emphases side by side alternate between
/// `*` and `_`; an emphasis against its parent's delimiter takes the other one
/// (`**_x_**`); one that opens between two punctuation marks (or two letters) takes one
/// no emphasis around it uses; and a `_` goes only where no letter beside it stops it from
/// opening or closing. Where no choice meets every rule, the run starts with `*`, which
/// CommonMark pairs up by counting (`***a**b*`).
fn delimiters(inlines: &[Inline], around: Around) -> Vec<char> {
    let mut delims = vec!['*'; inlines.len()];
    let mut i = 0;
    while i < inlines.len() {
        if !is_emphasis(&inlines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < inlines.len() && is_emphasis(&inlines[i]) {
            i += 1;
        }
        let run = &inlines[start..i];
        let left = match (start, around.parent) {
            (0, Some(p)) => Beside::Delimiter(p.delim, p.outside.0),
            (0, None) => Beside::Char(around.before),
            _ => Beside::Char(last_side_of(&inlines[start - 1])),
        };
        let right = match (inlines.get(i), around.parent) {
            (Some(next), _) => Beside::Char(first_side_of(next)),
            (None, Some(p)) => Beside::Delimiter(p.delim, p.outside.1),
            (None, None) => Beside::Char(around.after),
        };
        // `****x****` is bold in bold and `***x***` emphasis around bold: a lone bold
        // child keeps its parent's delimiter.
        let lone_bold = inlines.len() == 1 && matches!(inlines[0], Inline::Strong(_));
        // And against a parent whose delimiter has a letter on its other side, the child
        // keeps the delimiter too: the parent's delimiter opens (or closes) inside a word
        // only as part of one run with it (`a***b*c**`).
        let fits = |delim: char, beside: Beside| match beside {
            Beside::Delimiter(p, outside) if lone_bold || outside == Side::Word => delim == p,
            Beside::Delimiter(p, _) => delim != p,
            Beside::Char(Side::Word) => delim == '*',
            Beside::Char(_) => true,
        };
        // An opener with punctuation (or letters) on both sides could close an emphasis
        // around it that uses the same delimiter.
        let safe_opener = |k: usize, delim: char| {
            let before = match (k, left) {
                (0, Beside::Char(side)) => side,
                _ => Side::Punct,
            };
            let after = match &run[k] {
                Inline::Strong(children) | Inline::Emph(children) => {
                    children.first().map_or(Side::Punct, first_side_of)
                }
                _ => Side::Punct,
            };
            let both = before == after && before != Side::Space;
            !both || !around.open.has(delim) || (k == 0 && lone_bold)
        };
        let pattern = |first: usize, k: usize| if (k + first) % 2 == 0 { '*' } else { '_' };
        let first = [0, 1]
            .into_iter()
            .find(|&first| {
                fits(pattern(first, 0), left)
                    && fits(pattern(first, run.len() - 1), right)
                    && (0..run.len()).all(|k| safe_opener(k, pattern(first, k)))
            })
            .unwrap_or(0);
        for (k, delim) in delims[start..i].iter_mut().enumerate() {
            *delim = pattern(first, k);
        }
    }
    delims
}

/// How an inline starts, as written.
fn first_side_of(inline: &Inline) -> Side {
    match inline {
        Inline::Text(text) => side(text.chars().next()),
        _ => Side::Punct,
    }
}

/// How an inline ends, as written.
fn last_side_of(inline: &Inline) -> Side {
    match inline {
        Inline::Text(text) => side(text.chars().next_back()),
        _ => Side::Punct,
    }
}

/// Whether `&` followed by these characters would read as an entity (`&amp;`, `&#32;`).
fn entity_like(rest: &[char]) -> bool {
    let body = rest.strip_prefix(&['#']).unwrap_or(rest);
    let name = body
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    name > 0 && body.get(name) == Some(&';')
}

/// A link's destination, with what would end or change it escaped.
fn destination(to: &LinkTarget) -> String {
    match to {
        LinkTarget::Section(anchor) => format!("#{anchor}"),
        LinkTarget::External(url) => {
            let chars: Vec<char> = url.chars().collect();
            let mut out = String::new();
            for (i, &c) in chars.iter().enumerate() {
                let escape = match c {
                    '\\' | '(' | ')' | '<' | '>' => true,
                    '&' => entity_like(&chars[i + 1..]),
                    _ => false,
                };
                if escape {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Inline {
        Inline::Text(t.into())
    }

    #[test]
    fn syntax_characters_are_escaped() {
        assert_eq!(
            paragraph(&[text(r"a*b_c [d] <e> `f` g\h |i| &amp; & x")]),
            r"a\*b\_c \[d\] \<e> \`f\` g\\h \|i\| \&amp; & x"
        );
    }

    #[test]
    fn what_would_start_a_block_is_escaped_at_the_start_of_a_line_only() {
        for (input, written) in [
            ("# kop", r"\# kop"),
            ("> citaat", r"\> citaat"),
            ("- punt", r"\- punt"),
            ("+ punt", r"\+ punt"),
            ("=== ", r"\=== "),
            ("~~~", r"\~~~"),
            ("12. punt", r"12\. punt"),
            ("1) punt", r"1\) punt"),
            ("1234567890. punt", "1234567890. punt"),
            ("2024 was", "2024 was"),
            (" spatie", "&#32;spatie"),
        ] {
            assert_eq!(paragraph(&[text(input)]), written, "{input}");
            let inside = format!("x {input}");
            assert_eq!(continuing(&[text(&inside)]), inside, "{input}");
        }
        let broken = paragraph(&[text("a"), Inline::Break, text("- b # c")]);
        assert_eq!(broken, "a\\\n\\- b # c");
    }

    #[test]
    fn headings_escape_hashes_and_braces() {
        assert_eq!(heading(&[text("Wie # is {dit}?")]), r"Wie \# is \{dit\}?");
        assert_eq!(paragraph(&[text("Wie # is {dit}?")]), "Wie # is {dit}?");
        assert_eq!(heading(&[text("a"), Inline::Break, text("b")]), "a b");
    }

    #[test]
    fn code_gets_a_fence_longer_than_its_backticks() {
        let code = |c: &str| paragraph(&[Inline::Code(c.into())]);
        assert_eq!(code("x"), "`x`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a"), "`` `a ``");
        assert_eq!(code(" a "), "`  a  `");
        assert_eq!(code("  "), "`  `");
        assert_eq!(code("*_<"), "`*_<`");
        assert_eq!(cell(&[Inline::Code("a|b".into())]), r"`a\|b`");
    }

    #[test]
    fn emphasis_alternates_where_delimiters_would_merge() {
        let emph = |t: &str| Inline::Emph(vec![text(t)]);
        let strong = |i: Inline| Inline::Strong(vec![i]);
        assert_eq!(paragraph(&[emph("a")]), "*a*");
        assert_eq!(paragraph(&[strong(emph("a"))]), "**_a_**");
        assert_eq!(
            paragraph(&[Inline::Emph(vec![strong(text("a"))])]),
            "***a***"
        );
        assert_eq!(paragraph(&[Inline::Emph(vec![emph("a")])]), "*_a_*");
        assert_eq!(paragraph(&[strong(strong(text("a")))]), "****a****");
        assert_eq!(paragraph(&[emph("a"), emph("b")]), "*a*_b_");
        assert_eq!(paragraph(&[emph("a"), emph("b"), text("c")]), "_a_*b*c");
        assert_eq!(paragraph(&[emph("a"), emph("b"), emph("c")]), "*a*_b_*c*");
    }

    #[test]
    fn links_escape_their_destination() {
        let link = |to: LinkTarget| {
            paragraph(&[Inline::Link {
                to,
                children: vec![text("hier [1]")],
            }])
        };
        assert_eq!(
            link(LinkTarget::Section("koper".into())),
            r"[hier \[1\]](#koper)"
        );
        let after = |t: &str| {
            paragraph(&[
                text(t),
                Inline::Link {
                    to: LinkTarget::Section("koper".into()),
                    children: vec![],
                },
            ])
        };
        assert_eq!(after("Kijk!"), r"Kijk\![](#koper)");
        assert_eq!(after(r"Kijk\!"), r"Kijk\\\![](#koper)");
        assert_eq!(
            link(LinkTarget::External(
                "https://x.test/a_(b)?c=1&amp;d".into()
            )),
            r"[hier \[1\]](https://x.test/a_\(b\)?c=1\&amp;d)"
        );
    }
}
