//! The export file a learner downloads and imports on another device or in another
//! browser: one line of facts about the file, then one line per answer.
//! Compact, so that whatever the app can store it can also export and import again
//! ([`super::import::MAX_IMPORT_BYTES`] is larger than any browser's storage); a line
//! per answer, so an import can be read a few thousand lines at a time without ever
//! blocking the page, and a person can still read it. The answers come per scenario (by
//! id), each scenario's oldest first.
//!
//! ```text
//! {"format":"dmu-trainer-progress","version":3,"exported_at":1718400000000,"profile":"Anna","answers":2}
//! ["wie-tekent-het-contract",1718013600000,[["buyer"]],"right",100,"sure"]
//! ["ict-aanpak-oumaima",1718100000000,[[0,1]],"partly",50,"unsure"]
//! ```
//!
//! Each answer line is the scenario id followed by the five fields of a stored answer
//! ([`super::record::Attempt`], progress schema 2). Version 1 and 2 files (one JSON object
//! with the progress inside, written by earlier versions) still import.

use super::record::Progress;
use serde::Serialize;

/// The value of the `format` field.
pub const FORMAT: &str = "dmu-trainer-progress";

/// The version of the file format written now: lines.
pub const FILE_VERSION: u32 = 3;

/// The first line of a file.
#[derive(Serialize)]
struct Header<'a> {
    format: &'a str,
    version: u32,
    exported_at: u64,
    profile: &'a str,
    answers: usize,
}

/// A learner's progress as an export file, exported at `now` (ms since the epoch).
pub fn export(profile: &str, progress: &Progress, now: u64) -> String {
    let header = Header {
        format: FORMAT,
        version: FILE_VERSION,
        exported_at: now,
        profile,
        answers: progress.len(),
    };
    let mut file = serde_json::to_string(&header).expect("the header serialises");
    file.reserve(progress.len() * 64);
    for (id, attempt) in progress.attempts() {
        file.push('\n');
        let line = (
            id,
            attempt.answered_at,
            &attempt.chosen,
            attempt.outcome,
            attempt.score,
            attempt.confidence,
        );
        file.push_str(&serde_json::to_string(&line).expect("an answer serialises"));
    }
    file.push('\n');
    file
}

/// A file name for an export (JSON Lines): the profile's name with anything but letters and digits
/// made a `-`, e.g. `dmu-trainer-Anna-de-Vries.jsonl`.
pub fn file_name(profile: &str) -> String {
    let safe: String = profile
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("dmu-trainer-{safe}.jsonl")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::sample;

    #[test]
    fn an_export_is_a_header_and_a_line_per_answer() {
        let file = export("Anna", &sample(), 1_718_000_000_000);
        let lines: Vec<&str> = file.lines().collect();
        assert_eq!(
            lines,
            [
                r#"{"format":"dmu-trainer-progress","version":3,"exported_at":1718000000000,"profile":"Anna","answers":2}"#,
                r#"["a",1704099600000,[["buyer"]],"right",100,"sure"]"#,
                r#"["b",1704186000000,[["influencer","user"]],"partly",50,"sure"]"#,
            ]
        );
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            file_name("Anna de Vries"),
            "dmu-trainer-Anna-de-Vries.jsonl"
        );
        assert_eq!(file_name("../x"), "dmu-trainer----x.jsonl");
    }
}
