//! The export file a learner downloads and imports on another device: versioned,
//! pretty-printed JSON that a person can read, and an import that explains what is wrong
//! with a file instead of failing silently or panicking, whatever it is given.
//!
//! ```json
//! {
//!   "format": "dmu-trainer-progress",
//!   "version": 2,
//!   "exported_at": 1718000000000,
//!   "profile": "Anna",
//!   "progress": { "attempts": { … } }
//! }
//! ```
//!
//! `version` is the progress schema version ([`Progress::VERSION`]), so an old file is
//! migrated with the same migrations as stored progress.

use super::record::Progress;
use crate::stored::Decoded;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::fmt;

/// The value of the `format` field.
pub const FORMAT: &str = "dmu-trainer-progress";

/// The largest file accepted (10 MB; 1,000 answers take under 100 KB).
pub const MAX_IMPORT_BYTES: usize = 10_000_000;

/// What an export file holds.
#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    version: u32,
    exported_at: u64,
    profile: &'a str,
    progress: &'a Progress,
}

/// A learner's progress as an export file, exported at `now` (ms since the epoch).
pub fn export(profile: &str, progress: &Progress, now: u64) -> String {
    let file = ExportFile {
        format: FORMAT,
        version: Progress::VERSION,
        exported_at: now,
        profile,
        progress,
    };
    serde_json::to_string_pretty(&file).expect("progress serialises")
}

/// A file read for import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The version the file was written with (already migrated to the current one).
    pub version: u32,
    /// When it was exported, ms since the epoch (0 if the file does not say).
    pub exported_at: u64,
    /// The profile name it was exported from ("" if the file does not say).
    pub profile: String,
    /// The answers, ready to merge.
    pub progress: Progress,
}

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty.
    Empty,
    /// The file is larger than `max` bytes.
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The largest size accepted.
        max: usize,
    },
    /// Not JSON at all (or cut off); the parser's message.
    NotJson(String),
    /// JSON, but not a DMU Trainer progress export.
    WrongFormat,
    /// Written by a newer version of the app, which this one cannot read.
    Newer(u32),
    /// A progress export, but damaged; what is wrong.
    Corrupt(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::TooLarge { bytes, max } => {
                write!(f, "the file is too large ({bytes} bytes, at most {max})")
            }
            ImportError::NotJson(why) => write!(f, "the file is not readable JSON: {why}"),
            ImportError::WrongFormat => write!(f, "the file is not a DMU Trainer progress export"),
            ImportError::Newer(v) => {
                write!(
                    f,
                    "the file was made by a newer version of the app (format {v})"
                )
            }
            ImportError::Corrupt(why) => write!(f, "the file is damaged: {why}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an export file. Never panics, whatever the text.
pub fn parse_import(text: &str) -> Result<Imported, ImportError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let Value::Object(mut file) = value else {
        return Err(ImportError::WrongFormat);
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::WrongFormat);
    }
    let version = version(&file)?;
    let progress = file
        .remove("progress")
        .ok_or_else(|| ImportError::Corrupt("it holds no progress".into()))?;
    Ok(Imported {
        version,
        exported_at: optional(&file, "exported_at", Value::as_u64)?.unwrap_or(0),
        profile: optional(&file, "profile", |v| v.as_str().map(str::to_string))?
            .unwrap_or_default(),
        progress: read_progress(progress, version)?,
    })
}

/// The file's version: a whole number from 1 up to the current one.
fn version(file: &Map<String, Value>) -> Result<u32, ImportError> {
    let version = file
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ImportError::Corrupt("its version is missing or not a number".into()))?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > Progress::VERSION {
        Err(ImportError::Newer(version))
    } else if version == 0 {
        Err(ImportError::Corrupt("version 0 does not exist".into()))
    } else {
        Ok(version)
    }
}

/// An optional field: absent is fine, present with the wrong type is not.
fn optional<T>(
    file: &Map<String, Value>,
    name: &str,
    read: impl Fn(&Value) -> Option<T>,
) -> Result<Option<T>, ImportError> {
    match file.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => read(value)
            .map(Some)
            .ok_or_else(|| ImportError::Corrupt(format!("`{name}` has the wrong type"))),
    }
}

/// The progress of a file of `version`, migrated exactly as stored progress is.
fn read_progress(progress: Value, version: u32) -> Result<Progress, ImportError> {
    let envelope = json!({ "v": version, "data": progress }).to_string();
    match Progress::decode(Some(&envelope)) {
        Decoded::Ok(progress) => Ok(progress),
        Decoded::Corrupt(why) => Err(ImportError::Corrupt(why)),
        Decoded::Newer(v) => Err(ImportError::Newer(v)),
        Decoded::Missing => Err(ImportError::Corrupt("it holds no progress".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::sample;

    #[test]
    fn an_export_reads_back_as_the_same_progress() {
        let file = export("Anna", &sample(), 1_718_000_000_000);
        assert!(file.contains("\n  \"format\": \"dmu-trainer-progress\""));
        assert!(file.contains("\"profile\": \"Anna\""));
        let imported = parse_import(&file).expect("readable");
        assert_eq!(
            imported,
            Imported {
                version: Progress::VERSION,
                exported_at: 1_718_000_000_000,
                profile: "Anna".into(),
                progress: sample(),
            }
        );
    }

    #[test]
    fn a_byte_order_mark_and_missing_metadata_are_fine() {
        let file = format!(
            "\u{feff}{}",
            r#"{"format":"dmu-trainer-progress","version":1,"progress":{"attempts":{}}}"#
        );
        let imported = parse_import(&file).expect("readable");
        assert_eq!(imported.profile, "");
        assert_eq!(imported.exported_at, 0);
        assert!(imported.progress.is_empty());
    }

    #[test]
    fn each_kind_of_bad_file_gets_its_own_error() {
        assert_eq!(parse_import(""), Err(ImportError::Empty));
        assert_eq!(parse_import(" \n\t "), Err(ImportError::Empty));
        assert!(matches!(
            parse_import("hello"),
            Err(ImportError::NotJson(_))
        ));
        let file = export("Anna", &sample(), 1);
        assert!(matches!(
            parse_import(&file[..file.len() - 10]),
            Err(ImportError::NotJson(_))
        ));
        for wrong in [
            "[]",
            "42",
            "null",
            r#"{"v":1,"data":{"attempts":{}}}"#,
            r#"{"format":"something-else","version":1,"progress":{}}"#,
            r#"{"format":7}"#,
        ] {
            assert_eq!(
                parse_import(wrong),
                Err(ImportError::WrongFormat),
                "{wrong}"
            );
        }
        let newer = r#"{"format":"dmu-trainer-progress","version":9,"progress":{}}"#;
        assert_eq!(parse_import(newer), Err(ImportError::Newer(9)));
        let huge = r#"{"format":"dmu-trainer-progress","version":99999999999,"progress":{}}"#;
        assert_eq!(parse_import(huge), Err(ImportError::Newer(u32::MAX)));
    }

    #[test]
    fn damaged_exports_are_corrupt_with_a_reason() {
        let head = r#""format":"dmu-trainer-progress""#;
        for body in [
            format!("{{{head}}}"),
            format!(r#"{{{head},"version":"1","progress":{{"attempts":{{}}}}}}"#),
            format!(r#"{{{head},"version":0,"progress":{{"attempts":{{}}}}}}"#),
            format!(r#"{{{head},"version":1.5,"progress":{{"attempts":{{}}}}}}"#),
            format!(r#"{{{head},"version":1}}"#),
            format!(r#"{{{head},"version":1,"progress":[]}}"#),
            format!(r#"{{{head},"version":1,"progress":{{"attempts":{{"a":[["x"]]}}}}}}"#),
            format!(r#"{{{head},"version":1,"profile":3,"progress":{{"attempts":{{}}}}}}"#),
            format!(r#"{{{head},"version":1,"exported_at":-5,"progress":{{"attempts":{{}}}}}}"#),
        ] {
            let result = parse_import(&body);
            assert!(
                matches!(&result, Err(ImportError::Corrupt(why)) if !why.is_empty()),
                "{body}: {result:?}"
            );
        }
    }

    #[test]
    fn garbage_never_panics() {
        let mut inputs: Vec<String> = vec![
            "x".repeat(3_000_000),
            "{".repeat(100_000),
            "[".repeat(100_000),
            format!("{}{}", "[".repeat(5_000), "]".repeat(5_000)),
            "\u{0}\u{1}\u{fffd}".repeat(1_000),
            "{\"format\":\"dmu-trainer-progress\",\"version\":1,\"progress\":".into(),
            "\"\\ud800\"".into(),
            "1e999999".into(),
        ];
        // Every prefix of a real export.
        let file = export("Anna", &sample(), 1);
        inputs.extend((0..file.len()).map(|n| file[..n].to_string()));
        // Pseudo-random bytes, with a fixed seed.
        let alphabet = b"{}[]\":,0123456789 aeflnrstu\\";
        let mut rng = crate::rng::Rng::new(7);
        for _ in 0..200 {
            let bytes: Vec<u8> = (0..rng.below(400))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            inputs.push(String::from_utf8_lossy(&bytes).into_owned());
        }
        for input in &inputs {
            assert!(
                parse_import(input).is_err(),
                "{}",
                &input[..input.len().min(60)]
            );
        }
        let too_large = " ".repeat(10) + &"1".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(
            parse_import(&too_large),
            Err(ImportError::TooLarge { .. })
        ));
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            ImportError::Newer(3).to_string(),
            "the file was made by a newer version of the app (format 3)"
        );
        assert!(ImportError::Corrupt("x".into())
            .to_string()
            .contains("damaged"));
    }
}
