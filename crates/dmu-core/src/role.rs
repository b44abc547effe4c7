//! The six roles of a Decision Making Unit, their names in both languages, and how a
//! content file may spell them.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A role a person can hold in a buying team. One person can hold several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Initiator,
    Influencer,
    Gatekeeper,
    DecisionMaker,
    Buyer,
    User,
}

impl Role {
    /// All roles in the order the chapter introduces them.
    pub const ALL: [Role; 6] = [
        Role::Initiator,
        Role::Influencer,
        Role::Gatekeeper,
        Role::DecisionMaker,
        Role::Buyer,
        Role::User,
    ];

    /// The stable, language-neutral key (used in content attributes and stored data).
    pub fn key(self) -> &'static str {
        match self {
            Role::Initiator => "initiator",
            Role::Influencer => "influencer",
            Role::Gatekeeper => "gatekeeper",
            Role::DecisionMaker => "decision-maker",
            Role::Buyer => "buyer",
            Role::User => "user",
        }
    }

    /// The role with this stable key, exactly as [`Role::key`] writes it (stored data).
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }

    /// The role's name in a language, as a learner reads it.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Role::Initiator, Lang::Nl) => "Initiatiefnemer",
            (Role::Influencer, Lang::Nl) => "Beïnvloeder",
            (Role::Gatekeeper, Lang::Nl) => "Portier",
            (Role::DecisionMaker, Lang::Nl) => "Beslisser",
            (Role::Buyer, Lang::Nl) => "Koper",
            (Role::User, Lang::Nl) => "Gebruiker",
            (Role::Initiator, Lang::En) => "Initiator",
            (Role::Influencer, Lang::En) => "Influencer",
            (Role::Gatekeeper, Lang::En) => "Gatekeeper",
            (Role::DecisionMaker, Lang::En) => "Decision maker",
            (Role::Buyer, Lang::En) => "Buyer",
            (Role::User, Lang::En) => "User",
        }
    }

    /// The position in [`Role::ALL`], for per-role tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Reads a role the way a trainer may write it: the key, or the Dutch or English
    /// name, in any case, with or without the accent ("beinvloeder" works too).
    pub fn parse(text: &str) -> Option<Role> {
        let wanted = fold(text);
        Role::ALL.into_iter().find(|role| {
            let names = [role.key(), role.name(Lang::Nl), role.name(Lang::En)];
            names.iter().any(|name| fold(name) == wanted)
                || extra_spellings(*role).iter().any(|name| *name == wanted)
        })
    }
}

impl Role {
    /// The first role a text names, by its Dutch or English name, singular or plural, as a
    /// whole word ("Wie is de koper?" names the buyer; "kopergieterij" does not). For the
    /// rule that a heading never gives the answer away.
    pub fn named_in(text: &str) -> Option<(Role, String)> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect();
        let pairs = words.windows(2).map(|w| format!("{}{}", w[0], w[1]));
        let candidates = words.iter().cloned().chain(pairs);
        for word in candidates {
            for role in Role::ALL {
                let mut names: Vec<String> = [role.key(), role.name(Lang::Nl), role.name(Lang::En)]
                    .iter()
                    .map(|n| fold(n))
                    .collect();
                // "inkoper" is a job title as well as a name for the role: a heading may
                // name a person's title.
                let extra = extra_spellings(role).iter().filter(|n| **n != "inkoper");
                names.extend(extra.map(|n| n.to_string()));
                if names
                    .iter()
                    .any(|n| word == *n || word.strip_suffix('s') == Some(n.as_str()))
                {
                    return Some((role, word));
                }
            }
        }
        None
    }
}

/// Other spellings a trainer is likely to use, already folded.
fn extra_spellings(role: Role) -> &'static [&'static str] {
    match role {
        Role::Initiator => &["initiator", "initiatiefnemer"],
        Role::Influencer => &["beinvloeder"],
        Role::Gatekeeper => &["poortwachter"],
        Role::DecisionMaker => &["decisionmaker", "besluitvormer"],
        Role::Buyer => &["inkoper"],
        Role::User => &[],
    }
}

/// Lower case, accents and separators removed: "Beïnvloeder" and "beinvloeder" match,
/// and so do "Decision maker" and "decision-maker".
fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .map(|c| match c {
            'ï' | 'Ï' | 'í' | 'ì' | 'Í' | 'Ì' => 'i',
            'é' | 'ë' | 'è' | 'É' | 'Ë' | 'È' => 'e',
            other => other,
        })
        // ASCII is enough: every role name is ASCII but for the accents mapped above, and
        // full Unicode case tables would weigh more than the reader's whole logic.
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_parses_from_its_key_and_both_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.key()), Some(role));
            assert_eq!(Role::parse(role.name(Lang::Nl)), Some(role));
            assert_eq!(Role::parse(role.name(Lang::En)), Some(role));
        }
    }

    #[test]
    fn spelling_variants_are_accepted() {
        assert_eq!(Role::parse("beinvloeder"), Some(Role::Influencer));
        assert_eq!(Role::parse(" KOPER "), Some(Role::Buyer));
        assert_eq!(Role::parse("Decision-Maker"), Some(Role::DecisionMaker));
        assert_eq!(Role::parse("poortwachter"), Some(Role::Gatekeeper));
    }

    #[test]
    fn keys_read_back_exactly() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key("Buyer"), None);
        assert_eq!(Role::from_key("koper"), None);
    }

    #[test]
    fn role_names_are_found_as_whole_words() {
        let named = |text: &str| Role::named_in(text).map(|(role, _)| role);
        assert_eq!(
            named("Wie is hier de initiatiefnemer?"),
            Some(Role::Initiator)
        );
        assert_eq!(named("Welke rol hebben de Gebruikers?"), Some(Role::User));
        assert_eq!(named("Wie zijn de beïnvloeders?"), Some(Role::Influencer));
        assert_eq!(
            named("Who is the decision maker here?"),
            Some(Role::DecisionMaker)
        );
        assert_eq!(
            named("Who are the decision-makers?"),
            Some(Role::DecisionMaker)
        );
        assert_eq!(named("Find the gatekeeper"), Some(Role::Gatekeeper));
        assert_eq!(named("Poortwachter gezocht"), Some(Role::Gatekeeper));
        assert_eq!(named("Welke rol heeft Noor?"), None);
        assert_eq!(named("Wie is wie bij Kopergieterij Dekker?"), None);
        assert_eq!(named("Welke rol heeft de inkoper?"), None);
        assert_eq!(
            named("What role does the user group have?"),
            Some(Role::User)
        );
    }

    #[test]
    fn unknown_words_are_not_roles() {
        assert_eq!(Role::parse("directeur"), None);
        assert_eq!(Role::parse(""), None);
    }

    #[test]
    fn index_follows_the_order_of_all() {
        for (i, role) in Role::ALL.into_iter().enumerate() {
            assert_eq!(role.index(), i);
        }
    }
}
