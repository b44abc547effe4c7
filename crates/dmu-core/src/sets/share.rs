//! Share links: a whole scenario set packed into a string that can stand in a URL's
//! fragment (`#...`, which browsers never send to a server), so a trainer can pass a set
//! on in a chat message without a server or an account.
//!
//! A link is base64url (no padding) of: one format byte ([`VERSION`]), the length of the
//! packed data (4 bytes, little endian), the first 8 bytes of a SHA-256 of the packed data,
//! and the set's Markdown deflated. The checksum catches a link that was cut short or
//! changed on the way. It is no signature: anyone can make a valid link, which is why an
//! opened set goes through the same parser and checks as a file a trainer imports.
//!
//! Opening never trusts the link: its length is bounded before decoding, inflating stops
//! at [`MAX_SET_BYTES`] (a small link cannot unpack into gigabytes), and every failure is a
//! [`ShareError`], never a panic.

use super::markdown::to_markdown;
use super::{ShareError, MAX_SET_BYTES};
use crate::lang::Lang;
use crate::scenario::ScenarioSet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{alphabet, DecodeError, Engine};
use miniz_oxide::inflate::TINFLStatus;
use sha2::{Digest, Sha256};

/// The format this version of the app writes and reads.
pub const VERSION: u8 = 1;

/// The longest link the app makes. Browsers take far longer URLs, but chat apps, mail
/// clients and link previews are known to cut or refuse long ones; 8,000 characters is a
/// length that common ones pass on whole. A set whose link would be longer is shared as a
/// file ([`ShareError::TooLongForLink`] says so).
pub const MAX_LINK_CHARS: usize = 8_000;

const CHECKSUM: usize = 8;
const HEADER: usize = 1 + 4 + CHECKSUM;

/// The longest text [`decode_share`] reads: the link of the largest set it could open,
/// however badly it compressed. Anything longer is refused before it is decoded.
pub const MAX_DECODE_CHARS: usize = (HEADER + MAX_SET_BYTES + MAX_SET_BYTES / 100 + 64) / 3 * 4 + 4;

/// base64url without padding; reading allows no padding, and a last character whose
/// unused bits are set is caught by re-encoding (see [`decode_share`]).
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// A set as a link (see [`encode_share`]), its Markdown written in `lang`.
pub fn share_set(set: &ScenarioSet, lang: Lang) -> Result<String, ShareError> {
    encode_share(&to_markdown(set, lang))
}

/// Packs a set's Markdown into a link of at most [`MAX_LINK_CHARS`] characters.
pub fn encode_share(markdown: &str) -> Result<String, ShareError> {
    encode_share_within(markdown, MAX_LINK_CHARS)
}

/// Packs a set's Markdown into a link of at most `max_chars` characters, or says how long
/// it would be.
pub fn encode_share_within(markdown: &str, max_chars: usize) -> Result<String, ShareError> {
    if markdown.len() > MAX_SET_BYTES {
        return Err(ShareError::TooLarge {
            limit: MAX_SET_BYTES,
        });
    }
    let packed = miniz_oxide::deflate::compress_to_vec(markdown.as_bytes(), 10);
    let Ok(length) = u32::try_from(packed.len()) else {
        return Err(ShareError::TooLarge {
            limit: MAX_SET_BYTES,
        });
    };
    let mut bytes = Vec::with_capacity(HEADER + packed.len());
    bytes.push(VERSION);
    bytes.extend_from_slice(&length.to_le_bytes());
    bytes.extend_from_slice(&checksum(&packed));
    bytes.extend_from_slice(&packed);
    let link = BASE64.encode(&bytes);
    if link.len() > max_chars {
        return Err(ShareError::TooLongForLink {
            chars: link.len(),
            max: max_chars,
        });
    }
    Ok(link)
}

/// The Markdown in a link. Takes bytes, as they come from outside (a URL, a paste);
/// whitespace in them is skipped, since chat apps break long lines.
pub fn decode_share(link: &[u8]) -> Result<String, ShareError> {
    let mut text = Vec::new();
    for (i, &byte) in link.iter().enumerate() {
        if byte.is_ascii_whitespace() {
            continue;
        }
        if !(byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_') {
            return Err(ShareError::NotALink { position: i + 1 });
        }
        if text.len() == MAX_DECODE_CHARS {
            return Err(ShareError::TooLarge {
                limit: MAX_SET_BYTES,
            });
        }
        text.push(byte);
    }
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    let bytes = match BASE64.decode(&text) {
        Ok(bytes) => bytes,
        Err(DecodeError::InvalidLength(_)) => return Err(ShareError::Truncated),
        Err(_) => return Err(ShareError::Damaged),
    };
    let Some((&version, rest)) = bytes.split_first() else {
        return Err(ShareError::Truncated);
    };
    if version != VERSION {
        return Err(ShareError::UnknownVersion(version));
    }
    if rest.len() < HEADER - 1 {
        return Err(ShareError::Truncated);
    }
    let (length, rest) = rest.split_at(4);
    let (sum, packed) = rest.split_at(CHECKSUM);
    let length = u32::from_le_bytes([length[0], length[1], length[2], length[3]]) as usize;
    if packed.len() < length {
        return Err(ShareError::Truncated);
    }
    // Longer than it says, or a last character with stray bits: not what the app wrote.
    if packed.len() > length || BASE64.encode(&bytes).as_bytes() != text.as_slice() {
        return Err(ShareError::Damaged);
    }
    if checksum(packed) != sum {
        return Err(ShareError::Damaged);
    }
    let markdown = match miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_SET_BYTES) {
        Ok(markdown) => markdown,
        Err(error) if error.status == TINFLStatus::HasMoreOutput => {
            return Err(ShareError::TooLarge {
                limit: MAX_SET_BYTES,
            })
        }
        Err(_) => return Err(ShareError::Damaged),
    };
    String::from_utf8(markdown).map_err(|_| ShareError::NotText)
}

/// Opens a link as a scenario set: decoded, then read as a trainer's own Markdown file is
/// (size, hidden characters, nesting, the parser, its rules). The section links are
/// returned to be checked against the chapter of the set's language.
#[cfg(feature = "markdown")]
pub fn open_share(link: &[u8]) -> Result<crate::parse::Parsed<ScenarioSet>, ShareError> {
    let markdown = decode_share(link)?;
    super::import::read_set("link", markdown.as_bytes()).map_err(ShareError::Invalid)
}

fn checksum(packed: &[u8]) -> [u8; CHECKSUM] {
    let digest = Sha256::digest(packed);
    let mut sum = [0; CHECKSUM];
    sum.copy_from_slice(&digest[..CHECKSUM]);
    sum
}

#[cfg(test)]
mod tests;
