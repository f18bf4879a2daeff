//! Everything a partnership sets for its own site: name, contacts, links, quick-exit destination.

mod config;

pub use config::{Contact, LocalLink, PartnershipConfig};
