//! Which anchor of the other language matches each anchor of a chapter, for `data-other`:
//! the reader keeps the learner at the same place when the language switches.

use dmu_core::chapter::Chapter;
use dmu_core::text::Block;
use std::collections::HashMap;

/// Every anchor of `here` that has an equivalent in `other`, mapped to that equivalent.
/// A section maps by position ([`Chapter::equivalent_anchor`]); a sub-heading to the
/// sub-heading with an id at the same index in the section at the same position.
pub fn equivalents<'a>(here: &'a Chapter, other: &'a Chapter) -> HashMap<&'a str, &'a str> {
    let mut map = HashMap::new();
    for (index, section) in here.sections.iter().enumerate() {
        if let Some(theirs) = here.equivalent_anchor(other, &section.id) {
            map.entry(section.id.as_str()).or_insert(theirs);
        }
        let theirs = other
            .sections
            .get(index)
            .map(|s| heading_ids(&s.blocks))
            .unwrap_or_default();
        for (ours, theirs) in heading_ids(&section.blocks).into_iter().zip(theirs) {
            map.entry(ours).or_insert(theirs);
        }
    }
    map
}

/// The ids of the sub-headings in some blocks, nested ones included, in document order.
fn heading_ids(blocks: &[Block]) -> Vec<&str> {
    let mut ids = Vec::new();
    for block in blocks {
        match block {
            Block::Heading { id: Some(id), .. } => ids.push(id.as_str()),
            Block::Heading { id: None, .. } | Block::Paragraph(_) => {}
            Block::List { items, .. } => items.iter().for_each(|i| ids.extend(heading_ids(i))),
            Block::Quote { blocks, .. } => ids.extend(heading_ids(blocks)),
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use dmu_core::chapter::Section;
    use dmu_core::role::Role;

    fn heading(id: Option<&str>) -> Block {
        Block::Heading {
            level: 3,
            id: id.map(String::from),
            text: vec![],
        }
    }

    fn chapter(sections: &[(&str, Vec<Block>)]) -> Chapter {
        Chapter {
            title: "t".into(),
            intro: vec![],
            sections: sections
                .iter()
                .map(|(id, blocks)| Section {
                    id: id.to_string(),
                    title: id.to_string(),
                    role: Some(Role::Buyer),
                    blocks: blocks.clone(),
                })
                .collect(),
        }
    }

    #[test]
    fn sections_and_sub_headings_map_by_position() {
        let nl = chapter(&[
            ("dmu", vec![]),
            ("koper", vec![heading(None), heading(Some("koper-invloed"))]),
            ("extra", vec![heading(Some("alleen-nl"))]),
        ]);
        let en = chapter(&[
            ("dmu", vec![]),
            ("buyer", vec![heading(Some("buyer-influence"))]),
        ]);
        let map = equivalents(&nl, &en);
        assert_eq!(map.get("koper"), Some(&"buyer"));
        assert_eq!(map.get("dmu"), Some(&"dmu"));
        assert_eq!(map.get("koper-invloed"), Some(&"buyer-influence"));
        assert_eq!(map.get("extra"), None, "no section at that position");
        assert_eq!(map.get("alleen-nl"), None);
        assert_eq!(
            equivalents(&en, &nl).get("buyer-influence"),
            Some(&"koper-invloed")
        );
    }
}
