//! The app's components, one concern per file.

pub mod chapter;
pub mod header;
pub mod notices;
pub mod part_status;
pub mod practice;
pub mod progress;
pub mod quiz;
pub mod rich_text;
pub mod role_cards;
pub mod toc;
pub mod workshop;
