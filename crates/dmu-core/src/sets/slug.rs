//! Ids made from what a trainer wrote (a question's title, a set's name): the content
//! format only takes lowercase ASCII letters, digits and `-`, and ids must not repeat.

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

/// `base`, or `base-2`, `base-3`... whichever `taken` does not hold yet.
pub fn unique(base: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_default()
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
        let taken = vec!["vraag".to_string(), "vraag-2".to_string()];
        assert_eq!(unique("vraag", &taken), "vraag-3");
        assert_eq!(unique("ander", &taken), "ander");
        assert_eq!(unique("vraag", &[]), "vraag");
    }
}
