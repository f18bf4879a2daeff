//! The referral and eligibility assistant for serious child safeguarding incidents in England.
//!
//! A Leptos (CSR) app over the pure `rules` crate: the app asks, `rules::assess` decides, the app
//! presents. Folders by capability:
//! - `content/`: every word the user reads that is not law (pages, questions, hints)
//! - `encryption/`: the age file format (the encrypted referral, the business unit's keys)
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
pub mod encryption;
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

/// The app's published JSON Schemas (public/schema/) must equal the ones generated from its
/// types. `make schema` rewrites every one (`REGENERATE_SCHEMA=1` here, and the rules crate's
/// `schema` binary for its own).
#[cfg(test)]
pub(crate) fn assert_published_schema_is(file: &str, current: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/schema")
        .join(file);
    if std::env::var_os("REGENERATE_SCHEMA").is_some() {
        std::fs::write(&path, current).unwrap();
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == current,
        "public/schema/{file} is stale: run `make schema`"
    );
}
