//! The letters A-F the room votes with: a checked newtype, so a letter beyond F cannot
//! exist, and stored or broadcast letters read as "A", "B", ... in JSON.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The most options a scenario can have in the room: one per letter A-F.
pub const MAX_OPTIONS: usize = 6;

/// An option letter, A to F. Letter A is the first option as shown in the room.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "char", into = "char")]
pub struct Letter(u8);

impl Letter {
    /// Every letter, A to F.
    pub const ALL: [Letter; MAX_OPTIONS] = [
        Letter(0),
        Letter(1),
        Letter(2),
        Letter(3),
        Letter(4),
        Letter(5),
    ];

    /// The letter at a position (0 is A); `None` beyond F.
    pub fn from_index(index: usize) -> Option<Letter> {
        Letter::ALL.get(index).copied()
    }

    /// Reads a key the trainer pressed: `a`-`f` or `A`-`F`.
    pub fn parse(key: char) -> Option<Letter> {
        let upper = key.to_ascii_uppercase();
        if ('A'..='F').contains(&upper) {
            Letter::from_index(usize::from(upper as u8 - b'A'))
        } else {
            None
        }
    }

    /// The position of the letter (A is 0).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The letter as shown: `'A'` to `'F'`.
    pub fn as_char(self) -> char {
        char::from(b'A' + self.0)
    }
}

impl TryFrom<char> for Letter {
    type Error = String;

    fn try_from(key: char) -> Result<Letter, String> {
        Letter::parse(key).ok_or_else(|| format!("'{key}' is not an option letter A-F"))
    }
}

impl From<Letter> for char {
    fn from(letter: Letter) -> char {
        letter.as_char()
    }
}

impl fmt::Display for Letter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.as_char())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_run_from_a_to_f() {
        let chars: String = Letter::ALL.iter().map(|l| l.as_char()).collect();
        assert_eq!(chars, "ABCDEF");
        for (i, letter) in Letter::ALL.into_iter().enumerate() {
            assert_eq!(letter.index(), i);
            assert_eq!(Letter::from_index(i), Some(letter));
        }
        assert_eq!(Letter::from_index(6), None);
    }

    #[test]
    fn keys_are_read_in_either_case() {
        assert_eq!(Letter::parse('a'), Letter::from_index(0));
        assert_eq!(Letter::parse('F'), Letter::from_index(5));
        for key in ['g', 'Z', '1', ' ', 'é', '@'] {
            assert_eq!(Letter::parse(key), None, "{key}");
        }
    }

    #[test]
    fn letters_are_strings_in_json_and_checked_on_reading() {
        let c = Letter::parse('c');
        assert_eq!(serde_json::to_string(&c).ok(), Some("\"C\"".to_string()));
        assert_eq!(
            serde_json::from_str::<Letter>("\"d\"").ok(),
            Letter::parse('D')
        );
        assert!(serde_json::from_str::<Letter>("\"G\"").is_err());
        assert!(serde_json::from_str::<Letter>("7").is_err());
    }
}
