//! Everything a partnership sets for its own site: name, contacts, links, quick-exit destination.

pub mod areas;
mod config;
mod host;
mod json;
mod page;
pub mod validate;

pub use config::{
    partnership_config_schema, Contact, Features, LocalLink, Logo, PartnershipConfig,
};
pub use host::{
    adopt, app_root, configured, element_by_id, handover, leave_for, mode, mount, on_demand_loader,
    owns_document, query, release, report_to_console, unmount, AppRoot, ConfigNotice, Embedding,
    Handover, Mode, OnDemandLoader, Stylesheet, HEIGHT_MESSAGE, HOST_ELEMENT_ID,
};
pub use page::{with_page_settings, SUBMISSION_ENDPOINT_META};
