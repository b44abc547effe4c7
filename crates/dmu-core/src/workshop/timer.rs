//! The countdown on the projector. Every method takes the time (`now`, in ms since any
//! fixed epoch, e.g. `Date.now()`); the timer never reads a clock, so both windows of the
//! same browser compute the same remaining time from the same broadcast state.

use serde::{Deserialize, Serialize};

/// The length of a new timer: one minute.
pub const DEFAULT_LENGTH_MS: u64 = 60_000;
/// The longest countdown, 99:59, so the clock always fits `mm:ss`.
pub const MAX_LENGTH_MS: u64 = 99 * 60_000 + 59_000;
/// What the "+30 s" key adds.
pub const EXTRA_MS: u64 = 30_000;

/// A countdown: a length, and whether it is ready, running or paused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    length_ms: u64,
    state: TimerState,
}

/// Where a countdown is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimerState {
    /// Not started (or reset); it will run for `remaining_ms`.
    Ready { remaining_ms: u64 },
    /// Counting down to `ends_at_ms`.
    Running { ends_at_ms: u64 },
    /// Stopped with `remaining_ms` to go.
    Paused { remaining_ms: u64 },
}

impl Default for Timer {
    fn default() -> Timer {
        Timer::new(DEFAULT_LENGTH_MS)
    }
}

impl Timer {
    /// A ready timer of `length_ms`, at most [`MAX_LENGTH_MS`].
    pub fn new(length_ms: u64) -> Timer {
        let length_ms = length_ms.min(MAX_LENGTH_MS);
        Timer {
            length_ms,
            state: TimerState::Ready {
                remaining_ms: length_ms,
            },
        }
    }

    /// The length a reset goes back to.
    pub fn length_ms(&self) -> u64 {
        self.length_ms
    }

    /// Where the countdown is.
    pub fn state(&self) -> TimerState {
        self.state
    }

    /// Sets a new length (at most [`MAX_LENGTH_MS`]) and resets to it.
    pub fn set_length(&mut self, length_ms: u64) {
        *self = Timer::new(length_ms);
    }

    /// Sets a new length in whole seconds, as the trainer chooses it (see [`set_length`]).
    ///
    /// [`set_length`]: Timer::set_length
    pub fn set_seconds(&mut self, seconds: u64) {
        self.set_length(seconds.saturating_mul(1000));
    }

    /// The length in whole seconds.
    pub fn length_seconds(&self) -> u64 {
        self.length_ms / 1000
    }

    /// Back to ready, with the full length.
    pub fn reset(&mut self) {
        self.state = TimerState::Ready {
            remaining_ms: self.length_ms,
        };
    }

    /// Starts the countdown. A paused timer resumes; a timer that ran out starts again
    /// from its full length; a running one keeps running.
    pub fn start(&mut self, now: u64) {
        match self.state {
            TimerState::Ready { remaining_ms } | TimerState::Paused { remaining_ms } => {
                self.run_for(now, remaining_ms)
            }
            TimerState::Running { ends_at_ms } if now >= ends_at_ms => {
                self.run_for(now, self.length_ms)
            }
            TimerState::Running { .. } => {}
        }
    }

    /// Pauses a running countdown; anything else stays as it is.
    pub fn pause(&mut self, now: u64) {
        if let TimerState::Running { .. } = self.state {
            self.state = TimerState::Paused {
                remaining_ms: self.remaining(now),
            };
        }
    }

    /// Resumes a paused countdown; anything else stays as it is.
    pub fn resume(&mut self, now: u64) {
        if let TimerState::Paused { remaining_ms } = self.state {
            self.run_for(now, remaining_ms);
        }
    }

    /// Pauses when running, starts otherwise: one key for both.
    pub fn toggle(&mut self, now: u64) {
        if self.is_running(now) {
            self.pause(now);
        } else {
            self.start(now);
        }
    }

    /// Adds [`EXTRA_MS`] to the time left (to a timer that ran out: 30 s from now).
    pub fn add_extra(&mut self, now: u64) {
        self.add(now, EXTRA_MS);
    }

    /// Adds `ms` to the time left, never beyond [`MAX_LENGTH_MS`] left.
    pub fn add(&mut self, now: u64, ms: u64) {
        let left = self.remaining(now).saturating_add(ms).min(MAX_LENGTH_MS);
        self.state = match self.state {
            TimerState::Ready { .. } => TimerState::Ready { remaining_ms: left },
            TimerState::Paused { .. } => TimerState::Paused { remaining_ms: left },
            TimerState::Running { .. } => TimerState::Running {
                ends_at_ms: now.saturating_add(left),
            },
        };
    }

    /// The time left at `now`, in ms. Never more than [`MAX_LENGTH_MS`], even when the
    /// clock was set back.
    pub fn remaining(&self, now: u64) -> u64 {
        match self.state {
            TimerState::Ready { remaining_ms } | TimerState::Paused { remaining_ms } => {
                remaining_ms
            }
            TimerState::Running { ends_at_ms } => ends_at_ms.saturating_sub(now),
        }
        .min(MAX_LENGTH_MS)
    }

    /// Whether the countdown ran out: it was started and nothing is left.
    pub fn expired(&self, now: u64) -> bool {
        !matches!(self.state, TimerState::Ready { .. }) && self.remaining(now) == 0
    }

    /// Whether the countdown is running and has time left.
    pub fn is_running(&self, now: u64) -> bool {
        matches!(self.state, TimerState::Running { .. }) && !self.expired(now)
    }

    fn run_for(&mut self, now: u64, ms: u64) {
        self.state = TimerState::Running {
            ends_at_ms: now.saturating_add(ms),
        };
    }
}

/// The time left as the projector shows it, `m:ss`, rounded up to whole seconds so
/// `0:00` appears only when the time is really up.
pub fn clock(ms: u64) -> String {
    let seconds = ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_700_000_000_000;

    #[test]
    fn a_new_timer_is_ready_with_its_full_length() {
        let timer = Timer::new(45_000);
        assert_eq!(timer.remaining(T0), 45_000);
        assert!(!timer.expired(T0));
        assert!(!timer.is_running(T0));
        assert_eq!(Timer::default().length_ms(), DEFAULT_LENGTH_MS);
    }

    #[test]
    fn a_running_timer_counts_down_and_expires() {
        let mut timer = Timer::new(60_000);
        timer.start(T0);
        assert_eq!(timer.remaining(T0 + 10_000), 50_000);
        assert!(timer.is_running(T0 + 59_999));
        assert!(!timer.expired(T0 + 59_999));
        assert!(timer.expired(T0 + 60_000));
        assert!(!timer.is_running(T0 + 60_000));
        assert_eq!(timer.remaining(T0 + 500_000), 0);
    }

    #[test]
    fn pause_keeps_the_time_left_and_resume_continues_it() {
        let mut timer = Timer::new(60_000);
        timer.start(T0);
        timer.pause(T0 + 20_000);
        assert_eq!(
            timer.remaining(T0 + 90_000),
            40_000,
            "paused time does not run"
        );
        assert!(!timer.expired(T0 + 90_000));
        timer.resume(T0 + 90_000);
        assert_eq!(timer.remaining(T0 + 100_000), 30_000);
        assert!(timer.expired(T0 + 130_000));
    }

    #[test]
    fn pause_and_resume_out_of_turn_change_nothing() {
        let mut timer = Timer::new(60_000);
        timer.pause(T0);
        timer.resume(T0);
        assert_eq!(timer, Timer::new(60_000));
        timer.start(T0);
        let running = timer;
        timer.resume(T0 + 5_000);
        timer.start(T0 + 5_000);
        assert_eq!(
            timer, running,
            "start and resume leave a running timer alone"
        );
    }

    #[test]
    fn start_after_running_out_begins_again() {
        let mut timer = Timer::new(30_000);
        timer.start(T0);
        timer.start(T0 + 40_000);
        assert_eq!(timer.remaining(T0 + 40_000), 30_000);
    }

    #[test]
    fn toggle_pauses_and_starts() {
        let mut timer = Timer::new(60_000);
        timer.toggle(T0);
        assert!(timer.is_running(T0 + 1));
        timer.toggle(T0 + 15_000);
        assert_eq!(
            timer.state(),
            TimerState::Paused {
                remaining_ms: 45_000
            }
        );
        timer.toggle(T0 + 20_000);
        assert_eq!(timer.remaining(T0 + 20_000), 45_000);
        assert!(timer.is_running(T0 + 20_000));
    }

    #[test]
    fn thirty_seconds_more_in_every_state() {
        let mut ready = Timer::new(60_000);
        ready.add_extra(T0);
        assert_eq!(ready.remaining(T0), 90_000);
        assert_eq!(
            ready.length_ms(),
            60_000,
            "the next reset uses the set length"
        );

        let mut running = Timer::new(60_000);
        running.start(T0);
        running.add_extra(T0 + 50_000);
        assert_eq!(running.remaining(T0 + 50_000), 40_000);

        let mut paused = Timer::new(60_000);
        paused.start(T0);
        paused.pause(T0 + 60_000);
        paused.add_extra(T0 + 70_000);
        assert_eq!(paused.remaining(T0 + 99_000), 30_000);

        let mut ran_out = Timer::new(10_000);
        ran_out.start(T0);
        ran_out.add_extra(T0 + 100_000);
        assert_eq!(ran_out.remaining(T0 + 100_000), 30_000, "30 s from now");
        assert!(ran_out.is_running(T0 + 100_000));
    }

    #[test]
    fn set_length_resets_and_reset_restores_the_length() {
        let mut timer = Timer::new(60_000);
        timer.start(T0);
        timer.set_length(120_000);
        assert_eq!(
            timer.state(),
            TimerState::Ready {
                remaining_ms: 120_000
            }
        );
        timer.start(T0);
        timer.reset();
        assert_eq!(timer.remaining(T0 + 1_000_000), 120_000);
    }

    #[test]
    fn extreme_inputs_never_overflow() {
        let mut timer = Timer::new(u64::MAX);
        assert_eq!(timer.length_ms(), MAX_LENGTH_MS);
        timer.start(u64::MAX - 5);
        timer.add(u64::MAX, u64::MAX);
        assert!(timer.remaining(u64::MAX) <= MAX_LENGTH_MS);
        assert!(
            timer.remaining(0) <= MAX_LENGTH_MS,
            "a clock set back is capped"
        );
        timer.pause(0);
        assert!(timer.remaining(0) <= MAX_LENGTH_MS);
        let mut zero = Timer::new(0);
        assert!(!zero.expired(T0), "a timer that never ran has not expired");
        zero.start(T0);
        assert!(zero.expired(T0));
    }

    #[test]
    fn the_clock_rounds_up_to_whole_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(1), "0:01");
        assert_eq!(clock(59_001), "1:00");
        assert_eq!(clock(90_000), "1:30");
        assert_eq!(clock(MAX_LENGTH_MS), "99:59");
    }

    #[test]
    fn a_timer_survives_json() {
        let mut timer = Timer::new(60_000);
        timer.start(T0);
        let json = serde_json::to_string(&timer).unwrap_or_default();
        assert!(json.contains(r#""state":{"running":"#), "{json}");
        assert_eq!(serde_json::from_str::<Timer>(&json).ok(), Some(timer));
    }
}
