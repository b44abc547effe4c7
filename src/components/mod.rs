//! The app's components, one concern per file.

pub mod content_gate;
pub mod notices;
pub mod practice;
pub mod progress;
pub mod quiz;
pub mod rich_text;
pub mod workshop;
