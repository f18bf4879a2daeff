//! Everything a partnership sets for its own site: name, contacts, links, quick-exit destination.

mod config;
mod page;
pub mod validate;

pub use config::{
    partnership_config_schema, Contact, Features, LocalLink, Logo, PartnershipConfig,
};
pub use page::{with_page_settings, SUBMISSION_ENDPOINT_META};
