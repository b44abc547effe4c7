//! Ids made from what a trainer wrote (a question's title, a set's name): the content
//! format only takes lowercase ASCII letters, digits and `-`, and ids must not repeat.

use std::collections::{HashMap, HashSet};

/// Longest slug, so ids stay readable in stored progress and in links.
pub const MAX_SLUG: usize = 48;

/// Lowercase ASCII words joined by `-`: accents are dropped ("Beïnvloeder" gives
/// "beinvloeder"), anything else separates words. Empty when nothing is left.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    let mut gap = false;
    for c in text.chars() {
        match fold(c) {
            Some(c) => {
                if gap && !slug.is_empty() {
                    slug.push('-');
                }
                gap = false;
                slug.push(c);
            }
            None => gap = true,
        }
        if slug.len() >= MAX_SLUG {
            break;
        }
    }
    slug.truncate(MAX_SLUG);
    slug.trim_end_matches('-').to_string()
}

/// Hands out ids that do not repeat: `base`, then `base-2`, `base-3`... In time linear in
/// the ids handed out, even when a thousand questions share one title.
#[derive(Debug, Default)]
pub struct UniqueIds {
    taken: HashSet<String>,
    /// The next number to try after a base, once the base itself is taken.
    next: HashMap<String, usize>,
}

impl UniqueIds {
    pub fn new() -> UniqueIds {
        UniqueIds::default()
    }

    /// `base` if it is free, else the first free `base-<n>`; from now on taken.
    pub fn claim(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        if self.taken.contains(&id) {
            let n = self.next.entry(base.to_string()).or_insert(2);
            loop {
                id = format!("{base}-{n}");
                *n += 1;
                if !self.taken.contains(&id) {
                    break;
                }
            }
        }
        self.taken.insert(id.clone());
        id
    }
}

/// A character as it goes into a slug: ASCII letters lowercased, digits kept, the Latin
/// letters with accents that Dutch and English use folded; `None` for a separator.
fn fold(c: char) -> Option<char> {
    let c = c.to_lowercase().next().unwrap_or(c);
    let folded = match c {
        'a'..='z' | '0'..='9' => c,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => return None,
    };
    Some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_lowercase_words() {
        assert_eq!(
            slugify("Wie tekent bij Van Dijk?"),
            "wie-tekent-bij-van-dijk"
        );
        assert_eq!(
            slugify("  Beïnvloeder -- Zoë's vraag 2 "),
            "beinvloeder-zoe-s-vraag-2"
        );
        assert_eq!(slugify("ÉÉN"), "een");
        assert_eq!(slugify("?!"), "");
        assert_eq!(slugify("王"), "");
    }

    #[test]
    fn slugs_are_short_and_never_end_in_a_dash() {
        let long = slugify(&"abcd efgh ".repeat(20));
        assert!(long.len() <= MAX_SLUG, "{long}");
        assert!(!long.ends_with('-'), "{long}");
        assert!(long.starts_with("abcd-efgh-abcd"));
        let at_gap = slugify(&format!("{} b", "a".repeat(MAX_SLUG - 1)));
        assert_eq!(at_gap, "a".repeat(MAX_SLUG - 1));
    }

    #[test]
    fn unique_counts_on_from_two() {
        let mut ids = UniqueIds::new();
        assert_eq!(ids.claim("vraag"), "vraag");
        assert_eq!(ids.claim("vraag"), "vraag-2");
        assert_eq!(ids.claim("vraag-3"), "vraag-3");
        assert_eq!(ids.claim("vraag"), "vraag-4");
        assert_eq!(ids.claim("ander"), "ander");
        assert_eq!(ids.claim("vraag-2"), "vraag-2-2");
    }

    #[test]
    fn many_equal_bases_resume_where_the_last_one_stopped() {
        // Linear, not quadratic: a base that is taken again does not try 2, 3, ... from
        // the start each time, it goes on from the number after the last one it gave.
        let mut ids = UniqueIds::new();
        for _ in 0..20_000 {
            ids.claim("v");
        }
        assert_eq!(ids.next.get("v"), Some(&20_001));
        assert_eq!(ids.claim("v"), "v-20001");
        assert_eq!(ids.next.get("v"), Some(&20_002));
        assert_eq!(ids.taken.len(), 20_001);
    }
}
