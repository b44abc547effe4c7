//! Room votes without phones: the trainer types how many people chose each letter, or, in
//! a session with teams, which letters each team chose. Tallies and shares follow.
//!
//! Letters map to a scenario's options in a seeded shuffle, fixed when the session is made
//! (see [`super::Session`]), because content files tend to list the right option first.
//!
//! The share of the room that was right:
//! - room votes: the hands raised for a right option over all hands raised. For a single
//!   answer question, where everyone votes once, that is exactly the share of people who
//!   were right; for a multiple answer question it is the share of hands on right roles
//!   (counts per letter cannot tell who chose every right role);
//! - team votes: the teams whose whole answer grades as right ([`crate::grade::grade`])
//!   over the teams that answered.

use super::error::WorkshopError;
use super::letter::{Letter, MAX_OPTIONS};
use crate::grade::{grade, Grade, Outcome};
use crate::scenario::{Choice, Pick, Scenario};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What the room chose on one scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Votes {
    /// How many people chose each letter (index 0 is A).
    Room { counts: [u32; MAX_OPTIONS] },
    /// Per team (in the session's team order), the letters it chose.
    Teams { picks: Vec<BTreeSet<Letter>> },
}

impl Votes {
    /// No room votes yet.
    pub fn room() -> Votes {
        Votes::Room {
            counts: [0; MAX_OPTIONS],
        }
    }

    /// No picks yet for `teams` teams.
    pub fn teams(teams: usize) -> Votes {
        Votes::Teams {
            picks: vec![BTreeSet::new(); teams],
        }
    }

    /// Sets how many people chose a letter.
    pub fn set_count(&mut self, letter: Letter, count: u32) -> Result<(), WorkshopError> {
        let slot = self.room_slot(letter)?;
        *slot = count;
        Ok(())
    }

    /// One more person chose a letter.
    pub fn add(&mut self, letter: Letter) -> Result<(), WorkshopError> {
        let slot = self.room_slot(letter)?;
        *slot = slot.saturating_add(1);
        Ok(())
    }

    /// One person fewer chose a letter (never below zero).
    pub fn remove(&mut self, letter: Letter) -> Result<(), WorkshopError> {
        let slot = self.room_slot(letter)?;
        *slot = slot.saturating_sub(1);
        Ok(())
    }

    /// Adds a letter to a team's answer, or takes it out if it was there.
    pub fn toggle(&mut self, team: usize, letter: Letter) -> Result<(), WorkshopError> {
        let picks = self.team_slot(team)?;
        if !picks.remove(&letter) {
            picks.insert(letter);
        }
        Ok(())
    }

    /// Replaces a team's answer.
    pub fn set_picks(
        &mut self,
        team: usize,
        letters: impl IntoIterator<Item = Letter>,
    ) -> Result<(), WorkshopError> {
        *self.team_slot(team)? = letters.into_iter().collect();
        Ok(())
    }

    /// Forgets every vote.
    pub fn clear(&mut self) {
        *self = match self {
            Votes::Room { .. } => Votes::room(),
            Votes::Teams { picks } => Votes::teams(picks.len()),
        };
    }

    /// How many chose a letter: people, or teams.
    pub fn count(&self, letter: Letter) -> u32 {
        match self {
            Votes::Room { counts } => counts.get(letter.index()).copied().unwrap_or(0),
            Votes::Teams { picks } => count_u32(picks.iter().filter(|p| p.contains(&letter))),
        }
    }

    /// How many votes are in: hands raised, or teams that answered.
    pub fn ballots(&self) -> u32 {
        match self {
            Votes::Room { counts } => counts.iter().fold(0, |sum, c| sum.saturating_add(*c)),
            Votes::Teams { picks } => count_u32(picks.iter().filter(|p| !p.is_empty())),
        }
    }

    /// A team's answer; `None` for room votes or an unknown team.
    pub fn team_picks(&self, team: usize) -> Option<&BTreeSet<Letter>> {
        match self {
            Votes::Room { .. } => None,
            Votes::Teams { picks } => picks.get(team),
        }
    }

    fn room_slot(&mut self, letter: Letter) -> Result<&mut u32, WorkshopError> {
        match self {
            Votes::Room { counts } => {
                counts
                    .get_mut(letter.index())
                    .ok_or(WorkshopError::NoSuchLetter {
                        letter,
                        options: MAX_OPTIONS,
                    })
            }
            Votes::Teams { .. } => Err(WorkshopError::TeamVotesOnly),
        }
    }

    fn team_slot(&mut self, team: usize) -> Result<&mut BTreeSet<Letter>, WorkshopError> {
        match self {
            Votes::Room { .. } => Err(WorkshopError::RoomVotesOnly),
            Votes::Teams { picks } => picks.get_mut(team).ok_or(WorkshopError::NoSuchTeam(team)),
        }
    }
}

fn count_u32<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

/// One option in the tally.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionTally {
    pub letter: Letter,
    pub pick: Pick,
    pub correct: bool,
    /// People (or teams) who chose it.
    pub count: u32,
    /// `count` as a whole percentage of the ballots, rounded.
    pub percent: u8,
}

/// The room's votes on one scenario, counted. It says which option is right: show it only
/// after reveal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// In letter order.
    pub options: Vec<OptionTally>,
    /// Hands raised, or teams that answered.
    pub ballots: u32,
    /// The share that was right (see the module docs), `None` without votes.
    pub right_share: Option<f64>,
}

/// The scenario's options in letter order, for a session's option `order` (indices into
/// the choices). Indices that do not exist are left out, never a panic.
pub fn lettered<'a>(scenario: &'a Scenario, order: &[usize]) -> Vec<(Letter, &'a Choice)> {
    let Some(part) = scenario.parts.first() else {
        return Vec::new();
    };
    order
        .iter()
        .filter_map(|&i| part.choices.get(i))
        .zip(Letter::ALL)
        .map(|(choice, letter)| (letter, choice))
        .collect()
}

/// The options behind some letters.
pub fn picks_of(scenario: &Scenario, order: &[usize], letters: &BTreeSet<Letter>) -> Vec<Pick> {
    lettered(scenario, order)
        .into_iter()
        .filter(|(letter, _)| letters.contains(letter))
        .map(|(_, choice)| choice.pick)
        .collect()
}

/// The grade of one team's answer.
pub fn team_grade(scenario: &Scenario, order: &[usize], letters: &BTreeSet<Letter>) -> Grade {
    grade(scenario, &[picks_of(scenario, order, letters)])
}

/// Counts the votes on a scenario.
pub fn tally(scenario: &Scenario, order: &[usize], votes: &Votes) -> Tally {
    let ballots = votes.ballots();
    let options = lettered(scenario, order)
        .into_iter()
        .map(|(letter, choice)| {
            let count = votes.count(letter);
            OptionTally {
                letter,
                pick: choice.pick,
                correct: choice.correct,
                count,
                percent: share(count, ballots).map(percent).unwrap_or(0),
            }
        })
        .collect::<Vec<_>>();
    let right_share = match votes {
        Votes::Room { .. } => {
            let right = options.iter().filter(|o| o.correct).map(|o| o.count);
            share(right.fold(0, u32::saturating_add), ballots)
        }
        Votes::Teams { picks } => {
            let answered = picks.iter().filter(|p| !p.is_empty());
            let right = answered
                .filter(|p| team_grade(scenario, order, p).outcome == Outcome::Right)
                .count();
            share(u32::try_from(right).unwrap_or(u32::MAX), ballots)
        }
    };
    Tally {
        options,
        ballots,
        right_share,
    }
}

/// `part / whole`, at most 1; `None` when `whole` is 0.
pub fn share(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| (f64::from(part) / f64::from(whole)).min(1.0))
}

/// A share as a whole percentage, rounded half up, 0-100 (the one rule of
/// [`crate::percent::percent_level`]).
pub fn percent(share: f64) -> u8 {
    // At most 100, so the cast is exact.
    crate::percent::percent_level(share) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Role::*;
    use crate::workshop::fixtures::{contract, tester};

    fn letter(key: char) -> Letter {
        Letter::parse(key).unwrap_or(Letter::ALL[0])
    }

    /// File order: contract is DecisionMaker, Buyer (right), User, Gatekeeper.
    const FILE_ORDER: [usize; 4] = [0, 1, 2, 3];

    #[test]
    fn room_counts_are_set_added_and_removed() {
        let mut votes = Votes::room();
        assert_eq!(votes.set_count(letter('a'), 7), Ok(()));
        assert_eq!(votes.add(letter('b')), Ok(()));
        assert_eq!(votes.add(letter('b')), Ok(()));
        assert_eq!(votes.remove(letter('c')), Ok(()), "never below zero");
        assert_eq!(votes.count(letter('a')), 7);
        assert_eq!(votes.count(letter('b')), 2);
        assert_eq!(votes.count(letter('c')), 0);
        assert_eq!(votes.ballots(), 9);
        votes.clear();
        assert_eq!(votes, Votes::room());
    }

    #[test]
    fn room_and_team_votes_do_not_mix() {
        let mut room = Votes::room();
        assert_eq!(
            room.toggle(0, letter('a')),
            Err(WorkshopError::RoomVotesOnly)
        );
        let mut teams = Votes::teams(2);
        assert_eq!(teams.add(letter('a')), Err(WorkshopError::TeamVotesOnly));
        assert_eq!(
            teams.toggle(2, letter('a')),
            Err(WorkshopError::NoSuchTeam(2))
        );
        assert_eq!(room.team_picks(0), None);
    }

    #[test]
    fn teams_toggle_letters_and_count_as_one_ballot_each() {
        let mut votes = Votes::teams(3);
        assert_eq!(votes.toggle(0, letter('a')), Ok(()));
        assert_eq!(votes.toggle(0, letter('b')), Ok(()));
        assert_eq!(
            votes.toggle(0, letter('a')),
            Ok(()),
            "a second press takes it out"
        );
        assert_eq!(votes.set_picks(1, [letter('b'), letter('c')]), Ok(()));
        assert_eq!(votes.count(letter('b')), 2);
        assert_eq!(votes.count(letter('a')), 0);
        assert_eq!(votes.ballots(), 2, "team 3 has not answered");
        assert_eq!(votes.team_picks(0).map(BTreeSet::len), Some(1));
    }

    #[test]
    fn a_room_tally_gives_percentages_and_the_share_right() {
        let mut votes = Votes::room();
        for (key, n) in [('a', 3), ('b', 12), ('c', 0), ('d', 5)] {
            assert_eq!(votes.set_count(letter(key), n), Ok(()));
        }
        let tally = tally(&contract(), &FILE_ORDER, &votes);
        assert_eq!(tally.ballots, 20);
        assert_eq!(tally.right_share, Some(0.6));
        let rows: Vec<_> = tally
            .options
            .iter()
            .map(|o| {
                (
                    o.letter.as_char(),
                    o.pick.role(),
                    o.correct,
                    o.count,
                    o.percent,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ('A', Some(DecisionMaker), false, 3, 15),
                ('B', Some(Buyer), true, 12, 60),
                ('C', Some(User), false, 0, 0),
                ('D', Some(Gatekeeper), false, 5, 25),
            ]
        );
    }

    #[test]
    fn letters_follow_the_session_order() {
        let mut votes = Votes::room();
        assert_eq!(votes.set_count(letter('a'), 4), Ok(()));
        let tally = tally(&contract(), &[1, 0, 3, 2], &votes);
        assert_eq!(tally.options[0].pick, Pick::Role(Buyer));
        assert_eq!(tally.right_share, Some(1.0));
    }

    #[test]
    fn a_multiple_answer_room_share_counts_hands_on_right_roles() {
        // tester: User (right), Influencer (right), Buyer, Gatekeeper.
        let mut votes = Votes::room();
        for (key, n) in [('a', 6), ('b', 3), ('c', 3)] {
            assert_eq!(votes.set_count(letter(key), n), Ok(()));
        }
        let tally = tally(&tester(), &FILE_ORDER, &votes);
        assert_eq!(tally.right_share, Some(0.75));
    }

    #[test]
    fn a_team_tally_counts_teams_whose_whole_answer_is_right() {
        let mut votes = Votes::teams(4);
        let picks: [&[char]; 4] = [&['a', 'b'], &['a'], &['a', 'b', 'c'], &[]];
        for (team, keys) in picks.iter().enumerate() {
            assert_eq!(
                votes.set_picks(team, keys.iter().map(|k| letter(*k))),
                Ok(())
            );
        }
        let tally = tally(&tester(), &FILE_ORDER, &votes);
        assert_eq!(tally.ballots, 3);
        assert_eq!(
            tally.right_share,
            share(1, 3),
            "only the first team is fully right"
        );
        assert_eq!(tally.options[0].count, 3);
        assert_eq!(tally.options[0].percent, 100);
        assert_eq!(tally.options[1].percent, 67);
    }

    #[test]
    fn no_votes_means_no_share_and_zero_percent() {
        let tally = tally(&contract(), &FILE_ORDER, &Votes::room());
        assert_eq!(tally.right_share, None);
        assert!(tally.options.iter().all(|o| o.percent == 0));
    }

    #[test]
    fn a_bad_order_leaves_options_out_instead_of_panicking() {
        let contract = contract();
        let options = lettered(&contract, &[9, 1, 42]);
        assert_eq!(options.len(), 1);
        assert_eq!(options[0].0.as_char(), 'A');
        assert!(lettered(&crate::scenario::fixtures::scenario("x", vec![]), &[0]).is_empty());
    }

    #[test]
    fn percent_and_share_are_bounded() {
        assert_eq!(percent(f64::NAN), 0);
        assert_eq!(percent(-1.0), 0);
        assert_eq!(percent(7.0), 100);
        assert_eq!(percent(0.125), 13);
        assert_eq!(share(1, 0), None);
        assert_eq!(share(5, 2), Some(1.0));
        let mut votes = Votes::room();
        assert_eq!(votes.set_count(letter('a'), u32::MAX), Ok(()));
        assert_eq!(votes.set_count(letter('b'), u32::MAX), Ok(()));
        assert_eq!(votes.ballots(), u32::MAX);
    }
}
