//! DMU Trainer's rules, in plain Rust: the six roles, the content model, the Markdown
//! parser (feature `markdown`), grading, rounds, routes and the stored-data rules. No web
//! code lives here, so the compiler keeps it pure and its tests run natively in seconds.

pub mod authoring;
pub mod chapter;
pub mod content_file;
pub mod error;
pub mod grade;
pub mod html;
pub mod lang;
pub mod library;
pub mod order;
pub mod page;
#[cfg(feature = "markdown")]
pub mod parse;
pub mod percent;
pub mod practice;
pub mod progress;
pub mod progress_text;
pub mod quiz_text;
pub mod rng;
pub mod role;
pub mod round;
pub mod route;
pub mod scenario;
pub mod sets;
pub mod sets_text;
pub mod settings;
pub mod storage_text;
pub mod stored;
pub mod text;
pub mod ui_text;
pub mod workshop;
pub mod workshop_text;

pub use error::ContentError;
pub use lang::Lang;
pub use role::Role;
