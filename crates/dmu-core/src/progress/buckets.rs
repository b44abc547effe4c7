//! Where a profile's answers are stored: by the calendar month (UTC) in which they were
//! given, so that saving an answer rewrites one month, never the whole history; and by
//! the tab that gave them, so that no two tabs ever write the same value:
//!
//! - `progress.<profile>.<yyyy-mm>.<tab>`: the answers one tab gave in a month. Only that
//!   tab writes it.
//! - `progress.<profile>.<yyyy-mm>`: a settled month, into which the answers of tabs that
//!   were closed are gathered (under the cross-tab lock, see [`super::store`]).
//! - `progress.<profile>`: all answers in one value, as earlier versions kept them; read as
//!   one more part and gathered into the settled months.

use super::record::Progress;
use std::fmt;

/// A calendar month in UTC. Storage, not display: the month a stored answer is filed under
/// must never depend on the time zone the page was opened in, or the same answer could be
/// filed under two names (the learner's calendar days are in [`super::local_days`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1..=12.
    pub month: u8,
}

impl Month {
    /// The month a moment (ms since the Unix epoch) falls in, in UTC.
    pub fn of(ms: u64) -> Month {
        let days = i64::try_from(ms / super::DAY_MS).unwrap_or(i64::MAX / 2);
        let (year, month, _) = civil_from_days(days);
        Month { year, month }
    }

    /// Reads `yyyy-mm`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month: u8 = month.parse().ok()?;
        (year.is_positive() && (1..=12).contains(&month)).then_some(Month { year, month })
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A moment's date in UTC, `yyyy-mm-dd`, for the import's messages about impossible answer
/// times. UTC on purpose: the limits it explains are UTC moments (2020-01-01 00:00 UTC), and
/// a local date could contradict them ("an answer dated 2020-01-01, before 2020").
pub fn date_label(ms: u64) -> String {
    let days = i64::try_from(ms / super::DAY_MS).unwrap_or(i64::MAX / 2);
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Year, month (1..=12) and day of a count of days since 1970-01-01 (H. Hinnant's
/// `civil_from_days`, for the proleptic Gregorian calendar).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (i32::try_from(year).unwrap_or(i32::MAX), month, day)
}

/// What a stored progress name is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressName {
    /// `progress.<profile>`, from an earlier version: all answers in one value.
    Whole { profile: String },
    /// `progress.<profile>.<yyyy-mm>`: the answers of one month.
    Month { profile: String, month: Month },
    /// `progress.<profile>.<yyyy-mm>.<tab>`: the answers one tab gave in a month.
    TabMonth {
        profile: String,
        month: Month,
        tab: String,
    },
}

impl ProgressName {
    /// Reads a storage name; `None` for names that are not progress.
    pub fn parse(name: &str) -> Option<ProgressName> {
        let mut parts = name.split('.');
        let kind = parts.next()?;
        let profile = parts.next().filter(|p| !p.is_empty())?.to_string();
        let month = parts.next();
        let tab = parts.next();
        if kind != "progress" || parts.next().is_some() {
            return None;
        }
        match (month, tab) {
            (None, _) => Some(ProgressName::Whole { profile }),
            (Some(month), None) => Some(ProgressName::Month {
                profile,
                month: Month::parse(month)?,
            }),
            (Some(month), Some(tab)) if !tab.is_empty() => Some(ProgressName::TabMonth {
                profile,
                month: Month::parse(month)?,
                tab: tab.to_string(),
            }),
            _ => None,
        }
    }

    /// The profile whose answers these are.
    pub fn profile(&self) -> &str {
        match self {
            ProgressName::Whole { profile }
            | ProgressName::Month { profile, .. }
            | ProgressName::TabMonth { profile, .. } => profile,
        }
    }
}

impl fmt::Display for ProgressName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgressName::Whole { profile } => write!(f, "progress.{profile}"),
            ProgressName::Month { profile, month } => write!(f, "progress.{profile}.{month}"),
            ProgressName::TabMonth {
                profile,
                month,
                tab,
            } => write!(f, "progress.{profile}.{month}.{tab}"),
        }
    }
}

/// The storage name of one month of a profile's answers.
pub fn month_name(profile: &str, month: Month) -> String {
    ProgressName::Month {
        profile: profile.to_string(),
        month,
    }
    .to_string()
}

/// The storage name of the answers one tab gave in a month.
pub fn tab_month_name(profile: &str, month: Month, tab: &str) -> String {
    ProgressName::TabMonth {
        profile: profile.to_string(),
        month,
        tab: tab.to_string(),
    }
    .to_string()
}

/// The name under which the page keeps a profile's answers that storage refused (full, or
/// refusing) until they can be saved. Never stored: it lives in the page's memory, shared
/// by its parts (practice and progress), and names their announcements of it.
pub fn unsaved_name(profile: &str) -> String {
    format!("unsaved.{profile}")
}

/// Whether `name` is [`unsaved_name`] of `profile`; no stored value is ever named so.
pub fn is_unsaved_name(name: &str, profile: &str) -> bool {
    name.strip_prefix("unsaved.") == Some(profile) && ProgressName::parse(name).is_none()
}

/// The text the page keeps [`unsaved_name`]'s answers as: the stored format, so that reading
/// it again is the code that reads stored answers; `None` for no answers.
pub fn unsaved_text(unsaved: &Progress) -> Option<String> {
    (!unsaved.is_empty()).then(|| crate::stored::encode(unsaved, Progress::VERSION))
}

/// The answers in [`unsaved_text`]'s text; none for no text (or text this version cannot
/// read, which the page itself wrote and so never happens).
pub fn read_unsaved(text: Option<&str>) -> Progress {
    use crate::stored::Decoded;
    match crate::stored::decode(text, Progress::VERSION, Progress::MIGRATIONS) {
        Decoded::Ok(progress) => progress,
        _ => Progress::new(),
    }
}

/// A log split by the month each answer was given in, in the order the months first
/// appear (a list, not a map: a log spans a few months, and the bundle stays smaller).
pub fn by_month(progress: &Progress) -> Vec<(Month, Progress)> {
    progress.split_by(|attempt| Month::of(attempt.answered_at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::testing::{at, attempt};
    use crate::role::Role;

    #[test]
    fn unsaved_answers_read_back_as_written() {
        assert_eq!(unsaved_text(&Progress::new()), None);
        assert!(read_unsaved(None).is_empty());
        assert!(read_unsaved(Some("not json")).is_empty());
        let mut unsaved = Progress::new();
        unsaved.record("a", attempt(at(3, 9), &[Role::Buyer], Outcome::Right));
        let text = unsaved_text(&unsaved).expect("answers");
        assert_eq!(read_unsaved(Some(&text)), unsaved);
    }

    #[test]
    fn unsaved_answers_have_a_name_no_stored_value_has() {
        let name = unsaved_name("p1");
        assert!(is_unsaved_name(&name, "p1"));
        assert!(!is_unsaved_name(&name, "p2"));
        assert!(!is_unsaved_name(&month_name("p1", Month::of(0)), "p1"));
        assert!(ProgressName::parse(&name).is_none());
    }

    #[test]
    fn months_are_utc_calendar_months() {
        assert_eq!(Month::of(0).to_string(), "1970-01");
        // 2024-01-01 00:00 UTC and the last ms of 2023.
        assert_eq!(Month::of(1_704_067_200_000).to_string(), "2024-01");
        assert_eq!(Month::of(1_704_067_199_999).to_string(), "2023-12");
        // 2024-02-29 (a leap day) and 2024-03-01.
        assert_eq!(Month::of(at(59, 12)).to_string(), "2024-02");
        assert_eq!(Month::of(at(60, 0)).to_string(), "2024-03");
        assert_eq!(
            Month::of(u64::MAX).month,
            Month::of(u64::MAX).month.clamp(1, 12)
        );
    }

    #[test]
    fn dates_are_utc_days() {
        assert_eq!(date_label(0), "1970-01-01");
        assert_eq!(date_label(at(59, 23)), "2024-02-29");
        assert_eq!(date_label(1_577_836_800_000), "2020-01-01");
    }

    #[test]
    fn month_labels_read_back() {
        let m = Month {
            year: 2026,
            month: 12,
        };
        assert_eq!(Month::parse(&m.to_string()), Some(m));
        for bad in [
            "2026-13", "2026-00", "26-12", "2026-1", "2026/12", "abcd-ef", "0000-01", "",
        ] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn names_read_back() {
        let month = Month {
            year: 2026,
            month: 12,
        };
        for name in [
            ProgressName::Whole {
                profile: "p5".into(),
            },
            ProgressName::Month {
                profile: "p5".into(),
                month,
            },
            ProgressName::TabMonth {
                profile: "p5-2".into(),
                month,
                tab: "t9x".into(),
            },
        ] {
            assert_eq!(ProgressName::parse(&name.to_string()), Some(name));
        }
        assert_eq!(month_name("p5", month), "progress.p5.2026-12");
        assert_eq!(tab_month_name("p5", month, "t1"), "progress.p5.2026-12.t1");
        for other in [
            "progress",
            "progress.",
            "progress.p5.2026-13",
            "progress.p5.2026-12.",
            "progress.p5.2026-12.t1.x",
            "progress.p5.x.t1",
            "pending.p5.t1",
            "round.p5",
            "profiles",
        ] {
            assert_eq!(ProgressName::parse(other), None, "{other}");
        }
    }

    #[test]
    fn a_log_splits_by_month_and_loses_nothing() {
        let log = Progress::from_attempts([
            ("a", attempt(at(0, 9), &[Role::Buyer], Outcome::Right)),
            ("a", attempt(at(40, 9), &[Role::User], Outcome::Wrong)),
            ("b", attempt(at(31, 0), &[Role::Gatekeeper], Outcome::Right)),
        ]);
        let months = by_month(&log);
        let mut labels: Vec<String> = months.iter().map(|(m, _)| m.to_string()).collect();
        crate::order::sort(&mut labels);
        assert_eq!(labels, ["2024-01", "2024-02"]);
        let mut back = Progress::new();
        for (_, part) in &months {
            back.merge_from(part);
        }
        assert_eq!(back, log);
    }

    #[test]
    fn each_month_is_the_log_its_answers_make_on_their_own() {
        // Many answers over several months, some at the same moment with other choices:
        // each month's part must equal the log built from its answers one by one (sorted,
        // without repeats), as the stored months are compared with such logs.
        let answers: Vec<(String, crate::progress::record::Attempt)> = (0..600u64)
            .map(|i| {
                let roles: &[Role] = match i % 3 {
                    0 => &[Role::Buyer],
                    1 => &[Role::User, Role::Initiator],
                    _ => &[Role::Gatekeeper],
                };
                let id = format!("s{}", i % 7);
                (
                    id,
                    attempt(at((i * 37) % 200, 9) + i % 5, roles, Outcome::Right),
                )
            })
            .collect();
        let log = Progress::from_attempts(answers.clone());
        let months = by_month(&log);
        assert!(months.len() > 3);
        for (month, part) in &months {
            let mut alone = Progress::new();
            for (id, attempt) in &answers {
                if Month::of(attempt.answered_at) == *month {
                    alone.record(id, attempt.clone());
                }
            }
            assert_eq!(part, &alone, "{month}");
        }
    }
}
