//! Optional teams and their running score.
//!
//! A session has no teams, or 2 to 8 named ones. Names are trimmed, must not be empty,
//! are at most [`MAX_TEAM_NAME`] characters (they must fit a projected scoreboard) and
//! unique ignoring case ("Team A" and "team a" would confuse the room).
//!
//! Scoring per scenario, from the grade of the team's answer ([`crate::grade::grade`]):
//! right 2 points, partly right 1 point (it found more right roles than it added wrong
//! ones), wrong or no answer 0. Only revealed scenarios count, so the scoreboard never
//! gives away an answer; the score is recomputed from the votes, so a corrected vote
//! corrects the score.

use super::error::WorkshopError;
use super::session::{Phase, Session};
use super::votes::team_grade;
use crate::grade::Outcome;
use crate::library::Library;
use serde::{Deserialize, Serialize};

/// The fewest teams a session with teams can have.
pub const MIN_TEAMS: usize = 2;
/// The most teams a session can have.
pub const MAX_TEAMS: usize = 8;
/// The longest team name, in characters.
pub const MAX_TEAM_NAME: usize = 30;

/// The teams of a session, in the order the trainer gave them (team 0 is the first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Teams {
    names: Vec<String>,
}

impl Teams {
    /// Checks and keeps team names, trimmed.
    pub fn new<I, S>(names: I) -> Result<Teams, WorkshopError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let names: Vec<String> = names
            .into_iter()
            .map(|name| name.as_ref().trim().to_string())
            .collect();
        if !(MIN_TEAMS..=MAX_TEAMS).contains(&names.len()) {
            return Err(WorkshopError::TeamCount(names.len()));
        }
        for (i, name) in names.iter().enumerate() {
            check_name(name)?;
            if names[..i].iter().any(|n| n.eq_ignore_ascii_case(name)) {
                return Err(WorkshopError::DuplicateTeamName(name.clone()));
            }
        }
        Ok(Teams { names })
    }

    /// The names, in team order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// How many teams there are.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Always false for teams made by [`Teams::new`]; here for completeness.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

fn check_name(name: &str) -> Result<(), WorkshopError> {
    if name.is_empty() {
        Err(WorkshopError::EmptyTeamName)
    } else if name.chars().count() > MAX_TEAM_NAME {
        Err(WorkshopError::TeamNameTooLong(name.to_string()))
    } else {
        Ok(())
    }
}

/// The points a team gets for an answer graded `outcome`.
pub fn points(outcome: Outcome) -> u32 {
    match outcome {
        Outcome::Right => 2,
        Outcome::Partly => 1,
        Outcome::Wrong => 0,
    }
}

/// A team's running score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamScore {
    /// The team's position in [`Teams::names`].
    pub team: usize,
    pub name: String,
    pub points: u32,
    /// Revealed scenarios the team got right.
    pub right: u32,
    /// Revealed scenarios the team got partly right.
    pub partly: u32,
}

/// Every team's score over the revealed scenarios, in team order. Empty without teams.
pub fn scores(session: &Session, library: &Library) -> Vec<TeamScore> {
    let Some(teams) = session.teams() else {
        return Vec::new();
    };
    let mut scores: Vec<TeamScore> = teams
        .names()
        .iter()
        .enumerate()
        .map(|(team, name)| TeamScore {
            team,
            name: name.clone(),
            points: 0,
            right: 0,
            partly: 0,
        })
        .collect();
    let revealed = session
        .items()
        .iter()
        .filter(|i| i.phase == Phase::Revealed);
    for item in revealed {
        let Some(scenario) = library.scenario(&item.scenario) else {
            continue;
        };
        for score in &mut scores {
            let Some(picks) = item.votes.team_picks(score.team) else {
                continue;
            };
            let outcome = team_grade(scenario, &item.order, picks).outcome;
            score.points = score.points.saturating_add(points(outcome));
            score.right = score
                .right
                .saturating_add(u32::from(outcome == Outcome::Right));
            score.partly = score
                .partly
                .saturating_add(u32::from(outcome == Outcome::Partly));
        }
    }
    scores
}

/// Scores from high to low; equal scores keep team order.
pub fn standings(mut scores: Vec<TeamScore>) -> Vec<TeamScore> {
    crate::order::sort_by_key(&mut scores, |s| std::cmp::Reverse(s.points));
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_kept_in_order() {
        let teams = Teams::new([" Rood ", "Blauw"]).ok();
        assert_eq!(
            teams.as_ref().map(Teams::names),
            Some(&["Rood".to_string(), "Blauw".to_string()][..])
        );
        assert_eq!(teams.map(|t| t.len()), Some(2));
    }

    #[test]
    fn two_to_eight_teams() {
        assert_eq!(Teams::new(["solo"]), Err(WorkshopError::TeamCount(1)));
        assert_eq!(
            Teams::new(Vec::<String>::new()),
            Err(WorkshopError::TeamCount(0))
        );
        let nine: Vec<String> = (1..=9).map(|i| format!("T{i}")).collect();
        assert_eq!(Teams::new(&nine), Err(WorkshopError::TeamCount(9)));
        assert!(Teams::new(&nine[..8]).is_ok());
    }

    #[test]
    fn names_must_be_present_unique_and_short() {
        assert_eq!(Teams::new(["A", "  "]), Err(WorkshopError::EmptyTeamName));
        assert_eq!(
            Teams::new(["Team A", " team a"]),
            Err(WorkshopError::DuplicateTeamName("team a".into()))
        );
        let long = "x".repeat(MAX_TEAM_NAME + 1);
        assert_eq!(
            Teams::new(["A", long.as_str()]),
            Err(WorkshopError::TeamNameTooLong(long.clone()))
        );
        let accents = "é".repeat(MAX_TEAM_NAME);
        assert!(
            Teams::new(["A", accents.as_str()]).is_ok(),
            "characters, not bytes"
        );
    }

    #[test]
    fn right_is_two_points_partly_one_wrong_none() {
        assert_eq!(points(Outcome::Right), 2);
        assert_eq!(points(Outcome::Partly), 1);
        assert_eq!(points(Outcome::Wrong), 0);
    }

    #[test]
    fn standings_sort_by_points_and_keep_ties_in_team_order() {
        let score = |team: usize, points: u32| TeamScore {
            team,
            name: format!("T{team}"),
            points,
            right: 0,
            partly: 0,
        };
        let order: Vec<usize> = standings(vec![score(0, 1), score(1, 4), score(2, 1)])
            .iter()
            .map(|s| s.team)
            .collect();
        assert_eq!(order, [1, 0, 2]);
    }
}
