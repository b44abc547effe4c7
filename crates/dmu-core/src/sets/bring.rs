//! The use case of bringing a set in, from a file, the editor or a share link: decide the
//! format, read it with the one parser, check its links against the chapter of its
//! language, and list every error with its line. Nothing is kept here; the caller keeps a
//! set only when it came back without errors (or, for GIFT, when the trainer chose to
//! import the questions that read).
//!
//! The parser stops at a file's first error. So that a trainer sees every error at once,
//! each scenario is also read on its own, under the file's metadata, with its lines as in
//! the file: one error per scenario that has one, plus the first error of the whole file.

use super::gift::import_gift;
use super::import::{read_set, text_of};
use crate::error::ContentError;
use crate::lang::Lang;
use crate::parse::{check_links, Parsed};
use crate::scenario::{Scenario, ScenarioSet};

/// The formats a set can come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The app's own Markdown format (`content/README.md`).
    Markdown,
    /// Moodle GIFT.
    Gift,
}

/// The format of a file, from its name, else from how it starts: the app's format opens
/// with a metadata block (`---`).
pub fn format_of(file: &str, source: &[u8]) -> Format {
    let lower = file.to_ascii_lowercase();
    if lower.ends_with(".gift") || lower.ends_with(".txt") {
        return Format::Gift;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    let start = source.strip_prefix("\u{feff}".as_bytes()).unwrap_or(source);
    let start = start.trim_ascii_start();
    match start.starts_with(b"---") {
        true => Format::Markdown,
        false => Format::Gift,
    }
}

/// A set that read without errors, with its language.
#[derive(Clone, Debug, PartialEq)]
pub struct Brought {
    pub set: ScenarioSet,
    pub lang: Lang,
}

/// What reading a file gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// A valid set.
    Ready(Brought),
    /// Errors, in the order of the file. For GIFT, `rest` holds the questions that did
    /// read, as a set the trainer may choose to import anyway.
    Errors {
        errors: Vec<ContentError>,
        rest: Option<Brought>,
    },
}

/// Reads a file a trainer brings. `anchors(lang)` gives the section anchors of the chapter
/// in `lang`, which the set's links must point to; `gift_lang` is the language a GIFT
/// file's questions are in (GIFT has no metadata to say so).
pub fn read_file(
    file: &str,
    source: &[u8],
    gift_lang: Lang,
    anchors: impl Fn(Lang) -> Vec<String>,
) -> Reading {
    match format_of(file, source) {
        Format::Markdown => read_markdown(file, source, anchors),
        Format::Gift => read_gift(file, source, gift_lang),
    }
}

/// Reads a set in the app's Markdown format, with every error.
pub fn read_markdown(file: &str, source: &[u8], anchors: impl Fn(Lang) -> Vec<String>) -> Reading {
    let errors = match read_set(file, source) {
        Ok(parsed) => match link_errors(file, &parsed, &anchors(parsed.lang)) {
            errors if errors.is_empty() => {
                return Reading::Ready(Brought {
                    set: parsed.value,
                    lang: parsed.lang,
                })
            }
            errors => errors,
        },
        Err(first) => {
            let mut errors = vec![first];
            if let Ok(text) = text_of(file, source) {
                errors.extend(scenario_errors(file, text, &anchors));
            }
            sorted(errors)
        }
    };
    Reading::Errors { errors, rest: None }
}

/// Every link of a parsed set that goes nowhere.
fn link_errors(file: &str, parsed: &Parsed<ScenarioSet>, anchors: &[String]) -> Vec<ContentError> {
    let anchors: Vec<&str> = anchors.iter().map(String::as_str).collect();
    parsed
        .links
        .iter()
        .filter_map(|link| check_links(file, std::slice::from_ref(link), &anchors).err())
        .collect()
}

/// Each scenario read on its own under the file's metadata: the first error of each, at
/// its line in the file.
fn scenario_errors(
    file: &str,
    text: &str,
    anchors: &impl Fn(Lang) -> Vec<String>,
) -> Vec<ContentError> {
    let chunks = scenario_chunks(text);
    let Some(&(first_start, _)) = chunks.first() else {
        return Vec::new();
    };
    let head: String = text
        .lines()
        .take(first_start)
        .collect::<Vec<_>>()
        .join("\n");
    let head_lines = u32::try_from(first_start).unwrap_or(u32::MAX);
    let mut errors = Vec::new();
    for (start, end) in chunks {
        let body: Vec<&str> = text.lines().skip(start).take(end - start).collect();
        let alone = format!("{head}\n{}\n", body.join("\n"));
        // Lines after the head move to where they are in the file.
        let shift = u32::try_from(start).unwrap_or(u32::MAX) - head_lines;
        let at = |line: u32| match line > head_lines {
            true => line.saturating_add(shift),
            false => line,
        };
        match read_set(file, alone.as_bytes()) {
            Ok(parsed) => errors.extend(
                link_errors(file, &parsed, &anchors(parsed.lang))
                    .into_iter()
                    .map(|mut e| {
                        e.line = at(e.line);
                        e
                    }),
            ),
            Err(mut error) => {
                error.line = at(error.line);
                errors.push(error);
            }
        }
    }
    errors
}

/// The lines (0-based, end exclusive) of each scenario: from a `## ` heading to the next,
/// outside fenced code.
fn scenario_chunks(text: &str) -> Vec<(usize, usize)> {
    let mut starts = Vec::new();
    let mut fenced = false;
    let mut in_meta = false;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if i == 0 && line.trim_start_matches('\u{feff}').trim_end() == "---" {
            in_meta = true;
            continue;
        }
        if in_meta {
            in_meta = line.trim_end() != "---";
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        }
        if !fenced && line.starts_with("## ") {
            starts.push(i);
        }
    }
    let total = text.lines().count();
    starts
        .iter()
        .enumerate()
        .map(|(n, &start)| (start, starts.get(n + 1).copied().unwrap_or(total)))
        .collect()
}

/// Errors by line, each once.
fn sorted(mut errors: Vec<ContentError>) -> Vec<ContentError> {
    crate::order::sort_by_key(&mut errors, |e| e.line);
    errors.dedup_by(|a, b| a.line == b.line && a.message == b.message);
    errors
}

/// Reads a GIFT file: a set titled after the file, or the errors and the questions that
/// did read.
pub fn read_gift(file: &str, source: &[u8], lang: Lang) -> Reading {
    let import = import_gift(file, source, lang);
    let title = title_of(file);
    let set = import.to_set(&title).map(|set| Brought { set, lang });
    match (import.errors.is_empty(), set) {
        (true, Some(brought)) => Reading::Ready(brought),
        (_, rest) => Reading::Errors {
            errors: import.errors,
            rest,
        },
    }
}

/// A title from a file name: without its folder and extension, `_` and `-` as spaces.
pub fn title_of(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    };
    stem.replace(['_', '-'], " ").trim().to_string()
}

/// The scenarios of a brought set, for a preview.
pub fn scenarios(reading: &Reading) -> &[Scenario] {
    match reading {
        Reading::Ready(brought) => &brought.set.scenarios,
        Reading::Errors {
            rest: Some(brought),
            ..
        } => &brought.set.scenarios,
        Reading::Errors { .. } => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SET: &str = "---\nid: eigen\ntitle: Eigen set\nlang: nl\n---\n\n\
        ## Welke rol heeft Noor? {#noor section=koper}\n\n\
        Noor [tekent](#koper) het contract.\n\n\
        - [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n\n\
        ## Welke rol heeft Ali? {#ali section=gebruiker}\n\n\
        Ali werkt er elke dag mee.\n\n\
        - [ ] Koper: Nee.\n- [x] Gebruiker: Ja.\n";

    fn anchors(lang: Lang) -> Vec<String> {
        match lang {
            Lang::Nl => vec!["koper".into(), "gebruiker".into()],
            Lang::En => vec!["buyer".into(), "user".into()],
        }
    }

    fn errors(reading: Reading) -> Vec<ContentError> {
        match reading {
            Reading::Errors { errors, .. } => errors,
            Reading::Ready(brought) => panic!("read: {brought:?}"),
        }
    }

    #[test]
    fn formats_by_name_then_by_content() {
        assert_eq!(format_of("a.md", b""), Format::Markdown);
        assert_eq!(format_of("A.GIFT", b"---"), Format::Gift);
        assert_eq!(format_of("a.txt", b"---"), Format::Gift);
        assert_eq!(format_of("plak", b"\n  ---\nid: x"), Format::Markdown);
        assert_eq!(
            format_of("plak", "\u{feff}---".as_bytes()),
            Format::Markdown
        );
        assert_eq!(format_of("plak", b"::Noor:: x {=Koper}"), Format::Gift);
    }

    #[test]
    fn a_valid_set_is_ready_with_its_language() {
        match read_file("eigen.md", SET.as_bytes(), Lang::En, anchors) {
            Reading::Ready(brought) => {
                assert_eq!(brought.lang, Lang::Nl);
                assert_eq!(brought.set.scenarios.len(), 2);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_broken_scenario_is_listed_at_its_line() {
        // Line 12: the first scenario's option has no role; line 14: the second (its
        // heading) has no answer options at all.
        let broken = SET
            .replace("- [ ] Gebruiker: Nee.", "- [ ] Baas: Nee.")
            .replace("- [ ] Koper: Nee.\n- [x] Gebruiker: Ja.\n", "");
        let errors = errors(read_markdown("eigen.md", broken.as_bytes(), anchors));
        let lines: Vec<u32> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [12, 14], "{errors:?}");
    }

    #[test]
    fn every_link_that_goes_nowhere_is_listed() {
        let broken = SET
            .replace("(#koper)", "(#baas)")
            .replace("Ali werkt", "Ali [werkt](#nergens)");
        let errors = errors(read_markdown("eigen.md", broken.as_bytes(), anchors));
        let lines: Vec<u32> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [9, 16], "{errors:?}");
        assert!(errors[0].message.contains("#baas"), "{errors:?}");
    }

    #[test]
    fn a_metadata_error_is_listed_once() {
        let broken = SET.replace("lang: nl", "lang: fr");
        let errors = errors(read_markdown("eigen.md", broken.as_bytes(), anchors));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].message.contains("fr"), "{errors:?}");
    }

    #[test]
    fn gift_gives_the_rest_beside_its_errors() {
        let gift = "::Noor:: Noor tekent het contract. {=Koper ~Gebruiker}\n\n\
            ::Vraag:: Wat is de hoofdstad? {=Amsterdam ~Rotterdam}\n";
        match read_file("zorg_cases.gift", gift.as_bytes(), Lang::Nl, anchors) {
            Reading::Errors {
                errors,
                rest: Some(rest),
            } => {
                assert_eq!(errors.len(), 1);
                assert_eq!(errors[0].line, 3);
                assert_eq!(rest.set.title, "zorg cases");
                assert_eq!(rest.set.scenarios.len(), 1);
                assert_eq!(rest.lang, Lang::Nl);
            }
            other => panic!("{other:?}"),
        }
        let good = "::Noor:: Noor tekent het contract. {=Koper ~Gebruiker}\n";
        assert!(matches!(
            read_file("x.gift", good.as_bytes(), Lang::Nl, anchors),
            Reading::Ready(_)
        ));
    }

    #[test]
    fn titles_from_file_names() {
        assert_eq!(title_of("C:\\sets\\zorg_cases.gift"), "zorg cases");
        assert_eq!(title_of("bouw-2026.md"), "bouw 2026");
        assert_eq!(title_of(".gift"), ".gift");
    }
}
