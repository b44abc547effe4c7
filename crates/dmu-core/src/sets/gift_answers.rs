//! Reads GIFT text (Moodle's quiz format, https://docs.moodle.org/en/GIFT_format) into
//! questions as written: title, text, and answers with their marks, weights, feedback and
//! matching pairs, each with its line. What the answers mean for a DMU scenario is
//! gift.rs's business; this file only knows GIFT's syntax.

use super::hidden;
use crate::error::ContentError;

/// Most answers a question may have: more than any DMU question needs (six roles, or six
/// pairs and the roles that fit no one), and few enough that a hostile file cannot make
/// reading its answers slow.
pub(crate) const MAX_ANSWERS: usize = 20;

/// A question of the file: its place, its title, and the question or why it could not be
/// read. The title is kept even then, so that the question keeps its id once it is fixed.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ReadQuestion {
    /// Its place among the file's questions, from 1.
    pub number: usize,
    pub title: Option<String>,
    pub question: Result<RawQuestion, ContentError>,
}

/// A question as written in GIFT.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawQuestion {
    /// Its first line.
    pub line: u32,
    /// The question text, one entry per line that GIFT's `\n` starts; a blank stands for
    /// the answers in a missing-word question.
    pub text: Vec<String>,
    pub answers: Vec<RawAnswer>,
    /// `####...`: feedback for the whole question.
    pub general_feedback: Option<String>,
}

/// One answer: `=right`, `~wrong`, `~%50%weighted`, `=left -> right`, each with `#feedback`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawAnswer {
    pub line: u32,
    /// `=` or `~`.
    pub mark: char,
    /// `%50%` as 50.0.
    pub weight: Option<f64>,
    /// The answer, or in a matching pair the right-hand side.
    pub text: String,
    /// The left-hand side of a matching pair (empty for an extra wrong answer `=-> x`).
    pub left: Option<String>,
    pub feedback: Option<String>,
}

/// The questions of a file: the first ones read, and how many there are in all.
pub(crate) struct Questions {
    pub reads: Vec<ReadQuestion>,
    /// Every question in the file, read or left out.
    pub total: usize,
    /// The line of the first question left out, if the file has more than the limit.
    pub first_left_out: Option<u32>,
}

/// Splits a file into questions and reads the first `limit`; the rest are only counted.
/// Questions are separated by blank lines; lines starting with `//` are comments; a
/// `$CATEGORY:` question is skipped.
pub(crate) fn read_questions(file: &str, text: &str, limit: usize) -> Questions {
    let mut questions = Questions {
        reads: Vec::new(),
        total: 0,
        first_left_out: None,
    };
    let mut group: Vec<(u32, &str)> = Vec::new();
    let mut finish = |group: &mut Vec<(u32, &str)>| {
        if group.is_empty() || group[0].1.trim_start().starts_with("$CATEGORY:") {
            group.clear();
            return;
        }
        questions.total += 1;
        if questions.reads.len() < limit {
            questions
                .reads
                .push(QuestionSource::new(file, group).read(questions.total));
        } else if questions.first_left_out.is_none() {
            questions.first_left_out = Some(group[0].0);
        }
        group.clear();
    };
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.is_empty() {
            finish(&mut group);
            continue;
        }
        group.push((number, line));
    }
    finish(&mut group);
    questions
}

/// A character of the source and whether a backslash escaped it.
#[derive(Clone, Copy, Debug)]
struct SourceChar {
    c: char,
    escaped: bool,
    /// Index of the line it is on, in the group.
    row: usize,
}

/// The lines of one question, as characters with their escapes resolved.
struct QuestionSource<'f> {
    file: &'f str,
    chars: Vec<SourceChar>,
    /// The file's line number of each of the group's lines.
    lines: Vec<u32>,
}

impl<'f> QuestionSource<'f> {
    fn new(file: &'f str, group: &[(u32, &str)]) -> QuestionSource<'f> {
        let mut chars = Vec::new();
        for (row, (_, line)) in group.iter().enumerate() {
            if row > 0 {
                chars.push(SourceChar {
                    c: '\n',
                    escaped: false,
                    row,
                });
            }
            let mut it = line.chars().peekable();
            while let Some(c) = it.next() {
                let escaped = c == '\\'
                    && matches!(
                        it.peek(),
                        Some('~' | '=' | '#' | '{' | '}' | ':' | '\\' | 'n')
                    );
                let c = match (escaped, it.peek()) {
                    (true, Some('n')) => {
                        it.next();
                        // GIFT's `\n`: a new line in the text.
                        '\u{2028}'
                    }
                    (true, Some(_)) => it.next().unwrap_or(c),
                    _ => c,
                };
                chars.push(SourceChar { c, escaped, row });
            }
        }
        QuestionSource {
            file,
            chars,
            lines: group.iter().map(|(n, _)| *n).collect(),
        }
    }

    fn line(&self, at: usize) -> u32 {
        let row = self.chars.get(at).map_or(self.lines.len() - 1, |ch| ch.row);
        self.lines[row]
    }

    /// An error at a character of the question, in English and in Dutch.
    fn error(&self, at: usize, en: impl Into<String>, nl: impl Into<String>) -> ContentError {
        ContentError::both(self.file, self.line(at), en, nl)
    }

    /// Where the unescaped `pattern` starts, from `from` on (up to `to`).
    fn find(&self, pattern: &str, from: usize, to: usize) -> Option<usize> {
        let pattern: Vec<char> = pattern.chars().collect();
        (from..to.saturating_sub(pattern.len() - 1)).find(|&i| {
            pattern
                .iter()
                .enumerate()
                .all(|(k, &p)| self.chars[i + k].c == p && !self.chars[i + k].escaped)
        })
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.chars[from..to].iter().map(|ch| ch.c).collect()
    }

    fn read(&self, number: usize) -> ReadQuestion {
        let (title, at) = self.title();
        ReadQuestion {
            number,
            title: title.as_ref().ok().cloned().flatten(),
            question: title.and_then(|_| self.question(at)),
        }
    }

    /// The title (`::Title::`) if there is one, and where the text after it starts.
    fn title(&self) -> (Result<Option<String>, ContentError>, usize) {
        let end = self.chars.len();
        let at = self.skip_space(0, end);
        if self.find("::", at, (at + 2).min(end)) != Some(at) {
            return (Ok(None), at);
        }
        match self.find("::", at + 2, end) {
            Some(close) => (
                Ok(Some(collapse(&self.text(at + 2, close)))),
                self.skip_space(close + 2, end),
            ),
            None => (
                Err(self.error(
                    at,
                    "the title that starts with '::' is not closed: write it as ::Title:: before the question, and write \\: for a colon inside it",
                    "de titel die met '::' begint, wordt niet afgesloten: schrijf hem als ::Titel:: vóór de vraag, en schrijf \\: voor een dubbele punt in de titel",
                )),
                end,
            ),
        }
    }

    fn question(&self, at: usize) -> Result<RawQuestion, ContentError> {
        let end = self.chars.len();
        let first_line = self.lines[0];
        // A character a reader cannot see, in any part of the question (GIFT's own `\n`
        // is the one such character that is not the trainer's).
        for ch in &self.chars {
            if !(ch.escaped && ch.c == '\u{2028}') && hidden::is_hidden(ch.c) {
                return Err(hidden::error(self.file, self.lines[ch.row], "", ch.c));
            }
        }
        let at = self.skip_format(at, end);
        let Some(open) = self.find("{", at, end) else {
            return Err(self.error(
                at.min(end.saturating_sub(1)),
                "this question has no answers: write them between { and } after the question, e.g. {=Koper ~Gebruiker ~Beslisser}",
                "deze vraag heeft geen antwoorden: zet ze na de vraag tussen { en }, bijvoorbeeld {=Koper ~Gebruiker ~Beslisser}",
            ));
        };
        let brace_inside = |again| {
            self.error(
                again,
                "a '{' inside the answers: close the answers with } first, and write \\{ for a brace in an answer",
                "een '{' binnen de antwoorden: sluit de antwoorden eerst af met }, en schrijf \\{ voor een accolade in een antwoord",
            )
        };
        let close = match (self.find("}", open + 1, end), self.find("{", open + 1, end)) {
            (Some(close), Some(again)) if again < close => return Err(brace_inside(again)),
            (Some(close), _) => close,
            (None, Some(again)) => return Err(brace_inside(again)),
            (None, None) => {
                return Err(self.error(
                    open,
                    "the answers that open with '{' here are never closed: end them with }",
                    "de antwoorden die hier met '{' beginnen, worden nergens afgesloten: sluit ze af met }",
                ))
            }
        };
        if let Some(again) = self.find("{", close + 1, end) {
            return Err(self.error(
                again,
                "a second set of answers: a question has one {...}; split it into two questions, with a blank line between them",
                "een tweede reeks antwoorden: een vraag heeft één {...}; splits hem in twee vragen, met een lege regel ertussen",
            ));
        }
        let mut text = lines_of(&self.text(at, open));
        let after = lines_of(&self.text(close + 1, end));
        if !after.iter().all(String::is_empty) {
            // A missing-word question: the answers stand in the sentence.
            let last = text.pop().unwrap_or_default();
            let first_after = after.first().cloned().unwrap_or_default();
            text.push(format!("{last} _____ {first_after}").trim().to_string());
            text.extend(after.into_iter().skip(1));
        }
        text.retain(|line| !line.is_empty());
        let (answers, general_feedback) = self.answers(open + 1, close)?;
        Ok(RawQuestion {
            line: first_line,
            text,
            answers,
            general_feedback,
        })
    }

    fn skip_space(&self, mut at: usize, end: usize) -> usize {
        while at < end && self.chars[at].c.is_whitespace() && !self.chars[at].escaped {
            at += 1;
        }
        at
    }

    /// Skips a format marker (`[html]`, `[markdown]`, `[plain]`, `[moodle]`): the text is
    /// read as plain text whatever it says.
    fn skip_format(&self, at: usize, end: usize) -> usize {
        for marker in ["[html]", "[markdown]", "[plain]", "[moodle]"] {
            let len = marker.len();
            if at + len <= end && self.text(at, at + len).eq_ignore_ascii_case(marker) {
                return self.skip_space(at + len, end);
            }
        }
        at
    }

    /// Reads the answers between `{` and `}`.
    fn answers(
        &self,
        from: usize,
        to: usize,
    ) -> Result<(Vec<RawAnswer>, Option<String>), ContentError> {
        let (to, general_feedback) = match self.find("####", from, to) {
            Some(at) => (at, Some(collapse(&self.text(at + 4, to)))),
            None => (to, None),
        };
        let start = self.skip_space(from, to);
        let body = collapse(&self.text(start, to));
        let upper = body.to_ascii_uppercase();
        let upper = upper.split('#').next().unwrap_or_default().trim();
        if body.is_empty() {
            return Err(self.error(
                from - 1,
                "the answers are empty ({}), as in an essay question: list the roles to choose from, e.g. {=Koper ~Gebruiker ~Beslisser}",
                "de antwoorden zijn leeg ({}), zoals bij een essayvraag: zet de rollen erin waaruit gekozen wordt, bijvoorbeeld {=Koper ~Gebruiker ~Beslisser}",
            ));
        }
        if matches!(upper, "T" | "F" | "TRUE" | "FALSE") {
            return Err(self.error(
                start,
                "a true/false question: here the answers are roles to choose from, e.g. {=Koper ~Gebruiker ~Beslisser}",
                "een waar/niet waar-vraag: hier zijn de antwoorden rollen om uit te kiezen, bijvoorbeeld {=Koper ~Gebruiker ~Beslisser}",
            ));
        }
        if self.chars[start].c == '#' && !self.chars[start].escaped {
            return Err(self.error(
                start,
                "a numerical question ({#...}): here the answers are roles to choose from, e.g. {=Koper ~Gebruiker ~Beslisser}",
                "een numerieke vraag ({#...}): hier zijn de antwoorden rollen om uit te kiezen, bijvoorbeeld {=Koper ~Gebruiker ~Beslisser}",
            ));
        }
        let marks: Vec<usize> = (start..to)
            .filter(|&i| matches!(self.chars[i].c, '=' | '~') && !self.chars[i].escaped)
            .collect();
        let count = marks.len();
        if count > MAX_ANSWERS {
            return Err(self.error(start, format!(
                "{count} answers: a DMU question offers at most the six roles (a matching question {MAX_ANSWERS} pairs and roles in all); split it into smaller questions",
            ), format!(
                "{count} antwoorden: een DMU-vraag biedt hoogstens de zes rollen (een koppelvraag in totaal {MAX_ANSWERS} paren en rollen); splits hem in kleinere vragen",
            )));
        }
        if marks.first() != Some(&start) {
            let before = quote(&collapse(
                &self.text(start, marks.first().copied().unwrap_or(to)),
            ));
            return Err(self.error(start, format!(
                "'{before}' comes before the first answer: start every answer with = (right) or ~ (wrong)",
            ), format!(
                "'{before}' staat vóór het eerste antwoord: begin elk antwoord met = (goed) of ~ (fout)",
            )));
        }
        let mut answers = Vec::new();
        for (k, &mark_at) in marks.iter().enumerate() {
            let end = marks.get(k + 1).copied().unwrap_or(to);
            answers.push(self.answer(mark_at, end)?);
        }
        Ok((answers, general_feedback.filter(|f| !f.is_empty())))
    }

    fn answer(&self, mark_at: usize, end: usize) -> Result<RawAnswer, ContentError> {
        let mut at = self.skip_space(mark_at + 1, end);
        let (end_answer, feedback) = match self.find("#", at, end) {
            Some(hash) => (hash, Some(collapse(&self.text(hash + 1, end)))),
            None => (end, None),
        };
        let mut weight = None;
        if at < end_answer && self.chars[at].c == '%' && !self.chars[at].escaped {
            let Some(close) = self.find("%", at + 1, end_answer) else {
                return Err(self.error(
                    at,
                    "a weight that opens with % is not closed: write it as %50% (or %-100%) right after the = or ~",
                    "een gewicht dat met % begint, wordt niet afgesloten: schrijf het als %50% (of %-100%) direct na de = of ~",
                ));
            };
            let number = self.text(at + 1, close);
            match number.trim().parse::<f64>() {
                Ok(w) if w.is_finite() => weight = Some(w),
                _ => {
                    let number = quote(&number);
                    return Err(self.error(at, format!(
                        "the weight %{number}% is not a number: write a percentage such as %50% or %-100%",
                    ), format!(
                        "het gewicht %{number}% is geen getal: schrijf een percentage zoals %50% of %-100%",
                    )));
                }
            }
            at = close + 1;
        }
        let (left, text) = match self.find("->", at, end_answer) {
            Some(arrow) => (
                Some(collapse(&self.text(at, arrow))),
                collapse(&self.text(arrow + 2, end_answer)),
            ),
            None => (None, collapse(&self.text(at, end_answer))),
        };
        Ok(RawAnswer {
            line: self.line(mark_at),
            mark: self.chars[mark_at].c,
            weight,
            text,
            left,
            feedback: feedback.filter(|f| !f.is_empty()),
        })
    }
}

/// Text on one line: runs of white space (GIFT's `\n` too) as one space, trimmed.
pub(crate) fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{2028}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lines of a question's text: a new one where GIFT's `\n` says so.
fn lines_of(text: &str) -> Vec<String> {
    text.split('\u{2028}').map(collapse).collect()
}

/// A piece of a trainer's text for a message: at most 60 characters.
pub(crate) fn quote(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(60).collect();
    match chars.next() {
        Some(_) => format!("{short}…"),
        None => short,
    }
}

#[cfg(test)]
mod tests;
