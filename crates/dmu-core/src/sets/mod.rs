//! Scenario sets that trainers bring themselves: written back to Markdown, imported from
//! Moodle's GIFT format, shared as a link, printed as a handout, and kept apart from the
//! built-in sets' ids.
//!
//! Everything here is plain Rust. The parts that need the Markdown parser (reading a GIFT
//! file, opening a shared set) are behind the `markdown` feature; writing Markdown,
//! packing a share link and the id namespaces are not, so a student's bundle can use them.

#[cfg(feature = "markdown")]
pub mod bring;
pub mod draft;
#[cfg(feature = "markdown")]
pub mod gift;
#[cfg(feature = "markdown")]
mod gift_answers;
#[cfg(feature = "markdown")]
mod gift_text;
pub mod handout;
pub mod hidden;
#[cfg(feature = "markdown")]
pub mod import;
pub mod lines;
pub mod markdown;
mod markdown_inline;
pub mod namespace;
pub mod own;
pub mod share;
mod share_error;
pub mod slug;
pub mod template;

pub use share_error::ShareError;

/// The largest set a trainer can bring, as Markdown or GIFT, and the most a share link
/// may unpack to: 2 MB, some 60 times the largest built-in set.
pub const MAX_SET_BYTES: usize = 2 * 1024 * 1024;
