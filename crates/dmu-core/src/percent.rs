//! Whole percentages for bars and figures, one rounding rule for every view: never below
//! 0, never above 100, and 0 of nothing is 0.

/// `part` of `whole` as a whole percentage, rounded down (a bar is full only when all is
/// done); 0 when `whole` is 0.
pub fn percent_of(part: u64, whole: u64) -> u32 {
    if whole == 0 {
        return 0;
    }
    (u128::from(part.min(whole)) * 100 / u128::from(whole)) as u32
}

/// A level or share between 0.0 and 1.0 as a whole percentage, rounded to the nearest
/// (half up); anything outside is clamped, and what is not a number is 0.
pub fn percent_level(level: impl Into<f64>) -> u32 {
    let level: f64 = level.into();
    if level.is_nan() {
        return 0;
    }
    (level.clamp(0.0, 1.0) * 100.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_rounds_down_and_stays_within_0_and_100() {
        assert_eq!(percent_of(1, 3), 33);
        assert_eq!(percent_of(2, 3), 66);
        assert_eq!(percent_of(3, 3), 100);
        assert_eq!(percent_of(0, 0), 0);
        assert_eq!(percent_of(5, 0), 0);
        assert_eq!(percent_of(7, 5), 100);
        assert_eq!(percent_of(u64::MAX, u64::MAX), 100);
    }

    #[test]
    fn a_level_rounds_to_the_nearest_and_is_clamped() {
        assert_eq!(percent_level(0.666), 67);
        assert_eq!(percent_level(0.004), 0);
        assert_eq!(percent_level(-0.5), 0);
        assert_eq!(percent_level(1.7), 100);
        assert_eq!(percent_level(f32::NAN), 0);
        assert_eq!(percent_level(0.125_f64), 13);
    }
}
