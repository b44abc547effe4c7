//! The session summary as CSV (RFC 4180): a header row, then one row per revealed
//! scenario; fields with a comma, quote or line break are quoted, quotes doubled, rows end
//! in CRLF. A field that a spreadsheet would run as a formula (starting with `=`, `+`,
//! `-`, `@`, tab or CR) gets a leading `'`, because questions come from trainers' files.

use super::summary::{ScenarioResult, SessionSummary};
use super::votes::percent;
use crate::lang::Lang;
use std::borrow::Cow;

/// Put this before the CSV text in a download, so spreadsheets read it as UTF-8.
pub const UTF8_BOM: &str = "\u{feff}";

/// The header row, per language.
fn header(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Nl => [
            "id",
            "vraag",
            "juist antwoord",
            "stemmen",
            "% goed",
            "meest gekozen fout antwoord",
            "stemmen daarop",
        ],
        Lang::En => [
            "id",
            "question",
            "right answer",
            "votes",
            "% right",
            "most chosen wrong answer",
            "votes for it",
        ],
    }
}

/// The summary as CSV text, with the header in `lang` (the answers are in the language of
/// the library the summary was made with).
pub fn summary_csv(summary: &SessionSummary, lang: Lang) -> String {
    let mut out = row(header(lang).map(Cow::Borrowed));
    for result in &summary.scenarios {
        out.push_str(&row(scenario_fields(result)));
    }
    out
}

fn scenario_fields(result: &ScenarioResult) -> [Cow<'_, str>; 7] {
    let share = result.right_share.map(|s| percent(s).to_string());
    let wrong = result.top_wrong.as_ref();
    [
        Cow::Borrowed(result.id.as_str()),
        Cow::Borrowed(result.question.as_str()),
        Cow::Owned(result.right.join("; ")),
        Cow::Owned(result.ballots.to_string()),
        Cow::Owned(share.unwrap_or_default()),
        Cow::Borrowed(wrong.map(|w| w.label.as_str()).unwrap_or_default()),
        Cow::Owned(wrong.map(|w| w.count.to_string()).unwrap_or_default()),
    ]
}

/// One CSV row, CRLF included.
fn row<'a>(fields: impl IntoIterator<Item = Cow<'a, str>>) -> String {
    let fields: Vec<String> = fields.into_iter().map(|f| field(&f)).collect();
    fields.join(",") + "\r\n"
}

/// One field, defused and quoted when needed.
pub fn field(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if defused.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Role;
    use crate::scenario::Pick;
    use crate::workshop::letter::Letter;
    use crate::workshop::summary::WrongPick;

    fn result(id: &str, question: &str) -> ScenarioResult {
        ScenarioResult {
            id: id.into(),
            question: question.into(),
            right: vec!["Influencer".into(), "User".into()],
            ballots: 12,
            right_share: Some(2.0 / 3.0),
            top_wrong: Some(WrongPick {
                letter: Letter::ALL[2],
                pick: Pick::Role(Role::Buyer),
                label: "Buyer".into(),
                count: 4,
            }),
        }
    }

    fn summary(scenarios: Vec<ScenarioResult>) -> SessionSummary {
        SessionSummary {
            scenarios,
            roles: vec![],
            confusions: vec![],
            revisit: vec![],
            teams: vec![],
            not_revealed: vec![],
        }
    }

    #[test]
    fn a_header_and_one_row_per_scenario() {
        let mut quiet = result("b", "Who?");
        quiet.ballots = 0;
        quiet.right_share = None;
        quiet.top_wrong = None;
        let csv = summary_csv(&summary(vec![result("a", "Who signs?"), quiet]), Lang::En);
        assert_eq!(
            csv,
            "id,question,right answer,votes,% right,most chosen wrong answer,votes for it\r\n\
             a,Who signs?,Influencer; User,12,67,Buyer,4\r\n\
             b,Who?,Influencer; User,0,,,\r\n"
        );
    }

    #[test]
    fn the_header_follows_the_language() {
        let csv = summary_csv(&summary(vec![result("a", "Wie?")]), Lang::Nl);
        assert!(
            csv.starts_with("id,vraag,juist antwoord,stemmen,% goed,meest gekozen fout antwoord,"),
            "{csv}"
        );
    }

    #[test]
    fn commas_quotes_and_newlines_are_quoted() {
        let question = "Who says \"no\", and why?\nAsk the room\r\nagain";
        let csv = summary_csv(&summary(vec![result("x,1", question)]), Lang::En);
        let body = csv.split_once("\r\n").map(|(_, b)| b).unwrap_or_default();
        assert_eq!(
            body,
            "\"x,1\",\"Who says \"\"no\"\", and why?\nAsk the room\r\nagain\",Influencer; User,12,67,Buyer,4\r\n"
        );
        assert_eq!(
            parse(&csv)[1][1],
            question,
            "a CSV reader gets the question back"
        );
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+31 6"), "'+31 6");
        assert_eq!(field("@user"), "'@user");
        assert_eq!(field("plain"), "plain");
        assert_eq!(field(""), "");
    }

    /// A minimal RFC 4180 reader, to check the writer round-trips.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut field) = (vec![], vec![], String::new());
        let (mut quoted, mut chars) = (false, csv.chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }
}
