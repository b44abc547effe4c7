//! Figures the progress page derives from the learner's answers (the counts, mastery per
//! role, the confusion matrix), each computed again in a task of its own after a change.
//! With tens of thousands of answers (an import) each figure takes milliseconds, and all of
//! them in the task that stored the answers would hold the page for one long task.

use crate::content::library;
use crate::dom;
use crate::learner::Learner;
use dmu_core::progress::{mastery, summary, Confusion, Progress, ProgressCounts, RoleMastery};
use dmu_core::Lang;
use leptos::prelude::*;

/// The progress page's figures of the active profile's progress in the shown language:
/// computed at once for the first paint, then again, one task each, whenever the progress
/// or the language changes (a newer change stops an older computation).
#[derive(Clone, Copy)]
pub struct ProgressFigures {
    pub counts: ReadSignal<ProgressCounts>,
    pub mastery: ReadSignal<[RoleMastery; 6]>,
    pub confusion: ReadSignal<Confusion>,
}

fn counts_of(p: &Progress, lang: Lang) -> ProgressCounts {
    summary(p, library(lang).scenarios(), dom::minutes_east_of_utc_at)
}

fn mastery_of(p: &Progress, lang: Lang) -> [RoleMastery; 6] {
    mastery(p, library(lang).scenarios())
}

fn confusion_of(p: &Progress, lang: Lang) -> Confusion {
    Confusion::of(p, library(lang).scenarios())
}

/// Sets `signal` to `new` only if that changes it, so views that show it stay as they are.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, new: T) {
    signal.try_maybe_update(|old| {
        let changed = *old != new;
        if changed {
            *old = new;
        }
        (changed, ())
    });
}

impl ProgressFigures {
    /// Figures that follow the learner's progress and the language.
    pub fn follow(learner: Learner, lang: Memo<Lang>) -> ProgressFigures {
        let (start, shown) = (lang.get_untracked(), learner.progress);
        let counts = RwSignal::new(shown.with_untracked(|p| counts_of(p, start)));
        let levels = RwSignal::new(shown.with_untracked(|p| mastery_of(p, start)));
        let confusion = RwSignal::new(shown.with_untracked(|p| confusion_of(p, start)));
        let changes = StoredValue::new(0u64);
        Effect::new(move |first_run: Option<()>| {
            shown.track();
            lang.track();
            if first_run.is_none() {
                return;
            }
            changes.update_value(|n| *n += 1);
            let this = changes.get_value();
            leptos::task::spawn_local(async move {
                // One figure per task, each on the progress as it is by then.
                for figure in 0..3 {
                    dom::yield_to_page().await;
                    if changes.try_get_value() != Some(this) {
                        return;
                    }
                    let Some(lang) = lang.try_get_untracked() else {
                        return;
                    };
                    shown.try_with_untracked(|p| match figure {
                        0 => set_if_changed(counts, counts_of(p, lang)),
                        1 => set_if_changed(levels, mastery_of(p, lang)),
                        _ => set_if_changed(confusion, confusion_of(p, lang)),
                    });
                }
            });
        });
        ProgressFigures {
            counts: counts.read_only(),
            mastery: levels.read_only(),
            confusion: confusion.read_only(),
        }
    }
}
