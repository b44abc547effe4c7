//! What a trainer does with a set, bound to the page: add one (from a file, the editor or
//! a link), remove one with undo, export it, open a copy in the editor, play it; and the
//! editor's draft: kept as typed, replaced, brought back. The rules
//! are the core's ([`dmu_core::sets`]); this stores through [`dmu_trainer::own_sets`] and
//! says what happened through the [`Flash`].

use crate::flash::Flash;
use dmu_browser::dom;
use dmu_core::route::Route;
use dmu_core::scenario::ScenarioSet;
use dmu_core::sets::bring::Brought;
use dmu_core::sets::draft::Draft;
use dmu_core::sets::markdown::to_markdown;
use dmu_core::sets::own::OwnSet;
use dmu_core::sets_text::{added_message, removed_message};
use dmu_core::storage_text::notice_text;
use dmu_core::stored::Notice;
use dmu_core::Lang;
use dmu_trainer::{own_sets, storage};

fn now() -> u64 {
    dom::now_ms() as u64
}

/// Says why a change was not stored.
fn not_stored(flash: Flash, ui: Lang, notices: Vec<Notice>) {
    let text = notices
        .iter()
        .map(|notice| notice_text(ui, notice))
        .collect::<Vec<_>>()
        .join(" ");
    flash.warn(text);
}

/// Keeps a set that read without errors; `then` runs once it is stored.
pub fn add(brought: Brought, ui: Lang, flash: Flash, then: impl FnOnce() + 'static) {
    let title = brought.set.title.clone();
    own_sets::change(
        move |own| own.add(brought.set, brought.lang, now()),
        move |result| match result {
            Ok(added) => {
                flash.say(added_message(ui, &title, &added));
                then();
            }
            Err(notices) => not_stored(flash, ui, notices),
        },
    );
}

/// Removes an own set, with an undo that puts it back in its place. The learner's
/// progress on it stays.
pub fn remove(id: String, ui: Lang, flash: Flash) {
    own_sets::change(
        move |own| own.remove(&id, now()),
        move |result| match result {
            Ok(Some((at, removed))) => {
                let title = removed.set.title.clone();
                let undo = leptos::prelude::Callback::new(move |()| {
                    restore(at, removed.clone(), ui, flash)
                });
                flash.with_undo(removed_message(ui, &title), undo);
            }
            Ok(None) => {}
            Err(notices) => not_stored(flash, ui, notices),
        },
    );
}

fn restore(at: usize, own: OwnSet, ui: Lang, flash: Flash) {
    own_sets::change(
        move |sets| sets.restore(at, own),
        move |result| {
            if let Err(notices) = result {
                not_stored(flash, ui, notices);
            }
        },
    );
}

/// The file name of a set's Markdown.
pub fn file_name(set: &ScenarioSet) -> String {
    format!("{}.md", set.id)
}

/// Downloads a set as Markdown in the app's format.
pub fn export(set: &ScenarioSet, lang: Lang) {
    dom::download(&file_name(set), &to_markdown(set, lang), "text/markdown");
}

/// Puts a copy of a set in the editor and opens it. The text the editor held is kept as
/// the previous draft, so nothing typed is lost.
pub fn edit_copy(set: &ScenarioSet, lang: Lang, ui: Lang, flash: Flash) {
    replace_draft(to_markdown(set, lang), ui, flash, |_| {
        dom::set_hash(&Route::SetEditor.fragment())
    });
}

/// The editor's stored draft; an empty one when there is none or it cannot be read (the
/// store keeps a damaged one apart and says so).
pub fn read_draft() -> Draft {
    stored_draft().unwrap_or_default()
}

/// The stored draft, if there is one and it can be read.
pub fn stored_draft() -> Option<Draft> {
    storage::with(|store| store.read(Draft::NAME).ok().flatten())
}

/// What storing the typed text did.
pub struct KeptTyped {
    /// The stored draft's stamp ([`Draft::changed`]).
    pub changed: u64,
    /// Another tab's text was there and is kept as the previous draft.
    pub kept_theirs: bool,
}

/// Stores the editor's text as typed, by an editor that last saw the draft stored at
/// `seen`; another tab's text stored since becomes the previous draft
/// ([`Draft::typed_over`]). No lock: it must also run while the page is being closed.
pub fn keep_typed(text: String, seen: u64) -> Result<KeptTyped, Vec<Notice>> {
    storage::with(|store| {
        let mut draft: Draft = store.read(Draft::NAME).ok().flatten().unwrap_or_default();
        let kept_theirs = draft.typed_over(text, now(), seen);
        store
            .write(Draft::NAME, &draft)
            .map(|()| KeptTyped {
                changed: draft.changed,
                kept_theirs,
            })
            .map_err(|_| store.take_notices())
    })
}

/// Replaces the editor's stored draft with `text`, keeping the one it replaces; `then`
/// gets the stored draft. A draft that cannot be read is kept apart by the store first.
pub fn replace_draft(text: String, ui: Lang, flash: Flash, then: impl FnOnce(Draft) + 'static) {
    change_draft(move |draft| draft.replace(text, now()), ui, flash, then);
}

/// Brings the draft's previous text back (the text it replaces becomes the previous one);
/// `then` gets the stored draft.
pub fn bring_back_draft(ui: Lang, flash: Flash, then: impl FnOnce(Draft) + 'static) {
    change_draft(
        |draft| {
            draft.bring_back(now());
        },
        ui,
        flash,
        then,
    );
}

fn change_draft(
    change: impl FnOnce(&mut Draft) + 'static,
    ui: Lang,
    flash: Flash,
    then: impl FnOnce(Draft) + 'static,
) {
    storage::locked(Draft::NAME, move |store| {
        let mut draft: Draft = store.read(Draft::NAME).ok().flatten().unwrap_or_default();
        change(&mut draft);
        match store.write(Draft::NAME, &draft) {
            Ok(()) => then(draft),
            Err(_) => not_stored(flash, ui, store.take_notices()),
        }
    });
}

/// Plays a set in practice: a round of it, in the practice part.
pub fn play(playable_id: &str) {
    dom::set_hash(&Route::PracticeSet(playable_id.to_string()).fragment());
}

/// Plays a shared set once without adding it to My sets: it becomes the set played once
/// (replacing the last one), and a round of it starts.
pub fn play_once(brought: Brought, ui: Lang, flash: Flash) {
    own_sets::change(
        move |own| own.try_once(brought.set, brought.lang, now()),
        move |result| match result {
            Ok(id) => play(&id),
            Err(notices) => not_stored(flash, ui, notices),
        },
    );
}
