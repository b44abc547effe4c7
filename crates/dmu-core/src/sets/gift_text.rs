//! The words an imported GIFT question gets that GIFT does not give: a neutral heading when
//! it has no title, an explanation for an answer without feedback, and the chapter section
//! that answers it, in the set's language.

use crate::lang::Lang;
use crate::role::Role;

/// The heading of a question without a title. Neutral, as the content rules ask: it never
/// names a role, nor how many are right.
pub(crate) fn heading(lang: Lang, matching: bool) -> &'static str {
    match (lang, matching) {
        (Lang::Nl, false) => "Welke rol past hier?",
        (Lang::Nl, true) => "Wie is wie?",
        (Lang::En, false) => "Which role fits here?",
        (Lang::En, true) => "Who is who?",
    }
}

/// The explanation of an answer that has no feedback: whether the role is right.
pub(crate) fn explanation(lang: Lang, role: Role, right: bool) -> String {
    let name = role.name(lang);
    match (lang, right) {
        (Lang::Nl, true) => format!("Ja. {name} is hier juist."),
        (Lang::Nl, false) => format!("Nee. {name} is hier niet juist."),
        (Lang::En, true) => format!("Yes. {name} is right here."),
        (Lang::En, false) => format!("No. {name} is not right here."),
    }
}

/// The chapter section about a role, by the anchor the chapter in that language gives it.
pub(crate) fn anchor(lang: Lang, role: Role) -> &'static str {
    match (lang, role) {
        (Lang::Nl, Role::Initiator) => "initiatiefnemer",
        (Lang::Nl, Role::Influencer) => "beinvloeder",
        (Lang::Nl, Role::Gatekeeper) => "portier",
        (Lang::Nl, Role::DecisionMaker) => "beslisser",
        (Lang::Nl, Role::Buyer) => "koper",
        (Lang::Nl, Role::User) => "gebruiker",
        (Lang::En, role) => role.key(),
    }
}

/// The section about roles that overlap, for a question with more than one right role.
pub(crate) const OVERLAP: &str = "overlap";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_never_name_a_role() {
        for lang in Lang::ALL {
            for matching in [false, true] {
                assert_eq!(Role::named_in(heading(lang, matching)), None);
            }
        }
    }

    #[test]
    fn explanations_say_right_or_wrong_in_the_language() {
        assert_eq!(
            explanation(Lang::Nl, Role::Influencer, true),
            "Ja. Beïnvloeder is hier juist."
        );
        assert_eq!(
            explanation(Lang::En, Role::DecisionMaker, false),
            "No. Decision maker is not right here."
        );
    }

    #[test]
    fn anchors_are_those_of_the_real_chapters() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        for lang in Lang::ALL {
            let file = root.join(lang.code()).join("chapter.md");
            let source = std::fs::read_to_string(&file).unwrap();
            let chapter = crate::parse::parse_chapter("chapter.md", &source)
                .unwrap()
                .value;
            for role in Role::ALL {
                let section = chapter.role_section(role).unwrap();
                assert_eq!(section.id, anchor(lang, role), "{lang:?} {role:?}");
            }
            assert!(chapter.section(OVERLAP).is_some(), "{lang:?}");
        }
    }
}
