//! The progress page's next review round, built from the learner's answers a step at a
//! time (replaying a long history through the scheduler would otherwise stop the page),
//! and built again whenever the progress changes; a newer build stops an older one.

use crate::dom;
use crate::learner::Learner;
use dmu_core::library::Library;
use dmu_core::progress::{review_round_from, ReviewPick, Scheduling};
use dmu_core::round::DEFAULT_SIZE;
use leptos::prelude::*;

/// Steps of the schedule replay take at most this many answers (about 10 ms in a browser).
const ANSWERS_PER_STEP: usize = 4_000;

/// The scenarios of the next review round, once built.
#[derive(Clone, Copy)]
pub struct ReviewQueue {
    /// `None` while a build runs.
    pub picks: RwSignal<Option<Vec<ReviewPick>>>,
    builds: StoredValue<u64>,
}

impl ReviewQueue {
    /// A queue that follows the learner's progress.
    pub fn follow(learner: Learner, library: &'static Library) -> ReviewQueue {
        let queue = ReviewQueue {
            picks: RwSignal::new(None),
            builds: StoredValue::new(0),
        };
        Effect::new(move |_| {
            learner.progress.track();
            queue.builds.update_value(|n| *n += 1);
            leptos::task::spawn_local(queue.build(learner, library));
        });
        queue
    }

    /// How many of the picks are due and how many practise a confusion; `None` while
    /// building.
    pub fn counts(&self) -> Option<(usize, usize)> {
        self.picks.with(|picks| {
            picks
                .as_deref()
                .map(dmu_core::progress::targeted::due_and_targeted)
        })
    }

    async fn build(self, learner: Learner, library: &'static Library) {
        let Some(this) = self.builds.try_get_value() else {
            return;
        };
        let mut scheduling = Scheduling::default();
        loop {
            if self.builds.try_get_value() != Some(this) {
                return;
            }
            match learner
                .progress
                .try_with_untracked(|p| scheduling.step(p, ANSWERS_PER_STEP))
            {
                Some(true) => break,
                Some(false) => dom::yield_to_page().await,
                None => return,
            }
        }
        let now = dom::now_ms() as u64;
        let picks = learner.progress.try_with_untracked(|p| {
            review_round_from(
                scheduling.into_schedule(),
                p,
                library.scenarios(),
                now,
                DEFAULT_SIZE,
            )
        });
        if let Some(picks) = picks {
            self.picks.try_set(Some(picks));
        }
    }
}
