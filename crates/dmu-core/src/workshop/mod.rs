//! Workshop mode: a trainer plays scenarios to a room from a presenter console, with a
//! projector view kept in sync without a server. This is the pure core of it: the session
//! state machine, the countdown, room and team votes, scores, the summary with its CSV
//! export, and the audience-safe view the console broadcasts. No web code, no clock: the
//! caller passes `now` in ms.

pub mod console;
mod csv;
mod error;
mod letter;
mod playlist;
mod session;
pub mod setup;
mod summary;
mod sync;
mod teams;
mod timer;
mod votes;

#[cfg(all(test, feature = "markdown"))]
mod content_tests;
#[cfg(test)]
mod fixtures;

pub use csv::{field as csv_field, summary_csv, UTF8_BOM};
pub use error::WorkshopError;
pub use letter::{Letter, MAX_OPTIONS};
pub use playlist::{playable, playlist, Playlist, Selection, SkipReason, Skipped};
pub use session::{Item, Phase, Session, Stage};
pub use summary::{
    summarize, Confusion, RoleResult, ScenarioResult, SessionSummary, WrongPick, MAX_REVISIT,
    REVISIT_BELOW,
};
pub use sync::{
    audience_view, is_current, AudienceOption, AudienceQuestion, AudienceView, Published, Reveal,
    RevealedOption, Screen, SyncMessage, CHANNEL,
};
pub use teams::{points, scores, standings, TeamScore, Teams, MAX_TEAMS, MAX_TEAM_NAME, MIN_TEAMS};
pub use timer::{clock, Timer, TimerState, DEFAULT_LENGTH_MS, EXTRA_MS, MAX_LENGTH_MS};
pub use votes::{lettered, percent, picks_of, share, tally, team_grade, OptionTally, Tally, Votes};
