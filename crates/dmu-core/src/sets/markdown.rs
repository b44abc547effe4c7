//! A scenario set written back as the Markdown of content/README.md, so a trainer can
//! download, edit and share a set (an imported GIFT file too) in the one format the app
//! reads. What it writes parses back to the same set: `parse_scenario_set(to_markdown(s))`
//! equals `s` but for the `file` and `line` fields.
//!
//! That holds for every set the parser can produce, but for two things no one writes on
//! purpose: raw HTML over several lines, which the parser keeps as one text with its
//! newlines, comes back with spaces for them (a paragraph of text cannot hold a newline);
//! and a literal `*` or `_` glued to an emphasis's delimiters (`***a*b*`), which CommonMark
//! pairs up by counting the run, comes back escaped, and so counted differently. The
//! format cannot say a few more things a hand-built set could hold, and those too are
//! folded into the nearest it can: a newline in one-line text (a title, a question, a
//! name) or inside inline code becomes a space; metadata values lose the quotes and spaces
//! around them.

use super::markdown_inline::{self as inline, Place};
use crate::lang::Lang;
use crate::scenario::{Choice, Part, Pick, Profile, Scenario, ScenarioSet};
use crate::text::{Block, Callout, Inline};

/// The set as a scenario file, with role names (and profile labels) in `lang`, the set's
/// language.
pub fn to_markdown(set: &ScenarioSet, lang: Lang) -> String {
    let mut out = String::from("---\n");
    meta(&mut out, "id", &set.id);
    meta(&mut out, "title", &set.title);
    meta(&mut out, "lang", lang.code());
    if let Some(description) = &set.description {
        meta(&mut out, "description", description);
    }
    out.push_str("---\n");
    for scenario in &set.scenarios {
        out.push('\n');
        write_scenario(&mut out, scenario, lang);
    }
    out
}

fn meta(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(": ");
    out.push_str(one_line(value).trim());
    out.push('\n');
}

fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// A scenario: its heading, then each piece as a block with a blank line between.
fn write_scenario(out: &mut String, s: &Scenario, lang: Lang) {
    let mut attrs = format!("#{} section={}", s.id, s.section);
    if let Some(approach) = &s.approach {
        let kind = if approach.persona {
            "persona"
        } else {
            "approach"
        };
        let roles: Vec<&str> = approach.roles.iter().map(|r| r.key()).collect();
        attrs.push_str(&format!(" type={kind} roles={}", roles.join(",")));
    }
    let question = inline::plain(&one_line(&s.question), Place::Heading);
    let mut pieces: Vec<Vec<String>> = vec![vec![format!("## {question} {{{attrs}}}")]];
    if !s.situation.is_empty() {
        pieces.push(blocks(&s.situation));
    }
    if let Some(profile) = &s.profile {
        pieces.push(profile_table(profile, lang));
    }
    for part in &s.parts {
        write_part(&mut pieces, part, lang);
    }
    if let Some(tip) = &s.tip {
        pieces.push(quote(Some(Callout::Tip), tip));
    }
    if let Some(prompt) = &s.prompt {
        pieces.push(quote(Some(Callout::Note), prompt));
    }
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for line in piece {
            out.push_str(line);
            out.push('\n');
        }
    }
}

fn write_part(pieces: &mut Vec<Vec<String>>, part: &Part, lang: Lang) {
    if let Some(person) = &part.person {
        let name = inline::plain(&one_line(&person.name), Place::Heading);
        pieces.push(vec![format!("### {name}")]);
        if !person.about.is_empty() {
            pieces.push(blocks(&person.about));
        }
    }
    let mut options = Vec::new();
    for choice in &part.choices {
        let text = option(choice, lang);
        let mut lines = text.split('\n');
        let mark = if choice.correct { 'x' } else { ' ' };
        options.push(format!("- [{mark}] {}", lines.next().unwrap_or_default()));
        options.extend(lines.map(|line| format!("  {line}")));
    }
    pieces.push(options);
}

/// An option after its `- [x] `: `Role: why`, or `**The step.** why`.
fn option(choice: &Choice, lang: Lang) -> String {
    match choice.pick {
        Pick::Role(role) => format!("{}: {}", role.name(lang), inline::continuing(&choice.why)),
        Pick::Step(_) => {
            // The step and its explanation are written as one run, so that the bold and an
            // emphasis right after it get delimiters that do not merge.
            let mut run = vec![Inline::Strong(vec![Inline::Text(one_line(&choice.step))])];
            match choice.why.split_first() {
                Some((Inline::Text(first), rest)) => {
                    run.push(Inline::Text(format!(" {first}")));
                    run.extend(rest.iter().cloned());
                }
                _ => run.extend(choice.why.iter().cloned()),
            }
            inline::continuing(&run)
        }
    }
}

/// A profile as the table the parser reads: every row `| label | value |`, the first one
/// the table's header.
fn profile_table(profile: &Profile, lang: Lang) -> Vec<String> {
    let labels = match lang {
        Lang::Nl => ["Naam", "Kopregel", "Functie", "Organisatie", "Activiteit"],
        Lang::En => ["Name", "Headline", "Position", "Company", "Activity"],
    };
    let plain = |text: &str| inline::plain(&one_line(text), Place::Cell);
    let mut rows = vec![
        (labels[0], plain(&profile.name)),
        (labels[1], plain(&profile.headline)),
    ];
    if let Some(position) = &profile.position {
        rows.push((labels[2], plain(position)));
    }
    if let Some(company) = &profile.company {
        rows.push((labels[3], plain(company)));
    }
    rows.push((labels[4], inline::cell(&profile.activity)));
    let mut lines = Vec::new();
    for (i, (label, value)) in rows.into_iter().enumerate() {
        lines.push(format!("| {label} | {value} |"));
        if i == 0 {
            lines.push("|---|---|".to_string());
        }
    }
    lines
}

/// Blocks as lines, with a blank line between blocks.
fn blocks(blocks: &[Block]) -> Vec<String> {
    let mut lines = Vec::new();
    // The list before this block, if the block right before was one: two lists in a row
    // with the same marker would be read as one list, so the marker alternates.
    let mut previous_list: Option<(bool, usize)> = None;
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        match block {
            Block::Paragraph(inlines) => match fenced(inlines) {
                Some(code) => lines.extend(code),
                None => lines.extend(inline::paragraph(inlines).split('\n').map(str::to_string)),
            },
            Block::Heading { level, id, text } => {
                let anchor = id
                    .as_ref()
                    .map_or(String::new(), |id| format!(" {{#{id}}}"));
                let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                lines.push(format!("{hashes} {}{anchor}", inline::heading(text)));
            }
            Block::List { ordered, items } => {
                let style = match previous_list {
                    Some((was_ordered, style)) if was_ordered == *ordered => 1 - style,
                    _ => 0,
                };
                lines.extend(list(*ordered, style, items));
                previous_list = Some((*ordered, style));
                continue;
            }
            Block::Quote { kind, blocks } => lines.extend(quote(*kind, blocks)),
        }
        previous_list = None;
    }
    lines
}

/// A paragraph that is one code run over several lines (or an empty one), as the parser
/// reads a code block: as a fenced block again. Inline code cannot hold either.
fn fenced(inlines: &[Inline]) -> Option<Vec<String>> {
    let [Inline::Code(code)] = inlines else {
        return None;
    };
    if !(code.is_empty() || code.contains('\n')) || code.trim_end() != code {
        return None;
    }
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest.max(2) + 1);
    let mut lines = vec![fence.clone()];
    if !code.is_empty() {
        lines.extend(
            code.split('\n')
                .map(|line| line.trim_end_matches('\r').to_string()),
        );
    }
    lines.push(fence);
    Some(lines)
}

/// A list. Bullets are `*` or `+` (`-` is kept for answer options), numbers end in `.` or
/// `)`; `style` picks one of the two.
fn list(ordered: bool, style: usize, items: &[Vec<Block>]) -> Vec<String> {
    let mut lines = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let marker = match (ordered, style) {
            (false, 0) => "*".to_string(),
            (false, _) => "+".to_string(),
            (true, 0) => format!("{}.", n + 1),
            (true, _) => format!("{})", n + 1),
        };
        let indent = " ".repeat(marker.len() + 1);
        let body = blocks(item);
        if body.is_empty() {
            lines.push(marker);
            continue;
        }
        for (i, line) in body.into_iter().enumerate() {
            lines.push(match (i, line.is_empty()) {
                (0, _) => format!("{marker} {line}"),
                (_, true) => line,
                (_, false) => format!("{indent}{line}"),
            });
        }
    }
    lines
}

/// A quote, or a callout (`> [!TIP]`) when it has a kind.
fn quote(kind: Option<Callout>, inner: &[Block]) -> Vec<String> {
    let mut lines: Vec<String> = match kind {
        Some(Callout::Tip) => vec!["> [!TIP]".to_string()],
        Some(Callout::Note) => vec!["> [!NOTE]".to_string()],
        None => Vec::new(),
    };
    let body = blocks(inner);
    if body.is_empty() && lines.is_empty() {
        lines.push(">".to_string());
    }
    lines.extend(body.into_iter().map(|line| match line.is_empty() {
        true => ">".to_string(),
        false => format!("> {line}"),
    }));
    lines
}

#[cfg(all(test, feature = "markdown"))]
mod tests;
