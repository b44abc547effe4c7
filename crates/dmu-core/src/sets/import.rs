//! The one way in for a trainer's own Markdown set, from a file or a share link. A built-in
//! content file is written by the team and checked at build time; an imported one could be
//! anything, so it is bounded (size, nesting) before the parser sees it and checked for
//! hidden characters before and after.

use super::hidden;
use super::MAX_SET_BYTES;
use crate::error::ContentError;
use crate::parse::{options, parse_scenario_set, Parsed};
use crate::scenario::ScenarioSet;
use pulldown_cmark::{Event, Parser};

/// How deep lists, quotes and emphasis may nest in an imported set. The real content
/// nests 3 deep at most; the app's views (and the parser's tree) recurse per level, and a
/// browser's stack is small.
pub const MAX_DEPTH: usize = 32;

/// Reads a trainer's Markdown set from bytes as they come from outside. The section links
/// are returned to be checked against the chapter of the set's language
/// ([`crate::parse::check_links`]).
pub fn read_set(file: &str, source: &[u8]) -> Result<Parsed<ScenarioSet>, ContentError> {
    let text = text_of(file, source)?;
    hidden::check_source(file, text)?;
    check_depth(file, text)?;
    let parsed = parse_scenario_set(file, text)?;
    hidden::check_set(&parsed.value)?;
    Ok(parsed)
}

/// The text of a file from outside: at most [`MAX_SET_BYTES`], UTF-8, without a byte order
/// mark.
pub fn text_of<'a>(file: &str, source: &'a [u8]) -> Result<&'a str, ContentError> {
    check_size(file, source.len())?;
    let text = std::str::from_utf8(source).map_err(|error| {
        let line = line_at(&source[..error.valid_up_to()]);
        ContentError::both(
            file,
            line,
            "this line is not UTF-8 text: save the file as UTF-8 (in most editors: Save as, encoding UTF-8)",
            "deze regel is geen UTF-8-tekst: sla het bestand op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8)",
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Refuses a file of more than [`MAX_SET_BYTES`], by its size alone: the browser checks
/// a file with this before it reads a byte of it.
pub fn check_size(file: &str, bytes: usize) -> Result<(), ContentError> {
    if bytes <= MAX_SET_BYTES {
        return Ok(());
    }
    let (size, max) = (bytes / 1024, MAX_SET_BYTES / 1024);
    Err(ContentError::both(
        file,
        0,
        format!("the file is {size} KB, more than the {max} KB a set may have: split it into smaller sets"),
        format!("het bestand is {size} KB, meer dan de {max} KB die een set mag hebben: splits het in kleinere sets"),
    ))
}

/// The 1-based line of the end of `before`.
fn line_at(before: &[u8]) -> u32 {
    let lines = before.iter().filter(|&&b| b == b'\n').count();
    u32::try_from(lines + 1).unwrap_or(u32::MAX)
}

/// Refuses Markdown that nests deeper than [`MAX_DEPTH`], naming the line where it does.
pub fn check_depth(file: &str, text: &str) -> Result<(), ContentError> {
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => continue,
        }
        if depth > MAX_DEPTH {
            let line = line_at(&text.as_bytes()[..range.start]);
            return Err(ContentError::both(
                file,
                line,
                format!(
                    "the text nests more than {MAX_DEPTH} levels deep here (lists in lists, quotes in quotes, emphasis in emphasis): flatten it"
                ),
                format!(
                    "de tekst is hier meer dan {MAX_DEPTH} niveaus diep genest (lijsten in lijsten, citaten in citaten, nadruk in nadruk): maak hem minder diep"
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SET: &str = "---\nid: eigen\ntitle: Eigen set\nlang: nl\n---\n\n\
        ## Welke rol heeft Noor? {#noor section=koper}\n\n\
        Noor tekent het contract.\n\n\
        - [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n";

    #[test]
    fn a_valid_set_reads_with_its_language_and_links() {
        let source = SET.replace("Noor tekent", "Noor [tekent](#koper)");
        let parsed = read_set("eigen.md", source.as_bytes()).unwrap();
        assert_eq!(parsed.value.id, "eigen");
        assert_eq!(parsed.lang, crate::Lang::Nl);
        assert_eq!(parsed.links.len(), 2);
        // A byte order mark, as Windows editors write it, is fine.
        let bom = format!("\u{feff}{SET}");
        assert!(read_set("eigen.md", bom.as_bytes()).is_ok());
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let big = vec![b'a'; MAX_SET_BYTES + 1];
        let error = read_set("groot.md", &big).unwrap_err();
        assert_eq!(error.line, 0);
        assert!(error.message.contains("split it"), "{}", error.message);
        let huge = vec![b'{'; 10 * 1024 * 1024];
        let error = read_set("huge.md", &huge).unwrap_err();
        assert_eq!(error.line, 0);
        assert!(error.message.contains("10240 KB"), "{}", error.message);
    }

    #[test]
    fn a_size_alone_is_enough_to_refuse_a_file() {
        assert!(check_size("x.md", MAX_SET_BYTES).is_ok());
        let error = check_size("x.md", 10 * 1024 * 1024).unwrap_err();
        assert_eq!(error.line, 0);
        assert!(
            error.message_in(crate::Lang::Nl).contains("10240 KB"),
            "{error:?}"
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused_on_their_line() {
        let mut bytes = SET.as_bytes().to_vec();
        let at = SET.find("Noor tekent").unwrap();
        bytes[at] = 0xff;
        let error = read_set("latin1.md", &bytes).unwrap_err();
        assert_eq!(error.line, 9);
        assert!(error.message.contains("UTF-8"), "{}", error.message);
        let error = read_set("x.md", &[0xc3, 0x28]).unwrap_err();
        assert_eq!(error.line, 1);
    }

    #[test]
    fn hidden_characters_are_refused_in_the_source_and_as_entities() {
        let source = SET.replace("Noor tekent", "Noor\u{202e} tekent");
        let error = read_set("rtl.md", source.as_bytes()).unwrap_err();
        assert_eq!(error.line, 9);
        assert!(error.message.contains("U+202E"), "{}", error.message);
        let source = SET.replace("heeft Noor?", "heeft No&#8203;or?");
        let error = read_set("zw.md", source.as_bytes()).unwrap_err();
        assert_eq!(error.line, 7);
        assert!(error.message.contains("U+200B"), "{}", error.message);
    }

    #[test]
    fn hidden_characters_in_the_metadata_are_refused_on_their_line() {
        for (from, to, line) in [
            ("title: Eigen set", "title: Eigen\u{202e} set", 3),
            ("lang: nl", "lang: nl\ndescription: Zo\u{200b}rg", 5),
            ("id: eigen", "id: eigen\u{feff}", 2),
        ] {
            let source = SET.replace(from, to);
            let error = read_set("meta.md", source.as_bytes()).unwrap_err();
            assert_eq!(error.line, line, "{to:?}: {error}");
            crate::error::assert_bilingual(&error);
        }
        // Metadata is not Markdown: an entity there is the text it is written as, and hides
        // nothing, so no hidden character in it is ever reported without its line.
        let source = SET.replace("title: Eigen set", "title: Eigen&#8238; set");
        let set = read_set("meta.md", source.as_bytes()).unwrap().value;
        assert_eq!(set.title, "Eigen&#8238; set");
    }

    #[test]
    fn every_error_speaks_both_languages_on_its_line() {
        let mut latin1 = SET.as_bytes().to_vec();
        latin1[SET.find("Noor tekent").unwrap()] = 0xff;
        let deep = SET.replace("Noor tekent", &"> ".repeat(100));
        let link = SET.replace("Noor tekent", "Noor [tekent](#Koper)");
        for (source, line) in [
            (vec![b'a'; MAX_SET_BYTES + 1], 0),
            (latin1, 9),
            (deep.into_bytes(), 9),
            (link.into_bytes(), 9),
            (
                SET.replace("Noor tekent", "Noor\u{2066}tekent")
                    .into_bytes(),
                9,
            ),
            (
                SET.replace("heeft Noor?", "heeft No&#8203;or?")
                    .into_bytes(),
                7,
            ),
        ] {
            let error = read_set("eigen.md", &source).unwrap_err();
            assert_eq!(error.line, line, "{error}");
            crate::error::assert_bilingual(&error);
        }
    }

    #[test]
    fn deep_nesting_is_refused_on_its_line() {
        for (what, deep) in [
            ("quotes", format!("{}tekst\n", "> ".repeat(10_000))),
            (
                "lists",
                (0..1_000)
                    .map(|i| format!("{}* x\n", "  ".repeat(i)))
                    .collect(),
            ),
            (
                "emphasis",
                format!("{}x{}\n", "*".repeat(10_000), "*".repeat(10_000)),
            ),
            (
                "brackets",
                format!("{}x{}\n", "[".repeat(10_000), "]".repeat(10_000)),
            ),
            (
                "braces",
                format!("{}x{}\n", "{".repeat(10_000), "}".repeat(10_000)),
            ),
        ] {
            let source = SET.replace("Noor tekent het contract.\n", &deep);
            let result = read_set("diep.md", source.as_bytes());
            match what {
                // Brackets and braces that pair up with nothing are text: the situation
                // holds them as they were written, no more and no less.
                "brackets" | "braces" => {
                    let set = result
                        .unwrap_or_else(|error| panic!("{what}: {error}"))
                        .value;
                    let situation = match &set.scenarios[0].situation[..] {
                        [crate::text::Block::Paragraph(inlines)] => {
                            crate::text::plain_text(inlines)
                        }
                        other => panic!("{what}: {other:?}"),
                    };
                    assert_eq!(situation, deep.trim_end(), "{what}");
                }
                _ => {
                    let error = result.unwrap_err();
                    // A list and its item are two levels: the 17th list, on line 9 + 16.
                    let line = if what == "lists" { 25 } else { 9 };
                    assert_eq!(error.line, line, "{what}: {error}");
                    assert!(error.message.contains("levels deep"), "{what}: {error}");
                }
            }
        }
        let fine = SET.replace("Noor tekent", "> > * **_Noor_** tekent");
        assert!(read_set("ok.md", fine.as_bytes()).is_ok());
    }

    #[test]
    fn unsafe_links_are_refused_and_html_is_text() {
        for link in [
            "javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "JaVaScRiPt:x",
        ] {
            let source = SET.replace("Noor tekent", &format!("Noor [tekent]({link})"));
            let error = read_set("link.md", source.as_bytes()).unwrap_err();
            assert_eq!(error.line, 9, "{link}");
            assert!(error.message.contains("not allowed"), "{link}: {error}");
        }
        let source = SET.replace("Noor tekent", "<script>alert(1)</script> Noor tekent");
        let set = read_set("html.md", source.as_bytes()).unwrap().value;
        let situation = format!("{:?}", set.scenarios[0].situation);
        assert!(
            situation.contains("Text(\"<script>alert(1)</script> Noor tekent"),
            "{situation}"
        );
    }
}
