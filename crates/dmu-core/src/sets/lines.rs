//! Lines of the editor's text, counted as the parser counts them (from 1, a line ends at
//! `\n`), at positions counted as a browser counts them in a text field: in UTF-16 code
//! units. So the line an error names and the line the caret is on are the same line,
//! also after an emoji or an accented letter.

/// The line (from 1) that the caret at `position` (UTF-16 code units from the start) is
/// on. A position past the end is on the last line.
pub fn line_at(text: &str, position: u32) -> u32 {
    let mut units = 0u32;
    let mut line = 1u32;
    for c in text.chars() {
        if units >= position {
            break;
        }
        units = units.saturating_add(c.len_utf16() as u32);
        if c == '\n' {
            line = line.saturating_add(1);
        }
    }
    line
}

/// Where line `line` (from 1) starts, in UTF-16 code units from the start. Line 0 (the
/// whole file) is the start; a line past the end is the end of the text.
pub fn line_start(text: &str, line: u32) -> u32 {
    let mut units = 0u32;
    let mut at = 1u32;
    for c in text.chars() {
        if at >= line {
            return units;
        }
        units = units.saturating_add(c.len_utf16() as u32);
        if c == '\n' {
            at = at.saturating_add(1);
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "---\nid: é\n---\n\n## 😀 Welke rol? {#a}\nNoor\n";

    #[test]
    fn the_caret_is_on_the_line_the_parser_names() {
        assert_eq!(line_at(TEXT, 0), 1);
        assert_eq!(line_at(TEXT, 3), 1, "before the first newline");
        assert_eq!(line_at(TEXT, 4), 2, "just after it");
        // "😀" is two UTF-16 units: the caret after it is still on line 5.
        let line5 = line_start(TEXT, 5);
        assert_eq!(line_at(TEXT, line5 + 5), 5);
        assert_eq!(line_at(TEXT, u32::MAX), 7, "past the end: the last line");
    }

    #[test]
    fn a_line_starts_where_the_caret_goes() {
        assert_eq!(line_start(TEXT, 0), 0);
        assert_eq!(line_start(TEXT, 1), 0);
        assert_eq!(line_start(TEXT, 2), 4);
        // Line 3 starts after "id: é\n": é is one unit.
        assert_eq!(line_start(TEXT, 3), 10);
        // Line 6 starts after the heading, whose emoji counts two.
        let heading = "## 😀 Welke rol? {#a}\n".encode_utf16().count() as u32;
        assert_eq!(line_start(TEXT, 6), line_start(TEXT, 5) + heading);
        let end = TEXT.encode_utf16().count() as u32;
        assert_eq!(line_start(TEXT, 99), end);
        for line in 1..=7 {
            assert_eq!(line_at(TEXT, line_start(TEXT, line)), line, "line {line}");
        }
    }
}
