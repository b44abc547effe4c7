//! Reading an export file ([`super::export`]) back, whatever it holds: a file from this
//! version is read a number of lines at a time ([`Reading::step`]), so the app can give
//! the page back between steps; files of earlier versions (one JSON object) are read in
//! one go. Every answer's time must lie between 2020 and a day after now. Nothing here
//! panics, and every error says where in the file it is.

use super::export::{FILE_VERSION, FORMAT};
use super::record::{Attempt, Progress};
use super::DAY_MS;
use crate::stored::{decode, envelope::schema_version, Decoded};
use serde_json::{Map, Value};

/// The largest file accepted: 16 MB, more than any browser lets the app store, so every
/// export imports again.
pub const MAX_IMPORT_BYTES: u64 = 16_000_000;

/// The earliest answer time accepted: 2020-01-01 00:00 UTC (the app is younger).
pub const EARLIEST: u64 = 1_577_836_800_000;

/// A file read for import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The file format version it was written with.
    pub version: u32,
    /// When it was exported, ms since the epoch (0 if the file does not say).
    pub exported_at: u64,
    /// The profile name it was exported from ("" if the file does not say).
    pub profile: String,
    /// The answers, ready to merge.
    pub progress: Progress,
}

/// Why a file cannot be imported. Lines count from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty.
    Empty,
    /// The file is larger than `max` bytes (checked before it is read).
    TooLarge { bytes: u64, max: u64 },
    /// Not JSON where JSON must be (or cut off), at this line and column.
    NotJson { line: usize, column: usize },
    /// JSON, but not a DMU Trainer progress export.
    WrongFormat,
    /// Written by a newer version of the app, which this one cannot read.
    Newer(u32),
    /// The version is missing or not a whole number from 1.
    BadVersion,
    /// An earlier version's file without its progress.
    NoProgress,
    /// A field of the first line has the wrong type.
    BadField(&'static str),
    /// An answer that cannot be read (at this line, when the file has lines).
    BadAnswer { line: Option<usize> },
    /// An answer given before 2020.
    TooEarly { line: Option<usize>, at: u64 },
    /// An answer more than a day in the future.
    TooLate { line: Option<usize>, at: u64 },
    /// The file says it holds `expected` answers but holds `found`: it was cut off.
    Truncated { expected: usize, found: usize },
}

impl std::fmt::Display for ImportError {
    /// In English, for logs; the learner reads `storage_text::import_error`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for ImportError {}

/// Refuses a file that is too large, before it is read.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        Err(ImportError::TooLarge {
            bytes,
            max: MAX_IMPORT_BYTES,
        })
    } else {
        Ok(())
    }
}

/// Reads an answer line: the scenario id, then the stored answer's five fields. Through
/// [`Value`] and the stored answer's own reading, so the bundle holds no second way of
/// reading an answer.
fn answer_line(text: &str) -> Option<(String, Attempt)> {
    let Value::Array(mut fields) = serde_json::from_str::<Value>(text).ok()? else {
        return None;
    };
    if fields.len() != 6 {
        return None;
    }
    let Value::String(id) = fields.remove(0) else {
        return None;
    };
    let attempt: Attempt = serde_json::from_value(Value::Array(fields)).ok()?;
    Some((id, attempt))
}

/// A file being read.
pub struct Reading {
    text: String,
    /// Where the next line starts, in bytes.
    pos: usize,
    /// The number of the next line.
    line: usize,
    version: u32,
    exported_at: u64,
    profile: String,
    expected: usize,
    answers: Vec<(String, Attempt)>,
    /// Answers later than this are refused (now plus a day).
    latest: u64,
    /// A file of an earlier version, read whole by `start`.
    whole: Option<Progress>,
}

impl Reading {
    /// Starts reading `text`; `now` (ms) bounds the answer times.
    pub fn start(text: String, now: u64) -> Result<Reading, ImportError> {
        check_size(text.len() as u64)?;
        let body = text.trim_start_matches('\u{feff}');
        let skipped = text.len() - body.len() + (body.len() - body.trim_start().len());
        if body.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        let first_end = text[skipped..]
            .find('\n')
            .map_or(text.len(), |i| skipped + i);
        let leading_lines = text[..skipped].matches('\n').count();
        let first = &text[skipped..first_end];
        let header = match serde_json::from_str::<Value>(first) {
            Ok(Value::Object(header)) => header,
            // One JSON object over several lines: a file of an earlier version.
            _ => return Reading::whole(text, skipped, now),
        };
        let version = version_of(&header)?;
        if version < FILE_VERSION {
            return Reading::whole(text, skipped, now);
        }
        let meta = Meta::read(&header)?;
        let expected = match header.get("answers") {
            Some(v) => v
                .as_u64()
                .and_then(|n| usize::try_from(n).ok())
                .ok_or(ImportError::BadField("answers"))?,
            None => return Err(ImportError::BadField("answers")),
        };
        Ok(Reading {
            pos: (first_end + 1).min(text.len()),
            line: leading_lines + 2,
            version,
            exported_at: meta.exported_at,
            profile: meta.profile,
            expected,
            answers: Vec::with_capacity(expected.min(200_000)),
            latest: now.saturating_add(DAY_MS),
            whole: None,
            text,
        })
    }

    /// Reads a file of version 1 or 2 at once.
    fn whole(text: String, skipped: usize, now: u64) -> Result<Reading, ImportError> {
        let value: Value = serde_json::from_str(&text[skipped..]).map_err(|e| {
            let leading = text[..skipped].matches('\n').count();
            ImportError::NotJson {
                line: e.line() + leading,
                column: e.column(),
            }
        })?;
        let Value::Object(mut file) = value else {
            return Err(ImportError::WrongFormat);
        };
        let version = version_of(&file)?;
        let meta = Meta::read(&file)?;
        let progress = file.remove("progress").ok_or(ImportError::NoProgress)?;
        let envelope = serde_json::json!({ "v": version, "data": progress }).to_string();
        let progress =
            match decode::<Progress>(Some(&envelope), Progress::VERSION, Progress::MIGRATIONS) {
                Decoded::Ok(progress) => progress,
                Decoded::Newer(v) => return Err(ImportError::Newer(v)),
                Decoded::Missing | Decoded::Corrupt(_) => {
                    return Err(ImportError::BadAnswer { line: None })
                }
            };
        let latest = now.saturating_add(DAY_MS);
        for (_, attempt) in progress.attempts() {
            check_time(attempt.answered_at, None, latest)?;
        }
        let count = progress.len();
        Ok(Reading {
            pos: text.len(),
            line: 0,
            version,
            exported_at: meta.exported_at,
            profile: meta.profile,
            expected: count,
            answers: Vec::new(),
            latest,
            whole: Some(progress),
            text,
        })
    }

    /// Reads up to `max_lines` more lines. `Ok(Some(_))` when the file is read.
    pub fn step(&mut self, max_lines: usize) -> Result<Option<Imported>, ImportError> {
        if let Some(progress) = self.whole.take() {
            return Ok(Some(self.imported(progress)));
        }
        for read in 0..max_lines {
            if self.pos >= self.text.len() {
                // Putting all the answers in order is a step of its own, not the end of
                // the last step of lines.
                return if read == 0 {
                    self.finish().map(Some)
                } else {
                    Ok(None)
                };
            }
            let end = self.text[self.pos..]
                .find('\n')
                .map_or(self.text.len(), |i| self.pos + i);
            let line_text = self.text[self.pos..end].trim();
            let number = self.line;
            self.pos = end + 1;
            self.line += 1;
            if line_text.is_empty() {
                continue;
            }
            let bad = ImportError::BadAnswer { line: Some(number) };
            let (id, attempt) = answer_line(line_text).ok_or(bad.clone())?;
            if id.is_empty() || id.len() > 200 || attempt.score > 100 {
                return Err(bad);
            }
            check_time(attempt.answered_at, Some(number), self.latest)?;
            self.answers.push((id, attempt));
        }
        Ok(None)
    }

    /// How far the reading is, as (bytes read, bytes in all).
    pub fn position(&self) -> (usize, usize) {
        (self.pos.min(self.text.len()), self.text.len())
    }

    /// How much of the text has been read, as a whole percentage.
    pub fn percent(&self) -> u32 {
        let (done, all) = self.position();
        crate::percent::percent_of(done as u64, all as u64)
    }

    fn finish(&mut self) -> Result<Imported, ImportError> {
        let found = self.answers.len();
        if found != self.expected {
            return Err(ImportError::Truncated {
                expected: self.expected,
                found,
            });
        }
        let progress = Progress::from_attempts(std::mem::take(&mut self.answers));
        Ok(self.imported(progress))
    }

    fn imported(&self, progress: Progress) -> Imported {
        Imported {
            version: self.version,
            exported_at: self.exported_at,
            profile: self.profile.clone(),
            progress,
        }
    }
}

/// Reads a whole file at once (for small files and the tests).
pub fn parse_import(text: &str, now: u64) -> Result<Imported, ImportError> {
    let mut reading = Reading::start(text.to_string(), now)?;
    loop {
        if let Some(imported) = reading.step(usize::MAX)? {
            return Ok(imported);
        }
    }
}

/// The file's facts that both formats share.
struct Meta {
    exported_at: u64,
    profile: String,
}

impl Meta {
    fn read(file: &Map<String, Value>) -> Result<Meta, ImportError> {
        let exported_at = match file.get("exported_at") {
            None | Some(Value::Null) => 0,
            Some(v) => v.as_u64().ok_or(ImportError::BadField("exported_at"))?,
        };
        let profile = match file.get("profile") {
            None | Some(Value::Null) => String::new(),
            Some(v) => v
                .as_str()
                .ok_or(ImportError::BadField("profile"))?
                .chars()
                .take(200)
                .collect(),
        };
        Ok(Meta {
            exported_at,
            profile,
        })
    }
}

/// The format check and the version: a whole number from 1 up to the current one.
fn version_of(file: &Map<String, Value>) -> Result<u32, ImportError> {
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::WrongFormat);
    }
    let version = file.get("version").ok_or(ImportError::BadVersion)?;
    let version = schema_version(version).map_err(|_| ImportError::BadVersion)?;
    if version > FILE_VERSION {
        return Err(ImportError::Newer(version));
    }
    Ok(version)
}

fn check_time(at: u64, line: Option<usize>, latest: u64) -> Result<(), ImportError> {
    if at < EARLIEST {
        Err(ImportError::TooEarly { line, at })
    } else if at > latest {
        Err(ImportError::TooLate { line, at })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
