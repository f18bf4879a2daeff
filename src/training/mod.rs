//! Training mode: a scenario library, a quiz, a facilitator view and the criteria as a picture.
//! Every answer shown comes from `rules::assess`; nothing here decides anything about the law.
//!
//! Pure parts (plain Rust, host-tested): `scenario` (the format and the check of learning
//! points against the rules core), `library` (the built-in scenarios), `pack` (a trainer's own
//! file, validated), `quiz` (questions, the engine's answers, marking), `export` (CSV, JSON),
//! `whatif` (change one fact), `diagram` (the decision path model). `ui` holds the thin
//! components.

pub mod diagram;
pub mod export;
pub mod library;
pub mod pack;
pub mod quiz;
pub mod scenario;
pub mod ui;
pub mod whatif;
