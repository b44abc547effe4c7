//! Why a workshop action was refused: one error type for the session, the votes and the
//! teams, so the console can show one clear message for any key the trainer pressed.

use super::letter::Letter;
use std::fmt;

/// An action the workshop core refused. Nothing changed when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopError {
    /// The chosen set does not exist in the library.
    UnknownSet(String),
    /// Nothing in the choice can be played in the room (see [`super::SkipReason`]).
    NothingToPlay,
    /// The session has not started yet.
    NotStarted,
    /// The session has already started; the playlist and teams are fixed now.
    AlreadyStarted,
    /// The session has ended.
    Ended,
    /// The answer to this scenario is already on the screen.
    AlreadyRevealed,
    /// `previous` on the first scenario.
    AtFirst,
    /// A letter beyond the options of the scenario on screen.
    NoSuchLetter { letter: Letter, options: usize },
    /// A team number beyond the teams of the session.
    NoSuchTeam(usize),
    /// A playlist position beyond its end.
    NoSuchPosition(usize),
    /// Team picks typed in a session without teams.
    RoomVotesOnly,
    /// Room counts typed in a session with teams.
    TeamVotesOnly,
    /// Teams must number from [`super::MIN_TEAMS`] to [`super::MAX_TEAMS`].
    TeamCount(usize),
    /// A team name that is empty after trimming.
    EmptyTeamName,
    /// Two teams with the same name (ignoring case).
    DuplicateTeamName(String),
    /// A team name longer than [`super::MAX_TEAM_NAME`] characters.
    TeamNameTooLong(String),
    /// A scenario of the session is no longer in the library (the content changed).
    MissingScenario(String),
    /// A scenario's options changed since the session was made, so its letters are stale.
    OptionsChanged(String),
    /// A stored session whose parts do not fit together (edited or damaged storage).
    Inconsistent(String),
}

impl fmt::Display for WorkshopError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WorkshopError::*;
        match self {
            UnknownSet(id) => write!(f, "there is no scenario set '{id}'"),
            NothingToPlay => write!(f, "none of the chosen scenarios can be played in the room"),
            NotStarted => write!(f, "the session has not started yet"),
            AlreadyStarted => write!(f, "the session has already started"),
            Ended => write!(f, "the session has ended"),
            AlreadyRevealed => write!(f, "the answer is already revealed"),
            AtFirst => write!(f, "this is the first scenario"),
            NoSuchLetter { letter, options } => {
                write!(
                    f,
                    "option {letter} does not exist: this scenario has {options} options"
                )
            }
            NoSuchTeam(team) => write!(f, "there is no team {}", team.saturating_add(1)),
            NoSuchPosition(at) => {
                write!(f, "the playlist has no position {}", at.saturating_add(1))
            }
            RoomVotesOnly => write!(
                f,
                "this session has no teams: type how many people chose each option"
            ),
            TeamVotesOnly => write!(
                f,
                "this session has teams: type which options each team chose"
            ),
            TeamCount(n) => write!(
                f,
                "a session has {} to {} teams, not {n}",
                super::MIN_TEAMS,
                super::MAX_TEAMS
            ),
            EmptyTeamName => write!(f, "a team needs a name"),
            DuplicateTeamName(name) => write!(f, "two teams are called '{name}'"),
            TeamNameTooLong(name) => write!(
                f,
                "the team name '{name}' is longer than {} characters",
                super::MAX_TEAM_NAME
            ),
            MissingScenario(id) => write!(f, "scenario '{id}' is no longer in the library"),
            OptionsChanged(id) => write!(f, "the options of scenario '{id}' have changed"),
            Inconsistent(what) => write!(f, "the stored session does not fit together: {what}"),
        }
    }
}

impl std::error::Error for WorkshopError {}
