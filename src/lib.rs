//! The referral and eligibility assistant for serious child safeguarding incidents in England.
//!
//! A Leptos (CSR) app over the pure `rules` crate: the app asks, `rules::assess` decides, the app
//! presents. Folders by capability:
//! - `content/`: every word the user reads that is not law (pages, questions, hints)
//! - `embed/`: the partnership configuration (a fictional demo partnership is built in)
//! - `extension/`: the shell / on-demand split: everything after the start page is a second
//!   wasm module, imported once the start page is up
//! - `flow/`: which question comes next (derived from the rules) and turning answers into facts
//! - `navigation`: which page is showing, kept in browser history without answers in the URL
//! - `pages/`: one component per page
//! - `session`: the two halves of a visit (the shell's, the answers'), handed down by the app
//! - `training/`: training mode (scenario library, quiz, facilitator view, criteria diagram)
//! - `ui/`: the shell and small components (layout, quick exit, contrast)

pub mod app;
pub mod content;
pub mod embed;
pub mod extension;
pub mod flow;
pub mod navigation;
pub mod offline;
pub mod pages;
pub mod privacy;
pub mod referral;
pub mod session;
pub mod submit;
pub mod training;
pub mod ui;

pub use app::App;
