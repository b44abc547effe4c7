//! What the learner is told about their stored data, as facts the app's words are chosen
//! for (`storage_text`): what happened, to which data, and so what they can do.

use super::backup::Kept;

/// Which data a notice is about, from its storage name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The list of profiles on this device.
    Profiles,
    /// A profile's answers (a month of them).
    Progress,
    /// An open practice round.
    Round,
    /// The trainer's workshop session.
    Workshop,
    /// The trainer's own scenario sets.
    Sets,
    /// Another value.
    Other,
}

impl Subject {
    /// What a storage name holds.
    pub fn of(name: &str) -> Subject {
        let first = name.split('.').next().unwrap_or("");
        match first {
            "profiles" => Subject::Profiles,
            "progress" => Subject::Progress,
            "round" => Subject::Round,
            "workshop" => Subject::Workshop,
            "sets" => Subject::Sets,
            _ => Subject::Other,
        }
    }
}

/// Something the learner must know about their stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A value could not be read. It was kept (a copy, or left in place when a copy would
    /// not fit); the learner can export or discard it on the progress page.
    Damaged { subject: Subject, kept: Kept },
    /// A value was written by a newer version of the app: left alone, and changes to it
    /// are not saved by this one.
    Newer { subject: Subject },
    /// The browser failed to read a value: it is left alone, never taken for "nothing".
    Unreadable { subject: Subject },
    /// The storage is full: what was saved before is safe; what is new is kept in this tab
    /// and saved as soon as there is room.
    Full,
    /// The browser refused to save, for the reason it gave.
    Refused { reason: String },
    /// A change could not be saved because the value it goes to is left alone (newer,
    /// unreadable, or damaged and kept in place).
    NotSaved { subject: Subject },
    /// The profile list was missing or damaged, or lacked profiles whose progress exists:
    /// it was rebuilt from the progress found, so no answers are out of reach.
    ProfilesRebuilt { recovered: usize },
}

/// Adds `new` notices to those shown, each once: a notice already on screen is not
/// shown twice. Returns whether anything was added.
pub fn add_new(shown: &mut Vec<Notice>, new: Vec<Notice>) -> bool {
    let before = shown.len();
    for notice in new {
        if !shown.contains(&notice) {
            shown.push(notice);
        }
    }
    shown.len() > before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_is_shown_once_however_often_it_is_raised() {
        let mut shown = vec![Notice::Full];
        assert!(!add_new(&mut shown, vec![Notice::Full, Notice::Full]));
        assert!(add_new(
            &mut shown,
            vec![
                Notice::NotSaved {
                    subject: Subject::Round
                },
                Notice::Full
            ]
        ));
        assert_eq!(
            shown,
            [
                Notice::Full,
                Notice::NotSaved {
                    subject: Subject::Round
                }
            ]
        );
    }

    #[test]
    fn subjects_follow_the_storage_names() {
        assert_eq!(Subject::of("profiles"), Subject::Profiles);
        assert_eq!(Subject::of("progress.p5.2026-12"), Subject::Progress);
        assert_eq!(Subject::of("progress.p5"), Subject::Progress);
        assert_eq!(Subject::of("progress.p5.2026-12.t1"), Subject::Progress);
        assert_eq!(Subject::of("round.p5.t1"), Subject::Round);
        assert_eq!(Subject::of("workshop"), Subject::Workshop);
        assert_eq!(Subject::of("sets"), Subject::Sets);
        assert_eq!(Subject::of("settings"), Subject::Other);
    }
}
