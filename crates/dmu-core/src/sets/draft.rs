//! The editor's draft: what a trainer typed, kept as they type so that nothing is lost on
//! a reload, a closed tab or a crash. Replacing the draft (with the template or a copy of
//! a set) keeps the text it replaced, so that can come back too.

use crate::stored::{Migration, StoredValue};
use serde::{Deserialize, Serialize};

/// The editor's text, and the text a replacement pushed aside.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    /// When it was last typed in (ms since the epoch).
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
        self.changed = now;
    }

    /// Puts `text` in the editor; the text it replaces is kept as the previous draft,
    /// unless it is empty or the same.
    pub fn replace(&mut self, text: String, now: u64) {
        let before = std::mem::replace(&mut self.text, text);
        if !before.trim().is_empty() && before != self.text {
            self.previous = Some(before);
        }
        self.changed = now;
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
