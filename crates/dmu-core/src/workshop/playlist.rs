//! What a workshop plays: the scenarios of a set, of a role, or a hand-picked list in the
//! trainer's order, with every scenario that cannot be played in the room set aside with
//! its reason.
//!
//! The room answers by letter, A-F, on one question at a time. So a scenario is playable
//! when it has one part (single, multiple or profile question) with 1 to 6 options. A case
//! (several people, one answer per person) is left out with [`SkipReason::Case`]: a room
//! cannot raise hands for a grid of people and roles, and splitting it into one question
//! per person would grade each person apart from the case. The console lists the left-out
//! scenarios so the trainer can discuss a case on paper instead.

use super::error::WorkshopError;
use super::letter::MAX_OPTIONS;
use crate::library::Library;
use crate::role::Role;
use crate::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// The trainer's choice of what to play.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Selection {
    /// Every scenario of a set, in file order.
    Set(String),
    /// Every scenario in which a role is a right answer, in file order.
    Role(Role),
    /// These scenarios, in this order.
    Hand(Vec<String>),
}

/// Why a chosen scenario is not in the playlist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// No scenario has this id.
    Unknown,
    /// The id was already picked earlier in the list.
    Duplicate,
    /// A case with several people: not playable by letter.
    Case,
    /// More options than letters A-F.
    TooManyOptions,
    /// No options at all.
    NoOptions,
}

/// A scenario left out of the playlist, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub id: String,
    pub reason: SkipReason,
}

/// The playable scenario ids in playing order, and the ones left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Playlist {
    pub ids: Vec<String>,
    pub skipped: Vec<Skipped>,
}

/// Whether a scenario can be played in the room by letter, and if not, why.
pub fn playable(scenario: &Scenario) -> Result<(), SkipReason> {
    match scenario.parts.as_slice() {
        [part] if part.choices.is_empty() => Err(SkipReason::NoOptions),
        [part] if part.choices.len() > MAX_OPTIONS => Err(SkipReason::TooManyOptions),
        [_] => Ok(()),
        [] => Err(SkipReason::NoOptions),
        _ => Err(SkipReason::Case),
    }
}

/// Builds the playlist for a pick. Only an unknown set is an error; an empty playlist is
/// not (the caller decides, see [`super::Session::new`]).
pub fn playlist(library: &Library, pick: &Selection) -> Result<Playlist, WorkshopError> {
    let chosen: Vec<(&str, Option<&Scenario>)> = match pick {
        Selection::Set(id) => library
            .set(id)
            .ok_or_else(|| WorkshopError::UnknownSet(id.clone()))?
            .scenarios
            .iter()
            .map(|s| (s.id.as_str(), Some(s)))
            .collect(),
        Selection::Role(role) => library
            .scenarios()
            .filter(|s| s.practises(*role))
            .map(|s| (s.id.as_str(), Some(s)))
            .collect(),
        Selection::Hand(ids) => ids
            .iter()
            .map(|id| (id.as_str(), library.scenario(id)))
            .collect(),
    };
    Ok(sort_out(chosen))
}

/// Keeps the playable scenarios in order and sets the others aside.
fn sort_out(chosen: Vec<(&str, Option<&Scenario>)>) -> Playlist {
    let mut list = Playlist::default();
    for (id, scenario) in chosen {
        let verdict = match scenario {
            None => Err(SkipReason::Unknown),
            Some(_) if list.ids.iter().any(|seen| seen == id) => Err(SkipReason::Duplicate),
            Some(scenario) => playable(scenario),
        };
        match verdict {
            Ok(()) => list.ids.push(id.to_string()),
            Err(reason) => list.skipped.push(Skipped {
                id: id.to_string(),
                reason,
            }),
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::fixtures::library;

    fn ids(list: &Playlist) -> Vec<&str> {
        list.ids.iter().map(String::as_str).collect()
    }

    #[test]
    fn a_set_plays_in_file_order_without_its_case() {
        let list = playlist(&library(), &Selection::Set("industry".into())).unwrap_or_default();
        assert_eq!(ids(&list), ["contract", "tester", "profile"]);
        assert_eq!(
            list.skipped,
            [Skipped {
                id: "case".into(),
                reason: SkipReason::Case
            }]
        );
    }

    #[test]
    fn a_role_plays_every_scenario_where_it_is_right() {
        let list = playlist(&library(), &Selection::Role(Role::User)).unwrap_or_default();
        assert_eq!(ids(&list), ["tester"]);
        assert_eq!(list.skipped.len(), 1, "the case practises User too");
        let none = playlist(&library(), &Selection::Role(Role::Gatekeeper)).unwrap_or_default();
        assert!(none.ids.is_empty());
    }

    #[test]
    fn a_hand_picked_list_keeps_the_trainers_order() {
        let pick = Selection::Hand(vec![
            "initiator".into(),
            "nope".into(),
            "contract".into(),
            "initiator".into(),
            "case".into(),
        ]);
        let list = playlist(&library(), &pick).unwrap_or_default();
        assert_eq!(ids(&list), ["initiator", "contract"]);
        let reasons: Vec<_> = list
            .skipped
            .iter()
            .map(|s| (s.id.as_str(), s.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("nope", SkipReason::Unknown),
                ("initiator", SkipReason::Duplicate),
                ("case", SkipReason::Case)
            ]
        );
    }

    #[test]
    fn an_unknown_set_is_an_error() {
        assert_eq!(
            playlist(&library(), &Selection::Set("x".into())),
            Err(WorkshopError::UnknownSet("x".into()))
        );
    }

    #[test]
    fn scenarios_that_do_not_fit_the_letters_are_not_playable() {
        use crate::scenario::fixtures::scenario;
        use Role::*;
        let seven = scenario(
            "seven",
            vec![vec![
                (Buyer, true),
                (User, false),
                (Influencer, false),
                (Gatekeeper, false),
                (Initiator, false),
                (DecisionMaker, false),
                (User, false),
            ]],
        );
        assert_eq!(playable(&seven), Err(SkipReason::TooManyOptions));
        assert_eq!(
            playable(&scenario("e", vec![vec![]])),
            Err(SkipReason::NoOptions)
        );
        assert_eq!(playable(&scenario("n", vec![])), Err(SkipReason::NoOptions));
        assert_eq!(
            playable(&scenario("one", vec![vec![(Buyer, true)]])),
            Ok(())
        );
    }
}
