//! The learner's calendar days: which day a moment falls on where the learner is, so "days
//! practised" counts an answer at 00:30 in Amsterdam on that day, not on the UTC day before.
//!
//! The core never reads the time zone. A caller passes the offset as a function of the
//! moment, `minutes_east_at(ms) -> i32` (minutes east of UTC: 60 in Amsterdam in winter, 120
//! in summer), because daylight saving changes it: an answer from last summer is counted
//! with the summer offset even when the page is opened in winter. Tests and callers
//! without a zone pass a constant, e.g. `|_| 0` for UTC days.
//!
//! Only learner-visible calendar days are local. Storage stays in UTC: the month a stored
//! answer is filed under ([`super::buckets::Month`]) must never depend on where the page
//! was opened.

use super::DAY_MS;

/// A quarter of an hour in ms. Every time zone in use has an offset that is a whole number
/// of quarter hours and changes it on a quarter-hour boundary, so all moments in one UTC
/// quarter hour fall on the same local day.
pub const QUARTER_HOUR_MS: u64 = 15 * 60_000;

/// The offsets any time zone has stayed within (UTC-12 to UTC+14), with room to spare; a
/// browser reporting more is wrong, and is clamped.
const MAX_OFFSET_MINUTES: i32 = 18 * 60;

/// The local calendar day of a moment (ms since the epoch), as days since 1970-01-01, for
/// a learner `minutes_east` of UTC at that moment.
pub fn local_day(ms: u64, minutes_east: i32) -> i64 {
    let offset = i128::from(minutes_east.clamp(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES));
    let local = i128::from(ms) + offset * 60_000;
    let day = local.div_euclid(i128::from(DAY_MS));
    i64::try_from(day).unwrap_or(i64::MAX)
}

/// Minutes east of UTC from JavaScript's `Date.prototype.getTimezoneOffset()`, which counts
/// the other way, minutes *west* of UTC (-60 in Amsterdam in winter, 300 in New York).
/// Anything that is not a number (an invalid date) is UTC.
pub fn minutes_east_from_js_offset(js_minutes_west: f64) -> i32 {
    if !js_minutes_west.is_finite() {
        return 0;
    }
    let east = (-js_minutes_west).round();
    // In range after the clamp, so the cast cannot truncate.
    east.clamp(
        -f64::from(MAX_OFFSET_MINUTES),
        f64::from(MAX_OFFSET_MINUTES),
    ) as i32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::testing::at;

    /// 2024-01-01 as days since 1970-01-01.
    const JAN_1_2024: i64 = 19_723;

    #[test]
    fn utc_days_with_offset_zero() {
        assert_eq!(local_day(at(0, 0), 0), JAN_1_2024);
        assert_eq!(local_day(at(0, 0) - 1, 0), JAN_1_2024 - 1);
        assert_eq!(local_day(at(0, 23), 0), JAN_1_2024);
        assert_eq!(local_day(0, 0), 0);
    }

    #[test]
    fn east_of_utc_the_day_starts_earlier_and_west_of_it_later() {
        // 23:30 UTC on 1 January is 00:30 on 2 January in Amsterdam (UTC+1)...
        let late = at(0, 23) + 30 * 60_000;
        assert_eq!(local_day(late, 60), JAN_1_2024 + 1);
        // ...and 00:30 UTC is still 31 December in New York (UTC-5).
        let early = at(0, 0) + 30 * 60_000;
        assert_eq!(local_day(early, -300), JAN_1_2024 - 1);
        // Before the epoch, days count back below zero rather than wrapping.
        assert_eq!(local_day(0, -60), -1);
    }

    #[test]
    fn absurd_moments_and_offsets_never_panic() {
        assert!(local_day(u64::MAX, 18 * 60) > 0);
        assert_eq!(local_day(0, i32::MIN), local_day(0, -18 * 60));
        assert_eq!(local_day(0, i32::MAX), local_day(0, 18 * 60));
    }

    #[test]
    fn javascripts_offset_counts_west_and_ours_counts_east() {
        // `new Date(...).getTimezoneOffset()` in Amsterdam: -60 in winter, -120 in summer.
        assert_eq!(minutes_east_from_js_offset(-60.0), 60);
        assert_eq!(minutes_east_from_js_offset(-120.0), 120);
        assert_eq!(minutes_east_from_js_offset(300.0), -300);
        assert_eq!(minutes_east_from_js_offset(-345.0), 345);
        assert_eq!(minutes_east_from_js_offset(0.0), 0);
        assert_eq!(minutes_east_from_js_offset(f64::NAN), 0);
        assert_eq!(minutes_east_from_js_offset(-1e12), 18 * 60);
        // Historic local mean time has odd seconds (Amsterdam 1900: +0:19:32).
        assert_eq!(minutes_east_from_js_offset(-19.5333), 20);
    }
}
