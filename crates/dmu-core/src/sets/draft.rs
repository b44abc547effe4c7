//! The editor's draft: what a trainer typed, kept as they type so that nothing is lost on
//! a reload, a closed tab or a crash. Replacing the draft (with the template or a copy of
//! a set) keeps the text it replaced, so that can come back too.

use crate::stored::{Migration, StoredValue};
use serde::{Deserialize, Serialize};

/// What an editor does when another tab stored the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// It is the draft this editor shows already.
    Seen,
    /// This editor has typing of its own to store: it stores it at once, over theirs
    /// ([`Draft::typed_over`] keeps theirs as the previous draft).
    KeepOurs,
    /// This editor shows the stored draft.
    Show,
}

/// The editor's text, and the text a replacement pushed aside.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    /// When it was last typed in (ms since the epoch). Each change moves it on by at least
    /// one, so it also tells one stored change from the next (see [`Draft::mark`]).
    pub changed: u64,
    /// The text before the last replacement, if it held anything.
    #[serde(default)]
    pub previous: Option<String>,
}

impl Draft {
    /// The storage name of the draft.
    pub const NAME: &'static str = "sets-draft";

    /// The text as typed.
    pub fn typed(&mut self, text: String, now: u64) {
        self.text = text;
        self.mark(now);
    }

    /// Marks a change made at `now`. Another tab's editor tells this change from the one it
    /// saw by the mark ([`Draft::stored_elsewhere`]), so the mark moves on even within one
    /// millisecond: an editor that answers another tab's draft at once, by storing its own
    /// typing over it, often writes in the millisecond that draft was written in.
    fn mark(&mut self, now: u64) {
        self.changed = now.max(self.changed.saturating_add(1));
    }

    /// The text as typed in an editor that last saw the draft stored at `seen` (its
    /// [`Draft::changed`]). When another tab's editor stored a different text since, that
    /// text is not lost: it becomes the previous draft, as a replacement's would. Says
    /// whether it did.
    pub fn typed_over(&mut self, text: String, now: u64, seen: u64) -> bool {
        let theirs = self.changed != seen && !self.text.trim().is_empty() && self.text != text;
        match theirs {
            true => self.replace(text, now),
            false => self.typed(text, now),
        }
        theirs
    }

    /// What an editor that shows the draft stored at `seen`, with or without typing it has
    /// not stored yet, does now that this draft is stored (by another tab).
    pub fn stored_elsewhere(&self, seen: u64, unsaved: bool) -> Stored {
        match (self.changed == seen, unsaved) {
            (true, _) => Stored::Seen,
            (false, true) => Stored::KeepOurs,
            (false, false) => Stored::Show,
        }
    }

    /// Puts `text` in the editor; the text it replaces is kept as the previous draft,
    /// unless it is empty or the same.
    pub fn replace(&mut self, text: String, now: u64) {
        let before = std::mem::replace(&mut self.text, text);
        if !before.trim().is_empty() && before != self.text {
            self.previous = Some(before);
        }
        self.mark(now);
    }

    /// Brings the previous draft back (the current text becomes the previous one).
    pub fn bring_back(&mut self, now: u64) -> bool {
        let Some(previous) = self.previous.take() else {
            return false;
        };
        self.replace(previous, now);
        true
    }
}

impl StoredValue for Draft {
    const VERSION: u32 = 1;
    const MIGRATIONS: &'static [Migration] = &[];

    /// The draft typed last.
    fn merge(self, other: Draft) -> Draft {
        match other.changed > self.changed {
            true => other,
            false => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacing_keeps_what_was_there_and_it_comes_back() {
        let mut draft = Draft::default();
        draft.replace("template".into(), 1);
        assert_eq!(draft.previous, None, "nothing was typed yet");
        draft.typed("my set".into(), 2);
        draft.replace("a copy".into(), 3);
        assert_eq!(draft.previous.as_deref(), Some("my set"));
        assert!(draft.bring_back(4));
        assert_eq!(draft.text, "my set");
        assert_eq!(draft.previous.as_deref(), Some("a copy"));
        draft.replace("my set".into(), 5);
        assert_eq!(draft.previous.as_deref(), Some("a copy"), "same text: kept");
    }

    #[test]
    fn typing_over_another_tabs_text_keeps_it_as_the_previous_draft() {
        let mut draft = Draft::default();
        assert!(!draft.typed_over("mine".into(), 1, 0), "nothing stored yet");
        assert!(!draft.typed_over("mine, more".into(), 2, 1), "still mine");
        assert_eq!(draft.previous, None);
        // Another tab, which saw the draft at 1, types over it.
        assert!(draft.typed_over("theirs".into(), 3, 1));
        assert_eq!(draft.text, "theirs");
        assert_eq!(draft.previous.as_deref(), Some("mine, more"));
        assert_eq!(draft.changed, 3);
        // The same text, or an empty one, is nothing to keep.
        let mut same = draft.clone();
        assert!(!same.typed_over("theirs".into(), 4, 1));
        let mut empty = Draft {
            changed: 9,
            ..Draft::default()
        };
        assert!(!empty.typed_over("new".into(), 10, 1));
    }

    #[test]
    fn an_editor_shows_another_tabs_draft_unless_it_has_typing_to_keep() {
        let stored = Draft {
            text: "theirs".into(),
            changed: 5,
            previous: None,
        };
        assert_eq!(stored.stored_elsewhere(5, false), Stored::Seen);
        assert_eq!(stored.stored_elsewhere(5, true), Stored::Seen);
        assert_eq!(stored.stored_elsewhere(3, false), Stored::Show);
        assert_eq!(stored.stored_elsewhere(3, true), Stored::KeepOurs);
    }

    #[test]
    fn a_draft_stored_over_another_in_the_same_millisecond_is_still_shown() {
        // Tab B stores its typing at 100; tab A, which has typing of its own, hears of it
        // and stores over it at once, in the same millisecond.
        let mut stored = Draft::default();
        stored.typed("B".into(), 100);
        let seen_by_b = stored.changed;
        assert!(stored.typed_over("A".into(), 100, 50));
        assert_ne!(stored.changed, seen_by_b);
        assert_eq!(stored.stored_elsewhere(seen_by_b, false), Stored::Show);
        // A replacement and a way back in the same millisecond move on as well.
        let before = stored.changed;
        stored.replace("template".into(), 100);
        assert!(stored.bring_back(100));
        assert!(stored.changed > before + 1);
    }

    #[test]
    fn the_latest_typing_wins_a_merge() {
        let a = Draft {
            text: "a".into(),
            changed: 5,
            previous: None,
        };
        let b = Draft {
            text: "b".into(),
            changed: 7,
            previous: None,
        };
        assert_eq!(a.clone().merge(b.clone()).text, "b");
        assert_eq!(b.merge(a).text, "b");
    }
}
