//! The round this tab plays, bound to a signal. Starting, answering and moving on are the
//! core's use cases (`dmu_core::practice`); this reads the clock for them and keeps the
//! round in this tab's own stored value at once, so a reload, or tomorrow's visit,
//! continues where the learner was and another tab's round is never overwritten.

use crate::content::library;
use crate::learner::{Learner, PART};
use crate::{dom, storage};
use dmu_browser::tabs;
use dmu_core::practice::{self, NotAnswered, Start};
use dmu_core::progress::{Confidence, ReviewPick};
use dmu_core::round::{open, Focus, Round};
use dmu_core::scenario::Pick;
use dmu_core::Lang;
use leptos::prelude::*;

/// The practice round in progress (or just finished), if any, and what can be done with
/// it. Shared through context.
#[derive(Clone, Copy)]
pub struct ActiveRound {
    pub round: RwSignal<Option<Round>>,
    learner: Learner,
    lang: Memo<Lang>,
}

impl ActiveRound {
    /// This tab's open round for the active profile, if it has one that fits the content;
    /// without one, the latest round of a closed tab once the browser has said which tabs
    /// are open.
    pub fn load(learner: Learner, lang: Memo<Lang>) -> ActiveRound {
        let active = ActiveRound {
            round: RwSignal::new(None),
            learner,
            lang,
        };
        active.load_for(learner.active_id());
        active
    }

    /// Starts rounds without reading the open one: for a part that only starts them (the
    /// progress page's review round), which the practice part then shows (it follows the
    /// tab's round through [`ActiveRound::on_storage`]).
    pub fn starter(learner: Learner, lang: Memo<Lang>) -> ActiveRound {
        ActiveRound {
            round: RwSignal::new(None),
            learner,
            lang,
        }
    }

    /// Follows a change another part of this page made to the stored value `key`: when it
    /// is this tab's round (the progress page started a review), shows the round as stored.
    pub fn on_storage(&self, key: Option<&str>) {
        let profile = self.learner.active_id();
        if key.is_some_and(|key| open::is_round_key(key, &profile, &tabs::id(PART))) {
            self.load_for(profile);
        }
    }

    /// Shows `profile`'s round (after a switch of profile).
    pub fn load_for(&self, profile: String) {
        let lang = self.lang.get_untracked();
        let tab = tabs::id(PART);
        let own = storage::with(|s| {
            open::take(
                s,
                &profile,
                &tab,
                |_| true,
                |r| r.fits(library(lang)),
                now(),
            )
        });
        self.round.set(own);
        let round = self.round;
        leptos::task::spawn_local(async move {
            // Without Web Locks the browser cannot say which tabs are open, and a round of
            // a tab that is still open must never move: then no other tab's round is taken.
            let Some(open_tabs) = tabs::open(PART).await else {
                return;
            };
            if round.try_with_untracked(Option::is_some) != Some(false) {
                return;
            }
            let alive = |t: &str| open_tabs.iter().any(|o| o == t);
            let fits = |r: &Round| r.fits(library(lang));
            let taken = storage::with(|s| open::take(s, &profile, &tab, alive, fits, now()));
            if taken.is_some() {
                round.set(taken);
            }
        });
    }

    /// Starts a round of up to `size` scenarios of `focus`; false when nothing fits.
    pub fn start(&self, focus: Focus, size: usize) -> bool {
        let library = library(self.lang.get_untracked());
        self.begin(practice::start(library, Start::Focus(focus, size), now()))
    }

    /// Plays again the questions of the finished round that were not fully right.
    pub fn retry_missed(&self) -> bool {
        let library = library(self.lang.get_untracked());
        let again = self.round.with_untracked(|r| {
            r.as_ref()
                .and_then(|r| practice::start(library, Start::Missed(r), now()))
        });
        self.begin(again)
    }

    /// Starts a review round of `picks` (see `ReviewQueue`): what is due, and what trains
    /// the learner's confused roles.
    pub fn review(&self, picks: &[ReviewPick]) -> bool {
        let library = library(self.lang.get_untracked());
        self.begin(practice::start(library, Start::Review(picks), now()))
    }

    fn begin(&self, round: Option<Round>) -> bool {
        let started = round.is_some();
        if started {
            self.round.set(round);
            self.keep();
        }
        started
    }

    /// Answers the current question: graded once, shown in the round and the progress at
    /// the same moment, and saved at once.
    pub fn answer(
        &self,
        chosen: Vec<Vec<Pick>>,
        confidence: Confidence,
    ) -> Result<(), NotAnswered> {
        let library = library(self.lang.get_untracked());
        let at = now();
        let progress = self.learner.progress;
        let answered = self
            .round
            .try_maybe_update(|r| {
                let Some(round) = r.as_mut() else {
                    return (false, Err(NotAnswered::NoQuestion));
                };
                let answered = progress
                    .try_maybe_update(|p| {
                        let answered = practice::answer(round, p, library, chosen, confidence, at);
                        (answered.is_ok(), answered)
                    })
                    .unwrap_or(Err(NotAnswered::NoQuestion));
                (answered.is_ok(), answered)
            })
            .unwrap_or(Err(NotAnswered::NoQuestion))?;
        self.learner.save_answer(&answered);
        self.keep();
        Ok(())
    }

    /// Moves to the next question, or to the result after the last.
    pub fn advance(&self) {
        self.round.update(|r| {
            if let Some(r) = r {
                r.advance();
            }
        });
        self.keep();
    }

    /// Whether a round is open (started and not finished).
    pub fn is_open(&self) -> bool {
        self.round
            .with(|r| r.as_ref().is_some_and(|r| !r.is_finished()))
    }

    /// Keeps the round in this tab's own stored value (a finished round is removed).
    fn keep(&self) {
        let profile = self.learner.active_id();
        let tab = tabs::id(PART);
        self.round
            .with_untracked(|round| {
                storage::with(|s| open::keep(s, &profile, &tab, round.as_ref(), now()))
            })
            .ok();
        self.learner.after_storage();
    }
}

fn now() -> u64 {
    dom::now_ms() as u64
}
