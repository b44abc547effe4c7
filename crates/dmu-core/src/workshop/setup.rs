//! Starting a workshop session from what the trainer filled in: what to play, the teams
//! (one name per line, as typed), and the thinking time in seconds. Every refusal is a
//! [`WorkshopError`], which `workshop_text::workshop_error` says in the trainer's language.

use super::{Selection, Session, Teams, WorkshopError};
use crate::library::Library;

/// The thinking times a trainer can choose, in seconds.
pub const THINKING_SECONDS: [u64; 6] = [30, 45, 60, 90, 120, 180];

/// The thinking time a new session starts with, in seconds.
pub const DEFAULT_THINKING_SECONDS: u64 = 60;

/// The setup form as the trainer filled it in.
#[derive(Clone, Debug, PartialEq)]
pub struct SetupForm {
    pub selection: Selection,
    /// Team names, one per line; blank lines and surrounding spaces do not count. No
    /// names: the room votes as one.
    pub teams: String,
    /// The thinking time per scenario, in seconds.
    pub seconds: u64,
}

/// The team names in the text as typed: one per line, trimmed, blank lines skipped.
pub fn team_names(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

/// Ticks or unticks a scenario in a hand-picked list: ticked ones play in the order they
/// were ticked.
pub fn toggle_in_hand(hand: &mut Vec<String>, id: &str) {
    match hand.iter().position(|x| x == id) {
        Some(i) => {
            hand.remove(i);
        }
        None => hand.push(id.to_string()),
    }
}

/// Starts a session at `now` (ms; it also seeds the order of the options).
pub fn start_session(
    library: &Library,
    form: SetupForm,
    now: u64,
) -> Result<Session, WorkshopError> {
    let mut session = Session::new(library, form.selection, now)?;
    let names = team_names(&form.teams);
    if !names.is_empty() {
        session.set_teams(Some(Teams::new(&names)?))?;
    }
    session.timer_mut().set_seconds(form.seconds);
    Ok(session)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::fixtures::library;

    fn form(teams: &str, seconds: u64) -> SetupForm {
        SetupForm {
            selection: Selection::Set(library().sets[0].id.clone()),
            teams: teams.into(),
            seconds,
        }
    }

    #[test]
    fn team_names_are_lines_as_typed_without_blanks() {
        assert_eq!(team_names("  Rood \n\n\tBlauw\r\n  \n"), ["Rood", "Blauw"]);
        assert!(team_names(" \n ").is_empty());
    }

    #[test]
    fn a_hand_plays_in_the_order_ticked_and_unticking_removes() {
        let mut hand = Vec::new();
        for id in ["c", "a", "b", "a"] {
            toggle_in_hand(&mut hand, id);
        }
        assert_eq!(hand, ["c", "b"]);
    }

    #[test]
    fn a_session_starts_with_the_teams_and_the_thinking_time() {
        let session = start_session(&library(), form("Rood\nBlauw\n", 90), 7).unwrap();
        assert_eq!(session.timer().length_ms(), 90_000);
        assert_eq!(session.teams().map(|t| t.names().len()), Some(2));
        let alone = start_session(&library(), form("\n", 45), 7).unwrap();
        assert!(alone.teams().is_none());
        assert_eq!(alone.timer().length_ms(), 45_000);
    }

    #[test]
    fn bad_teams_and_empty_selections_are_refused() {
        assert!(matches!(
            start_session(&library(), form("Rood\nRood", 60), 7),
            Err(WorkshopError::DuplicateTeamName(_))
        ));
        assert!(start_session(&library(), form("Alleen", 60), 7).is_err());
        let nothing = SetupForm {
            selection: Selection::Hand(vec![]),
            ..form("", 60)
        };
        assert!(start_session(&library(), nothing, 7).is_err());
    }
}
