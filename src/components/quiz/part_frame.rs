//! The frame of a question's part as a learner sees it, shared by the quiz and the set
//! editor's preview, which differ only in the options inside (to choose, or to look at).

use crate::components::rich_text::blocks_view;
use dmu_core::scenario::Person;
use dmu_core::Lang;
use leptos::prelude::*;

/// What a part's frame shows around its options.
pub struct PartFrame<'a> {
    /// Whom the part is about, if anyone.
    pub person: Option<&'a Person>,
    /// The part's number in its question (0 for the first).
    pub index: usize,
    pub lang: Lang,
    /// What the learner is asked to do.
    pub instruction: &'static str,
    /// Steps are sentences: one per row, not a grid of tiles.
    pub steps: bool,
}

impl PartFrame<'_> {
    /// The fieldset whose legend is the person (or, without one, the instruction), what
    /// the situation says about them and the instruction, then `options`. A plain function,
    /// not a component: a component's props cost each part that loads it bytes for nothing.
    pub fn view(self, options: impl IntoView) -> impl IntoView {
        let PartFrame {
            person,
            index,
            lang,
            instruction,
            steps,
        } = self;
        let legend = person.map_or_else(|| instruction.to_string(), |p| p.name.clone());
        view! {
            <fieldset class="part" data-part=index.to_string()>
                <legend>{legend}</legend>
                {person
                    .map(|person| {
                        view! {
                            <div class="person-about">{blocks_view(&person.about, lang)}</div>
                            <p class="hint">{instruction}</p>
                        }
                    })}
                <div class=if steps { "options steps" } else { "options" }>{options}</div>
            </fieldset>
        }
    }
}
