//! Figures the progress page derives from the learner's answers (the counts, mastery per
//! role, the confusion matrix), each computed again in a task of its own after a change.
//! With tens of thousands of answers (an import) each figure takes milliseconds, and all of
//! them in the task that stored the answers would hold the page for one long task.

use crate::dom;
use crate::learner::Learner;
use dmu_core::progress::Progress;
use dmu_core::Lang;
use leptos::prelude::*;

/// A figure of the active profile's progress in the shown language: computed at once for
/// the first paint, then again in a later task whenever the progress or the language
/// changes (a newer change makes an older computation stop before it starts).
pub fn figure<T>(
    learner: Learner,
    lang: Memo<Lang>,
    compute: impl Fn(&Progress, Lang) -> T + Copy + 'static,
) -> ReadSignal<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    let first = learner
        .progress
        .with_untracked(|p| compute(p, lang.get_untracked()));
    let value = RwSignal::new(first);
    let changes = StoredValue::new(0u64);
    Effect::new(move |first_run: Option<()>| {
        learner.progress.track();
        lang.track();
        if first_run.is_none() {
            return;
        }
        changes.update_value(|n| *n += 1);
        let this = changes.get_value();
        leptos::task::spawn_local(async move {
            dom::yield_to_page().await;
            if changes.try_get_value() != Some(this) {
                return;
            }
            let Some(lang) = lang.try_get_untracked() else {
                return;
            };
            if let Some(new) = learner.progress.try_with_untracked(|p| compute(p, lang)) {
                value.try_maybe_update(|old| {
                    let changed = *old != new;
                    if changed {
                        *old = new;
                    }
                    (changed, ())
                });
            }
        });
    });
    value.read_only()
}
