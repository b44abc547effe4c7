#![deny(warnings)]
mod algo;
pub use algo::FSRS;

mod alea;
pub use alea::{alea, Alea, AleaState, Prng};

mod scheduler;
pub use scheduler::{ImplScheduler, Scheduler};

mod scheduler_basic;
pub use scheduler_basic::BasicScheduler;
mod scheduler_longterm;
pub use scheduler_longterm::LongtermScheduler;

mod models;
pub use models::{Card, Rating, RecordLog, ReviewLog, SchedulingInfo, State};

mod parameters;
pub use crate::parameters::{Parameters, Seed};
mod tests;
