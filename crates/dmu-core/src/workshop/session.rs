//! A workshop session as a state machine the console drives and the storage adapter
//! keeps: the playlist, where the room is, each scenario's phase and votes, the teams and
//! the timer. Serialisable, so a reload of either window resumes it.
//!
//! Stages: `Lobby` (set up: teams, order) → `Playing(i)` → `Summary`. Each scenario goes
//! `Question` → `Voting` → `Revealed`; its phase is kept when the trainer moves back and
//! forth. The rules:
//! - `start` only from the lobby; `end` only while playing;
//! - `open_voting` and `reveal` only while playing and before the reveal; typing a vote
//!   in the `Question` phase opens voting;
//! - `next` may skip a scenario that was never revealed (it then does not count); `next`
//!   after the last goes to the summary, and `previous` from the summary back to the last;
//! - votes can still be corrected after reveal (a typo); the chart and scores follow;
//! - moving to another scenario resets the timer to its length.
//!
//! Letters map to options in a seeded shuffle ([`crate::round::option_order`]), fixed
//! when the session is made and stored with it, so both windows and a reload agree.

use super::error::WorkshopError;
use super::letter::Letter;
use super::playlist::{playable, playlist, Selection, Skipped};
use super::summary::{summarize, SessionSummary};
use super::teams::{scores, TeamScore, Teams};
use super::timer::Timer;
use super::votes::Votes;
use crate::library::Library;
use crate::round::option_order;
use serde::{Deserialize, Serialize};

/// Where the session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Made, not started: the trainer can still set teams and the order.
    Lobby,
    /// Showing the scenario at this playlist position.
    Playing(usize),
    /// Over: the summary is on screen.
    Summary,
}

/// Where one scenario is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// On screen, nothing asked yet.
    Question,
    /// The room is voting.
    Voting,
    /// The answer is on screen.
    Revealed,
}

/// One scenario in the playlist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The scenario id.
    pub scenario: String,
    /// Letter A shows choice `order[0]`, B `order[1]`, and so on.
    pub order: Vec<usize>,
    pub phase: Phase,
    pub votes: Votes,
}

/// A workshop session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pick: Selection,
    seed: u64,
    items: Vec<Item>,
    skipped: Vec<Skipped>,
    stage: Stage,
    teams: Option<Teams>,
    timer: Timer,
}

impl Session {
    /// A session in the lobby for a pick, with options shuffled by `seed`. Scenarios that
    /// cannot be played in the room are listed in [`Session::skipped`]; when none can be
    /// played the answer is [`WorkshopError::NothingToPlay`].
    pub fn new(library: &Library, pick: Selection, seed: u64) -> Result<Session, WorkshopError> {
        let list = playlist(library, &pick)?;
        let items: Vec<Item> = list
            .ids
            .into_iter()
            .filter_map(|id| library.scenario(&id))
            .map(|scenario| Item {
                order: option_order(scenario, seed)
                    .into_iter()
                    .next()
                    .unwrap_or_default(),
                scenario: scenario.id.clone(),
                phase: Phase::Question,
                votes: Votes::room(),
            })
            .collect();
        if items.is_empty() {
            return Err(WorkshopError::NothingToPlay);
        }
        Ok(Session {
            pick,
            seed,
            items,
            skipped: list.skipped,
            stage: Stage::Lobby,
            teams: None,
            timer: Timer::default(),
        })
    }

    /// What the trainer chose to play.
    pub fn pick(&self) -> &Selection {
        &self.pick
    }

    /// The seed of the option order.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The playlist, in playing order.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The chosen scenarios left out, with why.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// Where the session is.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// The teams, if the session has them.
    pub fn teams(&self) -> Option<&Teams> {
        self.teams.as_ref()
    }

    /// The countdown.
    pub fn timer(&self) -> &Timer {
        &self.timer
    }

    /// The countdown, to start, pause, extend or set (see [`Timer`]).
    pub fn timer_mut(&mut self) -> &mut Timer {
        &mut self.timer
    }

    /// The playlist position on screen, while playing.
    pub fn current_index(&self) -> Option<usize> {
        match self.stage {
            Stage::Playing(index) => Some(index),
            Stage::Lobby | Stage::Summary => None,
        }
    }

    /// The scenario on screen, while playing.
    pub fn current(&self) -> Option<&Item> {
        self.items.get(self.current_index()?)
    }

    /// The scenario after the one on screen (the console's preview); in the lobby, the
    /// first one.
    pub fn upcoming(&self) -> Option<&Item> {
        match self.stage {
            Stage::Lobby => self.items.first(),
            Stage::Playing(index) => self.items.get(index.checked_add(1)?),
            Stage::Summary => None,
        }
    }

    /// Sets or removes the teams. Only in the lobby; votes start afresh.
    pub fn set_teams(&mut self, teams: Option<Teams>) -> Result<(), WorkshopError> {
        self.in_lobby()?;
        let empty = teams
            .as_ref()
            .map_or_else(Votes::room, |t| Votes::teams(t.len()));
        for item in &mut self.items {
            item.votes = empty.clone();
        }
        self.teams = teams;
        Ok(())
    }

    /// Moves the scenario at `from` to position `to`. Only in the lobby.
    pub fn move_item(&mut self, from: usize, to: usize) -> Result<(), WorkshopError> {
        self.in_lobby()?;
        for at in [from, to] {
            if at >= self.items.len() {
                return Err(WorkshopError::NoSuchPosition(at));
            }
        }
        let item = self.items.remove(from);
        self.items.insert(to, item);
        Ok(())
    }

    /// Starts with the first scenario.
    pub fn start(&mut self) -> Result<(), WorkshopError> {
        self.in_lobby()?;
        if self.items.is_empty() {
            return Err(WorkshopError::NothingToPlay);
        }
        self.go_to(Stage::Playing(0));
        Ok(())
    }

    /// Opens voting on the scenario on screen.
    pub fn open_voting(&mut self) -> Result<(), WorkshopError> {
        let item = self.unrevealed()?;
        item.phase = Phase::Voting;
        Ok(())
    }

    /// Shows the answer to the scenario on screen.
    pub fn reveal(&mut self) -> Result<(), WorkshopError> {
        let item = self.unrevealed()?;
        item.phase = Phase::Revealed;
        Ok(())
    }

    /// The next scenario; after the last, the summary.
    #[expect(
        clippy::should_implement_trait,
        reason = "a transition named as the trainer's key, not an iterator"
    )]
    pub fn next(&mut self) -> Result<(), WorkshopError> {
        let index = self.playing_index()?;
        let next = index.saturating_add(1);
        self.go_to(if next < self.items.len() {
            Stage::Playing(next)
        } else {
            Stage::Summary
        });
        Ok(())
    }

    /// The previous scenario; from the summary, the last one.
    pub fn previous(&mut self) -> Result<(), WorkshopError> {
        let target = match self.stage {
            Stage::Lobby => return Err(WorkshopError::NotStarted),
            Stage::Playing(index) => index.checked_sub(1).ok_or(WorkshopError::AtFirst)?,
            Stage::Summary => self
                .items
                .len()
                .checked_sub(1)
                .ok_or(WorkshopError::Ended)?,
        };
        self.go_to(Stage::Playing(target));
        Ok(())
    }

    /// Ends the session: the summary.
    pub fn end(&mut self) -> Result<(), WorkshopError> {
        self.playing_index()?;
        self.go_to(Stage::Summary);
        Ok(())
    }

    /// Sets how many people chose a letter on the scenario on screen.
    pub fn set_count(&mut self, letter: Letter, count: u32) -> Result<(), WorkshopError> {
        self.vote(letter, |votes| votes.set_count(letter, count))
    }

    /// One more person chose a letter.
    pub fn add_vote(&mut self, letter: Letter) -> Result<(), WorkshopError> {
        self.vote(letter, |votes| votes.add(letter))
    }

    /// One person fewer chose a letter.
    pub fn remove_vote(&mut self, letter: Letter) -> Result<(), WorkshopError> {
        self.vote(letter, |votes| votes.remove(letter))
    }

    /// Adds a letter to a team's answer, or takes it out.
    pub fn toggle_team_pick(&mut self, team: usize, letter: Letter) -> Result<(), WorkshopError> {
        self.vote(letter, |votes| votes.toggle(team, letter))
    }

    /// Forgets the votes on the scenario on screen.
    pub fn clear_votes(&mut self) -> Result<(), WorkshopError> {
        let index = self.playing_index()?;
        if let Some(item) = self.items.get_mut(index) {
            item.votes.clear();
        }
        Ok(())
    }

    /// Every team's score so far (revealed scenarios only), in team order.
    pub fn scores(&self, library: &Library) -> Vec<TeamScore> {
        scores(self, library)
    }

    /// How the room did, over the revealed scenarios.
    pub fn summary(&self, library: &Library) -> SessionSummary {
        summarize(self, library)
    }

    /// Checks a resumed session against the library: every scenario is still there,
    /// still playable, with the same number of options, and the votes fit the teams.
    pub fn verify(&self, library: &Library) -> Result<(), WorkshopError> {
        for item in &self.items {
            let id = || item.scenario.clone();
            let scenario = library
                .scenario(&item.scenario)
                .ok_or_else(|| WorkshopError::MissingScenario(id()))?;
            let options = scenario.parts.first().map_or(0, |p| p.choices.len());
            let mut sorted = item.order.clone();
            crate::order::sort(&mut sorted);
            let fits = playable(scenario).is_ok() && sorted.iter().copied().eq(0..options);
            if !fits {
                return Err(WorkshopError::OptionsChanged(id()));
            }
            let teams = self.teams.as_ref().map(Teams::len);
            let votes_fit = match &item.votes {
                Votes::Room { .. } => teams.is_none(),
                Votes::Teams { picks } => teams == Some(picks.len()),
            };
            if !votes_fit {
                let what = format!("the votes on '{}' do not fit the teams", item.scenario);
                return Err(WorkshopError::Inconsistent(what));
            }
        }
        if let Stage::Playing(index) = self.stage {
            if index >= self.items.len() {
                let what = format!(
                    "position {} is beyond the playlist",
                    index.saturating_add(1)
                );
                return Err(WorkshopError::Inconsistent(what));
            }
        }
        Ok(())
    }

    fn in_lobby(&self) -> Result<(), WorkshopError> {
        match self.stage {
            Stage::Lobby => Ok(()),
            Stage::Playing(_) => Err(WorkshopError::AlreadyStarted),
            Stage::Summary => Err(WorkshopError::Ended),
        }
    }

    fn playing_index(&self) -> Result<usize, WorkshopError> {
        match self.stage {
            Stage::Lobby => Err(WorkshopError::NotStarted),
            Stage::Playing(index) => Ok(index),
            Stage::Summary => Err(WorkshopError::Ended),
        }
    }

    /// The item on screen; a stage beyond the playlist (only from edited storage) reads
    /// as ended.
    fn current_mut(&mut self) -> Result<&mut Item, WorkshopError> {
        let index = self.playing_index()?;
        self.items.get_mut(index).ok_or(WorkshopError::Ended)
    }

    fn unrevealed(&mut self) -> Result<&mut Item, WorkshopError> {
        let item = self.current_mut()?;
        if item.phase == Phase::Revealed {
            return Err(WorkshopError::AlreadyRevealed);
        }
        Ok(item)
    }

    /// Applies a vote to the scenario on screen, after checking the letter exists there;
    /// a first vote opens voting.
    fn vote(
        &mut self,
        letter: Letter,
        change: impl FnOnce(&mut Votes) -> Result<(), WorkshopError>,
    ) -> Result<(), WorkshopError> {
        let item = self.current_mut()?;
        let options = item.order.len();
        if letter.index() >= options {
            return Err(WorkshopError::NoSuchLetter { letter, options });
        }
        change(&mut item.votes)?;
        if item.phase == Phase::Question {
            item.phase = Phase::Voting;
        }
        Ok(())
    }

    fn go_to(&mut self, stage: Stage) {
        self.stage = stage;
        self.timer.reset();
    }
}

#[cfg(test)]
mod tests;
