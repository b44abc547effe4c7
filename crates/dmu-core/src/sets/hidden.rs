//! Characters that change how text looks without being seen (right-to-left overrides,
//! zero-width spaces, control codes): an imported name or answer with one can read as
//! something it is not, so imports refuse them and say where they are.

use crate::error::ContentError;
use crate::lang::Lang;
use crate::scenario::{Scenario, ScenarioSet};
use crate::text::{Block, Inline, LinkTarget};

/// The first character in `text` that a reader cannot see or that reorders what they
/// see. Tabs and line ends are ordinary.
pub fn hidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| is_hidden(c))
}

/// Whether a character is invisible or steers the direction of text: control codes,
/// Unicode format characters (bidi embeddings, overrides and isolates, zero-width
/// characters, the byte order mark, tags) and the blank fillers some fonts draw as nothing.
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{feff}' | '\u{ffa0}' | '\u{fff9}'..='\u{fffb}'
        | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e007f}')
}

/// What a hidden character does, for the message that names it.
fn describe(c: char, lang: Lang) -> &'static str {
    let (en, nl) = match c {
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            (
                "it turns the direction of the text around it",
                "het keert de leesrichting van de tekst eromheen om",
            )
        }
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => (
            "it is a zero-width character",
            "het is een teken zonder breedte",
        ),
        '\u{e0000}'..='\u{e007f}' => (
            "it is an invisible tag character",
            "het is een onzichtbaar labelteken",
        ),
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => {
            ("it is a control code", "het is een stuurcode")
        }
        _ => ("it is invisible", "het is onzichtbaar"),
    };
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The message for a hidden character, in a language: what it is, why it matters, what
/// to do.
pub fn message(c: char, lang: Lang) -> String {
    let (code, what) = (c as u32, describe(c, lang));
    match lang {
        Lang::Nl => format!(
            "de tekst bevat een onzichtbaar teken (U+{code:04X}; {what}): daardoor kan een naam of antwoord iets anders lijken dan het is. Verwijder het, bijvoorbeeld door de woorden eromheen opnieuw te typen"
        ),
        Lang::En => format!(
            "the text contains an invisible character (U+{code:04X}; {what}): it can make a name or an answer read as something it is not. Delete it, for instance by retyping the words around it"
        ),
    }
}

/// The error for a hidden character on a line of a file, `place` saying where it is
/// (`"scenario 'x': "`, or nothing), the same in both languages.
pub(crate) fn error(file: &str, line: u32, place: &str, c: char) -> ContentError {
    ContentError::both(
        file,
        line,
        format!("{place}{}", message(c, Lang::En)),
        format!("{place}{}", message(c, Lang::Nl)),
    )
}

/// Refuses a source text with a hidden character, naming the line it is on.
pub fn check_source(file: &str, source: &str) -> Result<(), ContentError> {
    for (i, line) in source.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(c) = hidden_char(line) {
            let line = u32::try_from(i + 1).unwrap_or(u32::MAX);
            return Err(error(file, line, "", c));
        }
    }
    Ok(())
}

/// Refuses a set with a hidden character anywhere in its text, link targets included.
/// This catches what [`check_source`] cannot see: characters written as entities
/// (`&#8238;`). The line is that of the scenario's heading.
///
/// The metadata (id, title, description) is checked too, at line 0, since a set does not
/// keep the lines of its metadata. A set read from a source never gets there: metadata is
/// not Markdown, so an entity in it stays the text it is written as, and [`check_source`]
/// has already named the line of a character written as itself.
pub fn check_set(set: &ScenarioSet) -> Result<(), ContentError> {
    let meta = [
        Some(set.id.as_str()),
        Some(set.title.as_str()),
        set.description.as_deref(),
    ];
    if let Some(c) = meta.into_iter().flatten().find_map(hidden_char) {
        return Err(error(&set.file, 0, "metadata: ", c));
    }
    for scenario in &set.scenarios {
        if let Some(c) = in_scenario(scenario) {
            let place = format!("scenario '{}': ", scenario.id);
            return Err(error(&set.file, scenario.line, &place, c));
        }
    }
    Ok(())
}

fn in_scenario(s: &Scenario) -> Option<char> {
    let mut texts: Vec<&str> = vec![&s.id, &s.question, &s.section];
    let mut blocks: Vec<&[Block]> = vec![&s.situation];
    let mut inlines: Vec<&[Inline]> = Vec::new();
    if let Some(p) = &s.profile {
        texts.extend([p.name.as_str(), p.headline.as_str()]);
        texts.extend(p.position.as_deref());
        texts.extend(p.company.as_deref());
        inlines.push(&p.activity);
    }
    for part in &s.parts {
        if let Some(person) = &part.person {
            texts.push(&person.name);
            blocks.push(&person.about);
        }
        for choice in &part.choices {
            texts.push(&choice.step);
            inlines.push(&choice.why);
        }
    }
    blocks.extend(s.tip.as_deref());
    blocks.extend(s.prompt.as_deref());
    texts
        .into_iter()
        .find_map(hidden_char)
        .or_else(|| blocks.into_iter().find_map(in_blocks))
        .or_else(|| inlines.into_iter().find_map(in_inlines))
}

fn in_blocks(blocks: &[Block]) -> Option<char> {
    blocks.iter().find_map(|block| match block {
        Block::Paragraph(inlines) | Block::Heading { text: inlines, .. } => in_inlines(inlines),
        Block::List { items, .. } => items.iter().find_map(|item| in_blocks(item)),
        Block::Quote { blocks, .. } => in_blocks(blocks),
    })
}

fn in_inlines(inlines: &[Inline]) -> Option<char> {
    inlines.iter().find_map(|inline| match inline {
        Inline::Text(text) | Inline::Code(text) => hidden_char(text),
        Inline::Strong(children) | Inline::Emph(children) => in_inlines(children),
        Inline::Link { to, children } => {
            let target = match to {
                LinkTarget::Section(anchor) => anchor,
                LinkTarget::External(url) => url,
            };
            hidden_char(target).or_else(|| in_inlines(children))
        }
        Inline::Break => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::fixtures::scenario;
    use crate::scenario::{Person, Profile};
    use crate::Role;

    #[test]
    fn direction_overrides_zero_widths_and_controls_are_hidden() {
        for c in [
            '\u{202e}',
            '\u{202d}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{200e}',
            '\u{200f}',
            '\u{61c}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{ad}',
            '\u{0}',
            '\u{7}',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            '\u{2028}',
            '\u{e0041}',
            '\u{3164}',
        ] {
            assert!(is_hidden(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn ordinary_text_is_not_hidden() {
        let ordinary = "Beïnvloeder Zoë «Ilse» Müller—CEO\t€ 5 · 😀 ❤\u{fe0f} نور שלום 王";
        assert_eq!(hidden_char(ordinary), None);
        assert_eq!(hidden_char("a\nb\r\n"), None);
    }

    #[test]
    fn a_source_is_refused_on_the_line_of_the_character() {
        let error = check_source("f.md", "one\r\ntwo\nNoor \u{202e}reppok\n").unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.message.contains("U+202E"), "{}", error.message);
        assert!(error.message.contains("direction"), "{}", error.message);
        assert!(error.message.contains("Delete it"), "{}", error.message);
        assert!(check_source("f.md", "one\r\ntwo\n").is_ok());
    }

    #[test]
    fn every_kind_of_hidden_character_is_named_in_both_languages() {
        for c in ['\u{202e}', '\u{200b}', '\u{e0041}', '\u{7}', '\u{3164}'] {
            let error = check_source("f.md", &format!("een\nNoor {c}\n")).unwrap_err();
            assert_eq!(error.line, 2);
            crate::error::assert_bilingual(&error);
            let (en, nl) = (describe(c, Lang::En), describe(c, Lang::Nl));
            assert!(error.message.contains(en) && error.message_in(Lang::Nl).contains(nl));
            assert!(error
                .message_in(Lang::Nl)
                .contains(&format!("U+{:04X}", c as u32)));
        }
        assert_eq!(
            message('\u{200b}', Lang::Nl),
            "de tekst bevat een onzichtbaar teken (U+200B; het is een teken zonder breedte): daardoor kan een naam of antwoord iets anders lijken dan het is. Verwijder het, bijvoorbeeld door de woorden eromheen opnieuw te typen"
        );
    }

    fn set_with(s: Scenario) -> ScenarioSet {
        ScenarioSet {
            id: "s".into(),
            file: "f.md".into(),
            title: "T".into(),
            description: None,
            scenarios: vec![scenario("ok", vec![vec![(Role::Buyer, true)]]), s],
        }
    }

    #[test]
    fn a_set_is_refused_wherever_the_character_hides() {
        let base = || {
            let mut s = scenario("x", vec![vec![(Role::Buyer, true)]]);
            s.line = 40;
            s
        };
        let zw = "\u{200b}";
        let mut cases: Vec<Scenario> = Vec::new();
        let mut s = base();
        s.question = format!("Wie{zw}?");
        cases.push(s);
        let mut s = base();
        s.parts[0].person = Some(Person {
            name: format!("Noor{zw}"),
            about: vec![],
        });
        cases.push(s);
        let mut s = base();
        s.parts[0].person = Some(Person {
            name: "Noor".into(),
            about: vec![Block::List {
                ordered: false,
                items: vec![vec![Block::Quote {
                    kind: None,
                    blocks: vec![Block::Paragraph(vec![Inline::Emph(vec![Inline::Text(
                        zw.into(),
                    )])])],
                }]],
            }],
        });
        cases.push(s);
        let mut s = base();
        s.parts[0].choices[0].why = vec![Inline::Link {
            to: LinkTarget::External(format!("https://x.test/{zw}")),
            children: vec![],
        }];
        cases.push(s);
        let mut s = base();
        s.profile = Some(Profile {
            name: "Noor".into(),
            headline: "h".into(),
            position: Some(format!("p{zw}")),
            company: None,
            activity: vec![],
        });
        cases.push(s);
        let mut s = base();
        s.tip = Some(vec![Block::Heading {
            level: 3,
            id: None,
            text: vec![Inline::Code(zw.into())],
        }]);
        cases.push(s);
        for case in cases {
            let error = check_set(&set_with(case.clone())).unwrap_err();
            assert_eq!(error.line, 40, "{case:?}");
            assert!(error.message.contains("scenario 'x'"), "{}", error.message);
            assert!(error.message.contains("U+200B"), "{}", error.message);
            crate::error::assert_bilingual(&error);
        }
        assert!(check_set(&set_with(base())).is_ok());
        let mut set = set_with(base());
        set.title = "Bouw\u{202e}".into();
        let error = check_set(&set).unwrap_err();
        assert_eq!(error.line, 0);
        assert!(error.message.starts_with("metadata"));
        crate::error::assert_bilingual(&error);
    }
}
