//! The chapter on DMU roles: sections with stable anchors, and a card per role.

use crate::role::Role;
use crate::text::{plain_text, Block, Callout, Inline};
use serde::{Deserialize, Serialize};

/// The chapter as the app shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chapter {
    pub title: String,
    /// Blocks before the first section.
    pub intro: Vec<Block>,
    pub sections: Vec<Section>,
}

/// A level-2 section of the chapter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The anchor, without `#`: stable, so links and progress keep working.
    pub id: String,
    pub title: String,
    /// Set when this section is about one role (`{#koper role=buyer}`).
    pub role: Option<Role>,
    pub blocks: Vec<Block>,
}

/// A place in the chapter that a link sends the learner back to: a section, or a
/// sub-heading with an anchor (a scenario's `section=introductie`), with the title the
/// link shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place<'a> {
    pub id: &'a str,
    pub title: String,
}

/// What a role card shows, taken from the role's section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleCard<'a> {
    pub role: Role,
    pub section_id: &'a str,
    /// The section's first paragraph.
    pub summary: &'a [Inline],
    /// The section's `> [!TIP]` callout, if the chapter gives a LinkedIn cue.
    pub linkedin: Option<&'a [Block]>,
}

impl Chapter {
    /// The section with this anchor.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The section or sub-heading with this anchor, with its title: where "read back in the
    /// chapter" goes.
    pub fn place(&self, id: &str) -> Option<Place<'_>> {
        self.sections.iter().find_map(|section| {
            if section.id == id {
                return Some(Place {
                    id: &section.id,
                    title: section.title.clone(),
                });
            }
            section.blocks.iter().find_map(|block| match block {
                Block::Heading {
                    id: Some(anchor),
                    text,
                    ..
                } if anchor == id => Some(Place {
                    id: anchor,
                    title: plain_text(text),
                }),
                _ => None,
            })
        })
    }

    /// The section about a role.
    pub fn role_section(&self, role: Role) -> Option<&Section> {
        self.sections.iter().find(|s| s.role == Some(role))
    }

    /// The card of every role the chapter has a section for, in the order of the roles.
    pub fn role_cards(&self) -> Vec<RoleCard<'_>> {
        Role::ALL
            .into_iter()
            .filter_map(|role| self.role_section(role).and_then(Section::card))
            .collect()
    }

    /// Every anchor a link may point to: sections and sub-headings with an id.
    pub fn anchors(&self) -> Vec<&str> {
        let mut anchors = Vec::new();
        for section in &self.sections {
            anchors.push(section.id.as_str());
            anchors.extend(section.heading_ids());
        }
        anchors
    }

    /// The anchor in `other` (the same chapter in another language) that matches `id`
    /// here, so switching language keeps the learner's place: the section at the same
    /// position, or for a sub-heading the sub-heading with an id at the same position in
    /// that section.
    pub fn equivalent_anchor<'a>(&self, other: &'a Chapter, id: &str) -> Option<&'a str> {
        for (index, section) in self.sections.iter().enumerate() {
            let theirs = other.sections.get(index);
            if section.id == id {
                return theirs.map(|s| s.id.as_str());
            }
            if let Some(nth) = section.heading_ids().position(|h| h == id) {
                return theirs?.heading_ids().nth(nth);
            }
        }
        None
    }
}

impl Section {
    /// The ids of the section's sub-headings, in order.
    fn heading_ids(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|block| match block {
            Block::Heading { id: Some(id), .. } => Some(id.as_str()),
            _ => None,
        })
    }

    /// The role card, when this is a role section with a first paragraph.
    pub fn card(&self) -> Option<RoleCard<'_>> {
        let role = self.role?;
        let summary = self.blocks.iter().find_map(|b| match b {
            Block::Paragraph(inlines) => Some(inlines.as_slice()),
            _ => None,
        })?;
        let linkedin = self.blocks.iter().find_map(|b| match b {
            Block::Quote {
                kind: Some(Callout::Tip),
                blocks,
            } => Some(blocks.as_slice()),
            _ => None,
        });
        Some(RoleCard {
            role,
            section_id: &self.id,
            summary,
            linkedin,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: &str, role: Option<Role>, blocks: Vec<Block>) -> Section {
        Section {
            id: id.into(),
            title: id.into(),
            role,
            blocks,
        }
    }

    fn para(text: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(text.into())])
    }

    fn chapter() -> Chapter {
        Chapter {
            title: "DMU".into(),
            intro: vec![],
            sections: vec![
                section("intro", None, vec![para("Over de DMU")]),
                section(
                    "koper",
                    Some(Role::Buyer),
                    vec![
                        para("Tekent het contract."),
                        Block::Heading {
                            level: 3,
                            id: Some("koper-invloed".into()),
                            text: vec![],
                        },
                        Block::Quote {
                            kind: Some(Callout::Tip),
                            blocks: vec![para("Zoek de inkoper op.")],
                        },
                    ],
                ),
                section("portier", Some(Role::Gatekeeper), vec![para("Regelt.")]),
            ],
        }
    }

    #[test]
    fn cards_take_the_first_paragraph_and_the_tip() {
        let chapter = chapter();
        let cards = chapter.role_cards();
        assert_eq!(cards.len(), 2);
        assert_eq!(
            cards[0].role,
            Role::Gatekeeper,
            "cards follow Role::ALL order"
        );
        assert!(cards[0].linkedin.is_none());
        assert_eq!(
            cards[1].summary,
            &[Inline::Text("Tekent het contract.".into())]
        );
        assert!(cards[1].linkedin.is_some());
    }

    #[test]
    fn anchors_include_sub_headings() {
        assert_eq!(
            chapter().anchors(),
            vec!["intro", "koper", "koper-invloed", "portier"]
        );
    }

    #[test]
    fn a_place_is_a_section_or_a_sub_heading_with_its_title() {
        let mut chapter = chapter();
        chapter.sections[1].blocks[1] = Block::Heading {
            level: 3,
            id: Some("koper-invloed".into()),
            text: vec![
                Inline::Text("Invloed van ".into()),
                Inline::Emph(vec![Inline::Text("de koper".into())]),
            ],
        };
        let koper = chapter.place("koper").unwrap();
        assert_eq!((koper.id, koper.title.as_str()), ("koper", "koper"));
        let sub = chapter.place("koper-invloed").unwrap();
        assert_eq!(
            (sub.id, sub.title.as_str()),
            ("koper-invloed", "Invloed van de koper")
        );
        assert_eq!(chapter.place("nergens"), None);
    }

    #[test]
    fn every_anchor_is_a_place() {
        let chapter = chapter();
        for anchor in chapter.anchors() {
            assert_eq!(chapter.place(anchor).map(|p| p.id), Some(anchor));
        }
    }

    #[test]
    fn equivalent_anchor_maps_by_position() {
        let nl = chapter();
        let mut en = chapter();
        en.sections[1].id = "buyer".into();
        assert_eq!(nl.equivalent_anchor(&en, "koper"), Some("buyer"));
        assert_eq!(en.equivalent_anchor(&nl, "buyer"), Some("koper"));
        assert_eq!(nl.equivalent_anchor(&en, "nergens"), None);
    }

    #[test]
    fn equivalent_sub_headings_map_by_position_within_their_section() {
        let heading = |id: Option<&str>| Block::Heading {
            level: 3,
            id: id.map(String::from),
            text: vec![],
        };
        let mut nl = chapter();
        let mut en = chapter();
        nl.sections[1].blocks = vec![heading(None), heading(Some("koper-invloed"))];
        en.sections[1].blocks = vec![heading(Some("buyer-influence"))];
        nl.sections[0].blocks = vec![heading(Some("alleen-nl"))];
        assert_eq!(
            nl.equivalent_anchor(&en, "koper-invloed"),
            Some("buyer-influence")
        );
        assert_eq!(
            en.equivalent_anchor(&nl, "buyer-influence"),
            Some("koper-invloed")
        );
        assert_eq!(nl.equivalent_anchor(&en, "alleen-nl"), None);
        assert!(nl.anchors().contains(&"koper-invloed"));
    }
}
