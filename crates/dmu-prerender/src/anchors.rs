//! Which anchor of the other language matches each anchor of a chapter, for `data-other`:
//! the reader keeps the learner at the same place when the language switches. The rule
//! itself is the core's [`Chapter::equivalent_anchor`].

use dmu_core::chapter::Chapter;
use std::collections::HashMap;

/// Every anchor of `here` that has an equivalent in `other`, mapped to that equivalent.
pub fn equivalents<'a>(here: &'a Chapter, other: &'a Chapter) -> HashMap<&'a str, &'a str> {
    here.anchors()
        .into_iter()
        .filter_map(|anchor| Some((anchor, here.equivalent_anchor(other, anchor)?)))
        .collect()
}
